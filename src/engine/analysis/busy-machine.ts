/**
 * A slower run on a busier machine is no evidence against the script.
 *
 * On a shared runner other jobs start and stop beside the script: for minutes at a time every run is slower, in wall
 * time (the script waits for a core) and in CPU time too (a neighbour on the sibling core or in the shared caches
 * slows each instruction: on a 2-core VM one busy core made a pure-Python loop take 1.5× the CPU time). Re-running
 * the script does not help, since the re-runs share the stretch; no rule on the series' own history tells that
 * from a regression. What does is the machine itself: each run records `neighbour_cores`, the cores other work kept
 * busy while it ran (execute/measure.ts), and a time metric's regression is withheld when EVERY judged run (the run
 * and its confirming re-runs) had clearly more company than the baseline's runs usually had: more than their median
 * plus BUSIER_BY_CORES. The verdict is then `not_judged`, its change still shown, with the readings that withheld
 * it; the next run on a calmer machine is judged as usual. Memory and instruction counts are not the machine's
 * speed and are never withheld.
 */
import { median } from './robust.js';
import { METRIC_DIMENSION, type ComparableMetric, type MetricVerdict } from '../types.js';

/** How many more cores than the baseline runs' median make a run's machine "busier". */
export const BUSIER_BY_CORES = 0.25;

/** A run's values with the machine's load beside them (null or absent where it was not measured). */
export type RunValues = Partial<Record<ComparableMetric, number | null>> & {
  neighbour_cores?: number | null;
};

export const WITHHELD_STATISTIC = 'withheld: the machine was busier than in the baseline runs';

/** `--busy-machine`: what a slower run on a busier machine gets. */
export type BusyMachineMode = 'withhold' | 'judge';

/**
 * `verdicts` with each time metric's regression withheld when every run in `runs` (this run first, then its
 * re-runs) had more than the baseline runs' median neighbour cores plus BUSIER_BY_CORES. Under `judge` the regression
 * stands, the readings beside it. Unchanged where a run or the baseline has no reading (remote runs, histories
 * recorded before pyrun measured it).
 */
export function withheldOnBusyMachine(
  verdicts: Partial<Record<ComparableMetric, MetricVerdict>>,
  runs: readonly RunValues[],
  baselineRuns: readonly RunValues[],
  mode: BusyMachineMode = 'withhold',
): Partial<Record<ComparableMetric, MetricVerdict>> {
  const busy = busierThanBaseline(runs, baselineRuns);
  if (busy === null) return verdicts;
  const out = { ...verdicts };
  for (const [metric, verdict] of Object.entries(verdicts) as [
    ComparableMetric,
    MetricVerdict | undefined,
  ][]) {
    if (verdict?.verdict !== 'regressed' || METRIC_DIMENSION[metric] !== 'time') continue;
    out[metric] =
      mode === 'judge'
        ? { ...verdict, busy_machine: busy }
        : { ...verdict, verdict: 'not_judged', statistic: WITHHELD_STATISTIC, busy_machine: busy };
  }
  return out;
}

/** The mode a stored run was judged under: a regression that stands beside busy readings was judged anyway. */
export function busyMachineModeOf(
  verdicts: Partial<Record<ComparableMetric, MetricVerdict>>,
): BusyMachineMode {
  return Object.values(verdicts).some((v) => v?.busy_machine !== undefined && v.verdict === 'regressed')
    ? 'judge'
    : 'withhold';
}

/** The readings that make every run busier than the baseline, or null when they do not (or are missing). */
export function busierThanBaseline(
  runs: readonly RunValues[],
  baselineRuns: readonly RunValues[],
): { cores: number[]; baseline_cores: number } | null {
  const now = runs.map((r) => r.neighbour_cores);
  if (now.length === 0 || !now.every(isReading)) return null;
  const before = baselineRuns.map((r) => r.neighbour_cores).filter(isReading);
  if (before.length === 0) return null;
  const baseline_cores = median(before);
  if (!now.every((cores) => cores > baseline_cores + BUSIER_BY_CORES)) return null;
  return { cores: now, baseline_cores };
}

function isReading(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
