/**
 * The words of an A/B result, as hyperfine would print them: one aligned line per metric,
 *
 *   duration_s   A 0.234 s ± 0.004   B 0.297 s ± 0.005   B is 1.27 ± 0.02 × slower than A [1.25, 1.29]  p = 0.002  regressed
 *
 * then the gates and the warnings. Returned as lines; the face decides where they go.
 */
import { METRIC_DIMENSION, type ComparableMetric, type MetricDimension } from '../types.js';
import { metricUnit } from '../metric-format.js';
import type { BenchmarkStats } from '../analysis/benchmark-stats.js';
import type { AbMetricResult } from './compare.js';
import type { AbRecord } from './record.js';

/** Decimals that show a value's differences without noise: 1.204, 12.35, 612.4, 1520. */
export function decimalsFor(value: number): number {
  const m = Math.abs(value);
  return m >= 1000 ? 0 : m >= 100 ? 1 : m >= 10 ? 2 : 3;
}

function unitOf(metric: ComparableMetric): string {
  const unit = metricUnit(metric);
  return unit === '' ? '' : unit === '%' ? '%' : ` ${unit}`;
}

/** `1.204 s ± 0.012`; integers stay integers when nothing varied (`4`). */
export function formatStats(metric: ComparableMetric, s: BenchmarkStats): string {
  if (Number.isInteger(s.mean) && s.stddev === 0) return `${s.mean}${unitOf(metric)}`;
  const d = decimalsFor(s.mean);
  return `${s.mean.toFixed(d)}${unitOf(metric)} ± ${s.stddev.toFixed(d)}`;
}

const MORE_LESS: Record<MetricDimension, [string, string]> = {
  time: ['higher', 'lower'],
  size: ['larger', 'smaller'],
  percent: ['higher', 'lower'],
  count: ['higher', 'lower'],
};

function words(metric: ComparableMetric): [string, string] {
  return metric === 'duration_s' ? ['slower', 'faster'] : MORE_LESS[METRIC_DIMENSION[metric]];
}

export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(4) : p.toFixed(3)}`;
}

/** `B is 1.31 ± 0.04 × slower than A [1.27, 1.35]` or `no difference: B/A 1.00 [0.98, 1.03]`. */
export function describeRatio(metric: ComparableMetric, r: AbMetricResult): string {
  const interval = (lo: number, hi: number) => `[${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
  if (r.verdict === 'no_difference') {
    return `no difference: B/A ${r.ratio.toFixed(2)} ${interval(r.ratio_low, r.ratio_high)}`;
  }
  const [up, down] = words(metric);
  const [factor, lo, hi, word] =
    r.ratio >= 1
      ? [r.ratio, r.ratio_low, r.ratio_high, up]
      : [1 / r.ratio, 1 / r.ratio_high, 1 / r.ratio_low, down];
  return `B is ${factor.toFixed(2)} ± ${((hi - lo) / 2).toFixed(2)} × ${word} than A ${interval(lo, hi)}`;
}

/** Every line of the result: who A and B are, one line per metric, gates, --max-regression, warnings. */
export function describeAb(record: AbRecord): string[] {
  const lines: string[] = [
    `A: ${record.a.label}  (${record.a.script})`,
    `B: ${record.b.label}  (${record.b.script})`,
  ];
  const entries = Object.entries(record.metrics) as [ComparableMetric, AbMetricResult][];
  if (entries.length > 0) {
    const confidence = Math.round(Math.min(...entries.map(([, r]) => r.confidence)) * 1000) / 10;
    lines.push(
      `${record.runs.length / 2} pairs interleaved (AB BA …), ${record.warmup} warm-up each; ` +
        `B/A with its ≥${confidence}% interval (Hodges–Lehmann) and the Wilcoxon signed-rank p`,
      '',
    );
    const rows = entries.map(([metric, r]) => [
      metric,
      `A ${formatStats(metric, r.a)}`,
      `B ${formatStats(metric, r.b)}`,
      describeRatio(metric, r),
      formatP(r.p_value),
      r.verdict === 'no_difference'
        ? ''
        : r.verdict + (r.over_max_regression ? ' (over --max-regression)' : ''),
    ]);
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
    for (const row of rows)
      lines.push(
        row
          .map((c, i) => c.padEnd(widths[i]!))
          .join('   ')
          .trimEnd(),
      );
  }
  if (record.gates.length > 0) lines.push('');
  for (const g of record.gates) {
    const detail =
      g.actual === null
        ? ''
        : ` (B ${round(g.actual)} vs limit ${g.limit === null ? 'n/a' : round(g.limit)})`;
    lines.push(`gate ${g.status === 'failed' ? 'FAILED' : g.status}: ${g.expr}${detail}`);
  }
  if (record.max_regression_pct !== null && entries.length > 0) {
    lines.push(
      record.over_max_regression.length > 0
        ? `--max-regression ${record.max_regression_pct}%: B regressed beyond it in ${record.over_max_regression.join(', ')}`
        : `--max-regression ${record.max_regression_pct}%: held`,
    );
  }
  if (record.failure) {
    const f = record.failure;
    const how =
      f.status === 'timeout' ? 'timed out' : f.signal ? `was killed by ${f.signal}` : `exited ${f.exit_code}`;
    const which = f.pair === 0 ? 'warm-up run' : `run of pair ${f.pair}`;
    lines.push(`${f.side}'s ${which} ${how}: no comparison`);
  }
  if (record.interrupted_by) lines.push(`interrupted by ${record.interrupted_by}: no comparison`);
  return lines;
}

function round(value: number): string {
  return value.toFixed(decimalsFor(value));
}
