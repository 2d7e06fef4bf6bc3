/**
 * The history file on disk (reading it is target.ts's job): recognising a damaged one, moving one aside, and writing a new
 * version atomically (temp file in the same directory, fsync, rename), so a crash mid-write leaves either the old
 * file or the new one, never half of one.
 */
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomHex } from '../run-id.js';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const SQLITE_HEADER_BYTES = 100;

/**
 * Why these bytes cannot be a whole SQLite database, or null when the header looks sound.
 * Catches a foreign file (bad magic), a file cut short (not a whole number of pages, or fewer pages than the
 * header promises). Damage inside the pages is left to SQLite's own `PRAGMA quick_check`.
 */
export function sqliteHeaderProblem(bytes: Uint8Array): string | null {
  if (bytes.length < SQLITE_HEADER_BYTES) return `too short to be a SQLite database (${bytes.length} bytes)`;
  const magic = String.fromCharCode(...bytes.subarray(0, SQLITE_MAGIC.length));
  if (magic !== SQLITE_MAGIC) return 'not a SQLite database (bad header)';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return `not a SQLite database (page size ${rawPageSize})`;
  }
  if (bytes.length % pageSize !== 0) {
    return `truncated: ${bytes.length} bytes is not a whole number of ${pageSize}-byte pages`;
  }
  const changeCounter = view.getUint32(24);
  const pageCount = view.getUint32(28);
  const versionValidFor = view.getUint32(92);
  if (changeCounter === versionValidFor && pageCount > 0 && pageCount * pageSize > bytes.length) {
    return `truncated: the header promises ${pageCount} pages of ${pageSize} bytes, the file holds ${bytes.length / pageSize}`;
  }
  return null;
}

/** `2024-05-01T12-00-00-000Z`: an ISO time usable in a file name everywhere. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Renames a damaged file to `<path>.corrupt-<timestamp>` (with `-1`, `-2`… if that name is taken) and returns
 * the new path.
 */
export async function moveAside(path: string, now: Date): Promise<string> {
  const base = `${path}.corrupt-${fileTimestamp(now)}`;
  for (let n = 0; ; n++) {
    const target = n === 0 ? base : `${base}-${n}`;
    try {
      // Fails with EEXIST rather than overwriting an earlier damaged copy.
      const handle = await open(target, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY);
      await handle.close();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && n < 1000) continue;
      throw error;
    }
    await rename(path, target);
    return target;
  }
}

function tempPrefix(path: string): string {
  return `.${basename(path)}.tmp-`;
}

/**
 * Removes temp files an earlier writer of `path` left when it was killed mid-write. Only safe while holding the
 * file's lock (no other writer can be using one). Returns how many were removed; never throws.
 */
export async function removeStaleTemps(path: string): Promise<number> {
  let removed = 0;
  try {
    const prefix = tempPrefix(path);
    for (const name of await readdir(dirname(path))) {
      if (!name.startsWith(prefix)) continue;
      await rm(join(dirname(path), name), { force: true });
      removed++;
    }
  } catch {
    // best effort: a leftover temp file harms nothing but disk space
  }
  return removed;
}

export interface AtomicWriteOptions {
  /** Permission bits of the new file (default 0o644; pass the replaced file's to keep them). */
  mode?: number;
  /** Owner to give the new file when it replaces one (best effort: only root may give files away). */
  uid?: number | null;
  gid?: number | null;
}

/**
 * Writes `bytes` to `path` atomically: parent directories are created, the bytes go to a temp file in the same
 * directory, which is fsynced and renamed over `path`; the directory is then fsynced (best effort) so the rename
 * itself survives a power cut. The new file gets `mode` exactly (not reduced by the umask) and, when pyrun may,
 * the owner of the file it replaces. On failure the temp file is removed and the error is rethrown.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${tempPrefix(path)}${randomHex(16)}`); // no node:crypto on a run's path (run-id.ts)
  const mode = options.mode ?? 0o644;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.chmod(mode);
      if (options.uid != null && options.gid != null) {
        await handle.chown(options.uid, options.gid).catch(() => undefined);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) and file systems cannot fsync a directory; the rename is still atomic.
  }
}
