import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signBody, webhookBody, type AlertContext } from '../../../src/engine/alerts/index.js';

const ctx: AlertContext = { series: 's', script: 'x.py', run_id: 'r1', host: 'h', run_url: null };

describe('webhook body and signature', () => {
  it('signs like GitHub: its documented example gives its documented signature', () => {
    // docs.github.com, "Validating webhook deliveries": secret and payload below, expected signature.
    expect(signBody('Hello, World!', "It's a Secret to Everybody")).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });

  it('signs the UTF-8 bytes of the body', () => {
    const body = '{"series":"größe"}';
    const expected = createHmac('sha256', 'k').update(Buffer.from(body, 'utf8')).digest('hex');
    expect(signBody(body, 'k')).toBe(`sha256=${expected}`);
  });

  it('carries exactly the documented fields', () => {
    const body = webhookBody(
      { rule: 'rss_mb > 400', at_s: 1.5, value: 512, kind: 'threshold' },
      ctx,
      new Date('2025-01-02T03:04:05.678Z'),
    );
    expect(JSON.parse(body)).toEqual({
      rule: 'rss_mb > 400',
      value: 512,
      at_s: 1.5,
      kind: 'threshold',
      series: 's',
      script: 'x.py',
      run_id: 'r1',
      host: 'h',
      run_url: null,
      sent_at: '2025-01-02T03:04:05.678Z',
    });
  });

  it('sends a value that is not a finite number as null', () => {
    const body = webhookBody(
      { rule: 'on failure', at_s: 2, value: Number.NaN, kind: 'event' },
      ctx,
      new Date(0),
    );
    expect(JSON.parse(body).value).toBeNull();
  });
});
