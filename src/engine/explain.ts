/**
 * The pipeline's explain step: the exit code, and the words both faces show for each finished run. The CLI prints
 * them, the action logs them and uses the first failing reason for its one `setFailed` line. One headline, then one
 * line per failed gate (with actual and limit in the metric's unit), per regressed metric (by how much, against
 * what), and a note when history was too short.
 */
import { formatMetricValue, formatNumber } from './metric-format.js';
import { benchmarkSummary } from './report/benchmark.js';
import { describeGate } from './report/gates.js';
import { formatChangePct, formatPValue, plural } from './report/numbers.js';
import { describeScriptOutcome, OOM_KILLED } from './report/script-outcome.js';
import { judgedMetrics, regressedMetrics } from './verdicts.js';
import { DEFAULT_THRESHOLD_PCT } from './metrics.js';
import { WINDOW_STATISTIC } from './analysis/verdict.js';
import { isConfirmedStatistic } from './analysis/confirm.js';
import { machineExcuse } from './analysis/busy-machine.js';
import { EXIT_PYRUN_ERROR, suiteExitCode } from './outcome.js';
import type { ComparableMetric, MetricVerdict, RunRecord } from './types.js';

/**
 * The explain step: every run's words, and the exit code of `pyrun run` (docs/cli.md, "Exit codes"). A run the
 * history could not save makes it pyrun's own failure, 125, said in one more line.
 */
export function explainRuns(
  records: readonly RunRecord[],
  unsaved: readonly string[],
): { exit_code: number; explanation: string[] } {
  const explanation = records.flatMap((r) => explain(r));
  if (unsaved.length > 0) {
    explanation.push(`the history could not be saved for ${unsaved.join(', ')}: exit ${EXIT_PYRUN_ERROR}`);
    return { exit_code: EXIT_PYRUN_ERROR, explanation };
  }
  return { exit_code: suiteExitCode(records), explanation };
}

export function explain(record: RunRecord): string[] {
  if (record.error !== undefined) return [`${record.name}: could not run: ${record.error}`];
  const lines = [`${record.name}: ${headline(record)} · ${figures(record)}`];
  for (const gate of record.gates) {
    if (!gate.passed) lines.push(`  gate failed: ${gate.expr} (${describeGate(gate)})`);
  }
  for (const metric of regressedMetrics(record)) {
    const verdict = record.verdicts[metric]!;
    const base = record.baseline[metric];
    const p = verdict.p_value !== undefined ? `, p = ${formatPValue(verdict.p_value)}` : '';
    lines.push(
      `  regressed: ${metric} ${formatMetricValue(metric, record[metric])} vs baseline ` +
        `${formatMetricValue(metric, base?.value)} (${formatChangePct(verdict.change_pct)}; ` +
        `${namesItsRuns(verdict.statistic) ? verdict.statistic : `${verdict.statistic} over ${plural(base?.runs ?? 0, 'run')}`}${p})`,
    );
  }
  lines.push(...withheldLines(record));
  if (record.instrumentation) {
    const ins = record.instrumentation;
    const n = ins.per_process.length;
    lines.push(
      `  instructions: ${record.instructions === null ? 'n/a' : record.instructions.toLocaleString('en-US')} ` +
        `in ${n} process${n === 1 ? '' : 'es'} (callgrind files in ${ins.out_dir}); ${ins.note}`,
    );
  }
  if (record.benchmark) lines.push(...benchmarkLines(record));
  const insufficient = record.gates.filter((g) => g.status === 'insufficient_history');
  if (insufficient.length > 0) {
    lines.push(`  not yet judged (no baseline run yet): ${insufficient.map((g) => g.expr).join('; ')}`);
  }
  const judged = judgedMetrics(record);
  if (judged.length > 0 && judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
    const runs = Math.max(0, ...Object.values(record.baseline).map((b) => b?.runs ?? 0));
    lines.push(`  verdict: insufficient history (${runs} baseline run${runs === 1 ? '' : 's'} so far)`);
  }
  const unseen = detectableLine(record);
  if (unseen !== null) lines.push(unseen);
  return lines;
}

/**
 * `withheld: duration_s 2.1 s vs baseline 1.02 s (+106%): other work kept 1.35 cores busy during this run and its
 * 2 re-runs (least 1.1), 0.02 in the baseline runs; a slower run on a busier machine is not called regressed`, or
 * for a slower machine `pyrun's calibration loop took 1.52 ms after this run and its 2 re-runs (least 1.4), 1.05 ms
 * after the baseline runs`. Under `--busy-machine judge` the regression stands and one line says why it could have
 * been withheld.
 */
function withheldLines(record: RunRecord): string[] {
  const lines: string[] = [];
  for (const [metric, verdict] of Object.entries(record.verdicts) as [ComparableMetric, MetricVerdict][]) {
    const readings = verdict.busy_machine;
    if (readings === undefined) continue;
    const excuse = machineExcuse(readings);
    const runs = readings.cores.length;
    const during = (values: number[]) =>
      runs === 1
        ? 'this run'
        : `this run and its ${plural(runs - 1, 're-run')} (least ${formatNumber(Math.min(...values))})`;
    const company =
      `other work kept ${formatNumber(readings.cores[0])} cores busy during ${during(readings.cores)}, ` +
      `${formatNumber(readings.baseline_cores)} in the baseline runs`;
    const calibration =
      readings.calibration === undefined || readings.baseline_calibration === undefined
        ? null
        : `pyrun's calibration loop took ${formatNumber(readings.calibration[0])} ms after ` +
          `${during(readings.calibration)}, ${formatNumber(readings.baseline_calibration)} ms after the ` +
          'baseline runs';
    const why =
      excuse === 'busier' || calibration === null
        ? company
        : excuse === 'slower'
          ? calibration
          : `${company}; ${calibration}`;
    if (verdict.verdict === 'regressed') {
      lines.push(`  ${excuse} machine: ${metric} judged anyway (--busy-machine judge): ${why}`);
      continue;
    }
    lines.push(
      `  withheld: ${metric} ${formatMetricValue(metric, record[metric])} vs baseline ` +
        `${formatMetricValue(metric, record.baseline[metric]?.value)} (${formatChangePct(verdict.change_pct)}): ` +
        `${why}; a slower run on a ${excuse} machine is not called regressed`,
    );
  }
  return lines;
}

/**
 * What the baseline could not have seen: `with these 5 baseline runs, a rise under +38% in duration_s … would pass
 * unseen`. Shown for a run with nothing regressed, when at least one judged metric's baseline is noisier than its
 * relative threshold (a quiet baseline sees down to the threshold, which the docs state once).
 */
export function detectableLine(record: RunRecord): string | null {
  if (regressedMetrics(record).length > 0) return null;
  const parts: string[] = [];
  let noisy = false;
  let runs = 0;
  for (const metric of judgedMetrics(record)) {
    const verdict = record.verdicts[metric];
    if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined) continue;
    runs = Math.max(runs, record.baseline[metric]?.runs ?? 0);
    parts.push(`${formatChangePct(verdict.detectable_pct)} in ${metric}`);
    if (verdict.detectable_pct > DEFAULT_THRESHOLD_PCT[metric] + 0.05) noisy = true;
  }
  if (parts.length === 0 || !noisy) return null;
  return `  with these ${runs} baseline runs, a rise under ${parts.join(', ')} would pass unseen`;
}

function namesItsRuns(statistic: string): boolean {
  return statistic.startsWith(WINDOW_STATISTIC) || isConfirmedStatistic(statistic);
}

/** What happened, in a few words: `passed`, `regressed`, `failed 2 gates`, `failed (exit 3)`, `timed out`. */
export function headline(record: RunRecord): string {
  const failedGates = record.gates.filter((g) => !g.passed).length;
  const regressed = regressedMetrics(record);
  switch (record.status) {
    case 'passed':
      return 'passed';
    case 'timeout':
      return 'timed out; its process tree was killed';
    case 'failed':
      if (record.signal && record.oom_killed) return `was ${OOM_KILLED} (${record.signal})`;
      return record.signal ? `was killed by ${record.signal}` : `failed (${describeScriptOutcome(record)})`;
    default: {
      const parts: string[] = [];
      if (failedGates > 0) parts.push(`failed ${failedGates} gate${failedGates === 1 ? '' : 's'}`);
      if (regressed.length > 0) parts.push(`regressed in ${regressed.join(', ')}`);
      return parts.length > 0 ? parts.join(' and ') : String(record.status).replace(/_/g, ' ');
    }
  }
}

function figures(r: RunRecord): string {
  return (
    `${formatNumber(r.duration_s)} s · CPU ${formatNumber(r.cpu_time_s)} s ` +
    `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · ` +
    `peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ${r.max_processes} proc · ${r.max_threads} thr · ` +
    `read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`
  );
}

/** Benchmark mode, as hyperfine shows it: mean ± σ, median, min … max of the measured runs, and what to do. */
function benchmarkLines(record: RunRecord): string[] {
  const summary = benchmarkSummary(record);
  if (summary === null) return [];
  return [
    ...summary.rows.map(
      (r) =>
        `  ${r.metric}: ${r.mean_sd} (mean ± σ of ${plural(r.runs, 'run')}) · median ${r.median} · range ${r.range}`,
    ),
    ...summary.warnings.map((w) => `  warning: ${w}`),
  ];
}
