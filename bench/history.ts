/**
 * History at scale: 10,000 runs of 100 samples each (1M sample rows), imported from JSONL, then queried.
 * Targets: import under a minute, listing the last 50 and a baseline query fast, file under 150 MB.
 *
 * Each phase is timed once and printed with its target; the data is synthetic and deterministic.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryStore } from '../src/engine/history/index.js';
import { BYTES_PER_MB, type RunRecord, type Sample } from '../src/engine/types.js';

export const BENCH_RUNS = 10_000;
export const BENCH_SAMPLES_PER_RUN = 100;
const SERIES = 10;
const IMPORT_BUDGET_S = 60;
const FILE_BUDGET_MB = 150;

/** A small deterministic pseudo-random generator (mulberry32), so every bench run sees the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function syntheticRun(i: number, next: () => number): RunRecord {
  const series: Sample[] = [];
  let read_mb = 0;
  let write_mb = 0;
  for (let s = 0; s < BENCH_SAMPLES_PER_RUN; s++) {
    read_mb += next() * 2;
    write_mb += next();
    series.push({
      elapsed_s: round((s + 1) * 0.5, 3),
      cpu_percent: round(40 + next() * 60, 2),
      rss_mb: round(80 + next() * 40 + s * 0.5, 3),
      threads: 4 + Math.floor(next() * 4),
      processes: 1 + Math.floor(next() * 3),
      read_mb: round(read_mb, 3),
      write_mb: round(write_mb, 3),
      open_fds: 10 + Math.floor(next() * 10),
    });
  }
  const peak_rss_mb = round(Math.max(...series.map((x) => x.rss_mb)) + 2, 3);
  const status = next() < 0.05 ? 'failed' : 'passed';
  return {
    name: `bench/series-${i % SERIES}.py`,
    run_id: `bench-${String(i).padStart(6, '0')}`,
    started_at: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    status,
    exit_code: status === 'failed' ? 1 : 0,
    signal: null,
    duration_s: round(BENCH_SAMPLES_PER_RUN * 0.5 + next(), 3),
    cpu_time_s: round(30 + next() * 10, 3),
    cpu_percent_avg: round(70 + next() * 5, 2),
    cpu_percent_max: round(Math.max(...series.map((x) => x.cpu_percent)), 2),
    peak_rss_mb,
    peak_rss_bytes: Math.round(peak_rss_mb * BYTES_PER_MB),
    max_threads: Math.max(...series.map((x) => x.threads)),
    max_processes: Math.max(...series.map((x) => x.processes)),
    read_mb: round(read_mb, 3),
    read_bytes: Math.round(read_mb * BYTES_PER_MB),
    write_mb: round(write_mb, 3),
    write_bytes: Math.round(write_mb * BYTES_PER_MB),
    cpu_user_s: null,
    cpu_system_s: null,
    minor_faults: null,
    major_faults: null,
    voluntary_ctx_switches: null,
    involuntary_ctx_switches: null,
    instructions: null,
    neighbour_cores: null,
    calibration_ms: null,
    os: i % 4 === 0 ? 'darwin' : 'linux',
    arch: 'x64',
    python_version: '3.12.3',
    executor: 'local',
    host: null,
    git_ref: i % 7 === 0 ? 'refs/heads/feature' : 'refs/heads/main',
    git_sha: (i * 2654435761).toString(16).padStart(40, '0').slice(-40),
    is_pull_request: i % 11 === 0,
    samples: BENCH_SAMPLES_PER_RUN,
    series,
    interval_s: 0.5,
    gates: [{ expr: 'peak_rss_mb < 1GB', passed: true, status: 'passed', actual: peak_rss_mb, limit: 1024 }],
    alerts: [],
    baseline: { duration_s: { value: 50.5, spread: 0.3, runs: 30 } },
    verdicts: { duration_s: { verdict: 'unchanged', change_pct: 0.4, statistic: 'median±3·MAD' } },
    attempts: [{ attempt: 1, exit_code: 0, signal: null, duration_s: 50.5, timed_out: false }],
    script: `bench/series-${i % SERIES}.py`,
    pyrun_version: '0.1.0',
  };
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

const fmt = (seconds: number): string =>
  seconds < 1 ? `${(seconds * 1000).toFixed(1)} ms` : `${seconds.toFixed(2)} s`;

/** `withFile` is handed the full history file (before retention) to time commands against it. */
export async function benchHistory(
  log: (line: string) => void,
  withFile?: (dbPath: string) => Promise<void>,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pyrun-bench-history-'));
  try {
    const jsonlPath = join(dir, 'runs.jsonl');
    const dbPath = join(dir, 'history.sqlite');
    const next = random(42);
    const generated = await timed(async () => {
      const lines: string[] = [];
      for (let i = 0; i < BENCH_RUNS; i++) lines.push(JSON.stringify(syntheticRun(i, next)));
      await writeFile(jsonlPath, lines.join('\n') + '\n');
    });
    const jsonlMb = (await stat(jsonlPath)).size / BYTES_PER_MB;
    log(
      `history: generated ${BENCH_RUNS} runs × ${BENCH_SAMPLES_PER_RUN} samples ` +
        `(${jsonlMb.toFixed(1)} MB JSONL) in ${fmt(generated.seconds)}`,
    );

    const store = await HistoryStore.open(dbPath);
    const text = await readFile(jsonlPath, 'utf8');
    const imported = await timed(() => store.importJsonl(text));
    const saved = await timed(() => store.save());
    const total_s = imported.seconds + saved.seconds;
    const { imported: count, skipped, invalid } = imported.value;
    log(
      `history: import ${fmt(imported.seconds)} + save ${fmt(saved.seconds)} = ${fmt(total_s)} ` +
        `(${count} imported, ${skipped} skipped, ${invalid.length} invalid; budget ${IMPORT_BUDGET_S} s)` +
        (total_s < IMPORT_BUDGET_S ? '' : '  OVER BUDGET'),
    );
    store.close();

    const fileMb = (await stat(dbPath)).size / BYTES_PER_MB;
    log(
      `history: file ${fileMb.toFixed(1)} MB (budget ${FILE_BUDGET_MB} MB)` +
        (fileMb < FILE_BUDGET_MB ? '' : '  OVER BUDGET'),
    );

    const reopened = await timed(() => HistoryStore.open(dbPath));
    const history = reopened.value;
    log(`history: open (read, integrity check, migrate) ${fmt(reopened.seconds)}`);

    const listAll = await timed(() => history.listRuns({ last: 50 }));
    const listSeries = await timed(() => history.listRuns({ name: 'bench/series-3.py', last: 50 }));
    const fingerprint = { os: 'linux', arch: 'x64', python_version: '3.12.3', executor: 'local' as const };
    const baseline = await timed(() => history.baselineRuns({ name: 'bench/series-3.py', fingerprint }));
    const baselineRef = await timed(() =>
      history.baselineRuns({ name: 'bench/series-3.py', fingerprint, ref: 'refs/heads/main' }),
    );
    const oneRun = await timed(() => history.getRun('bench-005003'));
    log(`history: last 50 runs ${fmt(listAll.seconds)} (${listAll.value.length} rows)`);
    log(`history: last 50 runs of one series ${fmt(listSeries.seconds)} (${listSeries.value.length} rows)`);
    log(`history: baseline query ${fmt(baseline.seconds)} (${baseline.value.length} runs)`);
    log(`history: baseline query on one ref ${fmt(baselineRef.seconds)} (${baselineRef.value.length} runs)`);
    log(
      `history: one run with its series ${fmt(oneRun.seconds)} (${oneRun.value?.series.length ?? 0} samples)`,
    );

    if (withFile) await withFile(dbPath);

    const retained = await timed(() => history.retain(500));
    log(
      `history: retain 500 per series ${fmt(retained.seconds)} ` +
        `(${retained.value.deletedRuns} deleted, ${retained.value.thinnedRuns} thinned)`,
    );
    history.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
