/**
 * pyrun's own lines, always on stderr (stdout belongs to the script). On a TTY a live status line is redrawn in
 * place; elsewhere (CI logs, pipes) only plain lines appear, and no ANSI codes.
 */
import pc from 'picocolors';
import { neutralizeWorkflowCommands, showInvisible, type Logger, type Sample } from '../engine/index.js';

export interface CliLogger extends Logger {
  error(message: string): void;
  /** Clears the status line so the next line starts clean. */
  endStatus(): void;
}

export function createCliLogger(
  stream: NodeJS.WriteStream = process.stderr,
  quiet = false,
  mask: (text: string) => string = (text) => text,
  env: NodeJS.ProcessEnv = {},
): CliLogger {
  // A CI log is not a terminal even when a runner allocates one: plain lines there, no redrawing.
  const tty = Boolean(stream.isTTY) && !env.CI;
  const colors = pc.createColors(tty);
  let statusShown = false;
  let lastDraw_ms = 0;
  const clear = () => {
    if (statusShown) {
      stream.write('\r\x1b[K');
      statusShown = false;
    }
  };
  const line = (text: string) => {
    clear();
    // A CI runner reads stderr for workflow commands too: a name with a newline must not start one.
    stream.write(`${mask(neutralizeWorkflowCommands(text))}\n`);
  };
  return {
    // Names from a history may hold invisible format characters: shown as `\u202E` escapes (before the colours).
    info: (message) => {
      if (!quiet) line(`${colors.dim('pyrun:')} ${showInvisible(message)}`);
    },
    warn: (message) => line(`${colors.yellow('pyrun: warning:')} ${showInvisible(message)}`),
    error: (message) => line(`${colors.red('pyrun: error:')} ${showInvisible(message)}`),
    status: tty
      ? (s: Sample) => {
          const now = Date.now();
          if (now - lastDraw_ms < 200) return;
          lastDraw_ms = now;
          stream.write(`\r\x1b[K${colors.dim(formatStatus(s))}`);
          statusShown = true;
        }
      : undefined,
    endStatus: clear,
  };
}

export function formatStatus(s: Sample): string {
  return (
    `⏱ ${s.elapsed_s.toFixed(1)} s  CPU ${s.cpu_percent.toFixed(0)}%  RSS ${s.rss_mb.toFixed(1)} MB  ` +
    `${s.processes} proc  ${s.threads} thr`
  );
}
