/**
 * Bounded retries with exponential backoff, for any channel. An attempt reports whether it is worth repeating
 * (network trouble, timeouts, server errors) or not (the request itself was refused); an abort signal ends the
 * whole delivery at once, backoff included.
 */

export type AttemptOutcome = { ok: true } | { ok: false; retryable: boolean; reason: string };

export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  /** Wait before the first retry; doubled before each next one. */
  first_backoff_ms: number;
}

export type DeliveryResult =
  { ok: true; attempts: number } | { ok: false; attempts: number; reason: string; aborted: boolean };

/** Resolves after `delay_ms`, or as soon as the signal aborts. */
function pause(delay_ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, delay_ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** An error's message, read by shape (errors from another realm are not `instanceof Error`). */
export function describeError(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message !== '' ? message : String(error);
}

/** TLS verification failures (Node's codes): repeating the attempt meets the same certificate. */
export function isCertificateFailure(code: unknown): boolean {
  return typeof code === 'string' && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code);
}

export function backoff_ms(policy: RetryPolicy, retry: number): number {
  return policy.first_backoff_ms * 2 ** (retry - 1);
}

/**
 * Runs `attempt` until it succeeds, fails for good, runs out of retries or the signal aborts. Never rejects: an
 * attempt that throws counts as a retryable failure with the error's message as the reason.
 */
export async function withRetries(
  attempt: (signal: AbortSignal) => Promise<AttemptOutcome>,
  policy: RetryPolicy,
  signal: AbortSignal,
): Promise<DeliveryResult> {
  let attempts = 0;
  let reason = 'not attempted';
  for (;;) {
    if (signal.aborted) return { ok: false, attempts, reason, aborted: true };
    attempts += 1;
    let outcome: AttemptOutcome;
    try {
      outcome = await attempt(signal);
    } catch (error) {
      outcome = {
        ok: false,
        retryable: true,
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    if (outcome.ok) return { ok: true, attempts };
    reason = outcome.reason;
    if (signal.aborted) return { ok: false, attempts, reason, aborted: true };
    if (!outcome.retryable || attempts > policy.retries)
      return { ok: false, attempts, reason, aborted: false };
    await pause(backoff_ms(policy, attempts), signal);
  }
}
