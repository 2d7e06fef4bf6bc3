/** `pyrun history` (list runs, as a table, JSON or CSV) and `pyrun history import FILE…` (merge JSONL records or another history). */
import {
  openHistory,
  PyrunError,
  readImportText,
  runsToCsv,
  type HistoryStore,
  type ImportResult,
} from '../../engine/index.js';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { fixed, formatTable, shown } from '../table.js';
import { openExistingHistory, writeJson } from './store.js';

export async function historyCommand(
  opts: { db: string; name?: string; last?: string; json?: boolean; csv?: boolean },
  ctx: CliContext,
): Promise<number> {
  const last = opts.last === undefined ? 20 : Number(opts.last);
  if (!Number.isInteger(last) || last < 1)
    throw new PyrunError(`--last must be a whole number of at least 1 (got '${opts.last}')`);
  if (opts.json && opts.csv) throw new PyrunError('--json and --csv both name the output format: choose one');
  const store = await openExistingHistory(opts.db, ctx);
  try {
    const runs = store.listRuns({ ...(opts.name ? { name: opts.name } : {}), last });
    if (opts.json) {
      writeJson(ctx, runs);
      return 0;
    }
    if (opts.csv) {
      ctx.stdout.write(runsToCsv(runs));
      return 0;
    }
    if (runs.length === 0) {
      ctx.stderr.write(
        `${shown(`pyrun: no runs${opts.name ? ` named '${opts.name}'` : ''} in ${opts.db}`)}\n`,
      );
      return 0;
    }
    ctx.stdout.write(
      formatTable(
        ['started', 'name', 'status', 'duration s', 'cpu s', 'peak MB', 'ref', 'sha'],
        runs.map((r) => [
          r.started_at.replace('T', ' ').slice(0, 19),
          r.name,
          r.is_pull_request ? `${r.status} (PR)` : r.status,
          fixed(r.duration_s, 3),
          fixed(r.cpu_time_s, 3),
          fixed(r.peak_rss_mb, 1),
          r.git_ref ?? '–',
          r.git_sha?.slice(0, 8) ?? '–',
        ]),
      ),
    );
    return 0;
  } finally {
    store.close();
  }
}

export async function historyImportCommand(
  files: string[],
  opts: { db: string; json?: boolean },
  ctx: CliContext,
): Promise<number> {
  const history = await openHistory(path.resolve(ctx.cwd, opts.db), { mode: 'merge' });
  for (const w of history.warnings) ctx.stderr.write(`${shown(`pyrun: warning: ${w}`)}\n`);
  const results: (ImportResult & { file: string })[] = [];
  try {
    // Under the history's lock: read as it is now, merge, write atomically (a running pyrun's runs are kept).
    const { warnings } = await history.update((store) => importFiles(store, files, ctx, results));
    for (const w of warnings) ctx.stderr.write(`${shown(`pyrun: warning: ${w}`)}\n`);
  } finally {
    history.close();
  }
  if (opts.json) writeJson(ctx, results);
  return 0;
}

async function importFiles(
  store: HistoryStore,
  files: string[],
  ctx: CliContext,
  results: (ImportResult & { file: string })[],
): Promise<void> {
  results.length = 0;
  for (const file of files) {
    const full = path.resolve(ctx.cwd, file);
    let result: ImportResult;
    if (/\.(jsonl|ndjson|json)$/i.test(file)) {
      let text: string;
      try {
        text = await readImportText(full);
      } catch (error) {
        if (error instanceof PyrunError) throw error;
        throw new PyrunError(`cannot read ${file}: ${(error as Error).message}`);
      }
      result = await store.importJsonl(file.toLowerCase().endsWith('.json') ? asJsonl(text) : text);
    } else {
      result = await store.importDatabase(full);
    }
    results.push({ file, ...result });
    for (const problem of result.invalid)
      ctx.stderr.write(`${shown(`pyrun: warning: ${file}: ${problem}`)}\n`);
    ctx.stderr.write(
      `${shown(`pyrun: ${file}: ${result.imported} imported, ${result.skipped} already present`)}\n`,
    );
  }
}

/** A `.json` file is one run record (what `--json` and `report-json` write) or an array of them. */
function asJsonl(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text; // JSON lines under a .json name
  }
  return (Array.isArray(value) ? value : [value]).map((r) => JSON.stringify(r)).join('\n');
}
