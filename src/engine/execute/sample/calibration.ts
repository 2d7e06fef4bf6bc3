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

/** Repetitions timed (their median is the reading), and the warm-up repetitions before them. */
const REPETITIONS = 7;
const WARM_UP = 8;
/** Loop iterations per repetition: about 1 ms on a 2024 server core. */
const ITERATIONS = 20_000;
const KEYS = 997;

/** The CPU time this thread has used, in milliseconds (the whole process's where Node cannot tell a thread's). */
function cpuMs(): number {
  const threadUsage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  const u = typeof threadUsage === 'function' ? threadUsage.call(process) : process.cpuUsage();
  return (u.user + u.system) / 1000;
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

/** Where each loop's result goes, so that the JIT cannot drop the work (read by nothing else). */
export const calibrationSink = { value: 0 };

/**
 * The median CPU milliseconds one repetition of the fixed loop took, rounded to the microsecond. About 30 ms of
 * pyrun's time (warm-up included), run after the script's tree has ended so that it never competes with the script.
 */
export function calibrationMs(): number {
  for (let i = 0; i < WARM_UP; i += 1) calibrationSink.value += work(ITERATIONS);
  const times: number[] = [];
  for (let i = 0; i < REPETITIONS; i += 1) {
    const before = cpuMs();
    calibrationSink.value += work(ITERATIONS);
    times.push(cpuMs() - before);
  }
  times.sort((a, b) => a - b);
  calibrationSink.value &= 1;
  return Math.round(times[REPETITIONS >> 1]! * 1000) / 1000;
}
