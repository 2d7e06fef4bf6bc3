/**
 * Writes one report file the way every face must: its folders are created, the text goes to a temporary file in
 * the same folder and is then renamed over the target, so a full disk or a crash leaves the old file (or none),
 * never a truncated or 0-byte one. A symlink is followed and the file it points to replaced (the link stays); a
 * target that is not a regular file (`/dev/stdout`, a FIFO) is written in place, never replaced. Never throws:
 * trouble comes back as a value for the face to show as one warning.
 */
import { constants, fstatSync } from 'node:fs';
import { lstat, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { isPyrunHeader } from '../history/application-id.js';
import { randomHex } from '../run-id.js';

export type ReportWriteResult = { ok: true; path: string } | { ok: false; path: string; error: string };

/** `report.xml` → `.report.xml.<random>.tmp` beside it: same folder, so the rename stays on one file system. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomHex(6)}.tmp`);
}

export interface ReportWriteOptions {
  /**
   * Files a report must never replace (the history file): a target that is one of them — the same path, a symlink
   * to it, the same file under another name — is refused.
   */
  protect?: readonly string[];
}

export async function writeReportFile(
  file: string,
  text: string,
  options: ReportWriteOptions = {},
): Promise<ReportWriteResult> {
  let target = path.resolve(file);
  let temp: string | null = null;
  try {
    const existing = await existingTarget(target);
    const clash = await protectedFileAt(existing?.path ?? target, options.protect ?? []);
    if (clash !== null) {
      return { ok: false, path: target, error: `it is ${clash}, which pyrun never writes a report over` };
    }
    if (existing?.kind === 'folder')
      throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
    if (existing?.kind === 'special') {
      await writeSpecial(existing.path, target, text);
      return { ok: true, path: target };
    }
    if (existing) target = existing.path;
    await mkdir(path.dirname(target), { recursive: true });
    temp = tempPathFor(target);
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    temp = null;
    return { ok: true, path: target };
  } catch (error) {
    return { ok: false, path: target, error: describeWriteError(error) };
  } finally {
    if (temp !== null) await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * What is at `target` now: null when nothing is; a regular file (a symlink's final target when it resolves to
 * one); a folder; or anything else — a device, a FIFO, `/dev/stdout` (a link to `/proc/self/fd/1`, which may be a
 * pipe no path resolves to), a dangling link — which is written in place, through the link, and never replaced.
 */
async function existingTarget(
  target: string,
): Promise<{ kind: 'file' | 'folder' | 'special'; path: string } | null> {
  try {
    await lstat(target);
  } catch {
    return null;
  }
  try {
    const real = await realpath(target);
    const info = await stat(real);
    return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special', path: real };
  } catch {
    return { kind: 'special', path: target };
  }
}

/** Whether an open FIFO or socket is pyrun's own stdout or stderr (`--json /dev/stdout` into a pipe). */
function isOwnStream(info: { dev: number; ino: number }): boolean {
  return [1, 2].some((fd) => {
    try {
      const own = fstatSync(fd);
      return own.dev === info.dev && own.ino === info.ino;
    } catch {
      return false;
    }
  });
}

/**
 * Writes a target that is not a regular file, in place. Opened without blocking, so a FIFO nobody reads (one a
 * script made at a report path) fails at once (ENXIO) instead of hanging pyrun; a FIFO or socket at any other path
 * than pyrun's own stdout or stderr (`/dev/stdout` into a pipe) is refused: a report goes to a file, a device or
 * pyrun's own output, never into another process's pipe.
 */
async function writeSpecial(real: string, asked: string, text: string): Promise<void> {
  const flags = constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
  const handle = await open(real, flags).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENXIO') {
      throw new Error(`${asked} is a FIFO or socket that nothing reads (ENXIO); pyrun does not wait on it`);
    }
    throw error;
  });
  try {
    const info = await handle.stat();
    if ((info.isFIFO() || info.isSocket()) && !isOwnStream(info)) {
      throw new Error(
        `${asked} is a FIFO or socket, not a file; pyrun writes reports only to files and devices`,
      );
    }
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}

/** The identity of a file (device and inode), or null when it does not exist. */
async function identity(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

/**
 * Which history the path `file` is, as a phrase (`the history file X`, `the history file’s lock X`), or null: one of
 * `protect` or its lock `<file>.lock`, compared by resolved path (symlinks followed) and by device and inode; or
 * any other pyrun history (another `--db`), known by its header, or the lock path beside one.
 */
export async function protectedFileAt(file: string, protect: readonly string[]): Promise<string | null> {
  const resolved = await realpath(file).catch(() => path.resolve(file));
  const id = await identity(resolved);
  for (const guarded of protect) {
    for (const [candidate, what] of [
      [guarded, 'the history file'],
      [`${guarded}.lock`, 'the history file’s lock'],
    ] as const) {
      const real = await realpath(candidate).catch(() => path.resolve(candidate));
      if (real === resolved) return `${what} ${guarded}`;
      const other = await identity(real);
      if (id !== null && other !== null && id === other) return `${what} ${guarded}`;
    }
  }
  if (await isPyrunHistory(resolved)) return `the history file ${resolved}`;
  if (resolved.endsWith('.lock') && (await isPyrunHistory(resolved.slice(0, -'.lock'.length)))) {
    return `the history file’s lock ${resolved.slice(0, -'.lock'.length)}`;
  }
  return null;
}

/** Whether `file` is a regular file marked as a pyrun history (its first 100 bytes; never blocks on a FIFO). */
async function isPyrunHistory(file: string): Promise<boolean> {
  try {
    const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!(await handle.stat()).isFile()) return false;
      const header = new Uint8Array(100);
      const { bytesRead } = await handle.read(header, 0, header.length, 0);
      return bytesRead === header.length && isPyrunHeader(header);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** `ENOTDIR: a parent of the path is a file` rather than Node's raw syscall text. */
function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const raw = (error as { message?: unknown } | null)?.message;
  const message = typeof raw === 'string' ? raw : String(error);
  const hints: Record<string, string> = {
    ENOTDIR: 'a folder on the path is a file',
    // mkdir -p answers EEXIST when a folder it must create is already a file.
    EEXIST: 'a folder on the path is a file',
    EISDIR: 'the path is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
  };
  const hint = typeof code === 'string' ? hints[code] : undefined;
  return hint ? `${hint} (${message})` : message;
}
