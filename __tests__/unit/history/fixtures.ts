/**
 * Realistic run records for tests. `makeRecord()` gives a complete, internally consistent RunRecord (bytes match
 * the MB figures, the summary matches the series); every call gets a fresh run_id and a start time one minute
 * after the previous call's, so records made in order are newest-last. Overrides replace fields as given; an
 * overridden `*_mb` figure without its `*_bytes` gets matching bytes.
 */
import { BYTES_PER_MB, type RunRecord, type Sample } from '../../../src/engine/types.js';

let counter = 0;
const EPOCH_MS = Date.UTC(2025, 0, 6, 9, 0, 0);

/** A series of `count` samples taken every `interval_s`, with an rss and a cpu spike at given positions. */
export function makeSeries(
  count: number,
  options: { interval_s?: number; rssPeakAt?: number; cpuPeakAt?: number; rssPeak_mb?: number } = {},
): Sample[] {
  const interval_s = options.interval_s ?? 0.5;
  const rssPeakAt = options.rssPeakAt ?? Math.floor(count * 0.6);
  const cpuPeakAt = options.cpuPeakAt ?? Math.floor(count * 0.3);
  return Array.from({ length: count }, (_, i) => ({
    elapsed_s: Number(((i + 1) * interval_s).toFixed(3)),
    cpu_percent: i === cpuPeakAt ? 199.5 : 40 + ((i * 7) % 30),
    rss_mb: i === rssPeakAt ? (options.rssPeak_mb ?? 512.25) : 60 + ((i * 13) % 40) + i * 0.01,
    threads: 4 + (i % 3),
    processes: 1 + (i % 2),
    read_mb: i * 0.25,
    write_mb: i * 0.125,
    open_fds: i % 5 === 0 ? null : 12 + (i % 4),
  }));
}

export function makeRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  counter++;
  const series = overrides.series ?? makeSeries(20);
  const peak_rss_mb = overrides.peak_rss_mb ?? Math.max(...series.map((s) => s.rss_mb), 0) + 1.5;
  const read_mb = overrides.read_mb ?? 4.75;
  const write_mb = overrides.write_mb ?? 2.375;
  const record: RunRecord = {
    name: 'bench/etl.py',
    run_id: `run-${String(counter).padStart(6, '0')}`,
    started_at: new Date(EPOCH_MS + counter * 60_000).toISOString(),
    status: 'passed',
    exit_code: 0,
    signal: null,
    duration_s: 10.25,
    cpu_time_s: 7.5,
    cpu_percent_avg: 73.2,
    cpu_percent_max: Math.max(...series.map((s) => s.cpu_percent), 0),
    peak_rss_mb,
    peak_rss_bytes: Math.round(peak_rss_mb * BYTES_PER_MB),
    max_threads: Math.max(...series.map((s) => s.threads), 1),
    max_processes: Math.max(...series.map((s) => s.processes), 1),
    read_mb,
    read_bytes: Math.round(read_mb * BYTES_PER_MB),
    write_mb,
    write_bytes: Math.round(write_mb * BYTES_PER_MB),
    cpu_user_s: 6.5,
    cpu_system_s: 0.75,
    minor_faults: 118000,
    major_faults: 2,
    voluntary_ctx_switches: 400,
    involuntary_ctx_switches: 90,
    instructions: null,
    os: 'linux',
    arch: 'x64',
    python_version: '3.12.3',
    executor: 'local',
    host: null,
    git_ref: 'refs/heads/main',
    git_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    samples: series.length,
    series,
    interval_s: 0.5,
    gates: [
      { expr: 'peak_rss_mb < 1GB', passed: true, status: 'passed', actual: peak_rss_mb, limit: 1024 },
      { expr: 'duration_s <= 1.2 * baseline', passed: true, status: 'passed', actual: 10.25, limit: 12.3 },
      {
        expr: 'cpu_time_s < baseline + 0.5',
        passed: false,
        status: 'insufficient_history',
        actual: 7.5,
        limit: null,
      },
    ],
    alerts: [{ rule: 'rss_mb > 400', at_s: 6.5, value: 512.25, channels: ['slack', 'webhook'] }],
    baseline: {
      duration_s: { value: 10.1, spread: 0.2, runs: 12 },
      peak_rss_mb: { value: 500, spread: 4.5, runs: 12 },
    },
    verdicts: {
      duration_s: { verdict: 'unchanged', change_pct: 1.49, statistic: 'median±3·MAD' },
      peak_rss_mb: { verdict: 'regressed', change_pct: 2.75, statistic: 'mann-whitney-u', p_value: 0.012 },
    },
    attempts: [
      { attempt: 1, exit_code: 1, signal: null, duration_s: 3.5, timed_out: false },
      { attempt: 2, exit_code: 0, signal: null, duration_s: 10.25, timed_out: false },
    ],
    repeats: [
      {
        duration_s: 10.25,
        cpu_time_s: 7.5,
        cpu_percent_avg: 73.2,
        cpu_percent_max: 150,
        peak_rss_mb: 512.25,
        peak_rss_bytes: Math.round(512.25 * BYTES_PER_MB),
        max_threads: 6,
        max_processes: 2,
        read_mb: 4.75,
        read_bytes: Math.round(4.75 * BYTES_PER_MB),
        write_mb: 2.375,
        write_bytes: Math.round(2.375 * BYTES_PER_MB),
        cpu_user_s: 7,
        cpu_system_s: 0.5,
        minor_faults: 120000,
        major_faults: 3,
        voluntary_ctx_switches: 410,
        involuntary_ctx_switches: 95,
        instructions: null,
        exit_code: 0,
      },
    ],
    is_pull_request: false,
    script: 'bench/etl.py',
    pyrun_version: '0.1.0',
    ...overrides,
  };
  if (overrides.peak_rss_mb !== undefined && overrides.peak_rss_bytes === undefined) {
    record.peak_rss_bytes = Math.round(overrides.peak_rss_mb * BYTES_PER_MB);
  }
  if (overrides.read_mb !== undefined && overrides.read_bytes === undefined) {
    record.read_bytes = Math.round(overrides.read_mb * BYTES_PER_MB);
  }
  if (overrides.write_mb !== undefined && overrides.write_bytes === undefined) {
    record.write_bytes = Math.round(overrides.write_mb * BYTES_PER_MB);
  }
  if (overrides.series !== undefined && overrides.samples === undefined)
    record.samples = overrides.series.length;
  return record;
}
