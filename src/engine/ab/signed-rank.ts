/**
 * The Wilcoxon signed-rank test on paired differences (here: the log ratios log(B/A) of interleaved pairs), and
 * the Hodges–Lehmann estimate of their centre with its distribution-free confidence interval. The two are one
 * method: the interval is the set of shifts the test would not reject, so "the interval excludes 0" and
 * "p ≤ alpha" agree (exactly, for the exact distribution).
 *
 * Exact for n ≤ MAX_EXACT_PAIRS: the null distribution of W+ is counted over all 2^n sign assignments of the
 * (mid-)ranks actually observed, so ties are handled exactly too. Beyond that: the normal approximation with the
 * tie correction of the variance and a continuity correction.
 */
import { normalCdf, rankWithTies } from '../analysis/index.js';

/** Differences this close to 0 count as zero (identical measurements give exactly 0; rounding noise a little more). */
export const ZERO_DIFFERENCE = 1e-12;
/** Up to this many non-zero differences the p-value is exact. */
export const MAX_EXACT_PAIRS = 60;

export interface SignedRankResult {
  /** Non-zero differences used (zeros are dropped, Wilcoxon's convention). */
  n: number;
  zeros: number;
  /** Sum of the ranks of the positive differences. */
  w_plus: number;
  /** Two-sided p-value; 1 when every difference is zero. */
  p_value: number;
  method: 'exact' | 'normal';
}

/** Two-sided Wilcoxon signed-rank test of "the differences are centred on 0". */
export function signedRankTest(differences: readonly number[]): SignedRankResult {
  const nonZero = differences.filter((d) => Math.abs(d) > ZERO_DIFFERENCE);
  const zeros = differences.length - nonZero.length;
  const n = nonZero.length;
  if (n === 0) return { n, zeros, w_plus: 0, p_value: 1, method: 'exact' };
  const { ranks, tie_sizes } = rankWithTies(nonZero.map(Math.abs));
  const w_plus = nonZero.reduce((sum, d, i) => (d > 0 ? sum + ranks[i]! : sum), 0);
  if (n <= MAX_EXACT_PAIRS) {
    // Doubled mid-ranks are integers: count sign assignments by their doubled W+.
    const doubled = ranks.map((r) => Math.round(2 * r));
    const counts = signedRankCounts(doubled);
    const w2 = Math.round(2 * w_plus);
    const total = 2 ** n;
    let below = 0;
    let above = 0;
    for (let s = 0; s < counts.length; s += 1) {
      if (s <= w2) below += counts[s]!;
      if (s >= w2) above += counts[s]!;
    }
    const p_value = Math.min(1, (2 * Math.min(below, above)) / total);
    return { n, zeros, w_plus, p_value, method: 'exact' };
  }
  const mean = (n * (n + 1)) / 4;
  const ties = tie_sizes.reduce((sum, t) => sum + (t ** 3 - t), 0);
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - ties / 48;
  if (variance <= 0) return { n, zeros, w_plus, p_value: 1, method: 'normal' };
  const z = Math.max(0, Math.abs(w_plus - mean) - 0.5) / Math.sqrt(variance);
  return { n, zeros, w_plus, p_value: Math.min(1, 2 * (1 - normalCdf(z))), method: 'normal' };
}

/** counts[s] = how many of the 2^n sign assignments give a (doubled) W+ of s. Floating counts: exact to 2^53. */
export function signedRankCounts(integerRanks: readonly number[]): number[] {
  const max = integerRanks.reduce((a, b) => a + b, 0);
  let counts = new Array<number>(max + 1).fill(0);
  counts[0] = 1;
  let reach = 0;
  for (const r of integerRanks) {
    const next = counts.slice();
    for (let s = 0; s <= reach; s += 1) if (counts[s]) next[s + r]! += counts[s]!;
    // (next[s + r] exists: s + r ≤ reach + r ≤ max)
    counts = next;
    reach += r;
  }
  return counts;
}

/**
 * The largest c with P(W+ ≤ c) ≤ tail under the null for n differences without ties, or -1 when even W+ = 0 is
 * more likely than `tail` (n ≤ 5 at tail 0.025). Normal approximation beyond MAX_EXACT_PAIRS.
 */
export function signedRankCritical(n: number, tail: number): number {
  if (n <= MAX_EXACT_PAIRS) {
    const counts = signedRankCounts(Array.from({ length: n }, (_, i) => i + 1));
    const total = 2 ** n;
    let cumulative = 0;
    let c = -1;
    for (let s = 0; s < counts.length; s += 1) {
      cumulative += counts[s]!;
      if (cumulative / total > tail) break;
      c = s;
    }
    return c;
  }
  // The largest c whose (continuity-corrected) normal tail is still within `tail`.
  let c = Math.floor((n * (n + 1)) / 4);
  while (c >= 0 && nullCdf(n, c) > tail) c -= 1;
  return c;
}

export interface ShiftEstimate {
  /** The Hodges–Lehmann estimate: the median of the Walsh averages (d_i + d_j) / 2, i ≤ j. */
  estimate: number;
  lower: number;
  upper: number;
  /** The confidence the interval actually has (the signed-rank distribution is discrete), e.g. 0.951 for n = 10. */
  confidence: number;
}

/**
 * Hodges–Lehmann estimate and confidence interval (at least `confidence` where n allows it; with n ≤ 5 pairs the
 * widest interval [min, max] has only 1 − 2/2^n) of the centre of the differences.
 */
export function hodgesLehmann(differences: readonly number[], confidence = 0.95): ShiftEstimate {
  const n = differences.length;
  if (n === 0) throw new Error('hodgesLehmann needs at least one difference');
  const walsh: number[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i; j < n; j += 1) walsh.push((differences[i]! + differences[j]!) / 2);
  }
  walsh.sort((a, b) => a - b);
  const m = walsh.length;
  const mid = Math.floor(m / 2);
  const estimate = m % 2 === 1 ? walsh[mid]! : (walsh[mid - 1]! + walsh[mid]!) / 2;
  const c = Math.max(0, signedRankCritical(n, (1 - confidence) / 2));
  // The interval [W_(c+1), W_(m−c)] (1-based) has confidence 1 − 2·P(W+ ≤ c).
  const lower = walsh[c]!;
  const upper = walsh[m - 1 - c]!;
  return { estimate, lower, upper, confidence: 1 - 2 * nullCdf(n, c) };
}

/** P(W+ ≤ c) under the null for n differences without ties. */
function nullCdf(n: number, c: number): number {
  if (n > MAX_EXACT_PAIRS) {
    const mean = (n * (n + 1)) / 4;
    const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
    return normalCdf((c + 0.5 - mean) / sd);
  }
  const counts = signedRankCounts(Array.from({ length: n }, (_, i) => i + 1));
  let cumulative = 0;
  for (let s = 0; s <= c && s < counts.length; s += 1) cumulative += counts[s]!;
  return cumulative / 2 ** n;
}
