/**
 * The run as GitHub-flavoured markdown, for the job summary and the pull-request comment. It always fits
 * its budget and degrades rather than fails: first the charts (and the folded profile table) go, then gates
 * (failing ones kept first) and alerts are trimmed with a note of how many were left out, and as a last resort
 * the text is cut. The functions whose time grew most (a regressed, profiled run) stay with the metrics.
 * Sizes are measured in UTF-8 bytes, which is never less than the character count, so the budget holds
 * whichever way a service counts.
 */
import type { RunRecord } from '../types.js';
import { byteSize, cutToFit, fitRows } from './budget.js';
import { benchmarkSummary } from './benchmark.js';
import { gatesFailingFirst } from './gates.js';
import {
  alertRow,
  alertsHeadLines,
  gateRow,
  gatesHeadLines,
  headerLines,
  metricsLines,
} from './markdown-parts.js';
import { chartLines } from './markdown-chart.js';
import { profileDiffLines, profileTopLines } from './markdown-profile.js';
import { instructionsLines } from './instructions-format.js';

/** GitHub refuses issue and pull-request comments longer than this. */
export const MAX_COMMENT_CHARS = 65536;
/** GitHub's limit for one step's job summary (1 MiB). */
export const MAX_SUMMARY_CHARS = 1048576;

export interface MarkdownOptions {
  /** The budget in characters (counted as UTF-8 bytes); defaults to the job-summary limit. */
  maxChars?: number;
  /** Where the reader finds what was trimmed away; ends each "not shown" note. */
  fullReportHint?: string;
}

const DEFAULT_HINT = 'full report in the job summary';

/**
 * Blocks joined by blank lines, ending with a blank line: whatever is appended to the file next (`cat report.md >>
 * "$GITHUB_STEP_SUMMARY"`) starts a new block instead of becoming a row of the last table.
 */
function assemble(blocks: string[][]): string {
  return `${blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')}\n\n`;
}

export function renderMarkdown(record: RunRecord, options: MarkdownOptions = {}): string {
  const max_bytes = Math.max(0, Math.floor(options.maxChars ?? MAX_SUMMARY_CHARS));
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const header = headerLines(record);
  // Benchmark mode: the repeats' statistics belong with the metrics (their medians are the run's metrics).
  const metrics = [...metricsLines(record), ...benchmarkLines(record)];
  // Where the instructions went, and that the other figures are a slowed run's: kept with the metrics.
  const counted = instructionsLines(record);
  if (counted.length > 0) metrics.push('', ...counted);
  const gateRows = gatesFailingFirst(record.gates).map(gateRow);
  const gates = gateRows.length > 0 ? [...gatesHeadLines(), ...gateRows] : [];
  const alertRows = record.alerts.map(alertRow);
  const alerts = alertRows.length > 0 ? [...alertsHeadLines(), ...alertRows] : [];

  // The profile diff says where a regression came from: it stays as long as the metrics do.
  const grown = profileDiffLines(record);
  const profileTop = profileTopLines(record);
  const full = assemble([header, metrics, grown, gates, alerts, profileTop, chartLines(record.series)]);
  if (byteSize(full) <= max_bytes) return full;

  const left = [record.series.length >= 2 ? 'charts' : '', profileTop.length > 0 ? 'the profile' : '']
    .filter(Boolean)
    .join(' and ');
  const chartsNote = left
    ? [`_${left[0]!.toUpperCase()}${left.slice(1)} left out to fit the size limit._`]
    : [];
  const withoutCharts = assemble([header, metrics, grown, gates, alerts, chartsNote]);
  if (byteSize(withoutCharts) <= max_bytes) return withoutCharts;

  let budget = max_bytes - byteSize(assemble([header, metrics, grown, chartsNote]));
  const alertsNote = (n: number): string => `… ${n} more alerts not shown (${hint})`;
  // Gates come first, but leave room for at least the note that alerts were left out.
  const alertsReserve = alertRows.length > 0 ? byteSize(alertsNote(alertRows.length)) + 2 : 0;
  let gateBlock: string[] = [];
  if (gateRows.length > 0) {
    const gateNote = (n: number): string => `… ${n} more gates not shown (${hint})`;
    const fitted = fitRows(gatesHeadLines(), gateRows, budget - alertsReserve, gateNote);
    gateBlock = fitted.lines;
    budget -= fitted.bytes;
  }
  let alertBlock: string[] = [];
  if (alertRows.length > 0) alertBlock = fitRows(alertsHeadLines(), alertRows, budget, alertsNote).lines;
  // Even the header and metrics may not fit a tiny budget: then the text is cut.
  return cutToFit(assemble([header, metrics, grown, gateBlock, alertBlock, chartsNote]), max_bytes, hint);
}

/** `--repeat N`: the measured runs' statistics (./benchmark.ts's benchmarkSummary) as a table, then the warnings. */
function benchmarkLines(record: RunRecord): string[] {
  const summary = benchmarkSummary(record);
  if (summary === null) return [];
  return [
    '',
    "**Benchmark** (the measured runs; the run's metrics are their medians)",
    '',
    '| metric | runs | mean ± σ | median | range |',
    '|:--|--:|--:|--:|--:|',
    ...summary.rows.map((r) => `| \`${r.metric}\` | ${r.runs} | ${r.mean_sd} | ${r.median} | ${r.range} |`),
    ...(summary.warnings.length > 0 ? ['', ...summary.warnings.map((w) => `> ⚠️ ${w}`)] : []),
  ];
}
