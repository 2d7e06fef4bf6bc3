/**
 * No second list of metrics: outside src/engine/metric-table.ts, no source file may name three or more metrics as
 * string literals or object keys (`'duration_s'`, `peak_rss_mb: 5,`) — that is how the old per-file lists looked
 * (units in the reports, thresholds in the verdicts, SQL columns, export names, validation, medians). The few
 * files allowed below name metrics for a reason of their own, not as a copy of the table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { METRIC_TABLE } from '../../../src/engine/metrics.js';
import { ROOT } from '../../helpers/pyrun.js';

const ALLOWED: Record<string, string> = {
  'src/engine/metric-table.ts': 'the table itself',
  'src/engine/execute/measure.ts':
    'the measurement: how each run metric is computed from what the executor reported',
  'src/engine/execute/exec/types.ts': "the executor's ExitReport (rusage as the launcher reports it)",
  'src/engine/execute/exec/remote-types.ts': 'the remote launcher’s wire format',
  'src/engine/execute/exec/launcher-report.ts': 'the launcher’s exit report, read field by field',
  'src/engine/execute/exec/remote-launcher.ts': 'the remote launcher’s wire format (documented)',
  'src/engine/execute/sample/sampler.ts': 'the measurement of a sample from /proc',
  'src/engine/execute/sample/portable.ts': 'the measurement of a sample from ps/pidusage',
  'src/engine/execute/sample/totals.ts': 'the sampler’s running peaks and totals',
  'src/engine/analysis/multivariate.ts':
    'a priority order of candidates when runs are few (a choice, not a fact)',
  'src/engine/report/html-parts.ts': 'which charts the HTML report draws',
};

const NAMES = [...new Set(METRIC_TABLE.map((r) => r.name as string))];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Metric names a source names as a string literal or as an object key / property. */
export function namedMetrics(text: string): string[] {
  return NAMES.filter((name) =>
    new RegExp(`(['"\`])${name}\\1|(^|[{,])\\s*${name}\\??\\s*:`, 'm').test(text),
  );
}

describe('metric names outside the metric table', () => {
  it('the detector finds a hard-coded list, and ignores field access', () => {
    expect(
      namedMetrics("const UNITS = { duration_s: 's',\n  peak_rss_mb: 'MB',\n  max_threads: '' };"),
    ).toEqual(['duration_s', 'peak_rss_mb', 'max_threads']);
    expect(namedMetrics("const L = ['cpu_user_s', 'minor_faults'];")).toEqual(['cpu_user_s', 'minor_faults']);
    expect(namedMetrics('return r.duration_s + r.peak_rss_mb + r.max_threads;')).toEqual([]);
  });

  it('appear as lists only in the allowed files', () => {
    const offenders = sources(path.join(ROOT, 'src'))
      .map((file) => ({
        file: path.relative(ROOT, file).split(path.sep).join('/'),
        names: namedMetrics(readFileSync(file, 'utf8')),
      }))
      .filter(({ file, names }) => names.length >= 3 && !(file in ALLOWED))
      .map(({ file, names }) => `${file}: ${names.join(', ')}`);
    expect(offenders).toEqual([]);
  });
});
