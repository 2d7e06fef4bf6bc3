/**
 * The pipeline's judge step, and the one judge. A measured run is judged against its history: baseline and verdict
 * per metric, then the gates, then the final status; a run that looks regressed is run again to confirm it
 * (`--confirm-runs`, the rule in ./analysis/confirm.ts) and judged on those runs too; a profiled run's profile is diffed
 * against its baseline's. The run record, `pyrun compare`, the summary, the comment and the action's outputs all
 * read what `judge` returns. Outcomes are values (the run record's `status`):
 * - a failed or timed-out script keeps its own status;
 * - a script that succeeded with a failed gate is `gate_failed`;
 * - a script that succeeded, passed every gate and regressed on a metric is `regressed`.
 * Both `gate_failed` and `regressed` exit 99 (outcome.ts); whether that fails a CI step is the face's choice
 * (the action's `fail-on`), never a different status.
 */
import { withheldOnBusyMachine, type BusyMachineMode, type RunValues } from './analysis/busy-machine.js';
import { judgeRun, type JudgeOptions } from './analysis/index.js';
import type { RunConfig } from './config.js';
import { confirmedVerdicts, settled } from './analysis/confirm.js';
import type { ExecuteDeps, RunToExecute } from './execute/index.js';
import { runScript } from './execute/run-script.js';
import { baselineRunsFor } from './history/planned.js';
import type { HistoryStore, StoredRun } from './history/store.js';
import { RUN_METRIC_FIELDS } from './metrics.js';
import { withProfileDiff } from './execute/profile/run.js';
import { formatChangePct } from './report/numbers.js';
import { evaluateGates, type GateRule } from './rules/index.js';
import type { ComparableMetric, RunMetrics, RunRecord, RunStatus } from './types.js';
import { regressedMetrics } from './verdicts.js';

/** The automatic verdict needs this many baseline runs by default (`--min-baseline-runs`). */
export const MIN_BASELINE_RUNS = 5;

/** A gate written against `baseline` needs one baseline run: the user's own factor is the tolerance. */
export const MIN_GATE_BASELINE_RUNS = 1;

export interface JudgeInput {
  record: RunRecord;
  /**
   * Earlier runs to build the baseline from, newest first: history/baseline-query.ts `baselineQueryFor` chooses
   * them (the window rule takes the two newest as the runs before this one).
   */
  baselineRuns: readonly RunValues[];
  gates: readonly GateRule[];
  /** `min_baseline_runs` (default 5): baseline runs needed for an automatic verdict. */
  options?: JudgeOptions;
  /**
   * Re-runs of the script made to confirm a suspected regression (./analysis/confirm.ts): a metric regressed on this run
   * is judged again on the least of this run and these. Absent: the verdicts of this run alone.
   */
  reruns?: readonly RunValues[];
  /** `--busy-machine`: a slower run on a busier machine is withheld (default) or judged anyway. */
  busy_machine?: BusyMachineMode;
}

export function judge(input: JudgeInput): RunRecord {
  const { record } = input;
  const options: JudgeOptions = {
    min_baseline_runs: MIN_BASELINE_RUNS,
    // The last three runs together (analysis/verdict.ts judgeWindow): only on the baseline ref's own line. A pull
    // request's run beside main's two newest would be blamed for what main did.
    window: record.is_pull_request !== true,
    ...input.options,
    ...(record.repeats ? { repeats: record.repeats } : {}),
  };
  const judgement = judgeRun(record, input.baselineRuns, options);
  const { baseline } = judgement;
  let { verdicts } = judgement;
  const suspected = Object.fromEntries(regressedMetrics({ verdicts }).map((m) => [m, verdicts[m]]));
  if (input.reruns !== undefined && input.reruns.length > 0 && Object.keys(suspected).length > 0) {
    const confirmed = confirmedVerdicts([record, ...input.reruns], input.baselineRuns, {
      min_baseline_runs: options.min_baseline_runs ?? MIN_BASELINE_RUNS,
      suspected,
    });
    verdicts = { ...verdicts, ...confirmed };
  }
  // A slower run on a busier machine (and every re-run busier too) is withheld, not called (analysis/busy-machine.ts).
  verdicts = withheldOnBusyMachine(
    verdicts,
    [record, ...(input.reruns ?? [])],
    input.baselineRuns,
    input.busy_machine,
  );
  const gates = evaluateGates(input.gates, record, (metric) => {
    const entry = baseline[metric as ComparableMetric];
    return entry && entry.runs >= MIN_GATE_BASELINE_RUNS ? entry.value : undefined;
  });
  const gateFailed = gates.some((g) => !g.passed);
  const regressed = Object.values(verdicts).some((v) => v?.verdict === 'regressed');
  return { ...record, baseline, verdicts, gates, status: judgedStatus(record.status, gateFailed, regressed) };
}

function judgedStatus(measured: RunStatus, gateFailed: boolean, regressed: boolean): RunStatus {
  if (measured !== 'passed') return measured;
  if (gateFailed) return 'gate_failed';
  return regressed ? 'regressed' : 'passed';
}

export interface HistoryJudgeInput extends Omit<JudgeInput, 'baselineRuns'> {
  /** null: no history (the run is judged against nothing: every verdict insufficient_history). */
  store: Pick<HistoryStore, 'baselineRuns'> | null;
  /** Whose runs form the baseline (`--baseline-ref`); null: every ref. */
  baseline_ref: string | null;
}

/**
 * The baseline runs of `record` chosen by the one baseline query (history/planned.ts `baselineRunsFor`), then
 * judge(). `pyrun compare` calls this; the pipeline's judge step is handed the runs of that same query, so they
 * agree field for field.
 */
export function judgeAgainstHistory(input: HistoryJudgeInput): {
  record: RunRecord;
  baselineRuns: StoredRun[];
} {
  const baselineRuns = baselineRunsFor(input.store, input.record, input.baseline_ref);
  return { record: judge({ ...input, baselineRuns }), baselineRuns };
}

/** What the judge step needs of a prepared run (./prepare.ts). */
export interface RunToJudge extends RunToExecute {
  config: Pick<RunConfig, 'confirm_runs' | 'min_baseline_runs' | 'judge' | 'busy_machine'>;
  rules: { gates: readonly GateRule[] };
}

/**
 * The judge step: judge() against the baseline runs it is handed (none: judged against nothing), chosen by the
 * query `pyrun compare` uses (history/planned.ts `baselineRunsFor`), so they agree field for field; confirmation
 * re-runs when the run looks regressed, and judge() again on them; the profile diff. The re-runs start the script
 * again, so a ScriptStartError may come from here too.
 */
export async function judgeMeasured(
  run: RunToJudge,
  measured: RunRecord,
  baselineRuns: readonly StoredRun[],
  deps: ExecuteDeps,
): Promise<RunRecord> {
  const input = {
    record: measured,
    baselineRuns,
    gates: run.rules.gates,
    options: { min_baseline_runs: run.config.min_baseline_runs, judged: run.config.judge },
    busy_machine: run.config.busy_machine,
  };
  const judged = judge(input);
  const reruns = await confirmationRuns(run, judged, baselineRuns, deps);
  const record = reruns.length > 0 ? judge({ ...input, reruns }) : judged;
  return withProfileDiff(record, baselineRuns);
}

/**
 * A run that looks regressed is run again, up to `confirm_runs` times, until its suspected metrics are settled
 * (./analysis/confirm.ts): the re-runs' metrics, or none when nothing is suspected or confirming is off. Re-runs fire no
 * alerts and are not recorded as runs of their own; a re-run that fails ends the confirming (the suspicion stands).
 */
async function confirmationRuns(
  run: RunToJudge,
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
