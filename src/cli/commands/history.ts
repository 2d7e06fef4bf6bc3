/** `pyrun history` (list runs) and `pyrun history import FILE…` (merge JSONL records or another history). */
import { neutralizeWorkflowCommands as plain } from '../../engine/log-text.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HistoryStore, type ImportResult } from '../../engine/history/index.js';
import { PyrunError } from '../../engine/outcome.js';
import type { CliContext } from '../context.js';
import { fixed, formatTable } from '../table.js';
import { openExistingHistory, writeJson } from './store.js';

export async function historyCommand(
  opts: { db: string; name?: string; last?: string; json?: boolean },
  ctx: CliContext,
): Promise<number> {
  const last = opts.last === undefined ? 20 : Number(opts.last);
  if (!Number.isInteger(last) || last < 1)
    throw new PyrunError(`--last must be a whole number of at least 1 (got '${opts.last}')`);
  const store = await openExistingHistory(opts.db, ctx);
  try {
    const runs = store.listRuns({ ...(opts.name ? { name: opts.name } : {}), last });
    if (opts.json) {
      writeJson(ctx, runs);
      return 0;
    }
    if (runs.length === 0) {
      ctx.stderr.write(
        `${plain(`pyrun: no runs${opts.name ? ` named '${opts.name}'` : ''} in ${opts.db}`)}\n`,
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
  const store = await HistoryStore.open(path.resolve(ctx.cwd, opts.db));
  for (const w of store.warnings) ctx.stderr.write(`${plain(`pyrun: warning: ${w}`)}\n`);
  const results: (ImportResult & { file: string })[] = [];
  try {
    for (const file of files) {
      const full = path.resolve(ctx.cwd, file);
      let result: ImportResult;
      if (/\.(jsonl|ndjson|json)$/i.test(file)) {
        let text: string;
        try {
          text = await readFile(full, 'utf8');
        } catch (error) {
          throw new PyrunError(`cannot read ${file}: ${(error as Error).message}`);
        }
        result = store.importJsonl(file.toLowerCase().endsWith('.json') ? asJsonl(text) : text);
      } else {
        result = await store.importDatabase(full);
      }
      results.push({ file, ...result });
      for (const problem of result.invalid)
        ctx.stderr.write(`${plain(`pyrun: warning: ${file}: ${problem}`)}\n`);
      ctx.stderr.write(
        `${plain(`pyrun: ${file}: ${result.imported} imported, ${result.skipped} already present`)}\n`,
      );
    }
    await store.save();
  } finally {
    store.close();
  }
  if (opts.json) writeJson(ctx, results);
  return 0;
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
