/**
 * One markdown report across several series (the fan-in job of a matrix build): a status line, one table
 * row per series with its status and key metrics, then the failing gates and regressions per series.
 * Fits its budget like the single report: failing series are kept first and the rest trimmed with a note.
 */
import type { RunRecord, RunStatus } from '../types.js';
import { formatMetricValue } from '../metric-format.js';
import { countGates, describeGate } from './gates.js';
import { formatDuration } from './numbers.js';
import { humanize, STATUS_EMOJI, STATUS_RANK, worstStatus } from './status.js';
import { regressedSummary } from './verdict-text.js';
import { mdCode } from './markdown-parts.js';
import { byteSize, cutToFit, fitRows } from './budget.js';
import { MAX_SUMMARY_CHARS, type MarkdownOptions } from './markdown.js';

function seriesRow(record: RunRecord): string {
  const gates = countGates(record.gates);
  const gateText =
    record.gates.length === 0
      ? '—'
      : gates.failed > 0
        ? `${gates.failed} of ${record.gates.length} failed`
        : `${record.gates.length} passed`;
  const regressedText = regressedSummary(record);
  return `| ${STATUS_EMOJI[record.status]} | ${mdCode(record.name)} | ${humanize(record.status)} | ${formatDuration(
    record.duration_s,
  )} | ${formatMetricValue('cpu_time_s', record.cpu_time_s)} | ${formatMetricValue(
    'peak_rss_mb',
    record.peak_rss_mb,
  )} | ${gateText} | ${regressedText} |`;
}

/** What went wrong in one series, as list items: its failing gates. */
function problemRows(record: RunRecord): string[] {
  return record.gates
    .filter((g) => g.status === 'failed')
    .map((g) => `- ${mdCode(record.name)}: ${mdCode(g.expr)} — ${describeGate(g)}`);
}

export function renderMarkdownMulti(records: readonly RunRecord[], options: MarkdownOptions = {}): string {
  const max_bytes = Math.max(0, Math.floor(options.maxChars ?? MAX_SUMMARY_CHARS));
  const hint = options.fullReportHint ?? 'full report in the job summary';
  const worst = worstStatus(records);
  const counts = new Map<RunStatus, number>();
  for (const record of records) counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
  const tally = [...counts.entries()]
    .sort(([a], [b]) => STATUS_RANK[a] - STATUS_RANK[b])
    .map(([status, n]) => `${n} ${humanize(status)}`)
    .join(', ');
  const header = [
    `## ${STATUS_EMOJI[worst]} pyrun: ${records.length} series${records.length > 0 ? ` — ${tally}` : ''}`,
  ];

  // Failing series first (stable), so trimming keeps what needs attention.
  const ordered = records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => STATUS_RANK[b.record.status] - STATUS_RANK[a.record.status] || a.index - b.index)
    .map((entry) => entry.record);
  const tableHead = [
    '| | series | status | duration | CPU time | peak RSS | gates | regressed |',
    '|:-:|:--|:--|--:|--:|--:|:--|:--|',
  ];
  const problems = ordered.flatMap(problemRows);
  const problemsHead = ['### Failing gates', ''];

  const blocks = [header, [...tableHead, ...ordered.map(seriesRow)]];
  if (problems.length > 0) blocks.push([...problemsHead, ...problems]);
  const full = `${blocks.map((b) => b.join('\n')).join('\n\n')}\n\n`; // a blank line ends it (see markdown.ts)
  if (byteSize(full) <= max_bytes) return full;

  let budget = max_bytes - byteSize(`${header.join('\n')}\n`);
  const table = fitRows(
    tableHead,
    ordered.map(seriesRow),
    budget,
    (n) => `… ${n} more series not shown (${hint})`,
  );
  budget -= table.bytes;
  const trimmedBlocks = [header, table.lines];
  if (problems.length > 0) {
    const fitted = fitRows(
      problemsHead,
      problems,
      budget,
      (n) => `… ${n} more failing gates not shown (${hint})`,
    );
    trimmedBlocks.push(fitted.lines);
  }
  const trimmed = `${trimmedBlocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')}\n\n`;
  return cutToFit(trimmed, max_bytes, hint);
}
