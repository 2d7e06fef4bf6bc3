/**
 * Runs the script as the run asks: once, with retries of a failed attempt, or as a benchmark of warm-up plus
 * measured runs; executes each (./once.ts), measures each (./measure.ts), and assembles the run record's measured
 * part. Judging it (gates, baseline, verdicts) is ../judge.ts's work; this file only measures.
 */
import { launchLabel, type LaunchSpec } from './exec/types.js';
import { downsample, MAX_SERIES_SAMPLES } from '../history/downsample.js';
import { repeatStatistics } from '../analysis/benchmark-stats.js';
import { executeOnce, type Execution, type ExecutionDeps } from './once.js';
import { pause, retryDelay_s } from './retry.js';
import { medianRunMetrics } from '../medians.js';
import { executionStatus, measure } from './measure.js';
import type { Attempt, Fingerprint, Instrumentation, RunMetrics, RunRecord, Sample } from '../types.js';
import { newRunId } from '../run-id.js';

export interface RunSpec {
  name: string;
  launch: LaunchSpec;
  interval_s: number;
  timeout_s: number | null;
  grace_s: number;
  retries: number;
  /** Seconds before the first retry (0: retry at once); each later wait is `retry_backoff` times longer. */
  retry_delay_s?: number;
  retry_backoff?: number;
  repeat: number;
  warmup: number;
  executor: Fingerprint['executor'];
  /** The SSH host or Docker image for a remote executor; null locally. */
  host?: string | null;
  git_ref: string | null;
  git_sha: string | null;
  is_pull_request: boolean;
  pyrun_version: string;
  run_id?: string;
}

export interface RunHooks {
  onSample?(sample: Sample): void;
  /** A line about progress: attempts, warm-up and measured runs. */
  onProgress?(message: string): void;
  /**
   * From now on a SIGINT/SIGTERM to pyrun goes to `interrupt`: it ends the script's run (signalling its group), or
   * what `what` names (pyrun's wait for the history's lock, after the script).
   */
  onInterruptible?(interrupt: (sig: NodeJS.Signals) => void, what?: string): void;
  /** The script's process was just started (each attempt, warm-up and measured run): what waited may begin. */
  onSpawned?(): void;
}

export interface RunDeps extends ExecutionDeps {
  /** Chance in [0, 1) for the jitter of retry waits (default Math.random). */
  random?: () => number;
}

/** The measured run record: everything but gates, alerts, baseline and verdicts (empty here). */
export async function runScript(spec: RunSpec, deps: RunDeps, hooks: RunHooks = {}): Promise<RunRecord> {
  const started_at = new Date().toISOString();
  const attempts: Attempt[] = [];
  let executions = 0;
  let lastInstrumented: Instrumentation | undefined;
  const options = {
    interval_s: spec.interval_s,
    timeout_s: spec.timeout_s,
    grace_s: spec.grace_s,
    onSample: hooks.onSample,
    onInterruptible: hooks.onInterruptible,
    onSpawned: hooks.onSpawned,
  };
  /** One execution; under `--instructions`, in its own folder of callgrind files, and its count read after. */
  const executeOne = async (): Promise<Execution> => {
    executions += 1;
    // Loaded only for an instrumented run (node:fs/promises and the callgrind reader are off the plain path).
    const counting = spec.launch.counter ? await import('./instructions/count.js') : null;
    const launch = counting ? await counting.instrumentedLaunch(spec.launch, executions) : spec.launch;
    const m = await executeOnce(launch, deps, options);
    if (!counting) return m;
    const counts = await counting.executionCounts(launch, executionStatus(m) === 'passed');
    lastInstrumented = counting.instrumentation(launch, counts);
    return { ...m, instruction_count: counts?.total ?? null };
  };
  const executeWithRetries = async (label: string): Promise<Execution> => {
    for (let attempt = 1; ; attempt += 1) {
      const m = await executeOne();
      attempts.push({
        attempt, // counted per run: under --repeat every measured run's first try is attempt 1
        exit_code: m.exit.exit_code,
        signal: m.exit.signal,
        duration_s: m.exit.wall_s,
        timed_out: m.timed_out,
      });
      const ok = executionStatus(m) === 'passed';
      if (ok || m.interrupted !== null || attempt > spec.retries) return m;
      const wait_s = retryDelay_s(
        attempt,
        spec.retry_delay_s ?? 0,
        spec.retry_backoff ?? 2,
        deps.random ?? Math.random,
      );
      const when = wait_s > 0 ? ` in ${wait_s.toFixed(1)} s` : '';
      hooks.onProgress?.(
        `${label}attempt ${attempt} of ${spec.retries + 1} ${describeFailure(m)}; retrying${when}`,
      );
      if (wait_s > 0) {
        const interrupted = await pause(deps.clock, wait_s, hooks.onInterruptible);
        if (interrupted !== null) return { ...m, interrupted }; // stopped while waiting: no more attempts
      }
    }
  };

  let last: Execution;
  let metrics: RunMetrics;
  let repeats: RunMetrics[] | undefined;
  if (spec.repeat <= 1 && spec.warmup === 0) {
    last = await executeWithRetries('');
    metrics = measure(last);
  } else {
    for (let i = 1; i <= spec.warmup; i += 1) {
      hooks.onProgress?.(`warm-up ${i}/${spec.warmup}`);
      last = await executeWithRetries(`warm-up ${i}: `);
      if (executionStatus(last) !== 'passed' || last.interrupted) break;
    }
    attempts.length = 0; // warm-ups are not part of the record
    repeats = [];
    for (let i = 1; i <= spec.repeat; i += 1) {
      hooks.onProgress?.(`run ${i}/${spec.repeat}`);
      last = await executeWithRetries(`run ${i}: `);
      repeats.push(measure(last));
      if (executionStatus(last) !== 'passed' || last.interrupted) break;
    }
    last = last!;
    metrics = { ...medianRunMetrics(repeats), exit_code: last.exit.exit_code };
  }

  return {
    name: spec.name,
    run_id: spec.run_id ?? newRunId(),
    started_at,
    status: executionStatus(last),
    signal: last.exit.signal,
    ...(last.exit.oom_killed ? { oom_killed: true } : {}),
    ...metrics,
    samples: last.totals.samples,
    series: downsample(last.series, MAX_SERIES_SAMPLES),
    interval_s: spec.interval_s,
    gates: [],
    alerts: [],
    baseline: {},
    verdicts: {},
    attempts,
    ...(repeats ? { repeats, benchmark: repeatStatistics(repeats) } : {}),
    ...(lastInstrumented ? { instrumentation: lastInstrumented } : {}),
    is_pull_request: spec.is_pull_request,
    os: last.start.os ?? process.platform,
    arch: last.start.arch ?? process.arch,
    python_version: last.start.python_version,
    executor: spec.executor,
    host: spec.host ?? null,
    git_ref: spec.git_ref,
    git_sha: spec.git_sha,
    script: launchLabel(spec.launch),
    pyrun_version: spec.pyrun_version,
  };
}

function describeFailure(m: Execution): string {
  if (m.timed_out) return 'timed out';
  if (m.exit.signal) return `was killed by ${m.exit.signal}`;
  return `exited ${m.exit.exit_code}`;
}
