import { afterAll, describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { MAX_SERIES_SAMPLES } from '../../../src/engine/history/downsample.js';
import { loadSqlJs, locateSqlJs } from '../../../src/engine/history/sqljs.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { makeRecord, makeSeries } from '../../helpers/builders.js';
import { makeTempDirs } from './helpers.js';

const temp = makeTempDirs('history-store');
const createRequireApi = { createRequire };
afterAll(() => temp.cleanup());

describe('HistoryStore: records in and out', () => {
  it('round-trips a full record, also through the file', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const record = makeRecord();
    const store = await HistoryStore.open(path);
    expect(store.warnings).toEqual([]);
    expect(store.insert(record)).toBe(true);
    expect(store.getRun(record.run_id)).toEqual(record);
    expect(await store.save()).toBe(true);
    store.close();

    const reopened = await HistoryStore.open(path);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.getRun(record.run_id)).toEqual(record);
    expect(reopened.getRun('no-such-run')).toBeNull();
    reopened.close();
  });

  it('round-trips a record without optional fields, a signal and a null exit code', async () => {
    const store = await HistoryStore.openInMemory();
    const record: RunRecord = makeRecord({
      status: 'timeout',
      exit_code: null,
      signal: 'SIGKILL',
      git_ref: null,
      git_sha: null,
      gates: [],
      alerts: [],
      baseline: {},
      verdicts: {},
      attempts: [],
      series: [],
    });
    delete record.repeats;
    delete record.is_pull_request;
    store.insert(record);
    expect(store.getRun(record.run_id)).toEqual({ ...record, is_pull_request: false });
    store.close();
  });

  it('bounds a long series, keeping its peaks', async () => {
    const store = await HistoryStore.openInMemory();
    const series = makeSeries(5000, { rssPeakAt: 4321, cpuPeakAt: 17, rssPeak_mb: 3000 });
    const record = makeRecord({ series });
    store.insert(record);
    const stored = store.getRun(record.run_id)!;
    expect(stored.samples).toBe(5000);
    expect(stored.series.length).toBeLessThanOrEqual(MAX_SERIES_SAMPLES);
    expect(Math.max(...stored.series.map((s) => s.rss_mb))).toBe(3000);
    expect(Math.max(...stored.series.map((s) => s.cpu_percent))).toBe(199.5);
    store.close();
  });

  it('inserts idempotently on run_id: the first record wins', async () => {
    const store = await HistoryStore.openInMemory();
    const record = makeRecord();
    expect(store.insert(record)).toBe(true);
    expect(store.insert({ ...record, duration_s: 99 })).toBe(false);
    expect(store.countRuns()).toBe(1);
    expect(store.getRun(record.run_id)?.duration_s).toBe(record.duration_s);
    store.close();
  });

  it('refuses a record whose start time is not a time, changing nothing', async () => {
    const store = await HistoryStore.openInMemory();
    expect(() => store.insert(makeRecord({ started_at: 'soon' }))).toThrow(/started_at "soon"/);
    expect(store.countRuns()).toBe(0);
    store.close();
  });

  it('lists runs newest first by start time (whatever the UTC offset), without series', async () => {
    const store = await HistoryStore.openInMemory();
    // Written as text, 10:00+02:00 sorts after 09:00Z, but it is an hour earlier.
    const a = makeRecord({ run_id: 'a', started_at: '2025-03-01T10:00:00+02:00' });
    const b = makeRecord({ run_id: 'b', started_at: '2025-03-01T09:00:00Z' });
    const c = makeRecord({ run_id: 'c', started_at: '2025-03-01T09:30:00Z', name: 'other.py' });
    for (const r of [c, a, b]) store.insert(r);
    const all = store.listRuns();
    expect(all.map((r) => r.run_id)).toEqual(['c', 'b', 'a']);
    expect(all[0]).not.toHaveProperty('series');
    const withoutSeries: Partial<RunRecord> = { ...b };
    delete withoutSeries.series;
    expect(all[1]).toEqual(withoutSeries);
    expect(store.listRuns({ name: 'bench/etl.py' }).map((r) => r.run_id)).toEqual(['b', 'a']);
    expect(store.listRuns({ last: 2 }).map((r) => r.run_id)).toEqual(['c', 'b']);
    expect(store.listRuns({ name: 'bench/etl.py', last: 1 }).map((r) => r.run_id)).toEqual(['b']);
    expect(store.listRuns({ name: 'nothing' })).toEqual([]);
    expect(store.seriesNames()).toEqual(['bench/etl.py', 'other.py']);
    expect(store.countRuns('other.py')).toBe(1);
    store.close();
  });

  it('throws once closed', async () => {
    const store = await HistoryStore.openInMemory();
    store.close();
    expect(() => store.listRuns()).toThrow('history store is closed');
  });

  it('loads sql.js once, from the package when no bundle copy sits beside the source', async () => {
    expect(await loadSqlJs()).toBe(await loadSqlJs());
    const location = locateSqlJs(createRequireApi);
    expect(location.source).toBe('package');
    expect(location.script_path).toMatch(/node_modules[\\/]sql\.js[\\/]dist[\\/]sql-wasm\.js$/);
    expect(location.wasm_path).toMatch(/sql-wasm\.wasm$/);
  });
});

describe('HistoryStore.baselineRuns', () => {
  const fingerprint = { os: 'linux', arch: 'x64', python_version: '3.12.3', executor: 'local' as const };

  async function storeWithHistory(): Promise<HistoryStore> {
    const store = await HistoryStore.openInMemory();
    const at = (minute: number) => new Date(Date.UTC(2025, 5, 1, 12, minute)).toISOString();
    const runs: RunRecord[] = [
      makeRecord({ run_id: 'main-1', started_at: at(1) }),
      makeRecord({ run_id: 'main-2', started_at: at(2) }),
      makeRecord({ run_id: 'failed', started_at: at(3), status: 'failed', exit_code: 1 }),
      makeRecord({ run_id: 'gate-failed', started_at: at(4), status: 'gate_failed' }),
      makeRecord({
        run_id: 'timeout',
        started_at: at(5),
        status: 'timeout',
        exit_code: null,
        signal: 'SIGKILL',
      }),
      makeRecord({ run_id: 'pr', started_at: at(6), is_pull_request: true, git_ref: 'refs/pull/7/merge' }),
      makeRecord({ run_id: 'macos', started_at: at(7), os: 'darwin' }),
      makeRecord({ run_id: 'arm', started_at: at(8), arch: 'arm64' }),
      makeRecord({ run_id: 'py311', started_at: at(9), python_version: '3.11.9' }),
      makeRecord({ run_id: 'docker', started_at: at(10), executor: 'docker' }),
      makeRecord({ run_id: 'other-name', started_at: at(11), name: 'other.py' }),
      makeRecord({ run_id: 'feature', started_at: at(12), git_ref: 'refs/heads/feature' }),
      makeRecord({ run_id: 'main-3', started_at: at(13) }),
      // Inserted last but started first: order is by start time, not insertion.
      makeRecord({ run_id: 'main-0', started_at: at(0) }),
    ];
    for (const run of runs) store.insert(run);
    return store;
  }

  it('keeps non-PR runs whose script succeeded (a failed gate included), same series and fingerprint, newest first', async () => {
    const store = await storeWithHistory();
    const ids = store.baselineRuns({ name: 'bench/etl.py', fingerprint }).map((r) => r.run_id);
    expect(ids).toEqual(['main-3', 'feature', 'gate-failed', 'main-2', 'main-1', 'main-0']);
    store.close();
  });

  it('filters by ref when one is given, and not when it is null', async () => {
    const store = await storeWithHistory();
    const onMain = store.baselineRuns({ name: 'bench/etl.py', fingerprint, ref: 'refs/heads/main' });
    expect(onMain.map((r) => r.run_id)).toEqual(['main-3', 'gate-failed', 'main-2', 'main-1', 'main-0']);
    const any = store.baselineRuns({ name: 'bench/etl.py', fingerprint, ref: null });
    expect(any.map((r) => r.run_id)).toEqual([
      'main-3',
      'feature',
      'gate-failed',
      'main-2',
      'main-1',
      'main-0',
    ]);
    const nowhere = store.baselineRuns({ name: 'bench/etl.py', fingerprint, ref: 'refs/heads/gone' });
    expect(nowhere).toEqual([]);
    store.close();
  });

  it('honours limit and excludeRunId', async () => {
    const store = await storeWithHistory();
    const limited = store.baselineRuns({ name: 'bench/etl.py', fingerprint, limit: 2 });
    expect(limited.map((r) => r.run_id)).toEqual(['main-3', 'feature']);
    const excluded = store.baselineRuns({
      name: 'bench/etl.py',
      fingerprint,
      excludeRunId: 'main-3',
      limit: 2,
    });
    expect(excluded.map((r) => r.run_id)).toEqual(['feature', 'gate-failed']);
    store.close();
  });

  it('defaults to at most 30 runs', async () => {
    const store = await HistoryStore.openInMemory();
    for (let i = 0; i < 35; i++) store.insert(makeRecord({ run_id: `r${i}` }));
    const runs = store.baselineRuns({ name: 'bench/etl.py', fingerprint });
    expect(runs).toHaveLength(30);
    expect(runs[0]?.run_id).toBe('r34');
    expect(runs[29]?.run_id).toBe('r5');
    store.close();
  });
});
