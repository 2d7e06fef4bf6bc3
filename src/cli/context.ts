/** What the CLI takes from the process, gathered in one place so commands stay testable. */
export interface CliContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Registers a handler for SIGINT/SIGTERM sent to pyrun; returns a function that removes it. */
  onSignal(handler: (sig: NodeJS.Signals) => void): () => void;
}

export function processContext(): CliContext {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    onSignal(handler) {
      const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
      for (const s of signals) process.on(s, handler);
      return () => {
        for (const s of signals) process.off(s, handler);
      };
    },
  };
}
