/**
 * The built CLI with a --db it must not use: refused with 125 before the script runs, the file untouched; the
 * reading commands never change or rename anything. And the script's environment holds no ACTIONS_* or INPUT_*.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, pyrun, ROOT, tempDir } from '../../helpers/pyrun.js';

const dirs: string[] = [];
function dir(): string {
  const d = tempDir('pyrun-cli-target-');
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('pyrun run --db', () => {
  it('refuses a character device with 125 before the script runs, leaving the device as it was', async () => {
    const result = await pyrun(['run', '--db', '/dev/null', fixture('print_env.py')], { record: false });
    expect(result.code).toBe(125);
    expect(result.stderr).toMatch(/--db \/dev\/null is a character device, not a history file/);
    expect(result.stdout).not.toContain('ENV-BEGIN');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a FIFO with 125 instead of hanging', async () => {
    const fifo = join(dir(), 'history.sqlite');
    execFileSync('mkfifo', [fifo]);
    const result = await pyrun(['run', '--db', fifo, fixture('print_env.py')], { record: false });
    expect(result.code).toBe(125);
    expect(result.stderr).toContain(`--db ${fifo} is a FIFO (named pipe)`);
    expect(result.stdout).not.toContain('ENV-BEGIN');
  });

  it('refuses a file that is not a pyrun history and never renames it', async () => {
    const d = dir();
    const db = join(d, 'package.json');
    copyFileSync(join(ROOT, 'package.json'), db);
    const run = await pyrun(['run', '--db', db, fixture('print_env.py')], { record: false });
    expect(run.code).toBe(125);
    expect(run.stderr).toContain(`--db ${db} is not a pyrun history`);
    expect(run.stdout).not.toContain('ENV-BEGIN'); // the script never ran
    for (const command of [['history'], ['trend'], ['compare']]) {
      const read = await pyrun([...command, '--db', db], { record: false });
      expect(read.code).toBe(125);
      expect(read.stderr).toContain('is not a pyrun history');
    }
    expect(readdirSync(d)).toEqual(['package.json']);
    expect(readFileSync(db)).toEqual(readFileSync(join(ROOT, 'package.json')));
  });
});

describe('pyrun run --db on another program’s SQLite database', () => {
  it('refuses it with 125 before the script runs, whether its header tells or only its tables do', async () => {
    const d = dir();
    const unmarked = join(d, 'notes.db'); // application_id 0: only its tables say it is not a history
    const other = join(d, 'other.db'); // another application's id in the header
    execFileSync('python3', [
      '-c',
      [
        'import sqlite3, sys',
        'for path, app in ((sys.argv[1], 0), (sys.argv[2], 0x1234)):',
        '    db = sqlite3.connect(path)',
        "    db.execute('PRAGMA application_id = %d' % app)",
        "    db.execute('CREATE TABLE notes (body TEXT)')",
        '    db.execute("INSERT INTO notes VALUES (\'keep me\')")',
        '    db.commit()',
        '    db.close()',
      ].join('\n'),
      unmarked,
      other,
    ]);
    for (const [db, why] of [
      [unmarked, 'a SQLite database without pyrun’s tables'],
      [other, 'a SQLite database of another application (application_id 0x1234)'],
    ] as const) {
      const before = readFileSync(db);
      const run = await pyrun(['run', '--db', db, fixture('print_env.py')], { record: false });
      expect([run.code, run.stdout.includes('ENV-BEGIN')]).toEqual([125, false]);
      expect(run.stderr).toContain(`--db ${db} is not a pyrun history (${why})`);
      expect(readFileSync(db)).toEqual(before);
    }
    expect(readdirSync(d).sort()).toEqual(['notes.db', 'other.db']);
  });
});

describe('the script’s environment', () => {
  it('holds no ACTIONS_* and no INPUT_* variable', async () => {
    const result = await pyrun(['run', fixture('print_env.py')], {
      env: {
        ACTIONS_RUNTIME_TOKEN: 'secret-runtime',
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_STEP_DEBUG: 'true',
        ACTIONS_ANYTHING_NEW: 'x',
        INPUT_GITHUB_TOKEN: 'secret-token',
        'INPUT_WEBHOOK-SECRET': 'secret-hook',
        PYRUN_TEST_KEPT: 'yes',
      },
    });
    expect(result.code).toBe(0);
    const names = result.stdout.split('ENV-BEGIN\n')[1]?.split('ENV-END')[0]?.trim().split('\n') ?? [];
    expect(names).toContain('PYRUN_TEST_KEPT');
    expect(names).toContain('PATH');
    expect(names.filter((n) => /^(ACTIONS_|INPUT_)/i.test(n))).toEqual([]);
  });
});
