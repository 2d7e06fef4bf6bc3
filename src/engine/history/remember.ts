/**
 * The pipeline's remember step: the judged run written to the history. In merge mode (the CLI) under the lock,
 * the file re-read first so that parallel runs all stay; in replace mode (the action) from memory. A run that could
 * not be written is one warning naming the cause, and the pipeline's own failure (exit 125), never a silent loss.
 */
import type { RunRecord } from '../types.js';
import type { PlannedHistory } from './planned.js';

/** False (after one warning) when the run could not be written; true when written, or when there is no history. */
export async function remember(
  history: PlannedHistory | null,
  record: RunRecord,
  keep_runs: number,
  warn: (message: string) => void,
): Promise<boolean> {
  const opened = history ? await history.ready() : null;
  if (!opened) return true;
  try {
    const result = await opened.commit(record, { keep_runs });
    for (const w of result.warnings) warn(w);
    return true;
  } catch (error) {
    warn(`could not save the history to ${opened.path}: ${(error as Error).message}`);
    return false;
  }
}
