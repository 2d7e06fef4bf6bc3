import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { downsampleKeepingPeaks } from '../../../src/engine/report/downsample.js';

describe('downsampleKeepingPeaks', () => {
  it('returns short input unchanged (as a copy)', () => {
    const items = [3, 1, 2];
    const out = downsampleKeepingPeaks(items, 60, (v) => v);
    expect(out).toEqual([3, 1, 2]);
    expect(out).not.toBe(items);
  });

  it('keeps the first, the last and the highest of each bucket', () => {
    const items = [0, 5, 1, 1, 9, 1, 1, 7, 2];
    // 7 inner items in 3 buckets: [5,1] [1,9,1] [1,7]; plus the first and last.
    expect(downsampleKeepingPeaks(items, 5, (v) => v)).toEqual([0, 5, 9, 7, 2]);
  });

  it('keeps dips too when asked', () => {
    const items = [5, 5, 0, 5, 5, 9, 5, 5, 5];
    // 7 inner items in 2 buckets of high and low: [5,0,5] [5,9,5,5]; plus the first and last.
    expect(downsampleKeepingPeaks(items, 6, (v) => v, { keep_lows: true })).toEqual([5, 5, 0, 5, 9, 5]);
    expect(downsampleKeepingPeaks(items, 6, (v) => v)).toEqual([5, 5, 5, 9, 5, 5]);
  });

  it('keeps the global peak, stays within the limit and preserves order, for any series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 0, maxLength: 3000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.boolean(),
        (values, max_points, keep_lows) => {
          const items = values.map((value, index) => ({ value, index }));
          const out = downsampleKeepingPeaks(items, max_points, (i) => i.value, { keep_lows });
          expect(out.length).toBeLessThanOrEqual(Math.max(max_points, 3));
          for (let k = 1; k < out.length; k++) expect(out[k]!.index).toBeGreaterThan(out[k - 1]!.index);
          if (items.length > 0) {
            expect(out[0]).toBe(items[0]);
            expect(out.at(-1)).toBe(items.at(-1));
            const max = Math.max(...values);
            expect(out.some((i) => i.value === max)).toBe(true);
            if (keep_lows && max_points >= 4)
              expect(out.some((i) => i.value === Math.min(...values))).toBe(true);
          }
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });

  it('thins 100 000 points to at most 60 with the spike kept', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => (i === 77_777 ? 9999 : i % 100));
    const out = downsampleKeepingPeaks(items, 60, (v) => v);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out).toContain(9999);
  });
});
