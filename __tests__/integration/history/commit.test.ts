/**
 * openHistory → commit: `merge` keeps every writer's run (lock, re-read, add by run_id, write atomically) and
 * recovers a lock left by a dead pyrun; `replace` writes from the copy read before the script and never reads
 * what the script could have put in the file.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryError, lockPath, openHistory } from '../../../src/engine/history/index.js';
import { loadSqlJs } from '../../../src/engine/history/sqljs.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs } from './helpers.js';

const temp = makeTempDirs('history-commit');
afterAll(() => temp.cleanup());

async function runIds(path: string): Promise<string[]> {
  const store = await HistoryStore.open(path);
  try {
    return store
      .listRuns()
      .map((r) => r.run_id)
      .sort();
  } finally {
    store.close();
  }
}

describe('merge commits', () => {
  it('keep the runs of writers that opened the same file at the same time', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const first = makeRecord();
    const seed = await openHistory(path, { mode: 'merge' });
    await seed.commit(first);
    seed.close();

    // Eight pyruns read the history before their scripts, then all commit at once.
    const writers = await Promise.all(Array.from({ length: 8 }, () => openHistory(path, { mode: 'merge' })));
    for (const w of writers) expect(w.store.countRuns()).toBe(1);
    const records = writers.map(() => makeRecord());
    const results = await Promise.all(writers.map((w, i) => w.commit(records[i]!)));
    for (const w of writers) w.close();

    expect(results.every((r) => r.saved && r.added)).toBe(true);
    expect(await runIds(path)).toEqual([first, ...records].map((r) => r.run_id).sort());
    expect(readdirSync(join(path, '..'))).toEqual(['history.sqlite']); // no temp file, no lock left
  });

  it('apply retention to the merged history', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const a = await openHistory(path, { mode: 'merge' });
    const b = await openHistory(path, { mode: 'merge' });
    const records = [makeRecord(), makeRecord(), makeRecord()];
    await a.commit(records[0]!, { keep_runs: 2 });
    await b.commit(records[1]!, { keep_runs: 2 });
    const result = await a.commit(records[2]!, { keep_runs: 2 });
    a.close();
    b.close();
    expect(result.runs).toBe(2);
    expect(await runIds(path)).toEqual([records[1]!.run_id, records[2]!.run_id].sort());
  });

  it('parse the file again only when somebody else wrote it since this process read or wrote it', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const seed = await openHistory(path, { mode: 'merge' });
    await seed.commit(makeRecord());
    seed.close();
    // Count the databases sql.js builds from a file's bytes (what reading and checking a history costs).
    const SQL = await loadSqlJs();
    const Original = SQL.Database;
    let parsed = 0;
    SQL.Database = class extends Original {
      constructor(data?: ArrayLike<number> | Buffer | null) {
        super(data);
        if (data) parsed += 1;
      }
    };
    try {
      const history = await openHistory(path, { mode: 'merge' });
      expect(parsed).toBe(1);
      const mine = [makeRecord(), makeRecord(), makeRecord()];
      await history.commit(mine[0]!); // the file is as read: the copy in memory goes on
      await history.commit(mine[1]!); // the file is as this process wrote it: the same
      expect(parsed).toBe(1);
      const other = await openHistory(path, { mode: 'merge' }); // another pyrun writes in between
      const theirs = makeRecord();
      await other.commit(theirs);
      other.close();
      parsed = 0;
      await history.commit(mine[2]!); // changed by somebody else: read afresh, and every run kept
      expect(parsed).toBe(1);
      history.close();
      expect(await runIds(path)).toHaveLength(5);
      expect(await runIds(path)).toEqual(expect.arrayContaining([...mine, theirs].map((r) => r.run_id)));
    } finally {
      SQL.Database = Original;
    }
  });

  it('recover a lock left by a pyrun that was killed', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const history = await openHistory(path, { mode: 'merge' });
    mkdirSync(lockPath(path)); // what a SIGKILLed holder leaves behind: its lock and its half-written temp file
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath(path), old, old);
    writeFileSync(join(path, '..', '.history.sqlite.tmp-0b5e7c1a'), 'half a history');
    const record = makeRecord();
    await history.commit(record);
    history.close();
    expect(await runIds(path)).toEqual([record.run_id]);
    expect(readdirSync(join(path, '..'))).toEqual(['history.sqlite']);
  });

  it('give up, with a HistoryError naming the lock, when a live holder keeps it', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const history = await openHistory(path, { mode: 'merge', lock: { wait_ms: 500, stale_ms: 60_000 } });
    mkdirSync(lockPath(path)); // fresh: its holder is alive
    const error = await history.commit(makeRecord()).then(
      () => null,
      (e: unknown) => e,
    );
    history.close();
    expect(error).toBeInstanceOf(HistoryError);
    expect((error as Error).message).toContain(`remove ${lockPath(path)} if none is`);
  });

  it('keep the runs read before the script when the file is damaged meanwhile, and move it aside', async () => {
    const dir = temp.next();
    const path = join(dir, 'history.sqlite');
    const before = makeRecord();
    const seed = await openHistory(path, { mode: 'merge' });
    await seed.commit(before);
    seed.close();
    const history = await openHistory(path, { mode: 'merge' });
    writeFileSync(path, readFileSync(path).subarray(0, 2000)); // cut short while the script ran
    const record = makeRecord();
    const result = await history.commit(record);
    history.close();
    expect(result.warnings[0]).toMatch(/is damaged \(truncated.*\); moved it aside to/);
    expect(await runIds(path)).toEqual([before.run_id, record.run_id].sort());
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
  });
});

describe('replace commits', () => {
  it('write what was read before the script plus the run, ignoring what the script wrote to the file', async () => {
    const dir = temp.next();
    const path = join(dir, 'history.sqlite');
    const genuine = makeRecord();
    const seed = await openHistory(path, { mode: 'merge' });
    await seed.commit(genuine);
    seed.close();

    const history = await openHistory(path, { mode: 'replace' });
    // The script forges a baseline: it writes a history with a run of its own into the file.
    const forged = makeRecord({ duration_s: 999 });
    const forger = await HistoryStore.open(path);
    forger.insert(forged);
    await forger.save();
    forger.close();
    expect(await runIds(path)).toContain(forged.run_id);

    const record = makeRecord();
    const result = await history.commit(record);
    history.close();
    expect(result).toMatchObject({ saved: true, added: true, runs: 2 });
    expect(await runIds(path)).toEqual([genuine.run_id, record.run_id].sort());
  });
});
