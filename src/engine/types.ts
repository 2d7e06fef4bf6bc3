/**
 * The engine's vocabulary. Metric names (docs/metrics.md) are identical in JSON, SQL, rules and reports.
 * MB is always 2^20 bytes; exact byte counts travel beside the MB figures.
 */

export const BYTES_PER_MB = 1024 * 1024;

/** Metric names, kinds, dimensions and the shapes of a sample and of a run summary: all from the metric table. */
export {
  COMPARABLE_METRICS,
  METRIC_DIMENSION,
  RUN_METRICS,
  SAMPLE_METRICS,
  type ComparableMetric,
  type MetricDimension,
  type RunMetric,
  type RunMetrics,
  type Sample,
  type SampleMetric,
} from './metrics.js';
import type { RepeatStatistics } from './analysis/benchmark-stats.js';
import type { ComparableMetric, RunMetrics, Sample } from './metrics.js';

export type RunStatus = 'passed' | 'failed' | 'timeout' | 'gate_failed' | 'regressed';

export type GateStatus = 'passed' | 'failed' | 'insufficient_history';

export interface GateResult {
  /** The rule text exactly as the user wrote it (stable: used as the JUnit/TAP test name). */
  expr: string;
  passed: boolean;
  status: GateStatus;
  /** The measured value of the left-hand side, or null when it could not be computed. */
  actual: number | null;
  /** The evaluated right-hand side, or null when it could not be computed (e.g. no baseline). */
  limit: number | null;
}

export interface AlertFiring {
  rule: string;
  /** Seconds since the script started when the rule fired. */
  at_s: number;
  value: number | null;
  /** Channel kinds the alert was sent to (`slack`, `webhook`, `email`); never their URLs. */
  channels: string[];
}

export interface BaselineEntry {
  /** Centre of the baseline runs (median). */
  value: number;
  /** Robust spread (1.4826·MAD, floored). */
  spread: number;
  /** How many runs the baseline was built from. */
  runs: number;
}

/**
 * `not_judged`: measured and compared (its change is shown) but not a cost the verdict weighs: a shape of the run
 * (CPU share), or a metric the user did not name with `--judge` (threads, faults, context switches…).
 */
export type VerdictKind = 'regressed' | 'improved' | 'unchanged' | 'insufficient_history' | 'not_judged';

export interface MetricVerdict {
  verdict: VerdictKind;
  /** Relative change against the baseline centre, in percent; null without a baseline. */
  change_pct: number | null;
  /**
   * An `unchanged` verdict: the smallest rise, in percent of the baseline centre, this baseline would have called
   * regressed (the larger of the relative threshold and the spread-based bound). A young, noisy series cannot see
   * small changes: this says how small.
   */
  detectable_pct?: number;
  /**
   * The value above which this verdict's rule calls the metric regressed, in the metric's unit: the baseline centre
   * plus the largest of the relative threshold and k(n) spreads, or the rank guard (for a verdict confirmed by re-runs,
   * the bound the least of the runs was judged by; for one reached by the three-run window, the single-run limit
   * this run was measured against). Absent where no such value exists: too few baseline runs, a metric not judged, a rank test.
   */
  limit?: number;
  /**
   * A time metric that regressed while the machine was busier or slower (analysis/busy-machine.ts): the cores other
   * work kept busy during this run and each of its re-runs, and the median of the baseline runs'; the milliseconds
   * pyrun's calibration loop took after each run, and the baseline runs' median, where both were read. The verdict
   * is then `not_judged` (withheld), or stays `regressed` under `--busy-machine judge`.
   */
  busy_machine?: {
    cores: number[];
    baseline_cores: number;
    calibration?: number[];
    baseline_calibration?: number;
  };
  /**
   * A suspected regression confirmed or dismissed by running the script again (analysis/confirm.ts): this metric's
   * values in the re-runs. The verdict is then that of the least of this run and its re-runs.
   */
  reruns?: number[];
  /** How the verdict was reached, e.g. `median±3·MAD` or `mann-whitney-u`. */
  statistic: string;
  /** One-sided p-value where a test was used. */
  p_value?: number;
}

/** Where the run happened: runs compare only against runs of the same fingerprint. */
export interface Fingerprint {
  os: string;
  arch: string;
  python_version: string;
  executor: 'local' | 'ssh' | 'docker';
  /** Where a remote executor ran it: the SSH host or the Docker image; null for a local run. */
  host: string | null;
  git_ref: string | null;
  git_sha: string | null;
}

/** One attempt under `--retries`: every attempt is recorded, the last decides. */
export interface Attempt {
  attempt: number;
  exit_code: number | null;
  signal: string | null;
  duration_s: number;
  timed_out: boolean;
}

/** One function of a cProfile profile, named as pstats prints it: `file:line(name)` or `{built-in …}`. */
export interface ProfileEntry {
  function: string;
  /** Calls, recursive ones included. */
  calls: number;
  /** Time in the function's own body (pstats' tottime). */
  own_s: number;
  /** Time in the function and everything it called (pstats' cumtime). */
  cumulative_s: number;
}

/** Where the script's time went (`--profile`): the top functions of its cProfile profile and the files kept. */
export interface RunProfile {
  top_own: ProfileEntry[];
  top_cumulative: ProfileEntry[];
  /** Own time of every profiled function together: the profiled part of the run, overhead included. */
  total_s: number;
  pstats_path: string;
  speedscope_path: string;
  overhead_note?: string;
  /** Why the run has no profile although one was asked for (e.g. the script was killed before writing it). */
  error?: string;
}

/** One function whose own time grew against the baseline profile. */
export interface ProfileGrowth {
  function: string;
  /** null: not among the baseline's top functions (its time there was at most the smallest listed). */
  baseline_own_s: number | null;
  current_own_s: number;
  /** current − baseline (against the smallest listed baseline time when the function was not listed). */
  growth_s: number;
  /** Relative growth in percent; null when the baseline time is unknown or zero. */
  growth_pct: number | null;
  baseline_cumulative_s: number | null;
  current_cumulative_s: number;
}

/** This run's profile against the newest baseline run that has one. */
export interface ProfileDiff {
  baseline_run_id: string;
  /** Functions whose own time grew most, largest growth first. */
  grown: ProfileGrowth[];
}

/** One process of an `--instructions` run: what it was and how many instructions it executed itself. */
export interface ProcessInstructions {
  pid: number;
  /** Its command line as valgrind saw it (the interpreter, the script and its arguments). */
  command: string;
  /** Instructions it executed itself. */
  count: number;
}

/** How an `--instructions` run was counted, and where the instructions went. */
export interface Instrumentation {
  tool: 'callgrind';
  /** PYTHONHASHSEED the script ran with: the user's, or the fixed one pyrun set so that runs repeat. */
  pythonhashseed: string;
  /** The tree's processes, with their own counts (they add up to the run's instruction count). */
  per_process: ProcessInstructions[];
  /** The callgrind files (`callgrind.out.<pid>`, for KCachegrind) and valgrind's logs of the execution shown. */
  out_dir: string;
  /** Every other metric of this run was measured under valgrind: real, but many times slower than a plain run. */
  note: string;
}

/** The run record (docs/history-schema.md): `--json FILE`, the action's `report-json`, and one row of history. */
export interface RunRecord extends RunMetrics, Fingerprint {
  name: string;
  run_id: string;
  started_at: string;
  status: RunStatus;
  signal: string | null;
  /** Number of samples taken. */
  samples: number;
  /** Downsampled samples, peaks kept. */
  series: Sample[];
  interval_s: number;
  gates: GateResult[];
  alerts: AlertFiring[];
  baseline: Partial<Record<ComparableMetric, BaselineEntry>>;
  verdicts: Partial<Record<ComparableMetric, MetricVerdict>>;
  attempts: Attempt[];
  /** Benchmark mode (`--repeat N`): the summary of each measured run; the record's metrics are their medians. */
  repeats?: RunMetrics[];
  /** Why pyrun could not run the script at all (its interpreter died before it started); the run exits 125. */
  error?: string;
  /** Benchmark mode: mean ± σ, median, min and max per metric over the repeats, and hyperfine-style warnings. */
  benchmark?: RepeatStatistics;
  /** True for a pull request's run: it never becomes anyone's baseline. */
  is_pull_request?: boolean;
  /** True when the container's memory limit killed a process of the tree (the OOM killer, in its cgroup). */
  oom_killed?: boolean;
  /** `--instructions`: the run was counted under valgrind; per-process counts and the callgrind files. */
  instrumentation?: Instrumentation;
  /** `--profile`: the script's own profile (cProfile). */
  profile?: RunProfile;
  /** `--profile` with a profiled baseline run: the functions whose time grew most. */
  profile_diff?: ProfileDiff;
  script: string;
  pyrun_version: string;
}
