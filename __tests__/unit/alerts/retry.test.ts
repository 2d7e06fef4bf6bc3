import { describe, expect, it } from '@jest/globals';
import { backoff_ms, withRetries, type AttemptOutcome } from '../../../src/engine/alerts/retry.js';

const never = new AbortController().signal;

function scripted(outcomes: AttemptOutcome[]) {
  const calls: number[] = [];
  const attempt = async (): Promise<AttemptOutcome> => {
    calls.push(Date.now());
    return outcomes[Math.min(calls.length - 1, outcomes.length - 1)]!;
  };
  return { attempt, calls };
}

const fail = (retryable: boolean, reason = 'boom'): AttemptOutcome => ({ ok: false, retryable, reason });

describe('withRetries', () => {
  it('doubles the backoff from the first wait', () => {
    const policy = { retries: 4, first_backoff_ms: 250 };
    expect([1, 2, 3, 4].map((n) => backoff_ms(policy, n))).toEqual([250, 500, 1000, 2000]);
  });

  it('stops at the first success', async () => {
    const { attempt, calls } = scripted([fail(true), { ok: true }]);
    expect(await withRetries(attempt, { retries: 5, first_backoff_ms: 1 }, never)).toEqual({
      ok: true,
      attempts: 2,
    });
    expect(calls).toHaveLength(2);
  });

  it('makes 1 + retries attempts on retryable failures, keeping the last reason', async () => {
    const { attempt, calls } = scripted([fail(true, 'first'), fail(true, 'second'), fail(true, 'third')]);
    const result = await withRetries(attempt, { retries: 2, first_backoff_ms: 1 }, never);
    expect(result).toEqual({ ok: false, attempts: 3, reason: 'third', aborted: false });
    expect(calls).toHaveLength(3);
  });

  it('does not repeat a failure that is not retryable', async () => {
    const { attempt, calls } = scripted([fail(false, 'HTTP 404 Not Found')]);
    const result = await withRetries(attempt, { retries: 5, first_backoff_ms: 1 }, never);
    expect(result).toEqual({ ok: false, attempts: 1, reason: 'HTTP 404 Not Found', aborted: false });
    expect(calls).toHaveLength(1);
  });

  it('waits the backoff between attempts', async () => {
    const { attempt, calls } = scripted([fail(true)]);
    await withRetries(attempt, { retries: 2, first_backoff_ms: 60 }, never);
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(55);
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(115);
  });

  it('counts a throwing attempt as a retryable failure and never rejects', async () => {
    let n = 0;
    const result = await withRetries(
      async () => {
        n += 1;
        throw new Error(`thrown ${n}`);
      },
      { retries: 1, first_backoff_ms: 1 },
      never,
    );
    expect(result).toEqual({ ok: false, attempts: 2, reason: 'thrown 2', aborted: false });
  });

  it('an abort during the backoff ends the delivery at once', async () => {
    const controller = new AbortController();
    const { attempt, calls } = scripted([fail(true)]);
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const result = await withRetries(attempt, { retries: 3, first_backoff_ms: 10_000 }, controller.signal);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result).toMatchObject({ ok: false, attempts: 1, aborted: true });
    expect(calls).toHaveLength(1);
  });
});
