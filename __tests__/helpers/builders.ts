/**
 * The builders of test data, in one place: run records (made to measure, for export, and the fixed record behind
 * the golden reports) and run specs. Pure data, no I/O.
 */
import { BYTES_PER_MB, type GateResult, type RunRecord, type Sample } from '../../src/engine/types.js';
import type { LaunchSpec } from '../../src/engine/execute/exec/types.js';
import type { RunSpec } from '../../src/engine/execute/run-script.js';

/**
 * A run spec for the runner, local by default, with any field replaced; `launch` is merged field by field
 * (python3, `job.py`, no arguments, `/`, an empty environment).
 */
export function runSpec(
  over: Omit<Partial<RunSpec>, 'launch'> & { launch?: Partial<LaunchSpec> } = {},
): RunSpec {
  const { launch, ...rest } = over;
  return {
    name: 'job',
    launch: { python: 'python3', script: 'job.py', args: [], cwd: '/', env: {}, ...launch },
    interval_s: 0.5,
    timeout_s: null,
    grace_s: 1,
    retries: 0,
    repeat: 1,
    warmup: 0,
    executor: 'local',
    git_ref: null,
    git_sha: null,
    is_pull_request: false,
    pyrun_version: 'test',
    ...rest,
  };
}

// ---- Records made to measure ----

/**
 * Realistic run records for tests. `makeRecord()` gives a complete, internally consistent RunRecord (bytes match
 * the MB figures, the summary matches the series); every call gets a fresh run_id and a start time one minute
 * after the previous call's, so records made in order are newest-last. Overrides replace fields as given; an
 * overridden `*_mb` figure without its `*_bytes` gets matching bytes.
 */

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
    neighbour_cores: 0.12,
    calibration_ms: 1.1,
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
        neighbour_cores: null,
        calibration_ms: null,
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

// ---- A record for the exporters ----

/**
 * One run record with every exported figure fixed by hand, so the renderers' output can be checked exactly.
 * Ends at 2025-01-06T09:00:10.250Z = 1736154010.25 s since the epoch.
 */

export const ENDED_AT_S = 1736154010.25;

export function exportRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return makeRecord({
    name: 'bench/etl.py',
    run_id: 'run-export-1',
    started_at: '2025-01-06T09:00:00.000Z',
    status: 'passed',
    exit_code: 0,
    signal: null,
    duration_s: 10.25,
    cpu_time_s: 7.5,
    cpu_percent_avg: 73.2,
    cpu_percent_max: 150,
    peak_rss_mb: 512.25,
    peak_rss_bytes: 537133056,
    max_threads: 6,
    max_processes: 2,
    read_mb: 4.75,
    read_bytes: 4980736,
    write_mb: 2.375,
    write_bytes: 2490368,
    os: 'linux',
    arch: 'x64',
    python_version: '3.12.3',
    executor: 'local',
    git_ref: 'refs/heads/main',
    pyrun_version: '0.1.0',
    verdicts: {
      duration_s: { verdict: 'unchanged', change_pct: 1.49, statistic: 'median±3·MAD' },
      peak_rss_mb: { verdict: 'regressed', change_pct: 2.75, statistic: 'mann-whitney-u', p_value: 0.012 },
    },
    ...overrides,
  });
}

// ---- The fixed record behind the golden reports ----

/**
 * A fixed, deterministic run record for the report tests and golden files: a 120-sample series with a
 * memory spike and a CPU dip, passed and failed gates, an insufficient_history gate, alerts, a baseline
 * and verdicts. Metrics are derived from the series so the record is self-consistent.
 * Only integer arithmetic and rounding are used (no Math.sin), so every platform builds the same bytes.
 */

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** 120 samples every 0.5 s: RSS ramps 180 → 275 MB with a 3-sample spike to 690.4 MB at 35 s. */
export function fixtureSeries(): Sample[] {
  const series: Sample[] = [];
  for (let i = 0; i < 120; i++) {
    const busy = i >= 20 && i < 90;
    let rss_mb = round(180 + i * 0.8, 1);
    if (i >= 70 && i <= 72) rss_mb = i === 70 ? 690.4 : 640 - (i - 71) * 50;
    let cpu_percent = 90 + ((i * 37) % 11);
    if (i < 4) cpu_percent = 20 + i * 15;
    if (i >= 100 && i <= 105) cpu_percent = 30;
    series.push({
      elapsed_s: round(i * 0.5, 1),
      cpu_percent,
      rss_mb,
      threads: busy ? 8 : 4,
      processes: busy ? 3 : 1,
      read_mb: round(i * 1.5, 1),
      write_mb: i >= 60 ? (i - 60) * 2 : 0,
      open_fds: 12 + (busy ? 6 : 0),
    });
  }
  return series;
}

function fixtureGates(): GateResult[] {
  return [
    { expr: 'peak_rss_mb < 512', passed: false, status: 'failed', actual: 690.4, limit: 512 },
    { expr: 'duration_s <= 1.2 * baseline', passed: true, status: 'passed', actual: 60.2, limit: 66.12 },
    { expr: 'cpu_time_s < baseline + 0.5', passed: false, status: 'failed', actual: 52.3, limit: 47.6 },
    {
      expr: 'write_mb <= 1.1 * baseline',
      passed: true,
      status: 'insufficient_history',
      actual: 118,
      limit: null,
    },
    { expr: 'max_processes <= 8 and exit_code == 0', passed: true, status: 'passed', actual: 3, limit: 8 },
  ];
}

/** The fixture run: the script exited 0 but two gates failed, so the status is `gate_failed`. */
export function fixtureRecord(): RunRecord {
  const series = fixtureSeries();
  const cpu = series.map((s) => s.cpu_percent);
  const peak_rss_mb = Math.max(...series.map((s) => s.rss_mb));
  const last = series[series.length - 1] as Sample;
  return {
    name: 'train-model',
    run_id: '8123456789-1',
    started_at: '2025-03-14T09:26:53.589Z',
    status: 'gate_failed',
    exit_code: 0,
    signal: null,
    duration_s: 60.2,
    cpu_time_s: 52.3,
    cpu_percent_avg: round(cpu.reduce((a, b) => a + b, 0) / cpu.length, 2),
    cpu_percent_max: Math.max(...cpu),
    peak_rss_mb,
    peak_rss_bytes: Math.round(peak_rss_mb * BYTES_PER_MB),
    max_threads: Math.max(...series.map((s) => s.threads)),
    max_processes: Math.max(...series.map((s) => s.processes)),
    read_mb: last.read_mb,
    read_bytes: Math.round(last.read_mb * BYTES_PER_MB),
    write_mb: last.write_mb,
    write_bytes: Math.round(last.write_mb * BYTES_PER_MB),
    cpu_user_s: 47.1,
    cpu_system_s: 5.2,
    minor_faults: 181234,
    major_faults: 12,
    voluntary_ctx_switches: 5120,
    involuntary_ctx_switches: 840,
    instructions: null,
    neighbour_cores: null,
    calibration_ms: null,
    samples: series.length,
    series,
    interval_s: 0.5,
    gates: fixtureGates(),
    alerts: [
      { rule: 'cpu_percent > 95 for 10s', at_s: 22.5, value: 97, channels: ['email'] },
      { rule: 'rss_mb > 400', at_s: 35, value: 690.4, channels: ['slack', 'webhook'] },
      { rule: 'on gate_failed', at_s: 60.2, value: null, channels: ['slack'] },
    ],
    baseline: {
      duration_s: { value: 55.1, spread: 1.3, runs: 5 },
      cpu_time_s: { value: 47.1, spread: 0.9, runs: 5 },
      cpu_percent_avg: { value: 85.2, spread: 2.1, runs: 5 },
      cpu_percent_max: { value: 99, spread: 0.6, runs: 5 },
      peak_rss_mb: { value: 402.5, spread: 11.2, runs: 5 },
      max_threads: { value: 8, spread: 0.5, runs: 5 },
      max_processes: { value: 3, spread: 0.5, runs: 5 },
      read_mb: { value: 190.2, spread: 1.5, runs: 5 },
    },
    verdicts: {
      duration_s: { verdict: 'regressed', change_pct: 9.26, statistic: 'median±3·MAD' },
      cpu_time_s: { verdict: 'regressed', change_pct: 11.04, statistic: 'median±3·MAD' },
      cpu_percent_avg: { verdict: 'unchanged', change_pct: 5.69, statistic: 'median±3·MAD' },
      cpu_percent_max: { verdict: 'unchanged', change_pct: 1.01, statistic: 'median±3·MAD' },
      peak_rss_mb: { verdict: 'regressed', change_pct: 71.53, statistic: 'median±3·MAD' },
      max_threads: { verdict: 'unchanged', change_pct: 0, statistic: 'median±3·MAD' },
      max_processes: { verdict: 'unchanged', change_pct: 0, statistic: 'median±3·MAD' },
      read_mb: { verdict: 'improved', change_pct: -6.15, statistic: 'median±3·MAD' },
      write_mb: { verdict: 'insufficient_history', change_pct: null, statistic: 'median±3·MAD' },
    },
    attempts: [{ attempt: 1, exit_code: 0, signal: null, duration_s: 60.2, timed_out: false }],
    os: 'linux',
    arch: 'x64',
    python_version: '3.12.3',
    executor: 'local',
    host: null,
    git_ref: 'refs/heads/main',
    git_sha: '4f2a9c1e7b3d5a6f8e0c2b4d6f8a0c2e4b6d8f0a',
    script: 'scripts/train.py',
    pyrun_version: '0.1.0',
  };
}

/** The same run with every gate passing and no regression. */
export function passedRecord(): RunRecord {
  const record = fixtureRecord();
  record.status = 'passed';
  record.gates = record.gates.filter((g) => g.status !== 'failed');
  for (const verdict of Object.values(record.verdicts)) {
    if (verdict.verdict === 'regressed') verdict.verdict = 'unchanged';
  }
  record.alerts = [];
  return record;
}

/** The script exited 3 on its second attempt. */
export function failedRecord(): RunRecord {
  const record = fixtureRecord();
  record.status = 'failed';
  record.exit_code = 3;
  record.attempts = [
    { attempt: 1, exit_code: 3, signal: null, duration_s: 58.1, timed_out: false },
    { attempt: 2, exit_code: 3, signal: null, duration_s: 60.2, timed_out: false },
  ];
  return record;
}

/** The script was killed after the timeout. */
export function timeoutRecord(): RunRecord {
  const record = fixtureRecord();
  record.status = 'timeout';
  record.exit_code = null;
  record.signal = 'SIGKILL';
  record.attempts = [{ attempt: 1, exit_code: null, signal: 'SIGKILL', duration_s: 60.2, timed_out: true }];
  return record;
}

/** Eight older runs of the series (history rows carry no series), oldest first. */
export function fixtureHistory(): RunRecord[] {
  const history: RunRecord[] = [];
  for (let k = 0; k < 8; k++) {
    const record = fixtureRecord();
    record.run_id = `81234567${80 + k}-1`;
    record.started_at = `2025-03-${String(6 + k).padStart(2, '0')}T09:00:00.000Z`;
    record.status = 'passed';
    record.duration_s = round(54 + ((k * 7) % 5) * 0.6, 2);
    record.cpu_time_s = round(46.5 + ((k * 3) % 4) * 0.4, 2);
    record.peak_rss_mb = round(395 + ((k * 5) % 6) * 3.5, 1);
    record.peak_rss_bytes = Math.round(record.peak_rss_mb * BYTES_PER_MB);
    record.series = [];
    record.gates = [];
    record.alerts = [];
    record.baseline = {};
    record.verdicts = {};
    history.push(record);
  }
  return history;
}

/** A record far past the comment budget: 5000 gates (every 50th failing), 3000 alerts, a 100 000-point series. */
export function hugeRecord(): RunRecord {
  const record = fixtureRecord();
  const gates: GateResult[] = [];
  for (let i = 0; i < 5000; i++) {
    const failed = i % 50 === 7;
    gates.push({
      expr: `peak_rss_mb < ${1000 + i} and duration_s <= 1.2 * baseline + ${i}`,
      passed: !failed,
      status: failed ? 'failed' : 'passed',
      actual: 1500 + i,
      limit: failed ? 1000 + i : 9999,
    });
  }
  record.gates = gates;
  const series: Sample[] = [];
  for (let i = 0; i < 100_000; i++) {
    series.push({
      elapsed_s: round(i * 0.5, 1),
      cpu_percent: 50 + (i % 40),
      rss_mb: i === 77_777 ? 9999 : 200 + (i % 100),
      threads: 4,
      processes: 1,
      read_mb: i,
      write_mb: i / 2,
      open_fds: null,
    });
  }
  record.series = series;
  record.samples = series.length;
  record.alerts = Array.from({ length: 3000 }, (_, i) => ({
    rule: `rss_mb > ${400 + i}`,
    at_s: i,
    value: 500 + i,
    channels: ['slack'],
  }));
  return record;
}
