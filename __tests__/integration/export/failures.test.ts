/**
 * Dead targets on loopback — nothing listening, a server that never answers, HTTP 500, a redirect — each give
 * exactly one warning naming the exporter kind and host, never a credential of the URL; exportRun never rejects
 * and the healthy targets beside them still receive the run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportRun, parseExportTarget } from '../../../src/engine/report/export/index.js';
import { HttpReceiver } from '../../helpers/servers/http-receiver.js';
import { StatsdReceiver } from '../../helpers/servers/statsd-receiver.js';
import { closedPort, SilentServer } from '../../helpers/servers/tcp.js';
import { exportRecord } from '../../helpers/builders.js';

const SUFFIX = "; the run's result is unaffected";

describe('export to dead targets', () => {
  let silent: SilentServer;
  let failing: HttpReceiver;
  let healthy: HttpReceiver;
  let statsd: StatsdReceiver;
  let refused: number;

  beforeAll(async () => {
    silent = await SilentServer.start();
    failing = await HttpReceiver.start({
      reply: () => ({ status: 500, body: 'storage\nbroken: hunter22-secret' }),
    });
    healthy = await HttpReceiver.start();
    statsd = await StatsdReceiver.start();
    refused = await closedPort();
  });
  afterAll(async () => {
    await silent?.close();
    await failing?.close();
    await healthy?.close();
    await statsd?.close();
  });

  it('warns once per dead target, names kind and host, and still delivers to the live ones', async () => {
    const warnings: string[] = [];
    const started = Date.now();
    const result = exportRun(
      exportRecord(),
      [
        parseExportTarget(`prometheus=http://127.0.0.1:${refused}`),
        parseExportTarget(`otlp=http://127.0.0.1:${silent.port}`),
        parseExportTarget(`prometheus=${failing.url('/')}`),
        parseExportTarget(`otlp=${healthy.url('/')}`),
        parseExportTarget(`statsd=127.0.0.1:${statsd.port}`),
      ],
      { warn: (m) => warnings.push(m), timeout_ms: 400 },
    );
    await expect(result).resolves.toBeUndefined();
    // The targets are tried at once: the whole export takes about one timeout, not the sum.
    expect(Date.now() - started).toBeLessThan(3000);
    expect([...warnings].sort()).toEqual(
      [
        `export to prometheus (127.0.0.1:${refused}) failed: connection refused (ECONNREFUSED)${SUFFIX}`,
        `export to otlp (127.0.0.1:${silent.port}) failed: no answer within 400 ms${SUFFIX}`,
        // Without credentials in the URL there is nothing to mask: the answer is quoted on one line.
        `export to prometheus (127.0.0.1:${failing.port}) failed: HTTP 500 Internal Server Error: storage broken: hunter22-secret${SUFFIX}`,
      ].sort(),
    );
    expect(silent.connections).toBe(1);
    await healthy.waitForRequests(1);
    await statsd.waitForDatagrams(1);
  });

  it('never shows the credentials of a URL, and sends them as Basic authorization instead', async () => {
    const warnings: string[] = [];
    const url = (port: number) => `http://pyrun-user:hunter22-secret@127.0.0.1:${port}/push/`;
    await exportRun(
      exportRecord({ status: 'failed' }),
      [
        parseExportTarget(`prometheus=${url(failing.port)}`),
        parseExportTarget(`otlp=${url(refused)}`),
        parseExportTarget(`otlp=${url(silent.port)}`),
      ],
      { warn: (m) => warnings.push(m), timeout_ms: 300 },
    );
    expect(warnings).toHaveLength(3);
    for (const warning of warnings) {
      expect(warning).not.toContain('hunter22');
      expect(warning).not.toContain('pyrun-user');
      expect(warning).toMatch(/^export to (prometheus|otlp) \(127\.0\.0\.1:\d+\) failed: /);
    }
    // The 500 body echoed the password: masked, not quoted.
    expect(warnings.find((w) => w.includes(`:${failing.port})`))).toBe(
      `export to prometheus (127.0.0.1:${failing.port}) failed: HTTP 500 Internal Server Error: storage broken: ***${SUFFIX}`,
    );
    const pushed = failing.requests[failing.requests.length - 1]!;
    expect(pushed.method).toBe('POST');
    expect(pushed.path).toBe('/push/metrics/job/pyrun/series@base64/YmVuY2gvZXRsLnB5');
    expect(pushed.headers.authorization).toBe(
      `Basic ${Buffer.from('pyrun-user:hunter22-secret').toString('base64')}`,
    );
    expect(pushed.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('does not follow a redirect', async () => {
    const redirecting = await HttpReceiver.start({
      reply: () => ({ status: 307, headers: { location: `${healthy.url('/elsewhere')}` } }),
    });
    try {
      const before = healthy.requests.length;
      const warnings: string[] = [];
      await exportRun(exportRecord(), [parseExportTarget(`otlp=${redirecting.url('/')}`)], {
        warn: (m) => warnings.push(m),
      });
      expect(warnings).toEqual([
        `export to otlp (127.0.0.1:${redirecting.port}) failed: HTTP 307 Temporary Redirect (redirects are not followed)${SUFFIX}`,
      ]);
      expect(healthy.requests.length).toBe(before);
    } finally {
      await redirecting.close();
    }
  });

  it('turns a fetch that throws into a warning too', async () => {
    const warnings: string[] = [];
    const broken = (() => {
      throw new TypeError('fetch exploded');
    }) as unknown as typeof fetch;
    await exportRun(exportRecord(), [parseExportTarget('prometheus=http://127.0.0.1:9')], {
      warn: (m) => warnings.push(m),
      fetch: broken,
    });
    expect(warnings).toEqual([`export to prometheus (127.0.0.1:9) failed: fetch exploded${SUFFIX}`]);
  });
});
