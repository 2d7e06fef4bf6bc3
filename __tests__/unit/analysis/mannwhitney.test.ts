import { describe, expect, it } from '@jest/globals';
import {
  mannWhitneyExactDistribution,
  mannWhitneyExactP,
  mannWhitneyU,
  normalCdf,
} from '../../../src/engine/analysis/mannwhitney.js';

/** Every way to choose which k of 0..n−1 go to the first sample (brute force, independent of the recursion). */
function* subsets(n: number, k: number, start = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === k) {
    yield chosen;
    return;
  }
  for (let i = start; i < n; i += 1) yield* subsets(n, k, i + 1, [...chosen, i]);
}

describe('normalCdf', () => {
  it('matches the standard normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6);
    expect(normalCdf(-2.326348)).toBeCloseTo(0.01, 6);
    expect(normalCdf(3)).toBeCloseTo(0.99865, 5);
  });
});

describe('mannWhitneyU', () => {
  it('reproduces a worked example without ties: U = 17, exact p = 7/126', () => {
    // x = [19, 22, 16, 29, 24], y = [20, 11, 17, 12]: pairs won by x are 3+4+2+4+4 = 17 of 20.
    // Exact: P(U ≥ 17) = P(U ≤ 3) = (1+1+2+3)/C(9,4) = 7/126 (partitions of 0..3 into ≤4 parts ≤5).
    // Normal: mean 10, variance 5·4·10/12 = 50/3, z = (17 − 10 − 0.5)/√(50/3) = 1.5922, p = 0.055673.
    const x = [19, 22, 16, 29, 24];
    const y = [20, 11, 17, 12];
    const r = mannWhitneyU(x, y, 'greater');
    expect(r.u).toBe(17);
    expect(r.z).toBeCloseTo(6.5 / Math.sqrt(50 / 3), 10);
    expect(r.p_value).toBeCloseTo(0.0556734, 6);
    expect(mannWhitneyExactP(5, 4, 17, 'greater')).toBeCloseTo(7 / 126, 12);
  });

  it('reproduces a hand-computed example with ties (tie and continuity corrections)', () => {
    // Pooled: 0.5y 1.1x 1.1y 2.0x 2.0x 2.0y 2.5y 3.0y 3.0y 3.5x 4.0x → mid-ranks of x: 2.5, 5, 5, 10, 11.
    // R_x = 33.5, U_x = 33.5 − 15 = 18.5. Ties: groups of 2, 3, 2 → Σ(t³−t) = 36, N = 11.
    // variance = 30/12·(12 − 36/110) = 29.181818…, z = (18.5 − 15 − 0.5)/5.402020 = 0.555348.
    const x = [1.1, 2.0, 2.0, 3.5, 4.0];
    const y = [0.5, 1.1, 2.0, 2.5, 3.0, 3.0];
    const greater = mannWhitneyU(x, y, 'greater');
    expect(greater.u).toBe(18.5);
    expect(greater.z).toBeCloseTo(3 / Math.sqrt(2.5 * (12 - 36 / 110)), 10);
    expect(greater.p_value).toBeCloseTo(0.2893284, 6);
    // 'less': z = (18.5 − 15 + 0.5)/5.402020 = 0.740466, p = Φ(z) = 0.770491.
    const less = mannWhitneyU(x, y, 'less');
    expect(less.p_value).toBeCloseTo(0.7704907, 6);
    // U_x + U_y = n_x·n_y, and the test is symmetric in its samples.
    expect(mannWhitneyU(y, x, 'less').u).toBe(30 - 18.5);
    expect(mannWhitneyU(y, x, 'less').p_value).toBeCloseTo(greater.p_value, 12);
  });

  it('finds complete separation significant at 1% with 5 repeats against 30 runs', () => {
    const baseline = Array.from({ length: 30 }, (_, i) => 10 + i / 100);
    const repeats = [11, 11.1, 11.2, 11.3, 11.4];
    const r = mannWhitneyU(repeats, baseline, 'greater');
    // U = 150, mean 75, variance 150·36/12 = 450, z = 74.5/√450 = 3.5120, p = 0.000222.
    expect(r.u).toBe(150);
    expect(r.p_value).toBeCloseTo(0.000222, 5);
    expect(mannWhitneyU(repeats, baseline, 'less').p_value).toBeGreaterThan(0.99);
  });

  it('gives p = 1 when every value is tied', () => {
    expect(mannWhitneyU([3, 3, 3], [3, 3, 3, 3], 'greater')).toEqual({
      u: 6,
      n_x: 3,
      n_y: 4,
      z: 0,
      p_value: 1,
    });
  });

  it('refuses empty or non-finite samples', () => {
    expect(() => mannWhitneyU([], [1], 'greater')).toThrow(/non-empty/);
    expect(() => mannWhitneyU([1, Number.NaN], [1], 'greater')).toThrow(/finite/);
  });
});

describe('mannWhitneyExactDistribution', () => {
  it('matches the published table for n1 = n2 = 5 and a brute-force count', () => {
    const dist = mannWhitneyExactDistribution(5, 5);
    expect(dist).toHaveLength(26);
    // Lower-tail probabilities P(U ≤ u) of the usual table: .004 .008 .016 .028 .048 .075 .111 .155.
    const cumulative = dist.slice(0, 8).map((_, u) => dist.slice(0, u + 1).reduce((a, b) => a + b, 0));
    const counts = [1, 2, 4, 7, 12, 19, 28, 39];
    cumulative.forEach((p, u) => expect(p).toBeCloseTo(counts[u]! / 252, 12));
    expect(cumulative.map((p) => Number(p.toFixed(3)))).toEqual([
      0.004, 0.008, 0.016, 0.028, 0.048, 0.075, 0.111, 0.155,
    ]);
    // Brute force: x takes positions `s` among 0..9 of the pooled order; U = pairs where x is above y.
    const tally = new Array<number>(26).fill(0);
    for (const s of subsets(10, 5)) {
      const u = s.reduce((sum, pos, k) => sum + (pos - k), 0); // y values below position pos: pos − k
      tally[u]! += 1;
    }
    tally.forEach((count, u) => expect(dist[u]).toBeCloseTo(count / 252, 12));
  });

  it('is a symmetric probability distribution', () => {
    const dist = mannWhitneyExactDistribution(7, 4);
    expect(dist.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    dist.forEach((p, u) => expect(p).toBeCloseTo(dist[28 - u]!, 12));
    expect(mannWhitneyExactP(7, 4, 0, 'greater')).toBeCloseTo(1, 12);
    expect(mannWhitneyExactP(7, 4, 28, 'less')).toBeCloseTo(1, 12);
  });

  // The largest gaps over all U are 0.0021 (20 vs 20) and 0.0045 (8 vs 12), as SciPy 1.17's exact and
  // asymptotic mannwhitneyu also give on these samples.
  it('agrees with the normal approximation within 0.003 for n1 = n2 = 20 and 0.006 for 8 vs 12', () => {
    for (const [n_x, n_y, tolerance] of [
      [20, 20, 0.003],
      [8, 12, 0.006],
    ] as const) {
      // Samples without ties that realise every U: x's positions in the pooled order decide U.
      const total = n_x * n_y;
      for (let u = 0; u <= total; u += 1) {
        // y is 1..n_y; each x = a + 0.5 beats exactly `a` of them, so hand out u wins greedily.
        const x: number[] = [];
        let remaining = u;
        for (let k = 0; k < n_x; k += 1) {
          const above = Math.min(n_y, remaining);
          remaining -= above;
          x.push(above + 0.5); // y values are 1..n_y, so x = above + 0.5 beats `above` of them
        }
        const y = Array.from({ length: n_y }, (_, j) => j + 1);
        // Equal x values would be ties: nudge them apart without crossing a y.
        const xs = x.map((v, k) => v + k * 1e-6);
        const r = mannWhitneyU(xs, y, 'greater');
        expect(r.u).toBe(u);
        expect(Math.abs(r.p_value - mannWhitneyExactP(n_x, n_y, u, 'greater'))).toBeLessThan(tolerance);
      }
    }
  });

  it('refuses sizes it cannot compute', () => {
    expect(() => mannWhitneyExactDistribution(200, 200)).toThrow(/n_x·n_y/);
    expect(() => mannWhitneyExactDistribution(2.5, 3)).toThrow(/integers/);
  });
});
