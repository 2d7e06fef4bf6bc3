/**
 * Bounding a run's sample series without losing its peaks.
 *
 * Rule: when the series has more than `max` samples, the first and last samples are kept (so the time axis spans
 * the whole run) and the samples between them are cut into `floor((max - 2) / 2)` equal buckets of consecutive
 * samples; from each bucket we keep the sample holding the bucket's highest `rss_mb` and the one holding its
 * highest `cpu_percent` (one sample when they are the same; the earliest on ties). The global memory and CPU peaks
 * therefore always survive, the result is in time order, and it never holds more than `max` samples.
 */
import type { Sample } from '../types.js';

/** The smallest bound that can hold first, last and one bucket's two peaks. */
export const MIN_DOWNSAMPLE_MAX = 4;

/** How many samples a stored series holds at most (the store bounds every inserted series to this). */
export const MAX_SERIES_SAMPLES = 500;

export function downsample(series: readonly Sample[], max: number): Sample[] {
  const limit = Math.floor(max);
  if (!(limit >= MIN_DOWNSAMPLE_MAX)) {
    throw new RangeError(`downsample: max must be at least ${MIN_DOWNSAMPLE_MAX}, got ${max}`);
  }
  if (series.length <= limit) return series.slice();

  const buckets = Math.floor((limit - 2) / 2);
  const innerCount = series.length - 2; // samples 1 .. length-2
  const kept: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    const from = 1 + Math.floor((b * innerCount) / buckets);
    const to = 1 + Math.floor(((b + 1) * innerCount) / buckets);
    if (to <= from) continue;
    let rssPeak = from;
    let cpuPeak = from;
    for (let i = from + 1; i < to; i++) {
      const sample = series[i] as Sample;
      if (sample.rss_mb > (series[rssPeak] as Sample).rss_mb) rssPeak = i;
      if (sample.cpu_percent > (series[cpuPeak] as Sample).cpu_percent) cpuPeak = i;
    }
    if (rssPeak === cpuPeak) kept.push(rssPeak);
    else kept.push(Math.min(rssPeak, cpuPeak), Math.max(rssPeak, cpuPeak));
  }
  kept.push(series.length - 1);
  return kept.map((i) => series[i] as Sample);
}
