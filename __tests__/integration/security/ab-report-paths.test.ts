/**
 * `pyrun ab` report paths get the check `pyrun run` report paths have: never the history (the one `pyrun run` keeps
 * in that folder, or any other pyrun history), never its lock, never a symlink to either — refused with exit 125
 * before either script runs, and checked again when each report is written, so a symlink a script plants meanwhile
 * is refused too; a FIFO is never waited on. The built CLI, real Python scripts, real files.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { pyrun } from '../../helpers/pyrun.js';
import { makeTempDirs } from '../history/helpers.js';

const temp = makeTempDirs('ab-reports');
afterAll(() => temp.cleanup());

async function historyAt(path: string): Promise<void> {
  const store = await HistoryStore.open(path);
  store.insert(makeRecord({ name: 'etl', repeats: undefined }));
  await store.save();
  store.close();
}

/** A script that leaves a mark when it runs (so a refusal "before anything runs" can be checked). */
function markingScript(dir: string, name: string): string {
  const script = join(dir, `${name}.py`);
  writeFileSync(script, `open(${JSON.stringify(join(dir, `${name}.ran`))}, "w").close()\n`);
  return script;
}

const AB = ['--repeat', '2', '--warmup', '0', '--interval', '0.1'];

describe('pyrun ab with a report path that is a history', () => {
  it.each([
    ['--json', '.pyrun/history.sqlite'],
    ['--summary', 'link.md'],
    ['--junit', '.pyrun/history.sqlite.lock'],
    ['--tap', 'elsewhere/other.sqlite'],
    ['--html', 'link-to-other.html'],
    ['--export-hyperfine', 'elsewhere/other.sqlite.lock'],
  ])('ab %s %s is refused before either script runs (125); the history untouched', async (flag, name) => {
    const dir = temp.next();
    // The history `pyrun run` keeps in this folder, and another one (someone's --db elsewhere).
    mkdirSync(join(dir, '.pyrun'));
    mkdirSync(join(dir, 'elsewhere'));
    const db = join(dir, '.pyrun/history.sqlite');
    const other = join(dir, 'elsewhere/other.sqlite');
    await historyAt(db);
    await historyAt(other);
    symlinkSync(db, join(dir, 'link.md'));
    symlinkSync(other, join(dir, 'link-to-other.html'));
    const before = [readFileSync(db), readFileSync(other)];
    const result = await pyrun(['ab', ...AB, flag, name, markingScript(dir, 'a'), markingScript(dir, 'b')], {
      cwd: dir,
      record: false,
      deadline_ms: 60_000,
    });
    expect(result.code).toBe(125);
    expect(result.stderr).toMatch(
      new RegExp(`${flag} \\S*${name.replace(/\./g, '\\.')} is the history file`),
    );
    expect(result.stderr).toMatch(/would overwrite the history; choose another file/);
    expect(existsSync(join(dir, 'a.ran')) || existsSync(join(dir, 'b.ran'))).toBe(false);
    expect([readFileSync(db), readFileSync(other)]).toEqual(before);
    expect(existsSync(`${db}.lock`) || existsSync(`${other}.lock`)).toBe(false);
  });

  it('a symlink to the history planted by the script at a report path is refused when the report is written', async () => {
    const dir = temp.next();
    mkdirSync(join(dir, '.pyrun'));
    const db = join(dir, '.pyrun/history.sqlite');
    await historyAt(db);
    const before = readFileSync(db);
    const report = join(dir, 'ab.json');
    const planter = join(dir, 'planter.py');
    writeFileSync(
      planter,
      `import os\nif not os.path.lexists(${JSON.stringify(report)}):\n` +
        `    os.symlink(${JSON.stringify(db)}, ${JSON.stringify(report)})\n`,
    );
    const result = await pyrun(['ab', ...AB, '--json', report, planter, markingScript(dir, 'b')], {
      cwd: dir,
      record: false,
      deadline_ms: 60_000,
    });
    expect(result.stderr).toMatch(
      /could not write the report .*ab\.json: it is the history file .*never writes a report over/,
    );
    expect(readFileSync(db)).toEqual(before);
    expect(result.code).not.toBe(125); // the comparison itself ran and was told
  });

  it('a FIFO at a report path is refused with a warning, never waited on', async () => {
    const dir = temp.next();
    const fifo = join(dir, 'ab.md');
    execFileSync('mkfifo', [fifo]);
    const result = await pyrun(
      ['ab', ...AB, '--summary', fifo, markingScript(dir, 'a'), markingScript(dir, 'b')],
      {
        cwd: dir,
        record: false,
        deadline_ms: 60_000,
      },
    );
    expect(result.stderr).toMatch(/could not write the report .*ab\.md: .*FIFO/);
  });
});

describe('pyrun run with a report path that is another history', () => {
  it('is refused before the script runs (125), even with --no-history', async () => {
    const dir = temp.next();
    const other = join(dir, 'other.sqlite');
    await historyAt(other);
    const before = readFileSync(other);
    const result = await pyrun(['run', '--no-history', '--json', other, markingScript(dir, 'a')], {
      cwd: dir,
      record: false,
    });
    expect(result.code).toBe(125);
    expect(result.stderr).toMatch(/--json .*other\.sqlite is the history file/);
    expect(existsSync(join(dir, 'a.ran'))).toBe(false);
    expect(readFileSync(other)).toEqual(before);
  });
});
