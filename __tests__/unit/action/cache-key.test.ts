import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  encodeRef,
  fullRef,
  historyCacheKeys,
  matrixIdentity,
  MAX_CACHE_KEY_CHARS,
  refOfPrefix,
  type HistoryKeyInput,
} from '../../../src/action/cache-key.js';

const RUN: HistoryKeyInput = {
  os: 'Linux',
  arch: 'X64',
  workflow: 'bench',
  job: 'measure',
  series: 'train.py',
  matrix: null,
  run_id: '1000',
  run_attempt: '1',
  ref: 'refs/heads/main',
};

describe('historyCacheKeys', () => {
  it('builds the documented key; the identity is sha256 of the JSON [workflow, job, series, matrix]', () => {
    // b057950efe7665d4 = sha256('["bench","measure","train.py",null]')[:16], computed with Python's hashlib.
    expect(historyCacheKeys(RUN)).toEqual({
      saveKey: 'pyrun-v1-Linux-X64-b057950efe7665d4-refs%2Fheads%2Fmain_1000-1',
      restorePrefixes: [
        'pyrun-v1-Linux-X64-b057950efe7665d4-refs%2Fheads%2Fmain_',
        // entries saved before keys were file names
        'pyrun-v1-Linux-X64-b057950efe7665d4-refs/heads/main:',
      ],
    });
  });

  it('keys a matrix leg by its canonical JSON, whatever the key order', () => {
    // f93cabae3b2c6e61 = sha256('["bench","measure","train.py","{\"os\":\"ubuntu\",\"python\":\"3.12\"}"]')[:16]
    const a = historyCacheKeys({ ...RUN, matrix: '{"python": "3.12", "os": "ubuntu"}' });
    const b = historyCacheKeys({ ...RUN, matrix: '{\n  "os": "ubuntu",\n  "python": "3.12"\n}' });
    expect(a.saveKey).toBe('pyrun-v1-Linux-X64-f93cabae3b2c6e61-refs%2Fheads%2Fmain_1000-1');
    expect(b).toEqual(a);
    const other = historyCacheKeys({ ...RUN, matrix: '{"python": "3.13", "os": "ubuntu"}' });
    expect(other.restorePrefixes[0]).not.toBe(a.restorePrefixes[0]);
  });

  it('treats no matrix, an empty one and a JSON null alike', () => {
    expect(matrixIdentity(null)).toBeNull();
    expect(matrixIdentity('')).toBeNull();
    expect(matrixIdentity('null')).toBeNull();
    expect(matrixIdentity('not json')).toBe('not json');
  });

  it('never shares a prefix between workflows, jobs, series, OSes or architectures', () => {
    const variants: HistoryKeyInput[] = [
      RUN,
      { ...RUN, workflow: 'nightly' },
      { ...RUN, job: 'other' },
      { ...RUN, series: 'train.py --big' },
      { ...RUN, os: 'macOS' },
      { ...RUN, arch: 'ARM64' },
    ];
    const prefixes = variants.map((v) => historyCacheKeys(v).restorePrefixes[0] as string);
    expect(new Set(prefixes).size).toBe(variants.length);
    for (const p of prefixes) {
      for (const v of variants) {
        const key = historyCacheKeys(v).saveKey;
        expect(key.startsWith(p)).toBe(p === historyCacheKeys(v).restorePrefixes[0]);
      }
    }
  });

  it('keeps os and arch free of the separator', () => {
    expect(historyCacheKeys({ ...RUN, os: 'mac-OS 14', arch: '' }).saveKey).toMatch(
      /^pyrun-v1-mac_OS_14-arch-/,
    );
  });

  it("gives a pull request only its base branch's prefix and saves it under its own ref", () => {
    const pr = historyCacheKeys({ ...RUN, ref: 'refs/pull/7/merge', baseRef: 'main', run_id: '1001' });
    const main = historyCacheKeys(RUN);
    expect(pr.restorePrefixes).toEqual(main.restorePrefixes);
    expect(pr.saveKey).toBe('pyrun-v1-Linux-X64-b057950efe7665d4-refs%2Fpull%2F7%2Fmerge_1001-1');
    expect(pr.saveKey.startsWith(main.restorePrefixes[0] as string)).toBe(false);
  });

  it('falls back to the default branch for a branch without history, once', () => {
    const feature = historyCacheKeys({ ...RUN, ref: 'refs/heads/feature', defaultRef: 'refs/heads/main' });
    expect(feature.restorePrefixes).toEqual([
      'pyrun-v1-Linux-X64-b057950efe7665d4-refs%2Fheads%2Ffeature_',
      'pyrun-v1-Linux-X64-b057950efe7665d4-refs%2Fheads%2Fmain_',
      'pyrun-v1-Linux-X64-b057950efe7665d4-refs/heads/feature:',
      'pyrun-v1-Linux-X64-b057950efe7665d4-refs/heads/main:',
    ]);
    expect(historyCacheKeys({ ...RUN, defaultRef: 'main' }).restorePrefixes).toHaveLength(2);
  });

  it('spells short branch names as full refs, so a base ref finds the pushes', () => {
    expect(fullRef('main')).toBe('refs/heads/main');
    expect(fullRef('refs/tags/v1')).toBe('refs/tags/v1');
    expect(encodeRef('a,b')).toBe('refs%2Fheads%2Fa%2Cb');
    expect(encodeRef('a%2Cb')).toBe('refs%2Fheads%2Fa%252Cb');
    expect(encodeRef('a:b')).toBe('refs%2Fheads%2Fa%3Ab');
    expect(encodeRef('a_b')).toBe('refs%2Fheads%2Fa%5Fb'); // `_` ends the ref in a key
  });

  it('makes keys that are file names (no `/`, `:` or anything a file system refuses)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 20 }), (ref, run_id) => {
        const key = historyCacheKeys({ ...RUN, ref, run_id }).saveKey;
        return /^[A-Za-z0-9._%~-]+$/.test(key);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets one ref prefix match another ref key (main vs main-2)', () => {
    const main = historyCacheKeys(RUN).restorePrefixes[0] as string;
    expect(historyCacheKeys({ ...RUN, ref: 'refs/heads/main-2' }).saveKey.startsWith(main)).toBe(false);
    expect(historyCacheKeys({ ...RUN, ref: 'refs/heads/main:2' }).saveKey.startsWith(main)).toBe(false);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        fc.pre(fullRef(a) !== fullRef(b));
        const prefix = historyCacheKeys({ ...RUN, ref: a }).restorePrefixes[0] as string;
        return !historyCacheKeys({ ...RUN, ref: b }).saveKey.startsWith(prefix);
      }),
      { numRuns: 500 },
    );
  });

  it('always makes a key the cache accepts: no comma, at most 512 characters', () => {
    fc.assert(
      fc.property(
        fc.record({
          os: fc.string(),
          arch: fc.string(),
          workflow: fc.string(),
          job: fc.string(),
          series: fc.string({ maxLength: 2000 }),
          matrix: fc.option(fc.string()),
          run_id: fc.string({ maxLength: 20 }),
          run_attempt: fc.string({ maxLength: 5 }),
          ref: fc.string({ maxLength: 1000 }),
        }),
        (input) => {
          const { saveKey, restorePrefixes } = historyCacheKeys(input);
          return (
            !saveKey.includes(',') &&
            saveKey.length <= MAX_CACHE_KEY_CHARS &&
            saveKey.startsWith(restorePrefixes[0] as string)
          );
        },
      ),
      { numRuns: 300 },
    );
    const long = historyCacheKeys({ ...RUN, ref: `refs/heads/${'x'.repeat(600)}` });
    expect(long.saveKey).toMatch(/^pyrun-v1-Linux-X64-b057950efe7665d4-~[0-9a-f]{32}_1000-1$/);
  });
});

describe('refOfPrefix', () => {
  it('gives back the ref a restore prefix was made for, for any ref', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (name) => {
        const ref = fullRef(`refs/heads/${name.replace(/\s/g, '')}x`);
        const [prefix] = historyCacheKeys({ ...RUN, ref }).restorePrefixes;
        expect(refOfPrefix(prefix!)).toBe(ref);
      }),
    );
    expect(refOfPrefix(historyCacheKeys({ ...RUN, baseRef: 'main' }).restorePrefixes[0]!)).toBe(
      'refs/heads/main',
    );
  });

  it('is null for a hashed (too long) ref and for text that is not a prefix', () => {
    const long = `refs/heads/${'b'.repeat(400)}`;
    expect(refOfPrefix(historyCacheKeys({ ...RUN, ref: long }).restorePrefixes[0]!)).toBeNull();
    expect(refOfPrefix('something-else:')).toBeNull();
  });
});
