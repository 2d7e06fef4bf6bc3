/**
 * Sections of the HTML report for one run: facts, tables of metrics, gates and alerts, the run's charts
 * and the history charts. Every piece of user text passes through `escapeHtml`.
 */
import type { ComparableMetric, MetricVerdict, RunRecord, Sample } from '../types.js';
import { downsampleKeepingPeaks } from './downsample.js';
import { formatMetricValue, formatNumber } from '../metric-format.js';
import { benchmarkSummary } from './benchmark.js';
import { gateMetric, gatesFailingFirst } from './gates.js';
import { formatChangePct, formatDuration, plural } from './numbers.js';
import { describeScriptOutcome } from './script-outcome.js';
import { humanize } from './status.js';
import { shownMetrics, unseenBelow } from './verdict-text.js';
import { escapeHtml, table } from './html-escape.js';
import { gateIcon, statusIcon, verdictIcon } from './html-icons.js';
import { runsOldestFirst } from './html-multivariate.js';
import { renderSvgChart, type ChartLine } from './svg-chart.js';

/** Points per line in an HTML chart: plenty for a 640-pixel plot, small enough for a light file. */
export const MAX_HTML_CHART_POINTS = 400;

const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

export function headingHtml(record: RunRecord, tag = 'h1'): string {
  return `<${tag} class="status-${escapeHtml(record.status)}">${statusIcon(record.status)} ${escapeHtml(
    humanize(record.status),
  )} — ${escapeHtml(record.name)} <span class="duration">in ${escapeHtml(formatDuration(record.duration_s))}</span></${tag}>`;
}

export function factsHtml(record: RunRecord): string {
  const rows: [string, string][] = [
    ['script', `${code(record.script)} ${escapeHtml(describeScriptOutcome(record))}`],
    ['started', escapeHtml(record.started_at)],
    ['run', code(record.run_id)],
    [
      'environment',
      escapeHtml(`${record.os}/${record.arch} · Python ${record.python_version} · ${record.executor}`),
    ],
  ];
  if (record.git_ref !== null || record.git_sha !== null) {
    rows.push([
      'git',
      [record.git_ref, record.git_sha]
        .filter((p): p is string => Boolean(p))
        .map(code)
        .join(' @ '),
    ]);
  }
  rows.push(['samples', escapeHtml(`${record.samples} every ${formatNumber(record.interval_s)} s`)]);
  if (record.repeats !== undefined)
    rows.push(['benchmark', escapeHtml(`median of ${plural(record.repeats.length, 'run')}`)]);
  return `<dl class="facts">\n${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`;
}

function seesText(metric: ComparableMetric, verdict: MetricVerdict): string {
  const unseen = unseenBelow(metric, verdict);
  return unseen === null ? '' : escapeHtml(` (sees ≥ ${unseen})`);
}

export function metricsTableHtml(record: RunRecord): string {
  const rows = shownMetrics(record).map((metric) => {
    const base = record.baseline[metric];
    const verdict = record.verdicts[metric];
    const baseText =
      base === undefined
        ? '—'
        : `${formatMetricValue(metric, base.value)} ± ${formatMetricValue(metric, base.spread)} (${plural(base.runs, 'run')})`;
    const cls = verdict === undefined ? '' : ` class="verdict-${verdict.verdict}"`;
    return `<tr${cls}><td>${code(metric)}</td><td class="num">${escapeHtml(
      formatMetricValue(metric, record[metric]),
    )}</td><td class="num">${escapeHtml(baseText)}</td><td class="num">${escapeHtml(
      verdict === undefined ? '—' : formatChangePct(verdict.change_pct),
    )}</td><td>${verdict === undefined ? '—' : `${verdictIcon(verdict.verdict)} ${escapeHtml(humanize(verdict.verdict))}${seesText(metric, verdict)}`}</td></tr>`;
  });
  return table(['metric', 'value', 'baseline', 'change', 'verdict'], rows, 'metrics');
}

/** `--repeat N`: mean ± σ, median and range of the measured runs (./benchmark.ts's benchmarkSummary); null otherwise. */
export function benchmarkTableHtml(record: RunRecord): string | null {
  const summary = benchmarkSummary(record);
  if (summary === null) return null;
  const rows = summary.rows.map(
    (r) =>
      `<tr><td>${code(r.metric)}</td><td class="num">${r.runs}</td><td class="num">${escapeHtml(
        r.mean_sd,
      )}</td><td class="num">${escapeHtml(r.median)}</td><td class="num">${escapeHtml(r.range)}</td></tr>`,
  );
  const warnings = summary.warnings.map((w) => `<p class="warning">⚠️ ${escapeHtml(w)}</p>`);
  return [table(['metric', 'runs', 'mean ± σ', 'median', 'range'], rows, 'benchmark'), ...warnings].join(
    '\n',
  );
}

export function gatesTableHtml(record: RunRecord): string {
  if (record.gates.length === 0) return '<p class="empty">No gates were set.</p>';
  const rows = gatesFailingFirst(record.gates).map(
    (gate) =>
      `<tr class="gate-${gate.status}"><td>${gateIcon(gate.status)}</td><td>${code(gate.expr)}</td><td class="num">${escapeHtml(
        formatMetricValue(gateMetric(gate), gate.actual),
      )}</td><td class="num">${escapeHtml(formatMetricValue(gateMetric(gate), gate.limit))}</td><td>${escapeHtml(humanize(gate.status))}</td></tr>`,
  );
  return table(['', 'gate', 'actual', 'limit', 'status'], rows, 'gates');
}

export function alertsTableHtml(record: RunRecord): string {
  if (record.alerts.length === 0) return '<p class="empty">No alerts fired.</p>';
  const rows = record.alerts.map(
    (alert) =>
      `<tr><td>${code(alert.rule)}</td><td class="num">${escapeHtml(formatDuration(alert.at_s))}</td><td class="num">${escapeHtml(
        formatNumber(alert.value),
      )}</td><td>${escapeHtml(alert.channels.join(', ') || '—')}</td></tr>`,
  );
  return table(['rule', 'fired at', 'value', 'channels'], rows, 'alerts');
}

type SampleNumber = Exclude<keyof Sample, 'open_fds'>;

function sampleLine(series: readonly Sample[], metric: SampleNumber, label: string): ChartLine {
  const kept = downsampleKeepingPeaks(series, MAX_HTML_CHART_POINTS, (s) => s[metric], { keep_lows: true });
  return { label, points: kept.map((s) => [s.elapsed_s, s[metric]] as const) };
}

/** CPU %, RSS MB, threads and processes, read and write MB over the run. */
export function runChartsHtml(record: RunRecord): string {
  if (record.series.length < 2) return '<p class="empty">Too few samples to chart.</p>';
  const s = record.series;
  const x_label = 'elapsed (s)';
  const charts = [
    renderSvgChart({
      title: 'CPU % over time',
      x_label,
      y_label: 'CPU % (100 = one core)',
      lines: [sampleLine(s, 'cpu_percent', 'CPU %')],
    }),
    renderSvgChart({
      title: 'RSS MB over time',
      x_label,
      y_label: 'RSS (MB)',
      lines: [sampleLine(s, 'rss_mb', 'RSS MB')],
    }),
    renderSvgChart({
      title: 'Threads and processes over time',
      x_label,
      y_label: 'count',
      lines: [sampleLine(s, 'threads', 'threads'), sampleLine(s, 'processes', 'processes')],
    }),
    renderSvgChart({
      title: 'Read and write MB over time',
      x_label,
      y_label: 'cumulative MB',
      lines: [sampleLine(s, 'read_mb', 'read MB'), sampleLine(s, 'write_mb', 'write MB')],
    }),
  ];
  return `<div class="charts">\n${charts.join('\n')}\n</div>`;
}

const HISTORY_CHARTS: { metric: ComparableMetric; title: string; y_label: string }[] = [
  { metric: 'duration_s', title: 'duration_s over runs', y_label: 'duration (s)' },
  { metric: 'cpu_time_s', title: 'cpu_time_s over runs', y_label: 'CPU time (s)' },
  { metric: 'peak_rss_mb', title: 'peak_rss_mb over runs', y_label: 'peak RSS (MB)' },
];

/**
 * The series' history oldest to newest with this run last, each metric against the run number; the
 * baseline centre is drawn dashed where there is one.
 */
export function historyChartsHtml(record: RunRecord, history: readonly RunRecord[]): string {
  const runs = runsOldestFirst(record, history);
  const charts = HISTORY_CHARTS.map(({ metric, title, y_label }) => {
    const lines: ChartLine[] = [
      {
        label: metric,
        points: runs.flatMap((run, i) => {
          const value = run[metric];
          return value === null ? [] : [[i + 1, value] as const];
        }),
        markers: true,
      },
    ];
    const base = record.baseline[metric];
    if (base !== undefined) {
      lines.push({
        label: 'baseline',
        points: [
          [1, base.value],
          [runs.length, base.value],
        ],
        color: '#6b7280',
        dashed: true,
      });
    }
    return renderSvgChart({
      title,
      x_label: `run (oldest → newest; ${runs.length} is this run)`,
      y_label,
      lines,
      integer_x: true,
    });
  });
  return `<div class="charts">\n${charts.join('\n')}\n</div>`;
}
