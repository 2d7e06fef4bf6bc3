/**
 * The baseline of one metric: where the baseline runs of a series sit, and how much they wander.
 *
 * Rule (robust, deterministic, every run counted):
 * 1. Non-finite values are dropped; every other value is used. Nothing is excluded as an "outlier": a cold
 *    first run or a run that regressed is ordinary history, and the centre and spread below are robust to a
 *    few of them. So the number of runs a baseline reports is the number of runs it was given.
 * 2. centre = median.
 * 3. spread = max(1.048·median|xᵢ − xⱼ| over pairs i < j, floor): Shamos' estimator of the standard deviation
 *    (86% as efficient as the standard deviation under normal noise, where 1.4826·MAD is 37%: it matters on the
 *    5–10 runs a young series has; one wild run in four or more does not move it much).
 *
 * The floor keeps a constant metric (thread counts, a quantised clock) from a zero spread that any tiny change
 * would exceed: floor = max(MIN_SPREAD_FRACTION of |median|, the metric dimension's absolute floor).
 */
import { metricRow } from '../metrics.js';
import { median, medianAbsoluteDeviation } from './robust.js';
import {
  METRIC_DIMENSION,
  type BaselineEntry,
  type ComparableMetric,
  type MetricDimension,
} from '../types.js';

/** Scale from the median absolute deviation to a standard deviation under normal noise (1/Φ⁻¹(3/4)). */
export const SPREAD_PER_MAD = 1.4826;

/** Scale from the median pairwise distance to a standard deviation under normal noise (1/(√2·Φ⁻¹(3/4))). */
export const SPREAD_PER_PAIRWISE = 1.0483;

/** The spread is never below this fraction of |median| (0.5%). */
export const MIN_SPREAD_FRACTION = 0.005;

/**
 * The spread is never below this absolute amount, in the metric's own unit. Set from noise measured on this
 * project's CI machine (2 shared cores), 20 runs of a small script through `pyrun run` (robust σ = 1.4826·MAD):
 *   - a 77 ms script: duration σ 6.5 ms (8.4%), CPU time σ 5.8 ms (7.6%), peak RSS σ 0.026 MB (0.15%),
 *     average CPU σ 0.43 percentage points, threads constant;
 *   - a 0.94 s script (median), while other jobs shared the cores: duration σ 0.42 s (45%: waiting for a
 *     core is part of wall time), CPU time σ 25 ms (4.0%), peak RSS σ 0.035 MB (0.1%), average CPU σ 24 points.
 * Time 10 ms: every run pays Python's start-up and the scheduler's jitter (σ 6–7 ms above, with a heavier tail:
 * 0.083, 0.083, 0.084, 0.087 then 0.135 s for five runs of one fixture), so a tiny script's five runs that happen
 * to agree to the millisecond must not make the next run's ordinary jitter a "regression". Size 0.05 MB, percent
 * 0.25 percentage point: above the measurement's resolution, below what real runs showed. Count 0.15: on a constant
 * history one more thread is more than k(5) = 5.3 spreads away, and the relative threshold decides.
 */
export const MIN_SPREAD_BY_DIMENSION: Readonly<Record<MetricDimension, number>> = {
  time: 0.01,
  size: 0.05,
  percent: 0.25,
  count: 0.15,
};

/** Robust centre and spread of a sample, with the floor applied to the spread. */
export interface RobustSummary {
  median: number;
  /** max(1.4826·MAD, floor). */
  spread: number;
}

/** The smallest spread a metric's baseline may have around a centre `centre`. */
export function spreadFloor(metric: ComparableMetric, centre: number): number {
  const row = metricRow(metric);
  const absolute = row?.spread_floor ?? MIN_SPREAD_BY_DIMENSION[METRIC_DIMENSION[metric]];
  return Math.max((row?.spread_floor_fraction ?? MIN_SPREAD_FRACTION) * Math.abs(centre), absolute);
}

/** Median and floored MAD spread of non-empty finite `values` (anomaly scores use it). */
export function robustSummary(values: readonly number[], floor: (centre: number) => number): RobustSummary {
  if (values.length === 0) throw new Error('robustSummary needs at least one value');
  const centre = median(values as number[]);
  const mad = medianAbsoluteDeviation(values as number[]);
  return { median: centre, spread: Math.max(SPREAD_PER_MAD * mad, floor(centre)) };
}

/** Shamos' scale: 1.0483 · the median of |xᵢ − xⱼ| over all pairs; 0 for fewer than two values. */
export function pairwiseSpread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const distances: number[] = [];
  for (let i = 0; i < values.length; i += 1) {
    for (let j = i + 1; j < values.length; j += 1) distances.push(Math.abs(values[i]! - values[j]!));
  }
  return SPREAD_PER_PAIRWISE * median(distances);
}

/**
 * The baseline of `metric` from the values of the baseline runs (the caller chooses them, see
 * history/baseline-query.ts). Returns null when no finite value is given; `runs` counts every finite value.
 */
export function buildBaseline(metric: ComparableMetric, values: readonly number[]): BaselineEntry | null {
  const kept = baselineValues(values);
  if (kept.length === 0) return null;
  const centre = median(kept);
  const spread = Math.max(pairwiseSpread(kept), spreadFloor(metric, centre));
  return { value: centre, spread, runs: kept.length };
}

/** The values a baseline is built from: the finite ones, in their order (for rank tests). */
export function baselineValues(values: readonly number[]): number[] {
  return values.filter(Number.isFinite);
}
