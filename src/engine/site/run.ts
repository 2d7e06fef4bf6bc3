/**
 * One run as the site shows it: the numbers its charts draw and, already in words, what opening the run shows
 * (metrics, gates, verdicts, environment, commit, profile). Values stay data: the browser side sets them as text.
 */
import { formatMetricValue } from '../metric-format.js';
import { RUN_METRICS } from '../metrics.js';
import type { StoredRun } from '../history/store.js';
import { describeGate, formatChangePct, regressedMetrics } from '../report/format.js';
import { PROFILE_TOP_ROWS, formatSeconds, shortFunction } from '../report/profile-format.js';
import type { ComparableMetric, GateStatus } from '../types.js';
import type { SiteMetric } from './model.js';

export interface SiteRun {
  id: string;
  /** Start time, milliseconds since the epoch. */
  t: number;
  status: string;
  /** The run's group (branch and fingerprint), an index into the series' groups. */
  g: number;
  ref: string | null;
  sha: string | null;
  pr: boolean;
  /** The commit's page, when the site knows the repository and the sha looks like one. */
  commit: string | null;
  /** The charted metrics' values. */
  m: Record<string, number | null>;
  /**
   * Per charted metric the judge gave a verdict on, what it measured the run against: [baseline centre, limit],
   * the limit being the value above which it would have called the run regressed. Absent: no verdict there.
   */
  b: Record<string, [number, number]>;
  /** Charted metrics judged regressed. */
  regressed: string[];
  gates: { expr: string; status: GateStatus; words: string }[];
  /** The verdict in pyrun's own words (as `pyrun run` prints it). */
  words: string[];
  /** Every run metric, formatted, with its verdict where there is one: [metric, value, verdict, change]. */
  table: [string, string, string, string][];
  env: [string, string][];
  alerts: string[];
  profile: { total: string; top: [string, string, string, string][]; error: string | null } | null;
}

const SHA = /^[0-9a-f]{7,64}$/i;

export function siteRun(
  run: StoredRun,
  group: number,
  metrics: readonly SiteMetric[],
  words: string[],
  repoUrl: string | null,
): SiteRun {
  const values = run as unknown as Record<string, number | null | undefined>;
  const m: SiteRun['m'] = {};
  const b: SiteRun['b'] = {};
  for (const metric of metrics) {
    const v = values[metric.name];
    m[metric.name] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    const band = judgedBand(run, metric.name as ComparableMetric);
    if (band) b[metric.name] = band;
  }
  const charted = new Set(metrics.map((x) => x.name));
  const regressed = regressedMetrics({ ...run, series: [] }).filter((x) => charted.has(x));
  const table = RUN_METRICS.map((name): [string, string, string, string] => {
    const verdict = run.verdicts[name as ComparableMetric];
    return [
      name,
      formatMetricValue(name, values[name]),
      verdict ? verdict.verdict.replace(/_/g, ' ') : '',
      verdict ? formatChangePct(verdict.change_pct) : '',
    ];
  });
  const sha = run.git_sha && SHA.test(run.git_sha) ? run.git_sha : null;
  return {
    id: run.run_id,
    t: Date.parse(run.started_at),
    status: run.status,
    g: group,
    ref: run.git_ref,
    sha: run.git_sha,
    pr: run.is_pull_request === true,
    commit: repoUrl && sha ? `${repoUrl}/commit/${sha}` : null,
    m,
    b,
    regressed,
    gates: run.gates.map((g) => ({ expr: g.expr, status: g.status, words: describeGate(g) })),
    words,
    table,
    env: environment(run),
    alerts: run.alerts.map((a) => `${a.rule} at ${a.at_s.toFixed(1)} s`),
    profile: profileOf(run),
  };
}

/**
 * The baseline centre and the limit the judge measured this run's metric against, as its verdict recorded them:
 * the verdict's `limit`, or for a run recorded before verdicts kept it, the centre plus the `detectable_pct` an
 * unchanged verdict carries. Null where the judge gave no such limit (too few runs, not judged, a rank test).
 */
export function judgedBand(run: StoredRun, metric: ComparableMetric): [number, number] | null {
  const base = run.baseline[metric];
  const verdict = run.verdicts[metric];
  if (!base || !verdict || !Number.isFinite(base.value)) return null;
  const limit =
    verdict.limit ??
    (verdict.verdict === 'unchanged' && verdict.detectable_pct !== undefined
      ? base.value + (Math.abs(base.value) * verdict.detectable_pct) / 100
      : undefined);
  return limit !== undefined && Number.isFinite(limit) ? [base.value, limit] : null;
}

function environment(run: StoredRun): [string, string][] {
  const rows: [string, string | null | undefined][] = [
    ['started', run.started_at],
    ['run id', run.run_id],
    ['git ref', run.git_ref],
    ['git sha', run.git_sha],
    ['pull request', run.is_pull_request ? 'yes' : 'no'],
    ['os', `${run.os}/${run.arch}`],
    ['python', run.python_version],
    ['executor', run.host ? `${run.executor} (${run.host})` : run.executor],
    ['script', run.script],
    ['interval', `${run.interval_s} s`],
    ['samples', String(run.samples)],
    ['attempts', String(run.attempts.length || 1)],
    ['pyrun', run.pyrun_version],
  ];
  return rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1] !== '');
}

function profileOf(run: StoredRun): SiteRun['profile'] {
  const p = run.profile;
  if (!p) return null;
  return {
    total: formatSeconds(p.total_s),
    top: p.top_own
      .slice(0, PROFILE_TOP_ROWS)
      .map((e) => [
        shortFunction(e.function),
        formatSeconds(e.own_s),
        formatSeconds(e.cumulative_s),
        String(e.calls),
      ]),
    error: p.error ?? null,
  };
}
