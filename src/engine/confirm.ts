/**
 * Confirming a suspected regression by running the script again.
 *
 * Real run-to-run noise on a shared machine is heavy-tailed and comes in bursts: one run in a few dozen lands far
 * out (a neighbour's job shares the core's caches, two worker processes happen to overlap at a sample), further
 * than any spread learnt from a handful of runs predicts. A false alarm of that kind does not repeat; a real
 * regression does. So when a judged metric of a run looks regressed, the script is run up to `--confirm-runs` (2)
 * more times and the median of the runs is judged against the same baseline: a one-off outlier is outvoted by the
 * re-runs, a real regression is still there in the median. It costs time only when something already looks wrong,
 * and stops as soon as the outcome is settled (two runs of three on one side).
 *
 * The median is judged by the single-run rule with its factor k(n): conservative (a median of three has less noise
 * than one run), so a confirmed regression is one the single-run rule would also have called on a typical run.
 * The verdict keeps the re-runs' values (`reruns`), so `pyrun compare` re-judges a stored run to the same verdict.
 */
import { buildBaseline } from './analysis/baseline.js';
import { median } from './analysis/robust.js';
import {
  changePct,
  detectableRisePct,
  multiplicative,
  resolveVerdictOptions,
  smallSampleFactor,
  spreadStatistic,
  WINDOW_STATISTIC,
  windowFactor,
} from './analysis/verdict.js';
import { WINDOW_RUNS } from './analysis/verdict-factors.js';
import type { MetricValues } from './analysis/index.js';
import type { ComparableMetric, MetricVerdict } from './types.js';

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
  return valuesOf(windowed ? baselineRuns.slice(WINDOW_RUNS - 1) : baselineRuns, metric);
}

function suspectedMetrics(opts: ConfirmOptions): ComparableMetric[] {
  return Object.keys(opts.suspected) as ComparableMetric[];
}

function valuesOf(runs: readonly MetricValues[], metric: ComparableMetric): number[] {
  return runs.map((r) => r[metric]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
}

/**
 * The value a median of runs must exceed to be a regression: the larger of the relative threshold and k₃(n)
 * baseline spreads on the log scale (the three-run window's factor: a median of three has a third of one run's
 * noise to beat), or k(n) spreads on the metric's own scale where it is not time or size. Null: no verdict possible
 * (too few baseline runs, or a zero centre).
 */
function confirmationBound(
  metric: ComparableMetric,
  history: readonly number[],
  min_baseline_runs: number,
): { bound: number; statistic: string; centre: number } | null {
  const baseline = buildBaseline(metric, history);
  if (baseline === null || baseline.runs < min_baseline_runs) return null;
  const log = multiplicative(metric) && history.every((x) => x > 0);
  const k = log ? windowFactor(history.length) : smallSampleFactor(history.length);
  const opts = resolveVerdictOptions({ min_baseline_runs });
  const pct = detectableRisePct(metric, baseline, opts, k, log ? history : undefined);
  if (pct === null) return null;
  const statistic = `${log ? 'log ' : ''}${spreadStatistic(k)}`;
  return { bound: baseline.value * (1 + pct / 100), statistic, centre: baseline.value };
}

/**
 * The verdicts of the median of `runs` (the suspected run first, then its re-runs) against `baselineRuns`, for the
 * suspected metrics, each carrying the re-runs' values.
 */
export function confirmedVerdicts(
  runs: readonly MetricValues[],
  baselineRuns: readonly MetricValues[],
  opts: ConfirmOptions,
): Partial<Record<ComparableMetric, MetricVerdict>> {
  const out: Partial<Record<ComparableMetric, MetricVerdict>> = {};
  for (const metric of suspectedMetrics(opts)) {
    const values = valuesOf(runs, metric);
    const history = baselineFor(metric, baselineRuns, opts);
    const found = confirmationBound(metric, history, opts.min_baseline_runs);
    if (found === null || values.length === 0) continue;
    const centre = median(values);
    const against =
      history.length === valuesOf(baselineRuns, metric).length
        ? `the ${history.length} baseline runs`
        : `the ${history.length} runs before the last ${WINDOW_RUNS}`;
    out[metric] = {
      verdict: centre > found.bound ? 'regressed' : 'unchanged',
      change_pct: changePct(centre, found.centre),
      statistic: `${confirmedStatistic(values.length)}${found.statistic} of ${against}`,
      reruns: valuesOf(runs.slice(1), metric),
      limit: found.bound,
    };
  }
  return out;
}

const CONFIRMED_PREFIX = 'median of ';

/** `median of 3 runs (this and 2 re-runs): ` — how a confirmed verdict's statistic begins. */
export function confirmedStatistic(runs: number): string {
  const re = runs - 1;
  return `${CONFIRMED_PREFIX}${runs} runs (this and ${re} re-run${re === 1 ? '' : 's'}): `;
}

/** Whether a verdict's statistic came from re-runs (it names the runs it judged itself). */
export function isConfirmedStatistic(statistic: string): boolean {
  return statistic.startsWith(CONFIRMED_PREFIX);
}

/** The re-runs kept in a stored run's verdicts, as metric values per re-run (for re-judging it). */
export function rerunsOf(verdicts: Partial<Record<ComparableMetric, MetricVerdict>>): MetricValues[] {
  const out: MetricValues[] = [];
  for (const [metric, v] of Object.entries(verdicts) as [ComparableMetric, MetricVerdict | undefined][]) {
    v?.reruns?.forEach((value, i) => {
      out[i] ??= {};
      out[i]![metric] = value;
    });
  }
  return out;
}

/**
 * Whether the runs so far settle every suspected metric: for each, a majority of the planned 1 + `planned` runs
 * already on one side of the bound (the median of the full set could not then change side; with two runs on one
 * side, their median is on that side too).
 */
export function settled(
  runs: readonly MetricValues[],
  baselineRuns: readonly MetricValues[],
  planned: number,
  opts: ConfirmOptions,
): boolean {
  const majority = Math.floor((1 + planned) / 2) + 1;
  for (const metric of suspectedMetrics(opts)) {
    const found = confirmationBound(metric, baselineFor(metric, baselineRuns, opts), opts.min_baseline_runs);
    if (found === null) continue;
    const values = valuesOf(runs, metric);
    const above = values.filter((v) => v > found.bound).length;
    if (above < majority && values.length - above < majority) return false;
  }
  return true;
}
