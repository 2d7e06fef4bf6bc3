import type { HostCpuWindow } from '../../ports.js';
import type { MeasuredSample } from '../sample/totals.js';

/** What an executor needs to start a script, and what it reports back. */

export interface LaunchSpec {
  /** The interpreter, as a path or a name found on PATH. */
  python: string;
  /** The script's path, or with `module` the module's dotted name. */
  script: string;
  /**
   * Run `script` as a module, exactly as `python -m script` (the working directory first on sys.path, `__main__`;
   * profiling works too). Only the local executor honours it.
   */
  module?: boolean;
  /** Passed to the script exactly as given: no shell is ever involved. */
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /**
   * `--profile`: run the script under cProfile and write its stats (pstats format) here. Only the local
   * executor honours it.
   */
  profile_path?: string;
  /**
   * `--instructions`: run the script's whole tree under this valgrind (callgrind), its files written to
   * `out_dir`. Only the local executor honours it.
   */
  counter?: { valgrind: string; out_dir: string };
}

/** What ran, as people write it: the script's path, or `-m package.module`. */
export function launchLabel(launch: Pick<LaunchSpec, 'script' | 'module'>): string {
  return launch.module ? `-m ${launch.script}` : launch.script;
}

export interface StartInfo {
  /** The script's pid; also its process group id. */
  script_pid: number;
  /** The process whose descendants the sampler walks (the launcher; excluded from the counts). */
  sampler_root_pid: number;
  clk_tck: number;
  page_size: number;
  python_version: string;
  /** Monotonic time (timers.ts monotonicMs) the launcher was spawned. */
  spawned_at_ms: number;
  /** How long before this StartInfo was delivered the script was forked (0 when unknown). */
  fork_age_ms: number;
  /** The sampler counts the root itself (the script run directly, no launcher in between). */
  sample_root_included?: boolean;
  /** Where the script runs, when that is not this machine (Node's names: linux, x64, arm64). */
  os?: string | null;
  arch?: string | null;
}

export interface ExitReport {
  exit_code: number | null;
  signal: string | null;
  /** Wall time from the script's spawn to its exit. */
  wall_s: number;
  /** Exact CPU of the whole tree (reaped), when the launcher reported it. */
  cpu_time_s: number | null;
  /** The largest single process's high-water mark. */
  maxrss_bytes: number | null;
  read_bytes: number | null;
  write_bytes: number | null;
  /** False when figures had to come from the samples alone. */
  exact: boolean;
  /**
   * The kernel's exact account of the whole reaped tree (getrusage(RUSAGE_CHILDREN) after, minus before the
   * launch), when a launcher reported it; null on the direct path (no launcher) or when the launcher was killed.
   */
  rusage: ExitRusage | null;
  /**
   * The local launcher's calibration after the tree was gone (Linux): the median CPU milliseconds one repetition of
   * its fixed loop took pinned on each core (key -1: unpinned), and the launcher's CPU seconds spent on it.
   */
  calibration?: { ms_by_cpu: ReadonlyMap<number, number>; cpu_s: number };
  /**
   * A remote launcher's readings of its machine's CPU as the script started and after it ended (Linux there), its
   * own CPU (calibration included) counted as pyrun's: the executor that samples its own machine reads these itself.
   */
  host_cpu?: HostCpuWindow;
  /** A container's launcher saw its memory cgroup's OOM killer strike while the script ran (absent: no). */
  oom_killed?: boolean;
}

export interface ExitRusage {
  cpu_user_s: number;
  cpu_system_s: number;
  minor_faults: number;
  major_faults: number;
  voluntary_ctx_switches: number;
  involuntary_ctx_switches: number;
}

export interface RunningScript {
  /** Resolves once the script runs; rejects when it cannot start (the message names the cause). */
  started: Promise<StartInfo>;
  /** Resolves when the script and every process it left behind are gone. */
  done: Promise<ExitReport>;
  /** Sends a signal to the script's whole process group. */
  signal(sig: NodeJS.Signals): void;
  /**
   * Executors that measure where the script runs (ssh, docker) stream samples themselves and take this;
   * without it pyrun samples the local process tree under `StartInfo.sampler_root_pid`.
   */
  subscribeSamples?(onSample: (sample: MeasuredSample) => void): void;
  /** What is killed when the tree must end and the executor cannot reach it by process group (remote trees). */
  killTree?(): void;
  /** With `subscribeSamples`: where the tree's CPU time went, by core, as the streamed samples show. */
  coreWeights?(): ReadonlyMap<number, number>;
}
