/**
 * Dead channels on 127.0.0.1: a closed port, a server answering 500, a server that never answers, an SMTP
 * server that never greets. Each costs exactly one warning (no URL path, token, password or secret in it),
 * `fire` returns at once, `drain` keeps its bound, and the healthy channels get their message all the same.
 * Times are asserted with wide margins: the machine is shared.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  AlertDispatcher,
  type AlertContext,
  type AlertEventPayload,
  type ChannelConfig,
} from '../../../src/engine/alerts/index.js';
import { HttpReceiver } from '../../helpers/servers/http-receiver.js';
import { SmtpReceiver } from '../../helpers/servers/smtp-receiver.js';
import { closedPort, SilentServer } from '../../helpers/servers/tcp.js';

const ctx: AlertContext = { series: 'nightly', script: 'job.py', run_id: '5', host: 'box', run_url: null };
const alert: AlertEventPayload = { rule: 'rss_mb > 400', at_s: 2, value: 420, kind: 'threshold' };

const HOOK_PATH = '/hooks/T0KEN-abc123456789';
const SLACK_PATH = '/services/T0001/B0002/slackSecretToken42';
const WEBHOOK_SECRET = 'hmac-secret-77';
const SMTP_USER = 'mailer';
const SMTP_PASSWORD = 'smtp-Pa55word!';
const SECRETS = [
  HOOK_PATH,
  'T0KEN-abc123456789',
  SLACK_PATH,
  'slackSecretToken42',
  WEBHOOK_SECRET,
  SMTP_PASSWORD,
];

/** fire() must not wait for the network; 250 ms is a generous bound for a call that does none. */
const FIRE_MAX_MS = 250;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function healthySlack(): Promise<HttpReceiver> {
  const slack = await HttpReceiver.start();
  cleanups.push(() => slack.close());
  return slack;
}

async function healthySmtp(): Promise<SmtpReceiver> {
  const smtp = await SmtpReceiver.start({ users: { [SMTP_USER]: SMTP_PASSWORD } });
  cleanups.push(() => smtp.close());
  return smtp;
}

/** Fires once, checks fire() returned at once, drains with `bound_ms`, returns the warnings and the drain time. */
async function fireAndDrain(config: ChannelConfig, bound_ms: number) {
  const warnings: string[] = [];
  const dispatcher = new AlertDispatcher(config, ctx, { warn: (m) => warnings.push(m) });
  const fired_at = Date.now();
  const sent = dispatcher.fire(alert);
  const fire_ms = Date.now() - fired_at;
  const drain_started = Date.now();
  await dispatcher.drain(bound_ms);
  const drain_ms = Date.now() - drain_started;
  for (const warning of warnings) for (const secret of SECRETS) expect(warning).not.toContain(secret);
  return { sent, fire_ms, drain_ms, warnings, fired_at };
}

describe('a dead channel costs one warning and delays nobody', () => {
  it('connection refused: retried, one warning naming webhook and its host; Slack and e-mail delivered', async () => {
    const port = await closedPort();
    const slack = await healthySlack();
    const smtp = await healthySmtp();
    const r = await fireAndDrain(
      {
        webhook_url: `http://127.0.0.1:${port}${HOOK_PATH}`,
        webhook_secret: WEBHOOK_SECRET,
        slack_webhook: slack.url(SLACK_PATH),
        smtp_url: smtp.url(SMTP_USER, SMTP_PASSWORD),
        email_to: 'ops@example.com',
        retries: 2,
      },
      20000,
    );
    expect(r.sent).toEqual(['slack', 'webhook', 'email']);
    expect(r.fire_ms).toBeLessThan(FIRE_MAX_MS);
    expect(r.warnings).toEqual([
      `alert "rss_mb > 400" was not delivered to webhook (127.0.0.1:${port}): connection refused (ECONNREFUSED) (3 attempts)`,
    ]);
    expect(r.drain_ms).toBeLessThan(20000);
    expect(slack.requests).toHaveLength(1);
    expect(smtp.messages).toHaveLength(1);
  });

  it('HTTP 500: the server sees 1 + retries attempts, then one warning', async () => {
    const dead = await HttpReceiver.start({ reply: () => ({ status: 500, body: `echo ${WEBHOOK_SECRET}` }) });
    cleanups.push(() => dead.close());
    const smtp = await healthySmtp();
    const r = await fireAndDrain(
      {
        webhook_url: dead.url(HOOK_PATH),
        webhook_secret: WEBHOOK_SECRET,
        smtp_url: smtp.url(SMTP_USER, SMTP_PASSWORD),
        email_to: 'ops@example.com',
        retries: 3,
      },
      20000,
    );
    expect(r.fire_ms).toBeLessThan(FIRE_MAX_MS);
    expect(dead.requests).toHaveLength(4);
    // exponential backoff: ~250, ~500, ~1000 ms between attempts
    const gaps = dead.requests.slice(1).map((req, i) => req.received_ms - dead.requests[i]!.received_ms);
    expect(gaps[0]).toBeGreaterThanOrEqual(200);
    expect(gaps[1]).toBeGreaterThanOrEqual(450);
    expect(gaps[2]).toBeGreaterThanOrEqual(900);
    expect(r.warnings).toEqual([
      `alert "rss_mb > 400" was not delivered to webhook (127.0.0.1:${dead.port}): HTTP 500 Internal Server Error (4 attempts)`,
    ]);
    expect(smtp.messages).toHaveLength(1);
  });

  it('a server that never answers: each attempt times out, one warning; Slack arrives long before', async () => {
    const hang = await HttpReceiver.start({ reply: () => 'hang' });
    cleanups.push(() => hang.close());
    const slack = await healthySlack();
    const r = await fireAndDrain(
      {
        webhook_url: hang.url(HOOK_PATH),
        slack_webhook: slack.url(SLACK_PATH),
        timeout_ms: 1500,
        retries: 1,
      },
      20000,
    );
    expect(r.fire_ms).toBeLessThan(FIRE_MAX_MS);
    expect(hang.requests).toHaveLength(2);
    expect(r.warnings).toEqual([
      `alert "rss_mb > 400" was not delivered to webhook (127.0.0.1:${hang.port}): no answer within 1500 ms (2 attempts)`,
    ]);
    // two attempts of 1.5 s and a 250 ms backoff: at least ~3.2 s, and well under the bound
    expect(r.drain_ms).toBeGreaterThanOrEqual(3000);
    expect(r.drain_ms).toBeLessThan(15000);
    expect(slack.requests).toHaveLength(1);
    expect(slack.requests[0]!.received_ms - r.fired_at).toBeLessThan(1500); // not held up by the dead webhook
  });

  it('an SMTP server that never greets: one warning for e-mail; the webhook is delivered', async () => {
    const silent = await SilentServer.start();
    cleanups.push(() => silent.close());
    const hook = await HttpReceiver.start();
    cleanups.push(() => hook.close());
    const r = await fireAndDrain(
      {
        smtp_url: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${silent.port}`,
        email_to: 'ops@example.com',
        webhook_url: hook.url(HOOK_PATH),
        webhook_secret: WEBHOOK_SECRET,
        timeout_ms: 1500,
        retries: 0,
      },
      20000,
    );
    expect(r.fire_ms).toBeLessThan(FIRE_MAX_MS);
    expect(silent.connections).toBe(1);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(
      new RegExp(
        `^alert "rss_mb > 400" was not delivered to email \\(127\\.0\\.0\\.1:${silent.port}\\): no answer within 1500 ms \\(1 attempt\\)$`,
      ),
    );
    expect(hook.requests).toHaveLength(1);
    expect(hook.requests[0]!.received_ms - r.fired_at).toBeLessThan(1500);
  });

  it('drain keeps its bound: it gives up with one warning naming what is pending, and nothing follows', async () => {
    const hang = await HttpReceiver.start({ reply: () => 'hang' });
    cleanups.push(() => hang.close());
    const silent = await SilentServer.start();
    cleanups.push(() => silent.close());
    const slack = await healthySlack();
    const r = await fireAndDrain(
      {
        webhook_url: hang.url(HOOK_PATH),
        smtp_url: `smtp://${SMTP_USER}:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${silent.port}`,
        email_to: 'ops@example.com',
        slack_webhook: slack.url(SLACK_PATH),
        timeout_ms: 60000,
      },
      1000,
    );
    expect(r.fire_ms).toBeLessThan(FIRE_MAX_MS);
    expect(r.drain_ms).toBeGreaterThanOrEqual(900);
    expect(r.drain_ms).toBeLessThan(5000);
    expect(r.warnings).toEqual([
      `alert delivery still pending after 1000 ms, given up: webhook (127.0.0.1:${hang.port}), email (127.0.0.1:${silent.port})`,
    ]);
    expect(slack.requests).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.warnings).toHaveLength(1); // the abandoned deliveries do not warn again
  });
});
