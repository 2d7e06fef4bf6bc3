/** Metric values for people, in each metric's unit from the table (engine/metric-table.ts). */
import { metricRow, type DisplayUnit } from './metrics.js';

/** The display unit of a metric (`s`, `MB`, `%`; empty for counts and unknown names). */
export function metricUnit(name: string): DisplayUnit {
  return metricRow(name)?.unit ?? '';
}

/**
 * A number in a report, in at most 3 significant decimals, trailing zeros dropped: 512, 612.4, 1.25, 0.042.
 * Non-finite values read `n/a`. (An alert's text rounds its own way: alertNumber in alerts/message.ts.)
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  const decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
  const text = value.toFixed(decimals).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** A value with its metric's unit: `612.4 MB`, `12.5 s`, `87.5%`, `4`; `n/a` for null (not measured). */
export function formatMetricValue(name: string, value: number | null | undefined): string {
  const text = formatNumber(value);
  if (text === 'n/a') return text;
  const unit = metricUnit(name);
  if (unit === '') return text;
  if (unit === '%') return `${text}%`;
  return `${text} ${unit}`;
}
