/**
 * The local executor: starts the launcher (./launcher.ts) on the script in its own session, so the whole tree can
 * be signalled as a group, and reads the launcher's report from fd 3. stdin/stdout/stderr are inherited: the
 * script's output reaches the terminal or log unchanged and unbuffered by pyrun, whatever its size.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { constants as osConstants } from 'node:os';
import { LAUNCHER_SOURCE, PROFILE_OPTION } from './launcher.js';
import type { ExitReport, LaunchSpec, RunningScript, StartInfo } from './types.js';

export const LAUNCHER_SUPPORTED = process.platform !== 'win32';

export function signalName(n: number | null): string | null {
  if (n === null) return null;
  for (const [name, value] of Object.entries(osConstants.signals)) if (value === n) return name;
  return `SIG${n}`;
}

interface LauncherMessage {
  event: 'started' | 'exited' | 'error';
  [key: string]: unknown;
}

export function startLocal(spec: LaunchSpec): RunningScript {
  const child: ChildProcess = spawn(
    spec.python,
    [
      '-S',
      '-E',
      '-c',
      LAUNCHER_SOURCE,
      // Always given (empty: no profile), so a script whose name starts like the option is still the script.
      `${PROFILE_OPTION}${spec.profile_path ?? ''}`,
      spec.script,
      ...spec.args,
    ],
    {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
      detached: true, // its own session and process group: signals to pyrun's group do not reach it by accident
      windowsHide: true,
    },
  );
  const spawnedAt_ms = performance.now();

  let resolveStarted!: (info: StartInfo) => void;
  let rejectStarted!: (error: Error) => void;
  const started = new Promise<StartInfo>((resolve, reject) => {
    resolveStarted = resolve;
    rejectStarted = reject;
  });
  started.catch(() => undefined); // observed through `done` too

  let scriptPid: number | null = null;
  let exitMessage: LauncherMessage | null = null;
  let startError: string | null = null;

  const channel = child.stdio[3];
  if (channel && 'on' in channel) {
    const lines = createInterface({ input: channel as NodeJS.ReadableStream });
    lines.on('line', (line) => {
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
      } else if (msg.event === 'error') {
        startError = String(msg.message);
      }
    });
  }

  const done = new Promise<ExitReport>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'ENOENT' ? `interpreter not found: ${spec.python}` : error.message;
      const err = new Error(why);
      rejectStarted(err);
      reject(err);
    });
    // 'close' waits for fd 3 to drain, so the launcher's last line has been read.
    child.once('close', (code, signal) => {
      if (startError !== null || scriptPid === null) {
        const err = new Error(
          startError ?? `the interpreter ${spec.python} exited (${signal ?? code}) before the script started`,
        );
        rejectStarted(err);
        reject(err);
        return;
      }
      const wall_fallback_s = (performance.now() - spawnedAt_ms) / 1000;
      const m = exitMessage;
      if (m === null) {
        // The launcher itself was killed: the script's own status is unknown; make sure nothing outlives it.
        killGroup(scriptPid, 'SIGKILL');
        resolve({
          exit_code: null,
          signal: signal ?? 'SIGKILL',
          wall_s: wall_fallback_s,
          cpu_time_s: null,
          maxrss_bytes: null,
          read_bytes: null,
          write_bytes: null,
          rusage: null,
          exact: false,
        });
        return;
      }
      const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
      resolve({
        exit_code: num(m.exit_code),
        signal: signalName(num(m.signal)),
        wall_s: num(m.wall_s) ?? wall_fallback_s,
        cpu_time_s: (num(m.cpu_user_s) ?? 0) + (num(m.cpu_sys_s) ?? 0),
        maxrss_bytes: num(m.maxrss_bytes),
        read_bytes: num(m.rchar),
        write_bytes: num(m.wchar),
        rusage: null,
        exact: true,
      });
    });
  });

  return {
    started,
    done,
    signal(sig: NodeJS.Signals) {
      if (scriptPid !== null) killGroup(scriptPid, sig);
    },
  };
}

/** Signals a whole process group; a group that has already gone is not an error. */
export function killGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    /* already gone */
  }
}
