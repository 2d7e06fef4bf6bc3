/**
 * Runs as CSV (RFC 4180): one header row, one row per run. The metric columns come from the metric table (every
 * run metric, each followed by its exact-bytes field), framed by the run's identity and its fingerprint.
 * Fields holding a comma, a double quote, CR or LF are quoted, quotes doubled; lines end CRLF; null is empty.
 *
 * A field whose text would put a workflow command at the start of a line (`::error::…`, a run name from an imported
 * record such as "x\n::add-mask::…") is neutralised as pyrun's tables are (a backslash before the `::`): CSV on
 * stdout is often printed into a CI log, where such a line would be obeyed. A text field starting with `=`, `+`,
 * `-`, `@`, a tab or CR gets a leading `'`, so a spreadsheet shows it as text instead of running it as a formula.
 * No ordinary field is touched.
 */
import { holdsWorkflowCommand, neutralizeWorkflowCommands } from '../log-text.js';
import { RUN_METRIC_FIELDS } from '../metrics.js';
import type { StoredRun } from './rows.js';
import { showInvisible } from '../visible-text.js';

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
  const raw = typeof value === 'number' && !Number.isFinite(value) ? '' : String(value);
  let text = holdsWorkflowCommand(raw) ? neutralizeWorkflowCommands(raw) : raw; // ordinary fields keep CRLF
  // Invisible format characters (U+202E…) and controls show as `\u202E` escapes in a spreadsheet, never raw.
  if (typeof value === 'string') text = showInvisible(text);
  // A text cell a spreadsheet would read as a formula (OWASP's CSV injection advice): a leading apostrophe keeps
  // it text. Numbers are never touched (-1.5 stays a number).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
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
