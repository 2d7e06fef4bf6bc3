import { describe, expect, it } from '@jest/globals';
import { newRunId, randomHex } from '../../../src/engine/run-id.js';

describe('run ids', () => {
  it('are version-4 UUIDs (RFC 9562), all different', () => {
    const ids = Array.from({ length: 2000 }, () => newRunId());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('use every hex digit in the random positions (the bytes are random, not a counter)', () => {
    const seen = new Set(Array.from({ length: 200 }, () => newRunId().slice(0, 8)).join(''));
    expect(seen.size).toBe(16);
  });

  it('short random names have the asked number of bytes', () => {
    expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/);
    expect(randomHex(6)).not.toBe(randomHex(6));
  });
});
