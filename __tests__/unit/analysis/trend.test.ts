import { describe, expect, it } from '@jest/globals';
import {
  MS_PER_DAY,
  describeTrend,
  forecastCrossing,
  formatAmount,
  leastSquares,
  theilSen,
  trendOf,
} from '../../../src/engine/analysis/trend.js';

const index = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
/** y = 2x + 5 plus a small deterministic noise of at most ±0.3. */
const noisyLine = (n: number): number[] => index(n).map((x) => 2 * x + 5 + 0.3 * Math.sin(2.3 * x + 1));

describe('leastSquares and theilSen', () => {
  it('fit a small example computed by hand', () => {
    // x 0..3, y 1 3 2 5: Σdx·dy = 5.5, Σdx² = 5 → slope 1.1, intercept 2.75 − 1.1·1.5 = 1.1,
    // SS_tot = 8.75, SS_reg = 1.1²·5 = 6.05 → R² = 0.691428…
    const ls = leastSquares([0, 1, 2, 3], [1, 3, 2, 5])!;
    expect(ls.slope).toBeCloseTo(1.1, 12);
    expect(ls.intercept).toBeCloseTo(1.1, 12);
    expect(ls.r_squared).toBeCloseTo(6.05 / 8.75, 12);
    // Pairwise slopes 2, 0.5, 4/3, −1, 1, 3 → median (1 + 4/3)/2 = 7/6; intercept median of y − 7/6·x = 1.25.
    const ts = theilSen([0, 1, 2, 3], [1, 3, 2, 5])!;
    expect(ts.slope).toBeCloseTo(7 / 6, 12);
    expect(ts.intercept).toBeCloseTo(1.25, 12);
  });

  it('recover y = 2x + 5 exactly and with small noise', () => {
    const exact = leastSquares(
      index(10),
      index(10).map((x) => 2 * x + 5),
    )!;
    expect(exact.slope).toBeCloseTo(2, 12);
    expect(exact.intercept).toBeCloseTo(5, 12);
    expect(exact.r_squared).toBe(1);
    const noisy = leastSquares(index(30), noisyLine(30))!;
    expect(noisy.slope).toBeCloseTo(2, 1);
    expect(Math.abs(noisy.slope - 2)).toBeLessThan(0.02);
    expect(noisy.r_squared).toBeGreaterThan(0.999);
    expect(Math.abs(theilSen(index(30), noisyLine(30))!.slope - 2)).toBeLessThan(0.03);
  });

  it('Theil–Sen shrugs off two planted outliers that pull least squares away', () => {
    const ys = noisyLine(30);
    ys[25] = 400; // late spike
    ys[27] = -300; // late crash
    const ls = leastSquares(index(30), ys)!;
    const ts = theilSen(index(30), ys)!;
    expect(Math.abs(ls.slope - 2)).toBeGreaterThan(0.3);
    expect(ls.r_squared).toBeLessThan(0.2);
    expect(Math.abs(ts.slope - 2)).toBeLessThan(0.05);
    expect(Math.abs(ts.slope - 2)).toBeLessThan(Math.abs(ls.slope - 2) / 10);
    expect(Math.abs(ts.intercept - 5)).toBeLessThan(0.5);
  });

  it('returns null without two distinct x, and R² = 1 for a constant y', () => {
    expect(leastSquares([1], [2])).toBeNull();
    expect(leastSquares([1, 1, 1], [2, 3, 4])).toBeNull();
    expect(theilSen([1, 1], [2, 3])).toBeNull();
    expect(leastSquares([0, 1, 2], [7, 7, 7])).toEqual({ slope: 0, intercept: 7, r_squared: 1 });
    expect(() => leastSquares([0, 1], [1])).toThrow(/length/);
  });
});

describe('trendOf', () => {
  it('gives per-run and per-day slopes (runs 12 h apart: the per-day slope is twice the per-run)', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    const times = index(30).map((i) => start + i * MS_PER_DAY * 0.5);
    const trend = trendOf('peak_rss_mb', noisyLine(30), times)!;
    expect(trend.runs).toBe(30);
    expect(trend.per_run.least_squares.slope).toBeCloseTo(2, 1);
    expect(trend.per_day!.least_squares.slope).toBeCloseTo(4, 1);
    expect(trend.per_day!.least_squares.r_squared).toBeCloseTo(trend.per_run.least_squares.r_squared, 12);
    expect(trend.per_day!.theil_sen.slope).toBeCloseTo(2 * trend.per_run.theil_sen.slope, 12);
    expect(trend.per_day!.last_x).toBe(14.5);
  });

  it('skips non-finite points, and needs two of them', () => {
    const trend = trendOf('duration_s', [1, Number.NaN, 3, 4])!;
    expect(trend.runs).toBe(3);
    expect(trend.per_run.least_squares.slope).toBeCloseTo(1.5, 12); // points (0,1) (1,3) (2,4)
    expect(trend.per_day).toBeNull();
    expect(trendOf('duration_s', [1, Number.NaN])).toBeNull();
    expect(() => trendOf('duration_s', [1, 2], [0])).toThrow(/times_ms/);
  });
});

describe('describeTrend', () => {
  it('says how much a metric grows per run with R²', () => {
    const trend = trendOf(
      'peak_rss_mb',
      index(10).map((i) => 100 + 2 * i),
    )!;
    expect(describeTrend(trend)).toBe('peak_rss_mb grows 2.0 MB per run (R² 1.00)');
  });

  it('shows the R² of a noisy fit, shrinking, Theil–Sen, per day, counts and flat series', () => {
    // slope = Σdx·y/Σdx² = −16.3/17.5 = −0.9314; R² = 0.9314²·17.5/15.793 = 0.961.
    const noisy = trendOf('duration_s', [10, 9.1, 8.7, 7.2, 6.9, 5.1])!;
    expect(describeTrend(noisy)).toBe('duration_s shrinks 0.93 s per run (R² 0.96)');
    expect(describeTrend(noisy, { method: 'theil_sen' })).toMatch(
      /^duration_s shrinks 0\.\d+ s per run \(Theil–Sen\)$/,
    );
    expect(describeTrend(noisy, { per: 'day' })).toBeNull();
    const start = 1_700_000_000_000;
    const daily = trendOf(
      'cpu_percent_avg',
      [50, 55, 60],
      [start, start + MS_PER_DAY, start + 2 * MS_PER_DAY],
    )!;
    expect(describeTrend(daily, { per: 'day' })).toBe('cpu_percent_avg grows 5.0% per day (R² 1.00)');
    expect(describeTrend(trendOf('max_threads', [4, 5, 6, 7])!)).toBe(
      'max_threads grows 1.0 per run (R² 1.00)',
    );
    expect(describeTrend(trendOf('peak_rss_mb', [100, 100.01, 100, 100.02, 100.01])!)).toMatch(
      /^peak_rss_mb is flat \(R² 0\.\d\d\)$/,
    );
    expect(describeTrend(trendOf('max_threads', [5, 5, 5, 5])!)).toBe(
      'max_threads is flat (the same every run)',
    );
    expect(describeTrend(trendOf('max_threads', [5, 5, 5, 5])!, { method: 'theil_sen' })).toBe(
      'max_threads is flat (Theil–Sen)',
    );
  });

  it('formats amounts with sensible precision', () => {
    expect(formatAmount(2)).toBe('2.0');
    expect(formatAmount(-0.0123)).toBe('0.012');
    expect(formatAmount(153.4)).toBe('153');
    expect(formatAmount(0)).toBe('0');
  });
});

describe('forecastCrossing', () => {
  const rising = trendOf(
    'peak_rss_mb',
    index(10).map((i) => 100 + 2 * i),
  )!; // fitted 118 at the last run

  it('counts runs until a ceiling is reached, rounding up to a whole run', () => {
    expect(forecastCrossing(rising, 130)).toBe(6); // 12 MB at 2 MB per run
    expect(forecastCrossing(rising, 119)).toBe(1); // half a run ahead: the next run reaches it
    expect(forecastCrossing(rising, 118)).toBe(0);
    expect(forecastCrossing(rising, 110)).toBe(0); // already past
  });

  it('gives null when the trend never gets there', () => {
    const falling = trendOf(
      'peak_rss_mb',
      index(10).map((i) => 100 - 2 * i),
    )!;
    expect(forecastCrossing(falling, 130)).toBeNull();
    expect(forecastCrossing(trendOf('peak_rss_mb', [5, 5, 5])!, 10)).toBeNull();
    expect(forecastCrossing(rising, 130, { per: 'day' })).toBeNull(); // no timestamps
    expect(forecastCrossing(rising, Infinity)).toBeNull();
  });

  it('forecasts in days and for floors', () => {
    const start = 1_700_000_000_000;
    const times = index(10).map((i) => start + i * MS_PER_DAY * 0.5);
    const trend = trendOf(
      'peak_rss_mb',
      index(10).map((i) => 100 + 2 * i),
      times,
    )!;
    expect(forecastCrossing(trend, 130, { per: 'day' })).toBeCloseTo(3, 12); // 4 MB per day
    const falling = trendOf(
      'duration_s',
      index(10).map((i) => 20 - i),
    )!; // fitted 11 at the last run
    expect(forecastCrossing(falling, 5, { direction: 'below' })).toBe(6);
    expect(forecastCrossing(falling, 5)).toBe(0); // as a ceiling, 5 is already exceeded
    expect(forecastCrossing(falling, 15)).toBeNull(); // a ceiling above a falling line is never reached
    expect(forecastCrossing(falling, 12, { direction: 'below' })).toBe(0); // already under that floor
  });

  it('can forecast from the Theil–Sen line, which ignores an outlier', () => {
    const values = index(10).map((i) => 100 + 2 * i);
    values[9] = 300;
    const trend = trendOf('peak_rss_mb', values)!;
    expect(forecastCrossing(trend, 130, { method: 'theil_sen' })).toBe(6);
  });
});
