/**
 * A real Prometheus Pushgateway on loopback: push runs with exportRun, scrape /metrics, and check what Prometheus
 * would see — names, labels from the grouping key, values — and that a failed run keeps the last success time.
 * Needs the Debian package prometheus-pushgateway; without its binary the suite is skipped, saying so.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { exportRun, parseExportTarget, type ExportTarget } from '../../../src/engine/report/export/index.js';
import {
  Pushgateway,
  PUSHGATEWAY_BINARY,
  PUSHGATEWAY_PACKAGE,
  pushgatewayAvailable,
  type PromSample,
} from '../../helpers/servers/pushgateway.js';
import { ENDED_AT_S, exportRecord } from '../../helpers/builders.js';
import { describeWith } from '../../helpers/needs.js';

const available = pushgatewayAvailable();
const describeGateway = describeWith(
  available ? null : `${PUSHGATEWAY_BINARY} is missing (apt-get install -y ${PUSHGATEWAY_PACKAGE})`,
);

function find(samples: PromSample[], name: string, labels: Record<string, string> = {}): PromSample[] {
  return samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
}

function value(samples: PromSample[], name: string, labels: Record<string, string>): number | undefined {
  const found = find(samples, name, labels);
  if (found.length > 1) throw new Error(`${name} ${JSON.stringify(labels)} matches ${found.length} samples`);
  return found[0]?.value;
}

describeGateway('export to a real Pushgateway', () => {
  let gateway: Pushgateway;
  let target: ExportTarget;
  const warnings: string[] = [];
  const deps = { warn: (m: string) => warnings.push(m), timeout_ms: 5000 };

  beforeAll(async () => {
    gateway = await Pushgateway.start();
    target = parseExportTarget(`prometheus=${gateway.url}`);
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const group = { job: 'pyrun', series: 'bench/etl.py' };

  it('pushes a passed run grouped by job and series, every pyrun_ gauge with its value', async () => {
    await exportRun(exportRecord(), [target], deps);
    expect(warnings).toEqual([]);
    const samples = await gateway.scrape();
    const at = (name: string, extra: Record<string, string> = {}) =>
      value(samples, name, { ...group, ...extra });
    expect(at('pyrun_duration_seconds')).toBe(10.25);
    expect(at('pyrun_cpu_time_seconds')).toBe(7.5);
    expect(at('pyrun_cpu_percent_avg')).toBe(73.2);
    expect(at('pyrun_cpu_percent_max')).toBe(150);
    expect(at('pyrun_peak_rss_bytes')).toBe(537133056);
    expect(at('pyrun_max_threads')).toBe(6);
    expect(at('pyrun_max_processes')).toBe(2);
    expect(at('pyrun_read_bytes')).toBe(4980736);
    expect(at('pyrun_write_bytes')).toBe(2490368);
    expect(at('pyrun_exit_code')).toBe(0);
    expect(at('pyrun_run_status', { status: 'passed' })).toBe(1);
    expect(at('pyrun_run_status', { status: 'failed' })).toBe(0);
    expect(at('pyrun_regressed', { metric: 'peak_rss_mb' })).toBe(1);
    expect(at('pyrun_regressed', { metric: 'duration_s' })).toBe(0);
    expect(at('pyrun_last_success_timestamp_seconds')).toBe(ENDED_AT_S);
    const info = find(samples, 'pyrun_run_info', group);
    expect(info.map((s) => s.labels)).toEqual([
      {
        ...group,
        instance: '',
        os: 'linux',
        arch: 'x64',
        python_version: '3.12.3',
        executor: 'local',
        git_ref: 'refs/heads/main',
        pyrun_version: '0.1.0',
      },
    ]);
    // The grouping key is exactly job + series (the gateway adds an empty instance label).
    expect(find(samples, 'pyrun_duration_seconds').map((s) => s.labels)).toEqual([
      { ...group, instance: '' },
    ]);
    // HELP and TYPE reached Prometheus' view too.
    const text = await gateway.scrapeText();
    expect(text).toContain('# TYPE pyrun_duration_seconds gauge');
    expect(text).toContain('# HELP pyrun_last_success_timestamp_seconds When the last passed run');
  });

  it('a failed run replaces the run metrics but keeps the previous last success time', async () => {
    await exportRun(
      exportRecord({
        status: 'failed',
        exit_code: 3,
        duration_s: 2.5,
        started_at: '2025-01-07T09:00:00.000Z',
        verdicts: {},
      }),
      [target],
      deps,
    );
    expect(warnings).toEqual([]);
    const samples = await gateway.scrape();
    const at = (name: string, extra: Record<string, string> = {}) =>
      value(samples, name, { ...group, ...extra });
    expect(at('pyrun_duration_seconds')).toBe(2.5);
    expect(at('pyrun_exit_code')).toBe(3);
    expect(at('pyrun_run_status', { status: 'failed' })).toBe(1);
    expect(at('pyrun_run_status', { status: 'passed' })).toBe(0);
    expect(at('pyrun_regressed', { metric: 'peak_rss_mb' })).toBe(0);
    expect(at('pyrun_last_success_timestamp_seconds')).toBe(ENDED_AT_S);
  });

  it('a killed script shows NaN as its exit code, and the last success time still survives', async () => {
    await exportRun(
      exportRecord({
        status: 'timeout',
        exit_code: null,
        signal: 'SIGKILL',
        started_at: '2025-01-08T09:00:00.000Z',
      }),
      [target],
      deps,
    );
    const samples = await gateway.scrape();
    expect(find(samples, 'pyrun_exit_code', group).map((s) => s.text)).toEqual(['NaN']);
    expect(value(samples, 'pyrun_run_status', { ...group, status: 'timeout' })).toBe(1);
    expect(value(samples, 'pyrun_last_success_timestamp_seconds', group)).toBe(ENDED_AT_S);
  });

  it('the next passed run moves the last success time forward', async () => {
    await exportRun(exportRecord({ started_at: '2025-01-09T09:00:00.000Z', duration_s: 4 }), [target], deps);
    const samples = await gateway.scrape();
    expect(value(samples, 'pyrun_last_success_timestamp_seconds', group)).toBe(
      Date.UTC(2025, 0, 9, 9, 0, 4) / 1000,
    );
    expect(value(samples, 'pyrun_run_status', { ...group, status: 'passed' })).toBe(1);
    expect(value(samples, 'pyrun_exit_code', group)).toBe(0);
  });

  it('keeps series apart and round-trips awkward names (spaces, unicode, slashes, dots) and a custom job', async () => {
    const names = ['nightly etl ü', 'a/b/../c', '..', 'x?y#z%'];
    for (const name of names) {
      await exportRun(exportRecord({ name, duration_s: name.length }), [target], { ...deps, job: 'ci/jobs' });
    }
    expect(warnings).toEqual([]);
    const samples = await gateway.scrape();
    for (const name of names) {
      expect(value(samples, 'pyrun_duration_seconds', { job: 'ci/jobs', series: name })).toBe(name.length);
    }
    // The first series is untouched by the others.
    expect(value(samples, 'pyrun_duration_seconds', group)).toBe(4);
  });

  it('a push the gateway refuses is one warning quoting its reason', async () => {
    // Another gateway where pyrun_duration_seconds already is a counter: our gauge is inconsistent with it.
    const other = await Pushgateway.start();
    try {
      const response = await fetch(`${other.url}/metrics/job/someone-else`, {
        method: 'PUT',
        body: '# TYPE pyrun_duration_seconds counter\npyrun_duration_seconds 1\n',
      });
      expect(response.status).toBeLessThan(300);
      const seen: string[] = [];
      await exportRun(exportRecord({ name: 'clash' }), [parseExportTarget(`prometheus=${other.url}`)], {
        warn: (m) => seen.push(m),
      });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(
        /^export to prometheus \(127\.0\.0\.1:\d+\) failed: HTTP 400 Bad Request: .*pyrun_duration_seconds.*; the run's result is unaffected$/,
      );
    } finally {
      await other.close();
    }
  });
});
