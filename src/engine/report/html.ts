/**
 * The run as one self-contained HTML file: inline CSS, inline SVG charts, no script, no font, no URL.
 * A Content-Security-Policy of `default-src 'none'` makes the browser refuse any load that slipped in.
 */
import type { RunRecord } from '../types.js';
import { formatMetricValue } from '../metric-format.js';
import { formatDuration } from './numbers.js';
import { humanize, worstStatus } from './status.js';
import { regressedSummary } from './verdict-text.js';
import { escapeHtml } from './html-escape.js';
import { statusIcon } from './html-icons.js';
import {
  alertsTableHtml,
  benchmarkTableHtml,
  factsHtml,
  gatesTableHtml,
  headingHtml,
  historyChartsHtml,
  metricsTableHtml,
  runChartsHtml,
} from './html-parts.js';
import { multivariateHtml, runsOldestFirst } from './html-multivariate.js';
import { profileHtml } from './html-profile.js';
import { instructionsHtml, INSTRUCTIONS_TITLE } from './instructions-format.js';

export interface HtmlOptions {
  /** Older runs of the same series (history rows, without series) for the history charts. */
  history?: readonly RunRecord[];
}

export interface HtmlMultiOptions {
  /** Older runs per series name. */
  histories?: ReadonlyMap<string, readonly RunRecord[]>;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #111827; background: #f9fafb; }
main { margin: 0; padding: 24px 32px; }
h1 { font-size: 1.6rem; margin: 0 0 12px; }
h2 { font-size: 1.25rem; margin: 28px 0 10px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
.duration { font-weight: 400; color: #4b5563; }
.status-passed { color: #166534; } .status-failed, .status-gate_failed, .status-regressed { color: #991b1b; } .status-timeout { color: #92400e; }
svg.icon { width: 1em; height: 1em; vertical-align: -0.125em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dt { color: #6b7280; } dd { margin: 0; }
table { border-collapse: collapse; background: #fff; margin: 4px 0; }
th, td { border: 1px solid #e5e7eb; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
tr.gate-failed, tr.verdict-regressed { background: #fef2f2; }
tr.gate-insufficient_history { color: #6b7280; }
tr.verdict-improved { background: #f0fdf4; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); gap: 16px; }
svg.chart { background: #fff; border: 1px solid #e5e7eb; width: 100%; height: auto; font-family: inherit; }
svg.chart text { fill: #374151; }
.empty { color: #6b7280; font-style: italic; }
.warning { color: #92400e; }
`;

/** A self-contained page in the reports' style (strict CSP: no scripts, no outside resources). */
export function page(title: string, body: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The body of one run: facts, tables and charts; headings start at `level`. */
function runSections(record: RunRecord, history: readonly RunRecord[] | undefined, level: number): string[] {
  const h = `h${level + 1}`;
  const sections = [
    headingHtml(record, `h${level}`),
    factsHtml(record),
    `<${h}>Metrics</${h}>`,
    metricsTableHtml(record),
  ];
  const benchmark = benchmarkTableHtml(record);
  if (benchmark !== null) {
    sections.push(`<${h}>Benchmark: the ${record.repeats?.length ?? ''} measured runs</${h}>`, benchmark);
  }
  sections.push(
    `<${h}>Gates</${h}>`,
    gatesTableHtml(record),
    `<${h}>Alerts</${h}>`,
    alertsTableHtml(record),
    `<${h}>Charts</${h}>`,
    runChartsHtml(record),
  );
  const counted = instructionsHtml(record);
  if (counted !== null) sections.push(`<${h}>${INSTRUCTIONS_TITLE}</${h}>`, counted);
  const profile = profileHtml(record, `h${level + 2}`);
  if (profile !== null) sections.push(`<${h}>Profile</${h}>`, profile);
  // History charts need at least one earlier run: a series' first run would draw single dots.
  if (history !== undefined && runsOldestFirst(record, history).length >= 2) {
    sections.push(`<${h}>History</${h}>`, historyChartsHtml(record, history));
    const combinations = multivariateHtml(record, history);
    if (combinations !== null) sections.push(`<${h}>Unusual combinations of metrics</${h}>`, combinations);
  }
  return sections;
}

export function renderHtml(record: RunRecord, options: HtmlOptions = {}): string {
  return page(`pyrun: ${record.name} — ${humanize(record.status)}`, runSections(record, options.history, 1));
}

/** Several series on one page: a summary table, then one section per series. */
export function renderHtmlMulti(records: readonly RunRecord[], options: HtmlMultiOptions = {}): string {
  const worst = worstStatus(records);
  const rows = records.map(
    (r, i) =>
      `<tr class="status-${escapeHtml(r.status)}"><td>${statusIcon(r.status)}</td><td><a href="#series-${i + 1}">${escapeHtml(
        r.name,
      )}</a></td><td>${escapeHtml(humanize(r.status))}</td><td class="num">${escapeHtml(
        formatDuration(r.duration_s),
      )}</td><td class="num">${escapeHtml(formatMetricValue('cpu_time_s', r.cpu_time_s))}</td><td class="num">${escapeHtml(
        formatMetricValue('peak_rss_mb', r.peak_rss_mb),
      )}</td><td class="num">${r.gates.filter((g) => g.status === 'failed').length} / ${r.gates.length}</td><td>${escapeHtml(
        regressedSummary(r),
      )}</td></tr>`,
  );
  const body = [
    `<h1 class="status-${escapeHtml(worst)}">${statusIcon(worst)} pyrun: ${records.length} series</h1>`,
    '<table class="summary">',
    '<thead><tr><th></th><th>series</th><th>status</th><th>duration</th><th>CPU time</th><th>peak RSS</th><th>failed gates</th><th>regressed</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ];
  records.forEach((record, i) => {
    body.push(`<section id="series-${i + 1}">`);
    body.push(...runSections(record, options.histories?.get(record.name), 2));
    body.push('</section>');
  });
  return page(`pyrun: ${records.length} series — ${humanize(worst)}`, body);
}
