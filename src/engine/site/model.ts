/**
 * The site's data: every run of the history turned into the plain values the pages draw. Pure: runs in, values
 * out. Everything here is data for the browser side (src/site/app.js), which shows it with textContent only, so
 * a name or a commit message holding HTML stays text.
 *
 * Charts are drawn for the metrics judged by default (the metric table's headline costs, plus `instructions`
 * where a run counted them); each chart is thinned to MAX_CHART_POINTS runs with every bucket's highest and lowest
 * kept, and every regressed run or failed gate kept on top, so neither a spike nor a marked run is ever lost.
 */
import { createHash } from 'node:crypto';
import { explain } from '../explain.js';
import { COMPARABLE_METRICS, HEADLINE_METRICS, metricRow } from '../metrics.js';
import { downsampleKeepingPeaks } from '../report/downsample.js';
import type { StoredRun } from '../history/store.js';
import { SeriesTables, siteRun, VERDICT_KINDS, type SiteMetric, type SiteRun } from './run.js';

export type { SiteMetric };

/** Points per chart; beyond this a chart shows each bucket's highest and lowest run and every marked run. */
export const MAX_CHART_POINTS = 1500;
/** Points of an index sparkline (the newest runs). */
export const SPARK_POINTS = 60;

export interface SiteOptions {
  title: string;
  /** `https://github.com/o/r`: commits link to `<repo_url>/commit/<sha>`; null: no links. */
  repo_url: string | null;
  /** The line the index's sparkline and latest status follow; null: every run. */
  baseline_ref: string | null;
  /** When the site was built (ISO 8601), shown at the foot of each page. */
  built_at: string;
}

/** Runs that share a branch and a fingerprint: one line on the charts. */
export interface SiteGroup {
  label: string;
  ref: string | null;
  runs: number;
  /** The environment its runs share, as a run's details show it. */
  os: string;
  python: string;
  executor: string;
}

export interface SiteChart {
  metric: string;
  /** Indices into the series' runs (oldest first) that the chart draws. */
  points: number[];
  /** How many runs had a value: `points.length` below this means the chart was thinned. */
  of: number;
}

export interface SiteSeries {
  name: string;
  slug: string;
  /** The charted metrics; a run's `b` follows their order. */
  metrics: SiteMetric[];
  /** Every run metric with its display unit; a run's `v` and `vd` follow their order. */
  columns: [string, string][];
  /** The gate rules of the runs, with the gated metric's unit; a run's gates refer to them. */
  rules: [string, string][];
  /** The verdict kinds a run's `vd` refers to. */
  verdict_kinds: readonly string[];
  groups: SiteGroup[];
  runs: SiteRun[];
  charts: SiteChart[];
}

export interface SiteIndexEntry {
  name: string;
  slug: string;
  runs: number;
  latest: { status: string; t: number; ref: string | null; sha: string | null; run_id: string };
  /** The sparkline's metric and its newest values, oldest first (null where a run had none). */
  spark: { metric: string; values: (number | null)[] };
  last_regression: { t: number; run_id: string; metrics: string[] } | null;
  last_gate_failure: { t: number; run_id: string } | null;
}

export interface SiteIndex {
  title: string;
  repo_url: string | null;
  baseline_ref: string | null;
  built_at: string;
  total_runs: number;
  series: SiteIndexEntry[];
}

/** The metrics the charts show, in table order. */
export function siteMetrics(): SiteMetric[] {
  const judged = COMPARABLE_METRICS.filter(
    (m) => (HEADLINE_METRICS as readonly string[]).includes(m) || (m as string) === 'instructions',
  );
  return judged.map((name) => {
    const row = metricRow(name);
    return {
      name,
      unit: row?.unit ?? '',
      help: row?.help ?? '',
    };
  });
}

/** A file-name-safe, collision-free name for a series: readable letters, then a hash of the exact name. */
export function seriesSlug(name: string): string {
  const readable = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 10);
  return readable ? `${readable}-${hash}` : hash;
}

/** One series' page data; `runs` in any order (they are sorted by start time, oldest first). */
export function buildSeries(name: string, stored: readonly StoredRun[]): SiteSeries {
  const ordered = [...stored].sort(byStart);
  const all = siteMetrics();
  const metrics = all.filter((m) => ordered.some((r) => isNumber(valueOf(r, m.name))));
  const groupIndex = new Map<string, number>();
  const groups: SiteGroup[] = [];
  const tables = new SeriesTables();
  const runs = ordered.map((run) => {
    const key = groupLabel(run);
    let g = groupIndex.get(key);
    if (g === undefined) {
      g = groups.length;
      groupIndex.set(key, g);
      groups.push({
        label: key,
        ref: run.git_ref,
        runs: 0,
        os: `${run.os}/${run.arch}`,
        python: run.python_version,
        executor: run.host ? `${run.executor} (${run.host})` : run.executor,
      });
    }
    (groups[g] as SiteGroup).runs += 1;
    return siteRun(run, g, metrics, explain({ ...run, series: [] }), tables);
  });
  const series: SiteSeries = {
    name,
    slug: seriesSlug(name),
    metrics,
    columns: tables.columns,
    rules: tables.rules,
    verdict_kinds: VERDICT_KINDS,
    groups,
    runs,
    charts: [],
  };
  series.charts = metrics.map((m) => chartPoints(series, m.name));
  return series;
}

/** A run's value of a metric, from its row of values. */
export function runValue(series: SiteSeries, run: SiteRun, metric: string): number | null {
  const column = series.columns.findIndex(([name]) => name === metric);
  return column < 0 ? null : (run.v[column] ?? null);
}

/** The index: one entry per series, in name order. */
export function buildIndex(series: readonly SiteSeries[], options: SiteOptions): SiteIndex {
  return {
    title: options.title,
    repo_url: options.repo_url,
    baseline_ref: options.baseline_ref,
    built_at: options.built_at,
    total_runs: series.reduce((n, s) => n + s.runs.length, 0),
    series: series.map((s) => indexEntry(s, options.baseline_ref)),
  };
}

function indexEntry(series: SiteSeries, baselineRef: string | null): SiteIndexEntry {
  const onLine = baselineRef === null ? series.runs : series.runs.filter((r) => r.ref === baselineRef);
  const line = onLine.length > 0 ? onLine : series.runs;
  const latest = line[line.length - 1] as SiteRun;
  const metric = series.metrics[0]?.name ?? 'duration_s';
  const spark = line.slice(-SPARK_POINTS).map((r) => runValue(series, r, metric));
  let last_regression: SiteIndexEntry['last_regression'] = null;
  let last_gate_failure: SiteIndexEntry['last_gate_failure'] = null;
  for (let i = series.runs.length - 1; i >= 0 && (!last_regression || !last_gate_failure); i--) {
    const run = series.runs[i] as SiteRun;
    if (!last_regression && run.regressed.length > 0)
      last_regression = { t: run.t, run_id: run.id, metrics: run.regressed };
    if (!last_gate_failure && run.gates.some((g) => g[1] === 'failed'))
      last_gate_failure = { t: run.t, run_id: run.id };
  }
  return {
    name: series.name,
    slug: series.slug,
    runs: series.runs.length,
    latest: { status: latest.status, t: latest.t, ref: latest.ref, sha: latest.sha, run_id: latest.id },
    spark: { metric, values: spark },
    last_regression,
    last_gate_failure,
  };
}

function chartPoints(series: SiteSeries, metric: string): SiteChart {
  const { runs } = series;
  const column = series.columns.findIndex(([name]) => name === metric);
  const withValue: number[] = [];
  for (let i = 0; i < runs.length; i++) if (isNumber((runs[i] as SiteRun).v[column])) withValue.push(i);
  const value = (i: number) => (runs[i] as SiteRun).v[column] as number;
  const kept = new Set(downsampleKeepingPeaks(withValue, MAX_CHART_POINTS, value, { keep_lows: true }));
  if (kept.size < withValue.length) {
    for (const i of withValue) if (isMarked(runs[i] as SiteRun, metric)) kept.add(i);
  }
  return { metric, points: [...kept].sort((a, b) => a - b), of: withValue.length };
}

function isMarked(run: SiteRun, metric: string): boolean {
  return run.regressed.includes(metric) || run.gates.some((g) => g[1] === 'failed');
}

/** Branch and fingerprint: runs compare only within one, so each is its own line. */
function groupLabel(run: StoredRun): string {
  const where = run.host ? `${run.executor}:${run.host}` : run.executor;
  return `${run.git_ref ?? '(no ref)'} · ${run.os}/${run.arch} · Python ${run.python_version} · ${where}`;
}

function valueOf(run: StoredRun, metric: string): unknown {
  return (run as unknown as Record<string, unknown>)[metric];
}

function isNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function byStart(a: StoredRun, b: StoredRun): number {
  const d = Date.parse(a.started_at) - Date.parse(b.started_at);
  return d !== 0 && Number.isFinite(d) ? d : a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0;
}
