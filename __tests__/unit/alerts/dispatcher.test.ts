/**
 * The dispatcher with a hand-written fetch (passed in as its dependency): attempts, retries, warnings and the
 * drain bound, without a network. The same behaviours against real servers are in integration/alerts.
 */
import { describe, expect, it } from '@jest/globals';
import {
  AlertDispatcher,
  type AlertContext,
  type AlertEventPayload,
} from '../../../src/engine/alerts/index.js';

const ctx: AlertContext = { series: 'train', script: 'train.py', run_id: 'r1', host: 'box', run_url: null };
const alert: AlertEventPayload = { rule: 'rss_mb > 400', at_s: 3, value: 512, kind: 'threshold' };
const HOOK = 'https://hooks.example.com/notify/t0ken-SECRET-123';

type Step = number | 'refuse' | 'hang';

/** A fetch that answers each call with the next step: a status, a refused connection, or nothing until aborted. */
function scriptedFetch(steps: Step[]) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fakeFetch = ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)]!;
    if (step === 'refuse') {
      const cause = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' });
      return Promise.reject(new TypeError('fetch failed', { cause }));
    }
    if (step === 'hang') {
      return new Promise((_resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
      });
    }
    return Promise.resolve(new Response('body', { status: step }));
  }) as unknown as typeof fetch;
  return { fetch: fakeFetch, calls };
}

function dispatcher(steps: Step[], config: { retries?: number; timeout_ms?: number } = {}) {
  const warnings: string[] = [];
  const { fetch, calls } = scriptedFetch(steps);
  const d = new AlertDispatcher({ webhook_url: HOOK, ...config }, ctx, {
    warn: (m) => warnings.push(m),
    fetch,
  });
  return { d, warnings, calls };
}

describe('AlertDispatcher (scripted fetch)', () => {
  it('delivers once on 200 without a warning', async () => {
    const { d, warnings, calls } = dispatcher([200]);
    expect(d.fire(alert)).toEqual(['webhook']);
    await d.drain(5000);
    expect(calls).toHaveLength(1);
    expect(warnings).toEqual([]);
    const init = calls[0]!.init;
    expect(init.method).toBe('POST');
    expect(init.redirect).toBe('manual');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'pyrun' });
  });

  it('retries 5xx, then warns once with the status and the attempt count', async () => {
    const { d, warnings, calls } = dispatcher([503], { retries: 2 });
    d.fire(alert);
    await d.drain(10000);
    expect(calls).toHaveLength(3);
    expect(warnings).toEqual([
      'alert "rss_mb > 400" was not delivered to webhook (hooks.example.com): HTTP 503 Service Unavailable (3 attempts)',
    ]);
  });

  it('does not retry 4xx', async () => {
    const { d, warnings, calls } = dispatcher([404], { retries: 2 });
    d.fire(alert);
    await d.drain(5000);
    expect(calls).toHaveLength(1);
    expect(warnings).toEqual([
      'alert "rss_mb > 400" was not delivered to webhook (hooks.example.com): HTTP 404 Not Found (1 attempt)',
    ]);
  });

  it('retries 429 and recovers', async () => {
    const { d, warnings, calls } = dispatcher([429, 200]);
    d.fire(alert);
    await d.drain(5000);
    expect(calls).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('does not follow redirects', async () => {
    const { d, warnings, calls } = dispatcher([302]);
    d.fire(alert);
    await d.drain(5000);
    expect(calls).toHaveLength(1);
    expect(warnings[0]).toMatch(/HTTP 302 Found \(redirects are not followed\) \(1 attempt\)$/);
  });

  it('names a refused connection, never the URL', async () => {
    const { d, warnings, calls } = dispatcher(['refuse'], { retries: 1 });
    d.fire(alert);
    await d.drain(5000);
    expect(calls).toHaveLength(2);
    expect(warnings).toEqual([
      'alert "rss_mb > 400" was not delivered to webhook (hooks.example.com): connection refused (ECONNREFUSED) (2 attempts)',
    ]);
    expect(warnings[0]).not.toContain('SECRET');
  });

  it('gives up an attempt after timeout_ms and says so', async () => {
    const { d, warnings, calls } = dispatcher(['hang'], { retries: 0, timeout_ms: 100 });
    d.fire(alert);
    await d.drain(5000);
    expect(calls).toHaveLength(1);
    expect(warnings).toEqual([
      'alert "rss_mb > 400" was not delivered to webhook (hooks.example.com): no answer within 100 ms (1 attempt)',
    ]);
  });

  it('fire returns before fetch is even called, and drain with nothing in flight returns at once', async () => {
    const { d, calls } = dispatcher([200]);
    expect(d.fire(alert)).toEqual(['webhook']);
    expect(calls).toHaveLength(0);
    await d.drain(5000);
    expect(calls).toHaveLength(1);
    const started = Date.now();
    await d.drain(5000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('drain gives up at its bound with one warning naming the pending channel, and aborts the delivery', async () => {
    const { d, warnings, calls } = dispatcher(['hang'], { retries: 0, timeout_ms: 60_000 });
    d.fire(alert);
    d.fire({ ...alert, rule: 'cpu_percent > 90' });
    const started = Date.now();
    await d.drain(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(warnings).toEqual([
      'alert delivery still pending after 200 ms, given up: webhook (hooks.example.com)',
    ]);
    expect(calls.map((c) => c.init.signal!.aborted)).toEqual([true, true]);
    await new Promise((r) => setTimeout(r, 50));
    expect(warnings).toHaveLength(1); // the abandoned deliveries stay silent
  });

  it('a logger that throws does not reach the caller', async () => {
    const { fetch } = scriptedFetch([500]);
    const d = new AlertDispatcher({ webhook_url: HOOK, retries: 0 }, ctx, {
      warn: () => {
        throw new Error('logger broke');
      },
      fetch,
    });
    expect(d.fire(alert)).toEqual(['webhook']);
    await expect(d.drain(5000)).resolves.toBeUndefined();
  });

  it('without channels, fire sends nowhere', async () => {
    const d = new AlertDispatcher({}, ctx, { warn: () => undefined });
    expect(d.fire(alert)).toEqual([]);
    await d.drain(10);
  });
});
