/**
 * A history that arrives from a cache, an import or a shared folder may carry SQLite code: triggers that run on
 * pyrun's own INSERT, a view standing in for `runs`, a CHECK that refuses the next run. Through the built CLI on
 * real files: planted objects are removed before anything runs (the run kept, every earlier run kept, a warning
 * naming them), a `runs` that is not pyrun's table is never written into, and a trigger with a recursive CTE never
 * runs (pyrun ends).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { fixture, pyrun } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';
import { count, makeTempDirs, rawDatabase } from '../history/helpers.js';

const temp = makeTempDirs('planted');
afterAll(() => temp.cleanup());

/** A real pyrun history of `runs` runs of series `etl`, then `sql` applied to it with plain SQLite. */
async function plantedHistory(runs: number, sql: string): Promise<string> {
  const path = join(temp.next(), 'history.sqlite');
  const store = await HistoryStore.open(path);
  for (let i = 0; i < runs; i++) store.insert(makeRecord({ name: 'etl' }));
  await store.save();
  store.close();
  const db = await rawDatabase(readFileSync(path));
  db.exec(sql);
  writeFileSync(path, db.export());
  db.close();
  return path;
}

async function runsIn(path: string): Promise<number> {
  const db = await rawDatabase(readFileSync(path));
  try {
    return count(db, 'SELECT COUNT(*) FROM runs');
  } finally {
    db.close();
  }
}

async function schemaObjects(path: string): Promise<string[]> {
  const db = await rawDatabase(readFileSync(path));
  try {
    return (
      db.exec("SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('trigger','view')")[0]?.values ??
      []
    ).map((row) => String(row[0]));
  } finally {
    db.close();
  }
}

describe('SQLite objects planted in a history', () => {
  it('a trigger deleting every earlier run is removed before the run is written; all runs kept', async () => {
    const db = await plantedHistory(
      3,
      'CREATE TRIGGER wipe AFTER INSERT ON runs BEGIN DELETE FROM runs WHERE id <> NEW.id; END;' +
        "CREATE TRIGGER forge AFTER INSERT ON runs BEGIN UPDATE runs SET name = 'x' || char(10) || '::error::pwned'; END;" +
        'CREATE VIEW v AS SELECT 1; CREATE UNIQUE INDEX trap ON runs (os) WHERE id >= 3;',
    );
    const result = await pyrun(['run', '--db', db, '--name', 'etl', fixture('nap.py'), '0']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /SQLite objects pyrun never creates \(trigger "wipe", trigger "forge", view "v", index "trap"\)/,
    );
    expect(await runsIn(db)).toBe(4);
    expect(await schemaObjects(db)).toEqual([]);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([]);
  });

  it('a trigger with a recursive CTE that never ends is never run: pyrun ends and keeps the run', async () => {
    const db = await plantedHistory(
      1,
      'CREATE TRIGGER spin BEFORE INSERT ON runs BEGIN ' +
        'SELECT COUNT(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c); END;',
    );
    const result = await pyrun(['run', '--db', db, '--name', 'etl', fixture('nap.py'), '0'], {
      deadline_ms: 60_000,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('trigger "spin"');
    expect(await runsIn(db)).toBe(2);
    // The reading commands too.
    const listed = await pyrun(['history', '--db', db, '--json'], { record: false, deadline_ms: 60_000 });
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(2);
  });

  it('a RAISE(ABORT) trigger cannot drop the run', async () => {
    const db = await plantedHistory(
      1,
      "CREATE TRIGGER veto BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'no'); END;",
    );
    const result = await pyrun(['run', '--db', db, '--name', 'etl', fixture('nap.py'), '0']);
    expect(result.code).toBe(0);
    expect(await runsIn(db)).toBe(2);
  });

  it('`runs` replaced by a view is not a history pyrun wrote: moved aside, never written into', async () => {
    const db = await plantedHistory(
      2,
      'ALTER TABLE runs RENAME TO real_runs; CREATE VIEW runs AS SELECT * FROM real_runs UNION ALL SELECT * FROM real_runs;',
    );
    const before = readFileSync(db);
    const result = await pyrun(['run', '--db', db, '--name', 'etl', fixture('nap.py'), '0']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/`runs` is a view, not pyrun's table/);
    const aside = readdirSync(join(db, '..')).filter((f) => f.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(db, '..', aside[0] as string))).toEqual(before);
    expect(await runsIn(db)).toBe(1);
  });

  it('a `runs` table with a CHECK that refuses runs is not pyrun’s: the run is kept in a fresh history', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const store = await HistoryStore.open(path);
    store.insert(makeRecord({ name: 'etl' }));
    await store.save();
    store.close();
    const raw = await rawDatabase(readFileSync(path));
    // Rewrite runs' definition the way only writable_schema can: pyrun's columns plus a CHECK.
    raw.exec('PRAGMA writable_schema = ON');
    raw.exec(
      "UPDATE sqlite_master SET sql = replace(sql, 'repeats         TEXT', 'repeats TEXT CHECK (id < 2)') WHERE name = 'runs'",
    );
    writeFileSync(path, raw.export());
    raw.close();
    const result = await pyrun(['run', '--db', path, '--name', 'etl', fixture('nap.py'), '0']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/table `runs` is not defined as pyrun defines it/);
    expect(existsSync(path)).toBe(true);
    expect(await runsIn(path)).toBe(1);
  });
});
