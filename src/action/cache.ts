/**
 * History in the Actions cache, through the real `@actions/cache` client.
 *
 * Caching is best-effort: these functions never throw. No cache service (outside Actions, or a runner without
 * one) is one info line; a broken service, a 5xx, a read-only token for an untrusted trigger, or anything else is
 * ONE warning through `warn`, and the run goes on.
 *
 * Keys are immutable: save under a key unique to the run (see cache-key.ts) and restore by prefix, newest entry
 * first. Pass the identical `path` string to both: the client hashes it into the entry's version, and a different
 * spelling of the same file is a miss. An absolute path (e.g. under RUNNER_TEMP) restores to the same place on the
 * next runner; the archive is made relative to GITHUB_WORKSPACE.
 *
 * One warning, not three: the client reports its own trouble through `@actions/core` annotations (a warning, a
 * second one for a failed upload, an `::error::` annotation for some 5xx) and a failed reservation only as debug
 * text. While a client call runs we hold back the client's `::warning::`/`::error::` lines from stdout and read its
 * "Failed to reserve cache" debug line; afterwards we emit a single warning (or an info line when the only problem
 * is that the key already exists). Everything else the client prints (progress, `::add-mask::`, debug) passes
 * through untouched. Nothing else may print annotations while a cache call is in flight; in the action nothing does.
 */
import { existsSync } from 'node:fs';
import * as cache from '@actions/cache';

export interface CacheLog {
  warn(message: string): void;
  info(message: string): void;
}

export interface RestoreHistoryOptions extends CacheLog {
  /** The history file, spelled exactly as when it was saved. */
  path: string;
  /** Tried first (exact key, then as a prefix); usually `restorePrefixes[0]` from historyCacheKeys. */
  keyPrefix: string;
  /** Tried next, in order, each as a prefix; the newest entry under the first matching prefix wins. */
  restorePrefixes: string[];
}

export interface SaveHistoryOptions extends CacheLog {
  path: string;
  /** Unique to the run, e.g. historyCacheKeys(...).saveKey. */
  key: string;
  /** Right before the client reads the file: why it must not be saved, or null (history-copy.ts). */
  checkBefore?: () => Promise<string | null>;
  /** Right after the client read it: why the entry may not hold the file as checked before, or null. */
  checkAfter?: () => Promise<string | null>;
}

/** The client accepts at most this many keys in one restore. */
const MAX_RESTORE_KEYS = 10;

const NO_SERVICE =
  'The Actions cache service is not available here (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL, as outside ' +
  'GitHub Actions), so history is not kept between runs. Set `history: none` to skip this step.';

interface ClientReport {
  /** Messages of the client's `::warning::` and `::error::` annotations, held back from the log. */
  problems: string[];
  /** Why a reservation failed, from the client's debug line; the client itself only logs it as info. */
  reserveFailure: string | null;
}

function unescapeCommandData(text: string): string {
  return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}

const ANNOTATION = /^::(?:warning|error)(?: [^:]*)?::(.*)$/;
const RESERVE_FAILURE = /^::debug::Failed to reserve cache: (.*)$/;

/** Runs one client call while holding back its annotations (see the header). */
async function withClientReport<T>(call: () => Promise<T>): Promise<{ value: T; report: ClientReport }> {
  const report: ClientReport = { problems: [], reserveFailure: null };
  const stdout = process.stdout;
  const originalWrite = stdout.write;
  const patchedWrite = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
    if (text === null) return (originalWrite as (...a: unknown[]) => boolean).call(stdout, chunk, ...rest);
    const kept: string[] = [];
    for (const line of text.split(/(?<=\n)/)) {
      const bare = line.replace(/\r?\n$/, '');
      const annotation = ANNOTATION.exec(bare);
      if (annotation) {
        report.problems.push(unescapeCommandData(annotation[1] ?? ''));
        continue;
      }
      const reserve = RESERVE_FAILURE.exec(bare);
      if (reserve) report.reserveFailure = unescapeCommandData(reserve[1] ?? '');
      kept.push(line);
    }
    if (kept.length > 0) {
      return (originalWrite as (...a: unknown[]) => boolean).call(stdout, kept.join(''), ...rest);
    }
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    if (callback) process.nextTick(callback);
    return true;
  };
  stdout.write = patchedWrite as typeof stdout.write;
  try {
    const value = await call();
    return { value, report };
  } finally {
    stdout.write = originalWrite;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A warning names what failed, the client's reason, and that the run goes on. */
function explain(raw: string): string {
  const problem = raw.replace(/^Failed to (?:save|restore): /, '').replace(/^Error: /, '');
  if (problem.includes('cache write denied')) {
    return `${problem} (the cache token of this run is read-only, as for untrusted triggers such as pull requests from forks)`;
  }
  if (problem.includes('cache read denied')) {
    return `${problem} (the cache token of this run may not read the cache)`;
  }
  return problem;
}

/**
 * Restores the newest history entry under the first prefix that has one. Returns the key it came from, or null
 * (nothing yet, no service, or trouble, which was reported once).
 */
export async function restoreHistory(opts: RestoreHistoryOptions): Promise<{ restoredKey: string | null }> {
  try {
    // @github/local-action's stub of @actions/cache has no isFeatureAvailable: there the cache is a local folder.
    if (typeof cache.isFeatureAvailable === 'function' && !cache.isFeatureAvailable()) {
      opts.info(NO_SERVICE);
      return { restoredKey: null };
    }
    // The primary key is matched exactly and then as a prefix; it is repeated first among the restore keys, so
    // the lookup does not depend on the service prefix-matching a primary key.
    const keys = [...new Set([opts.keyPrefix, ...opts.restorePrefixes].filter((k) => k !== ''))];
    const primary = keys[0];
    if (primary === undefined) {
      opts.info('No history cache key to restore from; this run starts a new history.');
      return { restoredKey: null };
    }
    const restoreKeys = keys.slice(0, MAX_RESTORE_KEYS - 1);
    const { value, report } = await withClientReport(() =>
      cache.restoreCache([opts.path], primary, restoreKeys),
    );
    if (value) {
      for (const problem of report.problems) opts.info(`The cache client reported: ${problem}`);
      opts.info(`History restored from the Actions cache entry ${value}.`);
      return { restoredKey: value };
    }
    if (report.problems.length > 0) {
      opts.warn(
        `Could not restore history from the Actions cache: ${explain(report.problems[0] as string)}. ` +
          'This run goes on without earlier runs to compare with.',
      );
      return { restoredKey: null };
    }
    opts.info(`No history in the Actions cache yet under ${keys.join(' or ')}; this run starts a new one.`);
    return { restoredKey: null };
  } catch (error) {
    opts.warn(
      `Could not restore history from the Actions cache: ${messageOf(error)}. ` +
        'This run goes on without earlier runs to compare with.',
    );
    return { restoredKey: null };
  }
}

/** Saves the history file under `key`. True when an entry was written. */
export async function saveHistory(opts: SaveHistoryOptions): Promise<boolean> {
  try {
    // @github/local-action's stub of @actions/cache has no isFeatureAvailable: there the cache is a local folder.
    if (typeof cache.isFeatureAvailable === 'function' && !cache.isFeatureAvailable()) {
      opts.info(NO_SERVICE);
      return false;
    }
    if (!existsSync(opts.path)) {
      opts.info(`No history file at ${opts.path}; nothing to save to the Actions cache.`);
      return false;
    }
    const refused = (await opts.checkBefore?.()) ?? null;
    if (refused !== null) {
      opts.warn(
        `History not saved to the Actions cache: the file to save changed after pyrun wrote it (${refused}); ` +
          'a process the script left may still be running. The run itself is unaffected; the next run will not see this one.',
      );
      return false;
    }
    const { value: entryId, report } = await withClientReport(() => cache.saveCache([opts.path], opts.key));
    if (entryId !== -1) {
      for (const problem of report.problems) opts.info(`The cache client reported: ${problem}`);
      const changed = (await opts.checkAfter?.()) ?? null;
      if (changed !== null) {
        opts.warn(
          `The history saved to the Actions cache as ${opts.key} may not be the one pyrun wrote: the file changed ` +
            `while the cache client read it (${changed}); a process the script left may still be running. ` +
            'Delete that cache entry if you cannot rule that out.',
        );
        return true;
      }
      opts.info(`History saved to the Actions cache as ${opts.key}.`);
      return true;
    }
    if (report.problems.length > 0) {
      opts.warn(
        `Could not save history to the Actions cache: ${explain(report.problems[0] as string)}. ` +
          'The run itself is unaffected; the next run will not see this one.',
      );
      return false;
    }
    if (report.reserveFailure !== null && !/\(409\)|already exists/i.test(report.reserveFailure)) {
      opts.warn(
        `Could not save history to the Actions cache: ${explain(report.reserveFailure)}. ` +
          'The run itself is unaffected; the next run will not see this one.',
      );
      return false;
    }
    if (report.reserveFailure !== null) {
      opts.info(`History not saved: the cache key ${opts.key} already exists (keys are immutable).`);
      return false;
    }
    opts.info(
      `History not saved to the Actions cache (the cache client declined, e.g. a read-only cache-mode).`,
    );
    return false;
  } catch (error) {
    opts.warn(
      `Could not save history to the Actions cache: ${messageOf(error)}. ` +
        'The run itself is unaffected; the next run will not see this one.',
    );
    return false;
  }
}

/**
 * Restores exactly the entry `key` to `path` (no prefix matching). True when restored; trouble is one warning
 * through `warn` and false. For merging several entries (history-merge.ts); the caller checks availability.
 */
export async function restoreExactEntry(opts: { path: string; key: string } & CacheLog): Promise<boolean> {
  try {
    const { value, report } = await withClientReport(() => cache.restoreCache([opts.path], opts.key, []));
    if (value === opts.key) return true;
    if (report.problems.length > 0) {
      opts.warn(`Could not restore the history entry ${opts.key}: ${explain(report.problems[0] as string)}.`);
    }
    return false;
  } catch (error) {
    opts.warn(`Could not restore the history entry ${opts.key}: ${messageOf(error)}.`);
    return false;
  }
}
