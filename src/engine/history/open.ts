/**
 * Recording runs: the history is read into memory BEFORE the script starts, and the new run is committed after.
 *
 *   const history = await openHistory(path, { mode: 'merge' });   // before the script: refuses a bad --db (125)
 *   history.store.baselineRuns(...)                               // queries on the in-memory copy
 *   const result = await history.commit(record, { keep_runs });  // after the script
 *   history.close();
 *
 * Two commit modes:
 * - `merge` (the CLI, a --db that other pyruns may share): under the file's lock (lock.ts), read the file as it
 *   is now, add the run (by run_id; every other run is kept), apply retention, write atomically (temp, fsync,
 *   rename; the file's mode kept), unlock. N parallel writers leave N runs. When the file holds exactly the bytes
 *   this process last read or wrote (nobody else wrote it meanwhile: the usual case), the copy in memory already
 *   is that file, checked, and it is not parsed and checked again (with sql.js that was most of the time a run
 *   spent after its script). A damaged pyrun history found then is moved aside and the runs read before the script
 *   are kept; a file that is no longer a regular file or no longer a pyrun history is refused and left alone.
 * - `replace` (the action: the file lives where the script could have written): write from memory, never
 *   re-reading what the script could have forged.
 *
 * Symlinks are followed to the file they lead to, and that file is rewritten: the symlink stays a symlink.
 */
import type { RunRecord } from '../types.js';
import { HistoryError } from './errors.js';
import { removeStaleTemps, writeFileAtomic } from './file.js';
import { withFileLock, type LockOptions } from './lock.js';
import { DEFAULT_MAX_RUNS_PER_SERIES, type RetentionOptions } from './retention.js';
import { headerVerdict } from './load.js';
import { classifySnapshot, foreignFileError, newerWarning } from './snapshot.js';
import { errorMessage } from './sql.js';
import { loadSqlJs, type SqlJsStatic } from './sqljs.js';
import { HistoryStore } from './store.js';
import { checkSize, inspectTarget, readTargetBytes, recheckTarget, type HistoryTarget } from './target.js';

export type CommitMode = 'merge' | 'replace';

export interface OpenHistoryOptions {
  mode: CommitMode;
  /** The clock for the `.corrupt-<timestamp>` name of a damaged file moved aside. */
  now?: () => Date;
  /** Refuse files larger than this (default MAX_HISTORY_BYTES). */
  max_bytes?: number;
  /** Lock timing (merge mode); the defaults suit real use. */
  lock?: LockOptions;
}

export interface CommitOptions {
  /** Runs kept per series after the commit (default DEFAULT_MAX_RUNS_PER_SERIES). */
  keep_runs?: number;
  retention?: RetentionOptions;
  /** Merge mode: ends a wait for the lock another pyrun holds (PyrunInterrupted), and says when one begins. */
  lock?: Pick<LockOptions, 'signal' | 'onWait'>;
}

export interface CommitResult {
  /** Whether the file was written (false for a file of a newer schema, which is never written). */
  saved: boolean;
  /** Whether the run was new (false: a run with its run_id was already stored, and is kept as it was). */
  added: boolean;
  /** Runs stored in the file now. */
  runs: number;
  /** What went wrong without stopping the commit (a damaged file moved aside, a newer file left alone). */
  warnings: string[];
}

export interface UpdateOptions {
  keep_runs?: number;
  retention?: RetentionOptions;
  lock?: Pick<LockOptions, 'signal' | 'onWait'>;
}

export interface UpdateResult<T> {
  value: T;
  saved: boolean;
  runs: number;
  warnings: string[];
}

export interface OpenedHistory {
  /** The path as given, absolute. */
  readonly path: string;
  /** The file read and written (symlinks followed). */
  readonly file: string;
  readonly mode: CommitMode;
  /** The history as read at open (merge mode: refreshed by each commit). Query it for baselines. */
  readonly store: HistoryStore;
  /** What went wrong at open without stopping (a damaged history, a newer schema). */
  readonly warnings: readonly string[];
  /**
   * The exact bytes this process last wrote to the file, or null when it wrote none: what the file holds unless
   * someone else changed it since (the action saves its cache from a private copy of these, never the file).
   */
  readonly written: Uint8Array | null;
  /** Records one run (see the header). Throws HistoryError when it cannot be written, HistoryTargetError when
   * the file became something pyrun must not touch. */
  commit(record: RunRecord, options?: CommitOptions): Promise<CommitResult>;
  /** Any change to the history under the same rules as `commit` (e.g. an import); `retention` only when asked. */
  update<T>(
    change: (store: HistoryStore) => T | Promise<T>,
    options?: UpdateOptions,
  ): Promise<UpdateResult<T>>;
  close(): void;
}

/**
 * Opens the history at `path` for recording (see the header). Throws a HistoryTargetError (exit 125) when `path`
 * is not a regular file or absent (a device, FIFO, socket, directory), is larger than the store can hold, or is
 * not a pyrun history; nothing is written, renamed or read beyond the bound. A damaged pyrun history opens as an
 * empty one with a warning (it is moved aside by the first commit).
 */
export async function openHistory(path: string, options: OpenHistoryOptions): Promise<OpenedHistory> {
  return (await beginHistory(path, options)).open();
}

/** A history whose file has been checked and read, not yet parsed: see beginHistory. */
export interface HistoryBeginning {
  /** Loads sql.js and builds the store from the bytes read at the beginning (the file is not read again). */
  open(): Promise<OpenedHistory>;
}

/**
 * The part of openHistory that must come before the script starts: the target is checked (a device, a folder, a
 * file too large or not a pyrun history is refused with a HistoryTargetError, exit 125) and its bytes are read
 * (the copy `replace` mode writes from, read before the script could touch the file). What is left — loading
 * SQLite (WebAssembly) and building the store, most of the time a recorded run spends on its history — can run
 * while the script does: `open()`. Only a file whose header cannot tell (a SQLite database without pyrun's
 * application_id, which may be another program's) is parsed here, so that it too is refused before anything runs.
 */
export async function beginHistory(path: string, options: OpenHistoryOptions): Promise<HistoryBeginning> {
  const target = await inspectTarget(path);
  checkSize(target, options.max_bytes);
  const bytes = await readTargetBytes(target, options.max_bytes);
  const open = async (): Promise<OpenedHistory> => {
    const SQL = await loadSqlJs();
    const snapshot = classifySnapshot(SQL, target, bytes);
    const store = HistoryStore.fromSnapshot(SQL, target, snapshot, options.now);
    return new History(SQL, target, store, options, snapshot.kind === 'history' ? bytes : null);
  };
  const header = bytes === null || bytes.length === 0 ? null : headerVerdict(bytes);
  if (header?.kind === 'foreign') throw foreignFileError(target, header.problem);
  if (header?.kind === 'unmarked') {
    const opened = await open(); // throws the HistoryTargetError of another program's database
    return { open: () => Promise.resolve(opened) };
  }
  return { open };
}

class History implements OpenedHistory {
  readonly path: string;
  readonly file: string;
  readonly mode: CommitMode;
  readonly warnings: readonly string[];
  written: Uint8Array | null = null;

  constructor(
    private readonly SQL: SqlJsStatic,
    private target: HistoryTarget,
    readonly store: HistoryStore,
    private readonly options: OpenHistoryOptions,
    /** The file's bytes that `store` holds exactly (read at open or written by a commit); null: none known. */
    private seen: Uint8Array | null,
  ) {
    this.path = target.path;
    this.file = target.file;
    this.mode = options.mode;
    this.warnings = [...store.warnings];
  }

  async commit(record: RunRecord, options: CommitOptions = {}): Promise<CommitResult> {
    const { value, ...rest } = await this.update((store) => store.insert(record), {
      keep_runs: options.keep_runs ?? DEFAULT_MAX_RUNS_PER_SERIES,
      retention: options.retention,
      lock: options.lock,
    });
    return { ...rest, added: value };
  }

  async update<T>(
    change: (store: HistoryStore) => T | Promise<T>,
    options: UpdateOptions = {},
  ): Promise<UpdateResult<T>> {
    if (this.options.mode === 'replace') return this.write(this.store, change, options, () => true);
    return withFileLock(
      this.target.file,
      async (stillHeld) => {
        await removeStaleTemps(this.target.file); // left by a writer killed mid-write
        this.target = await recheckTarget(this.target);
        checkSize(this.target, this.options.max_bytes);
        const bytes = await readTargetBytes(this.target, this.options.max_bytes);
        if (this.holdsExactly(bytes)) return this.write(this.store, change, options, stillHeld);
        const before = this.store.warnings.length;
        const snapshot = classifySnapshot(this.SQL, this.target, bytes);
        const fresh =
          snapshot.kind === 'history'
            ? HistoryStore.fromSnapshot(this.SQL, this.target, snapshot, this.options.now)
            : null;
        const forged =
          fresh !== null && !this.store.isDamagedPending() ? unexplainedChange(this.store, fresh) : null;
        if (fresh !== null && forged !== null) {
          // Changed under us in a way no pyrun writer changes a history (the script it measured can write this
          // file): nothing of it is merged. The file as found is moved aside; what was read before is kept.
          fresh.close();
          this.store.markDamaged(
            `changed during the run in a way no pyrun writer changes a history: ${forged}`,
          );
        } else if (fresh !== null && snapshot.kind === 'history') {
          this.store.adopt(fresh);
          if (snapshot.newer) {
            return {
              value: await change(this.store),
              saved: false,
              runs: this.store.countRuns(),
              warnings: [newerWarning(this.target.path, snapshot.version)],
            };
          }
        } else if (snapshot.kind === 'damaged' && !this.store.isDamagedPending()) {
          // Healthy when read, damaged now: keep the runs read before the script, move the damaged file aside.
          this.store.markDamaged(snapshot.problem);
        }
        return this.write(this.store, change, options, stillHeld, before);
      },
      { ...this.options.lock, ...options.lock },
    );
  }

  /** Whether `bytes` (the file now) are what the store in memory holds, and the store may simply go on. */
  private holdsExactly(bytes: Uint8Array | null): boolean {
    const seen = this.seen;
    if (seen === null || bytes === null || !this.store.isWritable || this.store.isDamagedPending())
      return false;
    return Buffer.from(seen.buffer, seen.byteOffset, seen.byteLength).equals(bytes);
  }

  private async write<T>(
    store: HistoryStore,
    change: (store: HistoryStore) => T | Promise<T>,
    options: { keep_runs?: number; retention?: RetentionOptions },
    stillHeld: () => boolean,
    before: number = store.warnings.length,
  ): Promise<UpdateResult<T>> {
    this.seen = null; // the store is about to differ from the file: known again only once written
    const value = await change(store);
    if (!store.isWritable) {
      return { value, saved: false, runs: store.countRuns(), warnings: store.warnings.slice(before) };
    }
    if (options.keep_runs !== undefined) store.retain(options.keep_runs, options.retention ?? {});
    const bytes = store.exportBytes();
    await store.moveDamagedAside();
    if (!stillHeld()) {
      throw new HistoryError(
        `lost the lock on history file ${this.target.path} while writing (another pyrun judged it stale); ` +
          'this run was not recorded',
      );
    }
    try {
      await writeFileAtomic(this.target.file, bytes, this.target);
    } catch (error) {
      throw new HistoryError(`cannot save history to ${this.target.path}: ${errorMessage(error)}`);
    }
    this.seen = bytes;
    this.written = bytes;
    return { value, saved: true, runs: store.countRuns(), warnings: store.warnings.slice(before) };
  }

  close(): void {
    this.store.close();
  }
}

/**
 * Why the history `now` cannot have come from `before` through pyrun writers, or null when it can. A pyrun writer
 * adds runs, and deletes a series' oldest runs only when newer ones push them out (retention); it never rewrites a
 * stored run. So: a run of `before` that is gone while no newer run of its series was added or while an older one
 * was kept, or a run whose row differs, is a change no pyrun made. (Deleting a series' oldest run and adding a newer
 * one looks exactly like another pyrun's run with retention, and is not told apart: see docs/guarantees.md.)
 */
function unexplainedChange(before: HistoryStore, now: HistoryStore): string | null {
  const mine = before.runIdentities();
  const theirs = now.runIdentities();
  const newestAdded = new Map<string, number>();
  const oldestKept = new Map<string, number>();
  for (const [id, run] of theirs) {
    if (mine.has(id)) {
      oldestKept.set(run.name, Math.min(oldestKept.get(run.name) ?? Infinity, run.started_ms));
    } else {
      newestAdded.set(run.name, Math.max(newestAdded.get(run.name) ?? -Infinity, run.started_ms));
    }
  }
  let removed = 0;
  let rewritten = 0;
  for (const [id, run] of mine) {
    const other = theirs.get(id);
    if (other === undefined) {
      // Retention removes a series' oldest runs, and only when newer ones were added.
      const pushedOut =
        (newestAdded.get(run.name) ?? -Infinity) > run.started_ms &&
        (oldestKept.get(run.name) ?? Infinity) >= run.started_ms;
      if (!pushedOut) removed++;
    } else if (other.digest !== run.digest) rewritten++;
  }
  if (removed === 0 && rewritten === 0) return null;
  return [
    removed > 0 ? `${removed} run(s) removed` : '',
    rewritten > 0 ? `${rewritten} run(s) rewritten` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
