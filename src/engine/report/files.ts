/**
 * The pipeline's report step: as each run ends, its metrics go to the `--export` targets (Prometheus, OTLP,
 * StatsD); once every run has ended, the report files a run (or a suite) asked for, one file per format covering
 * every record. Each file is written whole or not at all (temp file + rename, folders created); a file that cannot
 * be written is one warning and never stops the others, the history or the outputs. Each exporter and renderer is
 * loaded only when asked for.
 */
import type { LaunchSpec } from '../execute/exec/types.js';
import type { ExportTarget } from './export/target.js';
import { pastRuns } from '../history/planned.js';
import type { HistoryStore } from '../history/store.js';
import type { Logger } from '../ports.js';
import { sourceFile } from '../source-file.js';
import type { RunRecord } from '../types.js';

export interface ReportPaths {
  json: string | null;
  junit: string | null;
  tap: string | null;
  summary: string | null;
  html: string | null;
  benchmark_action: string | null;
  bmf: string | null;
  hyperfine: string | null;
}

export interface ReportFileDeps {
  log: Logger;
  /** The stored runs of a series (oldest first, this run included), for the HTML report's history charts. */
  history(name: string): RunRecord[];
  /** Each record's script as a path from the run's starting directory (null: unknown), index-aligned. */
  source_files?: readonly (string | null)[];
  /** Files no report may replace (the history file). */
  protect?: readonly string[];
}

/** As a run ends: its metrics to every `--export` target (trouble with one is a warning). */
export async function exportMetrics(
  record: RunRecord,
  targets: readonly ExportTarget[],
  log: Logger,
): Promise<void> {
  if (targets.length === 0) return;
  const { exportRun } = await import('./export/index.js');
  await exportRun(record, targets, { warn: (m) => log.warn(m) });
}

export interface ReportStepDeps {
  log: Logger;
  /** The runs, index-aligned with the records: their scripts are named in the reports as paths from `base_dir`. */
  runs: readonly { spec: { launch: Pick<LaunchSpec, 'script' | 'module' | 'cwd'> } }[];
  base_dir: string;
  /** The history, for the HTML report's history charts; asked for only when an HTML report is. */
  history(): Promise<Pick<HistoryStore, 'listRuns'> | null>;
  /** Files no report may replace (the history file). */
  protect: readonly string[];
}

/** Once every run has ended: the report files, one per format, covering every record. */
export async function report(
  records: readonly RunRecord[],
  paths: ReportPaths,
  deps: ReportStepDeps,
): Promise<void> {
  const store = paths.html ? await deps.history() : null;
  await writeReports(records, paths, {
    log: deps.log,
    source_files: deps.runs.map((run) => sourceFile(run.spec.launch, deps.base_dir)),
    history: (name) => pastRuns(store, name),
    protect: deps.protect, // checked again at write time: the script may have put a symlink there meanwhile
  });
}

export async function writeReports(
  records: readonly RunRecord[],
  paths: ReportPaths,
  deps: ReportFileDeps,
): Promise<void> {
  if (records.length === 0 || Object.values(paths).every((p) => !p)) return;
  // Each renderer is loaded only when its format is asked for: a JSON record must not pay for the XML builder.
  const one = records.length === 1 ? records[0]! : null;
  const outputs: [string | null, () => Promise<string>][] = [
    [
      paths.json,
      async () =>
        one ? (await import('./json.js')).renderJson(one) : `${JSON.stringify(records, null, 2)}\n`,
    ],
    [
      paths.junit,
      async () => (await import('./junit.js')).renderJunit(one ?? records, { files: deps.source_files }),
    ],
    [paths.tap, async () => (await import('./tap.js')).renderTap(one ?? records)],
    [
      paths.summary,
      async () =>
        one
          ? (await import('./markdown.js')).renderMarkdown(one)
          : (await import('./markdown-multi.js')).renderMarkdownMulti(records),
    ],
    [
      paths.html,
      async () => {
        const { renderHtml, renderHtmlMulti } = await import('./html.js');
        return one ? renderHtml(one, { history: deps.history(one.name) }) : renderHtmlMulti(records);
      },
    ],
  ];
  const interop = () => import('./export/interop.js');
  outputs.push(
    [paths.benchmark_action, async () => (await interop()).benchmarkActionJson(records)],
    [paths.bmf, async () => (await interop()).bmfJson(records)],
    [paths.hyperfine, async () => (await interop()).hyperfineJson(records)],
  );
  const { writeReportFile } = await import('./write-file.js'); // with fs/promises: only when asked
  for (const [file, render] of outputs) {
    if (!file) continue;
    const written = await writeReportFile(file, await render(), { protect: deps.protect ?? [] });
    if (!written.ok) deps.log.warn(`could not write the report ${file}: ${written.error}`);
  }
}
