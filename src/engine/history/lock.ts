/**
 * The lock that serialises writers of one history file (proper-lockfile: a `<file>.lock` directory made with an
 * atomic mkdir, its mtime refreshed while held). A lock left by a pyrun that was SIGKILLed is stale once its
 * mtime is older than LOCK_STALE_MS, and the next writer removes it and goes on.
 */
import { lstat, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { PyrunInterrupted } from '../errors.js';
import { HistoryError } from './errors.js';
import { describeKind, HistoryTargetError } from './target.js';

/** A lock not refreshed for this long belongs to a dead pyrun (proper-lockfile refreshes it every half of it). */
export const LOCK_STALE_MS = 10_000;
/** How long a writer waits for the lock before giving up (several stale periods, for a crowd of writers). */
export const LOCK_WAIT_MS = 120_000;

export interface LockOptions {
  stale_ms?: number;
  wait_ms?: number;
  /** Ends the wait for a lock another pyrun holds (its reason, a signal name, says why): PyrunInterrupted. */
  signal?: AbortSignal;
  /** Told once, when the lock is found held by another pyrun and the wait begins. */
  onWait?: () => void;
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
  await mkdir(dirname(file), { recursive: true });
  await refuseForeignLock(file);
  let lost: Error | null = null;
  let release: () => Promise<void>;
  // One attempt at a time (proper-lockfile takes a stale lock over within an attempt), and the waits between them
  // are pyrun's own, so a signal ends the wait at once and no attempt is left running to take the lock later.
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      release = await lockfile.lock(file, {
        realpath: false,
        lockfilePath: lockPath(file),
        stale,
        retries: 0,
        onCompromised: (error) => {
          lost = error;
        },
      });
      break;
    } catch (error) {
      const held = (error as NodeJS.ErrnoException).code === 'ELOCKED';
      if (!held || Date.now() >= deadline) {
        throw new HistoryError(
          `could not lock history file ${file} (${(error as Error).message}); ` +
            `another pyrun may be writing it, or remove ${lockPath(file)} if none is`,
        );
      }
      if (attempt === 0) options.onWait?.();
      const interruptedBy = await pauseUnlessAborted(lockDelayMs(attempt), options.signal);
      if (interruptedBy !== null) {
        throw new PyrunInterrupted(
          interruptedBy,
          `interrupted by ${interruptedBy} while waiting for the lock of history file ${file}, held by another ` +
            'pyrun: this run was not recorded and no report was written; the other pyrun’s lock is left as it is',
        );
      }
    }
  }
  try {
    return await work(() => lost === null);
  } finally {
    if (lost === null) await release().catch(() => undefined);
  }
}

/** The wait before attempt `attempt + 1`: growing from 10 ms by 1.3× to at most 200 ms, with jitter. */
function lockDelayMs(attempt: number): number {
  return Math.min(200, 10 * 1.3 ** attempt) * (0.5 + Math.random());
}

/** Waits `ms`; resolves with the abort's reason (a signal name) if `signal` aborts first, else null. */
function pauseUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<NodeJS.Signals | null> {
  const reasonOf = (s: AbortSignal) =>
    (typeof s.reason === 'string' ? s.reason : 'SIGTERM') as NodeJS.Signals;
  if (signal?.aborted) return Promise.resolve(reasonOf(signal));
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(reasonOf(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(null);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
