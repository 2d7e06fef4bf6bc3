/**
 * A slower run on a busier or slower machine is no evidence against the script.
 *
 * On a shared runner other jobs start and stop beside the script: for minutes at a time every run is slower, in wall
 * time (the script waits for a core) and in CPU time too (a neighbour in the shared caches slows each instruction).
 * On a VM the host's other guests do the same unseen: the guest counts the lost time as the script's own, and on
 * this project's 2-core VM CPU times rose 1.5–1.8× for minutes while nothing in the VM was busier. Re-running the
 * script does not help, since the re-runs share the stretch; no rule on the series' own history tells that from a
 * regression. What does is the machine itself. Each run on Linux records two readings (execute/measure.ts):
 * `neighbour_cores`, the cores other work kept busy while it ran, and `calibration_ms`, the CPU time a fixed loop
 * took on the cores it ran on right after it (execute/sample/calibration.ts). A time metric's regression is withheld when EVERY
 * judged run (the run and its confirming re-runs) had an excuse: clearly more company than the baseline's runs
 * usually had (more than their median plus BUSIER_BY_CORES), or a clearly slower machine (a calibration loop slower
 * than their median times SLOWER_BY). The verdict is then `not_judged`, its change still shown, with the readings
 * that withheld it; the next run on a calmer machine is judged as usual. Memory and instruction counts are not the
 * machine's speed and are never withheld.
 */
import { median } from './robust.js';
import { METRIC_DIMENSION, type ComparableMetric, type MetricVerdict } from '../types.js';

/** How many more cores than the baseline runs' median make a run's machine "busier". */
export const BUSIER_BY_CORES = 0.25;
/** How many times the baseline runs' median calibration time makes a run's machine "slower". */
export const SLOWER_BY = 1.25;

/** A run's values with the machine's readings beside them (null or absent where they were not taken). */
export type RunValues = Partial<Record<ComparableMetric, number | null>> & {
  neighbour_cores?: number | null;
  calibration_ms?: number | null;
};

/** The readings that withheld a verdict (the record's `busy_machine`). */
export type MachineReadings = NonNullable<MetricVerdict['busy_machine']>;

/** Why the machine excused the runs: every run busier, every run slower, or each one or the other. */
export type MachineExcuse = 'busier' | 'slower' | 'busier or slower';

/** The verdict's statistic for a time withheld for `excuse`. */
export function withheldStatistic(excuse: MachineExcuse): string {
  return `withheld: the machine was ${excuse} than in the baseline runs`;
}

/** `--busy-machine`: what a slower run on a busier machine gets. */
export type BusyMachineMode = 'withhold' | 'judge';

/**
 * `verdicts` with each time metric's regression withheld when every run in `runs` (this run first, then its
 * re-runs) was on a busier or slower machine than the baseline runs (machineReadingsAgainst). Under `judge` the
 * regression stands, the readings beside it. Unchanged where a run or the baseline has no reading (runs off Linux,
 * histories recorded before pyrun measured them).
 */
export function withheldOnBusyMachine(
  verdicts: Partial<Record<ComparableMetric, MetricVerdict>>,
  runs: readonly RunValues[],
  baselineRuns: readonly RunValues[],
  mode: BusyMachineMode = 'withhold',
): Partial<Record<ComparableMetric, MetricVerdict>> {
  const busy = machineReadingsAgainst(runs, baselineRuns);
  if (busy === null) return verdicts;
  const statistic = withheldStatistic(machineExcuse(busy));
  const out = { ...verdicts };
  for (const [metric, verdict] of Object.entries(verdicts) as [
    ComparableMetric,
    MetricVerdict | undefined,
  ][]) {
    if (verdict?.verdict !== 'regressed' || METRIC_DIMENSION[metric] !== 'time') continue;
    out[metric] =
      mode === 'judge'
        ? { ...verdict, busy_machine: busy }
        : { ...verdict, verdict: 'not_judged', statistic, busy_machine: busy };
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

/**
 * The readings that excuse every run in `runs` — more neighbour cores than the baseline runs' median plus
 * BUSIER_BY_CORES, or a calibration time above their median times SLOWER_BY — or null when some run has no excuse
 * (or no readings, or the baseline runs have none). The calibration times are kept only where the baseline runs
 * have them too.
 */
export function machineReadingsAgainst(
  runs: readonly RunValues[],
  baselineRuns: readonly RunValues[],
): MachineReadings | null {
  const cores = runs.map((r) => r.neighbour_cores);
  if (cores.length === 0 || !cores.every(isReading)) return null;
  const beforeCores = baselineRuns.map((r) => r.neighbour_cores).filter(isReading);
  if (beforeCores.length === 0) return null;
  const beforeCalibration = baselineRuns.map((r) => r.calibration_ms).filter(isReading);
  const calibration = runs.map((r) => r.calibration_ms);
  const readings: MachineReadings = {
    cores,
    baseline_cores: median(beforeCores),
  };
  if (beforeCalibration.length > 0 && calibration.every(isReading)) {
    readings.calibration = calibration;
    readings.baseline_calibration = median(beforeCalibration);
  }
  if (!runs.every((_, i) => isBusier(readings, i) || isSlower(readings, i))) return null;
  return readings;
}

/** Whether every run was busier, every run slower, or each one or the other (`readings` excuse every run). */
export function machineExcuse(readings: MachineReadings): MachineExcuse {
  const runs = readings.cores.map((_, i) => i);
  if (runs.every((i) => isBusier(readings, i))) return 'busier';
  if (runs.every((i) => isSlower(readings, i))) return 'slower';
  return 'busier or slower';
}

function isBusier(r: MachineReadings, i: number): boolean {
  return r.cores[i]! > r.baseline_cores + BUSIER_BY_CORES;
}

function isSlower(r: MachineReadings, i: number): boolean {
  const ms = r.calibration?.[i];
  return ms !== undefined && r.baseline_calibration !== undefined && ms > r.baseline_calibration * SLOWER_BY;
}

function isReading(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
