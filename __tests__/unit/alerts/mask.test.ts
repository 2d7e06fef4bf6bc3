import { describe, expect, it } from '@jest/globals';
import { channelSecrets, maskSecrets } from '../../../src/engine/alerts/index.js';

const SLACK = 'https://hooks.slack.com/services/T0AAA1111/B0BBB2222/abcdefghijklmnopqrstuvwx';
const HOOK = 'https://user:hook%40pass@hooks.example.com/api/v1/notify/tok3nXYZ9?key=k3y-0123456789';
const SMTP = 'smtps://mailer%40example.com:p%40ss%2Fword@smtp.example.com:465';

describe('channel secrets', () => {
  const secrets = channelSecrets({
    slack_webhook: SLACK,
    webhook_url: HOOK,
    webhook_secret: 'shh-9',
    smtp_url: SMTP,
  });

  it('holds the whole URLs, their paths, tokens, passwords (encoded and decoded) and the webhook secret', () => {
    for (const s of [
      SLACK,
      '/services/T0AAA1111/B0BBB2222/abcdefghijklmnopqrstuvwx',
      'T0AAA1111',
      'B0BBB2222',
      'abcdefghijklmnopqrstuvwx',
      HOOK,
      'tok3nXYZ9',
      'k3y-0123456789',
      'hook%40pass',
      'hook@pass',
      SMTP,
      'p%40ss%2Fword',
      'p@ss/word',
      'shh-9',
    ]) {
      expect(secrets).toContain(s);
    }
  });

  it('leaves plain words and hosts alone', () => {
    expect(secrets).not.toContain('services');
    expect(secrets).not.toContain('hooks.slack.com');
    expect(secrets).not.toContain('smtp.example.com');
  });

  it('leaves out pieces too short to guard anything, so log lines stay readable', () => {
    const short = channelSecrets({ smtp_url: 'smtp://u:p@127.0.0.1:25', webhook_url: 'http://127.0.0.1/x' });
    expect(short).toEqual(['http://127.0.0.1/x', 'smtp://u:p@127.0.0.1:25']);
    expect(maskSecrets('delivery pending, given up', short)).toBe('delivery pending, given up');
  });

  it('is empty without channels', () => {
    expect(channelSecrets({})).toEqual([]);
    expect(channelSecrets({ slack_webhook: null, webhook_secret: '' })).toEqual([]);
  });
});

describe('maskSecrets', () => {
  it('masks a whole URL in one piece, not token by token', () => {
    const secrets = channelSecrets({ slack_webhook: SLACK });
    expect(maskSecrets(`posting to ${SLACK} failed`, secrets)).toBe('posting to *** failed');
  });

  it('masks pieces that appear alone', () => {
    const secrets = channelSecrets({ slack_webhook: SLACK, smtp_url: SMTP });
    expect(maskSecrets('POST /services/T0AAA1111/B0BBB2222/abcdefghijklmnopqrstuvwx 404', secrets)).toBe(
      'POST *** 404',
    );
    expect(maskSecrets('token abcdefghijklmnopqrstuvwx, team T0AAA1111', secrets)).toBe(
      'token ***, team ***',
    );
    expect(maskSecrets('login p@ss/word refused twice: p@ss/word', secrets)).toBe(
      'login *** refused twice: ***',
    );
  });

  it('changes nothing when there is nothing to hide', () => {
    expect(maskSecrets('all fine', [])).toBe('all fine');
    expect(maskSecrets('all fine', [''])).toBe('all fine');
  });
});
