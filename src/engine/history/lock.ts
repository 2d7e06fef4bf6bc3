/**
 * The lock that serialises writers of one history file (proper-lockfile: a `<file>.lock` directory made with an
 * atomic mkdir, its mtime refreshed while held). A lock left by a pyrun that was SIGKILLed is stale once its
 * mtime is older than LOCK_STALE_MS, and the next writer removes it and goes on.
 */
import { lstat, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { HistoryError } from './errors.js';
import { describeKind, HistoryTargetError } from './target.js';

/** A lock not refreshed for this long belongs to a dead pyrun (proper-lockfile refreshes it every half of it). */
export const LOCK_STALE_MS = 10_000;
/** How long a writer waits for the lock before giving up (several stale periods, for a crowd of writers). */
export const LOCK_WAIT_MS = 120_000;

export interface LockOptions {
  stale_ms?: number;
  wait_ms?: number;
}

/**
 * A pyrun lock is always a directory (made by mkdir). A file, symlink, FIFO or socket at the lock's path was put
 * there by something else: proper-lockfile would take it for a held lock, find it stale, fail to remove it (rmdir
 * on a non-directory) and retry for the whole wait. Refused at once instead (exit 125), naming the path; pyrun
 * removes nothing it did not make.
 */
async function refuseForeignLock(file: string): Promise<void> {
  const path = lockPath(file);
  let info;
  try {
    info = await lstat(path);
  } catch {
    return; // nothing there (the usual case)
  }
  if (info.isDirectory()) return;
  throw new HistoryTargetError(
    `the lock of history file ${file}, ${path}, is ${info.isFile() ? 'a regular file' : describeKind(info)} ` +
      `where pyrun makes a directory: not a lock pyrun made; remove it if no pyrun is running`,
  );
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
  await refuseForeignLock(file);
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
