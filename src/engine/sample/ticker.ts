/**
 * Calls `tick` every `interval_s` on the given clock, on a fixed schedule (no drift: each deadline is
 * start + k·interval, and a late tick does not push the next one back). `stop()` cancels at once, so the end of a
 * run never waits for a sleeping sampler.
 */
import type { Clock } from '../ports.js';

export interface Ticker {
  stop(): void;
}

export function startTicker(clock: Clock, interval_s: number, tick: (now_ms: number) => void): Ticker {
  const interval_ms = interval_s * 1000;
  const start_ms = clock.now_ms();
  let k = 1;
  let handle: unknown;
  let stopped = false;
  const schedule = () => {
    const now = clock.now_ms();
    // Skip deadlines already missed (a stalled event loop) rather than firing a burst of catch-up ticks.
    while (start_ms + k * interval_ms <= now) k += 1;
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
