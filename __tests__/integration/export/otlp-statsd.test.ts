/**
 * OTLP/HTTP against a loopback receiver (the JSON checked strictly against the encoding rules) and StatsD against
 * a UDP socket on 127.0.0.1, both through exportRun, together in one call.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  exportRun,
  otlpJson,
  parseExportTarget,
  statsdLines,
} from '../../../src/engine/report/export/index.js';
import type { HttpReceiver } from '../../helpers/servers/http-receiver.js';
import { otlpProblems, startOtlpReceiver } from '../../helpers/servers/otlp-receiver.js';
import { StatsdReceiver } from '../../helpers/servers/statsd-receiver.js';
import { exportRecord } from '../../helpers/builders.js';

describe('export over OTLP/HTTP and StatsD', () => {
  let otlp: HttpReceiver;
  let statsd: StatsdReceiver;

  beforeAll(async () => {
    otlp = await startOtlpReceiver();
    statsd = await StatsdReceiver.start();
  });
  afterAll(async () => {
    await otlp?.close();
    await statsd?.close();
  });

  it('delivers one run to both at once, without a warning', async () => {
    const record = exportRecord();
    const warnings: string[] = [];
    await exportRun(
      record,
      [parseExportTarget(`otlp=${otlp.url('/')}`), parseExportTarget(`statsd=127.0.0.1:${statsd.port}`)],
      { warn: (m) => warnings.push(m) },
    );
    expect(warnings).toEqual([]);

    const [request] = await otlp.waitForRequests(1);
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/metrics');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers.authorization).toBeUndefined();
    expect(otlpProblems(request!.text)).toEqual([]);
    expect(request!.text).toBe(otlpJson(record));

    // With the six rusage metrics one run fills two datagrams of at most 512 bytes.
    const datagrams = await statsd.waitForDatagrams(2);
    expect(datagrams).toHaveLength(2);
    expect(datagrams.map((d) => d.toString('utf8')).join('\n')).toBe(statsdLines(record).join('\n'));
    expect(statsd.lines).toContain('pyrun.bench_etl.py.duration_s:10.25|g');
  });

  it('keeps a base path, and a receiver that rejects points is a warning', async () => {
    const partial = await startOtlpReceiver(() => ({
      status: 200,
      body: JSON.stringify({ partialSuccess: { rejectedDataPoints: '2', errorMessage: 'too old' } }),
    }));
    try {
      const warnings: string[] = [];
      await exportRun(exportRecord(), [parseExportTarget(`otlp=${partial.url('/otlp/')}`)], {
        warn: (m) => warnings.push(m),
      });
      const [request] = await partial.waitForRequests(1);
      expect(request!.path).toBe('/otlp/v1/metrics');
      expect(warnings).toEqual([
        `export to otlp (127.0.0.1:${partial.port}) failed: the receiver rejected 2 data point(s): too old; the run's result is unaffected`,
      ]);
    } finally {
      await partial.close();
    }
  });

  it('packs a long series name into several datagrams of at most 512 bytes, all of them arriving', async () => {
    const before = statsd.datagrams.length;
    const record = exportRecord({ name: 'n'.repeat(150) });
    await exportRun(record, [parseExportTarget(`statsd=127.0.0.1:${statsd.port}`)], {
      warn: (m) => {
        throw new Error(m);
      },
    });
    const all = await statsd.waitForDatagrams(before + 2);
    const received = (await statsd.settle(100)).slice(before);
    expect(all.length).toBeGreaterThanOrEqual(before + 2);
    for (const d of received) expect(d.length).toBeLessThanOrEqual(512);
    expect(received.flatMap((d) => d.toString('utf8').split('\n')).sort()).toEqual(
      statsdLines(record).sort(),
    );
  });
});
