/**
 * One whole pyrun run, shared by the CLI and the action: check the rules, run and measure the script with live
 * alerts, judge it against its history, fire end-of-run alerts, and remember it. Infrastructure trouble (a
 * damaged history, a dead alert channel) is a warning; the run and its record are never lost to it.
 */
import type { MeasureDeps } from './measure.js';
import type { Logger } from './ports.js';
import { profileDiff } from './analysis/profile-diff.js';
import { HistoryError, HistoryStore, DEFAULT_MAX_RUNS_PER_SERIES, type StoredRun } from './history/index.js';
import { collectProfile, missingProfile, prepareProfileFiles, type ProfilePaths } from './profile/index.js';
import { judgeAgainstHistory, MIN_BASELINE_RUNS, regressedMetrics } from './judge.js';
import {
  AlertEvaluator,
  eventRules,
  firesOnEvent,
  parseAlert,
  parseGate,
  type AlertEvent,
  type AlertRule,
  type GateRule,
} from './rules/index.js';
import { runScript, type RunHooks, type RunSpec } from './run.js';
import type { AlertFiring, RunProfile, RunRecord, Sample } from './types.js';

/** Where fired alerts go (the alert dispatcher); `fire` must return at once and never throw. */
export interface AlertSink {
  fire(alert: { rule: string; at_s: number; value: number | null; kind: 'threshold' | 'event' }): string[];
  drain(max_wait_ms: number): Promise<void>;
}

export interface ParsedRules {
  gates: GateRule[];
  alerts: AlertRule[];
}

/** Parses every rule before anything runs; a bad one throws a RuleError naming the rule and the position. */
export function parseRules(gates: readonly string[], alerts: readonly string[]): ParsedRules {
  return { gates: gates.map((g) => parseGate(g)), alerts: alerts.map((a) => parseAlert(a)) };
}

export interface SessionOptions {
  spec: RunSpec;
  rules: ParsedRules;
  /** null: no history is read or written. */
  history: { path: string; baseline_ref: string | null; max_runs_per_series?: number } | null;
  /** Ignored: a regression is status `regressed` either way (judge.ts); the face decides what fails a step. */
  regressionFails?: boolean;
  /** Baseline runs needed for an automatic verdict (`--min-baseline-runs`, default 5). */
  min_baseline_runs?: number;
  alertSink: AlertSink | null;
  /** How long to wait at the end for alerts still being delivered. */
  alert_drain_ms?: number;
  /**
   * `--profile`: run the script under cProfile, keep the stats and a speedscope file at these paths, record the
   * top functions (`top_n`, default 20; paths under `base_dir` shown relative) and, against the newest profiled
   * baseline run, the functions whose time grew most. Local executor only.
   */
  profile?: (ProfilePaths & { top_n?: number; base_dir?: string }) | null;
}

export async function runSession(
  opts: SessionOptions,
  deps: MeasureDeps & { log: Logger },
  hooks: RunHooks = {},
): Promise<RunRecord> {
  const { log } = deps;
  const alerts: AlertFiring[] = [];
  const fire = (rule: string, at_s: number, value: number | null, kind: 'threshold' | 'event') => {
    const channels = opts.alertSink?.fire({ rule, at_s, value, kind }) ?? [];
    alerts.push({ rule, at_s, value, channels });
    const shown = value === null ? '' : ` (value ${round(value)})`;
    log.warn(
      `alert: ${rule}${shown} at ${at_s.toFixed(1)} s${channels.length ? ` → ${channels.join(', ')}` : ''}`,
    );
  };

  const live = new AlertEvaluator(opts.rules.alerts);
  const onSample = (sample: Sample) => {
    for (const t of live.observe(sample)) fire(t.rule, t.at_s, t.value, 'threshold');
    hooks.onSample?.(sample);
  };
  const spec = await profiledSpec(opts, log);
  let measured = await runScript(spec, deps, { ...hooks, onSample });
  if (opts.profile && spec.launch.profile_path !== undefined) {
    measured = { ...measured, profile: await readProfile(opts.profile, spec, log) };
  }

  let store: HistoryStore | null = null;
  if (opts.history) {
    try {
      store = await HistoryStore.open(opts.history.path);
      for (const w of store.warnings) log.warn(w);
    } catch (error) {
      if (!(error instanceof HistoryError)) throw error;
      log.warn(`${error.message}; this run is judged without history and not remembered`);
    }
  }
  const judged = judgeAgainstHistory({
    store,
    baseline_ref: opts.history?.baseline_ref ?? null,
    record: measured,
    gates: opts.rules.gates,
    options: { min_baseline_runs: opts.min_baseline_runs ?? MIN_BASELINE_RUNS },
  });
  const record = withProfileDiff(judged.record, judged.baselineRuns);

  const events = new Set<AlertEvent>();
  if (record.status === 'failed') events.add('failure');
  if (record.status === 'timeout') events.add('timeout');
  if (regressedMetrics(record).length > 0) events.add('regression');
  if (record.gates.some((g) => !g.passed)) events.add('gate_failed');
  for (const rule of eventRules(opts.rules.alerts)) {
    if (firesOnEvent(rule, events)) fire(rule.source, record.duration_s, null, 'event');
  }
  const final: RunRecord = { ...record, alerts };

  if (store && opts.history) {
    try {
      store.insert(final);
      store.retain(opts.history.max_runs_per_series ?? DEFAULT_MAX_RUNS_PER_SERIES);
      await store.save();
    } catch (error) {
      log.warn(`could not save the history to ${opts.history.path}: ${(error as Error).message}`);
    } finally {
      store.close();
    }
  }
  await opts.alertSink?.drain(opts.alert_drain_ms ?? 10_000);
  return final;
}

/** The spec with the profile path set when `--profile` asks for one and its directory can be made. */
async function profiledSpec(opts: SessionOptions, log: Logger): Promise<RunSpec> {
  if (!opts.profile) return opts.spec;
  if (opts.spec.executor !== 'local') {
    log.warn(
      `--profile works with the local executor only; this run (${opts.spec.executor}) is not profiled`,
    );
    return opts.spec;
  }
  try {
    await prepareProfileFiles(opts.profile);
  } catch (error) {
    log.warn(`cannot profile this run: ${(error as Error).message}`);
    return opts.spec;
  }
  return { ...opts.spec, launch: { ...opts.spec.launch, profile_path: opts.profile.pstats_path } };
}

async function readProfile(
  profile: NonNullable<SessionOptions['profile']>,
  spec: RunSpec,
  log: Logger,
): Promise<RunProfile> {
  try {
    return await collectProfile({
      ...profile,
      python: spec.launch.python,
      base_dir: profile.base_dir ?? spec.launch.cwd,
      name: spec.name,
      exporter: `pyrun@${spec.pyrun_version}`,
    });
  } catch (error) {
    const why = (error as Error).message;
    log.warn(`no profile for this run: ${why}`);
    return missingProfile(profile, why);
  }
}

/** The profile diff against the newest baseline run with a readable profile (baseline runs come newest first). */
function withProfileDiff(record: RunRecord, baselineRuns: readonly StoredRun[]): RunRecord {
  if (!record.profile || record.profile.error !== undefined) return record;
  const base = baselineRuns.find(
    (r) => r.profile && r.profile.error === undefined && r.profile.top_own.length > 0,
  );
  if (!base?.profile) return record;
  return { ...record, profile_diff: profileDiff(record.profile, { ...base.profile, run_id: base.run_id }) };
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
