import { describe, expect, it } from '@jest/globals';
import { fileTimestamp, sqliteHeaderProblem } from '../../../src/engine/history/file.js';

function header(pageSize: number, pages: number, totalBytes: number): Uint8Array {
  const bytes = new Uint8Array(totalBytes);
  bytes.set(new TextEncoder().encode('SQLite format 3\u0000'));
  const view = new DataView(bytes.buffer);
  view.setUint16(16, pageSize === 65536 ? 1 : pageSize);
  view.setUint32(24, 7); // change counter
  view.setUint32(28, pages);
  view.setUint32(92, 7); // version-valid-for = change counter: the page count is valid
  return bytes;
}

describe('sqliteHeaderProblem', () => {
  it('accepts a sound header', () => {
    expect(sqliteHeaderProblem(header(4096, 3, 3 * 4096))).toBeNull();
    expect(sqliteHeaderProblem(header(65536, 1, 65536))).toBeNull();
  });

  it('recognises foreign, short and truncated files', () => {
    expect(sqliteHeaderProblem(new Uint8Array(50))).toMatch(/too short/);
    expect(sqliteHeaderProblem(new Uint8Array(4096))).toMatch(/not a SQLite database/);
    expect(sqliteHeaderProblem(header(4096, 3, 3 * 4096).subarray(0, 5000))).toMatch(/not a whole number/);
    expect(sqliteHeaderProblem(header(4096, 3, 2 * 4096))).toMatch(/promises 3 pages.*holds 2/);
    expect(sqliteHeaderProblem(header(1000, 1, 1000))).toMatch(/page size 1000/);
  });
});

describe('fileTimestamp', () => {
  it('is an ISO time without characters file systems dislike', () => {
    expect(fileTimestamp(new Date(Date.UTC(2025, 4, 1, 12, 3, 4, 56)))).toBe('2025-05-01T12-03-04-056Z');
  });
});
