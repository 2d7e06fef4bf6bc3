/**
 * What arrives from outside — another history file to import, a FIFO under a record file's name, a report path
 * that is the history itself — through the built CLI on real files: refused with exit 125 naming the cause, or the
 * history kept; never a hang, never a record with forbidden text stored, never the history overwritten.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { fixture, pyrun } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';
import { count, makeTempDirs, rawDatabase } from '../history/helpers.js';

const temp = makeTempDirs('untrusted');
afterAll(() => temp.cleanup());

async function historyWith(path: string, runs: number, sql = ''): Promise<void> {
  const store = await HistoryStore.open(path);
  for (let i = 0; i < runs; i++) store.insert(makeRecord({ name: 'etl', repeats: undefined }));
  await store.save();
  store.close();
  if (sql === '') return;
  const db = await rawDatabase(readFileSync(path));
  db.exec(sql);
  writeFileSync(path, db.export());
  db.close();
}

async function runsIn(path: string): Promise<number> {
  const db = await rawDatabase(readFileSync(path));
  try {
    return count(db, 'SELECT COUNT(*) FROM runs');
  } finally {
    db.close();
  }
}

describe('history import of another history file', () => {
  it('applies the checks JSONL records get: a bad status or a name with a line break is refused, the rest imported', async () => {
    const dir = temp.next();
    const other = join(dir, 'other.sqlite');
    await historyWith(
      other,
      3,
      "UPDATE runs SET status = 'x <img src=x> @org/team [a](javascript:alert(1))' WHERE id = 1;" +
        "UPDATE runs SET name = 'etl' || char(10) || '::error::forged' WHERE id = 2;",
    );
    const db = join(dir, 'h.sqlite');
    const result = await pyrun(['history', 'import', '--db', db, other], { record: false });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/run 1 \("[^"]+"\): status: /);
    expect(result.stderr).toMatch(/run 2 \("[^"]+"\): name: must not contain control characters/);
    expect(result.stderr).toContain('1 imported');
    expect(await runsIn(db)).toBe(1);
  });

  it('a history holding an unknown status still renders as HTML (no crash), the word never raw in it', async () => {
    const dir = temp.next();
    const db = join(dir, 'h.sqlite');
    await historyWith(db, 2, "UPDATE runs SET status = 'x<img src=x onerror=alert(1)>';");
    const html = join(dir, 'r.html');
    const result = await pyrun(['report', '--db', db, '--name', 'etl', '--html', html], { record: false });
    expect(result.stderr).not.toMatch(/undefined is not iterable/);
    expect(result.code).toBe(0);
    expect(readFileSync(html, 'utf8')).not.toContain('<img src=x');
  });
});

describe('a FIFO given to history import', () => {
  it.each(['runs.jsonl', 'runs.json', 'other.sqlite'])(
    '%s that is a FIFO is refused at once (125), not waited on',
    async (name) => {
      const dir = temp.next();
      const fifo = join(dir, name);
      execFileSync('mkfifo', [fifo]);
      const result = await pyrun(['history', 'import', '--db', join(dir, 'h.sqlite'), fifo], {
        record: false,
        deadline_ms: 30_000,
      });
      expect(result.code).toBe(125);
      expect(result.stderr).toMatch(/FIFO/);
    },
  );
});

describe('a report path that is the history file', () => {
  it.each([
    ['--json', 'h.sqlite'],
    ['--summary', 'h.sqlite'],
    ['--html', 'link.html'],
    ['--junit', 'h.sqlite.lock'],
  ])('run %s %s is refused before the script runs (125); the history untouched', async (flag, name) => {
    const dir = temp.next();
    const db = join(dir, 'h.sqlite');
    await historyWith(db, 2);
    symlinkSync(db, join(dir, 'link.html'));
    const before = readFileSync(db);
    const result = await pyrun(
      ['run', '--db', db, flag, join(dir, name), '--name', 'etl', fixture('args.py')],
      { record: false },
    );
    expect(result.code).toBe(125);
    expect(result.stderr).toMatch(/would overwrite the history/);
    expect(readFileSync(db)).toEqual(before);
  });

  it('report --all --html onto the --db (directly or through a symlink) is refused (125)', async () => {
    const dir = temp.next();
    const db = join(dir, 'h.sqlite');
    await historyWith(db, 2);
    symlinkSync(db, join(dir, 'link.html'));
    const before = readFileSync(db);
    for (const target of [db, join(dir, 'link.html')]) {
      const result = await pyrun(['report', '--all', '--db', db, '--html', target], { record: false });
      expect(result.code).toBe(125);
      expect(result.stderr).toMatch(/is the history file/);
    }
    expect(readFileSync(db)).toEqual(before);
  });
});
