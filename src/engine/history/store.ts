/**
 * The history of runs: one SQLite file (sql.js, held in memory while open, written back atomically by `save`).
 *
 * Changes (`insert`, imports, `retain`) live in memory until `save()`; `close()` does not save.
 * `open` only reads: a damaged pyrun history is read as empty with a warning, and moved aside to
 * `<file>.corrupt-<timestamp>` by `save()`; a file that is not a pyrun history is refused (HistoryTargetError).
 * To record runs safely beside other writers, use `openHistory` (open.ts), which locks and merges.
 */
import type { Database, ParamsObject, SqlValue } from 'sql.js';
import type { RunRecord } from '../types.js';
import { baselineRunsSql, NEWEST_FIRST, type BaselineQuery } from './baseline-query.js';
import { HistoryError } from './errors.js';
import { moveAside, writeFileAtomic } from './file.js';
import type { ImportResult } from './import.js';
import { markAsHistory, newDatabase } from './load.js';
import { applyRetention, type RetentionOptions, type RetentionResult } from './retention.js';
import { RunReader, RunWriter, type StoredRun } from './rows.js';
import { newerWarning, readSnapshot, type Snapshot } from './snapshot.js';
import { allRows, errorMessage, scalar, transaction } from './sql.js';
import { strippedWarning } from './untrusted.js';
import { loadSqlJs, type SqlJsStatic } from './sqljs.js';
import { checkSize, inspectTarget, type HistoryTarget } from './target.js';

export { HistoryError };
export type { BaselineQuery, ImportResult, StoredRun };

export interface OpenOptions {
  /** The clock for the `.corrupt-<timestamp>` name (default: the system clock). */
  now?: () => Date;
  /** Refuse files larger than this (default MAX_HISTORY_BYTES). */
  max_bytes?: number;
  /**
   * For the reading commands: skip the whole-file integrity check at open (most of the time of a reading command
   * on a large history) and never save. A query that reaches a damaged page throws a HistoryError naming the file.
   */
  read_only?: boolean;
}

export interface ListOptions {
  /** Only this series. */
  name?: string;
  /** Only the newest `last` runs. */
  last?: number;
}

export class HistoryStore {
  /** The file this store saves to; null for an in-memory store. */
  readonly path: string | null;
  /** @internal Where the file is (symlinks followed) and how to rewrite it; null in memory. */
  readonly target: HistoryTarget | null;
  private db: Database | null;
  private readonly warningList: string[];
  private readonly writable: boolean;
  /** Why the file this store was read from is damaged (it is moved aside before the first save). */
  private damaged: string | null;
  private readonly now: () => Date;
  /** Opened with `read_only`: not integrity-checked, so never saved. */
  private readOnly = false;

  private constructor(
    db: Database,
    target: HistoryTarget | null,
    warnings: string[],
    writable: boolean,
    damaged: string | null,
    now: (() => Date) | undefined,
  ) {
    this.db = db;
    this.target = target;
    this.path = target?.path ?? null;
    this.warningList = warnings;
    this.writable = writable;
    this.damaged = damaged;
    this.now = now ?? (() => new Date());
  }

  /** Whether `save()` may write this history (false for a file of a newer schema). */
  get isWritable(): boolean {
    return this.writable;
  }

  /** What went wrong without stopping the store (a damaged file moved aside, a file too new to write). */
  get warnings(): readonly string[] {
    return this.warningList;
  }

  /**
   * Opens the history at `path` for reading (a missing or empty file is an empty history). Never writes, renames
   * or blocks: `path` must be a regular file or absent (symlinks followed), at most `max_bytes` long, and a pyrun
   * history; anything else throws a HistoryTargetError (exit 125). A damaged pyrun history is read as empty, with
   * a warning; only `save()` (a writing path) moves it aside. Use `openHistory` to record runs.
   */
  static async open(path: string, options: OpenOptions = {}): Promise<HistoryStore> {
    const SQL = await loadSqlJs();
    const target = await inspectTarget(path);
    checkSize(target, options.max_bytes);
    const read_only = options.read_only === true;
    const snapshot = await readSnapshot(SQL, target, options.max_bytes, { integrity_check: !read_only });
    const store = HistoryStore.fromSnapshot(SQL, target, snapshot, options.now);
    if (read_only) store.readOnly = true;
    return store;
  }

  /** @internal A store over a classified reading of `target` (see snapshot.ts). */
  static fromSnapshot(
    SQL: SqlJsStatic,
    target: HistoryTarget,
    snapshot: Snapshot,
    now: (() => Date) | undefined,
  ): HistoryStore {
    if (snapshot.kind === 'history') {
      const warnings = snapshot.newer ? [newerWarning(target.path, snapshot.version)] : [];
      if (snapshot.stripped.length > 0) warnings.push(strippedWarning(target.path, snapshot.stripped));
      return new HistoryStore(snapshot.db, target, warnings, !snapshot.newer, null, now);
    }
    const warnings =
      snapshot.kind === 'damaged'
        ? [
            `history file ${target.path} is damaged (${snapshot.problem}); it is read as empty and will be ` +
              'moved aside when a run is recorded',
          ]
        : [];
    const damaged = snapshot.kind === 'damaged' ? snapshot.problem : null;
    return new HistoryStore(newDatabase(SQL), target, warnings, true, damaged, now);
  }

  /** An empty history that lives only in memory (`save` writes nothing). For --no-history and tests. */
  static async openInMemory(): Promise<HistoryStore> {
    const SQL = await loadSqlJs();
    return new HistoryStore(newDatabase(SQL), null, [], true, null, undefined);
  }

  /** Adds a run; false (and nothing changed) when a run with its run_id is already stored. */
  insert(record: RunRecord): boolean {
    const db = this.database();
    const writer = new RunWriter(db);
    try {
      return transaction(db, () => writer.write(record));
    } finally {
      writer.free();
    }
  }

  /** One run with its series, gates and alerts; null when no run has this run_id. */
  getRun(run_id: string): RunRecord | null {
    return this.guard(() => {
      const rows = allRows(this.database(), 'SELECT * FROM runs WHERE run_id = ?', [run_id]);
      return rows[0] === undefined ? null : this.read(rows, (reader, row) => reader.fullRun(row))[0]!;
    });
  }

  /** Runs newest first (by start time), without their series. */
  listRuns(options: ListOptions = {}): StoredRun[] {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (options.name !== undefined) {
      where.push('name = ?');
      params.push(options.name);
    }
    const limit = options.last === undefined ? -1 : Math.max(0, Math.floor(options.last));
    params.push(limit);
    const sql = `SELECT * FROM runs ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ${NEWEST_FIRST} LIMIT ?`;
    return this.guard(() =>
      this.read(allRows(this.database(), sql, params), (reader, row) => reader.storedRun(row)),
    );
  }

  /**
   * The runs a baseline is built from, newest first (docs/verdicts.md, "The baseline"): runs of the series whose script succeeded
   * (BASELINE_STATUSES), on the same fingerprint, not from a pull request, of `ref` when given, profiled or not
   * as `profiled` says, started by `startedBy`, except `excludeRunId`; at most `limit` (default 30).
   * Build the query with baseline-query.ts `baselineQueryFor`, so every caller chooses the same runs.
   */
  baselineRuns(query: BaselineQuery): StoredRun[] {
    const { sql, params } = baselineRunsSql(query);
    return this.guard(() =>
      this.read(allRows(this.database(), sql, params), (reader, row) => reader.storedRun(row)),
    );
  }

  /** Every series name, sorted. */
  seriesNames(): string[] {
    return this.guard(() =>
      allRows(this.database(), 'SELECT DISTINCT name FROM runs ORDER BY name').map((r) => r.name as string),
    );
  }

  /** How many runs are stored (of one series when `name` is given). */
  countRuns(name?: string): number {
    const db = this.database();
    const count = this.guard(() =>
      name === undefined
        ? scalar(db, 'SELECT COUNT(*) FROM runs')
        : scalar(db, 'SELECT COUNT(*) FROM runs WHERE name = ?', [name]),
    );
    return Number(count ?? 0);
  }

  /**
   * Merges run records, one JSON object a line (blank lines ignored), in one transaction. Runs already present
   * are skipped; lines that are not run records are refused and listed in `invalid` (the rest still import).
   */
  async importJsonl(text: string): Promise<ImportResult> {
    const { importJsonl } = await import('./import.js'); // with zod, which only importing needs
    return importJsonl(this.database(), text);
  }

  /** Merges the runs of another history file (any schema version up to ours), skipping runs already present. */
  async importDatabase(otherPath: string): Promise<ImportResult> {
    const { importDatabase } = await import('./import.js');
    return importDatabase(this.database(), await loadSqlJs(), otherPath);
  }

  /** Bounds history: see retention.ts for the rule (thin old runs' series, delete runs beyond the cap). */
  retain(maxRunsPerSeries: number, options: RetentionOptions = {}): RetentionResult {
    return applyRetention(this.database(), maxRunsPerSeries, options);
  }

  /**
   * Writes the history to its file atomically (temp file in the same directory, fsync, rename; parent
   * directories created). Returns false without writing for an in-memory store or a file of a newer schema.
   * Throws HistoryError when the file cannot be written.
   */
  async save(): Promise<boolean> {
    if (this.target === null) return false;
    if (!this.writable || this.readOnly) return false;
    const bytes = this.exportBytes();
    await this.moveDamagedAside();
    try {
      await writeFileAtomic(this.target.file, bytes, this.target);
    } catch (error) {
      throw new HistoryError(`cannot save history to ${this.target.path}: ${errorMessage(error)}`);
    }
    return true;
  }

  /** @internal The database as file bytes, marked as a pyrun history. */
  exportBytes(): Uint8Array {
    const db = this.database();
    markAsHistory(db);
    return db.export();
  }

  /** @internal Moves the damaged file this store was read from aside (once), with a warning; best effort. */
  async moveDamagedAside(): Promise<void> {
    if (this.damaged === null || this.target === null) return;
    const { path, file } = this.target;
    const problem = this.damaged;
    this.damaged = null;
    try {
      const aside = await moveAside(file, this.now());
      this.warningList.push(
        `history file ${path} is damaged (${problem}); moved it aside to ${aside} and started a new history`,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.warningList.push(
        `history file ${path} is damaged (${problem}) and could not be moved aside ` +
          `(${errorMessage(error)}); it is replaced by a new history`,
      );
    }
  }

  /** @internal Whether a damaged file is still to be moved aside before the next write. */
  isDamagedPending(): boolean {
    return this.damaged !== null;
  }

  /**
   * @internal What identifies each stored run and what no pyrun writer changes once it is written (retention only
   * thins samples and deletes whole runs): run_id → series, start and a digest of the run's row.
   */
  runIdentities(): Map<string, { name: string; started_ms: number; digest: string }> {
    const rows = allRows(
      this.database(),
      `SELECT run_id, name, started_ms, json_array(name, started_at, status, exit_code, signal, duration_s,
         cpu_time_s, peak_rss_bytes, os, arch, python_version, executor, git_ref, git_sha, is_pull_request, baseline,
         verdicts) AS digest FROM runs`,
    );
    return new Map(
      rows.map((r) => [
        String(r.run_id),
        { name: String(r.name), started_ms: Number(r.started_ms), digest: String(r.digest) },
      ]),
    );
  }

  /** @internal The file turned out damaged after it was read: move it aside before the next write. */
  markDamaged(problem: string): void {
    this.damaged = problem;
  }

  /** @internal Takes over another store's database (a fresher reading of the same file), closing this one's. */
  adopt(other: HistoryStore): void {
    this.db?.close();
    this.db = other.database();
    other.db = null;
    this.damaged = null;
    this.warningList.push(...other.warningList);
  }

  /** Frees the database. Does not save. */
  close(): void {
    this.db?.close();
    this.db = null;
  }

  private database(): Database {
    if (this.db === null) throw new Error('history store is closed');
    return this.db;
  }

  /**
   * Runs a query; SQLite's word for a damaged page (SQLITE_CORRUPT: "database disk image is malformed") becomes a
   * HistoryError that names the file and what to do, since a store opened `read_only` was not checked at open.
   */
  private guard<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      const message = errorMessage(error);
      if (!/malformed|corrupt/i.test(message)) throw error;
      throw new HistoryError(
        `history file ${this.path ?? '(in memory)'} is damaged (${message}); ` +
          '`pyrun run` moves it aside and starts a new history when it next records a run',
      );
    }
  }

  private read<T>(rows: ParamsObject[], map: (reader: RunReader, row: ParamsObject) => T): T[] {
    const reader = new RunReader(this.database());
    try {
      return rows.map((row) => map(reader, row));
    } finally {
      reader.free();
    }
  }
}
