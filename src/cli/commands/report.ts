/** `pyrun report`: HTML (and markdown) of a series' newest run with its history charts, or of every series. */
import { neutralizeWorkflowCommands as plain } from '../../engine/log-text.js';
import {
  renderHtml,
  renderHtmlMulti,
  renderMarkdown,
  renderMarkdownMulti,
} from '../../engine/report/index.js';
import type { HistoryStore } from '../../engine/history/index.js';
import { PyrunError } from '../../engine/outcome.js';
import type { RunRecord } from '../../engine/types.js';
import type { CliContext } from '../context.js';
import { writeReport } from '../outputs.js';
import { chooseSeries, openExistingHistory } from './store.js';

const HISTORY_RUNS = 100;

export async function reportCommand(
  opts: { db: string; name?: string[]; all?: boolean; html?: string; summary?: string },
  ctx: CliContext,
): Promise<number> {
  if (!opts.html && !opts.summary) throw new PyrunError('pyrun report needs --html FILE or --summary FILE');
  const store = await openExistingHistory(opts.db, ctx);
  const log = {
    info: () => undefined,
    warn: (m: string) => ctx.stderr.write(`${plain(`pyrun: warning: ${m}`)}\n`),
  };
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
      ok = (await writeReport(opts.html, html, log)) && ok;
    }
    if (opts.summary) {
      const md = newest.length === 1 ? renderMarkdown(newest[0] as RunRecord) : renderMarkdownMulti(newest);
      ok = (await writeReport(opts.summary, md, log)) && ok;
    }
    ctx.stderr.write(`${plain(`pyrun: report of ${names.join(', ')} written`)}\n`);
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
