/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided.
 *
 * U_x counts the pairs (x_i, y_j) with x_i > y_j, a tie counting one half; equivalently U_x = R_x − n_x(n_x+1)/2
 * where R_x is the sum of the mid-ranks of x in the pooled sample.
 *
 * The p-value is the normal approximation with both corrections:
 *   mean = n_x·n_y/2,
 *   variance = n_x·n_y/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1)))   (tie correction, t = size of each tie group),
 *   'greater' (x tends to be larger):  z = (U_x − mean − 0.5)/sd,  p = P(Z ≥ z),
 *   'less'    (x tends to be smaller): z = (U_x − mean + 0.5)/sd,  p = P(Z ≤ z)   (continuity correction).
 * When every value is tied the variance is 0 and there is no evidence either way: p = 1.
 *
 * mannWhitneyExactP gives the exact null distribution for samples without ties, to check the approximation.
 */
import { errorFunction } from './robust.js';
import { rankWithTies } from './ranks.js';

export type Alternative = 'greater' | 'less';

export interface MannWhitneyResult {
  /** U of the first sample (pairs where x beats y, ties counting ½). */
  u: number;
  n_x: number;
  n_y: number;
  /** The continuity-corrected standard score; 0 when the variance is 0. */
  z: number;
  /** One-sided p-value for `alternative`. */
  p_value: number;
}

/** P(Z ≤ z) for a standard normal Z (erf of simple-statistics, absolute error below 1.2e-7). */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return Math.min(1, Math.max(0, 0.5 * (1 + errorFunction(z / Math.SQRT2))));
}

/** One-sided Mann-Whitney U test of `x` against `y` (both non-empty, finite). */
export function mannWhitneyU(
  x: readonly number[],
  y: readonly number[],
  alternative: Alternative,
): MannWhitneyResult {
  const n_x = x.length;
  const n_y = y.length;
  if (n_x === 0 || n_y === 0) throw new Error('mannWhitneyU needs two non-empty samples');
  if (![...x, ...y].every(Number.isFinite)) throw new Error('mannWhitneyU needs finite values');
  const n = n_x + n_y;
  const { ranks, tie_sizes } = rankWithTies([...x, ...y]);
  let rankSumX = 0;
  for (let i = 0; i < n_x; i += 1) rankSumX += ranks[i]!;
  const u = rankSumX - (n_x * (n_x + 1)) / 2;

  const mean = (n_x * n_y) / 2;
  const tieTerm = tie_sizes.reduce((sum, t) => sum + (t * t * t - t), 0);
  const variance = ((n_x * n_y) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) return { u, n_x, n_y, z: 0, p_value: 1 };
  const sd = Math.sqrt(variance);
  if (alternative === 'greater') {
    const z = (u - mean - 0.5) / sd;
    return { u, n_x, n_y, z, p_value: 1 - normalCdf(z) };
  }
  const z = (u - mean + 0.5) / sd;
  return { u, n_x, n_y, z, p_value: normalCdf(z) };
}

/** Largest n_x·n_y for which the exact distribution is computed (the work grows as (n_x·n_y)²/4). */
export const MAX_EXACT_CELLS = 10_000;

/**
 * The exact null distribution of U_x for samples of sizes n_x and n_y without ties: element u is P(U_x = u).
 * Recursion on the largest pooled value: it belongs to x with probability a/(a+b) and then beats all b values
 * of y, so P_{a,b}(u) = a/(a+b)·P_{a−1,b}(u − b) + b/(a+b)·P_{a,b−1}(u).
 */
export function mannWhitneyExactDistribution(n_x: number, n_y: number): number[] {
  if (!Number.isInteger(n_x) || !Number.isInteger(n_y) || n_x < 0 || n_y < 0) {
    throw new Error(`sample sizes must be non-negative integers, got ${n_x} and ${n_y}`);
  }
  if (n_x * n_y > MAX_EXACT_CELLS) {
    throw new Error(`exact distribution limited to n_x·n_y ≤ ${MAX_EXACT_CELLS}, got ${n_x * n_y}`);
  }
  // previous[a] holds P_{a,b-1}; current[a] is built as P_{a,b}.
  let previous: number[][] = [];
  for (let a = 0; a <= n_x; a += 1) previous.push([1]); // b = 0: U is always 0.
  for (let b = 1; b <= n_y; b += 1) {
    const current: number[][] = [[1]]; // a = 0: U is always 0.
    for (let a = 1; a <= n_x; a += 1) {
      const dist = new Array<number>(a * b + 1).fill(0);
      const withX = current[a - 1]!; // P_{a-1,b}
      const withY = previous[a]!; // P_{a,b-1}
      for (let u = 0; u < withX.length; u += 1) dist[u + b]! += (a / (a + b)) * withX[u]!;
      for (let u = 0; u < withY.length; u += 1) dist[u]! += (b / (a + b)) * withY[u]!;
      current.push(dist);
    }
    previous = current;
  }
  return previous[n_x]!;
}

/** Exact one-sided p-value of an observed U_x without ties: P(U ≥ u) for 'greater', P(U ≤ u) for 'less'. */
export function mannWhitneyExactP(n_x: number, n_y: number, u: number, alternative: Alternative): number {
  const dist = mannWhitneyExactDistribution(n_x, n_y);
  let p = 0;
  for (let k = 0; k < dist.length; k += 1) {
    if (alternative === 'greater' ? k >= u : k <= u) p += dist[k]!;
  }
  return Math.min(1, p);
}
