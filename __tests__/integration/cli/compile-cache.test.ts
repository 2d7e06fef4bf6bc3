/**
 * The CLI's start-up on Node without a compile cache of its own (Node 20, which `pyrun` supports): the first run
 * compiles its chunks and caches them at exit, the next reads them from the cache; a chunk that changed — even to
 * the same length, which V8's own check would let through — is compiled afresh, never run from the old cache; and
 * a cache folder that others could write (the cache is code) is not used. On Node ≥ 22.1 Node's own cache is used.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fixture, ROOT, tempDir } from '../../helpers/pyrun.js';

const nodeHasItsOwn =
  typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function run(cli: string, cache: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_COMPILE_CACHE: cache },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const verboseRun = (cli: string, cache: string) =>
  run(cli, cache, ['run', '-v', '--no-history', fixture('args.py'), 'x']);

describe('the CLI’s compile cache', () => {
  const dir = tempDir();
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  const cli = path.join(dir, 'dist/cli/index.js');

  if (nodeHasItsOwn) {
    it('uses Node’s own cache', () => {
      const r = verboseRun(cli, path.join(dir, 'node-cache'));
      expect([r.code, r.err]).toEqual([0, expect.stringContaining("compile cache: Node's own")]);
    });
    return;
  }

  it('caches the chunks a run compiled, and the next run reads every one of them', () => {
    const cache = path.join(dir, 'cache');
    const first = verboseRun(cli, cache);
    expect(first.code).toBe(0);
    const [, cached, total] = /compile cache: (\d+) of (\d+) chunks read from/.exec(first.err) ?? [];
    expect(Number(cached)).toBe(0);
    expect(Number(total)).toBeGreaterThan(3);
    expect(first.err).toContain(`(${total} compiled, cached at exit)`);

    const second = verboseRun(cli, cache);
    expect(second.code).toBe(0);
    expect(second.err).toContain(`compile cache: ${total} of ${total} chunks read from`);
    expect(second.err).not.toContain('compiled, cached at exit');
    // Only the user can read or write it.
    const folder = path.join(cache, readdirSync(cache)[0]!);
    expect(readdirSync(folder).length).toBe(Number(total));
  });

  it('a run with a history (which sets V8 flags for SQLite) leaves a cache the next run reads whole', () => {
    // V8 stamps its data with a hash of its flags; sql.js's Liftoff-only flags must be undone before the cache is
    // written, or each run with history would cache what no later start accepts.
    const cache = path.join(dir, 'history-cache');
    const db = path.join(dir, 'history.sqlite');
    const historyRun = () => run(cli, cache, ['run', '-v', '--db', db, fixture('args.py'), 'x']);
    const first = historyRun();
    expect(first.code).toBe(0);
    const [, , total] = /compile cache: (\d+) of (\d+) chunks read from/.exec(first.err) ?? [];
    expect(Number(total)).toBeGreaterThan(3);
    const second = historyRun();
    expect([second.code, second.err]).toEqual([
      0,
      expect.stringContaining(`compile cache: ${total} of ${total} chunks`),
    ]);
    expect(second.err).not.toContain('compiled, cached at exit');
    // And a run without history reads the chunks it shares with them from the same cache.
    const bare = verboseRun(cli, cache);
    const [, cached] = /compile cache: (\d+) of/.exec(bare.err) ?? [];
    expect(Number(cached)).toBeGreaterThan(3);
  });

  it('compiles a changed chunk afresh, even one of the same length, and never runs its old code', () => {
    const cache = path.join(dir, 'changed');
    expect(run(cli, cache, ['run', '--help']).code).toBe(0); // the help's chunks are cached
    const chunk = readdirSync(path.dirname(cli)).find((f) =>
      readFileSync(path.join(path.dirname(cli), f), 'utf8').includes('Run SCRIPT (or -m MODULE'),
    )!;
    const file = path.join(path.dirname(cli), chunk);
    const before = readFileSync(file, 'utf8');
    const after = before.replace('Run SCRIPT (or -m MODULE', 'Walk SCRIPT (or -m MODUL');
    expect(after.length).toBe(before.length);
    writeFileSync(file, after);
    try {
      const help = run(cli, cache, ['--help']);
      expect(help.code).toBe(0);
      expect(help.out).toContain('Walk SCRIPT (or -m MODUL');
      const verbose = verboseRun(cli, cache);
      expect(verbose.err).toMatch(
        /compile cache: \d+ of \d+ chunks read from .* \(\d+ compiled, cached at exit\)/,
      );
    } finally {
      writeFileSync(file, before);
    }
  });

  it('a cache file whose V8 data is damaged is compiled afresh and rewritten, and the run goes on', () => {
    const cache = path.join(dir, 'damaged');
    expect(verboseRun(cli, cache).code).toBe(0);
    const folder = path.join(cache, readdirSync(cache)[0]!);
    const victim = path.join(folder, readdirSync(folder)[0]!);
    const bytes = readFileSync(victim);
    const sourceEnd = 4 + bytes.readUInt32LE(0);
    bytes.fill(0xa5, sourceEnd); // the source copy still matches; V8's part is garbage
    writeFileSync(victim, bytes);
    const r = verboseRun(cli, cache);
    expect([r.code, r.err]).toEqual([0, expect.stringMatching(/\(1 compiled, cached at exit\)/)]);
    expect(readFileSync(victim).subarray(sourceEnd).equals(bytes.subarray(sourceEnd))).toBe(false);
    expect(verboseRun(cli, cache).err).not.toContain('compiled, cached at exit');
  });

  it('does not use a cache folder that others can write', () => {
    const cache = path.join(dir, 'shared');
    mkdirSync(cache);
    chmodSync(cache, 0o777);
    const r = verboseRun(cli, cache);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`no compile cache (${cache} is not a folder only this user can write)`);
    expect(readdirSync(cache).flatMap((d) => readdirSync(path.join(cache, d)))).toEqual([]);
  });
});
