import { constants as osConstants } from 'node:os';

/** The exit code of everything that stops pyrun before or around the script (docs/cli.md, "Exit codes"). */
export const EXIT_PYRUN_ERROR = 125;

/** Raised for what stops pyrun before or around the script: a bad flag or rule, a missing script or interpreter. */
export class PyrunError extends Error {
  readonly exitCode: number = EXIT_PYRUN_ERROR;
  constructor(message: string) {
    super(message);
    this.name = 'PyrunError';
  }
}

/**
 * pyrun itself was stopped by a signal (SIGINT, SIGTERM, SIGHUP) while it waited, after the script had ended (for
 * the history's lock): nothing more is written, and pyrun exits 128+N as a process killed by that signal does.
 */
export class PyrunInterrupted extends PyrunError {
  override readonly exitCode: number;
  constructor(
    readonly signal: NodeJS.Signals,
    message: string,
  ) {
    super(message);
    this.name = 'PyrunInterrupted';
    this.exitCode = 128 + ((osConstants.signals as Record<string, number | undefined>)[signal] ?? 0);
  }
}
