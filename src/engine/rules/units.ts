import type { MetricDimension } from '../types.js';

/** Units a number may carry, and the factor to the metric's own unit (seconds, MB = 2^20 bytes, percent). */
export const UNITS = {
  ms: { dimension: 'time', multiplier: 1, divisor: 1000 },
  s: { dimension: 'time', multiplier: 1, divisor: 1 },
  m: { dimension: 'time', multiplier: 60, divisor: 1 },
  KB: { dimension: 'size', multiplier: 1, divisor: 1024 },
  MB: { dimension: 'size', multiplier: 1, divisor: 1 },
  GB: { dimension: 'size', multiplier: 1024, divisor: 1 },
  '%': { dimension: 'percent', multiplier: 1, divisor: 1 },
} as const satisfies Record<string, { dimension: MetricDimension; multiplier: number; divisor: number }>;

export type Unit = keyof typeof UNITS;

export const UNIT_HELP = 'ms, s, m (time), KB, MB, GB (size), % (percent)';

export function isUnit(text: string): text is Unit {
  return Object.hasOwn(UNITS, text);
}

/** The value in the metric's own unit: `1GB` → 1024, `512KB` → 0.5, `500ms` → 0.5, `2m` → 120. */
export function applyUnit(value: number, unit: Unit): number {
  // Integer factors keep results exact where they can be (500 / 1000 is exactly 0.5; 500 * 0.001 need not be).
  const { multiplier, divisor } = UNITS[unit];
  return (value * multiplier) / divisor;
}

/** "a time", "a size", "a percentage", "a count". */
export function describeDimension(dimension: MetricDimension): string {
  return dimension === 'percent' ? 'a percentage' : `a ${dimension}`;
}
