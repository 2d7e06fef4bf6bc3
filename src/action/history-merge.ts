/**
 * Overlapping workflow runs of one series (two quick pushes) each restore the same newest cache entry and each
 * save their own, so the next restore, which takes only the newest, would lose a run. Here the action lists its
 * prefix's newest entries through the REST API (`GET /repos/{owner}/{repo}/actions/caches?key=<prefix>&ref=<ref>`,
 * which needs `permissions: actions: read`), restores each one (the cache client restores to the same path
 * string every time: restore, move aside, next…), and merges them by run_id into the one history the run then
 * reads and saves under its own key. Without a token or without the permission: the newest entry alone, and one
 * notice saying which permission to add.
 *
 * After the merged history is saved, `pruneHistoryCaches` may delete the entries it superseded
 * (`permissions: actions: write`), so old histories do not fill the repository's cache quota.
 */
import { rename, rm } from 'node:fs/promises';
import { getOctokit } from '@actions/github';
import { HistoryError, HistoryTargetError, openHistory } from '../engine/index.js';
import { prefixOfKey, refOfPrefix } from './cache-key.js';
import { restoreExactEntry, restoreHistory, type CacheLog } from './cache.js';

/** Entries merged at most (the newest first): enough for a burst of pushes, few downloads. */
export const DEFAULT_MAX_MERGED_ENTRIES = 5;

export interface GitHubAccess {
  /** The workflow's token (`github-token`); empty or null: no listing. */
  token: string | null;
  /** GITHUB_API_URL. */
  apiUrl: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
}

export interface MergedRestoreOptions extends CacheLog {
  /** The history file, spelled exactly as when it is saved. */
  path: string;
  keyPrefix: string;
  restorePrefixes: string[];
  github: GitHubAccess | null;
  /** One line that needs the user's attention (the missing permission); default `info`. */
  notice?: (message: string) => void;
  maxEntries?: number;
}

export interface MergedRestore {
  /** The history file (the same path string). */
  path: string;
  /** The cache keys whose runs are in the file now, newest first (empty: nothing was restored). */
  restoredKeys: string[];
}

interface CacheListing {
  actions_caches?: { id?: number; key?: string; ref?: string; created_at?: string }[];
}

const READ_NOTICE =
  'pyrun merges the history entries of overlapping runs (two quick pushes) only when it may list the ' +
  'repository’s caches: add `permissions: actions: read` to the job (and pass `github-token`). Until then ' +
  'the newest entry alone is restored, and a run saved at the same time by another workflow run may be missed.';

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function octokitFor(github: GitHubAccess): ReturnType<typeof getOctokit> {
  return getOctokit(github.token as string, { baseUrl: github.apiUrl.replace(/\/+$/, '') });
}

function ownerRepo(repository: string): { owner: string; repo: string } | null {
  const [owner, repo, ...rest] = repository.split('/');
  return owner && repo && rest.length === 0 ? { owner, repo } : null;
}

/** The keys under `prefix` (and `ref`, when known), newest first; or the HTTP status that refused. */
async function listKeys(
  github: GitHubAccess,
  prefix: string,
  max: number,
): Promise<{ keys: string[] } | { status: number | null; message: string }> {
  const where = ownerRepo(github.repository);
  if (where === null)
    return { status: null, message: `GITHUB_REPOSITORY '${github.repository}' is not owner/repo` };
  const ref = refOfPrefix(prefix);
  try {
    const response = await octokitFor(github).request('GET /repos/{owner}/{repo}/actions/caches', {
      ...where,
      key: prefix,
      ...(ref === null ? {} : { ref }),
      sort: 'created_at',
      direction: 'desc',
      per_page: Math.min(100, Math.max(max, 1)),
    });
    const listing = response.data as CacheListing;
    const entries = (listing.actions_caches ?? [])
      .filter(
        (e): e is { key: string; created_at?: string } =>
          typeof e.key === 'string' && e.key.startsWith(prefix),
      )
      .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
    return { keys: [...new Set(entries.map((e) => e.key))].slice(0, max) };
  } catch (error) {
    return { status: statusOf(error), message: messageOf(error) };
  }
}

/**
 * Restores the history: the newest entry of the first prefix that has one, merged with that prefix's other
 * newest entries when the token may list them (see the header). Never throws; trouble is one warning or notice.
 */
export async function restoreMergedHistory(opts: MergedRestoreOptions): Promise<MergedRestore> {
  const notice = opts.notice ?? opts.info;
  const log: CacheLog = { warn: opts.warn, info: opts.info };
  const { restoredKey } = await restoreHistory({
    ...log,
    path: opts.path,
    keyPrefix: opts.keyPrefix,
    restorePrefixes: opts.restorePrefixes,
  });
  if (restoredKey === null) return { path: opts.path, restoredKeys: [] };
  const alone = { path: opts.path, restoredKeys: [restoredKey] };

  if (!opts.github?.token) {
    notice(READ_NOTICE);
    return alone;
  }
  const prefix =
    [opts.keyPrefix, ...opts.restorePrefixes].find((p) => p !== '' && restoredKey.startsWith(p)) ??
    opts.keyPrefix;
  const max = Math.max(1, opts.maxEntries ?? DEFAULT_MAX_MERGED_ENTRIES);
  const listed = await listKeys(opts.github, prefix, max);
  if ('status' in listed) {
    if (listed.status === 403 || listed.status === 404) notice(READ_NOTICE);
    else
      opts.info(
        `Could not list the history cache entries (${listed.message}); the newest entry alone is used.`,
      );
    return alone;
  }
  const others = listed.keys.filter((k) => k !== restoredKey).slice(0, max - 1);
  if (others.length === 0) return alone;
  return mergeEntries(opts.path, restoredKey, others, log);
}

/** Restores each of `others` beside the newest (already at `path`) and merges them all into `path`. */
async function mergeEntries(
  path: string,
  newest: string,
  others: string[],
  log: CacheLog,
): Promise<MergedRestore> {
  const parts: { key: string; file: string }[] = [{ key: newest, file: `${path}.merge-0` }];
  try {
    await rename(path, parts[0]!.file);
    for (const [i, key] of others.entries()) {
      if (!(await restoreExactEntry({ ...log, path, key }))) continue;
      const file = `${path}.merge-${i + 1}`;
      await rename(path, file);
      parts.push({ key, file });
    }
    await rm(path, { force: true });
    const merged: string[] = [];
    const history = await openHistory(path, { mode: 'replace' });
    try {
      await history.update(async (store) => {
        for (const part of parts) {
          try {
            await store.importDatabase(part.file);
            merged.push(part.key);
          } catch (error) {
            if (!(error instanceof HistoryError || error instanceof HistoryTargetError)) throw error;
            log.info(`The history entry ${part.key} is left out: ${error.message}`);
          }
        }
      });
    } finally {
      history.close();
    }
    log.info(`History merged from ${merged.length} Actions cache entries: ${merged.join(', ')}.`);
    return { path, restoredKeys: merged };
  } catch (error) {
    log.warn(
      `Could not merge the history cache entries (${messageOf(error)}); the newest entry alone is used.`,
    );
    await rename(parts[0]!.file, path).catch(() => undefined);
    return { path, restoredKeys: [newest] };
  } finally {
    for (const part of parts) await rm(part.file, { force: true }).catch(() => undefined);
  }
}

export interface PruneOptions extends CacheLog {
  github: GitHubAccess | null;
  /** The key this run saved under: only entries of its prefix (same series, same ref) are deleted. */
  savedKey: string;
  /** The entries merged into the saved history (MergedRestore.restoredKeys). */
  supersededKeys: string[];
  notice?: (message: string) => void;
}

/**
 * Deletes the cache entries merged into the history this run saved (input `prune-history-caches`; needs
 * `permissions: actions: write`). Only entries under the saved key's own prefix, never the saved key itself, and
 * only after the save succeeded. Returns how many were deleted; never throws.
 */
export async function pruneHistoryCaches(opts: PruneOptions): Promise<number> {
  const notice = opts.notice ?? opts.info;
  const prefix = prefixOfKey(opts.savedKey);
  const doomed = opts.supersededKeys.filter(
    (k) => k !== opts.savedKey && prefix !== null && k.startsWith(prefix),
  );
  if (doomed.length === 0) return 0;
  if (!opts.github?.token) {
    notice(
      'prune-history-caches needs `github-token` with `permissions: actions: write`; nothing was deleted.',
    );
    return 0;
  }
  const where = ownerRepo(opts.github.repository);
  if (where === null) return 0;
  const ref = refOfPrefix(prefix ?? '');
  const octokit = octokitFor(opts.github);
  let deleted = 0;
  for (const key of doomed) {
    try {
      await octokit.request('DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}', {
        ...where,
        key,
        ...(ref === null ? {} : { ref }),
      });
      deleted++;
    } catch (error) {
      if (statusOf(error) === 403) {
        notice(
          'prune-history-caches could not delete superseded history entries: add `permissions: actions: write` to the job.',
        );
      } else {
        opts.info(`Could not delete the superseded history entry ${key}: ${messageOf(error)}.`);
      }
      return deleted;
    }
  }
  opts.info(`Deleted ${deleted} superseded history cache ${deleted === 1 ? 'entry' : 'entries'}.`);
  return deleted;
}
