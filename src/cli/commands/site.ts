/** `pyrun site`: the whole history as a static site (an index of every series, a page per series with charts). */
import path from 'node:path';
import { PyrunError, repoUrlOrNull, writeSite } from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { shown } from '../table.js';
import { openExistingHistory } from './store.js';

export interface SiteOptions {
  db: string;
  out?: string;
  title?: string;
  repoUrl?: string;
  baselineRef?: string;
}

export async function siteCommand(opts: SiteOptions, ctx: CliContext): Promise<number> {
  if (!opts.out) throw new PyrunError('pyrun site needs --out DIR (the folder the site is written to)');
  const repo_url = repoUrlOrNull(opts.repoUrl);
  if (opts.repoUrl && repo_url === null)
    throw new PyrunError(
      `--repo-url must be an http(s) URL such as https://github.com/OWNER/REPO (got '${opts.repoUrl}')`,
    );
  const store = await openExistingHistory(opts.db, ctx);
  let runs;
  try {
    runs = store.listRuns();
  } finally {
    store.close();
  }
  const written = writeSite(path.resolve(ctx.cwd, opts.out), runs, {
    title: opts.title || 'pyrun history',
    repo_url,
    baseline_ref: opts.baselineRef || null,
    built_at: new Date().toISOString(),
  });
  ctx.stderr.write(
    `${shown(`pyrun: site of ${written.series} series (${written.runs} runs) written to ${opts.out}/index.html`)}\n`,
  );
  return 0;
}
