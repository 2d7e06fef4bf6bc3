/**
 * A fixed, deterministic run record for the report tests and golden files: a 120-sample series with a
 * memory spike and a CPU dip, passed and failed gates, an insufficient_history gate, alerts, a baseline
 * and verdicts. Metrics are derived from the series so the record is self-consistent.
 * Only integer arithmetic and rounding are used (no Math.sin), so every platform builds the same bytes.
 */
import { BYTES_PER_MB, type GateResult, type RunRecord, type Sample } from '../../../src/engine/types.js';

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
