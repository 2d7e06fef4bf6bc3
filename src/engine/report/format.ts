/**
 * Formatting shared by every report: numbers, units, durations, statuses and the script's outcome.
 * Everything here is deterministic (no locale, no clock) so golden files stay byte-identical.
 */
import {
  COMPARABLE_METRICS,
  type ComparableMetric,
  type GateResult,
  type GateStatus,
  type RunRecord,
  type RunStatus,
  type VerdictKind,
} from '../types.js';

/** The unit shown after a run metric's value (empty for plain counts). */
export const METRIC_UNIT: Record<ComparableMetric, string> = {
  duration_s: 's',
  cpu_time_s: 's',
  cpu_percent_avg: '%',
  cpu_percent_max: '%',
  peak_rss_mb: 'MB',
  max_threads: '',
  max_processes: '',
  read_mb: 'MB',
  write_mb: 'MB',
};

/** The run metrics in the order every report lists them. */
export const REPORT_METRICS: readonly ComparableMetric[] = COMPARABLE_METRICS;

/**
 * A number in at most 3 significant decimals, trailing zeros dropped: 512, 612.4, 1.25, 0.042.
 * Non-finite values read `n/a`.
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
  const text = value.toFixed(decimals).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** A value with its metric's unit: `612.4 MB`, `12.5 s`, `87.5%`, `4`. */
export function formatMetricValue(metric: ComparableMetric, value: number | null | undefined): string {
  const text = formatNumber(value);
  if (text === 'n/a') return text;
  const unit = METRIC_UNIT[metric];
  if (unit === '') return text;
  if (unit === '%') return `${text}%`;
  return `${text} ${unit}`;
}

/** A wall time for people: `12.35 s`, `2 m 03.5 s`, `1 h 02 m 03 s`. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return 'n/a';
  if (seconds < 60) return `${formatNumber(seconds)} s`;
  const whole_s = Math.round(seconds * 10) / 10;
  const hours = Math.floor(whole_s / 3600);
  const minutes = Math.floor((whole_s - hours * 3600) / 60);
  const rest_s = whole_s - hours * 3600 - minutes * 60;
  const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
  if (hours === 0) {
    const secText = rest_s.toFixed(1).padStart(4, '0');
    return `${minutes} m ${secText} s`;
  }
  return `${hours} h ${pad2(minutes)} m ${pad2(Math.round(rest_s))} s`;
}

/** A relative change to one decimal, with its sign: `+3.4%`, `-12%`, `0%`; `n/a` without a baseline. */
export function formatChangePct(change_pct: number | null | undefined): string {
  if (change_pct === null || change_pct === undefined || !Number.isFinite(change_pct)) return 'n/a';
  // Round half away from zero, so +6.15% and -6.15% read alike.
  const text = formatNumber((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
  if (text === '0') return '0%';
  return change_pct > 0 ? `+${text}%` : `${text}%`;
}

export const STATUS_EMOJI: Record<RunStatus, string> = {
  passed: '✅',
  failed: '❌',
  gate_failed: '❌',
  regressed: '🔺',
  timeout: '⏱️',
};

/** Worse statuses rank higher; a combined report takes the worst. */
export const STATUS_RANK: Record<RunStatus, number> = {
  passed: 0,
  regressed: 1,
  gate_failed: 2,
  failed: 3,
  timeout: 4,
};

export function worstStatus(records: readonly RunRecord[]): RunStatus {
  let worst: RunStatus = 'passed';
  for (const record of records) if (STATUS_RANK[record.status] > STATUS_RANK[worst]) worst = record.status;
  return worst;
}

export const GATE_EMOJI: Record<GateStatus, string> = {
  passed: '✅',
  failed: '❌',
  insufficient_history: '⏭️',
};

export const VERDICT_LABEL: Record<VerdictKind, string> = {
  regressed: '🔺 regressed',
  improved: '🟢 improved',
  unchanged: '⚪ unchanged',
  insufficient_history: '❔ insufficient history',
};

/** `insufficient_history` → `insufficient history`. */
export function humanize(word: string): string {
  return word.replace(/_/g, ' ');
}

/** Did the script itself succeed (whatever the gates said)? */
export function scriptSucceeded(record: RunRecord): boolean {
  return record.status === 'passed' || record.status === 'gate_failed' || record.status === 'regressed';
}

/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count under `--retries`.
 */
export function describeScriptOutcome(record: RunRecord): string {
  let text: string;
  if (record.status === 'timeout') {
    text = `timed out after ${formatDuration(record.duration_s)}; the process tree was killed`;
  } else if (record.signal !== null) {
    text = `killed by signal ${record.signal}`;
  } else if (record.exit_code !== null) {
    text = record.exit_code === 0 ? 'exited 0' : `exit code ${record.exit_code}`;
  } else {
    text = 'ended without an exit code';
  }
  if (record.attempts.length > 1) text += ` (after ${record.attempts.length} attempts)`;
  return text;
}

/** The stable name of the test case / test point for the script itself. */
export function scriptTestName(record: RunRecord): string {
  return `script: ${record.script}`;
}

/** The stable name of the test case / test point that collects regression verdicts. */
export const REGRESSION_TEST_NAME = 'no regression against baseline';

/** `actual 612.4, limit 512` — the measured value against the evaluated limit. */
export function describeGate(gate: GateResult): string {
  return `actual ${formatNumber(gate.actual)}, limit ${formatNumber(gate.limit)}`;
}

/** Metrics judged `regressed`, in report order. */
export function regressedMetrics(record: RunRecord): ComparableMetric[] {
  return REPORT_METRICS.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}

/** Metrics that carry a verdict, in report order. */
export function judgedMetrics(record: RunRecord): ComparableMetric[] {
  return REPORT_METRICS.filter((m) => record.verdicts[m] !== undefined);
}

/**
 * The regression check as one outcome: `null` when no verdict was reached at all (no history kept),
 * `skipped` when every verdict lacked history, else failed with the regressed metrics named.
 */
export function regressionOutcome(
  record: RunRecord,
): { status: 'passed' | 'failed' | 'skipped'; message: string } | null {
  const judged = judgedMetrics(record);
  if (judged.length === 0) return null;
  const regressed = regressedMetrics(record);
  if (regressed.length > 0) {
    const parts = regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`);
    return { status: 'failed', message: `regressed: ${parts.join(', ')}` };
  }
  if (judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
    return { status: 'skipped', message: 'insufficient history' };
  }
  return { status: 'passed', message: `${judged.length} metrics within baseline` };
}

/** Rank for ordering: failed gates first, then insufficient history, then passed (stable within a rank). */
const GATE_RANK: Record<GateStatus, number> = { failed: 0, insufficient_history: 1, passed: 2 };

/** Gates with the failing ones first, keeping the user's order within each status. */
export function gatesFailingFirst(gates: readonly GateResult[]): GateResult[] {
  return gates
    .map((gate, index) => ({ gate, index }))
    .sort((a, b) => GATE_RANK[a.gate.status] - GATE_RANK[b.gate.status] || a.index - b.index)
    .map((entry) => entry.gate);
}

/** Counts of gates by status. */
export function countGates(gates: readonly GateResult[]): Record<GateStatus, number> {
  const counts: Record<GateStatus, number> = { passed: 0, failed: 0, insufficient_history: 0 };
  for (const gate of gates) counts[gate.status] += 1;
  return counts;
}

/** An ISO 8601 instant reduced to whole seconds in UTC without a zone suffix (the JUnit schema's form). */
export function junitTimestamp(started_at: string): string {
  const date = new Date(started_at);
  if (Number.isNaN(date.getTime())) return started_at;
  return date.toISOString().slice(0, 19);
}
