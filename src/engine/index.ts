/**
 * The engine's public surface: the only module the faces (src/action, src/cli) import. A run or a suite goes
 * through `runPipeline`; the reading commands use the history, analysis and report exports below.
 *
 * Importing one name from here costs only that name's module, which keeps a run's start-up short: package.json says `"sideEffects": false`,
 * so the bundler links each import straight to the module that defines it and never evaluates this file's other
 * re-exports. Keep it a list of re-exports (no code with effects at load), and keep heavy parts — the history
 * (sql.js), report renderers, e-mail — behind the pipeline's `await import()`, so `pyrun run --no-history`
 * loads none of them (__tests__/integration/cli/lazy-loading.test.ts).
 */
export type { RunConfig, SshConfig } from './config.js';
export { runPipeline, type PipelineRequest, type PipelineResult } from './pipeline.js';
export type { PipelinePorts } from './pipeline-ports.js';
export { configSecrets, parseRules, preparePipeline, type RunFacts } from './prepare.js';
export type { HistoryPlan } from './history/planned.js';
export { explain, headline } from './explain.js';
export { EXIT_GATE_FAILED, EXIT_PYRUN_ERROR, exitCodeFor, PyrunError, suiteExitCode } from './outcome.js';
export { systemClock, type Clock, type Logger } from './ports.js';
export { LinuxProcSource } from './execute/sample/linux.js';
export { maskSecrets } from './alerts/index.js';
export { MIN_BASELINE_RUNS } from './judge.js';
export { regressedMetrics } from './verdicts.js';
export {
  HistoryError,
  HistoryStore,
  HistoryTargetError,
  openHistory,
  readImportText,
  type ImportResult,
  runsToCsv,
  type OpenedHistory,
} from './history/index.js';
export { compareRun, trendReport, type MultivariateReport } from './insight.js';
export { MIN_MULTIVARIATE_RUNS } from './analysis/index.js';
export { parseGate, RuleError } from './rules/index.js';
export { protectedFileAt, writeReportFile } from './report/write-file.js';
export {
  MAX_COMMENT_CHARS,
  MAX_SUMMARY_CHARS,
  renderHtml,
  renderHtmlMulti,
  renderJson,
  renderJunit,
  renderMarkdown,
  renderMarkdownMulti,
  renderTap,
} from './report/index.js';
export { COMPARABLE_METRICS, type ComparableMetric, type RunRecord, type Sample } from './types.js';
export { PYRUN_VERSION } from '../version.js';
export { runAbPipeline, type AbOutcome, type AbRequest } from './ab/pipeline.js';
export { renderAbMarkdown } from './report/ab-markdown.js';
export type { AbRecord } from './ab/record.js';
export { neutralizeWorkflowCommands } from './log-text.js';
export { holdsInvisible, showInvisible, visibleJson } from './visible-text.js';
export { cutToFit } from './report/budget.js';
export { countGates, describeGate } from './report/gates.js';
export { formatDuration } from './report/numbers.js';
export { humanize, worstStatus } from './report/status.js';
export { mdCode } from './report/markdown-escape.js';
export { ensureCommit } from './ab/worktree.js';
export { renderSite, type RenderedSite, type SiteFile } from './site/render.js';
export { repoUrlOrNull, writeSite, type WrittenSite } from './site/write.js';
