/**
 * The pieces of the markdown report (GitHub-flavoured: job summary and PR comment), each a list of lines
 * so the renderer can measure and drop them to fit a size budget.
 */
import type { AlertFiring, GateResult, RunRecord } from '../types.js';
import { formatMetricValue, formatNumber } from '../metric-format.js';
import { regressedMetrics } from '../verdicts.js';
import { countGates, GATE_EMOJI, gateMetric } from './gates.js';
import { formatChangePct, formatDuration, plural } from './numbers.js';
import { describeScriptOutcome } from './script-outcome.js';
import { humanize, STATUS_EMOJI } from './status.js';
import { shownMetrics, verdictCell } from './verdict-text.js';
import { mdCode } from './markdown-escape.js';

export { mdCode };

/** `## ✅ passed — `name` in 12.3 s` and a line or two of context. */
export function headerLines(record: RunRecord, heading = '##'): string[] {
  const gates = countGates(record.gates);
  const facts = [`script ${mdCode(record.script)} ${describeScriptOutcome(record, mdCode)}`];
  if (record.gates.length > 0) {
    facts.push(
      gates.failed > 0
        ? `${gates.failed} of ${plural(record.gates.length, 'gate')} failed`
        : `${plural(record.gates.length, 'gate')} passed`,
    );
  }
  const regressed = regressedMetrics(record);
  if (regressed.length > 0) facts.push(`${plural(regressed.length, 'metric')} regressed`);
  if (record.alerts.length > 0) facts.push(`${plural(record.alerts.length, 'alert')} fired`);
  if (record.repeats !== undefined) facts.push(`median of ${plural(record.repeats.length, 'measured run')}`);

  // Every field here may come from an imported record: each is a code span (see markdown-escape.ts).
  const where = [
    mdCode(`${record.os}/${record.arch}`),
    `Python ${mdCode(record.python_version)}`,
    mdCode(record.executor),
  ];
  if (record.git_ref !== null || record.git_sha !== null) {
    const ref = [record.git_ref, record.git_sha?.slice(0, 7)].filter((p): p is string => Boolean(p));
    where.push(ref.map(mdCode).join(' @ '));
  }
  where.push(`run ${mdCode(record.run_id)}`, `started ${mdCode(record.started_at)}`);
  where.push(`${plural(record.samples, 'sample')} every ${formatNumber(record.interval_s)} s`);

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
        : `${formatMetricValue(metric, base.value)} ± ${formatMetricValue(metric, base.spread)} (${plural(base.runs, 'run')})`;
    lines.push(
      `| ${mdCode(metric)} | ${formatMetricValue(metric, record[metric])} | ${baseText} | ${
        verdict === undefined ? '—' : formatChangePct(verdict.change_pct)
      } | ${verdictCell(metric, verdict)} |`,
    );
  }
  return lines;
}

export function gatesHeadLines(heading = '###'): string[] {
  return [`${heading} Gates`, '', '| | gate | actual | limit | status |', '|:-:|:--|--:|--:|:--|'];
}

/** One gate as a table row; actual and limit in the unit of the metric the rule compares (`690.4 MB`). */
export function gateRow(gate: GateResult): string {
  const metric = gateMetric(gate);
  const actual = formatMetricValue(metric, gate.actual);
  const limit = formatMetricValue(metric, gate.limit);
  return `| ${GATE_EMOJI[gate.status]} | ${mdCode(gate.expr)} | ${actual} | ${limit} | ${humanize(gate.status)} |`;
}

export function alertsHeadLines(heading = '###'): string[] {
  return [`${heading} Alerts`, ''];
}

export function alertRow(alert: AlertFiring): string {
  const value = alert.value === null ? '' : ` (value ${formatNumber(alert.value)})`;
  const channels = alert.channels.length > 0 ? ` → ${alert.channels.map(mdCode).join(', ')}` : '';
  return `- 🔔 ${mdCode(alert.rule)} at ${formatDuration(alert.at_s)}${value}${channels}`;
}
