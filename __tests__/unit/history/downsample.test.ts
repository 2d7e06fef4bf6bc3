import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { downsample, MIN_DOWNSAMPLE_MAX } from '../../../src/engine/history/downsample.js';
import type { Sample } from '../../../src/engine/types.js';
import { makeSeries } from '../../helpers/builders.js';

function sample(elapsed_s: number, rss_mb: number, cpu_percent: number): Sample {
  return {
    elapsed_s,
    cpu_percent,
    rss_mb,
    threads: 1,
    processes: 1,
    read_mb: 0,
    write_mb: 0,
    open_fds: null,
  };
}

describe('downsample', () => {
  it('returns a copy when the series already fits', () => {
    const series = makeSeries(10);
    const out = downsample(series, 10);
    expect(out).toEqual(series);
    expect(out).not.toBe(series);
  });

  it('keeps first, last and each bucket’s rss and cpu peak, in time order', () => {
    // 12 samples, max 6 → first, last, and 2 buckets over the 10 inner samples (1..5 and 6..10).
    const rss = [10, 11, 50, 12, 13, 14, 15, 16, 17, 99, 18, 5];
    const cpu = [1, 2, 3, 4, 90, 5, 80, 6, 7, 8, 9, 10];
    const series = rss.map((r, i) => sample(i, r, cpu[i] as number));
    const out = downsample(series, 6);
    expect(out.map((s) => s.elapsed_s)).toEqual([0, 2, 4, 6, 9, 11]);
  });

  it('keeps one sample when a bucket’s rss and cpu peaks coincide', () => {
    const series = Array.from({ length: 10 }, (_, i) => sample(i, i === 3 ? 100 : 1, i === 3 ? 100 : 1));
    // max 4 → one bucket over samples 1..8: its rss and cpu peak are both sample 3.
    expect(downsample(series, 4).map((s) => s.elapsed_s)).toEqual([0, 3, 9]);
  });

  it('keeps the global peaks of a long realistic series within the bound', () => {
    const series = makeSeries(10_000, { rssPeakAt: 7_777, cpuPeakAt: 1_234, rssPeak_mb: 2048 });
    const out = downsample(series, 100);
    expect(out.length).toBeLessThanOrEqual(100);
    expect(out.length).toBeGreaterThan(90);
    expect(Math.max(...out.map((s) => s.rss_mb))).toBe(2048);
    expect(Math.max(...out.map((s) => s.cpu_percent))).toBe(199.5);
    expect(out[0]).toBe(series[0]);
    expect(out.at(-1)).toBe(series.at(-1));
  });

  it('is bounded, ordered, and keeps first, last and both peaks for any series', () => {
    const arbSample = fc.record({
      rss_mb: fc.double({ min: 0, max: 1e6, noNaN: true }),
      cpu_percent: fc.double({ min: 0, max: 6400, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(arbSample, { minLength: 0, maxLength: 400 }),
        fc.integer({ min: 4, max: 60 }),
        (raw, max) => {
          const series = raw.map((r, i) => sample(i, r.rss_mb, r.cpu_percent));
          const out = downsample(series, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (series.length <= max) expect(out).toEqual(series);
          for (let i = 1; i < out.length; i++) {
            expect((out[i] as Sample).elapsed_s).toBeGreaterThan((out[i - 1] as Sample).elapsed_s);
          }
          if (series.length > 0) {
            expect(out[0]).toBe(series[0]);
            expect(out.at(-1)).toBe(series.at(-1));
            expect(Math.max(...out.map((s) => s.rss_mb))).toBe(Math.max(...series.map((s) => s.rss_mb)));
            expect(Math.max(...out.map((s) => s.cpu_percent))).toBe(
              Math.max(...series.map((s) => s.cpu_percent)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a bound too small to keep first, last and the peaks', () => {
    expect(() => downsample(makeSeries(10), MIN_DOWNSAMPLE_MAX - 1)).toThrow(RangeError);
  });
});
