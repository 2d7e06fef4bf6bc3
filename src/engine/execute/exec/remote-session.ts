/**
 * Drives the remote launcher (src/python/remote.py, ./remote-launcher.ts) through any transport that gives it our
 * bytes on stdin and hands its stdout back: an `ssh` client (./ssh.ts) or `docker run -i` (./docker.ts). Sends the
 * start request, relays stdin, demultiplexes the script's output live, turns control messages into `started`,
 * samples and `done`, and asks the launcher to signal or kill the tree over the same connection.
 *
 * Samples: the launcher streams the raw /proc text of its reaper and of the reaper's descendants each tick; the
 * one sampler (../sample/sampler.ts) turns each snapshot into a sample here, exactly as it reads this machine's
 * /proc, the reaper standing where the local launcher does.
 */
import type { ChildProcess } from 'node:child_process';
import { TreeSampler } from '../sample/sampler.js';
import { rawProcsFrom, SnapshotProcSource } from '../sample/snapshot.js';
import type { MeasuredSample } from '../sample/totals.js';
import { ScriptStartError } from './errors.js';
import {
  calibrationFrom,
  exitReportFrom,
  hostReadingFrom,
  lostExitReport,
  type HostReading,
} from './launcher-report.js';
import { createDemuxer, encodeControl, encodeFrame, STREAM_STDIN } from './mux.js';
import { startInfoFrom, type ControlRequest, type StartRequest } from './remote-types.js';
import type { ExitReport, RunningScript, StartInfo } from './types.js';
import { monotonicMs } from '../../timers.js';

/** How the transport ended, for `RemoteSessionOptions.onLost`. */
export interface TransportEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the launcher said `started` before the transport ended. */
  started: boolean;
  /** The last few KB the transport (and the launcher itself) wrote on stderr: ssh's own diagnostics. */
  stderr: string;
}

export interface RemoteSessionOptions {
  request: StartRequest;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Relayed to the script's stdin; without it the script reads EOF at once. */
  stdin?: NodeJS.ReadableStream | null;
  spawnedAt_ms: number;
  /**
   * The transport ended without the launcher's exit report. Return the Error `started`/`done` reject with, or
   * null to resolve `done` as a tree killed from outside (exit_code null, signal SIGKILL, not exact).
   */
  onLost(end: TransportEnd): Error | null;
  /** Ends the tree without the launcher's help (kill the container; drop the connection). */
  forceKill(): void;
  /** After `killTree()`, how long the launcher has to report before `forceKill` (default 5 s). */
  kill_fallback_s?: number;
  /** The remote interpreter, as named (what a `ScriptStartError` names; default python3). */
  python?: string;
}

const STDERR_TAIL_CHARS = 4000;

export function driveRemoteLauncher(child: ChildProcess, opts: RemoteSessionOptions): RunningScript {
  const interpreter = opts.python ?? 'python3';
  let resolveStarted!: (info: StartInfo) => void;
  let rejectStarted!: (error: Error) => void;
  const started = new Promise<StartInfo>((resolve, reject) => {
    resolveStarted = resolve;
    rejectStarted = reject;
  });
  started.catch(() => undefined); // observed through `done` too

  let info: StartInfo | null = null;
  let exitMessage: Record<string, unknown> | null = null;
  let errorMessage: string | null = null;
  let closed = false;
  let stderrTail = '';
  const pendingSamples: MeasuredSample[] = [];
  let onSample: ((m: MeasuredSample) => void) | null = null;
  let killFallback: ReturnType<typeof setTimeout> | null = null;
  const procs = new SnapshotProcSource();
  let sampler: TreeSampler | null = null;
  /** The remote machine's CPU as the script started (Linux there): `neighbour_cores` begins here. */
  let hostStart: HostReading | null = null;

  /** Writes a frame to the launcher; false when the transport's buffer is full (or it is gone). */
  const send = (frame: Buffer): boolean => {
    const input = child.stdin;
    if (closed || !input || input.destroyed || input.writableEnded) return false;
    return input.write(frame);
  };
  const control = (request: ControlRequest) => void send(encodeControl(request));
  child.stdin?.on('error', () => undefined); // EPIPE once the transport is gone: `close` tells the story

  const demux = createDemuxer({
    stdout: opts.stdout,
    stderr: opts.stderr,
    onBackpressure: (paused) => (paused ? child.stdout?.pause() : child.stdout?.resume()),
    onProtocolError: (message) => (errorMessage ??= `remote launcher protocol error: ${message}`),
    onControl: (m) => {
      if (m.event === 'started' && info === null) {
        info = startInfoFrom(m, opts.spawnedAt_ms);
        hostStart = hostReadingFrom(m.host);
        procs.load(rawProcsFrom(m.procs)); // the reaper at the start: the baseline of its CPU and I/O
        sampler = new TreeSampler(procs, {
          rootPid: info.sampler_root_pid,
          rootIsLauncher: true,
          clk_tck: info.clk_tck,
          page_size: info.page_size,
          start_ms: 0, // snapshots are dated from the fork, on the remote clock
        });
        resolveStarted(info);
      } else if (m.event === 'proc') {
        const elapsed_s =
          typeof m.elapsed_s === 'number' && Number.isFinite(m.elapsed_s) ? m.elapsed_s : null;
        if (sampler === null || elapsed_s === null || exitMessage !== null) return;
        procs.load(rawProcsFrom(m.procs));
        const sample = sampler.measure(elapsed_s * 1000);
        if (onSample) onSample(sample);
        else pendingSamples.push(sample); // `started` resolves a microtask later than its samples may arrive
      } else if (m.event === 'exited') {
        exitMessage = m;
        child.stdin?.end(); // the launcher is done: closing its stdin now is not a lost connection
      } else if (m.event === 'error') {
        errorMessage = typeof m.message === 'string' ? m.message : 'the remote launcher failed';
      }
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    try {
      demux.push(chunk);
    } catch (error) {
      const hint = info === null ? ' (did a login script print to stdout before the launcher started?)' : '';
      errorMessage ??= `remote launcher protocol error${hint}: ${(error as Error).message}`;
      opts.forceKill();
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
  });

  // What the launcher is told first; then the script's stdin, if any, as frames.
  send(encodeControl(opts.request));
  const stdin = opts.stdin ?? null;
  const onStdinData = (chunk: Buffer | string) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (bytes.length === 0) return; // an empty frame would mean end of input
    if (!send(encodeFrame(STREAM_STDIN, bytes)) && stdin && !closed) {
      stdin.pause(); // flow control: read no more input than the connection takes
      child.stdin?.once('drain', () => {
        if (!closed) stdin.resume();
      });
    }
  };
  const onStdinEnd = () => void send(encodeFrame(STREAM_STDIN, Buffer.alloc(0)));
  if (stdin) {
    stdin.on('data', onStdinData);
    stdin.once('end', onStdinEnd);
  } else onStdinEnd();
  const detachStdin = () => {
    if (!stdin) return;
    stdin.off('data', onStdinData);
    stdin.off('end', onStdinEnd);
    stdin.pause();
  };

  const done = new Promise<ExitReport>((resolve, reject) => {
    const fail = (error: Error) => {
      rejectStarted(error);
      reject(error);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      closed = true;
      detachStdin();
      fail(
        new ScriptStartError(
          interpreter,
          error.code === 'ENOENT' ? `cannot run ${child.spawnfile}: not found` : error.message,
        ),
      );
    });
    // 'close' comes after stdout has been read to its end: every frame has been seen.
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      closed = true;
      detachStdin();
      if (killFallback) clearTimeout(killFallback);
      const wall_s = (monotonicMs() - opts.spawnedAt_ms) / 1000;
      if (exitMessage !== null && info !== null) {
        resolve(remoteExitReport(exitMessage, wall_s, hostStart));
        return;
      }
      if (errorMessage !== null) {
        fail(info === null ? new ScriptStartError(interpreter, errorMessage) : new Error(errorMessage));
        return;
      }
      const lost = opts.onLost({ code, signal, started: info !== null, stderr: stderrTail.trim() });
      if (lost) fail(lost);
      else if (info === null)
        fail(
          new ScriptStartError(
            interpreter,
            `the remote launcher ended (${signal ?? code}) before the script started`,
          ),
        );
      else resolve(lostExitReport(wall_s, 'SIGKILL'));
    });
  });
  done.catch(() => undefined); // the caller awaits `started` first; an early failure must not be unhandled

  return {
    started,
    done,
    signal(sig: NodeJS.Signals) {
      control({ op: 'signal', signal: sig });
    },
    subscribeSamples(callback) {
      onSample = callback;
      for (const sample of pendingSamples.splice(0)) callback(sample);
    },
    coreWeights: () => sampler?.coreWeights() ?? new Map<number, number>(),
    killTree() {
      control({ op: 'kill' });
      if (closed || killFallback) return;
      killFallback = setTimeout(
        () => {
          if (!closed) opts.forceKill();
        },
        (opts.kill_fallback_s ?? 5) * 1000,
      );
      killFallback.unref?.();
    },
  };
}

/**
 * The remote launcher's exit report, with its calibration readings and its machine's CPU between `hostStart` and
 * its reading after the tree was gone (each where the launcher sent it).
 */
function remoteExitReport(
  m: Record<string, unknown>,
  wall_s: number,
  hostStart: HostReading | null,
): ExitReport {
  const report = exitReportFrom(m, wall_s);
  const calibration = calibrationFrom(m.calibration);
  const hostEnd = hostReadingFrom(m.host);
  return {
    ...report,
    ...(calibration === undefined ? {} : { calibration }),
    ...(hostStart === null || hostEnd === null || hostEnd.at_s <= hostStart.at_s
      ? {}
      : {
          host_cpu: { start: hostStart.ticks, end: hostEnd.ticks, between_s: hostEnd.at_s - hostStart.at_s },
        }),
  };
}

/** The last few lines a client wrote on stderr, as one line. */
export function lastLines(text: string, lines = 5): string {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-lines)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
