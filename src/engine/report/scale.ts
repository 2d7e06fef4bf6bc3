/**
 * Axis scales for charts: round tick steps (1, 2, 2.5 or 5 × 10^k) covering a data range, so axes read
 * 0, 200, 400, 600, 800 rather than 0, 172.6, 345.2.
 */

export interface AxisTicks {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** A round step so that about `target_ticks` intervals cover `span`. */
export function niceStep(span: number, target_ticks: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, target_ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Strip binary noise from a tick value (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Ticks covering [lo, hi], extended outwards to whole steps. With `from_zero` a positive range starts at 0
 * (memory and CPU read best against zero). A flat or empty range still gets a visible axis.
 */
export function niceTicks(lo: number, hi: number, target_ticks = 5, from_zero = true): AxisTicks {
  let low = Number.isFinite(lo) ? lo : 0;
  let high = Number.isFinite(hi) ? hi : 1;
  if (from_zero && low > 0) low = 0;
  if (high < low) [low, high] = [high, low];
  if (high === low) high = low === 0 ? 1 : low + Math.abs(low) * 0.1;
  const step = niceStep(high - low, target_ticks);
  const min = clean(Math.floor(low / step) * step);
  const max = clean(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let k = 0; ; k++) {
    const tick = clean(min + k * step);
    if (tick > max + step / 2) break;
    ticks.push(tick);
  }
  return { min, max, step, ticks };
}
