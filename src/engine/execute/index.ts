/**
 * Steps two to four of the pipeline for one prepared run: execute and sample it with live alerts, judge it against
 * the baseline runs the history chose, fire the end-of-run alerts. Infrastructure trouble (a dead alert channel, a
 * profile that cannot be read) is a warning; the record is never lost to it.
 */
import { profileDiff } from '../analysis/profile-diff.js';
import type { HistoryStore, StoredRun } from '../history/index.js';
import { judgeAgainstHistory } from '../judge.js';
import { regressedMetrics } from '../verdicts.js';
import type { Clock, Logger, ProcSource } from '../ports.js';
import type { PreparedRun } from '../prepare.js';
import { AlertEvaluator, eventRules, firesOnEvent, type AlertEvent } from '../rules/index.js';
import { runScript, type RunHooks, type RunSpec } from './run-script.js';
import type { AlertFiring, RunMetrics, RunProfile, RunRecord, Sample } from '../types.js';
import { settled } from '../confirm.js';
import { RUN_METRIC_FIELDS } from '../metrics.js';
import { formatChangePct } from '../report/numbers.js';

export interface ExecuteDeps {
  clock: Clock;
  proc: ProcSource;
  log: Logger;
  hooks?: RunHooks;
}

export interface JudgeContext {
  /**
   * The history, asked for once the script has ended: its file was read before the script started, and it may be
   * parsed while the script runs. null: judged against nothing.
   */
  store(): Promise<Pick<HistoryStore, 'baselineRuns'> | null>;
  /** Whose runs form the baseline; null: every ref. */
  baseline_ref: string | null;
}

export async function executeRun(
  run: PreparedRun,
  judging: JudgeContext,
  deps: ExecuteDeps,
): Promise<RunRecord> {
  const { log, hooks = {} } = deps;
  const alerts: AlertFiring[] = [];
  const fire = (rule: string, at_s: number, value: number | null, kind: 'threshold' | 'event') => {
    const channels = run.alertSink?.fire({ rule, at_s, value, kind }) ?? [];
    alerts.push({ rule, at_s, value, channels });
    const shown = value === null ? '' : ` (value ${round(value)})`;
    log.warn(
      `alert: ${rule}${shown} at ${at_s.toFixed(1)} s${channels.length ? ` → ${channels.join(', ')}` : ''}`,
    );
  };

  const live = new AlertEvaluator(run.rules.alerts);
  const onSample = (sample: Sample) => {
    for (const t of live.observe(sample)) fire(t.rule, t.at_s, t.value, 'threshold');
    hooks.onSample?.(sample);
  };
  const spec = await profiledSpec(run, log);
  let measured = await runScript(
    spec,
    { clock: deps.clock, proc: deps.proc, start: run.start },
    { ...hooks, onSample },
  );
  if (run.profile && spec.launch.profile_path !== undefined) {
    measured = { ...measured, profile: await readProfile(run, spec, log) };
  }

  // The one baseline query and judge, shared with `pyrun compare` (so they agree field for field).
  const judgeInput = {
    store: await judging.store(),
    baseline_ref: judging.baseline_ref,
    record: measured,
    gates: run.rules.gates,
    options: { min_baseline_runs: run.config.min_baseline_runs, judged: run.config.judge },
  };
  let { record: judgedRecord, baselineRuns } = judgeAgainstHistory(judgeInput);
  const reruns = await confirmationRuns(run, judgedRecord, baselineRuns, deps);
  if (reruns.length > 0)
    ({ record: judgedRecord, baselineRuns } = judgeAgainstHistory({ ...judgeInput, reruns }));
  const judged = withProfileDiff(judgedRecord, baselineRuns);

  const events = new Set<AlertEvent>();
  if (judged.status === 'failed') events.add('failure');
  if (judged.status === 'timeout') events.add('timeout');
  if (regressedMetrics(judged).length > 0) events.add('regression');
  if (judged.gates.some((g) => !g.passed)) events.add('gate_failed');
  for (const rule of eventRules(run.rules.alerts)) {
    if (firesOnEvent(rule, events)) fire(rule.source, judged.duration_s, null, 'event');
  }
  return { ...judged, alerts };
}

/**
 * A run that looks regressed is run again, up to `confirm_runs` times, until its suspected metrics are settled
 * (./confirm.ts): the re-runs' metrics, or none when nothing is suspected or confirming is off. Re-runs fire no
 * alerts and are not recorded as runs of their own; a re-run that fails ends the confirming (the suspicion stands).
 */
async function confirmationRuns(
  run: PreparedRun,
  judged: RunRecord,
  baselineRuns: readonly StoredRun[],
  deps: ExecuteDeps,
): Promise<RunMetrics[]> {
  const planned = run.config.confirm_runs;
  const regressed = regressedMetrics(judged);
  // Benchmark mode already judges many runs; an instruction count is exact (its re-runs would only repeat it, at
  // valgrind's cost).
  if (planned === 0 || judged.status !== 'regressed' || judged.repeats !== undefined) return [];
  if (judged.instrumentation !== undefined) return [];
  const suspected = Object.fromEntries(regressed.map((m) => [m, judged.verdicts[m]]));
  const opts = { min_baseline_runs: run.config.min_baseline_runs, suspected };
  const shown = regressed.map((m) => `${m} ${formatChangePct(judged.verdicts[m]?.change_pct)}`).join(', ');
  const reruns: RunMetrics[] = [];
  for (let i = 1; i <= planned; i += 1) {
    deps.hooks?.onProgress?.(
      `${run.spec.name} looks regressed (${shown}): confirming, re-run ${i} of at most ${planned}`,
    );
    const again = await runScript(
      { ...run.spec, retries: 0, repeat: 1, warmup: 0 },
      { clock: deps.clock, proc: deps.proc, start: run.start },
      { onInterruptible: deps.hooks?.onInterruptible },
    );
    if (again.status !== 'passed') {
      deps.log.warn(
        `re-run ${i} to confirm the regression did not pass (${again.status}); the suspicion stands`,
      );
      break;
    }
    reruns.push(runMetricsOf(again));
    if (settled([judged, ...reruns], baselineRuns, planned, opts)) break;
  }
  return reruns;
}

function runMetricsOf(record: RunRecord): RunMetrics {
  return Object.fromEntries(RUN_METRIC_FIELDS.map((f) => [f, record[f]])) as unknown as RunMetrics;
}

/** The spec with the profile path set when `--profile` asks for one and its directory can be made. */
async function profiledSpec(run: PreparedRun, log: Logger): Promise<RunSpec> {
  if (!run.profile) return run.spec;
  if (run.spec.executor !== 'local') {
    log.warn(`--profile works with the local executor only; this run (${run.spec.executor}) is not profiled`);
    return run.spec;
  }
  // Loaded only for a profiled run (it brings node:fs/promises and the profile readers, which an unprofiled run's start-up does without).
  const { prepareProfileFiles } = await import('../profile/index.js');
  try {
    await prepareProfileFiles(run.profile);
  } catch (error) {
    log.warn(`cannot profile this run: ${(error as Error).message}`);
    return run.spec;
  }
  return { ...run.spec, launch: { ...run.spec.launch, profile_path: run.profile.pstats_path } };
}

async function readProfile(run: PreparedRun, spec: RunSpec, log: Logger): Promise<RunProfile> {
  const paths = run.profile!;
  const { collectProfile, missingProfile } = await import('../profile/index.js');
  try {
    return await collectProfile({
      ...paths,
      python: spec.launch.python,
      name: spec.name,
      exporter: `pyrun@${spec.pyrun_version}`,
    });
  } catch (error) {
    const why = (error as Error).message;
    log.warn(`no profile for this run: ${why}`);
    return missingProfile(paths, why);
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
