/**
 * Formatting shared by every report: numbers, units, durations, statuses and the script's outcome.
 * Everything here is deterministic (no locale, no clock) so golden files stay byte-identical.
 */
import {
  COMPARABLE_METRICS,
  type ComparableMetric,
  type GateResult,
  type GateStatus,
  type MetricVerdict,
  type RunRecord,
  type RunStatus,
  type VerdictKind,
} from '../types.js';
import { formatMetricValue, formatNumber, metricUnit } from '../metric-format.js';
import { DEFAULT_THRESHOLD_PCT, HEADLINE_METRICS } from '../metrics.js';

/** Numbers, units and metric values come from the metric table. */
export { formatMetricValue, formatNumber, metricUnit };

/** The unit shown after a run metric's value (empty for plain counts). */
export const METRIC_UNIT: Record<ComparableMetric, string> = Object.fromEntries(
  COMPARABLE_METRICS.map((metric) => [metric, metricUnit(metric)]),
) as Record<ComparableMetric, string>;

/** The run metrics in the order every report lists them. */
export const REPORT_METRICS: readonly ComparableMetric[] = COMPARABLE_METRICS;

/**
 * The metrics a report's table lists for `record`: every one with a value, a baseline or a verdict. A metric the
 * executor could not measure (rusage over an executor that cannot report it) is left out rather than shown n/a.
 */
export function shownMetrics(record: RunRecord): ComparableMetric[] {
  return REPORT_METRICS.filter(
    (m) => record[m] !== null || record.baseline[m] !== undefined || record.verdicts[m] !== undefined,
  );
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

/** Every run status a report may meet (`regressed` included: the script succeeded, every gate passed, a metric regressed). */
export type ReportStatus = RunStatus;

export const STATUS_EMOJI: Record<ReportStatus, string> = {
  passed: '✅',
  regressed: '🔺',
  failed: '❌',
  gate_failed: '❌',
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
  not_judged: '· not judged',
};

/**
 * An `unchanged` verdict whose baseline was too noisy to see a rise of the metric's relative threshold: the
 * smallest rise it would have called (`+38%`); null otherwise.
 */
export function unseenBelow(metric: ComparableMetric, verdict: MetricVerdict | undefined): string | null {
  if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined) return null;
  if (verdict.detectable_pct <= DEFAULT_THRESHOLD_PCT[metric] + 0.05) return null;
  return formatChangePct(verdict.detectable_pct);
}

/** The verdict in words for a table cell: `⚪ unchanged (sees ≥ +38%)` where the baseline was noisy. */
export function verdictCell(metric: ComparableMetric, verdict: MetricVerdict | undefined): string {
  if (verdict === undefined) return '—';
  const unseen = unseenBelow(metric, verdict);
  return `${VERDICT_LABEL[verdict.verdict]}${unseen === null ? '' : ` (sees ≥ ${unseen})`}`;
}

/** `insufficient_history` → `insufficient history`. */
export function humanize(word: string): string {
  // Only pyrun's own status words are shown: a history from elsewhere may hold any text in a status column, and
  // this word is written unescaped into markdown headings and check-run titles.
  return typeof word === 'string' && /^[a-z][a-z_]{0,40}$/.test(word) ? word.replace(/_/g, ' ') : 'unknown';
}

/** `1 sample`, `2 samples`, `1 retry`, `3 retries`: a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Retries of a failed script (`--retries`) the record shows: attempts beyond one per run. `--repeat N` records one
 * attempt per measured run, so N attempts there mean nothing was retried.
 */
export function retriesOf(record: RunRecord): number {
  return Math.max(0, record.attempts.length - (record.repeats?.length ?? 1));
}

/** Did the script itself succeed (whatever the gates and verdicts said)? */
export function scriptSucceeded(record: RunRecord): boolean {
  return record.status === 'passed' || record.status === 'gate_failed' || record.status === 'regressed';
}

/** How a kill by the container's memory limit is told (the OOM killer, not a crash). */
export const OOM_KILLED = "killed by the container's memory limit";

/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count when `--retries` retried.
 * `quote` wraps the one string from outside (the signal's name) for the format at hand (markdown: a code span).
 */
export function describeScriptOutcome(
  record: RunRecord,
  quote: (text: string) => string = (text) => text,
): string {
  let text: string;
  if (record.status === 'timeout') {
    text = `timed out after ${formatDuration(record.duration_s)}; the process tree was killed`;
  } else if (record.signal !== null) {
    text = record.oom_killed
      ? `${OOM_KILLED} (signal ${quote(record.signal)})`
      : `killed by signal ${quote(record.signal)}`;
  } else if (record.exit_code !== null) {
    text = record.exit_code === 0 ? 'exited 0' : `exit code ${record.exit_code}`;
    if (record.oom_killed) text += `; a process of its tree was ${OOM_KILLED}`;
  } else {
    text = 'ended without an exit code';
  }
  const retries = retriesOf(record);
  if (retries > 0) {
    text +=
      record.repeats === undefined
        ? ` (after ${record.attempts.length} attempts)`
        : ` (${plural(retries, 'retry', 'retries')} over ${plural(record.repeats.length, 'measured run')})`;
  }
  return text;
}

/** The stable name of the test case / test point for the script itself. */
export function scriptTestName(record: RunRecord): string {
  return `script: ${record.script}`;
}

/** The stable name of the test case / test point that collects regression verdicts. */
export const REGRESSION_TEST_NAME = 'no regression against baseline';

/** The metric a gate's rule compares first (`peak_rss_mb < 512` → `peak_rss_mb`), for its unit. */
export function gateMetric(gate: GateResult): string {
  return /^\s*\(*\s*([a-z_][a-z0-9_]*)/.exec(gate.expr)?.[1] ?? '';
}

/**
 * `actual 612.4 MB, limit 512 MB` — the measured value against the evaluated limit, in the metric's unit. A gate on
 * a metric this run has no value for (null: rusage where the executor cannot report it) fails, and says so.
 */
export function describeGate(gate: GateResult): string {
  const metric = gateMetric(gate);
  const actual =
    gate.actual === null && gate.status === 'failed'
      ? 'n/a (no value on this run)'
      : formatMetricValue(metric, gate.actual);
  return `actual ${actual}, limit ${formatMetricValue(metric, gate.limit)}`;
}

/** A p-value for people: `< 0.001` below a thousandth, else two significant digits (`0.012`, `0.43`). */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return 'n/a';
  if (p < 0.001) return '< 0.001';
  if (p >= 1) return '1';
  return String(Number(p.toPrecision(2)));
}

/** The regressed metrics with their change (`duration_s +31%, cpu_time_s +28%`), or a dash: overviews' column. */
export function regressedSummary(record: RunRecord): string {
  const regressed = regressedMetrics(record);
  if (regressed.length === 0) return '—';
  return regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`).join(', ');
}

/** Metrics judged `regressed`, in report order. */
export function regressedMetrics(record: RunRecord): ComparableMetric[] {
  return REPORT_METRICS.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}

/** Metrics the verdict weighed (not the ones only measured and shown), in report order. */
export function judgedMetrics(record: RunRecord): ComparableMetric[] {
  return REPORT_METRICS.filter((m) => {
    const verdict = record.verdicts[m]?.verdict;
    return verdict !== undefined && verdict !== 'not_judged';
  });
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
  return { status: 'passed', message: `${plural(judged.length, 'metric')} within baseline` };
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

/**
 * A JUnit `timestamp`: the instant in UTC, to the second, with no zone designator (`2025-03-14T09:26:53`). That is
 * the form the JUnit XSD's pattern allows (it has no zone), and the one the readers that interpret the attribute take
 * as UTC: Jenkins' junit plugin appends `Z` to a zone-less timestamp before parsing it. docs/exporting.md gives the
 * readers looked at.
 */
export function junitTimestamp(started_at: string): string {
  const date = new Date(started_at);
  if (Number.isNaN(date.getTime())) return started_at;
  return date.toISOString().slice(0, 19);
}

/** One headline metric's statistics over a `--repeat N` run's measured runs, in the metric's unit. */
export interface BenchmarkRow {
  metric: ComparableMetric;
  runs: number;
  /** `1.23 s ± 0.04 s` */
  mean_sd: string;
  median: string;
  /** `1.19 s … 1.31 s` */
  range: string;
}

/**
 * `--repeat N`, as hyperfine shows it: mean ± σ, median and range of the headline metrics over the measured runs,
 * and the warnings on them (a count of context switches jumping is no advice to act on). Null for a single run.
 */
export function benchmarkSummary(record: RunRecord): { rows: BenchmarkRow[]; warnings: string[] } | null {
  const stats = record.benchmark;
  if (!stats) return null;
  const rows = HEADLINE_METRICS.flatMap((metric): BenchmarkRow[] => {
    const s = stats.metrics[metric];
    if (!s) return [];
    const v = (x: number) => formatMetricValue(metric, x);
    return [
      {
        metric,
        runs: s.n,
        mean_sd: `${v(s.mean)} ± ${v(s.stddev)}`,
        median: v(s.median),
        range: `${v(s.min)} … ${v(s.max)}`,
      },
    ];
  });
  if (rows.length === 0) return null;
  const warnings = stats.warnings.filter((w) => HEADLINE_METRICS.includes(w.metric)).map((w) => w.message);
  return { rows, warnings };
}
