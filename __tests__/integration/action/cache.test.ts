/**
 * History in the Actions cache: the real `@actions/cache` client against the loopback cache-service stand-in.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { restoreHistory, saveHistory } from '../../../src/action/cache.js';
import { historyCacheKeys, type HistoryKeyInput } from '../../../src/action/cache-key.js';
import {
  startCacheService,
  withCacheEnv,
  type CacheServiceStandIn,
} from '../../helpers/servers/cache-service.js';

interface Log {
  warnings: string[];
  infos: string[];
  warn(message: string): void;
  info(message: string): void;
}

function log(): Log {
  const l: Log = {
    warnings: [],
    infos: [],
    warn: (m) => void l.warnings.push(m),
    info: (m) => void l.infos.push(m),
  };
  return l;
}

/** Runs fn with stdout (where @actions/core writes its commands) captured instead of printed. */
async function captureStdout<T>(fn: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  const original = process.stdout.write;
  let stdout = '';
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    stdout += Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    if (callback) callback();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: await fn(), stdout };
  } finally {
    process.stdout.write = original;
  }
}

const annotations = (stdout: string): string[] =>
  stdout.split('\n').filter((l) => /^::(warning|error)/.test(l));

const BASE_KEY: HistoryKeyInput = {
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

let service: CacheServiceStandIn;
let root: string;
let env: Record<string, string>;

beforeAll(async () => {
  service = await startCacheService();
  root = mkdtempSync(path.join(os.tmpdir(), 'pyrun-cache-'));
  mkdirSync(path.join(root, 'workspace'));
  mkdirSync(path.join(root, 'runner-temp'));
  env = {
    ...service.env,
    GITHUB_WORKSPACE: path.join(root, 'workspace'),
    RUNNER_TEMP: path.join(root, 'runner-temp'),
  };
});

afterAll(async () => {
  await service.close();
  rmSync(root, { recursive: true, force: true });
});

/** A fresh history file in its own directory, with bytes that do not compress away. */
function historyFile(name: string, content: Buffer): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'history.sqlite');
  writeFileSync(file, content);
  return file;
}

async function save(file: string, key: string, vars = env) {
  const l = log();
  const { value, stdout } = await withCacheEnv(vars, () =>
    captureStdout(() => saveHistory({ path: file, key, warn: l.warn, info: l.info })),
  );
  return { saved: value, log: l, stdout };
}

async function restore(file: string, restorePrefixes: string[], vars = env) {
  const l = log();
  const { value, stdout } = await withCacheEnv(vars, () =>
    captureStdout(() =>
      restoreHistory({
        path: file,
        keyPrefix: restorePrefixes[0] ?? '',
        restorePrefixes,
        warn: l.warn,
        info: l.info,
      }),
    ),
  );
  return { restoredKey: value.restoredKey, log: l, stdout };
}

describe('history in the Actions cache (real client, loopback service)', () => {
  it('saves a file and restores it byte-identical after it is gone', async () => {
    const content = Buffer.concat([randomBytes(300_000), Buffer.from('SQLite format 3\0 tail')]);
    const file = historyFile('roundtrip', content);
    const keys = historyCacheKeys(BASE_KEY);

    const saved = await save(file, keys.saveKey);
    expect(saved.log.warnings).toEqual([]);
    expect(saved.saved).toBe(true);
    expect(annotations(saved.stdout)).toEqual([]);
    const entry = service.entries().find((e) => e.key === keys.saveKey);
    expect(entry?.finalized).toBe(true);
    expect(entry?.size_bytes).toBe(entry?.bytes?.length);

    rmSync(path.dirname(file), { recursive: true }); // a fresh runner has neither the file nor its directory
    const restored = await restore(file, keys.restorePrefixes);
    expect(restored.log.warnings).toEqual([]);
    expect(restored.restoredKey).toBe(keys.saveKey);
    expect(readFileSync(file).equals(content)).toBe(true);
    expect(annotations(restored.stdout)).toEqual([]);
  });

  it('restores the newest entry of the prefix, never one of a branch whose name extends it', async () => {
    const input = { ...BASE_KEY, series: 'newest' };
    const file = historyFile('newest', Buffer.from('run 1'));
    await save(file, historyCacheKeys({ ...input, run_id: '1' }).saveKey);
    writeFileSync(file, 'run 2');
    await save(file, historyCacheKeys({ ...input, run_id: '2' }).saveKey);
    writeFileSync(file, 'main-2 is another branch');
    await save(file, historyCacheKeys({ ...input, run_id: '3', ref: 'refs/heads/main-2' }).saveKey);

    rmSync(file);
    const restored = await restore(file, historyCacheKeys({ ...input, run_id: '4' }).restorePrefixes);
    expect(restored.restoredKey).toBe(historyCacheKeys({ ...input, run_id: '2' }).saveKey);
    expect(readFileSync(file, 'utf8')).toBe('run 2');
  });

  it("gives a pull request its base branch's history and keeps its own runs out of anyone's baseline", async () => {
    const input = { ...BASE_KEY, series: 'pr' };
    const file = historyFile('pr', Buffer.from('main history'));
    await save(file, historyCacheKeys({ ...input, run_id: '10' }).saveKey);

    const pr = historyCacheKeys({ ...input, run_id: '11', ref: 'refs/pull/7/merge', baseRef: 'main' });
    rmSync(file);
    const onPr = await restore(file, pr.restorePrefixes);
    expect(onPr.restoredKey).toBe(historyCacheKeys({ ...input, run_id: '10' }).saveKey);
    writeFileSync(file, 'main history + pr run');
    expect((await save(file, pr.saveKey)).saved).toBe(true);

    rmSync(file);
    const onMain = await restore(file, historyCacheKeys({ ...input, run_id: '12' }).restorePrefixes);
    expect(onMain.restoredKey).toBe(historyCacheKeys({ ...input, run_id: '10' }).saveKey);
    expect(readFileSync(file, 'utf8')).toBe('main history');
  });

  it('treats an existing key as information: keys are immutable', async () => {
    const file = historyFile('twice', Buffer.from('first'));
    const key = historyCacheKeys({ ...BASE_KEY, series: 'twice' }).saveKey;
    expect((await save(file, key)).saved).toBe(true);
    writeFileSync(file, 'second');
    const again = await save(file, key);
    expect(again.saved).toBe(false);
    expect(again.log.warnings).toEqual([]);
    expect(again.log.infos.join('\n')).toMatch(/already exists/);
    expect(annotations(again.stdout)).toEqual([]);
    expect(service.entries().filter((e) => e.key === key)).toHaveLength(1);
    expect(service.requests().some((r) => r.operation === 'CreateCacheEntry' && r.status === 409)).toBe(true);
  });

  it('misses when the path is spelled differently: the path string is part of the entry', async () => {
    const file = historyFile('spelling', Buffer.from('x'));
    const keys = historyCacheKeys({ ...BASE_KEY, series: 'spelling' });
    await save(file, keys.saveKey);
    const respelled = `${path.dirname(file)}/./history.sqlite`; // the same file, another string
    const restored = await restore(respelled, keys.restorePrefixes);
    expect(restored.restoredKey).toBeNull();
    expect(restored.log.warnings).toEqual([]);
    expect(restored.log.infos.join('\n')).toMatch(/No history in the Actions cache yet/);
  });

  it('is one info line and no request when there is no cache service', async () => {
    const before = service.requests().length;
    const file = historyFile('noservice', Buffer.from('x'));
    const bare = { GITHUB_WORKSPACE: env.GITHUB_WORKSPACE as string, RUNNER_TEMP: env.RUNNER_TEMP as string };
    const restored = await restore(file, ['pyrun-v1-x:'], bare);
    const saved = await save(file, 'pyrun-v1-x:1-1', bare);
    expect([restored.restoredKey, saved.saved]).toEqual([null, false]);
    expect([restored.log.warnings, saved.log.warnings]).toEqual([[], []]);
    expect(restored.log.infos).toHaveLength(1);
    expect(restored.log.infos[0]).toMatch(/not available/);
    expect(service.requests().length).toBe(before);
  });

  it('is one warning, no annotation and no throw when the service is down', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const down = { ...env, ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` };
    const file = historyFile('down', Buffer.from('x'));
    const restored = await restore(file, ['pyrun-v1-down:'], down);
    const saved = await save(file, 'pyrun-v1-down:1-1', down);
    expect(restored.restoredKey).toBeNull();
    expect(saved.saved).toBe(false);
    expect(restored.log.warnings).toHaveLength(1);
    expect(saved.log.warnings).toHaveLength(1);
    expect(restored.log.warnings[0]).toMatch(/ECONNREFUSED/);
    expect(saved.log.warnings[0]).toMatch(/ECONNREFUSED/);
    expect(annotations(restored.stdout + saved.stdout)).toEqual([]);
  });

  it('is one warning for a 5xx on every call', async () => {
    const file = historyFile('5xx', Buffer.from('x'));
    service.failWith(501);
    try {
      const restored = await restore(file, ['pyrun-v1-5xx:']);
      const saved = await save(file, 'pyrun-v1-5xx:1-1');
      expect([restored.log.warnings.length, saved.log.warnings.length]).toEqual([1, 1]);
      expect(restored.log.warnings[0]).toMatch(/501/);
      expect(saved.log.warnings[0]).toMatch(/501/);
      expect(annotations(restored.stdout + saved.stdout)).toEqual([]);
    } finally {
      service.failWith(null);
    }
  });

  it('rides out one transient 503 through the client retry', async () => {
    const file = historyFile('503', Buffer.from('retry me'));
    service.failWith(503, 1);
    const saved = await save(file, 'pyrun-v1-503:1-1');
    expect(saved.saved).toBe(true);
    expect(saved.log.warnings).toEqual([]);
    expect(annotations(saved.stdout)).toEqual([]);
  });

  it('is one warning naming the read-only token when writes are denied, and still restores', async () => {
    const keys = historyCacheKeys({ ...BASE_KEY, series: 'readonly' });
    const file = historyFile('readonly', Buffer.from('kept'));
    await save(file, keys.saveKey);
    service.readOnly = true;
    try {
      const saved = await save(
        file,
        historyCacheKeys({ ...BASE_KEY, series: 'readonly', run_id: '2' }).saveKey,
      );
      expect(saved.saved).toBe(false);
      expect(saved.log.warnings).toHaveLength(1);
      expect(saved.log.warnings[0]).toMatch(/cache write denied.*read-only/);
      expect(annotations(saved.stdout)).toEqual([]);
      rmSync(file);
      expect((await restore(file, keys.restorePrefixes)).restoredKey).toBe(keys.saveKey);
    } finally {
      service.readOnly = false;
    }
  });

  it('is one warning when reads are denied', async () => {
    service.readDenied = true;
    try {
      const restored = await restore(historyFile('readdenied', Buffer.from('x')), ['pyrun-v1-rd:']);
      expect(restored.restoredKey).toBeNull();
      expect(restored.log.warnings).toHaveLength(1);
      expect(restored.log.warnings[0]).toMatch(/cache read denied/);
      expect(annotations(restored.stdout)).toEqual([]);
    } finally {
      service.readDenied = false;
    }
  });

  it('is one warning when the runtime token is missing', async () => {
    const noToken = { ...env };
    delete noToken.ACTIONS_RUNTIME_TOKEN;
    const file = historyFile('notoken', Buffer.from('x'));
    const restored = await restore(file, ['pyrun-v1-nt:'], noToken);
    const saved = await save(file, 'pyrun-v1-nt:1-1', noToken);
    expect(restored.log.warnings).toHaveLength(1);
    expect(saved.log.warnings).toHaveLength(1);
    expect(restored.log.warnings[0]).toMatch(/ACTIONS_RUNTIME_TOKEN/);
    expect(saved.log.warnings[0]).toMatch(/ACTIONS_RUNTIME_TOKEN/);
  });

  it('is one warning, not an exception, for a key the client rejects', async () => {
    const file = historyFile('badkey', Buffer.from('x'));
    const saved = await save(file, 'pyrun-v1-a,b:1-1');
    expect(saved.saved).toBe(false);
    expect(saved.log.warnings).toHaveLength(1);
    expect(saved.log.warnings[0]).toMatch(/commas/);
  });
});
