import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { makeRecord, makeSeries } from '../../helpers/builders.js';
import { count, makeTempDirs, rawDatabase } from './helpers.js';

const temp = makeTempDirs('history-retention');
afterAll(() => temp.cleanup());

function runsOf(name: string, n: number): RunRecord[] {
  // makeRecord starts each run a minute after the previous one: index 0 is the oldest.
  return Array.from({ length: n }, (_, i) =>
    makeRecord({
      name,
      run_id: `${name}-${i}`,
      series: makeSeries(30, { rssPeakAt: 11, rssPeak_mb: 700 + i }),
    }),
  );
}

describe('HistoryStore.retain', () => {
  it('thins old runs, deletes runs beyond the cap with all their rows, and shrinks the file', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const store = await HistoryStore.open(path);
    for (const r of [...runsOf('a.py', 10), ...runsOf('b.py', 3)]) store.insert(r);
    await store.save();
    const sizeBefore = readFileSync(path).length;

    // a.py: ranks 1-2 full, 3-5 thinned, 6-10 deleted. b.py: ranks 1-2 full, 3 thinned.
    expect(store.retain(5, { fullResolutionRuns: 2, thinnedSamples: 10 })).toEqual({
      deletedRuns: 5,
      thinnedRuns: 4,
    });
    expect(store.listRuns({ name: 'a.py' }).map((r) => r.run_id)).toEqual([
      'a.py-9',
      'a.py-8',
      'a.py-7',
      'a.py-6',
      'a.py-5',
    ]);
    expect(store.getRun('a.py-4')).toBeNull();
    expect(store.getRun('a.py-9')?.series).toHaveLength(30);
    expect(store.getRun('a.py-8')?.series).toHaveLength(30);
    for (const id of ['a.py-7', 'a.py-6', 'a.py-5', 'b.py-0']) {
      const run = store.getRun(id)!;
      expect(run.series.length).toBeLessThanOrEqual(10);
      expect(run.series.length).toBeGreaterThanOrEqual(4);
      expect(Math.max(...run.series.map((s) => s.rss_mb))).toBe(700 + Number(id.split('-')[1]));
      expect(run.samples).toBe(30); // the count taken is a fact of the run, not of storage
      expect(run.gates).toHaveLength(3);
    }
    expect(store.getRun('b.py-2')?.series).toHaveLength(30);

    // Applying the same rule again finds nothing to do.
    expect(store.retain(5, { fullResolutionRuns: 2, thinnedSamples: 10 })).toEqual({
      deletedRuns: 0,
      thinnedRuns: 0,
    });
    await store.save();
    store.close();

    const bytes = readFileSync(path);
    expect(bytes.length).toBeLessThan(sizeBefore);
    const raw = await rawDatabase(bytes);
    expect(count(raw, 'SELECT COUNT(*) FROM runs')).toBe(8);
    for (const table of ['samples', 'gates', 'alerts']) {
      expect(count(raw, `SELECT COUNT(*) FROM ${table} WHERE run NOT IN (SELECT id FROM runs)`)).toBe(0);
    }
    expect(count(raw, 'SELECT COUNT(*) FROM gates')).toBe(8 * 3);
    raw.close();
  });

  it('keeps everything under the cap with default thinning', async () => {
    const store = await HistoryStore.openInMemory();
    for (const r of runsOf('c.py', 4)) store.insert(r);
    expect(store.retain(1000)).toEqual({ deletedRuns: 0, thinnedRuns: 0 });
    expect(store.countRuns()).toBe(4);
    store.close();
  });

  it('refuses a cap below one run', async () => {
    const store = await HistoryStore.openInMemory();
    expect(() => store.retain(0)).toThrow(RangeError);
    store.close();
  });
});
