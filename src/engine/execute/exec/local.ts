/**
 * The local executor: starts the launcher (src/python/launcher.py, see ./launcher.ts) on the script in its own
 * session, so the whole tree can be signalled as a group, and reads the launcher's report from fd 3.
 * stdin/stdout/stderr are inherited: the script's output reaches the terminal or log unchanged and unbuffered by
 * pyrun, whatever its size.
 *
 * The launcher's life is tied to pyrun's: it asks the kernel for a signal when pyrun dies and then ends the tree
 * (Linux). If the launcher itself is killed, the script's group is killed here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ScriptStartError } from './errors.js';
import { launcherArgs } from './launcher.js';
import { calibrationFrom, exitReportFrom, lostExitReport } from './launcher-report.js';
import type { ExitReport, LaunchSpec, RunningScript, StartInfo } from './types.js';
import { monotonicMs } from '../../timers.js';
import { killMarkedSurvivors, newRunMarker, RUN_MARKER_VAR } from './survivors.js';

export const LAUNCHER_SUPPORTED = process.platform !== 'win32';

interface LauncherMessage {
  event: 'started' | 'exited' | 'calibration' | 'error';
  [key: string]: unknown;
}

export function startLocal(spec: LaunchSpec): RunningScript {
  const marker = newRunMarker(); // every process of the run inherits it: see ./survivors.ts
  // On Linux the launcher times its calibration loop on each core once the tree is gone (the `calibration_ms` metric).
  const args = launcherArgs({ ...spec, calibrate: process.platform === 'linux' });
  const child: ChildProcess = spawn(spec.python, args, {
    cwd: spec.cwd,
    env: { ...spec.env, [RUN_MARKER_VAR]: marker },
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    detached: true, // its own session and process group: signals to pyrun's group do not reach it by accident
    windowsHide: true,
  });
  const spawnedAt_ms = monotonicMs();

  let resolveStarted!: (info: StartInfo) => void;
  let rejectStarted!: (error: Error) => void;
  const started = new Promise<StartInfo>((resolve, reject) => {
    resolveStarted = resolve;
    rejectStarted = reject;
  });
  started.catch(() => undefined); // observed through `done` too

  let scriptPid: number | null = null;
  let exitMessage: LauncherMessage | null = null;
  let calibration: ExitReport['calibration'] = undefined;
  let startError: string | null = null;

  const channel = child.stdio[3];
  if (channel && 'on' in channel) {
    onLines(channel as NodeJS.ReadableStream, (line) => {
      let msg: LauncherMessage;
      try {
        msg = JSON.parse(line) as LauncherMessage;
      } catch {
        return;
      }
      if (msg.event === 'started') {
        scriptPid = Number(msg.pid);
        const age_ms = Number(process.hrtime.bigint()) / 1e6 - Number(msg.t_fork) * 1000;
        resolveStarted({
          script_pid: scriptPid,
          sampler_root_pid: child.pid as number,
          clk_tck: Number(msg.clk_tck) || 100,
          page_size: Number(msg.page_size) || 4096,
          python_version: String(msg.python_version ?? ''),
          spawned_at_ms: spawnedAt_ms,
          // A clock that disagrees (another base on an exotic platform) must not distort the samples.
          fork_age_ms: Number.isFinite(age_ms) && age_ms >= 0 && age_ms < 5000 ? age_ms : 0,
        });
      } else if (msg.event === 'exited') {
        exitMessage = msg;
      } else if (msg.event === 'calibration') {
        calibration = calibrationFrom(msg);
      } else if (msg.event === 'error') {
        startError = String(msg.message);
      }
    });
  }

  const done = new Promise<ExitReport>((resolve, reject) => {
    const fail = (error: Error) => {
      rejectStarted(error);
      reject(error);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      fail(
        new ScriptStartError(
          spec.python,
          error.code === 'ENOENT'
            ? `python '${spec.python}' not found`
            : `python '${spec.python}' could not be run: ${error.message}`,
        ),
      );
    });
    // 'close' waits for fd 3 to drain, so the launcher's last line has been read.
    child.once('close', (code, signal) => {
      // Whatever the launcher ended, nothing of the run may outlive it (a setsid daemon after the launcher died).
      const wall_fallback_s = (monotonicMs() - spawnedAt_ms) / 1000;
      void killMarkedSurvivors(marker).then(() => settle(code, signal, wall_fallback_s));
    });
    const settle = (code: number | null, signal: NodeJS.Signals | null, wall_fallback_s: number) => {
      if (startError !== null || scriptPid === null) {
        fail(new ScriptStartError(spec.python, startError ?? diedBeforeStart(spec.python, code, signal)));
        return;
      }
      if (exitMessage === null) {
        // The launcher itself was killed: the script's own status is unknown; make sure nothing outlives it.
        killGroup(scriptPid, 'SIGKILL');
        resolve(lostExitReport(wall_fallback_s, signal ?? 'SIGKILL'));
        return;
      }
      const report = exitReportFrom(exitMessage, wall_fallback_s);
      resolve(calibration === undefined ? report : { ...report, calibration });
    };
  });
  done.catch(() => undefined); // the caller awaits `started` first; an early failure must not be unhandled

  return {
    started,
    done,
    signal(sig: NodeJS.Signals) {
      if (scriptPid !== null) killGroup(scriptPid, sig);
    },
  };
}

/**
 * Calls `online` with each newline-terminated line of `stream` (UTF-8) and with a last unterminated one at its end.
 * (node:readline does the same, but loads six modules on the run's critical path for it.)
 */
export function onLines(stream: NodeJS.ReadableStream, online: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8'); // a character split across two reads is joined, not mangled
  stream.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop()!;
    for (const line of lines) online(line.endsWith('\r') ? line.slice(0, -1) : line);
  });
  stream.on('end', () => {
    if (pending !== '') online(pending);
    pending = '';
  });
}

/** Why the interpreter ended before the launcher could start the script, in one line. */
export function diedBeforeStart(python: string, code: number | null, signal: NodeJS.Signals | null): string {
  const how = signal !== null ? `was killed by ${signal}` : `exited ${code ?? '?'}`;
  return `python '${python}' ${how} before the script started`;
}

/** Signals a whole process group; a group that has already gone is not an error. */
export function killGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    /* already gone */
  }
}
