/**
 * The pieces of the markdown report (GitHub-flavoured: job summary and PR comment), each a list of lines
 * so the renderer can measure and drop them to fit a size budget.
 */
import type { AlertFiring, GateResult, RunRecord, Sample } from '../types.js';
import { downsampleKeepingPeaks } from './downsample.js';
import {
  countGates,
  describeScriptOutcome,
  formatChangePct,
  formatDuration,
  formatMetricValue,
  formatNumber,
  GATE_EMOJI,
  humanize,
  regressedMetrics,
  shownMetrics,
  STATUS_EMOJI,
  VERDICT_LABEL,
} from './format.js';
import { niceTicks } from './scale.js';

/** Points per mermaid chart: more makes the x-axis labels unreadable. */
export const MAX_CHART_POINTS = 60;

/**
 * User text as an inline code span that is safe inside a table cell: pipes are escaped (GFM reads `\|`
 * as a literal pipe even inside code), newlines flattened, and the fence outgrows any backtick run inside.
 */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** `## ✅ passed — `name` in 12.3 s` and a line or two of context. */
export function headerLines(record: RunRecord, heading = '##'): string[] {
  const gates = countGates(record.gates);
  const facts = [`script ${mdCode(record.script)} ${describeScriptOutcome(record)}`];
  if (record.gates.length > 0) {
    facts.push(
      gates.failed > 0
        ? `${gates.failed} of ${record.gates.length} gates failed`
        : `${record.gates.length} gates passed`,
    );
  }
  const regressed = regressedMetrics(record);
  if (regressed.length > 0) facts.push(`${regressed.length} metrics regressed`);
  if (record.alerts.length > 0) facts.push(`${record.alerts.length} alerts fired`);
  if (record.repeats !== undefined) facts.push(`median of ${record.repeats.length} measured runs`);

  const where = [`${record.os}/${record.arch}`, `Python ${record.python_version}`, record.executor];
  if (record.git_ref !== null || record.git_sha !== null) {
    const ref = [record.git_ref, record.git_sha?.slice(0, 7)].filter((p): p is string => Boolean(p));
    where.push(ref.map(mdCode).join(' @ '));
  }
  where.push(`run ${mdCode(record.run_id)}`, `started ${record.started_at}`);
  where.push(`${record.samples} samples every ${formatNumber(record.interval_s)} s`);

  return [
    `${heading} ${STATUS_EMOJI[record.status]} ${humanize(record.status)} — ${mdCode(record.name)} in ${formatDuration(record.duration_s)}`,
    '',
    `${facts.join(' · ')}  `,
    where.join(' · '),
  ];
}

/** The metrics table: value with unit, baseline (value ± spread), change and verdict. */
export function metricsLines(record: RunRecord, heading = '###'): string[] {
  const lines = [
    `${heading} Metrics`,
    '',
    '| metric | value | baseline | change | verdict |',
    '|:--|--:|--:|--:|:--|',
  ];
  for (const metric of shownMetrics(record)) {
    const base = record.baseline[metric];
    const verdict = record.verdicts[metric];
    const baseText =
      base === undefined
        ? '—'
        : `${formatMetricValue(metric, base.value)} ± ${formatMetricValue(metric, base.spread)} (${base.runs} runs)`;
    lines.push(
      `| ${mdCode(metric)} | ${formatMetricValue(metric, record[metric])} | ${baseText} | ${
        verdict === undefined ? '—' : formatChangePct(verdict.change_pct)
      } | ${verdict === undefined ? '—' : VERDICT_LABEL[verdict.verdict]} |`,
    );
  }
  return lines;
}

export function gatesHeadLines(heading = '###'): string[] {
  return [`${heading} Gates`, '', '| | gate | actual | limit | status |', '|:-:|:--|--:|--:|:--|'];
}

export function gateRow(gate: GateResult): string {
  return `| ${GATE_EMOJI[gate.status]} | ${mdCode(gate.expr)} | ${formatNumber(gate.actual)} | ${formatNumber(
    gate.limit,
  )} | ${humanize(gate.status)} |`;
}

export function alertsHeadLines(heading = '###'): string[] {
  return [`${heading} Alerts`, ''];
}

export function alertRow(alert: AlertFiring): string {
  const value = alert.value === null ? '' : ` (value ${formatNumber(alert.value)})`;
  const channels = alert.channels.length > 0 ? ` → ${alert.channels.join(', ')}` : '';
  return `- 🔔 ${mdCode(alert.rule)} at ${formatDuration(alert.at_s)}${value}${channels}`;
}

/** A quoted mermaid string: mermaid has no escape for `"`, so it is replaced. */
function mermaidText(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}

/** One mermaid `xychart-beta` line chart of a sample metric over elapsed time, peaks kept. */
export function mermaidChart(
  series: readonly Sample[],
  metric: 'rss_mb' | 'cpu_percent',
  title: string,
  axis: string,
): string[] {
  const points = downsampleKeepingPeaks(series, MAX_CHART_POINTS, (s) => s[metric]);
  const values = points.map((s) => (Number.isFinite(s[metric]) ? s[metric] : 0));
  const scale = niceTicks(Math.min(0, ...values), Math.max(...values));
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidText(title)}`,
    `  x-axis "elapsed (s)" [${points.map((s) => mermaidText(formatNumber(s.elapsed_s))).join(', ')}]`,
    `  y-axis ${mermaidText(axis)} ${formatNumber(scale.min)} --> ${formatNumber(scale.max)}`,
    `  line [${values.map((v) => formatNumber(Math.round(v * 10) / 10)).join(', ')}]`,
    '```',
  ];
}

/** RSS and CPU over the run; nothing when fewer than two samples were kept. */
export function chartLines(record: RunRecord, heading = '###'): string[] {
  if (record.series.length < 2) return [];
  return [
    `${heading} Charts`,
    '',
    ...mermaidChart(record.series, 'rss_mb', 'RSS (MB) over time', 'RSS (MB)'),
    '',
    ...mermaidChart(record.series, 'cpu_percent', 'CPU (%) over time', 'CPU (%, 100 = one core)'),
  ];
}
