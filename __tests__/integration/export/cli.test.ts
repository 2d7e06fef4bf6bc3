/**
 * End to end on the built CLI: `pyrun run --export …` sends the finished run to a real Pushgateway, an OTLP
 * receiver and StatsD at once; a dead target is one warning and the exit code stays the script's; a bad target is
 * exit 125 before the script runs. Run `npm run build` first (npm test does).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpReceiver } from '../../helpers/servers/http-receiver.js';
import { otlpProblems, startOtlpReceiver } from '../../helpers/servers/otlp-receiver.js';
import { Pushgateway, pushgatewayAvailable } from '../../helpers/servers/pushgateway.js';
import { StatsdReceiver } from '../../helpers/servers/statsd-receiver.js';
import { closedPort } from '../../helpers/servers/tcp.js';
import { fixture, pyrun } from '../../helpers/pyrun.js';
import { itWith } from '../../helpers/needs.js';

if (!pushgatewayAvailable()) {
  console.warn(
    'SKIPPED the Pushgateway part of the CLI export test: apt-get install -y prometheus-pushgateway',
  );
}

describe('pyrun run --export', () => {
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

  itWith(
    pushgatewayAvailable()
      ? null
      : 'prometheus-pushgateway is missing (apt-get install -y prometheus-pushgateway)',
  )('sends the judged run to a Pushgateway, OTLP and StatsD, and exits as the script did', async () => {
    const gateway = await Pushgateway.start();
    try {
      const r = await pyrun([
        'run',
        '--name',
        'e2e/args',
        '--export',
        `prometheus=${gateway.url}`,
        '--export',
        `otlp=${otlp.url('/')}`,
        '--export',
        `statsd=127.0.0.1:${statsd.port}`,
        fixture('args.py'),
        'one',
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('["one"]\n');
      expect(r.stderr).not.toContain('warning');
      const record = r.record!;
      expect(record.status).toBe('passed');

      const samples = await gateway.scrape();
      const at = (name: string, extra: Record<string, string> = {}) =>
        samples.find(
          (s) =>
            s.name === name &&
            s.labels.job === 'pyrun' &&
            s.labels.series === 'e2e/args' &&
            Object.entries(extra).every(([k, v]) => s.labels[k] === v),
        )?.value;
      expect(at('pyrun_duration_seconds')).toBe(record.duration_s);
      expect(at('pyrun_peak_rss_bytes')).toBe(record.peak_rss_bytes);
      expect(at('pyrun_exit_code')).toBe(0);
      expect(at('pyrun_run_status', { status: 'passed' })).toBe(1);
      expect(at('pyrun_last_success_timestamp_seconds')).toBeCloseTo(
        Date.parse(record.started_at) / 1000 + record.duration_s,
        3,
      );

      const [request] = await otlp.waitForRequests(1);
      expect(otlpProblems(request!.text)).toEqual([]);
      expect(request!.text).toContain('"stringValue":"e2e/args"');

      await statsd.waitForDatagrams(1);
      expect(statsd.lines).toContain('pyrun.e2e_args.passed:1|g');
      expect(statsd.lines).toContain(`pyrun.e2e_args.max_processes:${record.max_processes}|g`);
    } finally {
      await gateway.close();
    }
  });

  it('a dead target is one warning without its credentials, and the exit code stays the script’s', async () => {
    const port = await closedPort();
    const r = await pyrun([
      'run',
      '--export',
      `prometheus=http://ci-bot:hunter22-secret@127.0.0.1:${port}/`,
      fixture('exit3.py'),
    ]);
    expect(r.code).toBe(3);
    expect(r.record?.status).toBe('failed');
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toEqual([
      `pyrun: warning: export to prometheus (127.0.0.1:${port}) failed: connection refused (ECONNREFUSED); the run's result is unaffected`,
    ]);
    expect(r.stderr).not.toContain('hunter22');
  });

  it('a bad target is exit 125 before the script runs, naming the problem', async () => {
    const r = await pyrun([
      'run',
      '--export',
      'statsd=127.0.0.1:8125',
      '--export',
      'graphite=https://u:hunter22-secret@example.test/',
      fixture('args.py'),
    ]);
    expect(r.code).toBe(125);
    expect(r.stdout).toBe('');
    expect(r.record).toBeNull();
    expect(r.stderr).toContain(
      "pyrun: error: bad --export 'graphite=https://***@example.test/': unknown exporter kind 'graphite'; use prometheus=URL, otlp=URL or statsd=HOST:PORT",
    );
    expect(r.stderr).not.toContain('hunter22');
  });
});
