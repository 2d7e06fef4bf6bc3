/**
 * What is derived from the metric table (./metric-table.ts) at run time: its rows by kind, the lists of metric names
 * in table order, lookups by name, and the default thresholds and judged metrics. The table itself (rows and types)
 * is re-exported, so `engine/metrics.js` is the one import for anything about metrics.
 */
import {
  METRIC_TABLE,
  type BytesField,
  type ComparableMetric,
  type MetricDimension,
  type MetricRow,
  type Row,
  type RunMetric,
  type RunRow,
  type SampleMetric,
  type SampleRow,
} from './metric-table.js';

export * from './metric-table.js';

const isSample = (row: Row): row is SampleRow => row.kind === 'sample';
const isRun = (row: Row): row is RunRow => row.kind === 'run';

export const SAMPLE_ROWS: readonly SampleRow[] = METRIC_TABLE.filter(isSample);
export const RUN_ROWS: readonly RunRow[] = METRIC_TABLE.filter(isRun);

/** Metrics of one live sample, in table order. */
export const SAMPLE_METRICS: readonly SampleMetric[] = SAMPLE_ROWS.map((r) => r.name);
/** Metrics of one run, in table order. */
export const RUN_METRICS: readonly RunMetric[] = RUN_ROWS.map((r) => r.name);
/** Run metrics that can regress, in table order. */
export const COMPARABLE_METRICS: readonly ComparableMetric[] = RUN_ROWS.filter(
  (r) => r.threshold_pct !== null,
).map((r) => r.name as ComparableMetric);

const BY_NAME = new Map<string, MetricRow>();
for (const row of METRIC_TABLE) if (!BY_NAME.has(row.name) || row.kind === 'run') BY_NAME.set(row.name, row);
const SAMPLE_BY_NAME = new Map<string, MetricRow>(SAMPLE_ROWS.map((r) => [r.name, r]));

/** The row of a metric (the run row where a sample metric shares its name), or undefined for an unknown name. */
export function metricRow(name: string): MetricRow | undefined {
  return BY_NAME.get(name);
}

/** The row of a sample metric. */
export function sampleMetricRow(name: string): MetricRow | undefined {
  return SAMPLE_BY_NAME.get(name);
}

export const METRIC_DIMENSION: Readonly<Record<SampleMetric | RunMetric, MetricDimension>> =
  Object.fromEntries(METRIC_TABLE.map((r) => [r.name, r.dimension])) as Record<
    SampleMetric | RunMetric,
    MetricDimension
  >;

/** Default relative thresholds of the automatic verdict, in percent of the baseline centre. */
export const DEFAULT_THRESHOLD_PCT: Readonly<Record<ComparableMetric, number>> = Object.fromEntries(
  RUN_ROWS.filter((r) => r.threshold_pct !== null).map((r) => [r.name, r.threshold_pct]),
) as Record<ComparableMetric, number>;

/** The metrics the automatic verdict judges unless the user names others (`--judge`), in table order. */
export const DEFAULT_JUDGED_METRICS: readonly ComparableMetric[] = RUN_ROWS.filter(
  (r) => 'judged' in r && r.judged === true,
).map((r) => r.name as ComparableMetric);

/** A shape of the run (direction `none`), not a cost: never judged better or worse, only shown as changed. */
export function isShapeMetric(name: string): boolean {
  return metricRow(name)?.direction === 'none';
}

/** Metrics the user may ask to be judged: every comparable metric that has a direction. */
export const JUDGEABLE_METRICS: readonly ComparableMetric[] = COMPARABLE_METRICS.filter(
  (m) => !isShapeMetric(m),
);

/** The run metrics one-line summaries show, in table order. */
export const HEADLINE_METRICS: readonly ComparableMetric[] = RUN_ROWS.filter(
  (r) => 'headline' in r && r.headline === true,
).map((r) => r.name as ComparableMetric);

/** Record fields of the run summary in table order: each run metric, followed by its exact-bytes field. */
export const RUN_METRIC_FIELDS: readonly (RunMetric | BytesField)[] = RUN_ROWS.flatMap((r) =>
  'bytes_field' in r ? [r.name, r.bytes_field] : [r.name],
);
