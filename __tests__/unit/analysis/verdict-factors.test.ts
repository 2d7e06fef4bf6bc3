/**
 * The committed factor tables (src/engine/analysis/verdict-factors.ts) are what scripts/calibrate-verdict.mjs
 * computes: a few entries recomputed here with fewer draws agree within their Monte Carlo error.
 */
import { describe, expect, it } from '@jest/globals';
import {
  SMALL_SAMPLE_ALPHA,
  SMALL_SAMPLE_FACTORS,
  SMALL_SAMPLE_MIN_N,
  WINDOW_ALPHA,
  WINDOW_FACTORS,
  WINDOW_RUNS,
} from '../../../src/engine/analysis/verdict-factors.js';
// @ts-expect-error: a plain ES module script, without type declarations
import { factor } from '../../../scripts/calibrate-verdict.mjs';

const recompute = factor as (n: number, alpha: number, draws: number, seed: number, more?: number) => number;

describe('the verdict factor tables', () => {
  it.each([5, 10])('k(%i) of the single-run rule', (n) => {
    const k = recompute(n, SMALL_SAMPLE_ALPHA, 20_000, 77 + n);
    expect(Math.abs(k - SMALL_SAMPLE_FACTORS[n - SMALL_SAMPLE_MIN_N]!)).toBeLessThan(0.1 * k);
  });

  it.each([5, 10])('k₃(%i) of the three-run window', (n) => {
    const k = recompute(n, WINDOW_ALPHA, 20_000, 91 + n, WINDOW_RUNS);
    expect(Math.abs(k - WINDOW_FACTORS[n - SMALL_SAMPLE_MIN_N]!)).toBeLessThan(0.1 * k);
  });

  it('the window’s factor is below the single run’s at every n from 5 on (the median of three is less noisy)', () => {
    for (let n = 5; n <= 30; n += 1) {
      expect(WINDOW_FACTORS[n - SMALL_SAMPLE_MIN_N]!).toBeLessThan(
        SMALL_SAMPLE_FACTORS[n - SMALL_SAMPLE_MIN_N]!,
      );
    }
  });
});
