/**
 * Input `site-dir`: after the run, the merged history (every run the cache brought back, and this one) as a static
 * site in that folder, for a later step to publish (actions/upload-pages-artifact, then actions/deploy-pages).
 * Trouble writing it is one warning: the run and its history are already safe.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HistoryStore, repoUrlOrNull, writeSite } from '../engine/index.js';
import type { RunContext } from './context.js';
import { actionLogger as log } from './log.js';

export async function writeActionSite(
  siteDir: string,
  dbPath: string | null,
  baseDir: string,
  gh: RunContext,
  serverUrl: string | undefined,
): Promise<void> {
  if (dbPath === null || !existsSync(dbPath)) {
    log.warn(
      `site-dir: no history to build a site from (it needs input 'history' to be cache); no site written`,
    );
    return;
  }
  const dir = path.resolve(baseDir, siteDir);
  try {
    const store = await HistoryStore.open(dbPath, { read_only: true });
    let runs;
    try {
      runs = store.listRuns();
    } finally {
      store.close();
    }
    const repository = gh.owner ? `${gh.owner}/${gh.repo}` : '';
    const written = writeSite(dir, runs, {
      title: repository ? `${repository} · pyrun` : 'pyrun history',
      repo_url: repository ? repoUrlOrNull(`${serverUrl || 'https://github.com'}/${repository}`) : null,
      baseline_ref: gh.default_branch,
      built_at: new Date().toISOString(),
    });
    log.info(`site of ${written.series} series (${written.runs} runs) written to ${written.dir}`);
  } catch (error) {
    log.warn(
      `site-dir: could not write the site to ${dir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
