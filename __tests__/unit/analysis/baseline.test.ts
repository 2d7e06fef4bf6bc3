import { describe, expect, it } from '@jest/globals';
import {
  SPREAD_PER_PAIRWISE,
  baselineValues,
  buildBaseline,
  pairwiseSpread,
  spreadFloor,
} from '../../../src/engine/analysis/baseline.js';

describe('buildBaseline', () => {
  it("centres on the median with Shamos' 1.0483·median pairwise distance as the spread", () => {
    // pairs of [9, 10, 11]: 1, 2, 1 → median 1.
    expect(buildBaseline('duration_s', [10, 11, 9])).toEqual({
      value: 10,
      spread: SPREAD_PER_PAIRWISE,
      runs: 3,
    });
    expect(pairwiseSpread([4])).toBe(0);
  });

  it('counts every run: a cold first run or a wild one is kept, and barely moves centre and spread', () => {
    const warm = [10, 10.2, 9.8, 10.1, 9.9];
    const withCold = [30, ...warm];
    const b = buildBaseline('duration_s', withCold)!;
    expect(b.runs).toBe(6);
    expect(b.value).toBeCloseTo(10.05, 10);
    expect(b.spread).toBeLessThan(2 * buildBaseline('duration_s', warm)!.spread);
    expect(baselineValues(withCold)).toEqual(withCold);
  });

  it('floors the spread of a constant metric: 0.5% of the median or the dimension floor', () => {
    expect(buildBaseline('peak_rss_mb', [500, 500, 500, 500, 500])).toEqual({
      value: 500,
      spread: 2.5,
      runs: 5,
    });
    expect(buildBaseline('peak_rss_mb', [3, 3, 3, 3, 3])!.spread).toBeCloseTo(0.05, 12);
    expect(buildBaseline('duration_s', [0, 0, 0, 0, 0])!.spread).toBe(0.01); // 10 ms
    expect(buildBaseline('cpu_percent_avg', [5, 5, 5, 5, 5])!.spread).toBe(0.25);
    expect(buildBaseline('max_threads', [4, 4, 4, 4, 4])!.spread).toBe(0.15);
    expect(spreadFloor('duration_s', -2000)).toBe(10);
  });

  it('ignores non-finite values and gives null with nothing usable', () => {
    expect(buildBaseline('duration_s', [Number.NaN, 10, Infinity, 12])).toEqual({
      value: 11,
      spread: 2 * SPREAD_PER_PAIRWISE,
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
