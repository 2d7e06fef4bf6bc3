/**
 * Random ids: a run's id (a UUID, version 4, RFC 9562) and short random names. The bytes come from /dev/urandom
 * where there is one: node:crypto would load many modules on the run's critical path, before
 * the script starts. Elsewhere (Windows) from Web Crypto, which Node loads only then.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** `n` random bytes, as hex. */
export function randomHex(n: number): string {
  return randomBytes(n).toString('hex');
}

function randomBytes(n: number): Buffer {
  const bytes = Buffer.alloc(n);
  if (!fromUrandom(bytes)) globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

export function newRunId(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function fromUrandom(bytes: Buffer): boolean {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    return readSync(fd, bytes, 0, bytes.length, null) === bytes.length;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
