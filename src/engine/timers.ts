/**
 * Timers of any length. Node's setTimeout takes at most 2^31-1 ms (about 24.8 days) and fires at once, with a
 * warning, for anything longer: a `--timeout 2592000` (30 days) would kill the script immediately. A long timer
 * here is a chain of short ones, each re-armed for what is left on the monotonic clock until the deadline.
 */

/** The longest delay one Node timer takes. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** What a long timer is built on: a monotonic clock and one-shot timers of at most MAX_TIMER_DELAY_MS. */
export interface TimerHost {
  now_ms(): number;
  set(callback: () => void, delay_ms: number): unknown;
  clear(handle: unknown): void;
}

export interface LongTimer {
  cancel(): void;
}

/**
 * Milliseconds on the monotonic clock (CLOCK_MONOTONIC on Linux, the clock the launcher's time.monotonic reads).
 * `performance.now()` would do, but Node loads perf_hooks (eight modules) for it on the run's critical path.
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export const nodeTimerHost: TimerHost = {
  now_ms: monotonicMs,
  set: (callback, delay_ms) => setTimeout(callback, delay_ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `callback` once, `delay_ms` from now, however long that is. A delay of Infinity never fires; a negative or
 * NaN delay fires as soon as possible.
 */
export function setLongTimer(host: TimerHost, callback: () => void, delay_ms: number): LongTimer {
  let handle: unknown = null;
  let cancelled = false;
  const wait = Number.isNaN(delay_ms) ? 0 : Math.max(0, delay_ms);
  if (wait === Infinity) return { cancel: () => undefined };
  const deadline_ms = host.now_ms() + wait;
  const arm = (left_ms: number) => {
    handle = host.set(fire, Math.min(left_ms, MAX_TIMER_DELAY_MS));
  };
  const fire = () => {
    if (cancelled) return;
    const left_ms = deadline_ms - host.now_ms();
    if (left_ms > 0 && wait > MAX_TIMER_DELAY_MS) {
      arm(left_ms); // a link of the chain: the deadline is still ahead
      return;
    }
    handle = null;
    callback();
  };
  arm(wait);
  return {
    cancel() {
      cancelled = true;
      if (handle !== null) host.clear(handle);
      handle = null;
    },
  };
}
