/**
 * A run's numbers in the file formats of the benchmark dashboards teams already run, so pyrun's measurements feed
 * them without a converter:
 *
 * - github-action-benchmark's `customSmallerIsBetter` tool: a JSON array of `{name, unit, value, range?, extra?}`;
 * - Bencher Metric Format (BMF): `{"<benchmark>": {"<measure slug>": {value, lower_value?, upper_value?}}}`;
 * - hyperfine's `--export-json`: `{"results": [{command, mean, stddev, median, user, system, min, max, times,
 *   exit_codes}]}`, one result per measured command (each script of a run or suite; A and B of `pyrun ab`).
 *
 * The first two carry the judged metrics: those the run has a verdict for, or the costs (duration, CPU time, peak
 * memory) when it was judged without history. Every metric here is smaller-is-better. Pure: records in, text out.
 */
import type { AbRecord, AbRunRecord } from '../../ab/record.js';
import { benchmarkStats } from '../../analysis/benchmark-stats.js';
import { metricUnit } from '../../metric-format.js';
import { HEADLINE_METRICS } from '../../metrics.js';
import { COMPARABLE_METRICS, type ComparableMetric, type RunMetrics, type RunRecord } from '../../types.js';

/** One entry of github-action-benchmark's custom JSON. */
export interface BenchmarkActionEntry {
  name: string;
  unit: string;
  value: number;
  /** `± σ` over the measured runs of `--repeat N`. */
  range?: string;
  /** Shown in the dashboard's tooltip. */
  extra?: string;
}

/** Bencher's metric: the value and, for `--repeat N`, the range it came from. */
export interface BmfMetric {
  value: number;
  lower_value?: number;
  upper_value?: number;
}

export type Bmf = Record<string, Record<string, BmfMetric>>;

export interface HyperfineResult {
  command: string;
  mean: number;
  /** null for a single run, as hyperfine writes it. */
  stddev: number | null;
  median: number;
  /** Mean user and system CPU seconds of the whole process tree per run (null when the executor cannot tell). */
  user: number | null;
  system: number | null;
  min: number;
  max: number;
  times: number[];
  exit_codes: (number | null)[];
}

/** The metrics a record was judged on, or the costs when it was not judged at all; each with a value. */
export function judgedMetricsOf(record: RunRecord): ComparableMetric[] {
  const judged = COMPARABLE_METRICS.filter((m) => record.verdicts[m] !== undefined);
  const chosen = judged.length > 0 ? judged : HEADLINE_METRICS;
  return chosen.filter((m) => typeof record[m] === 'number' && Number.isFinite(record[m]));
}

/** The measured runs' values of a metric under `--repeat N` (finite ones), or null for a single run. */
function repeatValues(record: RunRecord, metric: ComparableMetric): number[] | null {
  if (record.repeats === undefined || record.repeats.length < 2) return null;
  const values = record.repeats.map((r) => r[metric]).filter((v): v is number => Number.isFinite(v));
  return values.length >= 2 ? values : null;
}

/** Bencher measure slugs are lower-case words joined by `-`: `duration_s` → `duration-s`. */
export function measureSlug(metric: string): string {
  return metric.replace(/_/g, '-');
}

/** github-action-benchmark's `customSmallerIsBetter` JSON: one entry per judged metric of every record. */
export function benchmarkActionJson(records: readonly RunRecord[]): string {
  const entries: BenchmarkActionEntry[] = records.flatMap((record) =>
    judgedMetricsOf(record).map((metric) => {
      const values = repeatValues(record, metric);
      const unit = metricUnit(metric);
      const facts = [
        `status ${record.status}`,
        `run ${record.run_id}`,
        ...(record.git_sha ? [`commit ${record.git_sha.slice(0, 12)}`] : []),
        ...(values ? [`median of ${values.length} runs`] : []),
        ...(record.verdicts[metric] ? [`verdict ${record.verdicts[metric].verdict}`] : []),
      ];
      return {
        name: `${record.name}: ${metric}`,
        unit,
        value: record[metric] as number,
        ...(values ? { range: `± ${round(benchmarkStats(values).stddev)}` } : {}),
        extra: facts.join('\n'),
      };
    }),
  );
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** Bencher Metric Format: a benchmark per series, a measure per judged metric; `--repeat N` adds min and max. */
export function bmfJson(records: readonly RunRecord[]): string {
  const bmf: Bmf = {};
  for (const record of records) {
    const measures: Record<string, BmfMetric> = {};
    for (const metric of judgedMetricsOf(record)) {
      const values = repeatValues(record, metric);
      measures[measureSlug(metric)] = {
        value: record[metric] as number,
        ...(values ? { lower_value: Math.min(...values), upper_value: Math.max(...values) } : {}),
      };
    }
    bmf[record.name] = { ...bmf[record.name], ...measures };
  }
  return `${JSON.stringify(bmf, null, 2)}\n`;
}

/** One hyperfine result from measured runs (their wall times are `times`). */
function hyperfineResult(command: string, runs: readonly RunMetrics[]): HyperfineResult | null {
  const times = runs.map((r) => r.duration_s).filter((t) => Number.isFinite(t));
  if (times.length === 0) return null;
  const stats = benchmarkStats(times);
  const meanOf = (values: (number | null)[]): number | null => {
    const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
    return known.length === values.length && known.length > 0
      ? known.reduce((a, b) => a + b, 0) / known.length
      : null;
  };
  return {
    command,
    mean: stats.mean,
    stddev: stats.n > 1 ? stats.stddev : null,
    median: stats.median,
    user: meanOf(runs.map((r) => r.cpu_user_s)),
    system: meanOf(runs.map((r) => r.cpu_system_s)),
    min: stats.min,
    max: stats.max,
    times,
    exit_codes: runs.map((r) => r.exit_code),
  };
}

/** hyperfine's JSON of a run or suite: a result per script, over its measured runs (`--repeat N`) or its one run. */
export function hyperfineJson(records: readonly RunRecord[]): string {
  const results = records.flatMap((record) => {
    const result = hyperfineResult(record.script || record.name, record.repeats ?? [record]);
    return result ? [result] : [];
  });
  return `${JSON.stringify({ results }, null, 2)}\n`;
}

/** hyperfine's JSON of `pyrun ab`: A's and B's measured runs, each named by its side's label. */
export function abHyperfineJson(record: AbRecord): string {
  const side = (name: 'A' | 'B'): AbRunRecord[] => record.runs.filter((r) => r.side === name);
  const results = [
    hyperfineResult(record.a.label, side('A')),
    hyperfineResult(record.b.label, side('B')),
  ].filter((r): r is HyperfineResult => r !== null);
  return `${JSON.stringify({ results }, null, 2)}\n`;
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}
