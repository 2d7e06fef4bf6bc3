/**
 * The one way an executor fails before the script runs: the interpreter (or the launcher under it) could not start
 * the script. `RunningScript.started` rejects with it; both faces show its message as one line and exit 125.
 */
import { PyrunError } from '../../errors.js';

export class ScriptStartError extends PyrunError {
  /** The interpreter as given (`--python`), or the transport that should have run it. */
  readonly interpreter: string;
  constructor(interpreter: string, message: string) {
    super(message);
    this.name = 'ScriptStartError';
    this.interpreter = interpreter;
  }
}
