/**
 * The analysis of a run against its history: baseline and verdict per metric (judgeRun, judgeRepeats), plus
 * the history tools (trend, forecast, anomalies, correlation). Pure and deterministic.
 */
import {
  COMPARABLE_METRICS,
  type BaselineEntry,
  type ComparableMetric,
  type MetricVerdict,
} from '../types.js';
import { medianByField } from '../medians.js';
import { baselineValues, buildBaseline } from './baseline.js';
import { DEFAULT_JUDGED_METRICS } from '../metrics.js';
import { median } from './robust.js';
import {
  changePct,
  detectableRisePct,
  judgeRepeatValues,
  judgeValue,
  judgeWindow,
  MANN_WHITNEY_STATISTIC,
  resolveVerdictOptions,
  smallSampleFactor,
  type ResolvedVerdictOptions,
  type VerdictOptions,
} from './verdict.js';

export * from './baseline.js';
export * from './verdict.js';
export * from './rank-guard.js';
export * from './mannwhitney.js';
export * from './trend.js';
export * from './anomalies.js';
export * from './correlation.js';
export * from './ranks.js';
export * from './chi-square.js';
export * from './multivariate.js';

/** Metric values of one run; a missing, null or non-finite value is ignored. */
export type MetricValues = Partial<Record<ComparableMetric, number | null>>;

export interface JudgeOptions extends VerdictOptions {
  /**
   * Benchmark mode: the measured repeats of this run. For a metric with ≥ min_repeats (5) finite repeat values
   * the verdict is the Mann-Whitney test of the repeats against the baseline runs; with 1–4, the median of the
   * repeats is judged as a single value. Where repeats are given they replace `current` for that metric.
   */
  repeats?: readonly MetricValues[];
  /** Metrics to compare (default: every comparable metric present in `current`). */
  metrics?: readonly ComparableMetric[];
  /**
   * Metrics the verdict weighs (default: the metric table's DEFAULT_JUDGED_METRICS, the costs). The others are
   * compared and given `not_judged` with their change; they never make a run `regressed`.
   */
  judged?: readonly ComparableMetric[];
  /**
   * Also judge the last three runs together (verdict.ts judgeWindow): `baselineRuns` must then be newest first and
   * be this run's own line (a run of the baseline ref, never a pull request's).
   */
  window?: boolean;
}

export interface Judgement {
  /** Per metric with at least one usable baseline value (even if too few for a verdict). */
  baseline: Partial<Record<ComparableMetric, BaselineEntry>>;
  /** Per metric with a value in this run. */
  verdicts: Partial<Record<ComparableMetric, MetricVerdict>>;
}

/** The finite values of `metric` over `runs`, in their order. */
export function finiteValues(runs: readonly MetricValues[], metric: ComparableMetric): number[] {
  const out: number[] = [];
  for (const run of runs) {
    const v = run[metric];
    if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/**
 * Judge this run's metrics against the baseline runs (the caller's choice: history/baseline-query.ts: earlier runs of the same
 * series and fingerprint on the baseline ref). Throws only on invalid options.
 */
export function judgeRun(
  current: MetricValues,
  baselineRuns: readonly MetricValues[],
  opts: JudgeOptions = {},
): Judgement {
  const resolved = resolveVerdictOptions(opts);
  const judged = new Set<ComparableMetric>(opts.judged ?? DEFAULT_JUDGED_METRICS);
  const judgement: Judgement = { baseline: {}, verdicts: {} };
  for (const metric of opts.metrics ?? COMPARABLE_METRICS) {
    const repeats = opts.repeats === undefined ? [] : finiteValues(opts.repeats, metric);
    const value = current[metric];
    const hasValue = typeof value === 'number' && Number.isFinite(value);
    if (!hasValue && repeats.length === 0) continue;

    const history = finiteValues(baselineRuns, metric);
    const baseline = buildBaseline(metric, history);
    if (baseline !== null) judgement.baseline[metric] = baseline;
    if (!judged.has(metric)) {
      const centre = repeats.length > 0 ? median(repeats) : (value as number);
      judgement.verdicts[metric] = notJudged(centre, baseline);
      continue;
    }
    if (repeats.length > 0) {
      const verdict = judgeRepeatValues(metric, repeats, baseline, baselineValues(history), resolved);
      // Fewer repeats than the rank test needs: their median was judged as one value, on the metric's own scale.
      judgement.verdicts[metric] = withLimit(metric, verdict, baseline, resolved, undefined);
      continue;
    }
    const single = withLimit(
      metric,
      judgeValue(metric, value as number, baseline, resolved, history),
      baseline,
      resolved,
      history,
    );
    const window =
      opts.window === true && single.verdict === 'unchanged' && resolved.spreads === null
        ? judgeWindow(metric, value as number, baseline, resolved, history)
        : null;
    judgement.verdicts[metric] =
      window === null ? single : single.limit === undefined ? window : { ...window, limit: single.limit };
  }
  return judgement;
}

/**
 * The verdict with the value it was measured against (`limit`): the baseline centre plus the smallest rise the
 * single-value rule calls regressed (its rank guard included), computed as judgeValue computed it (on the log scale where its statistic says
 * so). Kept on every verdict of that rule, so a chart can draw what the judge saw; a rank test has no such value.
 */
function withLimit(
  metric: ComparableMetric,
  verdict: MetricVerdict,
  baseline: BaselineEntry | null,
  opts: ResolvedVerdictOptions,
  history: readonly number[] | undefined,
): MetricVerdict {
  const ruled =
    verdict.verdict === 'unchanged' || verdict.verdict === 'regressed' || verdict.verdict === 'improved';
  if (baseline === null || !ruled || verdict.statistic === MANN_WHITNEY_STATISTIC) return verdict;
  const log = verdict.statistic.startsWith('log ');
  const pct =
    verdict.detectable_pct ??
    detectableRisePct(
      metric,
      baseline,
      opts,
      opts.spreads ?? smallSampleFactor(baseline.runs),
      log ? history : undefined,
      history,
    );
  if (pct === null) return verdict;
  return { ...verdict, limit: baseline.value + (Math.abs(baseline.value) * pct) / 100 };
}

/** The statistic of a metric that is compared but not weighed by the verdict. */
export const NOT_JUDGED_STATISTIC = 'measured, not judged';

function notJudged(value: number, baseline: BaselineEntry | null): MetricVerdict {
  return {
    verdict: 'not_judged',
    change_pct: baseline === null ? null : changePct(value, baseline.value),
    statistic: NOT_JUDGED_STATISTIC,
  };
}

/** Median of each metric over the repeats (metrics with no finite value are left out). */
export function medianOfRepeats(repeats: readonly MetricValues[]): MetricValues {
  const medians = medianByField(repeats, COMPARABLE_METRICS);
  return Object.fromEntries(Object.entries(medians).filter(([, v]) => v !== null)) as MetricValues;
}

/** Benchmark mode: judgeRun on the medians of the repeats, with the repeats themselves for the rank test. */
export function judgeRepeats(
  repeats: readonly MetricValues[],
  baselineRuns: readonly MetricValues[],
  opts: Omit<JudgeOptions, 'repeats'> = {},
): Judgement {
  return judgeRun(medianOfRepeats(repeats), baselineRuns, { ...opts, repeats });
}
