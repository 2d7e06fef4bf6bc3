/**
 * The one road from configuration to record, shared by both faces. Each step is one module, named for what it does;
 * a step's parts live in its folder:
 *
 *   1. prepare   ./prepare.ts            refuse bad input before anything runs; each run ready to execute
 *   2. history   ./history/planned.ts    the history file checked and read now, parsed while the first script runs
 *   for each run:
 *   3. execute   ./execute/              run the script (executors in exec/) and measure it (sample/, and
 *                                        instructions/ or profile/ when asked); live alerts watch its samples
 *   4. judge     ./judge.ts              against the baseline runs the history holds for it (./history/planned.ts):
 *                                        verdicts (./analysis/), confirmation re-runs of a suspected regression
 *   5. alert     ./alerts/run-alerts.ts  the end-of-run alerts
 *   6. remember  ./history/remember.ts   the run written to the history (its alerts' deliveries awaited after)
 *   7. report    ./report/files.ts       as the run ends, its metrics to the --export targets (./report/export/)
 *   then:
 *   7. report    ./report/files.ts       the report files, covering every run
 *   8. explain   ./explain.ts            the exit code and the words that explain it
 *
 * The faces translate only: flags or inputs into RunConfigs and ports, the result into exit codes, outputs,
 * summaries and comments. Nothing here reads the environment or prints; everything arrives through `ports`.
 *
 * What a run does not ask for is not loaded, so its start-up stays short: the history (sql.js, the lock, the record
 * schema) only with a history, the exporters only with `--export`, each report renderer only for its file.
 */
import type { RunConfig } from './config.js';
import { ScriptStartError } from './execute/exec/errors.js';
import { execute, unstartedRecord } from './execute/index.js';
import type { RunHooks } from './execute/run-script.js';
import { explainRuns } from './explain.js';
import { baselineRunsFor, planHistory, type HistoryPlan } from './history/planned.js';
import { remember } from './history/remember.js';
import { judgeMeasured } from './judge.js';
import type { PipelinePorts } from './pipeline-ports.js';
import { prepare, type RunFacts } from './prepare.js';
import { exportMetrics, report } from './report/files.js';
import type { RunRecord } from './types.js';

export interface PipelineRequest {
  /** One run, or a suite's runs in order. */
  configs: RunConfig[];
  facts: RunFacts;
  /** null: no history is read or written. */
  history: HistoryPlan | null;
}

export interface PipelineResult {
  records: RunRecord[];
  /** What `pyrun run` exits with (docs/cli.md, "Exit codes"). */
  exit_code: number;
  /** The words both faces show: one line per run, then one line per failed gate or regressed metric. */
  explanation: string[];
  /**
   * The history file's bytes as this pipeline last wrote them (null: it wrote none). The file itself may have been
   * changed since by a process the script left; the action saves its cache from a copy of these.
   */
  history_bytes: Uint8Array | null;
}

export async function runPipeline(request: PipelineRequest, ports: PipelinePorts): Promise<PipelineResult> {
  const warn = (message: string) => ports.log.warn(message);
  // 1. prepare
  const prepared = await prepare(request, ports);
  // 2. history: parsed while the first script runs (started as it is spawned), awaited when it is needed
  const history = prepared.history
    ? await planHistory(prepared.history.file, prepared.history.mode, warn)
    : null;
  const hooks: RunHooks = {
    ...ports.hooks,
    onSpawned: () => {
      ports.hooks?.onSpawned?.();
      history?.start();
    },
  };
  const records: RunRecord[] = [];
  /** Series whose run could not be written to the history: pyrun's own failure, exit 125 (not a silent loss). */
  const unsaved: string[] = [];
  let history_bytes: Uint8Array | null = null;
  try {
    for (const run of prepared.runs) {
      let judged: RunRecord;
      try {
        // 3. execute, the live alerts watching
        const measured = await execute(run, { ...ports, hooks: run.alerts.watching(hooks) });
        // 4. judge, against the baseline runs the history holds for this run (read before it, parsed meanwhile)
        const baseline_ref = run.config.baseline_ref ?? request.history?.default_baseline_ref ?? null;
        const baselineRuns = baselineRunsFor(history ? await history.store() : null, measured, baseline_ref);
        judged = await judgeMeasured(run, measured, baselineRuns, { ...ports, hooks });
      } catch (error) {
        // An interpreter that dies before the script starts: a record that says so (exit 125), never remembered.
        if (!(error instanceof ScriptStartError)) throw error;
        records.push(unstartedRecord(run, error.message));
        continue;
      }
      // 5. alert
      const record = run.alerts.atEnd(judged);
      // 6. remember; the alerts' deliveries are awaited only then, so a slow channel never delays the history write
      if (!(await remember(history, record, run.config.keep_runs, { ...ports.log, hooks: ports.hooks })))
        unsaved.push(record.name);
      history_bytes = (history ? (await history.ready())?.written : null) ?? history_bytes;
      await run.alerts.delivered(ports.alert_drain_ms ?? 10_000);
      // 7. report, as the run ends: its metrics to the --export targets
      await exportMetrics(record, run.exports, ports.log);
      records.push(record);
    }
    // 7. report, once every run has ended: the files
    await report(records, prepared.reports, {
      log: ports.log,
      runs: prepared.runs,
      base_dir: request.facts.base_dir,
      history: async () => (history ? await history.store() : null),
      protect: prepared.history ? [prepared.history.file] : [],
    });
  } finally {
    await history?.close();
  }
  // 8. explain
  return { records, ...explainRuns(records, unsaved), history_bytes };
}
