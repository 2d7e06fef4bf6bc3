/**
 * Judges a measured run: baseline and verdict per metric from its history, then the gates, then the final
 * status. Outcomes are values: a failed gate or a regression makes the status `gate_failed` (exit 99), and
 * only for a script that otherwise passed — a failed or timed-out script keeps its own status.
 */
import { judgeRun, type JudgeOptions, type MetricValues } from './analysis/index.js';
import { evaluateGates, type GateRule } from './rules/index.js';
import type { ComparableMetric, RunRecord } from './types.js';

/** A gate's `baseline` needs as many runs as a verdict does. */
export const MIN_BASELINE_RUNS = 5;

export interface JudgeInput {
  record: RunRecord;
  /** Earlier runs to build the baseline from (the history layer chose them: same series, fingerprint, ref). */
  baselineRuns: readonly MetricValues[];
  gates: readonly GateRule[];
  /** Whether a regression alone fails the run (the CLI: yes; the action: its `fail-on` input). */
  regressionFails: boolean;
  options?: JudgeOptions;
}

export function judge(input: JudgeInput): RunRecord {
  const { record } = input;
  const min_runs = input.options?.min_baseline_runs ?? MIN_BASELINE_RUNS;
  const { baseline, verdicts } = judgeRun(record, input.baselineRuns, {
    ...input.options,
    ...(record.repeats ? { repeats: record.repeats } : {}),
  });
  const gates = evaluateGates(input.gates, record, (metric) => {
    const entry = baseline[metric as ComparableMetric];
    return entry && entry.runs >= min_runs ? entry.value : undefined;
  });
  const gateFailed = gates.some((g) => !g.passed);
  const regressed = Object.values(verdicts).some((v) => v?.verdict === 'regressed');
  const status =
    record.status === 'passed' && (gateFailed || (input.regressionFails && regressed))
      ? 'gate_failed'
      : record.status;
  return { ...record, baseline, verdicts, gates, status };
}

/** The metrics that regressed, for messages and the `regressed` output. */
export function regressedMetrics(record: RunRecord): ComparableMetric[] {
  return (Object.entries(record.verdicts) as [ComparableMetric, { verdict: string }][])
    .filter(([, v]) => v.verdict === 'regressed')
    .map(([m]) => m);
}
