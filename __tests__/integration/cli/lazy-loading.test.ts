/**
 * `pyrun run` loads only what the run asks for, so its start-up stays short. The built CLI runs under a preload
 * (helpers/load-trace) that lists every file the process loaded — the bundle's entry and each chunk it required
 * (CommonJS: see src/compile-cache.ts), and sql.js's loader — and the test looks into those files.
 *
 * Each library is recognised by text only it puts in the bundle; the test first checks that each marker is in
 * dist/cli at all, so a marker that stops matching fails here instead of passing for nothing.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { CLI, fixture, ROOT, tempDir } from '../../helpers/pyrun.js';

const TRACE = pathToFileURL(path.join(ROOT, '__tests__/helpers/load-trace/trace.mjs')).href;

/**
 * Text each library leaves in the bundle (module paths, the XML builder's root tag, the lock's option). zod
 * validates imported run records only: the option table has its own checks (src/config/check.ts). simple-statistics
 * serves the analysis commands: a run's own median, MAD and erf are src/engine/analysis/robust.ts.
 */
const MARKERS = {
  nodemailer: 'node_modules/nodemailer/',
  zod: 'node_modules/zod/',
  'simple-statistics': 'node_modules/simple-statistics/',
  'junit-report-builder': 'testsuites',
  'proper-lockfile': 'lockfilePath',
} as const;
type Library = keyof typeof MARKERS | 'sql.js';

interface Loaded {
  code: number | null;
  stderr: string;
  /** Files of the CLI's bundle that were loaded. */
  chunks: string[];
  libraries: Set<Library>;
  /** Node's own modules the process loaded (`crypto`, `fs/promises`, `internal/…`). */
  builtins: Set<string>;
}

function runTraced(args: string[]): Loaded {
  const dir = tempDir('pyrun-lazy-');
  const trace = path.join(dir, 'trace.txt');
  writeFileSync(trace, '');
  const r = spawnSync(process.execPath, ['--import', TRACE, CLI, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', PYRUN_LOAD_TRACE: trace },
    timeout: 25_000,
  });
  const lines = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  const builtins = new Set(
    lines.filter((l) => l.startsWith('builtin ')).map((l) => l.slice('builtin '.length)),
  );
  const chunks = lines
    .filter((l) => !l.startsWith('builtin '))
    .map((l) => (l.startsWith('esm file:') ? fileURLToPath(l.slice('esm '.length)) : l.slice('cjs '.length)))
    .filter((f) => path.dirname(f) === path.dirname(CLI));
  const libraries = new Set<Library>();
  for (const file of chunks) {
    const text = readFileSync(file, 'utf8');
    for (const [library, marker] of Object.entries(MARKERS)) {
      if (text.includes(marker)) libraries.add(library as Library);
    }
  }
  if (lines.some((l) => l.startsWith('cjs ') && l.endsWith('sql-wasm.cjs'))) libraries.add('sql.js');
  return { code: r.status, stderr: r.stderr, chunks, libraries, builtins };
}

describe('what `pyrun run` loads (the built CLI)', () => {
  it('each marker is in the bundle once built, in a chunk of its own rather than the entry', () => {
    const dir = path.dirname(CLI);
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    for (const marker of Object.values(MARKERS)) {
      const holders = files.filter((f) => readFileSync(path.join(dir, f), 'utf8').includes(marker));
      expect([marker, holders.length > 0, holders.includes('index.js')]).toEqual([marker, true, false]);
    }
  });

  let bare: Loaded;
  beforeAll(() => {
    bare = runTraced(['run', '-q', '--no-history', fixture('args.py'), 'x']);
  });

  it('the trace sees the entry and the chunks a run loads', () => {
    expect([bare.code, bare.stderr]).toEqual([0, '']);
    expect(bare.chunks).toContain(CLI);
    expect(bare.chunks.length).toBeGreaterThan(1);
  });

  it('--no-history with no alert channel and no report: no sql.js, lock, nodemailer, XML builder, zod or simple-statistics', () => {
    expect([...bare.libraries]).toEqual([]);
  });

  it('nor Node’s crypto (run ids from /dev/urandom), even when it writes a report file', () => {
    expect(bare.builtins.size).toBeGreaterThan(20); // the trace sees Node's modules at all
    expect(bare.builtins.has('fs')).toBe(true);
    expect(bare.builtins.has('crypto')).toBe(false);
    const dir = tempDir('pyrun-lazy-');
    const json = path.join(dir, 'r.json');
    const reported = runTraced(['run', '-q', '--no-history', '--json', json, fixture('args.py'), 'x']);
    expect([reported.code, JSON.parse(readFileSync(json, 'utf8')).status]).toEqual([0, 'passed']);
    expect(reported.builtins.has('fs/promises')).toBe(true); // the report writer was loaded
    expect(reported.builtins.has('crypto')).toBe(false);
  });

  it('a run with a history and a JUnit report loads sql.js, the lock and the XML builder, still not nodemailer, zod or simple-statistics', () => {
    const dir = tempDir('pyrun-lazy-');
    const full = runTraced([
      'run',
      '-q',
      '--db',
      path.join(dir, 'h.sqlite'),
      '--junit',
      path.join(dir, 'r.xml'),
      fixture('args.py'),
      'x',
    ]);
    expect(full.code).toBe(0);
    expect([...full.libraries].sort()).toEqual(['junit-report-builder', 'proper-lockfile', 'sql.js']);
  });
});
