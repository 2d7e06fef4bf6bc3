/**
 * A seeded CI-timeline simulator for pyrun's verdicts. It replays histories a team's CI produces — pushes to the
 * baseline branch, pull-request runs, profiled runs — through the REAL baseline query and judge
 * (judgeAgainstHistory over an in-memory HistoryStore), and counts what a team would see:
 *
 * - false alarms: per metric per judged run, how often a metric that did not change is called `regressed`;
 * - detection (power): how often a regression landing at push k is called `regressed` on its first run, and
 *   on any run before it is fixed;
 * - gates written against `baseline`: how often they fail on a regressed run and on a clean one.
 *
 * Noise is log-normal by default: each noisy metric is centre · exp(σ·z − σ²/2) with σ = √ln(1 + CV²). Real runs
 * on a shared machine are not (docs/verdicts.md, "On real runs": two humps, bursts, 10–20% of runs beyond 3 robust
 * σ), so a timeline may instead draw its noise from recorded real runs (`noise`, ./real-noise.ts), and confirm a
 * suspected regression with re-runs as `pyrun run` does (`confirm_runs`). The first run of a timeline is a cold
 * start (slower by COLD_START_FACTOR), profiled runs are slower by PROFILE_FACTOR.
 */
import { HistoryStore } from '../../src/engine/history/store.js';
import { judgeAgainstHistory, MIN_BASELINE_RUNS } from '../../src/engine/judge.js';
import { parseGate, type GateRule } from '../../src/engine/rules/index.js';
import { BYTES_PER_MB, type ComparableMetric, type RunRecord } from '../../src/engine/types.js';
import type { NoiseSource } from './real-noise.js';

export const COLD_START_FACTOR = 1.3;
export const PROFILE_FACTOR = 1.5;
/** Peak memory wanders far less than time: 0.5% (measured 0.1–0.2% on real runs, see analysis/baseline.ts). */
export const RSS_CV = 0.005;
/** The metrics whose false alarms are counted: the ones with noise. */
export const NOISY_METRICS: readonly ComparableMetric[] = ['duration_s', 'cpu_time_s', 'peak_rss_mb'];

/** A uniform generator on [0, 1) from a 32-bit seed (mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(uniform: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

function logNormal(uniform: () => number, cv: number): number {
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  return Math.exp(sigma * normal(uniform) - (sigma * sigma) / 2);
}

export interface Timeline {
  /** Run-to-run noise of duration and CPU time (coefficient of variation). */
  cv: number;
  pushes: number;
  /** Time metrics are multiplied by `factor` from push `at` (0-based) until push `fixed_at`. */
  regression?: { factor: number; at: number; fixed_at: number };
  /** Every k-th push (k, 2k, …) is profiled. */
  profiled_every?: number;
  /** Every k-th push is a pull request's run instead (judged, never a baseline). */
  pull_request_every?: number;
  gates?: readonly string[];
  min_baseline_runs?: number;
  /** Noise drawn from real runs instead of log-normal noise at `cv` (./real-noise.ts). */
  noise?: NoiseSource;
  /** A run called regressed is run again up to this many times, as `pyrun run --confirm-runs` does (default 0). */
  confirm_runs?: number;
}

/**
 * Other tools' rules on the same runs, for comparison (duration_s only; null where the rule cannot judge):
 * github-action-benchmark's default (regressed when over 200% of the previous run) and a t-test like Bencher's
 * (over mean + t(0.99, n − 1)·sd of the baseline runs).
 */
export interface OtherRules {
  previous_200pct: boolean | null;
  t_test_99: boolean | null;
  /**
   * Bounds, not rules a tool could use: both are told which baseline run was the cold start and leave it out,
   * and compare logs (the noise is log-normal), one-sided at 1% — the most false alarms the targets allow.
   * - `t_clean_99`: over mean + t(0.99, m − 1)·sd·√(1 + 1/m) of the m clean runs. Under normal noise of unknown
   *   level no rule that keeps false alarms at 1% whatever the CV does better (the t-test is the uniformly most
   *   powerful unbiased test there): the ceiling for any verdict on m runs.
   * - `known_sigma_99`: over mean + z(0.99)·σ·√(1 + 1/m), told σ too: the ceiling if the noise level were known
   *   before the first run.
   */
  t_clean_99: boolean | null;
  known_sigma_99: boolean | null;
}

/** Student's t 0.99 quantile for 1..30 degrees of freedom (standard table); beyond, 30's. */
const T_99 = [
  31.821, 6.965, 4.541, 3.747, 3.365, 3.143, 2.998, 2.896, 2.821, 2.764, 2.718, 2.681, 2.65, 2.624, 2.602,
  2.583, 2.567, 2.552, 2.539, 2.528, 2.518, 2.508, 2.5, 2.492, 2.485, 2.479, 2.473, 2.467, 2.462, 2.457,
];

/** Standard normal 0.99 quantile. */
const Z_99 = 2.3263;

function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
  return { mean, sd: Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1)) };
}

const t99 = (df: number): number => T_99[Math.min(df, T_99.length) - 1]!;

function otherRules(
  value: number,
  baselineRuns: readonly { run_id: string; duration_s: number }[],
  cv: number,
): OtherRules {
  const newestFirst = baselineRuns.map((r) => r.duration_s);
  const n = newestFirst.length;
  const previous_200pct = n === 0 ? null : value > 2 * newestFirst[0]!;
  const clean = baselineRuns.filter((r) => r.run_id !== 'sim-0').map((r) => Math.log(r.duration_s));
  const m = clean.length;
  const sigma = Math.sqrt(Math.log1p(cv * cv)); // of log-normal noise with this CV
  const known_sigma_99 =
    m === 0 ? null : Math.log(value) > meanSd(clean).mean + Z_99 * sigma * Math.sqrt(1 + 1 / m);
  let t_clean_99: boolean | null = null;
  if (m >= 2) {
    const { mean, sd } = meanSd(clean);
    t_clean_99 = Math.log(value) > mean + t99(m - 1) * sd * Math.sqrt(1 + 1 / m);
  }
  if (n < 2) return { previous_200pct, t_test_99: null, t_clean_99, known_sigma_99 };
  const { mean, sd } = meanSd(newestFirst);
  return { previous_200pct, t_test_99: value > mean + t99(n - 1) * sd, t_clean_99, known_sigma_99 };
}

export interface JudgedPush {
  push: number;
  regressed_now: boolean;
  pull_request: boolean;
  profiled: boolean;
  /** Baseline runs of duration_s (0 without a baseline). */
  baseline_runs: number;
  record: RunRecord;
  other: OtherRules;
}

const CENTRES = { duration_s: 2, cpu_time_s: 1.6, peak_rss_mb: 80 };

function makeRun(
  i: number,
  uniform: () => number,
  t: Timeline,
): Omit<JudgedPush, 'baseline_runs' | 'record' | 'other'> & {
  run: RunRecord;
} {
  const regressed_now = t.regression !== undefined && i >= t.regression.at && i < t.regression.fixed_at;
  const pull_request = t.pull_request_every !== undefined && i > 0 && i % t.pull_request_every === 0;
  const profiled = !pull_request && t.profiled_every !== undefined && i > 0 && i % t.profiled_every === 0;
  let slow = regressed_now ? t.regression!.factor : 1;
  if (i === 0) slow *= COLD_START_FACTOR;
  if (profiled) slow *= PROFILE_FACTOR;
  const real = t.noise?.next();
  const duration_s = CENTRES.duration_s * slow * (real?.duration_s ?? logNormal(uniform, t.cv));
  const cpu_time_s = CENTRES.cpu_time_s * slow * (real?.cpu_time_s ?? logNormal(uniform, t.cv));
  const peak_rss_mb = CENTRES.peak_rss_mb * (real?.peak_rss_mb ?? logNormal(uniform, RSS_CV));
  const run: RunRecord = {
    name: 'sim',
    run_id: `sim-${i}`,
    started_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    status: 'passed',
    exit_code: 0,
    signal: null,
    duration_s,
    cpu_time_s,
    cpu_percent_avg: 80,
    cpu_percent_max: 100,
    // Not simulated: rusage counters (null, as on a platform that cannot measure them).
    cpu_user_s: null,
    cpu_system_s: null,
    minor_faults: null,
    major_faults: null,
    voluntary_ctx_switches: null,
    involuntary_ctx_switches: null,
    instructions: null,
    neighbour_cores: null,
    calibration_ms: null,
    peak_rss_mb,
    peak_rss_bytes: Math.round(peak_rss_mb * BYTES_PER_MB),
    max_threads: 1,
    max_processes: 1,
    read_mb: 1,
    read_bytes: BYTES_PER_MB,
    write_mb: 0,
    write_bytes: 0,
    os: 'linux',
    arch: 'x64',
    python_version: '3.12.3',
    executor: 'local',
    host: null,
    git_ref: pull_request ? `refs/pull/${i}/merge` : 'refs/heads/main',
    git_sha: null,
    samples: 0,
    series: [],
    interval_s: 0.5,
    gates: [],
    alerts: [],
    baseline: {},
    verdicts: {},
    attempts: [],
    script: 'sim.py',
    pyrun_version: 'sim',
    ...(pull_request ? { is_pull_request: true } : {}),
    ...(profiled
      ? {
          profile: {
            top_own: [],
            top_cumulative: [],
            total_s: duration_s,
            pstats_path: '',
            speedscope_path: '',
          },
        }
      : {}),
  };
  return { push: i, regressed_now, pull_request, profiled, run };
}

/** One timeline through the real judge and an in-memory history; every push is judged, then remembered. */
export async function replay(t: Timeline, seed: number): Promise<JudgedPush[]> {
  const uniform = mulberry32(seed);
  const gates: GateRule[] = (t.gates ?? []).map((g) => parseGate(g));
  const store = await HistoryStore.openInMemory();
  try {
    const out: JudgedPush[] = [];
    for (let i = 0; i < t.pushes; i += 1) {
      const { run, ...push } = makeRun(i, uniform, t);
      const judgeWith = (reruns: RunRecord[]) =>
        judgeAgainstHistory({
          store,
          baseline_ref: 'refs/heads/main',
          record: run,
          gates,
          options: { min_baseline_runs: t.min_baseline_runs ?? MIN_BASELINE_RUNS },
          reruns,
        });
      let { record, baselineRuns } = judgeWith([]);
      if (record.status === 'regressed' && (t.confirm_runs ?? 0) > 0) {
        // The same code run again at once: the next draws of the same noise (a burst carries over).
        const reruns = Array.from({ length: t.confirm_runs! }, () => makeRun(i, uniform, t).run);
        ({ record, baselineRuns } = judgeWith(reruns));
      }
      store.insert(record);
      out.push({
        ...push,
        baseline_runs: record.baseline.duration_s?.runs ?? 0,
        record,
        other: otherRules(record.duration_s, baselineRuns, t.cv),
      });
    }
    return out;
  } finally {
    store.close();
  }
}

export interface Rate {
  hits: number;
  trials: number;
}

export const rate = (r: Rate): number => (r.trials === 0 ? Number.NaN : r.hits / r.trials);

/**
 * False alarms per metric per judged run on clean timelines (no regression; a cold first run; profiled and
 * pull-request runs as the timeline says), bucketed by the number of baseline runs.
 */
export interface FalseAlarms {
  /** pyrun, per metric-run, by baseline runs. */
  pyrun: Map<number, Rate>;
  /** duration_s only, by baseline runs: pyrun and the other rules. */
  duration: { pyrun: Map<number, Rate>; previous_200pct: Map<number, Rate>; t_test_99: Map<number, Rate> };
}

function count(map: Map<number, Rate>, n: number, hit: boolean): void {
  const cell = map.get(n) ?? { hits: 0, trials: 0 };
  cell.trials += 1;
  if (hit) cell.hits += 1;
  map.set(n, cell);
}

export async function falseAlarms(
  t: Omit<Timeline, 'regression' | 'noise'> & { noise?: (seed: number) => NoiseSource },
  trials: number,
  seed: number,
): Promise<FalseAlarms> {
  const byRuns = new Map<number, Rate>();
  const duration: FalseAlarms['duration'] = {
    pyrun: new Map(),
    previous_200pct: new Map(),
    t_test_99: new Map(),
  };
  for (let k = 0; k < trials; k += 1) {
    const { noise, ...timeline } = t;
    for (const push of await replay(
      { ...timeline, ...(noise ? { noise: noise(seed + k) } : {}) },
      seed + k,
    )) {
      const n = push.baseline_runs;
      const v = push.record.verdicts.duration_s;
      if (v && v.verdict !== 'insufficient_history') count(duration.pyrun, n, v.verdict === 'regressed');
      if (push.other.previous_200pct !== null) count(duration.previous_200pct, n, push.other.previous_200pct);
      if (push.other.t_test_99 !== null) count(duration.t_test_99, n, push.other.t_test_99);
      for (const metric of NOISY_METRICS) {
        const v = push.record.verdicts[metric];
        if (!v || v.verdict === 'insufficient_history') continue;
        count(byRuns, push.record.baseline[metric]?.runs ?? 0, v.verdict === 'regressed');
      }
    }
  }
  return { pyrun: byRuns, duration };
}

export interface Detection {
  /** duration_s called regressed on the first regressed run. */
  first: Rate;
  /** …on any regressed run before the fix (the window is `window` pushes). */
  window: Rate;
  /** duration_s or cpu_time_s called regressed on the first regressed run, and on any before the fix. */
  first_time: Rate;
  window_time: Rate;
  /** A gate failed on the first regressed run. */
  gate_first: Rate;
  /** A gate failed on a clean run (before the regression). */
  gate_clean: Rate;
  /** The other rules on the first regressed run. */
  previous_200pct_first: Rate;
  t_test_99_first: Rate;
  t_clean_99_first: Rate;
  known_sigma_99_first: Rate;
}

/** A regression of `factor` landing after `baseline_runs` clean pushes and fixed `window` pushes later. */
export async function detection(
  opts: {
    cv: number;
    factor: number;
    baseline_runs: number;
    window: number;
    gates?: readonly string[];
    noise?: (seed: number) => NoiseSource;
    confirm_runs?: number;
  },
  trials: number,
  seed: number,
): Promise<Detection> {
  const d: Detection = {
    first: { hits: 0, trials: 0 },
    window: { hits: 0, trials: 0 },
    first_time: { hits: 0, trials: 0 },
    window_time: { hits: 0, trials: 0 },
    gate_first: { hits: 0, trials: 0 },
    gate_clean: { hits: 0, trials: 0 },
    previous_200pct_first: { hits: 0, trials: 0 },
    t_test_99_first: { hits: 0, trials: 0 },
    t_clean_99_first: { hits: 0, trials: 0 },
    known_sigma_99_first: { hits: 0, trials: 0 },
  };
  const at = opts.baseline_runs;
  for (let k = 0; k < trials; k += 1) {
    const pushes = await replay(
      {
        cv: opts.cv,
        pushes: at + opts.window,
        regression: { factor: opts.factor, at, fixed_at: at + opts.window },
        gates: opts.gates ?? [],
        ...(opts.noise ? { noise: opts.noise(seed + k) } : {}),
        ...(opts.confirm_runs ? { confirm_runs: opts.confirm_runs } : {}),
      },
      seed + k,
    );
    const regressedRuns = pushes.filter((p) => p.regressed_now);
    const called = (p: JudgedPush) => p.record.verdicts.duration_s?.verdict === 'regressed';
    const gateFailed = (p: JudgedPush) => p.record.gates.some((g) => g.status === 'failed');
    d.first.trials += 1;
    d.window.trials += 1;
    if (called(regressedRuns[0]!)) d.first.hits += 1;
    if (regressedRuns.some(called)) d.window.hits += 1;
    const timeCalled = (p: JudgedPush) => called(p) || p.record.verdicts.cpu_time_s?.verdict === 'regressed';
    d.first_time.trials += 1;
    d.window_time.trials += 1;
    if (timeCalled(regressedRuns[0]!)) d.first_time.hits += 1;
    if (regressedRuns.some(timeCalled)) d.window_time.hits += 1;
    const other = regressedRuns[0]!.other;
    const tally = (rate: Rate, hit: boolean | null): void => {
      if (hit === null) return;
      rate.trials += 1;
      if (hit) rate.hits += 1;
    };
    tally(d.previous_200pct_first, other.previous_200pct);
    tally(d.t_test_99_first, other.t_test_99);
    tally(d.t_clean_99_first, other.t_clean_99);
    tally(d.known_sigma_99_first, other.known_sigma_99);
    if (opts.gates?.length) {
      d.gate_first.trials += 1;
      if (gateFailed(regressedRuns[0]!)) d.gate_first.hits += 1;
      for (const p of pushes.filter((q) => !q.regressed_now && q.push > 0)) {
        d.gate_clean.trials += 1;
        if (gateFailed(p)) d.gate_clean.hits += 1;
      }
    }
  }
  return d;
}
