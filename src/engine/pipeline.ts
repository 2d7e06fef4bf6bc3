/**
 * The one road from configuration to record, shared by both faces:
 *
 *   prepare (refuse bad input before anything runs) → check and read the history file → for each run: execute and
 *   sample (the history is parsed meanwhile) → judge against the baseline → remember it → alerts drained, metrics
 *   exported → report files → the exit code and the words that explain it.
 *
 * The faces translate only: flags or inputs into RunConfigs and ports, the result into exit codes, outputs,
 * summaries and comments. Nothing here reads the environment or prints; everything arrives through `ports`.
 *
 * What a run does not ask for is not loaded, so its start-up stays short: the history (sql.js, the lock, the record schema) only with
 * a history, the exporters only with `--export`, each report renderer only for its file.
 */
import type { RunConfig } from './config.js';
import { executeRun } from './execute.js';
import type { RunHooks } from './run.js';
import { explain } from './explain.js';
import { ScriptStartError } from './exec/errors.js';
import { EXIT_PYRUN_ERROR, PyrunInterrupted } from './errors.js';
import { launchLabel } from './exec/types.js';
import type {
  CommitMode,
  HistoryBeginning,
  HistoryStore,
  OpenedHistory,
  StoredRun,
} from './history/index.js';
import { suiteExitCode } from './outcome.js';
import type { PipelinePorts } from './pipeline-ports.js';
import { prepareRun, resolveFrom, type PreparedRun, type RunFacts } from './prepare.js';
import { writeReports, type ReportPaths } from './report/files.js';
import { sourceFile } from './source-file.js';
import { metricRow, RUN_METRIC_FIELDS } from './metrics.js';
import type { RunMetrics, RunRecord } from './types.js';

export interface HistoryPlan {
  /** The history file (relative to the facts' base_dir). */
  path: string;
  /**
   * `merge` (the CLI, a shared --db): under a lock, re-read the file and add the run, so parallel runs all stay.
   * `replace` (the action: a private file the script could touch): write from memory, never re-reading it.
   */
  mode: CommitMode;
  /** The baseline ref for a run whose config names none (the action: a pull request's base branch). */
  default_baseline_ref: string | null;
}

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

/** Refuses bad input (PyrunError, exit 125) and returns the runs ready to execute; nothing is started. */
export function preparePipeline(request: PipelineRequest, ports: PipelinePorts): PreparedRun[] {
  return request.configs.map((config) =>
    prepareRun(
      config,
      request.facts,
      { ...ports, cwd: resolveFrom(request.facts, config.cwd ?? '.') },
      (message) => ports.log.warn(message),
      ports.chooseExecutor,
    ),
  );
}

export async function runPipeline(request: PipelineRequest, ports: PipelinePorts): Promise<PipelineResult> {
  const prepared = preparePipeline(request, ports);
  const reports = reportPathsOf(request.configs[0]!, request.facts);
  const historyFile = request.history ? resolveFrom(request.facts, request.history.path) : null;
  const protect = historyFile === null ? [] : [historyFile];
  if (Object.values(reports).some(Boolean)) {
    // A report path that is the history file (or its lock, or a symlink to either): refused before anything runs.
    const { refuseReportOverHistory } = await import('./report/protect.js');
    await refuseReportOverHistory({ ...reports }, protect);
  }
  const planned = request.history ? await beginPlannedHistory(request.history, request.facts, ports) : null;
  // The history is parsed while the first script runs (started as it is spawned), and awaited when it is needed.
  const hooks: RunHooks = {
    ...ports.hooks,
    onSpawned: () => {
      ports.hooks?.onSpawned?.();
      planned?.start();
    },
  };
  const store = async () => (planned ? ((await planned.ready())?.store ?? null) : null);
  const records: RunRecord[] = [];
  /** Series whose run could not be written to the history: pyrun's own failure, exit 125 (not a silent loss). */
  const unsaved: string[] = [];
  let history_bytes: Uint8Array | null = null;
  try {
    for (const run of prepared) {
      const baseline_ref = run.config.baseline_ref ?? request.history?.default_baseline_ref ?? null;
      let record: RunRecord;
      try {
        record = await executeRun(run, { store, baseline_ref }, { ...ports, hooks });
      } catch (error) {
        // An interpreter that dies before the script starts: a record that says so (exit 125), never remembered.
        if (!(error instanceof ScriptStartError)) throw error;
        records.push(unstartedRecord(run, error.message));
        continue;
      }
      const history = planned ? await planned.ready() : null;
      if (history && !(await remember(history, record, run.config.keep_runs, ports)))
        unsaved.push(record.name);
      history_bytes = history?.written ?? history_bytes;
      await run.alertSink?.drain(ports.alert_drain_ms ?? 10_000);
      if (run.exports.length > 0) {
        const { exportRun } = await import('./export/index.js');
        await exportRun(record, run.exports, { warn: (m) => ports.log.warn(m) });
      }
      records.push(record);
    }
    // A suite's report paths are set once, at the suite level: every config carries the same ones.
    const history = reports.html && planned ? await planned.ready() : null;
    await writeReports(records, reports, {
      log: ports.log,
      source_files: prepared.map((run) => sourceFile(run.spec.launch, request.facts.base_dir)),
      history: reports.html ? (name) => pastRuns(history?.store ?? null, name) : () => [],
      protect, // checked again at write time: the script may have put a symlink there meanwhile
    });
  } finally {
    await planned?.close();
  }
  const explanation = records.flatMap((r) => explain(r));
  if (unsaved.length > 0) {
    explanation.push(`the history could not be saved for ${unsaved.join(', ')}: exit ${EXIT_PYRUN_ERROR}`);
    return { records, exit_code: EXIT_PYRUN_ERROR, explanation, history_bytes };
  }
  return { records, exit_code: suiteExitCode(records), explanation, history_bytes };
}

/** The report files a config asks for, resolved against the run's base directory. */
function reportPathsOf(config: RunConfig, facts: RunFacts): ReportPaths {
  const at = (file: string | null) => (file ? resolveFrom(facts, file) : null);
  return {
    json: at(config.json_path),
    junit: at(config.junit_path),
    tap: at(config.tap_path),
    summary: at(config.summary_path),
    html: at(config.html_path),
    benchmark_action: at(config.benchmark_action_path),
    bmf: at(config.bmf_path),
    hyperfine: at(config.hyperfine_path),
  };
}

/**
 * The history: its file checked and read before any script starts, so a --db that is not a history file is refused
 * (HistoryTargetError, exit 125) before anything runs; parsed while the first script runs; a history that cannot
 * be read or parsed is a warning, told when it is first needed.
 */
interface PlannedHistory {
  /** Begins loading SQLite and parsing the history read before the script (idempotent). */
  start(): void;
  /** The history (started if it was not), its warnings told once; null when it cannot be used (told once). */
  ready(): Promise<OpenedHistory | null>;
  /** Closes it if it was opened. */
  close(): Promise<void>;
}

async function beginPlannedHistory(
  plan: HistoryPlan,
  facts: RunFacts,
  ports: PipelinePorts,
): Promise<PlannedHistory | null> {
  const { HistoryError, HistoryTargetError, beginHistory } = await import('./history/index.js');
  const unusable = (error: unknown) =>
    ports.log.warn(`${(error as Error).message}; runs are judged without history and not remembered`);
  let beginning: HistoryBeginning;
  try {
    beginning = await beginHistory(resolveFrom(facts, plan.path), { mode: plan.mode });
  } catch (error) {
    if (error instanceof HistoryTargetError || !(error instanceof HistoryError)) throw error;
    unusable(error);
    return null;
  }
  // Settles, never rejects: it runs unawaited beside the script, and its trouble is told when it is awaited.
  let opening: Promise<{ history: OpenedHistory } | { error: unknown }> | null = null;
  let result: Promise<OpenedHistory | null> | null = null;
  const start = () => {
    opening ??= beginning.open().then(
      (history) => ({ history }),
      (error: unknown) => ({ error }),
    );
  };
  const ready = () => {
    start();
    result ??= opening!.then((settled) => {
      if ('error' in settled) {
        unusable(settled.error);
        return null;
      }
      for (const w of settled.history.warnings) ports.log.warn(w);
      return settled.history;
    });
    return result;
  };
  return {
    start,
    ready,
    close: async () => {
      if (opening) (await ready())?.close();
    },
  };
}

/** Records the run; false (after one warning naming the cause) when it could not be written. */
async function remember(
  history: OpenedHistory,
  record: RunRecord,
  keep_runs: number,
  ports: PipelinePorts,
): Promise<boolean> {
  // A signal to pyrun while it waits for the lock another pyrun holds ends the wait, and pyrun (PyrunInterrupted).
  const waiting = new AbortController();
  ports.hooks?.onInterruptible?.((sig) => waiting.abort(sig), 'the wait for the history’s lock');
  try {
    const result = await history.commit(record, {
      keep_runs,
      lock: {
        signal: waiting.signal,
        onWait: () =>
          ports.log.info(
            `waiting for the lock of history file ${history.path}, held by another pyrun ` +
              '(Ctrl-C stops the wait; this run is then not recorded)',
          ),
      },
    });
    for (const w of result.warnings) ports.log.warn(w);
    return true;
  } catch (error) {
    if (error instanceof PyrunInterrupted) throw error;
    ports.log.warn(`could not save the history to ${history.path}: ${(error as Error).message}`);
    return false;
  }
}

/** Earlier runs of a series for the HTML report's history charts (oldest first), without their samples. */
function pastRuns(store: HistoryStore | null, name: string): RunRecord[] {
  if (!store) return [];
  try {
    return store
      .listRuns({ name, last: 100 })
      .reverse()
      .map((r: StoredRun) => ({ ...r, series: [] }));
  } catch {
    return [];
  }
}

/** The record of a run whose script never started: no measurement, status failed, `error` naming the cause. */
function unstartedRecord(run: PreparedRun, error: string): RunRecord {
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
