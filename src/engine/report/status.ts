/** A run's status in a report: its icon, its rank (a combined report shows the worst) and its words. */
import type { RunRecord, RunStatus } from '../types.js';

/** Every run status a report may meet (`regressed` included: the script succeeded, every gate passed, a metric regressed). */
export type ReportStatus = RunStatus;

export const STATUS_EMOJI: Record<ReportStatus, string> = {
  passed: '✅',
  regressed: '🔺',
  failed: '❌',
  gate_failed: '❌',
  timeout: '⏱️',
};

/** Worse statuses rank higher; a combined report takes the worst. */
export const STATUS_RANK: Record<RunStatus, number> = {
  passed: 0,
  regressed: 1,
  gate_failed: 2,
  failed: 3,
  timeout: 4,
};

export function worstStatus(records: readonly RunRecord[]): RunStatus {
  let worst: RunStatus = 'passed';
  for (const record of records) if (STATUS_RANK[record.status] > STATUS_RANK[worst]) worst = record.status;
  return worst;
}

/** `insufficient_history` → `insufficient history`. */
export function humanize(word: string): string {
  // Only pyrun's own status words are shown: a history from elsewhere may hold any text in a status column, and
  // this word is written unescaped into markdown headings and check-run titles.
  return typeof word === 'string' && /^[a-z][a-z_]{0,40}$/.test(word) ? word.replace(/_/g, ' ') : 'unknown';
}
