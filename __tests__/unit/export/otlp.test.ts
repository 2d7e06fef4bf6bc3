/** The OTLP/HTTP JSON body: checked against the encoding rules and value by value. */
import { describe, expect, it } from '@jest/globals';
import {
  otlpJson,
  otlpMetricsUrl,
  type OtlpMetricsRequest,
} from '../../../src/engine/report/export/index.js';
import { attributeMap, otlpProblems } from '../../helpers/servers/otlp-receiver.js';
import { exportRecord } from '../../helpers/builders.js';

function parsed(body: string): OtlpMetricsRequest {
  return JSON.parse(body) as OtlpMetricsRequest;
}

function points(body: string) {
  const request = parsed(body);
  const metrics = request.resourceMetrics[0]!.scopeMetrics[0]!.metrics;
  return Object.fromEntries(metrics.map((m) => [m.name, m]));
}

describe('otlpJson', () => {
  it('follows the OTLP JSON encoding strictly', () => {
    expect(otlpProblems(otlpJson(exportRecord()))).toEqual([]);
    expect(
      otlpProblems(otlpJson(exportRecord({ exit_code: null, status: 'failed', git_ref: null }))),
    ).toEqual([]);
  });

  it('the checker itself refuses what breaks the rules', () => {
    const body = parsed(otlpJson(exportRecord()));
    const metric = body.resourceMetrics[0]!.scopeMetrics[0]!.metrics[0]!;
    (metric.gauge.dataPoints[0] as unknown as Record<string, unknown>).timeUnixNano = 1736154010250000000;
    (metric as unknown as Record<string, unknown>).data_points = [];
    expect(otlpProblems(JSON.stringify(body))).toEqual([
      '$.resourceMetrics[0].scopeMetrics[0].metrics[0].data_points: unknown field',
      '$.resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].timeUnixNano: must be a fixed64 as a decimal string',
    ]);
  });

  it('names the service pyrun and stamps every point with the end of the run in nanoseconds, as a string', () => {
    const request = parsed(otlpJson(exportRecord()));
    const resource = request.resourceMetrics[0]!.resource;
    expect(attributeMap(resource.attributes)).toEqual({
      'service.name': 'pyrun',
      'service.version': '0.1.0',
    });
    expect(request.resourceMetrics[0]!.scopeMetrics[0]!.scope).toEqual({ name: 'pyrun', version: '0.1.0' });
    const all = Object.values(points(otlpJson(exportRecord()))).flatMap((m) => m.gauge.dataPoints);
    expect(new Set(all.map((p) => p.timeUnixNano))).toEqual(new Set(['1736154010250000000']));
  });

  it('sends whole numbers as asInt strings and the others as asDouble numbers, with UCUM units', () => {
    const m = points(otlpJson(exportRecord()));
    const one = (name: string) => ({
      unit: m[name]!.unit,
      ...m[name]!.gauge.dataPoints[0],
      attributes: undefined,
    });
    expect(one('pyrun.duration_seconds')).toMatchObject({ unit: 's', asDouble: 10.25 });
    expect(one('pyrun.cpu_time_seconds')).toMatchObject({ unit: 's', asDouble: 7.5 });
    expect(one('pyrun.cpu_percent_avg')).toMatchObject({ unit: '%', asDouble: 73.2 });
    expect(one('pyrun.peak_rss_bytes')).toMatchObject({ unit: 'By', asInt: '537133056' });
    expect(one('pyrun.read_bytes')).toMatchObject({ unit: 'By', asInt: '4980736' });
    expect(one('pyrun.write_bytes')).toMatchObject({ unit: 'By', asInt: '2490368' });
    expect(one('pyrun.max_threads')).toMatchObject({ unit: '1', asInt: '6' });
    expect(one('pyrun.max_processes')).toMatchObject({ unit: '1', asInt: '2' });
    expect(one('pyrun.exit_code')).toMatchObject({ unit: '1', asInt: '0' });
    expect(one('pyrun.passed')).toMatchObject({ asInt: '1' });
    expect(m['pyrun.duration_seconds']!.gauge.dataPoints[0]).not.toHaveProperty('asInt');
  });

  it('puts series, status, os, arch, python_version and git_ref on every point', () => {
    const m = points(otlpJson(exportRecord({ status: 'gate_failed' })));
    expect(attributeMap(m['pyrun.duration_seconds']!.gauge.dataPoints[0]!.attributes)).toEqual({
      series: 'bench/etl.py',
      status: 'gate_failed',
      os: 'linux',
      arch: 'x64',
      python_version: '3.12.3',
      git_ref: 'refs/heads/main',
    });
    expect(m['pyrun.passed']!.gauge.dataPoints[0]!.asInt).toBe('0');
  });

  it('has one regressed point per comparable metric', () => {
    const regressed = points(otlpJson(exportRecord()))['pyrun.regressed']!.gauge.dataPoints;
    const byMetric = Object.fromEntries(regressed.map((p) => [attributeMap(p.attributes).metric, p.asInt]));
    expect(byMetric).toEqual({
      duration_s: '0',
      cpu_time_s: '0',
      cpu_percent_avg: '0',
      cpu_percent_max: '0',
      peak_rss_mb: '1',
      max_threads: '0',
      max_processes: '0',
      read_mb: '0',
      write_mb: '0',
      cpu_user_s: '0',
      cpu_system_s: '0',
      minor_faults: '0',
      major_faults: '0',
      voluntary_ctx_switches: '0',
      involuntary_ctx_switches: '0',
      instructions: '0',
    });
  });

  it('leaves out the exit code of a killed script and git_ref when unknown', () => {
    const m = points(
      otlpJson(exportRecord({ status: 'failed', exit_code: null, signal: 'SIGKILL', git_ref: null })),
    );
    expect(m['pyrun.exit_code']).toBeUndefined();
    expect(attributeMap(m['pyrun.duration_seconds']!.gauge.dataPoints[0]!.attributes)).not.toHaveProperty(
      'git_ref',
    );
  });
});

describe('otlpMetricsUrl', () => {
  it('appends /v1/metrics to a base URL and keeps one that already ends with it', () => {
    expect(otlpMetricsUrl('http://127.0.0.1:4318')).toBe('http://127.0.0.1:4318/v1/metrics');
    expect(otlpMetricsUrl('https://otel.example.test/otlp/')).toBe(
      'https://otel.example.test/otlp/v1/metrics',
    );
    expect(otlpMetricsUrl('http://collector:4318/v1/metrics')).toBe('http://collector:4318/v1/metrics');
  });
});
