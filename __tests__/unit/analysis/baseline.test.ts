import { describe, expect, it } from '@jest/globals';
import {
  OUTLIER_SPREADS,
  SPREAD_PER_MAD,
  baselineValues,
  buildBaseline,
  spreadFloor,
} from '../../../src/engine/analysis/baseline.js';

describe('buildBaseline', () => {
  it('centres on the median with 1.4826·MAD as the spread', () => {
    // median 10; absolute deviations 0,1,1,0,2,0,2 → MAD 1.
    expect(buildBaseline('duration_s', [10, 11, 9, 10, 12, 10, 8])).toEqual({
      value: 10,
      spread: SPREAD_PER_MAD,
      runs: 7,
    });
  });

  it('excludes a value more than 5 spreads from the median and counts only the runs kept', () => {
    // With 100: median 10, MAD 1 → 5 spreads = 7.413; 100 goes, 8 and 12 stay.
    const b = buildBaseline('duration_s', [10, 11, 9, 10, 12, 10, 8, 100]);
    expect(b).toEqual({ value: 10, spread: SPREAD_PER_MAD, runs: 7 });
    expect(baselineValues('duration_s', [10, 11, 9, 10, 12, 10, 8, 100])).toEqual([10, 11, 9, 10, 12, 10, 8]);
  });

  it('keeps a value just inside 5 spreads and drops one just beyond', () => {
    // median 10, MAD 1 in both samples (the extra value is the largest and does not move either).
    const edge = 10 + OUTLIER_SPREADS * SPREAD_PER_MAD;
    expect(baselineValues('duration_s', [8, 9, 10, 10, 10, 11, 12, edge - 1e-6])).toContain(edge - 1e-6);
    expect(baselineValues('duration_s', [8, 9, 10, 10, 10, 11, 12, edge + 1e-6])).not.toContain(edge + 1e-6);
  });

  it('floors the spread of a constant metric: 1% of the median or the dimension epsilon', () => {
    expect(buildBaseline('peak_rss_mb', [50, 50, 50, 50, 50])).toEqual({ value: 50, spread: 0.5, runs: 5 });
    expect(buildBaseline('peak_rss_mb', [3, 3, 3, 3, 3])!.spread).toBeCloseTo(0.1, 12); // 0.1 MB > 1% of 3
    expect(buildBaseline('duration_s', [0, 0, 0, 0, 0])!.spread).toBe(0.001); // 1 ms
    expect(buildBaseline('cpu_percent_avg', [5, 5, 5, 5, 5])!.spread).toBe(0.1); // 0.1 percentage point
    expect(buildBaseline('max_threads', [4, 4, 4, 4, 4])!.spread).toBe(0.25);
    expect(spreadFloor('duration_s', -200)).toBe(2);
  });

  it('with a constant majority, a far value is an outlier but a value within the floor is not', () => {
    // spread floor 0.5 MB at 50 MB: 5 spreads = 2.5 MB.
    expect(buildBaseline('peak_rss_mb', [50, 50, 50, 50, 52, 60])).toEqual({
      value: 50,
      spread: 0.5,
      runs: 5,
    });
  });

  it('ignores non-finite values and gives null with nothing usable', () => {
    expect(buildBaseline('duration_s', [Number.NaN, 10, Infinity, 12])).toEqual({
      value: 11,
      spread: SPREAD_PER_MAD,
      runs: 2,
    });
    expect(buildBaseline('duration_s', [])).toBeNull();
    expect(buildBaseline('duration_s', [Number.NaN])).toBeNull();
  });

  it('does not depend on the order of the runs', () => {
    const values = [3.1, 2.9, 3.4, 3.0, 2.7, 3.3, 9.0, 3.05];
    expect(buildBaseline('cpu_time_s', [...values].reverse())).toEqual(buildBaseline('cpu_time_s', values));
  });
});
