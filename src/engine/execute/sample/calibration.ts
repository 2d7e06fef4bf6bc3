/**
 * How fast the machine runs ordinary interpreter-like work right now: a fixed loop (hash-map updates, short strings,
 * small allocations — the work a Python interpreter does) timed in pyrun's own CPU time.
 *
 * A run on a shared VM can take 1.5–1.8× its usual CPU time for minutes at a time while nothing in the VM looks
 * busier: the host gives the vCPU to another guest, or a sibling hyperthread competes for the core, and the guest
 * counts the lost time as the script's own (no steal is reported). Nothing about the script says so; a fixed loop
 * timed the same way does, so each local run records the loop's time (`calibration_ms`) and the judge compares it
 * with the baseline runs' (analysis/busy-machine.ts). Timed in CPU time, not wall time, so that a neighbour that
 * merely takes turns on the core (which `neighbour_cores` already sees) does not count; the median of several
 * repetitions, after a warm-up that lets the JIT settle, so that one interrupt does not either.
 */
/** Repetitions per block (a block's median is a reading), warm-up repetitions, and the most blocks timed. */
const REPETITIONS = 7;
const WARM_UP = 8;
const MAX_BLOCKS = 12;
/** A block this much quicker than the one before means the JIT was still at work: time another. */
const STILL_WARMING = 0.95;
/** Other threads of pyrun using more than this share of the loop's own CPU during a block disturb it. */
const OTHER_THREADS = 0.2;
/** Loop iterations per repetition: about 1 ms on a 2024 server core. */
const ITERATIONS = 20_000;
const KEYS = 997;

const threadCpuUsage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;

/**
 * This thread's CPU milliseconds so far, where Node can tell (process.threadCpuUsage, Node 24); else null. The whole
 * process's CPU time would not do: right after a run pyrun's other threads can be busy (V8 compiling the history's
 * WebAssembly in the background), and they would count. Where Node cannot, the operating system may
 * (LinuxProcSource passes /proc/thread-self/schedstat).
 */
export function nodeThreadCpuMs(): number | null {
  if (typeof threadCpuUsage !== 'function') return null;
  const u = threadCpuUsage.call(process);
  return (u.user + u.system) / 1000;
}

/** A clock of this thread's CPU milliseconds, null where it cannot be read. */
export type ThreadClock = () => number | null;

/**
 * A reading of the clocks one repetition is timed by: this thread's CPU time where it is known; elsewhere the
 * lesser of the process's CPU time and the wall time (more CPU than wall means other threads worked, more wall than
 * CPU means the thread waited, and the work itself is at most either).
 */
interface Clocks {
  thread_ms: number | null;
  process_ms: number;
  wall_ms: number;
}

function clocks(threadCpuMs: ThreadClock): Clocks {
  const u = process.cpuUsage();
  return { thread_ms: threadCpuMs(), process_ms: (u.user + u.system) / 1000, wall_ms: performance.now() };
}

function elapsedMs(before: Clocks, after: Clocks): number {
  if (before.thread_ms !== null && after.thread_ms !== null) return after.thread_ms - before.thread_ms;
  return Math.min(after.process_ms - before.process_ms, after.wall_ms - before.wall_ms);
}

/** The fixed work: returns a value so that the JIT cannot drop it. */
function work(iterations: number): number {
  const counts = new Map<string, number>();
  let sum = 0;
  for (let i = 0; i < iterations; i += 1) {
    const key = `k${i % KEYS}`;
    counts.set(key, (counts.get(key) ?? 0) + i);
    if ((i & 7) === 0) {
      const pair = { at: i, next: [i, i + 1] };
      sum += pair.next[1]!;
    }
  }
  return sum + counts.size;
}

/** Whether this process has taken a reading yet (the first is thrown away). */
let warmed = false;

/** Where each loop's result goes, so that the JIT cannot drop the work (read by nothing else). */
export const calibrationSink = { value: 0 };

/**
 * The median CPU milliseconds one repetition of the fixed loop took, rounded to the microsecond, once the JIT has
 * settled and while nothing else of pyrun's runs: blocks of repetitions are timed until a block is no quicker than
 * the one before (in a process that has just run a lot of other code, V8's compiler queue can keep the loop
 * unoptimized for dozens of repetitions), skipping a block during which pyrun's other threads used more than a
 * fifth as much CPU (they share the core's caches), at most MAX_BLOCKS. Usually 20–30 ms of pyrun's time (twice that
 * the first time in a process), run after the script's tree has ended so that it never competes with the script.
 */
export function calibrationMs(threadCpuMs: ThreadClock = nodeThreadCpuMs): number {
  if (!warmed) {
    // The first reading of a process that has just run a lot of other code (a suite, the history) can plateau
    // before V8 optimizes the loop, at twice the steady time: one reading thrown away settles it.
    warmed = true;
    calibrationMs(threadCpuMs);
  }
  for (let i = 0; i < WARM_UP; i += 1) calibrationSink.value += work(ITERATIONS);
  let settled: number | null = null;
  let last = Number.NaN;
  for (let blocks = 0; blocks < MAX_BLOCKS; blocks += 1) {
    const next = block(threadCpuMs);
    last = next.median_ms;
    if (next.disturbed) continue;
    const warming = settled === null || next.median_ms < settled * STILL_WARMING;
    settled = next.median_ms;
    if (!warming) break;
  }
  calibrationSink.value &= 1;
  return Math.round((settled ?? last) * 1000) / 1000;
}

/** One block of timed repetitions: their median, and whether pyrun's other threads were busy meanwhile. */
function block(threadCpuMs: ThreadClock): { median_ms: number; disturbed: boolean } {
  const times: number[] = [];
  const start = clocks(threadCpuMs);
  for (let i = 0; i < REPETITIONS; i += 1) {
    const before = clocks(threadCpuMs);
    calibrationSink.value += work(ITERATIONS);
    times.push(elapsedMs(before, clocks(threadCpuMs)));
  }
  const end = clocks(threadCpuMs);
  times.sort((a, b) => a - b);
  const own = end.thread_ms !== null && start.thread_ms !== null ? end.thread_ms - start.thread_ms : null;
  const others = own === null ? 0 : end.process_ms - start.process_ms - own;
  return { median_ms: times[REPETITIONS >> 1]!, disturbed: own !== null && others > own * OTHER_THREADS };
}
