/**
 * Calls `tick` every `interval_s` on the given clock, on a fixed schedule (no drift: each deadline is
 * start + k·interval, and a late tick does not push the next one back). `stop()` cancels at once, so the end of a
 * run never waits for a sleeping sampler.
 */
import type { Clock } from '../../ports.js';

export interface Ticker {
  stop(): void;
}

export function startTicker(clock: Clock, interval_s: number, tick: (now_ms: number) => void): Ticker {
  const interval_ms = interval_s * 1000;
  if (!(interval_ms > 0) || !Number.isFinite(interval_ms))
    throw new RangeError(`a tick interval must be a positive number of seconds (got ${interval_s})`);
  const start_ms = clock.now_ms();
  let k = 1;
  let handle: unknown;
  let stopped = false;
  const schedule = () => {
    const now = clock.now_ms();
    k = nextTick(start_ms, interval_ms, k, now);
    handle = clock.setTimer(fire, start_ms + k * interval_ms - now);
  };
  const fire = () => {
    if (stopped) return;
    k += 1;
    tick(clock.now_ms());
    if (!stopped) schedule();
  };
  schedule();
  return {
    stop() {
      stopped = true;
      clock.clearTimer(handle);
    },
  };
}

/**
 * The index of the next tick on the schedule start + k·interval: at least `k`, and after `now`. Deadlines already
 * missed (a stalled event loop) are skipped in one step, however many, rather than fired in a burst.
 */
export function nextTick(start_ms: number, interval_ms: number, k: number, now_ms: number): number {
  let next = Math.max(k, Math.floor((now_ms - start_ms) / interval_ms) + 1);
  if (start_ms + next * interval_ms <= now_ms) next += 1; // floating point put it on the deadline itself
  return next;
}
