import { describe, expect, it } from '@jest/globals';
import {
  hodgesLehmann,
  signedRankCounts,
  signedRankCritical,
  signedRankTest,
} from '../../../src/engine/ab/signed-rank.js';
import { mulberry32, normals } from '../analysis/prng.js';

/** Two-sided exact p by enumerating all 2^n sign assignments (independent of the counting recursion). */
function bruteForceP(differences: number[]): number {
  const nonZero = differences.filter((d) => d !== 0);
  const abs = nonZero.map(Math.abs);
  const ranks = abs.map((v) => {
    const below = abs.filter((w) => w < v).length;
    const equal = abs.filter((w) => w === v).length;
    return below + (equal + 1) / 2;
  });
  const observed = nonZero.reduce((s, d, i) => (d > 0 ? s + ranks[i]! : s), 0);
  let low = 0;
  let high = 0;
  const n = nonZero.length;
  for (let mask = 0; mask < 2 ** n; mask += 1) {
    let w = 0;
    for (let i = 0; i < n; i += 1) if (mask & (1 << i)) w += ranks[i]!;
    if (w <= observed + 1e-9) low += 1;
    if (w >= observed - 1e-9) high += 1;
  }
  return Math.min(1, (2 * Math.min(low, high)) / 2 ** n);
}

describe('signedRankCritical', () => {
  // Published critical values of Wilcoxon's T (two-sided α = 0.05 and 0.01), e.g. Siegel & Castellan table H.
  const TWO_SIDED_05: Record<number, number> = {
    6: 0,
    7: 2,
    8: 3,
    9: 5,
    10: 8,
    11: 10,
    12: 13,
    13: 17,
    14: 21,
    15: 25,
    16: 29,
    17: 34,
    18: 40,
    19: 46,
    20: 52,
  };
  const TWO_SIDED_01: Record<number, number> = {
    8: 0,
    9: 1,
    10: 3,
    11: 5,
    12: 7,
    13: 9,
    14: 12,
    15: 15,
    16: 19,
    17: 23,
    18: 27,
    19: 32,
    20: 37,
  };

  it('matches the published table at α = 0.05 and 0.01', () => {
    for (const [n, c] of Object.entries(TWO_SIDED_05))
      expect([n, signedRankCritical(Number(n), 0.025)]).toEqual([n, c]);
    for (const [n, c] of Object.entries(TWO_SIDED_01))
      expect([n, signedRankCritical(Number(n), 0.005)]).toEqual([n, c]);
  });

  it('has no critical value with 5 pairs or fewer at α = 0.05', () => {
    expect(signedRankCritical(5, 0.025)).toBe(-1);
    expect(signedRankCritical(6, 0.025)).toBe(0);
  });

  it('counts every sign assignment once', () => {
    const counts = signedRankCounts([1, 2, 3, 4]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(16);
    // W+ = 5 from {1,4} and {2,3}
    expect(counts[5]).toBe(2);
  });
});

describe('signedRankTest', () => {
  // Two-sided exact p-values from scipy.stats.wilcoxon(d, method='exact') (scipy 1.17).
  const SCIPY: [number[], number][] = [
    [[0.12, 0.05, -0.03, 0.2, 0.15, 0.08, 0.11, -0.01, 0.3, 0.07], 0.009765625],
    [[1.2, -0.4, 2.5, 0.9, 1.7, -1.1, 0.3, 2.2], 0.109375],
    [[0.5, 0.7, 0.1, 0.9, 0.3, 0.6], 0.03125],
    [[-0.02, 0.03, -0.05, 0.04, 0.01, -0.06, 0.07, -0.08, 0.09, -0.1, 0.11, 0.12], 0.5693359375],
  ];

  it('gives the exact p-values scipy gives', () => {
    for (const [d, p] of SCIPY) {
      const result = signedRankTest(d);
      expect(result.method).toBe('exact');
      expect(result.p_value).toBeCloseTo(p, 12);
    }
  });

  it('is exact with tied ranks too (checked against full enumeration)', () => {
    const cases = [
      [1, 1, 2, -3],
      [0.5, -0.5, 0.5, 1, 2, 2, -2, 3],
      [1, 1, 1, 1, 1, -1],
    ];
    for (const d of cases) expect(signedRankTest(d).p_value).toBeCloseTo(bruteForceP(d), 12);
  });

  it('drops zero differences and gives p = 1 when nothing differs', () => {
    expect(signedRankTest([0, 0, 0, 0])).toMatchObject({ n: 0, zeros: 4, p_value: 1 });
    const withZeros = signedRankTest([0, 0.5, 0.7, 0.1, 0.9, 0.3, 0.6]);
    expect(withZeros).toMatchObject({ n: 6, zeros: 1 });
    expect(withZeros.p_value).toBeCloseTo(0.03125, 12);
  });

  it('uses the normal approximation beyond 60 pairs, as scipy does with correction=True', () => {
    const d = Array.from({ length: 70 }, (_, k) => (k + 1) * 0.01 * ((k + 1) % 3 === 0 ? -1 : 1));
    const result = signedRankTest(d);
    expect(result.method).toBe('normal');
    expect(result.p_value).toBeCloseTo(0.015401250387091768, 6);
    const alternating = Array.from({ length: 70 }, (_, k) => (k + 1) * 0.01 * ((k + 1) % 2 === 0 ? -1 : 1));
    expect(signedRankTest(alternating).p_value).toBeCloseTo(0.9207515261637276, 6);
  });

  it('rejects at the nominal rate or less under the null (seeded, 4000 draws of 10 pairs)', () => {
    const z = normals(mulberry32(17));
    let rejected = 0;
    const draws = 4000;
    for (let i = 0; i < draws; i += 1) {
      const d = Array.from({ length: 10 }, () => z());
      if (signedRankTest(d).p_value <= 0.05) rejected += 1;
    }
    // The exact test's size at 0.05 with 10 pairs is 2·0.0244 = 0.049; binomial sd over 4000 draws ≈ 0.0034.
    expect(rejected / draws).toBeGreaterThan(0.035);
    expect(rejected / draws).toBeLessThan(0.062);
  });
});

describe('hodgesLehmann', () => {
  it('is the median of the Walsh averages', () => {
    // Walsh averages of [1, 2, 4]: 1, 1.5, 2.5, 2, 3, 4 → median (2 + 2.5) / 2
    expect(hodgesLehmann([1, 2, 4]).estimate).toBeCloseTo(2.25, 12);
  });

  it('with 10 pairs takes the 9th smallest and 9th largest Walsh average: 95.1% confidence', () => {
    const d = [0.12, 0.05, -0.03, 0.2, 0.15, 0.08, 0.11, -0.01, 0.3, 0.07];
    const walsh: number[] = [];
    for (let i = 0; i < d.length; i += 1)
      for (let j = i; j < d.length; j += 1) walsh.push((d[i]! + d[j]!) / 2);
    walsh.sort((a, b) => a - b);
    const ci = hodgesLehmann(d);
    expect(ci.lower).toBeCloseTo(walsh[8]!, 12);
    expect(ci.upper).toBeCloseTo(walsh[walsh.length - 9]!, 12);
    expect(ci.confidence).toBeCloseTo(1 - 2 * (25 / 1024), 9);
    // The interval excludes 0 exactly when the test rejects at 0.05.
    expect(ci.lower > 0).toBe(signedRankTest(d).p_value <= 0.05);
  });

  it('with 6 pairs is [min, max] (96.9%); with 5 it says it is only 93.75%', () => {
    const six = hodgesLehmann([0.5, 0.7, 0.1, 0.9, 0.3, 0.6]);
    expect([six.lower, six.upper]).toEqual([0.1, 0.9]);
    expect(six.confidence).toBeCloseTo(1 - 2 / 64, 12);
    expect(hodgesLehmann([1, 2, 3, 4, 5]).confidence).toBeCloseTo(1 - 2 / 32, 12);
  });

  it('covers the true shift about 95% of the time (seeded)', () => {
    const z = normals(mulberry32(42));
    let covered = 0;
    const draws = 3000;
    for (let i = 0; i < draws; i += 1) {
      const d = Array.from({ length: 10 }, () => 0.3 + 0.05 * z());
      const ci = hodgesLehmann(d);
      if (ci.lower <= 0.3 && 0.3 <= ci.upper) covered += 1;
    }
    expect(covered / draws).toBeGreaterThan(0.935);
    expect(covered / draws).toBeLessThan(0.965);
  });
});
