/** The exit code of everything that stops pyrun before or around the script (docs/cli.md, "Exit codes"). */
export const EXIT_PYRUN_ERROR = 125;

/** Raised for what stops pyrun before or around the script: a bad flag or rule, a missing script or interpreter. */
export class PyrunError extends Error {
  readonly exitCode = EXIT_PYRUN_ERROR;
  constructor(message: string) {
    super(message);
    this.name = 'PyrunError';
  }
}
