/** `pyrun report`: HTML (and markdown) of a series' newest run with its history charts, or of every series. */
import {
  PyrunError,
  renderHtml,
  renderHtmlMulti,
  renderMarkdown,
  renderMarkdownMulti,
  protectedFileAt,
  writeReportFile,
  type HistoryStore,
  type RunRecord,
} from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { shown } from '../table.js';
import { chooseSeries, openExistingHistory } from './store.js';

const HISTORY_RUNS = 100;

export async function reportCommand(
  opts: { db: string; name?: string[]; all?: boolean; html?: string; summary?: string },
  ctx: CliContext,
): Promise<number> {
  if (!opts.html && !opts.summary) throw new PyrunError('pyrun report needs --html FILE or --summary FILE');
  for (const [flag, file] of [
    ['--html', opts.html],
    ['--summary', opts.summary],
  ] as const) {
    const clash = file ? await protectedFileAt(file, [opts.db]) : null;
    if (clash !== null) {
      throw new PyrunError(`${flag} ${file} is ${clash}: the report would overwrite it; choose another file`);
    }
  }
  const store = await openExistingHistory(opts.db, ctx);
  try {
    const names =
      opts.all || (opts.name?.length ?? 0) > 1
        ? opts.name?.length
          ? opts.name
          : store.seriesNames()
        : [chooseSeries(store, opts.name?.[0])];
    const newest = names.map((n) => newestRun(store, n));
    const histories = new Map(names.map((n) => [n, history(store, n)]));
    let ok = true;
    if (opts.html) {
      const html =
        newest.length === 1
          ? renderHtml(newest[0] as RunRecord, { history: histories.get(names[0] as string) ?? [] })
          : renderHtmlMulti(newest, { histories });
      ok = (await write(opts.html, html, ctx, opts.db)) && ok;
    }
    if (opts.summary) {
      const md = newest.length === 1 ? renderMarkdown(newest[0] as RunRecord) : renderMarkdownMulti(newest);
      ok = (await write(opts.summary, md, ctx, opts.db)) && ok;
    }
    ctx.stderr.write(`${shown(`pyrun: report of ${names.join(', ')} written`)}\n`);
    return ok ? 0 : 125;
  } finally {
    store.close();
  }
}

function newestRun(store: HistoryStore, name: string): RunRecord {
  const latest = store.listRuns({ name, last: 1 })[0];
  const run = latest ? store.getRun(latest.run_id) : null;
  if (!run) throw new PyrunError(`no runs named '${name}'`);
  return run;
}

function history(store: HistoryStore, name: string): RunRecord[] {
  return store
    .listRuns({ name, last: HISTORY_RUNS })
    .reverse()
    .map((r) => ({ ...r, series: [] }));
}

async function write(file: string, text: string, ctx: CliContext, db: string): Promise<boolean> {
  const written = await writeReportFile(file, text, { protect: [db] });
  if (!written.ok)
    ctx.stderr.write(`${shown(`pyrun: warning: could not write ${file}: ${written.error}`)}\n`);
  return written.ok;
}
