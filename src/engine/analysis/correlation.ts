/**
 * Correlation between metrics across a history of runs: Pearson's r and Spearman's rho (Pearson's r of the
 * mid-ranks, ties averaged). Pairs use the runs where both metrics are finite; null with fewer than 3 such runs
 * or when either metric is constant over them.
 */
import { sampleCorrelation } from 'simple-statistics';
import type { ComparableMetric } from '../types.js';
import { midRanks } from './ranks.js';

export const MIN_CORRELATION_RUNS = 3;

function hasSpread(values: readonly number[]): boolean {
  return values.some((v) => v !== values[0]);
}

function checkLengths(x: readonly number[], y: readonly number[]): void {
  if (x.length !== y.length) throw new Error(`samples differ in length (${x.length} vs ${y.length})`);
}

/** Pearson's r of finite paired samples; null when n < 3 or either is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  checkLengths(x, y);
  if (x.length < MIN_CORRELATION_RUNS || !hasSpread(x) || !hasSpread(y)) return null;
  const r = sampleCorrelation(x as number[], y as number[]);
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null;
}

/** Spearman's rho (ties get the mean of their ranks); null when n < 3 or either is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  checkLengths(x, y);
  return pearson(midRanks(x), midRanks(y));
}

export interface CorrelationMatrices<M extends string = ComparableMetric> {
  metrics: M[];
  /** pearson[i][j] correlates metrics[i] with metrics[j]; the diagonal is 1 (null for a constant metric). */
  pearson: (number | null)[][];
  spearman: (number | null)[][];
  /** Number of runs where both metrics are finite. */
  runs: number[][];
}

/** Pearson and Spearman matrices of `metrics` over `history` (runs in any order; pairwise-complete runs). */
export function correlationMatrices<M extends string = ComparableMetric>(
  history: readonly Partial<Record<M, number | null>>[],
  metrics: readonly M[],
): CorrelationMatrices<M> {
  const k = metrics.length;
  const square = <T>(fill: T): T[][] => Array.from({ length: k }, () => new Array<T>(k).fill(fill));
  const out: CorrelationMatrices<M> = {
    metrics: [...metrics],
    pearson: square<number | null>(null),
    spearman: square<number | null>(null),
    runs: square(0),
  };
  for (let i = 0; i < k; i += 1) {
    for (let j = i; j < k; j += 1) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const run of history) {
        const x = run[metrics[i]!];
        const y = run[metrics[j]!];
        if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
          xs.push(x);
          ys.push(y);
        }
      }
      const p = pearson(xs, ys);
      const s = spearman(xs, ys);
      out.pearson[i]![j] = out.pearson[j]![i] = i === j && p !== null ? 1 : p;
      out.spearman[i]![j] = out.spearman[j]![i] = i === j && s !== null ? 1 : s;
      out.runs[i]![j] = out.runs[j]![i] = xs.length;
    }
  }
  return out;
}
