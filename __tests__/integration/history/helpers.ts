/** Temp directories for history tests: one per test file, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'sql.js';
import { loadSqlJs } from '../../../src/engine/history/sqljs.js';

export function makeTempDirs(prefix: string): { next(): string; cleanup(): void } {
  const dirs: string[] = [];
  return {
    next() {
      const dir = mkdtempSync(join(tmpdir(), `pyrun-${prefix}-`));
      dirs.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens a file's bytes with plain sql.js, to look at what the store wrote without going through it. */
export async function rawDatabase(bytes: Uint8Array): Promise<Database> {
  const SQL = await loadSqlJs();
  return new SQL.Database(bytes);
}

export function count(db: Database, sql: string): number {
  return Number(db.exec(sql)[0]?.values[0]?.[0] ?? 0);
}
