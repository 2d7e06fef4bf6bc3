/**
 * What every exporter sends: the run metrics of a record, each with its base unit, plus when the run ended.
 * Sizes go out in bytes (exact, from the record's `*_bytes`), times in seconds.
 */
import { COMPARABLE_METRICS, type ComparableMetric, type RunRecord, type RunStatus } from '../types.js';

export const RUN_STATUSES: readonly RunStatus[] = ['passed', 'failed', 'timeout', 'gate_failed', 'regressed'];

export type ExportUnit = 'seconds' | 'bytes' | 'percent' | 'count';

export interface ExportedValue {
  /** The base name shared by the exporters: `duration_seconds`, `peak_rss_bytes`, … */
  key: string;
  /** PRODUCT.md's metric name it comes from. */
  metric: string;
  unit: ExportUnit;
  /** True when the value is a whole number by nature (bytes, counts, the exit code). */
  integer: boolean;
  help: string;
  /** Null when the run has no such value (the exit code of a script killed by a signal). */
  value: number | null;
}

export function exportedValues(record: RunRecord): ExportedValue[] {
  const v = (
    key: string,
    metric: string,
    unit: ExportUnit,
    integer: boolean,
    help: string,
    value: number | null,
  ): ExportedValue => ({ key, metric, unit, integer, help, value });
  return [
    v(
      'duration_seconds',
      'duration_s',
      'seconds',
      false,
      'Wall time of the script, spawn to exit.',
      record.duration_s,
    ),
    v(
      'cpu_time_seconds',
      'cpu_time_s',
      'seconds',
      false,
      'User+system CPU time of the whole process tree.',
      record.cpu_time_s,
    ),
    v(
      'cpu_percent_avg',
      'cpu_percent_avg',
      'percent',
      false,
      'Average CPU over the samples (100 = one core busy).',
      record.cpu_percent_avg,
    ),
    v(
      'cpu_percent_max',
      'cpu_percent_max',
      'percent',
      false,
      'Highest CPU of a sample (100 = one core busy).',
      record.cpu_percent_max,
    ),
    v(
      'peak_rss_bytes',
      'peak_rss_mb',
      'bytes',
      true,
      'Peak resident memory of the process tree.',
      record.peak_rss_bytes,
    ),
    v(
      'max_threads',
      'max_threads',
      'count',
      true,
      'Most threads of the process tree at a sample.',
      record.max_threads,
    ),
    v(
      'max_processes',
      'max_processes',
      'count',
      true,
      'Most processes of the tree at a sample.',
      record.max_processes,
    ),
    v(
      'read_bytes',
      'read_mb',
      'bytes',
      true,
      'Bytes read by the tree through read system calls.',
      record.read_bytes,
    ),
    v(
      'write_bytes',
      'write_mb',
      'bytes',
      true,
      'Bytes written by the tree through write system calls.',
      record.write_bytes,
    ),
    v(
      'exit_code',
      'exit_code',
      'count',
      true,
      "The script's own exit code (NaN when killed by a signal).",
      record.exit_code,
    ),
  ];
}

/** 1 when the metric regressed against the baseline, else 0 (no verdict counts as 0). Every comparable metric. */
export function regressions(record: RunRecord): Array<{ metric: ComparableMetric; regressed: 0 | 1 }> {
  return COMPARABLE_METRICS.map((metric) => ({
    metric,
    regressed: record.verdicts[metric]?.verdict === 'regressed' ? 1 : 0,
  }));
}

/** When the script ended, in milliseconds since the epoch (start + duration). */
export function endedAtMs(record: RunRecord): number {
  const start = Date.parse(record.started_at);
  if (Number.isNaN(start)) throw new Error(`run record has a bad started_at: '${record.started_at}'`);
  return start + record.duration_s * 1000;
}

/** The same instant in nanoseconds since the epoch, exact as a decimal string (OTLP's fixed64). */
export function endedAtUnixNano(record: RunRecord): string {
  const start = Date.parse(record.started_at);
  if (Number.isNaN(start)) throw new Error(`run record has a bad started_at: '${record.started_at}'`);
  return (BigInt(start) * 1_000_000n + BigInt(Math.round(record.duration_s * 1e9))).toString();
}

export type { ComparableMetric };
