/**
 * What the action saves to the Actions cache is a private copy of the history pyrun wrote, never the file the
 * script could reach. The file pyrun wrote lives in a folder the script can write (same user): a process the script
 * left could replace it between pyrun's write and the cache client's read, and the next run — of the whole
 * branch — would take its baseline from that.
 *
 * So, once the scripts and every process they left have ended, the history's folder (its path string is fixed: the
 * cache client hashes it into the entry's version) is moved aside with whatever is in it and made anew, empty,
 * mode 0700; the bytes pyrun wrote (held in memory, PipelineResult.history_bytes) are written there to a new file;
 * just before the client reads it, the file is checked to hold exactly those bytes (same SHA-256), and after the
 * client has read it, to be the same file, unchanged. A process holding the old folder open writes only there.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface PrivateCopy {
  /** The copy (the same path string as the history restored from the cache). */
  file: string;
  sha256: string;
  size: number;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes `bytes` to `file` in a fresh private folder (see the header). Throws when it cannot; the caller saves
 * nothing then.
 */
export async function writePrivateCopy(file: string, bytes: Uint8Array): Promise<PrivateCopy> {
  const dir = path.dirname(file);
  const aside = `${dir}.replaced-${randomBytes(8).toString('hex')}`;
  try {
    await rename(dir, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Best effort: a process still writing into the old folder may keep it from going away; it is never read again.
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  await mkdir(dir, { mode: 0o700 }); // EEXIST: something made it meanwhile, and nothing is saved
  await chmod(dir, 0o700); // whatever the umask
  const handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { file, sha256: sha256(bytes), size: bytes.length };
}

export type CopyCheck = { ok: true; stats: Stats } | { ok: false; problem: string };

/**
 * Whether the copy still holds exactly what pyrun wrote: its folder a directory of this user with mode 0700, the
 * file a regular file (not a symlink) of the same size and SHA-256. `same` (the check made before the cache client
 * read it): also the very same file, untouched since (inode, modification and change times).
 */
export async function checkPrivateCopy(copy: PrivateCopy, same?: Stats): Promise<CopyCheck> {
  try {
    const dir = await lstat(path.dirname(copy.file));
    const uid = process.getuid?.();
    if (!dir.isDirectory() || (dir.mode & 0o777) !== 0o700 || (uid !== undefined && dir.uid !== uid)) {
      return { ok: false, problem: 'its private folder was replaced or opened up' };
    }
    const handle = await open(copy.file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return { ok: false, problem: 'it is no longer a regular file' };
      if (
        same &&
        (stats.dev !== same.dev ||
          stats.ino !== same.ino ||
          stats.mtimeMs !== same.mtimeMs ||
          stats.ctimeMs !== same.ctimeMs)
      ) {
        return { ok: false, problem: 'it was replaced or written to' };
      }
      const bytes = await handle.readFile();
      if (bytes.length !== copy.size || sha256(bytes) !== copy.sha256) {
        return { ok: false, problem: 'it no longer holds the bytes pyrun wrote' };
      }
      return { ok: true, stats };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: messageOf(error) };
  }
}
