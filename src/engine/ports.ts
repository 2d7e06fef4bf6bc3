/**
 * The engine's ports: everything it needs from the outside world, as small interfaces. Real implementations live
 * beside the code that uses them; tests pass hand-written fakes (a manual clock, a scripted /proc).
 */
import { nodeTimerHost, setLongTimer, type LongTimer, monotonicMs } from './timers.js';
import type { Sample } from './types.js';

/** Time and timers. `now_ms` is monotonic. */
export interface Clock {
  now_ms(): number;
  setTimer(callback: () => void, delay_ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** The real clock; its timers take any delay (./timers.ts chains Node's, which stop at 2^31-1 ms). */
export const systemClock: Clock = {
  now_ms: monotonicMs,
  setTimer: (callback, delay_ms) => setLongTimer(nodeTimerHost, callback, delay_ms),
  clearTimer: (handle) => (handle as LongTimer).cancel(),
};

/** One process as /proc/<pid>/stat shows it. CPU in clock ticks, RSS in pages. */
export interface ProcStat {
  pid: number;
  ppid: number;
  state: string;
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
  num_threads: number;
  starttime: number;
  rss_pages: number;
  /** The core it last ran on (absent where the kernel does not say). */
  processor?: number;
}

/** The whole machine's busy CPU time so far, in ticks (USER_HZ, the unit of /proc/stat), and pyrun's own share. */
export interface HostCpuTicks {
  busy_ticks: number;
  /** CPU seconds pyrun's own process has used so far (every thread of it): not a neighbour's work. */
  own_cpu_s: number;
}

/**
 * The machine's busy CPU as a script started and as it ended, and the seconds between the two readings: what
 * `neighbour_cores` is made of.
 */
export interface HostCpuWindow {
  start: HostCpuTicks;
  end: HostCpuTicks;
  between_s: number;
}

/** Reads one process at a time; every method returns null when the process has gone. */
export interface ProcSource {
  stat(pid: number): ProcStat | null;
  /** Children of pid, or null when the kernel cannot list them (then the sampler scans `allPids`). */
  children(pid: number): number[] | null;
  allPids(): number[];
  io(pid: number): { rchar: number; wchar: number } | null;
  fdCount(pid: number): number | null;
  /**
   * The machine's busy CPU time (/proc/stat): read as the script starts and ends, it tells how many cores other work
   * kept busy meanwhile (the `neighbour_cores` metric). Absent or null where the machine does not say.
   */
  hostCpu?(): HostCpuTicks | null;
  /**
   * The pid most recently given to a new process on this machine (the last field of /proc/loadavg): when it has not
   * changed, no process was created, so the tree has no new member. Absent or null where the machine does not say.
   */
  lastPid?(): number | null;
}

/** pyrun's own messages. The engine never prints: adapters decide where lines go. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** A transient status (a live line on a TTY, nothing elsewhere). */
  status?(sample: Sample): void;
}
