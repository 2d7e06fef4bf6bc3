/**
 * Confirming a suspected regression by running the script again.
 *
 * Real run-to-run noise on a shared machine is heavy-tailed and comes in bursts: a run lands far out (a neighbour's
 * job shares the core or its caches for the whole run, two worker processes happen to overlap at a sample), further
 * than any spread learnt from a handful of runs predicts. Such noise only ever adds: a neighbour makes a run slower,
 * never faster. So when a judged metric of a run looks regressed, the script is run up to `--confirm-runs` (2) more
 * times, and the regression stands only when EVERY run is regressed: the least of the runs is judged against the
 * same baseline, by the single-run rule and its rank guard (analysis/verdict.ts). One fast run shows the code can
 * still run fast, and clears the suspicion at once (the confirming stops there); a real regression makes every run
 * slower. It costs time only when something already looks wrong.
 *
 * The median of the runs, judged instead, kept calling a burst regressed: on real runs recorded on a 2-core machine
 * beside a busy core, 15% of unchanged runs still exited 99 with the median, under 1% with the least and the guard
 * (docs/verdicts.md, "On real runs").
 *
 * A metric suspected by the three-run window (the two runs before this one were slow too) is confirmed against the
 * runs before those, as the window judged it: a slow run's own kind must not widen the spread it is judged by.
 * The verdict keeps the re-runs' values (`reruns`), so `pyrun compare` re-judges a stored run to the same verdict.
 */
import { buildBaseline } from './baseline.js';
import { RANK_GUARD_SECOND_FROM } from './rank-guard.js';
import {
  changePct,
  detectableRisePct,
  multiplicative,
  resolveVerdictOptions,
  smallSampleFactor,
  spreadStatistic,
  WINDOW_STATISTIC,
} from './verdict.js';
import { WINDOW_RUNS } from './verdict-factors.js';
import type { RunValues } from './busy-machine.js';
import { finiteValues, type MetricValues } from './index.js';
import type { ComparableMetric, MetricVerdict } from '../types.js';

export interface ConfirmOptions {
  min_baseline_runs: number;
  /**
   * The verdicts that called the first run regressed: the only metrics the re-runs can confirm or dismiss. One
   * reached by the three-run window (the two runs before this one were slow too) is confirmed against the runs
   * before those, as the window judged it; a slow run's own kind must not widen the spread it is judged by.
   */
  suspected: Partial<Record<ComparableMetric, MetricVerdict>>;
}

/** The baseline values a suspected metric's re-runs are judged against (newest first in `baselineRuns`). */
function baselineFor(metric: ComparableMetric, baselineRuns: readonly MetricValues[], opts: ConfirmOptions) {
  const windowed = opts.suspected[metric]?.statistic.startsWith(WINDOW_STATISTIC) === true;
  return finiteValues(windowed ? baselineRuns.slice(WINDOW_RUNS - 1) : baselineRuns, metric);
}

function suspectedMetrics(opts: ConfirmOptions): ComparableMetric[] {
  return Object.keys(opts.suspected) as ComparableMetric[];
}

/**
 * The value the least of the runs must exceed to be a regression: the single-run rule's bound (the larger of the
 * relative threshold and k(n) baseline spreads, on the log scale for time and size) and the rank guard. Null: no
 * verdict possible (too few baseline runs, or a zero centre).
 */
function confirmationBound(
  metric: ComparableMetric,
  history: readonly number[],
  guardHistory: readonly number[],
  min_baseline_runs: number,
): { bound: number; statistic: string; centre: number } | null {
  const baseline = buildBaseline(metric, history);
  if (baseline === null || baseline.runs < min_baseline_runs) return null;
  const log = multiplicative(metric) && history.every((x) => x > 0);
  const k = smallSampleFactor(history.length);
  const opts = resolveVerdictOptions({ min_baseline_runs });
  const pct = detectableRisePct(metric, baseline, opts, k, log ? history : undefined, guardHistory);
  if (pct === null) return null;
  const statistic = `${log ? 'log ' : ''}${spreadStatistic(k)}`;
  return { bound: baseline.value * (1 + pct / 100), statistic, centre: baseline.value };
}

/**
 * The verdicts of the least of `runs` (the suspected run first, then its re-runs) against `baselineRuns`, for the
 * suspected metrics, each carrying the re-runs' values.
 */
export function confirmedVerdicts(
  runs: readonly MetricValues[],
  baselineRuns: readonly MetricValues[],
  opts: ConfirmOptions,
): Partial<Record<ComparableMetric, MetricVerdict>> {
  const out: Partial<Record<ComparableMetric, MetricVerdict>> = {};
  for (const metric of suspectedMetrics(opts)) {
    const values = finiteValues(runs, metric);
    const history = baselineFor(metric, baselineRuns, opts);
    const everyRun = finiteValues(baselineRuns, metric);
    const found = confirmationBound(metric, history, everyRun, opts.min_baseline_runs);
    if (found === null || values.length === 0) continue;
    const least = Math.min(...values);
    const all = everyRun.length;
    const guard = all >= RANK_GUARD_SECOND_FROM ? 'second highest' : 'highest';
    const against =
      history.length === all
        ? `the ${all} baseline runs, above the ${guard}`
        : `the ${history.length} runs before the last ${WINDOW_RUNS}, above the ${guard} of all ${all}`;
    out[metric] = {
      verdict: least > found.bound ? 'regressed' : 'unchanged',
      change_pct: changePct(least, found.centre),
      statistic: `${confirmedStatistic(values.length)}${found.statistic} of ${against}`,
      reruns: finiteValues(runs.slice(1), metric),
      limit: found.bound,
    };
  }
  return out;
}

const CONFIRMED_PREFIX = 'least of ';
/** How confirmed verdicts began when the median was judged (histories written then keep it). */
const MEDIAN_CONFIRMED = /^median of \d+ runs \(this and /;

/** `least of 3 runs (this and 2 re-runs): ` — how a confirmed verdict's statistic begins. */
export function confirmedStatistic(runs: number): string {
  const re = runs - 1;
  return `${CONFIRMED_PREFIX}${runs} runs (this and ${re} re-run${re === 1 ? '' : 's'}): `;
}

/** Whether a verdict's statistic came from re-runs (it names the runs it judged itself). */
export function isConfirmedStatistic(statistic: string): boolean {
  return statistic.startsWith(CONFIRMED_PREFIX) || MEDIAN_CONFIRMED.test(statistic);
}

/**
 * The re-runs kept in a stored run's verdicts, as metric values per re-run (for re-judging it), with the machine's
 * readings of each where a verdict was withheld for them.
 */
export function rerunsOf(verdicts: Partial<Record<ComparableMetric, MetricVerdict>>): RunValues[] {
  const out: RunValues[] = [];
  for (const [metric, v] of Object.entries(verdicts) as [ComparableMetric, MetricVerdict | undefined][]) {
    v?.reruns?.forEach((value, i) => {
      out[i] ??= {};
      out[i]![metric] = value;
    });
    v?.busy_machine?.cores.slice(1).forEach((cores, i) => {
      out[i] ??= {};
      out[i]!.neighbour_cores = cores;
    });
    v?.busy_machine?.calibration?.slice(1).forEach((ms, i) => {
      out[i] ??= {};
      out[i]!.calibration_ms = ms;
    });
  }
  return out;
}

/**
 * Whether the runs so far settle every suspected metric: one run at or under its bound clears it (the least can
 * only fall), and it stands only once all 1 + `planned` runs are above it.
 */
export function settled(
  runs: readonly MetricValues[],
  baselineRuns: readonly MetricValues[],
  planned: number,
  opts: ConfirmOptions,
): boolean {
  for (const metric of suspectedMetrics(opts)) {
    const found = confirmationBound(
      metric,
      baselineFor(metric, baselineRuns, opts),
      finiteValues(baselineRuns, metric),
      opts.min_baseline_runs,
    );
    if (found === null) continue;
    const values = finiteValues(runs, metric);
    const cleared = values.some((v) => v <= found.bound);
    if (!cleared && values.length < 1 + planned) return false;
  }
  return true;
}
