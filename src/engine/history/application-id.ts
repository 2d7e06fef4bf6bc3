/**
 * How a pyrun history is known by its first bytes, without SQLite: a SQLite header whose `application_id` is
 * pyrun's. Apart from load.ts so that code writing other files (reports) can tell a history it must not replace
 * without loading the history's modules.
 */

/** `PRAGMA application_id` of a pyrun history: "PyRn" in ASCII. */
export const PYRUN_APPLICATION_ID = 0x5079526e;

/** Where SQLite keeps the application id in the 100-byte header (big-endian). */
export const APPLICATION_ID_OFFSET = 68;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Whether `header` (a file's first 100 bytes) is a SQLite header marked as a pyrun history. */
export function isPyrunHeader(header: Uint8Array): boolean {
  if (header.length < 100) return false;
  if (String.fromCharCode(...header.subarray(0, SQLITE_MAGIC.length)) !== SQLITE_MAGIC) return false;
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  return view.getUint32(APPLICATION_ID_OFFSET) === PYRUN_APPLICATION_ID;
}
