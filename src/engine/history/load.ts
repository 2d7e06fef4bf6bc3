/**
 * Turning the bytes of a history file into a database at the latest schema, or saying why they cannot be one —
 * and telling a damaged pyrun history (which the writing path may move aside) from a file that is not a pyrun
 * history at all (which pyrun refuses and never touches).
 *
 * A pyrun history is a SQLite database whose header carries pyrun's `application_id` (set on every file pyrun
 * writes), or, for files written before pyrun set it, whose `application_id` is 0 and whose schema has pyrun's
 * `runs` table (or no table at all: an empty database).
 */
import type { Database } from 'sql.js';
import type { SqlJsStatic } from './sqljs.js';
import { APPLICATION_ID_OFFSET, PYRUN_APPLICATION_ID } from './application-id.js';
import { sqliteHeaderProblem } from './file.js';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './schema.js';
import { allRows, errorMessage } from './sql.js';
import { defuseSchema, foreignTableDefinition } from './untrusted.js';

export { PYRUN_APPLICATION_ID };

export type Loaded =
  | {
      ok: true;
      db: Database;
      from_version: number;
      version: number;
      newer: boolean;
      /** SQLite objects pyrun never creates, removed before anything ran (see untrusted.ts). */
      stripped: string[];
    }
  /** `foreign`: not a pyrun history (refuse it, touch nothing); `damaged`: a pyrun history that cannot be used. */
  | { ok: false; problem: string; foreign: boolean };

const TABLES = ['runs', 'samples', 'gates', 'alerts'];
/** Columns every pyrun history's `runs` table has had since v1. */
const MARKER_COLUMNS = ['run_id', 'name', 'started_at', 'peak_rss_mb', 'duration_s'];

/** The application id in a SQLite header, or null when the bytes are not a SQLite file. */
export function applicationId(bytes: Uint8Array): number | null {
  if (sqliteHeaderProblem(bytes)?.startsWith('not a SQLite') || bytes.length < 100) return null;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(APPLICATION_ID_OFFSET);
}

/**
 * Whether an open database has pyrun's schema (for files from before the application id), or no schema at all
 * (an empty SQLite database holds nothing to lose and becomes a history).
 */
function hasPyrunSchema(db: Database): boolean {
  try {
    if (Number(allRows(db, 'SELECT COUNT(*) AS n FROM sqlite_master')[0]?.n ?? 0) === 0) return true;
    const columns = allRows(db, "SELECT name FROM pragma_table_info('runs')").map((r) => String(r.name));
    return MARKER_COLUMNS.every((c) => columns.includes(c));
  } catch {
    return false;
  }
}

/** Marks a database as a pyrun history (done before every write). */
export function markAsHistory(db: Database): void {
  db.exec(`PRAGMA application_id = ${PYRUN_APPLICATION_ID}`);
}

export interface LoadOptions {
  /**
   * Run SQLite's `PRAGMA quick_check` over the whole file (default true). It reads every page, which is most of a
   * reading command's time on a large history (docs/costs.md). Every path that writes keeps it, so a damaged file is moved aside before anything is written
   * over it; the reading commands skip it (a query that reaches a damaged page still fails, and the store turns
   * that into an error naming the file: see store.ts).
   */
  integrity_check?: boolean;
}

/**
 * What the first 100 bytes say, without SQLite: `foreign` (not a SQLite database, or another application's: the
 * problem says which), `pyrun` (marked with pyrun's application_id: a history, healthy or damaged, never another
 * program's file) or `unmarked` (a SQLite database whose tables must be looked at to tell).
 */
export function headerVerdict(
  bytes: Uint8Array,
): { kind: 'foreign'; problem: string } | { kind: 'pyrun' } | { kind: 'unmarked' } {
  const id = applicationId(bytes);
  if (id === null) return { kind: 'foreign', problem: sqliteHeaderProblem(bytes) ?? 'not a SQLite database' };
  if (id === PYRUN_APPLICATION_ID) return { kind: 'pyrun' };
  if (id === 0) return { kind: 'unmarked' };
  return {
    kind: 'foreign',
    problem: `a SQLite database of another application (application_id 0x${id.toString(16)})`,
  };
}

/**
 * Opens `bytes` as a history database and brings it to LATEST_SCHEMA_VERSION. A file whose schema is newer than
 * this code knows is opened as it is, with `newer: true` (it must not be written by us). A file that is not a
 * pyrun history is `foreign`; damage of any kind to a pyrun history — a truncated file, a failed integrity check,
 * a failed migration, missing tables — is a `problem` with `foreign: false`.
 */
export function loadDatabase(SQL: SqlJsStatic, bytes: Uint8Array, options: LoadOptions = {}): Loaded {
  const header = headerVerdict(bytes);
  if (header.kind === 'foreign') return { ok: false, foreign: true, problem: header.problem };
  const marked = header.kind === 'pyrun';
  const headerProblem = sqliteHeaderProblem(bytes);
  if (headerProblem !== null) {
    return marked
      ? { ok: false, foreign: false, problem: headerProblem }
      : { ok: false, foreign: true, problem: `not recognisable as a pyrun history (${headerProblem})` };
  }
  let db: Database | undefined;
  let pyrun = marked;
  try {
    db = new SQL.Database(bytes);
    pyrun = marked || hasPyrunSchema(db);
    if (!pyrun) {
      db.close();
      return { ok: false, foreign: true, problem: 'a SQLite database without pyrun’s tables' };
    }
    // Before any statement that could fire a trigger (the migrations write): see untrusted.ts.
    const stripped = defuseSchema(SQL, db);
    const check =
      options.integrity_check === false
        ? []
        : allRows(db, 'PRAGMA quick_check')
            .map((row) => String(Object.values(row)[0]))
            .filter((line) => line !== 'ok');
    if (check.length > 0) throw new Error(`integrity check failed: ${check.slice(0, 3).join('; ')}`);
    const from_version = schemaVersion(db);
    const newer = from_version > LATEST_SCHEMA_VERSION;
    const version = newer ? from_version : migrate(db).to;
    const foreignTable = newer ? null : foreignTableDefinition(SQL, db);
    if (foreignTable !== null) throw new Error(foreignTable);
    for (const table of TABLES) db.exec(`SELECT * FROM ${table} LIMIT 1`);
    return { ok: true, db, from_version, version, newer, stripped };
  } catch (error) {
    db?.close();
    return pyrun
      ? { ok: false, foreign: false, problem: errorMessage(error) }
      : { ok: false, foreign: true, problem: `not recognisable as a pyrun history (${errorMessage(error)})` };
  }
}

/** A new, empty history at the latest schema, marked as pyrun's. */
export function newDatabase(SQL: SqlJsStatic): Database {
  const db = new SQL.Database();
  migrate(db);
  markAsHistory(db);
  return db;
}
