/**
 * What the reading commands show: `compare` (the newest run judged against the runs before it) and `trend`
 * (slopes, forecasts, anomalies and correlation over a series' history). Pure over what the store returns.
 */
import {
  anomaliesOf,
  correlationMatrices,
  describeTrend,
  forecastCrossing,
  MS_PER_DAY,
  multivariateOutliers,
  MULTIVARIATE_METRICS,
  trendOf,
  type Anomaly,
  type CorrelationMatrices,
  type MultivariateOutlier,
  type MultivariateResult,
  type Trend,
} from './analysis/index.js';
import type { HistoryStore, StoredRun } from './history/index.js';
import { rerunsOf } from './analysis/confirm.js';
import { busyMachineModeOf } from './analysis/busy-machine.js';
import { judgeAgainstHistory, MIN_BASELINE_RUNS } from './judge.js';
import { comparisonsOf, metricsOf, parseGate, type GateRule } from './rules/index.js';
import {
  COMPARABLE_METRICS,
  type BaselineEntry,
  type ComparableMetric,
  type GateResult,
  type MetricVerdict,
  type RunRecord,
  type RunStatus,
} from './types.js';

export interface Comparison {
  /** The newest run as stored (without its series). */
  run: StoredRun;
  baseline_runs: number;
  /** The run judged again by the one judge (judge.ts), exactly as its own record was: same fields. */
  status: RunStatus;
  baseline: RunRecord['baseline'];
  verdicts: RunRecord['verdicts'];
  gates: GateResult[];
  rows: { metric: ComparableMetric; value: number; baseline: BaselineEntry | null; verdict: MetricVerdict }[];
}

/** The script's own outcome before any judging: a stored `gate_failed` or `regressed` run had succeeded. */
export function measuredStatus(status: RunStatus): RunStatus {
  return status === 'gate_failed' || status === 'regressed' ? 'passed' : status;
}

/**
 * `pyrun compare`: judges the stored run `newest` again against its history with the same baseline query and
 * judge the run itself used (judgeAgainstHistory), re-checking the gates it recorded. Rows for `metrics`.
 */
export function compareRun(
  store: Pick<HistoryStore, 'baselineRuns'>,
  newest: RunRecord,
  options: { baseline_ref: string | null; min_baseline_runs?: number; metrics?: readonly ComparableMetric[] },
): Comparison {
  const gates: GateRule[] = [];
  for (const gate of newest.gates) {
    try {
      gates.push(parseGate(gate.expr));
    } catch {
      // A gate this version cannot parse is left out rather than failing the comparison.
    }
  }
  const { record, baselineRuns } = judgeAgainstHistory({
    store,
    baseline_ref: options.baseline_ref,
    record: { ...newest, status: measuredStatus(newest.status) },
    gates,
    reruns: rerunsOf(newest.verdicts),
    busy_machine: busyMachineModeOf(newest.verdicts),
    options: {
      min_baseline_runs: options.min_baseline_runs ?? MIN_BASELINE_RUNS,
      ...judgedIn(newest),
    },
  });
  const rows: Comparison['rows'] = [];
  for (const metric of options.metrics ?? COMPARABLE_METRICS) {
    const verdict = record.verdicts[metric];
    const value = record[metric];
    if (verdict && value !== null)
      rows.push({ metric, value, baseline: record.baseline[metric] ?? null, verdict });
  }
  return {
    run: storedRunOf(newest),
    baseline_runs: baselineRuns.length,
    status: record.status,
    baseline: record.baseline,
    verdicts: record.verdicts,
    gates: record.gates,
    rows,
  };
}

/**
 * The metrics a stored run was judged on (`--judge` is not stored apart: its verdicts say it), so that compare
 * weighs what the run weighed. A run recorded without verdicts (no history kept) is judged on the defaults.
 */
function judgedIn(record: RunRecord): { judged?: ComparableMetric[] } {
  const entries = Object.entries(record.verdicts) as [ComparableMetric, MetricVerdict | undefined][];
  if (entries.length === 0) return {};
  return {
    judged: entries
      .filter(([, v]) => v !== undefined && (v.verdict !== 'not_judged' || v.busy_machine !== undefined))
      .map(([m]) => m),
  };
}

/** The record without its series (what `pyrun compare --json` shows as `run`). */
function storedRunOf(record: RunRecord): StoredRun {
  const run: Partial<RunRecord> = { ...record };
  delete run.series;
  return run as StoredRun;
}

/** The history must span this many days before a per-day slope is shown. */
export const MIN_DAYS_FOR_DAILY_TREND = 1;

export interface MetricTrend {
  metric: ComparableMetric;
  trend: Trend;
  per_run: string | null;
  per_day: string | null;
  robust_per_run: string | null;
  /** Runs (and days) until a gate's limit is crossed at this trend, per gate. */
  forecasts: { gate: string; limit: number; runs: number | null; days: number | null }[];
  /** Past runs whose value is far from the series' median (robust z-score). */
  anomalies: (Anomaly & { run_id: string; started_at: string })[];
}

/** Runs whose combination of metrics is unusual (./analysis/multivariate.ts), named by run. */
export type MultivariateReport = Omit<MultivariateResult, 'outliers'> & {
  outliers: (MultivariateOutlier & { run_id: string; started_at: string })[];
};

export interface TrendReport {
  name: string;
  runs: number;
  metrics: MetricTrend[];
  correlation: CorrelationMatrices<ComparableMetric>;
  multivariate: MultivariateReport;
}

/**
 * Multivariate outliers of a series' runs (oldest first). Only `metrics` are candidates when two or more are
 * given; otherwise (one metric, or none) every candidate metric is, since a combination needs two.
 */
export function multivariateReport(
  runs: readonly StoredRun[],
  metrics: readonly ComparableMetric[] = COMPARABLE_METRICS,
): MultivariateReport {
  const chosen = MULTIVARIATE_METRICS.filter((m) => metrics.includes(m));
  const result = multivariateOutliers(runs, { metrics: chosen.length >= 2 ? chosen : MULTIVARIATE_METRICS });
  return {
    ...result,
    outliers: result.outliers.map((o) => ({
      ...o,
      run_id: runs[o.index]!.run_id,
      started_at: runs[o.index]!.started_at,
    })),
  };
}

/** Trends of a series' runs (oldest first). Gates of the form `metric < number` give forecasts. */
export function trendReport(
  name: string,
  runs: readonly StoredRun[],
  metrics: readonly ComparableMetric[] = COMPARABLE_METRICS,
  gates: readonly GateRule[] = [],
): TrendReport {
  const times = runs.map((r) => Date.parse(r.started_at));
  // A slope per day from runs a few minutes apart is noise multiplied by a large number: only from a day on.
  const span_days = times.length > 1 ? (Math.max(...times) - Math.min(...times)) / MS_PER_DAY : 0;
  const daily = span_days >= MIN_DAYS_FOR_DAILY_TREND;
  const out: MetricTrend[] = [];
  for (const metric of metrics) {
    // Runs recorded before a metric existed (or where it could not be measured) have no value: left out.
    const measured = runs.filter((r) => r[metric] !== null);
    const values = measured.map((r) => r[metric] as number);
    const trend = trendOf(
      metric,
      values,
      measured.map((r) => Date.parse(r.started_at)),
    );
    if (trend === null) continue;
    const forecasts = gateLimits(gates, metric).map(({ gate, limit, direction }) => ({
      gate,
      limit,
      runs: forecastCrossing(trend, limit, { per: 'run', direction }),
      days: daily ? forecastCrossing(trend, limit, { per: 'day', direction }) : null,
    }));
    out.push({
      metric,
      trend,
      per_run: describeTrend(trend, { per: 'run' }),
      per_day: daily ? describeTrend(trend, { per: 'day' }) : null,
      robust_per_run: describeTrend(trend, { per: 'run', method: 'theil_sen' }),
      forecasts,
      anomalies: anomaliesOf(metric, values).map((a) => ({
        ...a,
        run_id: measured[a.index]!.run_id,
        started_at: measured[a.index]!.started_at,
      })),
    });
  }
  return {
    name,
    runs: runs.length,
    metrics: out,
    correlation: correlationMatrices(runs, [...metrics]),
    multivariate: multivariateReport(runs, metrics),
  };
}

/** The constant limits of simple gates on `metric` (`peak_rss_mb < 512`), with the side that is bad. */
function gateLimits(
  gates: readonly GateRule[],
  metric: ComparableMetric,
): { gate: string; limit: number; direction: 'above' | 'below' }[] {
  const found: { gate: string; limit: number; direction: 'above' | 'below' }[] = [];
  for (const gate of gates) {
    for (const c of comparisonsOf(gate.condition)) {
      if (c.left.kind !== 'metric' || c.left.name !== metric || c.right.kind !== 'number') continue;
      if (metricsOf(c.right).length > 0) continue;
      if (c.op === '<' || c.op === '<=')
        found.push({ gate: gate.source, limit: c.right.value, direction: 'above' });
      if (c.op === '>' || c.op === '>=')
        found.push({ gate: gate.source, limit: c.right.value, direction: 'below' });
    }
  }
  return found;
}
