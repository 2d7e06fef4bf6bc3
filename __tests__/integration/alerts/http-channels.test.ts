/**
 * Slack and the generic webhook against a real HTTP server on 127.0.0.1: what arrives, byte for byte, and a
 * signature checked here independently with node:crypto.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  AlertDispatcher,
  type AlertContext,
  type AlertEventPayload,
} from '../../../src/engine/alerts/index.js';
import { HttpReceiver, type Reply } from '../../helpers/servers/http-receiver.js';

const ctx: AlertContext = {
  series: 'train-small',
  script: 'scripts/train.py',
  run_id: '9001-1',
  host: 'ci-runner-7',
  run_url: 'https://github.com/o/r/actions/runs/9001',
};
const alert: AlertEventPayload = { rule: 'rss_mb > 400', at_s: 12.5, value: 431.25, kind: 'threshold' };
const SECRET = 'wh-secret-Ωmega-42';

function verifySignature(body: Buffer, header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('hex'));
  const given = Buffer.from(header.slice('sha256='.length));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('HTTP channels on a loopback server', () => {
  let receiver: HttpReceiver;
  let replies: Reply[];
  const warnings: string[] = [];

  beforeEach(async () => {
    replies = [];
    warnings.length = 0;
    receiver = await HttpReceiver.start({ reply: (_req, n) => replies[n] ?? { status: 200, body: 'ok' } });
  });
  afterEach(async () => {
    await receiver.close();
  });

  it('posts a signed webhook with every field; the signature verifies independently', async () => {
    const dispatcher = new AlertDispatcher(
      { webhook_url: receiver.url('/hooks/abc/tok3n-0123'), webhook_secret: SECRET },
      ctx,
      { warn: (m) => warnings.push(m) },
    );
    const before = Date.now();
    expect(dispatcher.fire(alert)).toEqual(['webhook']);
    await dispatcher.drain(10000);
    const [req] = await receiver.waitForRequests(1);
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/hooks/abc/tok3n-0123');
    expect(req!.headers['content-type']).toBe('application/json');
    expect(req!.headers['user-agent']).toBe('pyrun');
    expect(req!.headers['x-pyrun-event']).toBe('alert');
    expect(req!.headers['x-pyrun-delivery']).toMatch(/^[0-9a-f-]{36}$/);
    expect(verifySignature(req!.body, req!.headers['x-pyrun-signature-256'], SECRET)).toBe(true);
    expect(verifySignature(req!.body, req!.headers['x-pyrun-signature-256'], 'another secret')).toBe(false);

    const body = JSON.parse(req!.text);
    expect(Object.keys(body).sort()).toEqual(
      ['at_s', 'host', 'kind', 'rule', 'run_id', 'run_url', 'script', 'sent_at', 'series', 'value'].sort(),
    );
    expect(body).toMatchObject({
      rule: 'rss_mb > 400',
      value: 431.25,
      at_s: 12.5,
      kind: 'threshold',
      series: 'train-small',
      script: 'scripts/train.py',
      run_id: '9001-1',
      host: 'ci-runner-7',
      run_url: 'https://github.com/o/r/actions/runs/9001',
    });
    const sent_ms = Date.parse(body.sent_at);
    expect(sent_ms).toBeGreaterThanOrEqual(before - 1000);
    expect(sent_ms).toBeLessThanOrEqual(Date.now() + 1000);
    expect(warnings).toEqual([]);
  });

  it('sends no signature header without a secret', async () => {
    const dispatcher = new AlertDispatcher({ webhook_url: receiver.url('/h') }, ctx, {
      warn: (m) => warnings.push(m),
    });
    dispatcher.fire({ rule: 'on failure', at_s: 4, value: null, kind: 'event' });
    await dispatcher.drain(10000);
    const [req] = await receiver.waitForRequests(1);
    expect(req!.headers['x-pyrun-signature-256']).toBeUndefined();
    expect(JSON.parse(req!.text)).toMatchObject({ rule: 'on failure', value: null, kind: 'event' });
  });

  it('posts Slack Block Kit with a plain-text fallback', async () => {
    const dispatcher = new AlertDispatcher(
      { slack_webhook: receiver.url('/services/T01/B02/xyzTOKEN789') },
      ctx,
      {
        warn: (m) => warnings.push(m),
      },
    );
    expect(dispatcher.fire(alert)).toEqual(['slack']);
    await dispatcher.drain(10000);
    const [req] = await receiver.waitForRequests(1);
    expect(req!.path).toBe('/services/T01/B02/xyzTOKEN789');
    expect(req!.headers['content-type']).toBe('application/json');
    const message = JSON.parse(req!.text);
    expect(message.text).toBe(
      'pyrun ALERT rss_mb &gt; 400: value 431.25 at 12.5 s (series train-small, script scripts/train.py)' +
        ' <https://github.com/o/r/actions/runs/9001|Open the run>',
    );
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'pyrun ALERT rss_mb > 400' },
    });
    const fields = message.blocks[1].fields.map((f: { text: string }) => f.text);
    expect(fields).toEqual(
      expect.arrayContaining(['*Value*\n431.25', '*Series*\ntrain-small', '*Script*\nscripts/train.py']),
    );
    expect(warnings).toEqual([]);
  });

  it('retries after a 503 with the same delivery id, body and signature, and stays quiet when it succeeds', async () => {
    replies = [{ status: 503 }];
    const dispatcher = new AlertDispatcher(
      { webhook_url: receiver.url('/h'), webhook_secret: SECRET, retries: 2 },
      ctx,
      { warn: (m) => warnings.push(m) },
    );
    dispatcher.fire(alert);
    await dispatcher.drain(10000);
    const [first, second] = await receiver.waitForRequests(2);
    expect(receiver.requests).toHaveLength(2);
    expect(second!.headers['x-pyrun-delivery']).toBe(first!.headers['x-pyrun-delivery']);
    expect(second!.text).toBe(first!.text);
    expect(verifySignature(second!.body, second!.headers['x-pyrun-signature-256'], SECRET)).toBe(true);
    expect(second!.received_ms - first!.received_ms).toBeGreaterThanOrEqual(200); // the ~250 ms backoff
    expect(warnings).toEqual([]);
  });

  it('sends each fired alert to both HTTP channels', async () => {
    const dispatcher = new AlertDispatcher(
      { slack_webhook: receiver.url('/slack'), webhook_url: receiver.url('/hook') },
      ctx,
      { warn: (m) => warnings.push(m) },
    );
    expect(dispatcher.fire(alert)).toEqual(['slack', 'webhook']);
    expect(dispatcher.fire({ ...alert, rule: 'cpu_percent > 90 for 5s', value: 97 })).toEqual([
      'slack',
      'webhook',
    ]);
    await dispatcher.drain(10000);
    const requests = await receiver.waitForRequests(4);
    expect(requests.map((r) => r.path).sort()).toEqual(['/hook', '/hook', '/slack', '/slack']);
    const rules = requests.filter((r) => r.path === '/hook').map((r) => JSON.parse(r.text).rule);
    expect(rules.sort()).toEqual(['cpu_percent > 90 for 5s', 'rss_mb > 400']);
  });
});
