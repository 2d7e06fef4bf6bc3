/**
 * Waiting between retries (`--retry-delay SECONDS --retry-backoff FACTOR`, docs/cli.md): each wait is the one
 * before times the factor, capped, with jitter so that many jobs failing together do not retry in lockstep.
 * Time comes from the Clock port and chance from an injected source, so tests run it on a manual clock.
 */
import type { Clock } from '../ports.js';

/** Waits grow no longer than this (unless the first wait asked for is longer: then that one is the cap). */
export const MAX_RETRY_DELAY_S = 60;
/** Each wait is drawn uniformly within ±20% of its nominal length. */
export const RETRY_JITTER = 0.2;

/**
 * The wait before retry number `retry` (1 = the first retry): `delay_s × backoff^(retry−1)`, at most the cap,
 * jittered by `random()` (in [0, 1); 0.5 means no jitter) and never past the cap. 0 when `delay_s` is 0.
 */
export function retryDelay_s(retry: number, delay_s: number, backoff: number, random: () => number): number {
  if (!(delay_s > 0)) return 0;
  const cap_s = Math.max(MAX_RETRY_DELAY_S, delay_s);
  const nominal_s = Math.min(delay_s * backoff ** (retry - 1), cap_s);
  const jittered_s = nominal_s * (1 + RETRY_JITTER * (2 * random() - 1));
  return Math.min(Math.max(jittered_s, 0), cap_s);
}

/**
 * Waits `delay_s` on the clock. `onInterruptible` receives a function that ends the wait early (pyrun got
 * SIGINT/SIGTERM between attempts); resolves with that signal, or null when the wait ran its course.
 */
export function pause(
  clock: Clock,
  delay_s: number,
  onInterruptible?: (interrupt: (sig: NodeJS.Signals) => void) => void,
): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    const timer = clock.setTimer(() => resolve(null), delay_s * 1000);
    onInterruptible?.((sig) => {
      clock.clearTimer(timer);
      resolve(sig);
    });
  });
}
