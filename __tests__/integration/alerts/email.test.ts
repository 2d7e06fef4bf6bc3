/**
 * E-mail through nodemailer to a real SMTP server on 127.0.0.1 (`smtp-server`): logins from the URL, plain,
 * STARTTLS and smtps, and a certificate that production refuses.
 */
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AlertDispatcher,
  type AlertContext,
  type AlertEventPayload,
} from '../../../src/engine/alerts/index.js';
import { SmtpReceiver } from '../../helpers/servers/smtp-receiver.js';
import { selfSignedCert, type KeyAndCert } from '../../helpers/servers/tls-cert.js';

const ctx: AlertContext = {
  series: 'train-small',
  script: 'scripts/train.py',
  run_id: '77',
  host: 'ci-runner-7',
  run_url: 'https://ci.example/runs/77',
};
const alert: AlertEventPayload = { rule: 'rss_mb > 400', at_s: 12.5, value: 431.25, kind: 'threshold' };
const USER = 'alerts@example.com';
const PASSWORD = 'pa:ss@w/rd-Zq9';

describe('e-mail alerts on a loopback SMTP server', () => {
  let smtp: SmtpReceiver | undefined;
  let cert: KeyAndCert;
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);

  beforeAll(() => {
    cert = selfSignedCert();
  });
  afterEach(async () => {
    await smtp?.close();
    smtp = undefined;
    warnings.length = 0;
  });

  it('refuses to send credentials to a server without STARTTLS: no AUTH, no mail, one warning saying why', async () => {
    smtp = await SmtpReceiver.start({ users: { [USER]: PASSWORD } });
    const dispatcher = new AlertDispatcher(
      { smtp_url: smtp.url(USER, PASSWORD, 'smtp', false), email_to: 'ops@example.com', retries: 2 },
      ctx,
      { warn },
    );
    dispatcher.fire(alert);
    await dispatcher.drain(15000);
    expect(smtp.logins).toEqual([]); // the password never crossed the wire
    expect(smtp.messages).toHaveLength(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/does not offer STARTTLS.*add \?insecure=true.*\(1 attempt\)$/);
    for (const secret of [PASSWORD, encodeURIComponent(PASSWORD)]) expect(warnings[0]).not.toContain(secret);
  });

  it('with ?insecure=true in the URL, logs in without TLS and sends subject and body naming rule, value, series, script', async () => {
    smtp = await SmtpReceiver.start({ users: { [USER]: PASSWORD } });
    const dispatcher = new AlertDispatcher(
      { smtp_url: smtp.url(USER, PASSWORD, 'smtp', true), email_to: 'ops@example.com' },
      ctx,
      {
        warn,
      },
    );
    expect(dispatcher.fire(alert)).toEqual(['email']);
    await dispatcher.drain(15000);
    const [mail] = await smtp.waitForMessages(1);
    expect(warnings).toEqual([]);
    expect(mail!.user).toBe(USER);
    expect(mail!.tls).toBe(false);
    expect(mail!.from).toBe(USER);
    expect(mail!.to).toEqual(['ops@example.com']);
    expect(mail!.subject).toBe('[pyrun] ALERT rss_mb > 400 on train-small');
    expect(mail!.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(mail!.text).toContain('pyrun ALERT rss_mb > 400: value 431.25 at 12.5 s');
    expect(mail!.text).toContain('Series: train-small');
    expect(mail!.text).toContain('Script: scripts/train.py');
    expect(mail!.text).toContain('Link:   https://ci.example/runs/77');
  });

  it('upgrades with STARTTLS when the server offers it (self-signed certificate accepted explicitly)', async () => {
    smtp = await SmtpReceiver.start({ users: { [USER]: PASSWORD }, tls: cert });
    const dispatcher = new AlertDispatcher(
      { smtp_url: smtp.url(USER, PASSWORD), email_to: 'ops@example.com' },
      ctx,
      {
        warn,
        insecure_tls: true,
      },
    );
    dispatcher.fire(alert);
    await dispatcher.drain(15000);
    const [mail] = await smtp.waitForMessages(1);
    expect(warnings).toEqual([]);
    expect(mail!.tls).toBe(true);
    expect(mail!.user).toBe(USER);
  });

  it('speaks TLS from the first byte for smtps://', async () => {
    smtp = await SmtpReceiver.start({ users: { [USER]: PASSWORD }, tls: cert, implicit_tls: true });
    const dispatcher = new AlertDispatcher(
      { smtp_url: smtp.url(USER, PASSWORD, 'smtps'), email_to: 'ops@example.com' },
      ctx,
      { warn, insecure_tls: true },
    );
    dispatcher.fire(alert);
    await dispatcher.drain(15000);
    const [mail] = await smtp.waitForMessages(1);
    expect(warnings).toEqual([]);
    expect(mail!.tls).toBe(true);
  });

  it('by default refuses a certificate it cannot verify: one warning, no retry, no mail, no password shown', async () => {
    smtp = await SmtpReceiver.start({ users: { [USER]: PASSWORD }, tls: cert });
    const dispatcher = new AlertDispatcher(
      { smtp_url: smtp.url(USER, PASSWORD), email_to: 'ops@example.com', retries: 2 },
      ctx,
      { warn },
    );
    dispatcher.fire(alert);
    await dispatcher.drain(15000);
    expect(smtp.messages).toHaveLength(0);
    expect(smtp.logins).toHaveLength(0); // the password never left over an unverified connection
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^alert "rss_mb > 400" was not delivered to email \(127\.0\.0\.1:\d+\): .*certificate.*\(1 attempt\)$/i,
    );
    expect(warnings[0]).not.toContain(PASSWORD);
  });

  it('a wrong password is one warning and no retry; the password is not in it', async () => {
    smtp = await SmtpReceiver.start({ users: { [USER]: 'the-right-one' } });
    const dispatcher = new AlertDispatcher(
      { smtp_url: smtp.url(USER, PASSWORD), email_to: 'ops@example.com', retries: 2 },
      ctx,
      { warn },
    );
    dispatcher.fire(alert);
    await dispatcher.drain(15000);
    expect(smtp.logins).toEqual([{ user: USER, accepted: false }]);
    expect(smtp.messages).toHaveLength(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/was not delivered to email \(127\.0\.0\.1:\d+\): .*\(1 attempt\)$/);
    for (const secret of [PASSWORD, encodeURIComponent(PASSWORD)]) expect(warnings[0]).not.toContain(secret);
  });
});
