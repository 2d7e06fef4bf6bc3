/**
 * The baseline of one metric: where the recent passed runs of a series sit, and how much they wander.
 *
 * Rule (robust, deterministic):
 * 1. Non-finite values are dropped.
 * 2. Outliers are excluded: with m = median and s = max(1.4826·MAD, floor) of all values, every x with
 *    |x − m| > 5·s is removed (one pass, no iteration).
 * 3. Of the values kept, centre = median and spread = max(1.4826·MAD, floor).
 *
 * 1.4826·MAD estimates the standard deviation of normal noise. The floor keeps a constant metric (MAD 0) from
 * giving a zero spread that any tiny change would exceed: floor = max(1% of |median|, the metric dimension's
 * absolute epsilon, see MIN_SPREAD_BY_DIMENSION).
 */
import { median, medianAbsoluteDeviation } from 'simple-statistics';
import {
  METRIC_DIMENSION,
  type BaselineEntry,
  type ComparableMetric,
  type MetricDimension,
} from '../types.js';

/** Scale from the median absolute deviation to a standard deviation under normal noise (1/Φ⁻¹(3/4)). */
export const SPREAD_PER_MAD = 1.4826;

/** A baseline value further than this many spreads from the median is an outlier and is not used. */
export const OUTLIER_SPREADS = 5;

/** The spread is never below this fraction of |median| (1%). */
export const MIN_SPREAD_FRACTION = 0.01;

/**
 * The spread is never below this absolute amount, in the metric's own unit:
 * time 1 ms (metrics are in seconds), size 0.1 MB, percent 0.1 percentage point, count 0.25
 * (so that, on a constant history, one more thread or process is more than 3 spreads away).
 */
export const MIN_SPREAD_BY_DIMENSION: Readonly<Record<MetricDimension, number>> = {
  time: 0.001,
  size: 0.1,
  percent: 0.1,
  count: 0.25,
};

/** Robust centre and spread of a sample, with the floor applied to the spread. */
export interface RobustSummary {
  median: number;
  /** max(1.4826·MAD, floor). */
  spread: number;
}

/** The smallest spread a metric's baseline may have around a centre `centre`. */
export function spreadFloor(metric: ComparableMetric, centre: number): number {
  return Math.max(MIN_SPREAD_FRACTION * Math.abs(centre), MIN_SPREAD_BY_DIMENSION[METRIC_DIMENSION[metric]]);
}

/** Median and floored robust spread of non-empty finite `values`. */
export function robustSummary(values: readonly number[], floor: (centre: number) => number): RobustSummary {
  if (values.length === 0) throw new Error('robustSummary needs at least one value');
  const centre = median(values as number[]);
  const mad = medianAbsoluteDeviation(values as number[]);
  return { median: centre, spread: Math.max(SPREAD_PER_MAD * mad, floor(centre)) };
}

/** The finite values of `values` that are within OUTLIER_SPREADS spreads of their median, in their order. */
export function withoutOutliers(values: readonly number[], floor: (centre: number) => number): number[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const { median: centre, spread } = robustSummary(finite, floor);
  return finite.filter((x) => Math.abs(x - centre) <= OUTLIER_SPREADS * spread);
}

/**
 * The baseline of `metric` from the values of the baseline runs (the caller chooses them: the last ≤30 passed
 * runs of the same series and fingerprint on the baseline ref). Returns null when no finite value is given.
 * `runs` counts the values kept after outlier exclusion.
 */
export function buildBaseline(metric: ComparableMetric, values: readonly number[]): BaselineEntry | null {
  const floor = (centre: number): number => spreadFloor(metric, centre);
  const kept = withoutOutliers(values, floor);
  if (kept.length === 0) return null;
  const { median: centre, spread } = robustSummary(kept, floor);
  return { value: centre, spread, runs: kept.length };
}

/** The values of `metric` kept for its baseline (the same exclusion as buildBaseline), for rank tests. */
export function baselineValues(metric: ComparableMetric, values: readonly number[]): number[] {
  return withoutOutliers(values, (centre) => spreadFloor(metric, centre));
}
