/** What happened to the script itself, whatever the gates and verdicts said: in one line, and as a test's name. */
import type { RunRecord } from '../types.js';
import { formatDuration, plural } from './numbers.js';

/**
 * Retries of a failed script (`--retries`) the record shows: attempts beyond one per run. `--repeat N` records one
 * attempt per measured run, so N attempts there mean nothing was retried.
 */
export function retriesOf(record: RunRecord): number {
  return Math.max(0, record.attempts.length - (record.repeats?.length ?? 1));
}

/** Did the script itself succeed (whatever the gates and verdicts said)? */
export function scriptSucceeded(record: RunRecord): boolean {
  return record.status === 'passed' || record.status === 'gate_failed' || record.status === 'regressed';
}

/** How a kill by the container's memory limit is told (the OOM killer, not a crash). */
export const OOM_KILLED = "killed by the container's memory limit";

/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count when `--retries` retried.
 * `quote` wraps the one string from outside (the signal's name) for the format at hand (markdown: a code span).
 */
export function describeScriptOutcome(
  record: RunRecord,
  quote: (text: string) => string = (text) => text,
): string {
  let text: string;
  if (record.status === 'timeout') {
    text = `timed out after ${formatDuration(record.duration_s)}; the process tree was killed`;
  } else if (record.signal !== null) {
    text = record.oom_killed
      ? `${OOM_KILLED} (signal ${quote(record.signal)})`
      : `killed by signal ${quote(record.signal)}`;
  } else if (record.exit_code !== null) {
    text = record.exit_code === 0 ? 'exited 0' : `exit code ${record.exit_code}`;
    if (record.oom_killed) text += `; a process of its tree was ${OOM_KILLED}`;
  } else {
    text = 'ended without an exit code';
  }
  const retries = retriesOf(record);
  if (retries > 0) {
    text +=
      record.repeats === undefined
        ? ` (after ${record.attempts.length} attempts)`
        : ` (${plural(retries, 'retry', 'retries')} over ${plural(record.repeats.length, 'measured run')})`;
  }
  return text;
}

/** The stable name of the test case / test point for the script itself. */
export function scriptTestName(record: RunRecord): string {
  return `script: ${record.script}`;
}
