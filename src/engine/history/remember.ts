/**
 * The pipeline's remember step: the judged run written to the history. In merge mode (the CLI) under the lock,
 * the file re-read first so that parallel runs all stay; in replace mode (the action) from memory. A run that could
 * not be written is one warning naming the cause, and the pipeline's own failure (exit 125), never a silent loss.
 */
import { PyrunInterrupted } from '../errors.js';
import type { RunHooks } from '../execute/run-script.js';
import type { RunRecord } from '../types.js';
import type { PlannedHistory } from './planned.js';

/** False (after one warning) when the run could not be written; true when written, or when there is no history. */
export async function remember(
  history: PlannedHistory | null,
  record: RunRecord,
  keep_runs: number,
  out: { warn(message: string): void; info(message: string): void; hooks?: RunHooks },
): Promise<boolean> {
  const opened = history ? await history.ready() : null;
  if (!opened) return true;
  // A signal to pyrun while it waits for the lock another pyrun holds ends the wait, and pyrun (PyrunInterrupted).
  const waiting = new AbortController();
  out.hooks?.onInterruptible?.((sig) => waiting.abort(sig), 'the wait for the history’s lock');
  try {
    const result = await opened.commit(record, {
      keep_runs,
      lock: {
        signal: waiting.signal,
        onWait: () =>
          out.info(
            `waiting for the lock of history file ${opened.path}, held by another pyrun ` +
              '(Ctrl-C stops the wait; this run is then not recorded)',
          ),
      },
    });
    for (const w of result.warnings) out.warn(w);
    return true;
  } catch (error) {
    if (error instanceof PyrunInterrupted) throw error;
    out.warn(`could not save the history to ${opened.path}: ${(error as Error).message}`);
    return false;
  }
}
