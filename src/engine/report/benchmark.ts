/** `--repeat N` in a report: the headline metrics' statistics over the measured runs, as hyperfine shows them. */
import { formatMetricValue } from '../metric-format.js';
import { HEADLINE_METRICS } from '../metrics.js';
import type { ComparableMetric, RunRecord } from '../types.js';

/** One headline metric's statistics over a `--repeat N` run's measured runs, in the metric's unit. */
export interface BenchmarkRow {
  metric: ComparableMetric;
  runs: number;
  /** `1.23 s ± 0.04 s` */
  mean_sd: string;
  median: string;
  /** `1.19 s … 1.31 s` */
  range: string;
}

/**
 * `--repeat N`, as hyperfine shows it: mean ± σ, median and range of the headline metrics over the measured runs,
 * and the warnings on them (a count of context switches jumping is no advice to act on). Null for a single run.
 */
export function benchmarkSummary(record: RunRecord): { rows: BenchmarkRow[]; warnings: string[] } | null {
  const stats = record.benchmark;
  if (!stats) return null;
  const rows = HEADLINE_METRICS.flatMap((metric): BenchmarkRow[] => {
    const s = stats.metrics[metric];
    if (!s) return [];
    const v = (x: number) => formatMetricValue(metric, x);
    return [
      {
        metric,
        runs: s.n,
        mean_sd: `${v(s.mean)} ± ${v(s.stddev)}`,
        median: v(s.median),
        range: `${v(s.min)} … ${v(s.max)}`,
      },
    ];
  });
  if (rows.length === 0) return null;
  const warnings = stats.warnings.filter((w) => HEADLINE_METRICS.includes(w.metric)).map((w) => w.message);
  return { rows, warnings };
}
