import { describe, expect, it } from '@jest/globals';
import { enableCompileCache } from '../../../src/compile-cache.js';

describe('enableCompileCache', () => {
  it('does nothing on a runtime without a compile cache (Node < 22.1)', () => {
    expect(enableCompileCache({})).toBe(false);
  });

  it('turns the cache on once, with Node’s default directory', () => {
    const calls: unknown[][] = [];
    expect(enableCompileCache({ enableCompileCache: (...args: unknown[]) => calls.push(args) })).toBe(true);
    expect(calls).toEqual([[]]);
  });

  it('a cache that cannot be enabled never stops pyrun', () => {
    const runtime = {
      enableCompileCache: () => {
        throw new Error('EACCES');
      },
    };
    expect(() => enableCompileCache(runtime)).not.toThrow();
  });
});
