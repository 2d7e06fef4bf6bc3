import { describe, expect, it } from '@jest/globals';
import { AlertDispatcher, channelProblems } from '../../../src/engine/alerts/index.js';
import { smtpSettings, senderAddress } from '../../../src/engine/alerts/email.js';

const ctx = { series: 's', script: 'x.py', run_id: 'r', host: 'h', run_url: null };

describe('channel configuration', () => {
  it('accepts an empty or a complete configuration', () => {
    expect(channelProblems({})).toEqual([]);
    expect(
      channelProblems({
        slack_webhook: 'https://hooks.slack.com/services/T/B/X',
        webhook_url: 'http://127.0.0.1:8080/hook',
        webhook_secret: 's',
        smtp_url: 'smtp://u:p@mail.example.com',
        email_to: 'a@example.com',
        timeout_ms: 1000,
        retries: 0,
      }),
    ).toEqual([]);
  });

  it('names each bad field without repeating its value', () => {
    const problems = channelProblems({
      slack_webhook: 'hooks.slack.com/services/SECRET1',
      webhook_url: 'ftp://example.com/SECRET2',
      smtp_url: 'mailto:SECRET3',
      timeout_ms: 0,
      retries: 2.5,
    });
    expect(problems).toEqual([
      'slack_webhook is not an http(s) URL (expected https://hooks.slack.com/services/…)',
      'webhook_url is not an http(s) URL',
      'smtp_url is not an smtp:// or smtps:// URL (expected smtps://user:password@host:465)',
      'smtp_url is set but email_to is not',
      'timeout_ms must be a positive number of milliseconds',
      'retries must be a whole number from 0 to 10',
    ]);
    expect(problems.join('\n')).not.toMatch(/SECRET/);
  });

  it('wants both halves of e-mail, and a webhook for its secret', () => {
    expect(channelProblems({ email_to: 'a@example.com' })).toEqual(['email_to is set but smtp_url is not']);
    expect(channelProblems({ webhook_secret: 'x' })).toEqual([
      'webhook_secret is set but webhook_url is not',
    ]);
  });

  it('the dispatcher refuses a bad configuration and lists the configured kinds of a good one', () => {
    expect(() => new AlertDispatcher({ webhook_url: 'nope-SECRET' }, ctx, { warn: () => undefined })).toThrow(
      /^alert channels: webhook_url is not an http\(s\) URL$/,
    );
    const all = new AlertDispatcher(
      {
        email_to: 'a@example.com',
        smtp_url: 'smtp://127.0.0.1:2525',
        webhook_url: 'http://127.0.0.1:1/h',
        slack_webhook: 'http://127.0.0.1:1/s',
      },
      ctx,
      { warn: () => undefined },
    );
    expect(all.channelKinds()).toEqual(['slack', 'webhook', 'email']);
    expect(new AlertDispatcher({}, ctx, { warn: () => undefined }).channelKinds()).toEqual([]);
  });
});

describe('SMTP URL', () => {
  it('smtps is TLS from the start on 465 by default; smtp is STARTTLS-when-offered on 587', () => {
    expect(smtpSettings('smtps://u:p@mail.example.com')).toEqual({
      host: 'mail.example.com',
      port: 465,
      secure: true,
      auth: { user: 'u', pass: 'p' },
      from: null,
      require_tls: false,
    });
    expect(smtpSettings('smtp://mail.example.com')).toMatchObject({ port: 587, secure: false, auth: null });
    expect(smtpSettings('smtp://mail.example.com').require_tls).toBe(false);
    expect(smtpSettings('smtp://u:p@mail.example.com').require_tls).toBe(true);
    expect(smtpSettings('smtp://u:p@mail.example.com?insecure=true').require_tls).toBe(false);
    expect(smtpSettings('smtp://u:p@mail.example.com?insecure=1').require_tls).toBe(true);
    expect(smtpSettings('smtp://u:p@127.0.0.1:2525')).toMatchObject({ host: '127.0.0.1', port: 2525 });
  });

  it('decodes user and password', () => {
    expect(smtpSettings('smtp://me%40example.com:p%40ss%3Aw%2Fd@h').auth).toEqual({
      user: 'me@example.com',
      pass: 'p@ss:w/d',
    });
  });

  it('picks the sender: ?from=, else an address-like user, else the first recipient', () => {
    const to = 'ops@example.com, dev@example.com';
    expect(senderAddress(smtpSettings('smtp://u:p@h?from=bot%40example.com'), to)).toBe('bot@example.com');
    expect(senderAddress(smtpSettings('smtp://me%40example.com:p@h'), to)).toBe('me@example.com');
    expect(senderAddress(smtpSettings('smtp://apikey:p@h'), to)).toBe('ops@example.com');
  });
});
