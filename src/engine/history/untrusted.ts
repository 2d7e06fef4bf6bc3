/**
 * A history file is data from elsewhere (the Actions cache another branch may have written, `history import`, a
 * shared folder), and SQLite can carry code in it: a trigger runs on pyrun's own INSERT and can delete, rewrite or
 * loop forever (a recursive CTE); a view can stand where a table should be; an index can make inserts fail.
 * sql.js exposes neither `SQLITE_DBCONFIG_DEFENSIVE` nor a way to refuse triggers, so pyrun defuses the schema
 * itself, right after opening the bytes and before anything runs a statement that could fire a trigger:
 *
 * - Triggers, views and indexes that pyrun's migrations never create are DROPPED (in memory), with a warning that
 *   names each one. Stripped, not refused: pyrun never creates any of them, so removing them loses no data of
 *   pyrun's, and refusing would let anyone who can plant one in a cache stop every later run of a branch (the file
 *   would be refused until the cache entry expires) — the runs themselves are still checked record by record.
 * - A `runs`, `samples`, `gates` or `alerts` that is not a table, or a table whose definition is not the one
 *   pyrun's migrations make (a CHECK that refuses the next run, a changed column), is not a file pyrun wrote: the
 *   history is refused as damaged (see load.ts), never written into.
 *
 * `PRAGMA trusted_schema = OFF` is set too, so whatever remains can call no function with side effects.
 */
import type { Database } from 'sql.js';
import { migrate } from './schema.js';
import { allRows } from './sql.js';
import type { SqlJsStatic } from './sqljs.js';

/** The tables pyrun's data lives in. */
export const PYRUN_TABLES = ['runs', 'samples', 'gates', 'alerts'] as const;

interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

function schemaEntries(db: Database): SchemaEntry[] {
  return allRows(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master').map((r) => ({
    type: String(r.type),
    name: String(r.name),
    tbl_name: String(r.tbl_name),
    sql: r.sql === null || r.sql === undefined ? null : String(r.sql),
  }));
}

/** SQL text with its whitespace runs collapsed, for comparing definitions. */
function normalised(sql: string | null): string {
  return (sql ?? '').replace(/\s+/g, ' ').trim();
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A name as shown in a warning: JSON-quoted, so a newline or a workflow command in it stays on one line. */
function shown(name: string): string {
  return JSON.stringify(name.slice(0, 80));
}

let reference: Map<string, SchemaEntry> | undefined;

/** What pyrun's own migrations create, by name (computed once from a fresh database). */
function referenceSchema(SQL: SqlJsStatic): Map<string, SchemaEntry> {
  if (reference === undefined) {
    const db = new SQL.Database();
    try {
      migrate(db);
      reference = new Map(schemaEntries(db).map((e) => [e.name, e]));
    } finally {
      db.close();
    }
  }
  return reference;
}

/**
 * Removes every trigger, view and index that pyrun does not create (see the header) and turns untrusted schema
 * functions off. Returns one warning per object removed. Throws when a pyrun table is not a table.
 */
export function defuseSchema(SQL: SqlJsStatic, db: Database): string[] {
  db.exec('PRAGMA trusted_schema = OFF');
  const ours = referenceSchema(SQL);
  const entries = schemaEntries(db);
  for (const table of PYRUN_TABLES) {
    const entry = entries.find((e) => e.name.toLowerCase() === table);
    if (entry !== undefined && entry.type !== 'table') {
      throw new Error(`\`${table}\` is a ${entry.type}, not pyrun's table (not a file pyrun wrote)`);
    }
  }
  const removed: string[] = [];
  // Triggers first: dropping a view or an index fires nothing, but a trigger must be gone before any write.
  for (const kind of ['trigger', 'view', 'index']) {
    for (const entry of entries.filter((e) => e.type === kind)) {
      if (kind === 'index' && entry.sql === null) continue; // SQLite's own index of a UNIQUE or PRIMARY KEY
      const own = ours.get(entry.name);
      if (own !== undefined && own.type === kind && normalised(own.sql) === normalised(entry.sql)) continue;
      db.exec(`DROP ${kind.toUpperCase()} IF EXISTS ${quoteName(entry.name)}`);
      removed.push(`${kind} ${shown(entry.name)}`);
      // One of pyrun's own index names holding another definition: put pyrun's back (it only speeds queries).
      if (kind === 'index' && own?.type === 'index' && own.sql !== null) db.exec(own.sql);
    }
  }
  return removed;
}

/**
 * The first pyrun table whose definition differs from what pyrun's migrations make at the latest schema (a
 * database already migrated), or null when they all match.
 */
export function foreignTableDefinition(SQL: SqlJsStatic, db: Database): string | null {
  const ours = referenceSchema(SQL);
  const entries = schemaEntries(db);
  for (const table of PYRUN_TABLES) {
    const entry = entries.find((e) => e.name === table && e.type === 'table');
    const own = ours.get(table);
    if (entry === undefined || own === undefined) return `table \`${table}\` is missing`;
    if (normalised(entry.sql) !== normalised(own.sql)) {
      return `table \`${table}\` is not defined as pyrun defines it (not a file pyrun wrote)`;
    }
  }
  return null;
}

/** The warning for what defuseSchema removed. */
export function strippedWarning(path: string, removed: readonly string[]): string {
  return (
    `history file ${path} held SQLite objects pyrun never creates (${removed.slice(0, 5).join(', ')}` +
    `${removed.length > 5 ? `, and ${removed.length - 5} more` : ''}): they were removed, never run; ` +
    'someone else wrote this file'
  );
}
