/** Small helpers over a sql.js Database: transactions and row queries with prepared statements. */
import type { BindParams, Database, ParamsObject } from 'sql.js';

/** Runs `work` inside one transaction: committed when it returns, rolled back when it throws. */
export function transaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN');
  let result: T;
  try {
    result = work();
  } catch (error) {
    try {
      db.exec('ROLLBACK');
    } catch {
      // SQLite already rolled back (e.g. after SQLITE_FULL); the original error is the one to report.
    }
    throw error;
  }
  db.exec('COMMIT');
  return result;
}

/** Every row of a query, as objects keyed by column name. */
export function allRows(db: Database, sql: string, params: BindParams = null): ParamsObject[] {
  const statement = db.prepare(sql);
  try {
    if (params !== null) statement.bind(params);
    const rows: ParamsObject[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    return rows;
  } finally {
    statement.free();
  }
}

/** The first column of the first row, or null when there is no row. */
export function scalar(db: Database, sql: string, params: BindParams = null): unknown {
  const statement = db.prepare(sql);
  try {
    if (params !== null) statement.bind(params);
    return statement.step() ? (statement.get()[0] ?? null) : null;
  } finally {
    statement.free();
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
