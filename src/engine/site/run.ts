/**
 * One run as the site ships it: raw values, which the browser side (src/site/kit.js) formats as pyrun's reports do.
 * Whatever repeats from run to run is said once per series (the metric columns with their units, the gate rules,
 * the verdict words, each group's environment) and a run refers to it by position, so a long history stays small.
 * Only what the page cannot compute comes already in words: the verdict as `pyrun run` prints it, and a profile.
 * Values stay data: the browser side sets them as text.
 */
import { metricUnit } from '../metric-format.js';
import { RUN_METRICS } from '../metrics.js';
import type { StoredRun } from '../history/store.js';
import { gateMetric } from '../report/gates.js';
import { regressedMetrics } from '../verdicts.js';
import { PROFILE_TOP_ROWS, formatSeconds, shortFunction } from '../report/profile-format.js';
import type { ComparableMetric, GateStatus, VerdictKind } from '../types.js';

/** A metric column of the site: a run's values refer to these by position. */
export interface SiteMetric {
  name: string;
  unit: string;
  help: string;
}

/** The verdict kinds, in the order a run's `vd` refers to them. */
export const VERDICT_KINDS: readonly VerdictKind[] = [
  'regressed',
  'improved',
  'unchanged',
  'insufficient_history',
  'not_judged',
];

/** Every run metric, in table order, with the unit it is shown in: the columns of a run's `v` and `vd`. */
export function siteColumns(): [name: string, unit: string][] {
  return RUN_METRICS.map((name) => [name, metricUnit(name)]);
}

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
  /** Every run metric's value, in the order of the series' `columns` (null: not measured). */
  v: (number | null)[];
  /**
   * Per column, the verdict: [index into `verdict_kinds`, change in percent rounded to 0.1 as shown]; null: none.
   */
  vd: ([kind: number, change_pct: number | null] | null)[];
  /**
   * Per charted metric (the series' `metrics`, in order), what the judge measured the run against: [baseline
   * centre, limit], the limit being the value above which it would have called the run regressed; null where it
   * gave no verdict with a limit.
   */
  b: ([centre: number, limit: number] | null)[];
  /** Charted metrics judged regressed. */
  regressed: string[];
  /** Each gate: [index into the series' `rules`, status, actual, limit]. */
  gates: [rule: number, status: GateStatus, actual: number | null, limit: number | null][];
  /** The verdict in pyrun's own words (as `pyrun run` prints it). */
  words: string[];
  /** The rest of the environment (the group holds OS, Python and executor). */
  e: [
    started_at: string,
    script: string,
    interval_s: number,
    samples: number,
    attempts: number,
    pyrun: string,
  ];
  /** Fired alerts: [rule, seconds into the run]. */
  alerts: [rule: string, at_s: number][];
  profile: { total: string; top: [string, string, string, string][]; error: string | null } | null;
}

/** What a series says once for all its runs; a run refers into it. */
export class SeriesTables {
  readonly columns = siteColumns();
  /** Gate rules as [expr, unit of the gated metric]. */
  readonly rules: [expr: string, unit: string][] = [];
  private readonly ruleIndex = new Map<string, number>();

  rule(expr: string, metric: string): number {
    let i = this.ruleIndex.get(expr);
    if (i === undefined) {
      i = this.rules.length;
      this.ruleIndex.set(expr, i);
      this.rules.push([expr, metricUnit(metric)]);
    }
    return i;
  }
}

export function siteRun(
  run: StoredRun,
  group: number,
  metrics: readonly SiteMetric[],
  words: string[],
  tables: SeriesTables,
): SiteRun {
  const values = run as unknown as Record<string, number | null | undefined>;
  const v = tables.columns.map(([name]) => {
    const x = values[name];
    return typeof x === 'number' && Number.isFinite(x) ? x : null;
  });
  const vd = tables.columns.map(([name]): SiteRun['vd'][number] => {
    const verdict = run.verdicts[name as ComparableMetric];
    if (!verdict) return null;
    const kind = VERDICT_KINDS.indexOf(verdict.verdict);
    return kind < 0 ? null : [kind, changeAsShown(verdict.change_pct)];
  });
  const charted = new Set(metrics.map((x) => x.name));
  return {
    id: run.run_id,
    t: Date.parse(run.started_at),
    status: run.status,
    g: group,
    ref: run.git_ref,
    sha: run.git_sha,
    pr: run.is_pull_request === true,
    v,
    vd,
    b: metrics.map((m) => judgedBand(run, m.name as ComparableMetric)),
    regressed: regressedMetrics(run).filter((x) => charted.has(x)),
    gates: run.gates.map((g) => [tables.rule(g.expr, gateMetric(g)), g.status, g.actual, g.limit]),
    words,
    e: [run.started_at, run.script, run.interval_s, run.samples, run.attempts.length || 1, run.pyrun_version],
    alerts: run.alerts.map((a) => [a.rule, a.at_s]),
    profile: profileOf(run),
  };
}

/** A change in percent rounded half away from zero to 0.1, as the reports show it (report/format.ts). */
function changeAsShown(change_pct: number | null): number | null {
  if (change_pct === null || !Number.isFinite(change_pct)) return null;
  return (Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10;
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
