/**
 * The pipeline's execute step, for one prepared run: run the script as the run asks (./run-script.ts: retries,
 * warm-ups, measured runs) and measure it, under cProfile when `--profile` asks (./profile/run.ts). Nothing else:
 * judging it, its end-of-run alerts and the history are later steps. The live alerts watch the samples through
 * the hooks they are given.
 */
import { launchLabel, type LaunchSpec, type RunningScript } from './exec/types.js';
import { metricRow, RUN_METRIC_FIELDS } from '../metrics.js';
import type { Clock, Logger, ProcSource } from '../ports.js';
import { profiledLaunch, readRunProfile, type ProfileFiles } from './profile/run.js';
import type { RunMetrics, RunRecord } from '../types.js';
import { runScript, type RunHooks, type RunSpec } from './run-script.js';

export interface ExecuteDeps {
  clock: Clock;
  proc: ProcSource;
  log: Logger;
  hooks?: RunHooks;
}

/** What the execute step needs of a prepared run (../prepare.ts). */
export interface RunToExecute {
  spec: RunSpec;
  /** Starts the script on the chosen executor. */
  start(launch: LaunchSpec): RunningScript;
  /** `--profile`: where its files go; null when not asked. */
  profile: ProfileFiles | null;
}

/** The measured record: metrics, samples, attempts; its gates, baseline, verdicts and alerts still empty. */
export async function execute(run: RunToExecute, deps: ExecuteDeps): Promise<RunRecord> {
  const warn = (message: string) => deps.log.warn(message);
  const launch = await profiledLaunch(run.spec.launch, run.spec.executor, run.profile, warn);
  const measured = await runScript(
    { ...run.spec, launch },
    { clock: deps.clock, proc: deps.proc, start: run.start },
    deps.hooks,
  );
  if (!run.profile || launch.profile_path === undefined) return measured;
  const about = { python: launch.python, name: run.spec.name, pyrun_version: run.spec.pyrun_version };
  return { ...measured, profile: await readRunProfile(run.profile, about, warn) };
}

/**
 * The record of a run whose script never started (its interpreter died first, ScriptStartError): no measurement,
 * status failed, `error` naming the cause. It exits 125 and is never remembered.
 */
export function unstartedRecord(run: Pick<RunToExecute, 'spec'>, error: string): RunRecord {
  const metrics = Object.fromEntries(
    RUN_METRIC_FIELDS.map((field) => [field, metricRow(field)?.nullable ? null : 0]),
  ) as unknown as RunMetrics;
  return {
    ...metrics,
    name: run.spec.name,
    run_id: run.spec.run_id ?? '',
    started_at: new Date().toISOString(),
    status: 'failed',
    signal: null,
    error,
    samples: 0,
    series: [],
    interval_s: run.spec.interval_s,
    gates: [],
    alerts: [],
    baseline: {},
    verdicts: {},
    attempts: [],
    is_pull_request: run.spec.is_pull_request,
    os: process.platform,
    arch: process.arch,
    python_version: 'unknown',
    executor: run.spec.executor,
    host: run.spec.host ?? null,
    git_ref: run.spec.git_ref,
    git_sha: run.spec.git_sha,
    script: launchLabel(run.spec.launch),
    pyrun_version: run.spec.pyrun_version,
  };
}
