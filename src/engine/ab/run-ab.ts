/**
 * `pyrun ab`: A and B measured side by side on one machine, interleaved as hyperfine does. Warm-ups first (A then
 * B, unrecorded), then `repeat` pairs, each run measured exactly as `pyrun run` measures it (runScript).
 *
 * Order alternates pair by pair, AB BA AB BA … (ABBA): whatever drifts during a session — a VM's CPU credit
 * running out, caches filling, a neighbour's job starting — makes the second run of a pair a little slower (or
 * faster) than the first. Always running A first would put that drift into every pair's ratio, in one direction;
 * alternating gives it to A in half the pairs and to B in the other half, so a linear drift cancels over every
 * two pairs and a carry-over from the previous run (warm page cache, CPU frequency) cancels on average.
 *
 * A run that fails, times out or is interrupted ends the session: a ratio to a broken run means nothing.
 */
import path from 'node:path';
import { constants as osConstants } from 'node:os';
import { EXIT_GATE_FAILED, EXIT_PYRUN_ERROR, exitCodeFor } from '../outcome.js';
import type { ExecutionDeps } from '../execute/once.js';
import { runScript, type RunHooks, type RunSpec } from '../execute/run-script.js';
import type { LaunchSpec } from '../execute/exec/types.js';
import { DEFAULT_JUDGED_METRICS, RUN_METRIC_FIELDS } from '../metrics.js';
import type { RunMetrics, RunStatus, Sample } from '../types.js';
import { benchmarkWarnings } from '../analysis/benchmark-stats.js';
import {
  DEFAULT_AB_CONFIDENCE,
  judgeAb,
  type AbJudgement,
  type AbJudgeOptions,
  type AbPair,
} from './compare.js';

/**
 * The fewest pairs with which a two-sided signed-rank test can reach p ≤ `alpha` (its smallest p with n pairs is
 * 2/2ⁿ): 6 at 0.05, 7 at 0.05/3 (the level each of the three metrics judged by default is tested at).
 */
export function minDecisivePairs(alpha: number): number {
  let n = 1;
  while (2 / 2 ** n > alpha) n += 1;
  return n;
}

export type AbSide = 'A' | 'B';

export interface AbSpec {
  a: RunSpec;
  b: RunSpec;
  /** Measured pairs (default 10). */
  repeat: number;
  /** Unmeasured runs of each side first (default 1). */
  warmup: number;
  judge: AbJudgeOptions;
}

export interface AbHooks {
  /** A line about progress (warm-ups, each run as it finishes). */
  onProgress?(message: string): void;
  onSample?(sample: Sample): void;
  onInterruptible?(interrupt: (sig: NodeJS.Signals) => void): void;
  onRun?(run: AbRun): void;
}

export interface AbRun {
  /** 1-based pair number; 0 for a warm-up. */
  pair: number;
  side: AbSide;
  status: RunStatus;
  exit_code: number | null;
  signal: string | null;
  metrics: RunMetrics;
}

export type AbStatus = 'passed' | 'gate_failed' | 'failed' | 'timeout' | 'interrupted';

export interface AbResult {
  started_at: string;
  finished_at: string;
  repeat: number;
  warmup: number;
  /** Order of each pair, e.g. ["AB", "BA", …]. */
  order: ('AB' | 'BA')[];
  /** Measured runs in the order they ran (warm-ups excluded). */
  runs: AbRun[];
  /** Complete pairs only. */
  pairs: AbPair[];
  /** null when the session did not complete (a run failed or was interrupted). */
  judgement: AbJudgement | null;
  status: AbStatus;
  /** The run that ended the session early, if any. */
  failure: {
    side: AbSide;
    pair: number;
    status: RunStatus;
    exit_code: number | null;
    signal: string | null;
  } | null;
  interrupted_by: NodeJS.Signals | null;
  warnings: string[];
  python_version: string | null;
  os: string | null;
  arch: string | null;
}

export async function runAb(spec: AbSpec, deps: ExecutionDeps, hooks: AbHooks = {}): Promise<AbResult> {
  const started_at = new Date().toISOString();
  let interrupted: NodeJS.Signals | null = null;
  let python_version: string | null = null;
  let os: string | null = null;
  let arch: string | null = null;
  const runHooks: RunHooks = {
    onSample: hooks.onSample,
    onInterruptible: (interrupt) =>
      hooks.onInterruptible?.((sig) => {
        interrupted ??= sig;
        interrupt(sig);
      }),
  };
  const once = async (side: AbSide, pair: number): Promise<AbRun> => {
    const base = side === 'A' ? spec.a : spec.b;
    const record = await runScript(
      {
        ...base,
        launch: ownFolder(base.launch, side, pair),
        repeat: 1,
        warmup: 0,
        retries: 0,
        run_id: undefined,
      },
      deps,
      runHooks,
    );
    python_version ??= record.python_version;
    os ??= record.os;
    arch ??= record.arch;
    const { status, exit_code, signal } = record;
    // Every run metric and its exact bytes, as the metric table lists them.
    const metrics = Object.fromEntries(RUN_METRIC_FIELDS.map((f) => [f, record[f]])) as unknown as RunMetrics;
    return { pair, side, status, exit_code, signal, metrics };
  };

  const runs: AbRun[] = [];
  const order: ('AB' | 'BA')[] = [];
  let failure: AbResult['failure'] = null;
  const stopped = (run: AbRun) => {
    if (interrupted !== null) return true;
    if (run.status === 'passed') return false;
    failure = {
      side: run.side,
      pair: run.pair,
      status: run.status,
      exit_code: run.exit_code,
      signal: run.signal,
    };
    return true;
  };

  session: {
    for (let w = 1; w <= spec.warmup; w += 1) {
      for (const side of ['A', 'B'] as const) {
        hooks.onProgress?.(`warm-up ${w}/${spec.warmup}: ${side}`);
        if (stopped(await once(side, 0))) break session;
      }
    }
    for (let pair = 1; pair <= spec.repeat; pair += 1) {
      const sides: AbSide[] = pair % 2 === 1 ? ['A', 'B'] : ['B', 'A'];
      order.push(pair % 2 === 1 ? 'AB' : 'BA');
      for (const side of sides) {
        const run = await once(side, pair);
        runs.push(run);
        hooks.onRun?.(run);
        hooks.onProgress?.(
          `pair ${pair}/${spec.repeat} ${side}: ${run.metrics.duration_s.toFixed(3)} s` +
            (run.status === 'passed' ? '' : ` (${run.status})`),
        );
        if (stopped(run)) break session;
      }
    }
  }

  const pairs: AbPair[] = [];
  for (let pair = 1; pair <= order.length; pair += 1) {
    const a = runs.find((r) => r.pair === pair && r.side === 'A');
    const b = runs.find((r) => r.pair === pair && r.side === 'B');
    if (a && b) pairs.push({ a: a.metrics, b: b.metrics, order: order[pair - 1]! });
  }
  const complete = interrupted === null && failure === null;
  const judgement = complete ? judgeAb(pairs, spec.judge) : null;
  const f = failure as AbResult['failure'];
  const status: AbStatus =
    interrupted !== null
      ? 'interrupted'
      : f !== null
        ? f.status === 'timeout'
          ? 'timeout'
          : 'failed'
        : judgement?.gate_failed
          ? 'gate_failed'
          : 'passed';

  const warnings: string[] = [];
  const judgedCount = (spec.judge.judged ?? DEFAULT_JUDGED_METRICS).filter(
    (m) => runs.length === 0 || runs.some((r) => typeof r.metrics[m] === 'number'),
  ).length;
  const alpha = 1 - (spec.judge.confidence ?? DEFAULT_AB_CONFIDENCE);
  const needed = minDecisivePairs(alpha / Math.max(1, judgedCount));
  if (spec.repeat < needed) {
    warnings.push(
      `with ${spec.repeat} pairs no difference can be shown at ${Math.round((1 - alpha) * 100)}% confidence ` +
        `over ${judgedCount} judged metric${judgedCount === 1 ? '' : 's'}: use --repeat ${needed} or more`,
    );
  }
  if (complete) {
    for (const side of ['A', 'B'] as const) {
      const durations = runs.filter((r) => r.side === side).map((r) => r.metrics.duration_s);
      for (const w of benchmarkWarnings('duration_s', durations)) warnings.push(`${side}: ${w.message}`);
    }
  }

  return {
    started_at,
    finished_at: new Date().toISOString(),
    repeat: spec.repeat,
    warmup: spec.warmup,
    order,
    runs,
    pairs,
    judgement,
    status,
    failure: f,
    interrupted_by: interrupted,
    warnings,
    python_version,
    os,
    arch,
  };
}

/**
 * The exit code of `pyrun ab`: 0 when every gate held, 99 when B regressed beyond a gate, a failed run's own
 * code as `pyrun run` gives it (N, 128+N, 124), 128+N when pyrun itself was interrupted by signal N.
 */
export function abExitCode(result: Pick<AbResult, 'status' | 'failure' | 'interrupted_by'>): number {
  switch (result.status) {
    case 'passed':
      return 0;
    case 'gate_failed':
      return EXIT_GATE_FAILED;
    case 'interrupted': {
      const n = result.interrupted_by
        ? (osConstants.signals as Record<string, number>)[result.interrupted_by]
        : 0;
      return n ? 128 + n : EXIT_PYRUN_ERROR;
    }
    case 'failed':
    case 'timeout':
      return result.failure ? exitCodeFor(result.failure) : EXIT_PYRUN_ERROR;
  }
}

/**
 * `--instructions`: each run of the session counts into its own folder of callgrind files (`A-3`: A's run of pair
 * 3; pair 0 is the warm-up), so no run's count includes another's processes.
 */
function ownFolder(launch: LaunchSpec, side: AbSide, pair: number): LaunchSpec {
  if (!launch.counter) return launch;
  const out_dir = path.join(launch.counter.out_dir, `${side}-${pair}`);
  return { ...launch, counter: { ...launch.counter, out_dir } };
}
