/**
 * The one mapping from a run's outcome to `pyrun run`'s exit code (docs/cli.md, "Exit codes"; after GNU timeout):
 * 0 passed · N the script's own code · 128+N killed by signal N · 99 gate failed or regressed · 124 timeout ·
 * 125 pyrun could not run the script.
 */
import { constants as osConstants } from 'node:os';
import type { RunStatus } from './types.js';

import { EXIT_PYRUN_ERROR } from './errors.js';

export { EXIT_PYRUN_ERROR, PyrunError } from './errors.js';

export const EXIT_GATE_FAILED = 99;
export const EXIT_TIMEOUT = 124;

export function exitCodeFor(outcome: {
  status: RunStatus;
  exit_code: number | null;
  signal: string | null;
  /** Set when pyrun could not run the script at all (an interpreter that died first): 125. */
  error?: string;
}): number {
  if (outcome.error !== undefined) return EXIT_PYRUN_ERROR;
  switch (outcome.status) {
    case 'passed':
      return 0;
    case 'gate_failed':
    case 'regressed':
      return EXIT_GATE_FAILED;
    case 'timeout':
      return EXIT_TIMEOUT;
    case 'failed': {
      if (outcome.signal !== null) {
        return 128 + signalNumber(outcome.signal);
      }
      return outcome.exit_code === null || outcome.exit_code === 0 ? 1 : outcome.exit_code;
    }
  }
}

/**
 * A suite's exit code: the code of the first run (in config order) that failed, timed out or was
 * killed; else 99 if any gate failed or any metric regressed; else 0. A single run is a suite of one.
 */
export function suiteExitCode(records: readonly Parameters<typeof exitCodeFor>[0][]): number {
  const codes = records.map(exitCodeFor);
  const broken = codes.find((c) => c !== 0 && c !== EXIT_GATE_FAILED);
  if (broken !== undefined) return broken;
  return codes.includes(EXIT_GATE_FAILED) ? EXIT_GATE_FAILED : 0;
}

/**
 * The number of a signal as the launcher names it: Node's table, else the real-time signals Python names
 * `SIGRTMIN` (34), `SIGRTMAX` (64) and `SIG35`…`SIG63` (Linux numbering), so a script killed by any of them exits
 * 128+N as under GNU timeout. 0 for a name that is none of these.
 */
export function signalNumber(name: string): number {
  const known = (osConstants.signals as Record<string, number | undefined>)[name];
  if (known !== undefined) return known;
  if (name === 'SIGRTMIN') return 34;
  if (name === 'SIGRTMAX') return 64;
  const numbered = /^SIG(\d{1,2})$/.exec(name);
  return numbered ? Number(numbered[1]) : 0;
}
