/**
 * Anomalous past runs: the robust (modified) z-score of Iglewicz and Hoaglin,
 *   z = (x − median)/(1.4826·MAD)   (the same as 0.6745·(x − median)/MAD),
 * over the whole history of a metric; |z| > 3.5 flags the run. The spread has the same floor as a baseline
 * (max(1.4826·MAD, 1% of |median|, the dimension's absolute epsilon)) so that a history that is almost constant
 * does not flag every tiny wobble. Histories shorter than 5 finite values flag nothing.
 */
import { type ComparableMetric } from '../types.js';
import { robustSummary, spreadFloor } from './baseline.js';

export const DEFAULT_ANOMALY_THRESHOLD = 3.5;
export const MIN_ANOMALY_HISTORY = 5;

export interface Anomaly {
  /** Index of the run in the history given (oldest first). */
  index: number;
  value: number;
  /** Robust z-score; positive above the median. */
  z: number;
}

export interface AnomalyOptions {
  /** |z| above this flags a run (default 3.5). */
  threshold?: number;
  /** Fewer finite values than this flag nothing (default 5). */
  min_history?: number;
}

/**
 * Robust z-scores of `values` (null where a value is not finite, or everywhere when fewer than 2 are).
 * `floor` gives the smallest spread for a centre; without it the spread is 1.4826·MAD alone and a zero MAD gives
 * ±Infinity for values off the median (0 on it).
 */
export function robustZScores(
  values: readonly number[],
  floor: (centre: number) => number = () => 0,
): (number | null)[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2) return values.map(() => null);
  const { median, spread } = robustSummary(finite, floor);
  return values.map((x) => {
    if (!Number.isFinite(x)) return null;
    const diff = x - median;
    if (diff === 0) return 0;
    return spread === 0 ? Math.sign(diff) * Infinity : diff / spread;
  });
}

/** Runs of `metric` whose robust z-score is beyond the threshold, in history order. */
export function anomaliesOf(
  metric: ComparableMetric,
  values: readonly number[],
  opts: AnomalyOptions = {},
): Anomaly[] {
  const threshold = opts.threshold ?? DEFAULT_ANOMALY_THRESHOLD;
  const min_history = opts.min_history ?? MIN_ANOMALY_HISTORY;
  if (!(threshold > 0)) throw new Error(`anomaly threshold must be > 0, got ${threshold}`);
  if (values.filter(Number.isFinite).length < Math.max(2, min_history)) return [];
  const scores = robustZScores(values, (centre) => spreadFloor(metric, centre));
  const found: Anomaly[] = [];
  scores.forEach((z, index) => {
    if (z !== null && Math.abs(z) > threshold) found.push({ index, value: values[index]!, z });
  });
  return found;
}

/** anomaliesOf for every comparable metric present in a history of runs (oldest first). */
export function anomaliesByMetric(
  history: readonly Partial<Record<ComparableMetric, number | null>>[],
  metrics: readonly ComparableMetric[],
  opts: AnomalyOptions = {},
): Partial<Record<ComparableMetric, Anomaly[]>> {
  const out: Partial<Record<ComparableMetric, Anomaly[]>> = {};
  for (const metric of metrics) {
    const values = history.map((run) => run[metric] ?? Number.NaN);
    if (values.some(Number.isFinite)) out[metric] = anomaliesOf(metric, values, opts);
  }
  return out;
}
