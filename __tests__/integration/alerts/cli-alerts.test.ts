/**
 * Live alerts through the built CLI against real servers on loopback: a memory rule fires while the script is
 * still running (the script only ends once the webhook has received the alert), once per channel.
 */
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { fixture, pyrun, tempDir } from '../../helpers/pyrun.js';
import { HttpReceiver } from '../../helpers/servers/http-receiver.js';
import { SmtpReceiver } from '../../helpers/servers/smtp-receiver.js';
import { closedPort } from '../../helpers/servers/tcp.js';

const SECRET = 'wh-secret-7f3a9c1e';
const TOKEN = 'T000/B000/XXXXtoken1234';
const PASSWORD = 'smtp-pass-93kd';
let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe('pyrun run --alert', () => {
  it('fires a memory alert while the script still runs, exactly once to Slack, the webhook and email', async () => {
    const dir = tempDir();
    const flag = path.join(dir, 'alert-arrived');
    const http = await HttpReceiver.start({
      reply: (req) => {
        if (req.path.startsWith('/webhook')) writeFileSync(flag, 'yes'); // lets the script finish
        return { status: 200, body: 'ok' };
      },
    });
    const smtp = await SmtpReceiver.start({ users: { pyrun: PASSWORD } });
    servers.push(http, smtp);
    const db = path.join(dir, 'history.sqlite');
    const r = await pyrun([
      'run',
      '--name',
      'grow',
      '--db',
      db,
      '--interval',
      '0.1',
      '--alert',
      'rss_mb > 120',
      '--slack-webhook',
      http.url(`/slack/${TOKEN}`),
      '--webhook',
      http.url('/webhook'),
      '--webhook-secret',
      SECRET,
      '--smtp',
      smtp.url('pyrun', PASSWORD),
      '--email-to',
      'oncall@example.test',
      fixture('grow_until.py'),
      flag,
    ]);
    expect(r.code).toBe(0); // 7 would mean the alert never reached the webhook while the script ran
    const rec = r.record!;
    expect(rec.alerts).toHaveLength(1);
    expect(rec.alerts[0]).toMatchObject({ rule: 'rss_mb > 120', channels: ['slack', 'webhook', 'email'] });
    expect(rec.alerts[0]!.value).toBeGreaterThan(120);
    expect(rec.alerts[0]!.at_s).toBeLessThan(rec.duration_s);

    await smtp.waitForMessages(1);
    await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more may arrive
    expect(http.requests.filter((q) => q.path.startsWith('/slack'))).toHaveLength(1);
    const hooks = http.requests.filter((q) => q.path === '/webhook');
    expect(hooks).toHaveLength(1);
    const expected = `sha256=${createHmac('sha256', SECRET).update(hooks[0]!.body).digest('hex')}`;
    expect(hooks[0]!.headers['x-pyrun-signature-256']).toBe(expected);
    expect(JSON.parse(hooks[0]!.text)).toMatchObject({ rule: 'rss_mb > 120', series: 'grow' });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.subject).toContain('rss_mb > 120');

    // The secrets given on the command line appear nowhere pyrun writes.
    const written = [r.stdout, r.stderr, JSON.stringify(rec), readFileSync(db).toString('latin1')];
    for (const secret of [SECRET, TOKEN, PASSWORD]) {
      for (const text of written) expect(text.includes(secret)).toBe(false);
    }
  });

  it('delivers `on failure` for a failing script, and a dead channel changes nothing but one warning', async () => {
    const http = await HttpReceiver.start();
    servers.push(http);
    const dead = await closedPort();
    const r = await pyrun([
      'run',
      '--alert',
      'on failure',
      '--webhook',
      http.url('/webhook'),
      '--slack-webhook',
      `http://127.0.0.1:${dead}/services/${TOKEN}`,
      fixture('exit3.py'),
    ]);
    expect(r.code).toBe(3);
    const [hook] = await http.waitForRequests(1);
    expect(JSON.parse(hook!.text)).toMatchObject({ rule: 'on failure', kind: 'event' });
    const warnings = r.stderr.split('\n').filter((l) => l.includes('was not delivered'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('slack');
    expect(r.stderr.includes(TOKEN)).toBe(false);
  });

  it('answers a 500 and a server that never answers without changing the exit code', async () => {
    const http = await HttpReceiver.start({
      reply: (req) => (req.path === '/hang' ? 'hang' : { status: 500 }),
    });
    servers.push(http);
    const started = Date.now();
    const r = await pyrun([
      'run',
      '--alert',
      'on failure',
      '--webhook',
      http.url('/fail'),
      '--slack-webhook',
      http.url('/hang'),
      fixture('exit3.py'),
    ]);
    expect(r.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(
      r.stderr.split('\n').filter((l) => l.includes('was not delivered') || l.includes('given up')).length,
    ).toBeGreaterThanOrEqual(1);
  });
});
