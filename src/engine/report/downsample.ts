/**
 * Thin a series for a chart without losing its peaks: the items are cut into equal buckets and each
 * bucket keeps its highest item (and, with `keep_lows`, its lowest too). The global maximum therefore
 * always survives, and the first and last items are kept so the time axis spans the whole run.
 * At most `max_points` items come back (but never fewer than 3 are allowed).
 */

export interface DownsampleOptions {
  /** Also keep each bucket's lowest item, so dips survive as well as spikes. */
  keep_lows?: boolean;
}

export function downsampleKeepingPeaks<T>(
  items: readonly T[],
  max_points: number,
  value: (item: T) => number,
  options: DownsampleOptions = {},
): T[] {
  // First and last are kept on their own, so three points is the least that still shows a peak.
  const limit = Math.max(3, Math.floor(max_points));
  if (items.length <= limit) return items.slice();
  // The buckets share what is left of the budget; too small a budget for pairs keeps peaks only.
  const keep_lows = options.keep_lows === true && limit >= 4;
  const buckets = Math.floor((limit - 2) / (keep_lows ? 2 : 1));
  const inner_start = 1;
  const inner_count = items.length - 2;
  const kept: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    const from = inner_start + Math.floor((b * inner_count) / buckets);
    const to = inner_start + Math.floor(((b + 1) * inner_count) / buckets);
    if (to <= from) continue;
    let hi = from;
    let lo = from;
    for (let i = from + 1; i < to; i++) {
      const v = value(items[i] as T);
      if (v > value(items[hi] as T)) hi = i;
      if (v < value(items[lo] as T)) lo = i;
    }
    if (keep_lows && lo !== hi) kept.push(Math.min(lo, hi), Math.max(lo, hi));
    else kept.push(hi);
  }
  kept.push(items.length - 1);
  return kept.map((i) => items[i] as T);
}
