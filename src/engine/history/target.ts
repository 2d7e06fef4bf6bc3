/**
 * What `--db` points at, checked before anything runs: a regular file, a path that does not exist yet, or a
 * symlink that leads to one of those (the symlink is kept; pyrun reads and writes the file it points at).
 * Anything else (a directory, a character or block device such as /dev/null or /dev/zero, a FIFO, a socket) is
 * refused with a HistoryTargetError naming the path and what it is: pyrun never writes over it, renames it, or
 * blocks reading it.
 *
 * Reads are bounded: the file is opened without blocking (a FIFO swapped in later cannot hang us), checked to be
 * regular on the open descriptor, and refused when it is larger than MAX_HISTORY_BYTES.
 */
import { constants as fsConstants, type Stats } from 'node:fs';
import { lstat, open, readlink, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { PyrunError } from '../outcome.js';

/**
 * The largest history file pyrun opens. sql.js holds the whole database in memory, and writing it back holds a
 * second copy; 512 MiB keeps both well inside a WebAssembly heap (retention keeps real histories far smaller).
 */
export const MAX_HISTORY_BYTES = 512 * 1024 * 1024;

const MAX_SYMLINK_HOPS = 40;

/** `--db` (or a history to import) is not something pyrun may use as a history file. Exit 125. */
export class HistoryTargetError extends PyrunError {
  override name = 'HistoryTargetError';
}

export interface HistoryTarget {
  /** How messages name it: `--db` (default) or e.g. `history to import`. */
  role: string;
  /** The path as given (made absolute). */
  path: string;
  /** The file actually read and written: `path`, or where its symlinks lead. */
  file: string;
  /** Whether `file` exists (a regular file) or not yet. */
  exists: boolean;
  /** Size in bytes (0 when absent). */
  size_bytes: number;
  /** Permission bits to give a rewritten file (the existing file's, else 0o644). */
  mode: number;
  uid: number | null;
  gid: number | null;
}

/** The kind of a non-regular file, in words. */
export function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function refuse(role: string, given: string, file: string, what: string): HistoryTargetError {
  const via = file === given ? '' : ` (through a symlink to ${file})`;
  return new HistoryTargetError(
    `${role} ${given}${via} is ${what}, not a history file: ` +
      (role === '--db'
        ? 'point --db at a regular file or at a path that does not exist yet'
        : 'give a history file'),
  );
}

/** Follows symlinks one hop at a time (a dangling one leads to where its target will be created). */
async function followLinks(role: string, path: string): Promise<{ file: string; info: Stats | null }> {
  let current = path;
  for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file: current, info: null };
      throw error;
    }
    if (!info.isSymbolicLink()) return { file: current, info };
    const link = await readlink(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw new HistoryTargetError(`${role} ${path}: too many levels of symbolic links`);
}

/**
 * Checks what `path` is (see the header). Throws HistoryTargetError for anything but a regular file or a path
 * that does not exist; other failures (permission denied on a parent) are HistoryTargetErrors naming the cause.
 */
export async function inspectTarget(path: string, role = '--db'): Promise<HistoryTarget> {
  const given = resolve(path);
  let followed: { file: string; info: Stats | null };
  try {
    followed = await followLinks(role, given);
  } catch (error) {
    if (error instanceof HistoryTargetError) throw error;
    throw new HistoryTargetError(`${role} ${given}: cannot be examined (${(error as Error).message})`);
  }
  const { file, info } = followed;
  if (info === null) {
    return { role, path: given, file, exists: false, size_bytes: 0, mode: 0o644, uid: null, gid: null };
  }
  if (!info.isFile()) throw refuse(role, given, file, describeKind(info));
  return {
    role,
    path: given,
    file,
    exists: true,
    size_bytes: info.size,
    mode: info.mode & 0o7777,
    uid: info.uid,
    gid: info.gid,
  };
}

function tooLarge(target: HistoryTarget, size: number, max: number): HistoryTargetError {
  return new HistoryTargetError(
    `${target.role} ${target.path} is ${size} bytes, larger than the ${max} bytes a history can hold: ` +
      'it is not a pyrun history',
  );
}

/**
 * The bytes of the regular file `target.file`, or null when it does not exist. Never blocks on a FIFO, never
 * reads a device, never reads more than `max_bytes` (default MAX_HISTORY_BYTES).
 */
export async function readTargetBytes(
  target: HistoryTarget,
  max_bytes: number = MAX_HISTORY_BYTES,
): Promise<Uint8Array | null> {
  let handle;
  try {
    handle = await open(target.file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | fsConstants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new HistoryTargetError(`cannot read history file ${target.path}: ${(error as Error).message}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refuse(target.role, target.path, target.file, describeKind(info));
    if (info.size > max_bytes) throw tooLarge(target, info.size, max_bytes);
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break; // the file shrank while we read: what is there is what we judge
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** Refuses a target whose size (from inspectTarget) is already over the bound, before reading anything. */
export function checkSize(target: HistoryTarget, max_bytes: number = MAX_HISTORY_BYTES): void {
  if (target.size_bytes > max_bytes) throw tooLarge(target, target.size_bytes, max_bytes);
}

/** The target as it is now (after the script ran): still a regular file or absent, else refused. */
export async function recheckTarget(target: HistoryTarget): Promise<HistoryTarget> {
  let info: Stats;
  try {
    info = await stat(target.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ...target, exists: false, size_bytes: 0 };
    throw new HistoryTargetError(`cannot read history file ${target.path}: ${(error as Error).message}`);
  }
  if (!info.isFile()) throw refuse(target.role, target.path, target.file, describeKind(info));
  return {
    ...target,
    exists: true,
    size_bytes: info.size,
    mode: info.mode & 0o7777,
    uid: info.uid,
    gid: info.gid,
  };
}
