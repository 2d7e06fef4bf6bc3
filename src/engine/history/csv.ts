/**
 * Runs as CSV (RFC 4180): one header row, one row per run. The metric columns come from the metric table (every
 * run metric, each followed by its exact-bytes field), framed by the run's identity and its fingerprint.
 * Fields holding a comma, a double quote, CR or LF are quoted, quotes doubled; lines end CRLF; null is empty.
 */
import { RUN_METRIC_FIELDS } from '../metrics.js';
import type { StoredRun } from './rows.js';

const IDENTITY = ['run_id', 'name', 'started_at', 'status', 'signal'] as const;
const FINGERPRINT = [
  'os',
  'arch',
  'python_version',
  'executor',
  'host',
  'git_ref',
  'git_sha',
  'is_pull_request',
] as const;

/** The header row, in column order. */
export const CSV_COLUMNS: readonly string[] = [...IDENTITY, ...RUN_METRIC_FIELDS, ...FINGERPRINT];

/** One field as RFC 4180 writes it. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' && !Number.isFinite(value) ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function runsToCsv(runs: readonly StoredRun[]): string {
  const row = (run: StoredRun): string =>
    CSV_COLUMNS.map((column) => {
      const value = (run as unknown as Record<string, unknown>)[column];
      return csvField(column === 'is_pull_request' ? value === true : (value as string | number | null));
    }).join(',');
  return [CSV_COLUMNS.join(','), ...runs.map(row)].map((line) => `${line}\r\n`).join('');
}
