/**
 * The A/B result as a self-contained HTML page (`pyrun ab --html`): which sides ran, a table per metric (A and B
 * as mean ± σ, the ratio B/A with its interval, p and the verdict), the gates, and a chart of every measured run
 * in the order it ran, A and B as two lines, so drift and interference are visible at a glance.
 */
import { describeRatio, formatStats } from '../ab/describe.js';
import type { AbRecord } from '../ab/record.js';
import type { ComparableMetric } from '../types.js';
import { describeGate } from './gates.js';
import { formatPValue } from './numbers.js';
import { escapeHtml, table } from './html-escape.js';
import { page } from './html.js';
import { renderSvgChart } from './svg-chart.js';

export function renderAbHtml(record: AbRecord): string {
  const e = escapeHtml;
  const metrics = Object.entries(record.metrics) as [
    ComparableMetric,
    NonNullable<AbRecord['metrics'][ComparableMetric]>,
  ][];
  const rows = metrics.map(
    ([metric, r]) =>
      `<tr class="verdict-${e(r.verdict)}"><td><code>${e(metric)}</code></td><td class="num">${e(formatStats(metric, r.a))}</td>` +
      `<td class="num">${e(formatStats(metric, r.b))}</td><td>${e(describeRatio(metric, r))}</td>` +
      `<td class="num">${e(formatPValue(r.p_value))}</td><td>${e(r.verdict.replace('_', ' '))}${r.over_max_regression ? ' (over --max-regression)' : ''}</td></tr>`,
  );
  const gates = record.gates.map(
    (g) =>
      `<tr class="gate-${e(g.status)}"><td><code>${e(g.expr)}</code></td><td>${e(g.status)}</td><td>${e(describeGate(g))}</td></tr>`,
  );
  const side = (name: 'A' | 'B') =>
    record.runs.flatMap((run, i) => (run.side === name ? [[i + 1, run.duration_s] as const] : []));
  const chart = renderSvgChart({
    title: 'duration_s of every measured run, in the order they ran',
    x_label: 'run',
    y_label: 's',
    integer_x: true,
    lines: [
      { label: `A: ${record.a.label}`, points: side('A'), markers: true },
      { label: `B: ${record.b.label}`, points: side('B'), markers: true },
    ],
  });
  return page(`pyrun ab: ${record.name} — ${record.status.replace('_', ' ')}`, [
    `<h1 class="status-${e(record.status)}">A/B ${e(record.name)}: ${e(record.status.replace('_', ' '))}</h1>`,
    `<p>A: ${e(record.a.label)} (<code>${e(record.a.script)}</code>) · B: ${e(record.b.label)} (<code>${e(record.b.script)}</code>) · ` +
      `${record.runs.length / 2} pairs interleaved, ${record.warmup} warm-up each, ${Math.round(record.confidence * 100)}% intervals</p>`,
    table(['metric', 'A', 'B', 'B against A', 'p', 'verdict'], rows, 'metrics'),
    ...(gates.length > 0 ? ['<h2>Gates</h2>', table(['gate', 'status', 'values'], gates, 'gates')] : []),
    `<div class="charts">${chart}</div>`,
  ]);
}
