/**
 * Quick looks at the tree between two samples, for its peaks only (summed memory, processes, threads). A tree's
 * summed RSS peaks while its processes overlap, and a pool of short-lived workers can start and end between two
 * samples half a second apart; a script shorter than one interval has no sample at all. Sampled alone, the same
 * unchanged two-worker script measured 20 MB in some runs and 46 MB in others.
 *
 * Through the first window of the run (one interval, at most a second), and for a window after a probe that found a
 * process it had not seen, pyrun probes every gap (the interval / 20, kept within 10–25 ms) while the new processes
 * grow. Between windows it asks the kernel every 100 ms for the last pid it gave out, one small read, and probes when
 * that moved: a timer's wake-up costs a VM 0.1–0.3 ms of CPU, so a 25 ms watch would cost a hundredth of a core for
 * the whole run, a 100 ms one a quarter of that. Where the kernel does not say (`spawned` absent), it probes in the
 * windows only, woken by a sample that found a new process. A probe's own cost paces them: the gap is at least 20
 * times what the last one took, so a large tree is never probed with more than a twentieth of a core.
 */
import type { Clock } from '../../ports.js';

export interface Probes {
  /** A sample found a new process: probe every gap again, from now, for one window. */
  wake(): void;
  stop(): void;
}

/** The most a window of probing every gap lasts, whatever the interval. */
const MAX_WINDOW_MS = 1000;
/** The gap is the interval over this, kept between the bounds below. */
const PROBES_PER_INTERVAL = 20;
const MIN_GAP_MS = 10;
const MAX_GAP_MS = 25;
/** Between windows, how often pyrun asks whether a process was created. */
const WATCH_GAP_MS = 100;
/** The gap is at least this many times the last probe's cost. */
const COST_FACTOR = 20;

export interface ProbeHooks {
  /** Looks at the tree; true when it found a process no look had seen before. */
  probe(): boolean;
  /** Whether the machine created any process since the last call (null: it cannot say). */
  spawned?(): boolean | null;
}

export function startProbes(clock: Clock, interval_s: number, hooks: ProbeHooks): Probes {
  const interval_ms = interval_s * 1000;
  const window_ms = Math.min(interval_ms, MAX_WINDOW_MS);
  const gap_ms = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, interval_ms / PROBES_PER_INTERVAL));
  let watching = hooks.spawned !== undefined; // until it first says it cannot tell
  let dense_until = clock.now_ms() + window_ms;
  let handle: unknown = null;
  let stopped = false;
  let cost_ms = 0;

  const schedule = () => {
    handle = null;
    const dense = clock.now_ms() < dense_until;
    if (stopped || (!watching && !dense)) return;
    handle = clock.setTimer(fire, Math.max(dense ? gap_ms : WATCH_GAP_MS, gap_ms, COST_FACTOR * cost_ms));
  };
  const fire = () => {
    if (stopped) return;
    const before = clock.now_ms();
    const spawned = watching ? (hooks.spawned?.() ?? null) : null;
    if (spawned === null) watching = false;
    if (before < dense_until || spawned === true) {
      const fresh = hooks.probe();
      const after = clock.now_ms();
      cost_ms = after - before;
      if (fresh) dense_until = after + window_ms;
    }
    schedule();
  };
  schedule();
  return {
    wake() {
      if (stopped) return;
      dense_until = clock.now_ms() + window_ms;
      if (handle === null) schedule();
    },
    stop() {
      stopped = true;
      if (handle !== null) clock.clearTimer(handle);
      handle = null;
    },
  };
}

/** `spawned` for a source of the last pid given out: whether it moved since the last call. */
export function pidWatch(lastPid: () => number | null): () => boolean | null {
  let last = lastPid();
  return () => {
    const now = lastPid();
    if (now === null) return null;
    const moved = now !== last;
    last = now;
    return moved;
  };
}
