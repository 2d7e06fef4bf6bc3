/** The history of runs: a sql.js store with migrations, retention and import/merge. */
export { downsample, MAX_SERIES_SAMPLES, MIN_DOWNSAMPLE_MAX } from './downsample.js';
export {
  DEFAULT_FULL_RESOLUTION_RUNS,
  DEFAULT_MAX_RUNS_PER_SERIES,
  DEFAULT_THINNED_SAMPLES,
  type RetentionOptions,
  type RetentionResult,
} from './retention.js';
export { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion, type Migration } from './schema.js';
export { loadSqlJs, type SqlJsStatic } from './sqljs.js';
export {
  HistoryError,
  HistoryStore,
  type ImportResult,
  type ListOptions,
  type OpenOptions,
  type StoredRun,
} from './store.js';
export {
  BASELINE_STATUSES,
  baselineQueryFor,
  DEFAULT_BASELINE_LIMIT,
  type BaselineQuery,
  type JudgedRun,
} from './baseline-query.js';
export { checkRunRecord, type RecordCheck } from './validate.js';
export { readImportText } from './import.js';
export {
  beginHistory,
  openHistory,
  type HistoryBeginning,
  type CommitMode,
  type CommitOptions,
  type CommitResult,
  type OpenedHistory,
  type OpenHistoryOptions,
  type UpdateResult,
} from './open.js';
export { HistoryTargetError, MAX_HISTORY_BYTES, inspectTarget, type HistoryTarget } from './target.js';
export { PYRUN_APPLICATION_ID } from './load.js';
export { LOCK_STALE_MS, lockPath } from './lock.js';
export { CSV_COLUMNS, csvField, runsToCsv } from './csv.js';
