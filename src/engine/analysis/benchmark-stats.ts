/**
 * Benchmark statistics of repeated runs (`pyrun run --repeat N`, and each side of `pyrun ab`): mean ± σ,
 * median, min, max per metric, and hyperfine-style warnings that say what to do:
 *
 * - an outlier: a run at least OUTLIER_FACTOR (3) × the median of its metric — something else ran meanwhile;
 * - a slow first run: the first run of a time metric at least SLOW_FIRST_FACTOR (1.5) × the median of the
 *   others (n ≥ 3) — cold caches (file system, .pyc, imports); a warm-up run fixes it.
 *
 * Pure: values in, numbers and sentences out.
 */
// From the metric table itself, not ../types.js: types.ts imports RepeatStatistics from here.
import { COMPARABLE_METRICS, METRIC_DIMENSION, type ComparableMetric, type RunMetrics } from '../metrics.js';
import { median } from './robust.js';

export const OUTLIER_FACTOR = 3;
export const SLOW_FIRST_FACTOR = 1.5;
/** A time difference below this is noise in a warning, whatever the ratio (hyperfine warns from tens of ms). */
export const MIN_NOTICEABLE_S = 0.05;

export interface BenchmarkStats {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 for one run. */
  stddev: number;
  median: number;
  min: number;
  max: number;
}

/** Statistics of one metric's values (finite numbers; throws on an empty list). */
export function benchmarkStats(values: readonly number[]): BenchmarkStats {
  if (values.length === 0) throw new Error('benchmarkStats needs at least one value');
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
  return {
    n,
    mean,
    stddev: Math.sqrt(variance),
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export interface BenchmarkWarning {
  metric: ComparableMetric;
  kind: 'outlier' | 'slow_first_run';
  /** 1-based index of the run. */
  run: number;
  value: number;
  median: number;
  message: string;
}

/** The warnings of one metric's values, in run order. */
export function benchmarkWarnings(metric: ComparableMetric, values: readonly number[]): BenchmarkWarning[] {
  const warnings: BenchmarkWarning[] = [];
  if (values.length < 3) return warnings;
  const isTime = METRIC_DIMENSION[metric] === 'time';
  const rest = median(values.slice(1));
  const first = values[0]!;
  // A few milliseconds of system time are no cold cache worth a warning: the gap must be noticeable too.
  const slowFirst =
    isTime && rest > 0 && first >= SLOW_FIRST_FACTOR * rest && first - rest >= MIN_NOTICEABLE_S;
  if (slowFirst) {
    warnings.push({
      metric,
      kind: 'slow_first_run',
      run: 1,
      value: first,
      median: rest,
      message:
        `${metric}: the first run (${shown(first)}) was much slower than the rest (median ${shown(rest)}); ` +
        'caches were probably cold: more warm-up runs (--warmup N, unmeasured) keep it out',
    });
  }
  const centre = median(values);
  if (centre <= 0) return warnings;
  values.forEach((value, i) => {
    if (value < OUTLIER_FACTOR * centre || (slowFirst && i === 0)) return;
    if (isTime && value - centre < MIN_NOTICEABLE_S) return;
    warnings.push({
      metric,
      kind: 'outlier',
      run: i + 1,
      value,
      median: centre,
      message:
        `${metric}: run ${i + 1} (${shown(value)}) is ${(value / centre).toFixed(1)}× the median ` +
        `(${shown(centre)}); another program probably interfered: rerun on a quieter machine or raise --repeat`,
    });
  });
  return warnings;
}

export interface RepeatStatistics {
  /** Per comparable metric with at least one finite value. */
  metrics: Partial<Record<ComparableMetric, BenchmarkStats>>;
  warnings: BenchmarkWarning[];
}

/** Statistics and warnings of every comparable metric over the measured runs of a benchmark. */
export function repeatStatistics(runs: readonly RunMetrics[]): RepeatStatistics {
  const out: RepeatStatistics = { metrics: {}, warnings: [] };
  for (const metric of COMPARABLE_METRICS) {
    const values = runs.map((r) => r[metric]).filter((v): v is number => Number.isFinite(v));
    if (values.length === 0) continue;
    out.metrics[metric] = benchmarkStats(values);
    if (values.length === runs.length) out.warnings.push(...benchmarkWarnings(metric, values));
  }
  return out;
}

function shown(value: number): string {
  return Number(value.toPrecision(4)).toString();
}
