/**
 * Runs the CLI and maps every way it can end to an exit code: commander's usage errors, configuration and rule
 * errors, and pyrun's own failures all become 125 with one line that names the cause.
 */
import {
  EXIT_PYRUN_ERROR,
  neutralizeWorkflowCommands as plain,
  PyrunError,
  showInvisible,
} from '../engine/index.js';
import { CommanderError } from 'commander';
import { processContext, type CliContext } from './context.js';
import { buildProgram } from './program.js';

export async function main(argv: string[], ctx: CliContext = processContext()): Promise<number> {
  let exitCode = 0;
  try {
    const program = buildProgram(
      ctx,
      (code) => {
        exitCode = code;
      },
      argv,
    );
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end "successfully"; every usage error is pyrun's 125.
      return error.exitCode === 0 ? 0 : EXIT_PYRUN_ERROR;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr.write(`${showInvisible(plain(`pyrun: error: ${message}`))}\n`);
    // pyrun's own errors are 125; stopped by a signal while it waited, 128+N (PyrunInterrupted).
    return error instanceof PyrunError ? error.exitCode : EXIT_PYRUN_ERROR;
  }
}
