/**
 * Judges a measured run: baseline and verdict per metric from its history, then the gates, then the final
 * status. This is the one judge: the run record, `pyrun compare`, the summary, the comment and the action's
 * outputs all read what it returns. Outcomes are values (the run record's `status`):
 * - a failed or timed-out script keeps its own status;
 * - a script that succeeded with a failed gate is `gate_failed`;
 * - a script that succeeded, passed every gate and regressed on a metric is `regressed`.
 * Both `gate_failed` and `regressed` exit 99 (outcome.ts); whether that fails a CI step is the face's choice
 * (the action's `fail-on`), never a different status.
 */
import { judgeRun, type JudgeOptions, type MetricValues } from './analysis/index.js';
import { confirmedVerdicts } from './confirm.js';
import { baselineQueryFor } from './history/baseline-query.js';
import type { HistoryStore, StoredRun } from './history/store.js';
import { evaluateGates, type GateRule } from './rules/index.js';
import type { ComparableMetric, RunRecord, RunStatus } from './types.js';
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
  baselineRuns: readonly MetricValues[];
  gates: readonly GateRule[];
  /** `min_baseline_runs` (default 5): baseline runs needed for an automatic verdict. */
  options?: JudgeOptions;
  /**
   * Re-runs of the script made to confirm a suspected regression (./confirm.ts): a metric regressed on this run
   * is judged again on the median of this run and these. Absent: the verdicts of this run alone.
   */
  reruns?: readonly MetricValues[];
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
 * The baseline runs of `record` chosen by the one baseline query (history/baseline-query.ts), then judge().
 * The run itself (the pipeline's judge step) and `pyrun compare` both call this, so they agree field for field.
 */
export function judgeAgainstHistory(input: HistoryJudgeInput): {
  record: RunRecord;
  baselineRuns: StoredRun[];
} {
  const baselineRuns = input.store?.baselineRuns(baselineQueryFor(input.record, input.baseline_ref)) ?? [];
  return { record: judge({ ...input, baselineRuns }), baselineRuns };
}
