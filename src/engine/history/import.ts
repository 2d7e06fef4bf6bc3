/**
 * Merging runs from elsewhere into history: a JSONL file of run records, or another history file.
 * Both run in one transaction with prepared statements (that is what makes 10,000 runs take seconds) and skip
 * runs whose run_id is already stored, so importing the same thing twice changes nothing.
 */
import type { Database } from 'sql.js';
import { HistoryError } from './errors.js';
import { loadDatabase } from './load.js';
import { RunReader, RunWriter } from './rows.js';
import { LATEST_SCHEMA_VERSION } from './schema.js';
import { errorMessage, transaction } from './sql.js';
import type { SqlJsStatic } from './sqljs.js';
import { checkSize, inspectTarget, readTargetBytes } from './target.js';
import { checkRunRecord } from './validate.js';

export interface ImportResult {
  /** Runs added. */
  imported: number;
  /** Runs already present (same run_id), left as they were. */
  skipped: number;
  /** Records refused, each `line N: <reason>` (JSONL) or `run N ("<run_id>"): <reason>` (another history). */
  invalid: string[];
}

/**
 * One JSON run record a line (blank lines ignored). Lines that are not run records are refused and listed in
 * `invalid`; the others still import.
 */
export function importJsonl(db: Database, text: string): ImportResult {
  const result: ImportResult = { imported: 0, skipped: 0, invalid: [] };
  const writer = new RunWriter(db);
  try {
    transaction(db, () => {
      // `pyrun ab --json` writes one pretty-printed A/B record: say what it is rather than fail on its first line.
      if (isAbRecord(parseOrNull(text))) {
        result.invalid.push(AB_RECORD_MESSAGE);
        return;
      }
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] as string).trim();
        if (line === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          result.invalid.push(`line ${i + 1}: not JSON (${errorMessage(error)})`);
          continue;
        }
        if (isAbRecord(value)) {
          result.invalid.push(`line ${i + 1}: ${AB_RECORD_MESSAGE}`);
          continue;
        }
        const checked = checkRunRecord(value);
        if (!checked.ok) {
          result.invalid.push(`line ${i + 1}: ${checked.error}`);
          continue;
        }
        if (writer.write(checked.record)) result.imported++;
        else result.skipped++;
      }
    });
  } finally {
    writer.free();
  }
  return result;
}

/**
 * The text of a file of run records to import, read the way a history file is (target.ts): a regular file only,
 * opened without blocking and checked on the open descriptor, so a FIFO under any name is refused (exit 125) and
 * never waited on; bounded in size.
 */
export async function readImportText(path: string): Promise<string> {
  const target = await inspectTarget(path, 'file to import');
  if (!target.exists) throw new HistoryError(`cannot import ${path}: no such file`);
  checkSize(target);
  const bytes = await readTargetBytes(target);
  return Buffer.from(bytes ?? new Uint8Array()).toString('utf8');
}

/** The runs of another history file (any schema version up to ours), in the order they started. */
export async function importDatabase(
  db: Database,
  SQL: SqlJsStatic,
  otherPath: string,
): Promise<ImportResult> {
  const target = await inspectTarget(otherPath, 'history to import');
  if (!target.exists) throw new HistoryError(`cannot import ${otherPath}: no such file`);
  checkSize(target);
  const bytes = await readTargetBytes(target);
  const result: ImportResult = { imported: 0, skipped: 0, invalid: [] };
  if (bytes === null || bytes.length === 0) return result;
  const loaded = loadDatabase(SQL, bytes);
  if (!loaded.ok)
    throw new HistoryError(`cannot import ${otherPath}: not a usable history file (${loaded.problem})`);
  const other = loaded.db;
  if (loaded.newer) {
    other.close();
    throw new HistoryError(
      `cannot import ${otherPath}: its schema v${loaded.version} is newer than this pyrun's v${LATEST_SCHEMA_VERSION}`,
    );
  }
  const reader = new RunReader(other);
  const writer = new RunWriter(db);
  try {
    const statement = other.prepare('SELECT * FROM runs ORDER BY started_ms, id');
    try {
      transaction(db, () => {
        for (let n = 1; statement.step(); n++) {
          // The same checks a JSONL record gets: the other file is as untrusted as any record from outside.
          const run = reader.fullRun(statement.getAsObject());
          const checked = checkRunRecord(JSON.parse(JSON.stringify(run)) as unknown);
          if (!checked.ok) {
            result.invalid.push(
              `run ${n} (${JSON.stringify(String(run.run_id).slice(0, 80))}): ${checked.error}`,
            );
            continue;
          }
          if (writer.write(checked.record)) result.imported++;
          else result.skipped++;
        }
      });
    } finally {
      statement.free();
    }
  } finally {
    writer.free();
    reader.free();
    other.close();
  }
  return result;
}

const AB_RECORD_MESSAGE =
  'an A/B record (schema pyrun-ab/1, written by `pyrun ab --json`), not a run record: ' +
  'it compares two scripts and belongs to no series, so it is not imported';

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isAbRecord(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { schema?: unknown }).schema === 'string' &&
    (value as { schema: string }).schema.startsWith('pyrun-ab/')
  );
}
