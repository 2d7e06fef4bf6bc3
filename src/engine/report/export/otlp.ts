/**
 * OTLP/HTTP with the JSON encoding: the run as gauges, POSTed to `<URL>/v1/metrics`.
 *
 * The JSON encoding of OTLP's protobuf: camelCase field names, 64-bit integers (`timeUnixNano`, `asInt`) as
 * decimal strings, enums as numbers. Whole-number metrics (bytes, counts, the exit code) are `asInt`, the others
 * `asDouble`. Every data point carries the series, status and environment as attributes; the resource says
 * `service.name=pyrun`.
 */
import type { RunRecord } from '../../types.js';
import { endedAtUnixNano, exportedValues, regressions, type ExportUnit } from './values.js';

export interface OtlpAnyValue {
  stringValue?: string;
  intValue?: string;
  doubleValue?: number;
  boolValue?: boolean;
}
export interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}
export interface OtlpNumberDataPoint {
  attributes: OtlpKeyValue[];
  timeUnixNano: string;
  asDouble?: number;
  asInt?: string;
}
export interface OtlpMetric {
  name: string;
  description: string;
  unit: string;
  gauge: { dataPoints: OtlpNumberDataPoint[] };
}
export interface OtlpMetricsRequest {
  resourceMetrics: Array<{
    resource: { attributes: OtlpKeyValue[] };
    scopeMetrics: Array<{ scope: { name: string; version: string }; metrics: OtlpMetric[] }>;
  }>;
}

/** UCUM units, as OpenTelemetry's conventions write them. */
const UCUM: Record<ExportUnit, string> = { seconds: 's', bytes: 'By', percent: '%', count: '1' };

const str = (key: string, value: string): OtlpKeyValue => ({ key, value: { stringValue: value } });

/** The attributes of every data point; `git_ref` only when the run knows it. */
function pointAttributes(record: RunRecord): OtlpKeyValue[] {
  const attributes = [
    str('series', record.name),
    str('status', record.status),
    str('os', record.os),
    str('arch', record.arch),
    str('python_version', record.python_version),
  ];
  if (record.git_ref !== null) attributes.push(str('git_ref', record.git_ref));
  return attributes;
}

/** The request body as an object (`JSON.stringify` it to send). */
export function otlpRequest(record: RunRecord): OtlpMetricsRequest {
  const timeUnixNano = endedAtUnixNano(record);
  const attributes = pointAttributes(record);
  const metrics: OtlpMetric[] = [];
  for (const v of exportedValues(record)) {
    if (v.value === null || !Number.isFinite(v.value)) continue; // OTLP has no "no value": leave the point out
    const point: OtlpNumberDataPoint = { attributes, timeUnixNano };
    if (v.integer && Number.isInteger(v.value)) point.asInt = String(v.value);
    else point.asDouble = v.value;
    metrics.push({
      name: `pyrun.${v.key}`,
      description: v.help,
      unit: UCUM[v.unit],
      gauge: { dataPoints: [point] },
    });
  }
  metrics.push({
    name: 'pyrun.passed',
    description: 'Whether the run passed (1) or not (0); the status attribute says how it ended.',
    unit: '1',
    gauge: { dataPoints: [{ attributes, timeUnixNano, asInt: record.status === 'passed' ? '1' : '0' }] },
  });
  metrics.push({
    name: 'pyrun.regressed',
    description: 'Whether the metric regressed against the baseline (1) or not (0; also without history).',
    unit: '1',
    gauge: {
      dataPoints: regressions(record).map((r) => ({
        attributes: [...attributes, str('metric', r.metric)],
        timeUnixNano,
        asInt: String(r.regressed),
      })),
    },
  });
  return {
    resourceMetrics: [
      {
        resource: {
          attributes: [str('service.name', 'pyrun'), str('service.version', record.pyrun_version)],
        },
        scopeMetrics: [{ scope: { name: 'pyrun', version: record.pyrun_version }, metrics }],
      },
    ],
  };
}

/** The OTLP/HTTP JSON body of the run. */
export function otlpJson(record: RunRecord): string {
  return JSON.stringify(otlpRequest(record));
}

/** `<base>/v1/metrics`, unless the URL already names that path (as OTEL_EXPORTER_OTLP_METRICS_ENDPOINT does). */
export function otlpMetricsUrl(base: string): string {
  const url = new URL(base);
  if (/\/v1\/metrics\/?$/.test(url.pathname)) return url.href;
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/metrics`;
  return url.href;
}
