/** Benchmark mode's medians over repeated runs: one implementation, for the record and for the verdicts. */
import { median } from './analysis/robust.js';
import { RUN_METRIC_FIELDS, RUN_ROWS, type RunMetrics } from './metrics.js';

/** Per field, the median of its finite values over `runs`; null where no run has one. The one median of repeats. */
export function medianByField<F extends string>(
  runs: readonly Partial<Record<F, number | null>>[],
  fields: readonly F[],
): Record<F, number | null> {
  const out = {} as Record<F, number | null>;
  for (const field of fields) {
    const values = runs
      .map((r) => r[field])
      .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    out[field] = values.length === 0 ? null : median(values);
  }
  return out;
}

/**
 * The record's metrics in benchmark mode: every run metric the median of the measured runs (exact bytes stay
 * whole numbers), except the exit code, which is the last run's.
 */
export function medianRunMetrics(runs: readonly RunMetrics[]): RunMetrics {
  const medians = medianByField(runs, RUN_METRIC_FIELDS);
  for (const row of RUN_ROWS) {
    if ('bytes_field' in row) {
      const bytes = medians[row.bytes_field];
      medians[row.bytes_field] = bytes === null ? null : Math.round(bytes);
    }
  }
  return { ...medians, exit_code: runs[runs.length - 1]?.exit_code ?? null } as RunMetrics;
}
