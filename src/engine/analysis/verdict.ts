/**
 * The verdict on one metric: did this run get worse (or better) than its baseline? For every metric higher is
 * worse (duration, CPU, memory, I/O, threads, processes).
 *
 * Single run ('median±3·MAD'): regressed when the value is above the baseline centre by more than the metric's
 * relative threshold AND by more than `spreads` (3) baseline spreads; improved symmetrically below; otherwise
 * unchanged. Both conditions guard each other: the relative threshold ignores changes too small to matter on a
 * very quiet metric, the spreads ignore changes inside the metric's own noise.
 *
 * Benchmark mode ('mann-whitney-u', N ≥ 5 repeats): regressed when the one-sided Mann-Whitney U test of the
 * repeats against the baseline runs gives p < alpha (0.01) AND the median of the repeats is above the baseline
 * centre by more than the relative threshold; improved symmetrically. The p_value reported is the one-sided
 * p-value in the direction the median of the repeats moved ('greater' when it rose, else 'less').
 *
 * Fewer than `min_baseline_runs` (5) baseline runs: insufficient_history.
 */
import { median } from 'simple-statistics';
import type { BaselineEntry, ComparableMetric, MetricVerdict } from '../types.js';
import { DEFAULT_THRESHOLD_PCT } from '../metrics.js';
import { mannWhitneyU } from './mannwhitney.js';

/**
 * Default relative thresholds, in percent of the baseline centre. Duration and CPU 10%; memory and I/O 5%;
 * thread and process counts 20% (small integers: on a constant history of 5 threads, one more is +20% and
 * does not count, two more does; on 1–4, one more does).
 */
export const DEFAULT_RELATIVE_THRESHOLD_PCT = DEFAULT_THRESHOLD_PCT; // the metric table's (engine/metrics.ts)

export const DEFAULT_SPREADS = 3;
export const DEFAULT_MIN_BASELINE_RUNS = 5;
export const DEFAULT_ALPHA = 0.01;
export const DEFAULT_MIN_REPEATS = 5;

export interface VerdictOptions {
  /** Per-metric relative threshold in percent of the baseline centre (defaults: DEFAULT_RELATIVE_THRESHOLD_PCT). */
  relative_threshold_pct?: Partial<Record<ComparableMetric, number>>;
  /** How many baseline spreads a single value must move (default 3). */
  spreads?: number;
  /** Fewer baseline runs than this gives insufficient_history (default 5). */
  min_baseline_runs?: number;
  /** Significance level of the one-sided Mann-Whitney test in benchmark mode (default 0.01). */
  alpha?: number;
  /** Fewer repeats than this are judged as one value, their median (default 5). */
  min_repeats?: number;
}

/** Options with every default filled in and checked. Throws on a value that makes no sense, naming it. */
export interface ResolvedVerdictOptions {
  relative_threshold_pct: Record<ComparableMetric, number>;
  spreads: number;
  min_baseline_runs: number;
  alpha: number;
  min_repeats: number;
}

export function resolveVerdictOptions(opts: VerdictOptions = {}): ResolvedVerdictOptions {
  const relative_threshold_pct = { ...DEFAULT_RELATIVE_THRESHOLD_PCT };
  for (const [metric, pct] of Object.entries(opts.relative_threshold_pct ?? {})) {
    if (!(metric in DEFAULT_RELATIVE_THRESHOLD_PCT)) {
      throw new Error(`relative_threshold_pct: unknown metric '${metric}'`);
    }
    if (typeof pct !== 'number' || !Number.isFinite(pct) || pct < 0) {
      throw new Error(`relative_threshold_pct.${metric} must be a number ≥ 0, got ${String(pct)}`);
    }
    relative_threshold_pct[metric as ComparableMetric] = pct;
  }
  const resolved: ResolvedVerdictOptions = {
    relative_threshold_pct,
    spreads: opts.spreads ?? DEFAULT_SPREADS,
    min_baseline_runs: opts.min_baseline_runs ?? DEFAULT_MIN_BASELINE_RUNS,
    alpha: opts.alpha ?? DEFAULT_ALPHA,
    min_repeats: opts.min_repeats ?? DEFAULT_MIN_REPEATS,
  };
  if (!(Number.isFinite(resolved.spreads) && resolved.spreads >= 0)) {
    throw new Error(`spreads must be a number ≥ 0, got ${resolved.spreads}`);
  }
  if (!(Number.isInteger(resolved.min_baseline_runs) && resolved.min_baseline_runs >= 1)) {
    throw new Error(`min_baseline_runs must be an integer ≥ 1, got ${resolved.min_baseline_runs}`);
  }
  if (!(resolved.alpha > 0 && resolved.alpha < 1)) {
    throw new Error(`alpha must be between 0 and 1, got ${resolved.alpha}`);
  }
  if (!(Number.isInteger(resolved.min_repeats) && resolved.min_repeats >= 2)) {
    throw new Error(`min_repeats must be an integer ≥ 2, got ${resolved.min_repeats}`);
  }
  return resolved;
}

/** 100·(value − centre)/|centre|; 0 when both are 0; null when the centre is 0 and the value is not. */
export function changePct(value: number, centre: number): number | null {
  if (centre === 0) return value === 0 ? 0 : null;
  return (100 * (value - centre)) / Math.abs(centre);
}

/** The statistic string of the single-value rule, e.g. `median±3·MAD`. */
export function spreadStatistic(spreads: number): string {
  return `median±${spreads}·MAD`;
}

export const MANN_WHITNEY_STATISTIC = 'mann-whitney-u';

/** Whether `diff` (value − centre) is beyond the relative threshold. A zero centre makes any change relative. */
function beyondRelative(diff: number, centre: number, thresholdPct: number): boolean {
  return Math.abs(diff) > (thresholdPct / 100) * Math.abs(centre);
}

/** Verdict on one value of `metric` against its baseline (null or too few runs: insufficient_history). */
export function judgeValue(
  metric: ComparableMetric,
  value: number,
  baseline: BaselineEntry | null,
  opts: ResolvedVerdictOptions,
): MetricVerdict {
  const statistic = spreadStatistic(opts.spreads);
  if (baseline === null) return { verdict: 'insufficient_history', change_pct: null, statistic };
  const change_pct = changePct(value, baseline.value);
  if (baseline.runs < opts.min_baseline_runs)
    return { verdict: 'insufficient_history', change_pct, statistic };
  const diff = value - baseline.value;
  const significant =
    beyondRelative(diff, baseline.value, opts.relative_threshold_pct[metric]) &&
    Math.abs(diff) > opts.spreads * baseline.spread;
  const verdict = !significant ? 'unchanged' : diff > 0 ? 'regressed' : 'improved';
  return { verdict, change_pct, statistic };
}

/**
 * Benchmark-mode verdict: the repeats of this run against the (outlier-free) values of the baseline runs.
 * With fewer than `min_repeats` repeats, the median of the repeats is judged by judgeValue.
 */
export function judgeRepeatValues(
  metric: ComparableMetric,
  repeats: readonly number[],
  baseline: BaselineEntry | null,
  baselineValues: readonly number[],
  opts: ResolvedVerdictOptions,
): MetricVerdict {
  const finite = repeats.filter(Number.isFinite);
  if (finite.length === 0) throw new Error(`no finite repeat value of ${metric}`);
  const centreOfRepeats = median(finite);
  if (finite.length < opts.min_repeats) return judgeValue(metric, centreOfRepeats, baseline, opts);
  const statistic = MANN_WHITNEY_STATISTIC;
  if (baseline === null) return { verdict: 'insufficient_history', change_pct: null, statistic };
  const change_pct = changePct(centreOfRepeats, baseline.value);
  if (baseline.runs < opts.min_baseline_runs || baselineValues.length < opts.min_baseline_runs) {
    return { verdict: 'insufficient_history', change_pct, statistic };
  }
  const diff = centreOfRepeats - baseline.value;
  const relative = beyondRelative(diff, baseline.value, opts.relative_threshold_pct[metric]);
  const direction = diff > 0 ? 'greater' : 'less';
  const { p_value } = mannWhitneyU(finite, baselineValues, direction);
  const verdict =
    relative && diff !== 0 && p_value < opts.alpha ? (diff > 0 ? 'regressed' : 'improved') : 'unchanged';
  return { verdict, change_pct, statistic, p_value };
}
