/**
 * One reading of a history file, classified: absent (or empty), a usable history, a history too new to write,
 * a damaged pyrun history, or a file that is not a pyrun history (refused with a HistoryTargetError, untouched).
 */
import type { Database } from 'sql.js';
import { loadDatabase, type LoadOptions } from './load.js';
import { LATEST_SCHEMA_VERSION } from './schema.js';
import type { SqlJsStatic } from './sqljs.js';
import { HistoryTargetError, readTargetBytes, type HistoryTarget } from './target.js';

export type Snapshot =
  | { kind: 'absent' }
  | { kind: 'history'; db: Database; newer: boolean; version: number; stripped: string[] }
  | { kind: 'damaged'; problem: string };

/** What pyrun says about a file that is not its history; the file is left as it is. */
export function foreignFileError(target: HistoryTarget, problem: string): HistoryTargetError {
  const advice =
    target.role === '--db' ? ': point --db at a pyrun history or at a path that does not exist yet' : '';
  return new HistoryTargetError(
    `${target.role} ${target.path} is not a pyrun history (${problem}); pyrun leaves it as it is${advice}`,
  );
}

/** The warning for a history whose schema is newer than this pyrun's. */
export function newerWarning(path: string, version: number): string {
  return (
    `history file ${path} has schema v${version}, newer than this pyrun understands ` +
    `(v${LATEST_SCHEMA_VERSION}); it is read but will not be written: upgrade pyrun or use another --db`
  );
}

/** Reads and classifies the target (bounded, never blocking); throws HistoryTargetError for a foreign file. */
export async function readSnapshot(
  SQL: SqlJsStatic,
  target: HistoryTarget,
  max_bytes?: number,
  load: LoadOptions = {},
): Promise<Snapshot> {
  return classifySnapshot(SQL, target, await readTargetBytes(target, max_bytes), load);
}

/** Classifies the bytes read from the target (null: no file); throws HistoryTargetError for a foreign file. */
export function classifySnapshot(
  SQL: SqlJsStatic,
  target: HistoryTarget,
  bytes: Uint8Array | null,
  load: LoadOptions = {},
): Snapshot {
  if (bytes === null || bytes.length === 0) return { kind: 'absent' };
  const loaded = loadDatabase(SQL, bytes, load);
  if (loaded.ok) {
    return {
      kind: 'history',
      db: loaded.db,
      newer: loaded.newer,
      version: loaded.version,
      stripped: loaded.stripped,
    };
  }
  if (loaded.foreign) throw foreignFileError(target, loaded.problem);
  return { kind: 'damaged', problem: loaded.problem };
}
