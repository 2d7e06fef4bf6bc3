/**
 * The lock that serialises writers of one history file (proper-lockfile: a `<file>.lock` directory made with an
 * atomic mkdir, its mtime refreshed while held). A lock left by a pyrun that was SIGKILLed is stale once its
 * mtime is older than LOCK_STALE_MS, and the next writer removes it and goes on.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { HistoryError } from './errors.js';

/** A lock not refreshed for this long belongs to a dead pyrun (proper-lockfile refreshes it every half of it). */
export const LOCK_STALE_MS = 10_000;
/** How long a writer waits for the lock before giving up (several stale periods, for a crowd of writers). */
export const LOCK_WAIT_MS = 120_000;

export interface LockOptions {
  stale_ms?: number;
  wait_ms?: number;
}

/** The lock directory's path for a history file. */
export function lockPath(file: string): string {
  return `${file}.lock`;
}

/**
 * Runs `work` holding the lock of `file` (an absolute path, symlinks already followed). Throws HistoryError when
 * the lock cannot be had within `wait_ms`, or when it was lost while held (another pyrun judged it stale):
 * `work` receives `stillHeld()` to ask before it replaces the file.
 */
export async function withFileLock<T>(
  file: string,
  work: (stillHeld: () => boolean) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const stale = Math.max(2000, options.stale_ms ?? LOCK_STALE_MS);
  const waitMs = options.wait_ms ?? LOCK_WAIT_MS;
  const maxTimeout = 200;
  await mkdir(dirname(file), { recursive: true });
  let lost: Error | null = null;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath(file),
      stale,
      retries: {
        retries: Math.ceil(waitMs / maxTimeout),
        factor: 1.3,
        minTimeout: 10,
        maxTimeout,
        randomize: true,
      },
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (error) {
    throw new HistoryError(
      `could not lock history file ${file} (${(error as Error).message}); ` +
        `another pyrun may be writing it, or remove ${lockPath(file)} if none is`,
    );
  }
  try {
    return await work(() => lost === null);
  } finally {
    if (lost === null) await release().catch(() => undefined);
  }
}
