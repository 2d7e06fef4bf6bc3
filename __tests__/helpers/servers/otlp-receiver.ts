/**
 * An OTLP/HTTP metrics receiver on 127.0.0.1 (an HttpReceiver answering `{}` like a collector does) and a strict
 * checker of the OTLP JSON encoding of ExportMetricsServiceRequest, written from the OTLP specification rather
 * than from pyrun's types: only known camelCase fields, 64-bit integers as decimal strings, exactly one value
 * per data point and per attribute.
 */
import { HttpReceiver, type Reply, type ReceivedRequest } from './http-receiver.js';

export async function startOtlpReceiver(
  reply: (request: ReceivedRequest, index: number) => Reply = () => ({
    status: 200,
    body: '{}',
    headers: { 'content-type': 'application/json' },
  }),
): Promise<HttpReceiver> {
  return HttpReceiver.start({ reply });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const UINT64 = /^(0|[1-9][0-9]*)$/;
const INT64 = /^-?(0|[1-9][0-9]*)$/;

class Checker {
  readonly problems: string[] = [];

  fail(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  object(value: Json | undefined, path: string, allowed: string[], required: string[]): Obj | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'must be an object');
      return null;
    }
    for (const key of Object.keys(value))
      if (!allowed.includes(key)) this.fail(`${path}.${key}`, 'unknown field');
    for (const key of required) if (!(key in value)) this.fail(`${path}.${key}`, 'missing');
    return value;
  }

  array(value: Json | undefined, path: string, nonEmpty = true): Json[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be an array');
      return [];
    }
    if (nonEmpty && value.length === 0) this.fail(path, 'must not be empty');
    return value;
  }

  string(value: Json | undefined, path: string, nonEmpty = true): void {
    if (typeof value !== 'string') this.fail(path, 'must be a string');
    else if (nonEmpty && value === '') this.fail(path, 'must not be empty');
  }

  attributes(value: Json | undefined, path: string): void {
    const keys = new Set<string>();
    this.array(value, path, false).forEach((item, i) => {
      const kv = this.object(item, `${path}[${i}]`, ['key', 'value'], ['key', 'value']);
      if (!kv) return;
      this.string(kv.key, `${path}[${i}].key`);
      if (typeof kv.key === 'string') {
        if (keys.has(kv.key)) this.fail(`${path}[${i}].key`, `duplicate attribute ${kv.key}`);
        keys.add(kv.key);
      }
      const v = this.object(
        kv.value,
        `${path}[${i}].value`,
        ['stringValue', 'intValue', 'doubleValue', 'boolValue'],
        [],
      );
      if (!v) return;
      if (Object.keys(v).length !== 1) this.fail(`${path}[${i}].value`, 'must hold exactly one value');
      if ('stringValue' in v) this.string(v.stringValue, `${path}[${i}].value.stringValue`, false);
      if ('intValue' in v && (typeof v.intValue !== 'string' || !INT64.test(v.intValue))) {
        this.fail(`${path}[${i}].value.intValue`, 'must be an int64 as a decimal string');
      }
    });
  }

  dataPoint(value: Json, path: string): void {
    const p = this.object(
      value,
      path,
      ['attributes', 'startTimeUnixNano', 'timeUnixNano', 'asDouble', 'asInt', 'exemplars', 'flags'],
      ['timeUnixNano'],
    );
    if (!p) return;
    if (typeof p.timeUnixNano !== 'string' || !UINT64.test(p.timeUnixNano)) {
      this.fail(`${path}.timeUnixNano`, 'must be a fixed64 as a decimal string');
    }
    if ('attributes' in p) this.attributes(p.attributes, `${path}.attributes`);
    const kinds = ['asDouble', 'asInt'].filter((k) => k in p);
    if (kinds.length !== 1) this.fail(path, 'must hold exactly one of asDouble, asInt');
    if ('asInt' in p && (typeof p.asInt !== 'string' || !INT64.test(p.asInt))) {
      this.fail(`${path}.asInt`, 'must be an int64 as a decimal string');
    }
    if ('asDouble' in p && (typeof p.asDouble !== 'number' || !Number.isFinite(p.asDouble))) {
      this.fail(`${path}.asDouble`, 'must be a finite JSON number');
    }
  }
}

/** Every way the body breaks the OTLP JSON encoding of a gauge-only metrics request (empty: none). */
export function otlpProblems(body: string): string[] {
  const c = new Checker();
  let root: Json;
  try {
    root = JSON.parse(body) as Json;
  } catch {
    return ['body: not JSON'];
  }
  const request = c.object(root, '$', ['resourceMetrics'], ['resourceMetrics']);
  if (!request) return c.problems;
  c.array(request.resourceMetrics, '$.resourceMetrics').forEach((rm, i) => {
    const rp = `$.resourceMetrics[${i}]`;
    const r = c.object(rm, rp, ['resource', 'scopeMetrics', 'schemaUrl'], ['resource', 'scopeMetrics']);
    if (!r) return;
    const resource = c.object(
      r.resource,
      `${rp}.resource`,
      ['attributes', 'droppedAttributesCount'],
      ['attributes'],
    );
    if (resource) c.attributes(resource.attributes, `${rp}.resource.attributes`);
    c.array(r.scopeMetrics, `${rp}.scopeMetrics`).forEach((sm, j) => {
      const sp = `${rp}.scopeMetrics[${j}]`;
      const s = c.object(sm, sp, ['scope', 'metrics', 'schemaUrl'], ['scope', 'metrics']);
      if (!s) return;
      const scope = c.object(s.scope, `${sp}.scope`, ['name', 'version', 'attributes'], ['name']);
      if (scope) c.string(scope.name, `${sp}.scope.name`);
      const names = new Set<string>();
      c.array(s.metrics, `${sp}.metrics`).forEach((m, k) => {
        const mp = `${sp}.metrics[${k}]`;
        const metric = c.object(
          m,
          mp,
          ['name', 'description', 'unit', 'gauge', 'metadata'],
          ['name', 'gauge'],
        );
        if (!metric) return;
        c.string(metric.name, `${mp}.name`);
        if (typeof metric.name === 'string') {
          if (names.has(metric.name)) c.fail(`${mp}.name`, `duplicate metric ${metric.name}`);
          names.add(metric.name);
        }
        if ('unit' in metric) c.string(metric.unit, `${mp}.unit`, false);
        if ('description' in metric) c.string(metric.description, `${mp}.description`, false);
        const gauge = c.object(metric.gauge, `${mp}.gauge`, ['dataPoints'], ['dataPoints']);
        if (gauge) {
          c.array(gauge.dataPoints, `${mp}.gauge.dataPoints`).forEach((p, n) =>
            c.dataPoint(p, `${mp}.gauge.dataPoints[${n}]`),
          );
        }
      });
    });
  });
  return c.problems;
}

/** The string attributes of a key-value list as a plain object (for assertions). */
export function attributeMap(
  attributes: Array<{ key: string; value: { stringValue?: string } }>,
): Record<string, string> {
  return Object.fromEntries(attributes.map((a) => [a.key, a.value.stringValue ?? JSON.stringify(a.value)]));
}
