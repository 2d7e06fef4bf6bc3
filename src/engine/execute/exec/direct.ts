/**
 * Windows: no fork, no process groups, no launcher. The interpreter runs the script directly, stdio inherited;
 * figures come from the samples alone (`exact: false`), and ending the run kills the script (and, through
 * `taskkill /T`, its tree).
 */
import { lostExitReport } from './launcher-report.js';
import { execFile, spawn } from 'node:child_process';
import type { ExitReport, LaunchSpec, RunningScript, StartInfo } from './types.js';
import { monotonicMs } from '../../timers.js';

export function startDirect(spec: LaunchSpec): RunningScript {
  const child = spawn(spec.python, [spec.script, ...spec.args], {
    cwd: spec.cwd,
    env: spec.env,
    stdio: 'inherit',
    windowsHide: true,
  });
  const spawnedAt_ms = monotonicMs();
  const started = new Promise<StartInfo>((resolve, reject) => {
    child.once('spawn', () =>
      resolve({
        script_pid: child.pid as number,
        sampler_root_pid: child.pid as number,
        clk_tck: 100,
        page_size: 4096,
        python_version: '',
        spawned_at_ms: spawnedAt_ms,
        fork_age_ms: 0,
        sample_root_included: true,
      }),
    );
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? `interpreter not found: ${spec.python}` : error.message)),
    );
  });
  started.catch(() => undefined);
  const done = new Promise<ExitReport>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      // No launcher: only what Node saw, the figures come from the samples.
      resolve({
        ...lostExitReport((monotonicMs() - spawnedAt_ms) / 1000, signal ?? null),
        exit_code: code,
      }),
    );
  });
  done.catch(() => undefined);
  const killTree = () => {
    if (process.platform === 'win32' && child.pid) {
      execFile('taskkill', ['/PID', String(child.pid), '/T', '/F'], () => undefined);
    } else child.kill('SIGKILL');
  };
  return {
    started,
    done,
    signal: (sig) => (sig === 'SIGKILL' ? killTree() : child.kill(sig)),
    killTree,
  };
}
