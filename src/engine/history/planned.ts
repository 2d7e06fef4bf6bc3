/**
 * The pipeline's history step. The history file is checked and read before any script starts, so a --db that is
 * not a history file is refused (HistoryTargetError, exit 125) before anything runs; it is parsed while the first
 * script runs (sql.js loads meanwhile), and awaited when the judge step first needs its baseline runs
 * (`baselineRunsFor`). A history that cannot be read or parsed is one warning, told when it is first needed: the runs
 * are then judged without history and not remembered. Loaded only for a run with a history: sql.js, the lock and the record schema stay off the plain path.
 */
import { baselineQueryFor, type JudgedRun } from './baseline-query.js';
import type { CommitMode, HistoryBeginning, OpenedHistory } from './open.js';
import type { RunRecord } from '../types.js';
import type { HistoryStore, StoredRun } from './store.js';

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

export interface PlannedHistory {
  /** Begins loading SQLite and parsing the history read before the script (idempotent). */
  start(): void;
  /** The history (started if it was not), its warnings told once; null when it cannot be used (told once). */
  ready(): Promise<OpenedHistory | null>;
  /** The history's runs, once ready; null when it cannot be used. */
  store(): Promise<HistoryStore | null>;
  /** Closes it if it was opened. */
  close(): Promise<void>;
}

/** Checks and reads the history file at `file` (absolute); null when there is none or it cannot be used (told). */
export async function planHistory(
  file: string,
  mode: CommitMode,
  warn: (message: string) => void,
): Promise<PlannedHistory | null> {
  const { HistoryError, HistoryTargetError, beginHistory } = await import('./index.js');
  const unusable = (error: unknown) =>
    warn(`${(error as Error).message}; runs are judged without history and not remembered`);
  let beginning: HistoryBeginning;
  try {
    beginning = await beginHistory(file, { mode });
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
      for (const w of settled.history.warnings) warn(w);
      return settled.history;
    });
    return result;
  };
  return {
    start,
    ready,
    store: async () => (await ready())?.store ?? null,
    close: async () => {
      if (opening) (await ready())?.close();
    },
  };
}

/**
 * The earlier runs a run is judged against, newest first, chosen by the one baseline query (./baseline-query.ts):
 * the pipeline hands them to its judge step, and `pyrun compare` judges a stored run against the same ones.
 */
export function baselineRunsFor(
  store: Pick<HistoryStore, 'baselineRuns'> | null,
  run: JudgedRun,
  baseline_ref: string | null,
): StoredRun[] {
  return store?.baselineRuns(baselineQueryFor(run, baseline_ref)) ?? [];
}

/** Earlier runs of a series for the HTML report's history charts (oldest first), without their samples. */
export function pastRuns(store: Pick<HistoryStore, 'listRuns'> | null, name: string): RunRecord[] {
  if (!store) return [];
  try {
    return store
      .listRuns({ name, last: 100 })
      .reverse()
      .map((r) => ({ ...r, series: [] }));
  } catch {
    return [];
  }
}
