/**
 * Turning the bytes of a history file into a database at the latest schema, or saying why they cannot be one.
 */
import type { Database } from 'sql.js';
import type { SqlJsStatic } from './sqljs.js';
import { sqliteHeaderProblem } from './file.js';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './schema.js';
import { allRows, errorMessage } from './sql.js';

export type Loaded =
  | { ok: true; db: Database; from_version: number; version: number; newer: boolean }
  | { ok: false; problem: string };

const TABLES = ['runs', 'samples', 'gates', 'alerts'];

/**
 * Opens `bytes` as a history database and brings it to LATEST_SCHEMA_VERSION. A file whose schema is newer than
 * this code knows is opened as it is, with `newer: true` (it must not be written by us). Damage of any kind —
 * a foreign or truncated file, a failed integrity check, a failed migration, missing tables — is a `problem`.
 */
export function loadDatabase(SQL: SqlJsStatic, bytes: Uint8Array): Loaded {
  const headerProblem = sqliteHeaderProblem(bytes);
  if (headerProblem !== null) return { ok: false, problem: headerProblem };
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    const check = allRows(db, 'PRAGMA quick_check')
      .map((row) => String(Object.values(row)[0]))
      .filter((line) => line !== 'ok');
    if (check.length > 0) throw new Error(`integrity check failed: ${check.slice(0, 3).join('; ')}`);
    const from_version = schemaVersion(db);
    const newer = from_version > LATEST_SCHEMA_VERSION;
    const version = newer ? from_version : migrate(db).to;
    for (const table of TABLES) db.exec(`SELECT * FROM ${table} LIMIT 1`);
    return { ok: true, db, from_version, version, newer };
  } catch (error) {
    db?.close();
    return { ok: false, problem: errorMessage(error) };
  }
}
