/**
 * THE metric table: one row per metric (docs/metrics.md), and everything else about metrics derived from it —
 * the TypeScript types, the rule grammar's metric names and dimensions, report labels and units, exported
 * names, record validation, SQL columns and benchmark medians. A new metric is one row here plus its measurement
 * (where its value comes from, in execute/measure.ts); nothing else lists metric names. The lists and lookups derived from
 * the rows are in ./metrics.ts, which also re-exports this file: import from there. Benchmark medians: medians.ts.
 *
 * `read_mb` and `write_mb` are two metrics each: a sample's cumulative figure so far and the run's total. They
 * share a name (users see one) and have one row per kind.
 *
 * A metric's name is its field in the JSON record, its column in SQL and its word in rules; where exact bytes
 * exist beside an MB figure, `bytes_field` names that field (and column).
 */

/** What a metric measures decides which units a rule may attach to a number compared with it. */
export type MetricDimension = 'time' | 'size' | 'percent' | 'count';

/** `sample`: measured live at every interval (alerts); `run`: the summary of one run (gates, verdicts, history). */
export type MetricKind = 'sample' | 'run';

/**
 * Which way is worse. Verdicts flag `regressed` when a `lower_is_better` metric rises. `none`: a shape of the run,
 * not a cost (the share of a core in use: more parallelism at the same CPU time is not worse); never judged,
 * shown as changed.
 */
export type MetricDirection = 'lower_is_better' | 'higher_is_better' | 'none';

/** The unit shown after a value in reports: `12.5 s`, `612.4 MB`, `87.5%`; empty for plain counts. */
export type DisplayUnit = 's' | 'MB' | '%' | '';

/** The base unit an exporter sends: sizes in bytes (exact), times in seconds. */
export type ExportUnit = 'seconds' | 'bytes' | 'percent' | 'count';

export type SqlType = 'REAL' | 'INTEGER';

export interface MetricRow {
  name: string;
  kind: MetricKind;
  dimension: MetricDimension;
  unit: DisplayUnit;
  direction: MetricDirection;
  /** Default relative threshold of the automatic verdict, in percent of the baseline centre; null: never judged. */
  threshold_pct: number | null;
  /**
   * Judged by default: one of the costs a team means by "slower" or "fatter". Every other metric is measured,
   * stored, trended, exported and gateable, and judged only when the user names it (`--judge`): on real runs the
   * counts of threads, processes, faults and context switches move with the machine's load, not with the script.
   */
  judged?: boolean;
  /**
   * The smallest baseline spread in the metric's own unit, where the dimension's floor is too small for its noise
   * (a quick script's 2 context switches are not a 50% regression when it makes 3).
   */
  spread_floor?: number;
  /**
   * The smallest baseline spread as a fraction of the baseline centre, where the default (analysis/baseline.ts
   * MIN_SPREAD_FRACTION, 0.5%) is far above the metric's noise (an instruction count repeats to ~0.02%).
   */
  spread_floor_fraction?: number;
  /** One of the few metrics a one-line summary shows (benchmark statistics on the terminal). */
  headline?: boolean;
  /** May be null in a record (`exit_code` of a killed script; rusage where the executor cannot give it). */
  nullable: boolean;
  /** The exact-bytes field beside an MB figure (`peak_rss_bytes`), in the record and in SQL. */
  bytes_field?: string;
  /** Run metrics only: the base name every exporter uses (`pyrun_<key>` in Prometheus) and its unit. */
  export?: { key: string; unit: ExportUnit };
  /** The metric of the other kind a rule most likely meant by this name (`rss_mb` in a gate: `peak_rss_mb`). */
  counterpart?: string;
  /** Column type (the column is named after the metric; its table is `runs` or `samples` by kind). */
  sql_type: SqlType;
  /**
   * The history schema version (`PRAGMA user_version`) that first has the column. Rows after the hand-written
   * migrations get a migration each, derived (history/schema.ts); a record imported without the field reads null.
   */
  since_schema: number;
  help: string;
}

const TIME = { dimension: 'time', unit: 's', sql_type: 'REAL' } as const;
const SIZE = { dimension: 'size', unit: 'MB', sql_type: 'REAL' } as const;
const PERCENT = { dimension: 'percent', unit: '%', sql_type: 'REAL' } as const;
const COUNT = { dimension: 'count', unit: '', sql_type: 'INTEGER' } as const;
const SAMPLE = {
  kind: 'sample',
  direction: 'lower_is_better',
  threshold_pct: null,
  nullable: false,
  since_schema: 1,
} as const;
const RUN = { kind: 'run', direction: 'lower_is_better', nullable: false, since_schema: 1 } as const;
/** Exact counters of the reaped tree's kernel rusage (history v5); null where the executor cannot report them. */
const RUSAGE = { kind: 'run', direction: 'lower_is_better', nullable: true, since_schema: 5 } as const;

/** The table. Order is the order every report, export and CSV lists the metrics in. */
export const METRIC_TABLE = [
  {
    name: 'elapsed_s',
    ...SAMPLE,
    ...TIME,
    help: 'Seconds since the script started.',
    counterpart: 'duration_s',
  },
  {
    name: 'cpu_percent',
    ...SAMPLE,
    ...PERCENT,
    help: 'CPU of the process tree (100 = one core busy).',
    counterpart: 'cpu_percent_max',
  },
  {
    name: 'rss_mb',
    ...SAMPLE,
    ...SIZE,
    help: 'Resident memory of the process tree, summed.',
    counterpart: 'peak_rss_mb',
  },
  { name: 'threads', ...SAMPLE, ...COUNT, help: 'Threads of the process tree.', counterpart: 'max_threads' },
  { name: 'processes', ...SAMPLE, ...COUNT, help: 'Processes of the tree.', counterpart: 'max_processes' },
  { name: 'read_mb', ...SAMPLE, ...SIZE, help: 'Bytes read by the tree so far through read system calls.' },
  {
    name: 'write_mb',
    ...SAMPLE,
    ...SIZE,
    help: 'Bytes written by the tree so far through write system calls.',
  },
  {
    name: 'open_fds',
    ...SAMPLE,
    ...COUNT,
    nullable: true,
    help: 'Open file descriptors of the tree, where the OS gives them.',
  },
  {
    name: 'duration_s',
    headline: true,
    judged: true,
    counterpart: 'elapsed_s',
    ...RUN,
    ...TIME,
    threshold_pct: 10,
    export: { key: 'duration_seconds', unit: 'seconds' },
    help: 'Wall time of the script, spawn to exit.',
  },
  {
    name: 'cpu_time_s',
    headline: true,
    judged: true,
    ...RUN,
    ...TIME,
    threshold_pct: 10,
    export: { key: 'cpu_time_seconds', unit: 'seconds' },
    help: 'User+system CPU time of the whole process tree.',
  },
  {
    name: 'cpu_percent_avg',
    counterpart: 'cpu_percent',
    ...RUN,
    ...PERCENT,
    direction: 'none',
    threshold_pct: 10,
    export: { key: 'cpu_percent_avg', unit: 'percent' },
    help: 'Average CPU over the samples (100 = one core busy).',
  },
  {
    name: 'cpu_percent_max',
    counterpart: 'cpu_percent',
    ...RUN,
    ...PERCENT,
    direction: 'none',
    threshold_pct: 10,
    export: { key: 'cpu_percent_max', unit: 'percent' },
    help: 'Highest CPU of a sample (100 = one core busy).',
  },
  {
    name: 'peak_rss_mb',
    headline: true,
    judged: true,
    counterpart: 'rss_mb',
    ...RUN,
    ...SIZE,
    threshold_pct: 5,
    bytes_field: 'peak_rss_bytes',
    export: { key: 'peak_rss_bytes', unit: 'bytes' },
    help: 'Peak resident memory of the process tree.',
  },
  {
    name: 'max_threads',
    counterpart: 'threads',
    ...RUN,
    ...COUNT,
    // Small integers: on a constant history of 5 threads one more is +20% and does not count, two more does.
    threshold_pct: 20,
    export: { key: 'max_threads', unit: 'count' },
    help: 'Most threads of the process tree at once (at a sample or a probe between samples).',
  },
  {
    name: 'max_processes',
    counterpart: 'processes',
    ...RUN,
    ...COUNT,
    threshold_pct: 20,
    export: { key: 'max_processes', unit: 'count' },
    help: 'Most processes of the tree at once (at a sample or a probe between samples).',
  },
  {
    name: 'read_mb',
    ...RUN,
    ...SIZE,
    threshold_pct: 5,
    bytes_field: 'read_bytes',
    export: { key: 'read_bytes', unit: 'bytes' },
    help: 'Bytes read by the tree through read system calls.',
  },
  {
    name: 'write_mb',
    ...RUN,
    ...SIZE,
    threshold_pct: 5,
    bytes_field: 'write_bytes',
    export: { key: 'write_bytes', unit: 'bytes' },
    help: 'Bytes written by the tree through write system calls.',
  },
  {
    name: 'cpu_user_s',
    ...RUSAGE,
    ...TIME,
    threshold_pct: 10,
    export: { key: 'cpu_user_seconds', unit: 'seconds' },
    help: 'User CPU time of the whole reaped tree (kernel rusage).',
  },
  {
    name: 'cpu_system_s',
    ...RUSAGE,
    ...TIME,
    threshold_pct: 10,
    export: { key: 'cpu_system_seconds', unit: 'seconds' },
    help: 'System CPU time of the whole reaped tree (kernel rusage).',
  },
  {
    name: 'minor_faults',
    ...RUSAGE,
    ...COUNT,
    threshold_pct: 10,
    spread_floor: 200,
    export: { key: 'minor_faults', unit: 'count' },
    help: 'Page faults served without I/O, whole reaped tree (kernel rusage).',
  },
  {
    name: 'major_faults',
    ...RUSAGE,
    ...COUNT,
    // Depends on the page cache, not on the script alone: only a large change counts.
    threshold_pct: 50,
    spread_floor: 20,
    export: { key: 'major_faults', unit: 'count' },
    help: 'Page faults that needed I/O, whole reaped tree (kernel rusage).',
  },
  {
    name: 'voluntary_ctx_switches',
    ...RUSAGE,
    ...COUNT,
    threshold_pct: 25,
    spread_floor: 20,
    export: { key: 'voluntary_ctx_switches', unit: 'count' },
    help: 'Context switches the tree gave up the CPU for (waiting), whole reaped tree (kernel rusage).',
  },
  {
    name: 'involuntary_ctx_switches',
    ...RUSAGE,
    ...COUNT,
    // Set by the machine's load as much as by the script.
    threshold_pct: 50,
    spread_floor: 50,
    export: { key: 'involuntary_ctx_switches', unit: 'count' },
    help: 'Context switches forced on the tree (preempted), whole reaped tree (kernel rusage).',
  },
  {
    name: 'instructions',
    // Only runs under `--instructions` have it (valgrind counts every instruction of the tree); null otherwise.
    ...RUSAGE,
    ...COUNT,
    since_schema: 6,
    // Identical runs agree to ~0.02%: a 1% change is real, and the spread floor must not hide it.
    threshold_pct: 1,
    judged: true,
    spread_floor_fraction: 0.001,
    export: { key: 'instructions', unit: 'count' },
    help: 'Instructions executed by the whole process tree, counted by valgrind (runs with --instructions only).',
  },
  {
    name: 'neighbour_cores',
    ...RUN,
    ...COUNT,
    sql_type: 'REAL',
    direction: 'none',
    threshold_pct: null,
    nullable: true,
    since_schema: 7,
    export: { key: 'neighbour_cores', unit: 'count' },
    help:
      "CPU cores that other work on the machine kept busy, on average, while the script ran (the machine's busy CPU " +
      "time less the tree's and pyrun's own, hypervisor steal included; runs on Linux, local or remote). Not a cost of the " +
      'script: the judge reads it to tell a busy machine from a slower script.',
  },
  {
    name: 'calibration_ms',
    ...RUN,
    ...COUNT,
    sql_type: 'REAL',
    direction: 'none',
    threshold_pct: null,
    nullable: true,
    since_schema: 8,
    export: { key: 'calibration_ms', unit: 'count' },
    help:
      'CPU milliseconds a fixed loop of Python work took on the cores the script ran on, right after it ended ' +
      '(runs on Linux, local or remote). Not a cost of the script: a slowed core (another guest on the host, a busy sibling ' +
      'hyperthread) takes longer, and the judge reads it to tell a slower machine from a slower script.',
  },
  {
    name: 'exit_code',
    ...RUN,
    ...COUNT,
    direction: 'none',
    threshold_pct: null,
    nullable: true,
    export: { key: 'exit_code', unit: 'count' },
    help: "The script's own exit code (NaN when killed by a signal).",
  },
] as const satisfies readonly MetricRow[];

export type Row = (typeof METRIC_TABLE)[number];
export type SampleRow = Extract<Row, { kind: 'sample' }>;
export type RunRow = Extract<Row, { kind: 'run' }>;

export type SampleMetric = SampleRow['name'];
export type RunMetric = RunRow['name'];
/** Run metrics that can regress: those with a relative threshold (every run metric but the exit code). */
export type ComparableMetric = Exclude<RunRow, { threshold_pct: null }>['name'];
/** Exact-bytes fields beside MB figures: `peak_rss_bytes`, `read_bytes`, `write_bytes`. */
export type BytesField = Extract<RunRow, { bytes_field: string }>['bytes_field'];

type ValueOf<R> = R extends { nullable: true } ? number | null : number;

/** One live sample of the process tree (`open_fds` is null where the OS does not give it). */
export type Sample = { [R in SampleRow as R['name']]: ValueOf<R> };

/** The run summary (docs/metrics.md), with exact byte counts beside the MB figures. */
export type RunMetrics = { [R in RunRow as R['name']]: ValueOf<R> } & { [F in BytesField]: number };
