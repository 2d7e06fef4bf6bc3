/**
 * Verdicts in a report: which metrics a table lists, each verdict's cell, the regressed metrics as one column, and
 * the regression check as one test outcome (JUnit, TAP).
 */
import { DEFAULT_THRESHOLD_PCT } from '../metrics.js';
import {
  COMPARABLE_METRICS,
  type ComparableMetric,
  type MetricVerdict,
  type RunRecord,
  type VerdictKind,
} from '../types.js';
import { judgedMetrics, regressedMetrics } from '../verdicts.js';
import { formatNumber } from '../metric-format.js';
import { formatChangePct, plural } from './numbers.js';
import { machineExcuse, type MachineReadings } from '../analysis/busy-machine.js';

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

/**
 * The verdict in words for a table cell: `⚪ unchanged (sees ≥ +38%)` where the baseline was noisy, `⏸️ withheld
 * (busier machine: 1.2 vs 0.05 cores)` for a time that rose while other work kept the machine busier (or it ran
 * slower: `slower machine: calibration 1.52 vs 1.05 ms`).
 */
export function verdictCell(metric: ComparableMetric, verdict: MetricVerdict | undefined): string {
  if (verdict === undefined) return '—';
  if (verdict.busy_machine !== undefined) {
    const machine = machineCell(verdict.busy_machine);
    return verdict.verdict === 'regressed'
      ? `${VERDICT_LABEL.regressed} (${machine})`
      : `⏸️ withheld (${machine})`;
  }
  const unseen = unseenBelow(metric, verdict);
  return `${VERDICT_LABEL[verdict.verdict]}${unseen === null ? '' : ` (sees ≥ ${unseen})`}`;
}

/** `busier machine: 1.2 vs 0.05 cores`, `slower machine: calibration 1.52 vs 1.05 ms`, or both. */
function machineCell(readings: MachineReadings): string {
  const excuse = machineExcuse(readings);
  const cores = `${formatNumber(Math.min(...readings.cores))} vs ${formatNumber(readings.baseline_cores)} cores`;
  const ms = readings.calibration;
  const base = readings.baseline_calibration;
  const calibration =
    ms === undefined || base === undefined
      ? null
      : `calibration ${formatNumber(Math.min(...ms))} vs ${formatNumber(base)} ms`;
  if (excuse === 'busier' || calibration === null) return `busier machine: ${cores}`;
  if (excuse === 'slower') return `slower machine: ${calibration}`;
  return `busier or slower machine: ${cores}, ${calibration}`;
}

/** The regressed metrics with their change (`duration_s +31%, cpu_time_s +28%`), or a dash: overviews' column. */
export function regressedSummary(record: RunRecord): string {
  const regressed = regressedMetrics(record);
  if (regressed.length === 0) return '—';
  return regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`).join(', ');
}

/** The stable name of the test case / test point that collects regression verdicts. */
export const REGRESSION_TEST_NAME = 'no regression against baseline';

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
