/**
 * Prometheus: the run as text exposition format 0.0.4, pushed to a Pushgateway grouped by job and series
 * (`<URL>/metrics/job/<job>/series/<series>`).
 *
 * A passed run is PUT: it replaces its whole group, so the group holds exactly this run, and sets
 * `pyrun_last_success_timestamp_seconds`. Any other run is POSTed without that gauge: POST replaces only the
 * metric names it carries, so the last success timestamp of an earlier run survives and
 * `time() - pyrun_last_success_timestamp_seconds` can be alerted on. Every other series is pushed on every run,
 * so nothing of an earlier run lingers beside it.
 */
import type { RunRecord } from '../../types.js';
import { endedAtMs, exportedValues, regressions, RUN_STATUSES } from './values.js';

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
export const DEFAULT_JOB = 'pyrun';

/** A sample value as Prometheus parses it. */
export function promNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

/** A label value inside double quotes: backslash, quote and newline escaped. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** HELP text: backslash and newline escaped. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

interface Family {
  name: string;
  help: string;
  samples: Array<{ labels?: Record<string, string>; value: number }>;
}

function renderFamily(family: Family): string[] {
  const lines = [`# HELP ${family.name} ${escapeHelp(family.help)}`, `# TYPE ${family.name} gauge`];
  for (const sample of family.samples) {
    const labels = Object.entries(sample.labels ?? {});
    const labelText =
      labels.length === 0 ? '' : `{${labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
    lines.push(`${family.name}${labelText} ${promNumber(sample.value)}`);
  }
  return lines;
}

/**
 * The run in text exposition format 0.0.4: one gauge family per metric, each with HELP and TYPE. The grouping
 * labels (job, series) are not in the text: the Pushgateway adds them from the URL.
 * `pyrun_last_success_timestamp_seconds` (when the script ended) is present only for a passed run.
 */
export function prometheusText(record: RunRecord): string {
  const families: Family[] = exportedValues(record).map((v) => ({
    name: `pyrun_${v.key}`,
    help: v.help,
    samples: [{ value: v.value ?? NaN }],
  }));
  families.push({
    name: 'pyrun_run_status',
    help: 'The status of the run: 1 for the status it ended with, 0 for the others.',
    samples: RUN_STATUSES.map((status) => ({ labels: { status }, value: status === record.status ? 1 : 0 })),
  });
  families.push({
    name: 'pyrun_regressed',
    help: 'Whether the metric regressed against the baseline (1) or not (0; also without history).',
    samples: regressions(record).map((r) => ({ labels: { metric: r.metric }, value: r.regressed })),
  });
  families.push({
    name: 'pyrun_run_info',
    help: 'Where the run happened; always 1.',
    samples: [
      {
        labels: {
          os: record.os,
          arch: record.arch,
          python_version: record.python_version,
          executor: record.executor,
          git_ref: record.git_ref ?? '',
          pyrun_version: record.pyrun_version,
        },
        value: 1,
      },
    ],
  });
  if (record.status === 'passed') {
    families.push({
      name: 'pyrun_last_success_timestamp_seconds',
      help: 'When the last passed run of the series ended, in seconds since the epoch.',
      samples: [{ value: endedAtMs(record) / 1000 }],
    });
  }
  return families.flatMap(renderFamily).join('\n') + '\n';
}

/**
 * One grouping label in a Pushgateway path: `name/value` URL-encoded, or `name@base64/…` (base64url) when the
 * value holds a `/`, is empty, or is `.`/`..` (which URL normalisation would swallow).
 */
export function groupingSegment(name: string, value: string): string {
  if (value === '' || value.includes('/') || value === '.' || value === '..') {
    const encoded = Buffer.from(value, 'utf8').toString('base64url');
    return `${name}@base64/${encoded === '' ? '=' : encoded}`;
  }
  return `${name}/${encodeURIComponent(value)}`;
}

/** `<base>/metrics/job/<job>/series/<series>`, keeping any path prefix and query of the base URL. */
export function pushgatewayUrl(base: string, job: string, series: string): string {
  const url = new URL(base);
  const prefix = url.pathname.replace(/\/+$/, '');
  url.pathname = `${prefix}/metrics/${groupingSegment('job', job)}/${groupingSegment('series', series)}`;
  return url.href;
}

/** PUT for a passed run (replace the group), POST otherwise (keep the last success timestamp). */
export function pushMethod(record: RunRecord): 'PUT' | 'POST' {
  return record.status === 'passed' ? 'PUT' : 'POST';
}
