/**
 * The engine's ports as the CLI gives them: the system clock, /proc, the terminal's logger and streams, and
 * Ctrl-C. A SIGINT/SIGTERM that arrives before a script can be interrupted is held and delivered once it can;
 * after that each one stops the script's process tree. `dispose()` removes pyrun's signal handler.
 */
import { LinuxProcSource, systemClock, type PipelinePorts } from '../engine/index.js';
import type { CliContext } from './context.js';
import type { CliLogger } from './log.js';

export function cliPorts(ctx: CliContext, log: CliLogger): { ports: PipelinePorts; dispose(): void } {
  const pending: NodeJS.Signals[] = [];
  let removeSignalHandler = ctx.onSignal((sig) => pending.push(sig));
  const ports: PipelinePorts = {
    clock: systemClock,
    proc: new LinuxProcSource(),
    log,
    env: ctx.env,
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    hooks: {
      onSample: log.status,
      onProgress: (message) => log.info(message),
      onInterruptible: (interrupt, what = "the script's process tree") => {
        removeSignalHandler();
        for (const sig of pending.splice(0)) interrupt(sig);
        removeSignalHandler = ctx.onSignal((sig) => {
          log.warn(`received ${sig}: stopping ${what}`);
          interrupt(sig);
        });
      },
    },
  };
  return { ports, dispose: () => removeSignalHandler() };
}
