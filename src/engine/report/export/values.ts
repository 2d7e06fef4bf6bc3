/**
 * What every exporter sends: the run metrics of a record, each with its base unit, plus when the run ended.
 * Sizes go out in bytes (exact, from the record's `*_bytes`), times in seconds.
 */
import { RUN_ROWS, type ExportUnit } from '../../metrics.js';
import { COMPARABLE_METRICS, type ComparableMetric, type RunRecord, type RunStatus } from '../../types.js';

export const RUN_STATUSES: readonly RunStatus[] = ['passed', 'failed', 'timeout', 'gate_failed', 'regressed'];

export type { ExportUnit };

export interface ExportedValue {
  /** The base name shared by the exporters: `duration_seconds`, `peak_rss_bytes`, … */
  key: string;
  /** The metric name it comes from (docs/metrics.md). */
  metric: string;
  unit: ExportUnit;
  /** True when the value is a whole number by nature (bytes, counts, the exit code). */
  integer: boolean;
  help: string;
  /** Null when the run has no such value (the exit code of a script killed by a signal, rusage not reported). */
  value: number | null;
}

/** Every run metric with an export name in the metric table, in table order; sizes as their exact bytes. */
export function exportedValues(record: RunRecord): ExportedValue[] {
  return RUN_ROWS.flatMap((row) => {
    if (!('export' in row)) return [];
    const { key, unit } = row.export;
    const field = unit === 'bytes' && 'bytes_field' in row ? row.bytes_field : row.name;
    return [
      {
        key,
        metric: row.name,
        unit,
        integer: unit === 'bytes' || unit === 'count',
        help: row.help,
        value: record[field] ?? null,
      },
    ];
  });
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
