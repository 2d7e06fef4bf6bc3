/**
 * The A/B result as GitHub-flavoured markdown (job summary, PR comment): a headline, one table row per metric
 * (A, B, the ratio with its interval, p, verdict), the gates, and a chart of the interleaved runs' durations
 * (pair by pair, A and B as two lines in colours that read on a light background).
 */
import { describeRatio, formatP, formatStats } from '../ab/describe.js';
import type { AbMetricResult } from '../ab/compare.js';
import type { AbRecord } from '../ab/record.js';
import type { ComparableMetric } from '../types.js';
import { cutToFit } from './budget.js';
import { formatNumber } from '../metric-format.js';
import { GATE_EMOJI } from './gates.js';
import { MAX_COMMENT_CHARS } from './markdown.js';
import { mdCode } from './markdown-parts.js';
import { niceTicks } from './scale.js';
import { MERMAID_CHART_THEME } from './markdown-chart.js';

const STATUS_LINE: Record<AbRecord['status'], string> = {
  passed: '✅ B held every gate',
  gate_failed: '❌ B regressed beyond its gate',
  failed: '💥 a run failed',
  timeout: '⏱️ a run timed out',
  interrupted: '⏹️ interrupted',
};

const VERDICT: Record<AbMetricResult['verdict'], string> = {
  regressed: '🔴 regressed',
  improved: '🟢 improved',
  no_difference: '⚪ no difference',
  changed: '🔷 changed (not judged)',
};

/**
 * Blue for A, red for B (the default xychart palette is too pale on GitHub's light theme), on the run charts' base
 * theme: a transparent background and axis text that read in GitHub's dark theme too (the default theme's chart
 * keeps a light grey box there). The lines are named, so a mermaid that draws a legend draws one, in the axis text's
 * colour; the title names the colours for one that does not.
 */
const CHART_INIT = `%%{init: ${JSON.stringify({
  theme: 'base',
  xyChart: { showLegend: true },
  themeVariables: {
    xyChart: {
      ...MERMAID_CHART_THEME,
      legendTextColor: MERMAID_CHART_THEME.titleColor,
      plotColorPalette: '#3b82f6, #e5484d',
    },
  },
})}}%%`;

export function renderAbMarkdown(
  record: AbRecord,
  opts: { heading?: string; max_chars?: number } = {},
): string {
  const h = opts.heading ?? '##';
  const lines: string[] = [
    `${h} ${STATUS_LINE[record.status]} — A/B ${mdCode(record.name)}`,
    '',
    `**A** ${mdCode(record.a.label)} · **B** ${mdCode(record.b.label)} · ` +
      `${record.order.length} interleaved pairs (AB BA …), ${record.warmup} warm-up each` +
      (record.python_version ? ` · Python ${record.python_version}` : ''),
    '',
  ];
  const entries = Object.entries(record.metrics) as [ComparableMetric, AbMetricResult][];
  if (entries.length > 0) {
    lines.push(
      '| metric | A (mean ± σ) | B (mean ± σ) | B/A [interval] | p | verdict |',
      '|---|---:|---:|---|---:|---|',
      ...entries.map(
        ([metric, r]) =>
          `| \`${metric}\` | ${formatStats(metric, r.a)} | ${formatStats(metric, r.b)} | ` +
          `${r.ratio.toFixed(2)} [${r.ratio_low.toFixed(2)}, ${r.ratio_high.toFixed(2)}] | ` +
          `${formatP(r.p_value).replace(/^p = /, '')} | ${VERDICT[r.verdict]}${r.over_max_regression ? ' ❗' : ''} |`,
      ),
      '',
    );
    const confidence = Math.min(...entries.map(([, r]) => r.confidence));
    const summary = entries
      .filter(([, r]) => r.verdict !== 'no_difference')
      .map(([metric, r]) => `${mdCode(metric)}: ${describeRatio(metric, r)}`);
    if (summary.length > 0) lines.push(...summary.map((s) => `- ${s}`), '');
    lines.push(
      `<sub>Intervals: Hodges–Lehmann on the pairs' log ratios, ≥${(confidence * 100).toFixed(1)}% confidence; ` +
        `p: two-sided Wilcoxon signed-rank test.${record.max_regression_pct !== null ? ` ❗ over --max-regression ${record.max_regression_pct}%.` : ''}</sub>`,
      '',
    );
  }
  if (record.gates.length > 0) {
    lines.push(
      `${h}# Gates`,
      '',
      '| | gate | B | limit |',
      '|---|---|---:|---:|',
      ...record.gates.map(
        (g) =>
          `| ${GATE_EMOJI[g.status]} | ${mdCode(g.expr)} | ${formatNumber(g.actual)} | ${formatNumber(g.limit)} |`,
      ),
      '',
    );
  }
  if (record.failure) {
    const f = record.failure;
    lines.push(
      `${f.side}'s ${f.pair === 0 ? 'warm-up run' : `run in pair ${f.pair}`} ended ${f.status}` +
        (f.signal ? ` (${f.signal})` : f.exit_code !== null ? ` (exit ${f.exit_code})` : '') +
        ': no comparison was made.',
      '',
    );
  }
  lines.push(...runsChart(record, h));
  if (record.warnings.length > 0) lines.push('', ...record.warnings.map((w) => `> ⚠️ ${w}`));
  return cutToFit(
    `${lines.join('\n').trimEnd()}\n\n`, // a blank line ends it, as every markdown report
    opts.max_chars ?? MAX_COMMENT_CHARS,
    '(A/B report cut to fit)',
  );
}

/** duration_s of every measured run, pair by pair: A and B as two lines. */
function runsChart(record: AbRecord, h: string): string[] {
  const pairs = record.order.length;
  const side = (s: 'A' | 'B') =>
    Array.from(
      { length: pairs },
      (_, i) => record.runs.find((r) => r.pair === i + 1 && r.side === s)?.duration_s,
    );
  const a = side('A');
  const b = side('B');
  const values = [...a, ...b].filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (pairs < 2 || values.length < 4) return [];
  const scale = niceTicks(Math.min(...values), Math.max(...values));
  const line = (xs: (number | undefined)[]) =>
    `[${xs.map((v) => formatNumber(v === undefined ? 0 : Math.round(v * 1000) / 1000)).join(', ')}]`;
  return [
    `${h}# Interleaved runs`,
    '',
    '```mermaid',
    CHART_INIT,
    'xychart-beta',
    '  title "duration_s per pair (blue: A, red: B)"',
    // Plain pair numbers: mermaid ends the last category's label exactly at the chart's right edge (it reserves
    // half the widest label there), so a mark after the number, which a font may draw past its own box, was cut.
    `  x-axis "pair" [${Array.from({ length: pairs }, (_, i) => `"${i + 1}"`).join(', ')}]`,
    `  y-axis "duration (s)" ${formatNumber(scale.min)} --> ${formatNumber(scale.max)}`,
    `  line "A" ${line(a)}`,
    `  line "B" ${line(b)}`,
    '```',
    '',
    `<sub>${orderNote(record.order)}</sub>`,
  ];
}

/** Which side ran first in each pair, in words. */
function orderNote(order: readonly ('AB' | 'BA')[]): string {
  const bFirst = order.flatMap((o, i) => (o === 'BA' ? [i + 1] : []));
  if (bFirst.length === 0) return 'A ran first in every pair.';
  if (order.every((o, i) => o === (i % 2 === 0 ? 'AB' : 'BA'))) {
    return 'A ran first in the odd-numbered pairs, B in the even-numbered ones.';
  }
  return `B ran first in pair${bFirst.length === 1 ? '' : 's'} ${bFirst.join(', ')}; A in the others.`;
}
