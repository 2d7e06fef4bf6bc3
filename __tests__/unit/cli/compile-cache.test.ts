import { describe, expect, it } from '@jest/globals';
import { enableCompileCache } from '../../../src/compile-cache.js';

describe('enableCompileCache', () => {
  it('uses Node’s own cache where the runtime has one, with Node’s default directory', () => {
    const calls: unknown[][] = [];
    const runtime = { enableCompileCache: (...args: unknown[]) => calls.push(args) };
    expect(enableCompileCache({ runtime, env: {}, chunkDir: '/nowhere' })).toEqual({ kind: 'node' });
    expect(calls).toEqual([[]]);
  });

  it('has no cache on a runtime without one when there are no chunks of its own to cache (the action)', () => {
    expect(enableCompileCache({ runtime: {}, env: {} })).toEqual({
      kind: 'off',
      reason: 'no compile cache in this Node',
    });
  });

  it('a cache that cannot be enabled never stops pyrun', () => {
    const runtime = {
      enableCompileCache: () => {
        throw new Error('EACCES');
      },
    };
    expect(enableCompileCache({ runtime, env: {} })).toMatchObject({ kind: 'off' });
  });

  it('NODE_DISABLE_COMPILE_CACHE turns it off, as it does Node’s', () => {
    let called = false;
    const runtime = { enableCompileCache: () => (called = true) };
    expect(enableCompileCache({ runtime, env: { NODE_DISABLE_COMPILE_CACHE: '1' } })).toEqual({
      kind: 'off',
      reason: 'NODE_DISABLE_COMPILE_CACHE',
    });
    expect(called).toBe(false);
  });
});
