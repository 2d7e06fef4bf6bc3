/**
 * A hand-written executor for pipeline tests: each start() plays the next scripted execution — samples streamed as
 * a remote executor streams them, then an exit report — with no process at all, so the whole road from config to
 * record runs in milliseconds and deterministically.
 */
import type { ExecutorChoice } from '../../src/engine/execute/exec/choose.js';
import { ScriptStartError } from '../../src/engine/execute/exec/errors.js';
import type { ExitReport, LaunchSpec, RunningScript } from '../../src/engine/execute/exec/types.js';
import type { MeasuredSample } from '../../src/engine/execute/sample/totals.js';

const MB = 1024 * 1024;

export interface FakeExecution {
  duration_s: number;
  cpu_time_s?: number;
  peak_rss_mb?: number;
  exit_code?: number | null;
  signal?: string | null;
  /** The interpreter dies before the script starts, with this message. */
  start_error?: string;
  /** What the script does while it runs (e.g. write to the history file), called as it starts. */
  during?: () => void;
}

export class FakeExecutor {
  readonly launches: LaunchSpec[] = [];
  private readonly queue: FakeExecution[];

  constructor(executions: FakeExecution[]) {
    this.queue = [...executions];
  }

  /** The executor chooser the pipeline's ports take. */
  readonly choose = (): ExecutorChoice => ({
    python: 'python3',
    env: {},
    start: (spec) => this.start(spec),
  });

  private start(spec: LaunchSpec): RunningScript {
    this.launches.push(spec);
    const run = this.queue.shift();
    if (!run) throw new Error('FakeExecutor: no execution left to play');
    const rss_bytes = Math.round((run.peak_rss_mb ?? 20) * MB);
    const cpu = run.cpu_time_s ?? run.duration_s * 0.9;
    const samples: MeasuredSample[] = [0.25, 0.5].map((f) => ({
      sample: {
        elapsed_s: run.duration_s * f,
        cpu_percent: 90,
        rss_mb: rss_bytes / MB,
        threads: 1,
        processes: 1,
        read_mb: 0,
        write_mb: 0,
        open_fds: 3,
      },
      rss_bytes,
      read_bytes: 0,
      write_bytes: 0,
      cpu_time_s: cpu * f,
      largest_process_rss_bytes: rss_bytes,
    }));
    const exit: ExitReport = {
      exit_code: run.signal ? null : (run.exit_code ?? 0),
      signal: run.signal ?? null,
      wall_s: run.duration_s,
      cpu_time_s: cpu,
      maxrss_bytes: rss_bytes,
      read_bytes: 0,
      write_bytes: 0,
      exact: true,
      rusage: null,
    };
    let subscriber: ((m: MeasuredSample) => void) | null = null;
    run.during?.();
    if (run.start_error !== undefined) {
      const failed = Promise.reject(new ScriptStartError(spec.python, run.start_error));
      failed.catch(() => undefined);
      return { started: failed, done: failed, signal: () => undefined };
    }
    return {
      started: Promise.resolve({
        script_pid: 0,
        sampler_root_pid: 0,
        clk_tck: 100,
        page_size: 4096,
        python_version: '3.11.7',
        spawned_at_ms: 0,
        fork_age_ms: 0,
        os: 'linux',
        arch: 'x64',
      }),
      done: Promise.resolve().then(() => {
        for (const s of samples) subscriber?.(s);
        return exit;
      }),
      signal: () => undefined,
      subscribeSamples: (fn) => {
        subscriber = fn;
      },
      killTree: () => undefined,
    };
  }
}
