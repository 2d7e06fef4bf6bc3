import { describe, expect, it } from '@jest/globals';
import {
  chiSquareCdf,
  chiSquareQuantile,
  chiSquareSurvival,
  lnGammaHalfInteger,
  regularizedGammaP,
} from '../../../src/engine/analysis/chi-square.js';

/** Upper critical values of χ² from the published tables (NIST/SEMATECH e-Handbook, table 1.3.6.7.4). */
const TABLE: [df: number, q: number, value: number][] = [
  [1, 0.95, 3.841],
  [1, 0.99, 6.635],
  [1, 0.999, 10.828],
  [2, 0.95, 5.991],
  [2, 0.99, 9.21],
  [3, 0.95, 7.815],
  [3, 0.99, 11.345],
  [4, 0.99, 13.277],
  [5, 0.95, 11.07],
  [5, 0.975, 12.833],
  [6, 0.99, 16.812],
  [9, 0.99, 21.666],
  [10, 0.95, 18.307],
  [10, 0.999, 29.588],
  [20, 0.99, 37.566],
  [30, 0.95, 43.773],
  [50, 0.99, 76.154],
  [100, 0.95, 124.342],
];

describe('chi-square distribution', () => {
  it.each(TABLE)('χ²(%i) quantile at %f is the table value %f', (df, q, value) => {
    expect(chiSquareQuantile(q, df)).toBeCloseTo(value, 2);
    expect(chiSquareCdf(value, df)).toBeCloseTo(q, 3);
  });

  it('has the closed forms of 1 and 2 degrees of freedom', () => {
    // χ²(2) is exponential with mean 2: F(x) = 1 − e^(−x/2); median 2·ln 2.
    for (const x of [0.1, 1, 2.5, 7, 20]) expect(chiSquareCdf(x, 2)).toBeCloseTo(1 - Math.exp(-x / 2), 12);
    expect(chiSquareQuantile(0.5, 2)).toBeCloseTo(2 * Math.LN2, 9);
    // χ²(1) is Z²: F(1) = P(|Z| ≤ 1) = 0.682689492…, F(3.841459) = 0.95.
    expect(chiSquareCdf(1, 1)).toBeCloseTo(0.682689492137, 10);
    expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(1.959963985 ** 2, 6);
  });

  it('median of χ²(k) is about k(1 − 2/(9k))³ (Wilson–Hilferty)', () => {
    for (const k of [5, 10, 40]) expect(chiSquareQuantile(0.5, k)).toBeCloseTo(k * (1 - 2 / (9 * k)) ** 3, 1);
  });

  it('survival is the upper tail and both ends behave', () => {
    expect(chiSquareSurvival(9.21034, 2)).toBeCloseTo(0.01, 6);
    expect(chiSquareCdf(0, 3)).toBe(0);
    expect(chiSquareCdf(-1, 3)).toBe(0);
    expect(chiSquareCdf(Infinity, 3)).toBe(1);
    expect(chiSquareCdf(1e4, 3)).toBe(1);
  });

  it('is monotone in x (series and continued fraction agree at the switch)', () => {
    for (const df of [1, 2, 3, 7, 12]) {
      let last = -1;
      for (let x = 0; x < 4 * df + 20; x += 0.05) {
        const f = chiSquareCdf(x, df);
        expect(f).toBeGreaterThanOrEqual(last - 1e-14);
        last = f;
      }
    }
    const a = 3.5;
    expect(regularizedGammaP(a, a + 1 - 1e-9)).toBeCloseTo(regularizedGammaP(a, a + 1 + 1e-9), 8);
  });

  it('ln Γ is exact at half-integers and refuses other arguments', () => {
    expect(lnGammaHalfInteger(1)).toBe(0);
    expect(lnGammaHalfInteger(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGammaHalfInteger(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(lnGammaHalfInteger(2.5)).toBeCloseTo(Math.log(0.75 * Math.sqrt(Math.PI)), 12);
    expect(() => lnGammaHalfInteger(1.3)).toThrow(/multiple of 1\/2/);
    expect(() => chiSquareQuantile(0.5, 0)).toThrow(/degrees of freedom/);
    expect(() => chiSquareQuantile(1, 2)).toThrow(/between 0 and 1/);
  });
});
