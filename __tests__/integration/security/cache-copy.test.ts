/**
 * The history the action saves to the Actions cache is the one pyrun wrote, even when a process outside the
 * script's tree replaces the file at its public path after pyrun wrote it and before the cache client reads it.
 * The built action as the runner starts it, the real @actions/cache client against the cache-service stand-in, a
 * real Python process doing the replacing. The order is made certain, not left to timing: a live alert's webhook
 * delivery (which pyrun awaits after writing the history, before saving it) is answered only once that process has
 * replaced the file pyrun wrote.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HistoryStore } from '../../../src/engine/history/store.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { runAction, type ActionRun } from '../../helpers/action.js';
import { fixture, tempDir } from '../../helpers/pyrun.js';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';

let cache: CacheServiceStandIn;
let runId = 7300;

beforeAll(async () => {
  cache = await startCacheService();
});
afterAll(async () => {
  await cache.close();
});

/** The one file in a cache entry's archive (zstd or gzip tar), as the client made it. */
function archivedFile(archive: Buffer): Buffer {
  const dir = tempDir('pyrun-entry-');
  const file = path.join(dir, 'entry.tar');
  writeFileSync(file, archive);
  const zstd = archive.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
  const tar = spawnSync(
    'tar',
    [...(zstd ? ['--use-compress-program', 'zstd -d --long=30'] : ['-z']), '-P', '-xOf', file],
    {
      maxBuffer: 64 << 20,
    },
  );
  expect([tar.status, tar.stderr.toString()]).toEqual([0, '']);
  return tar.stdout;
}

/** A loopback webhook that answers only once `ready()` holds (checked every 10 ms, for at most 4 s). */
async function gatedWebhook(
  ready: () => boolean,
): Promise<{ url: string; answeredReady: boolean[]; close(): Promise<void> }> {
  const answeredReady: boolean[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    const started = Date.now();
    const poll = () => {
      if (ready() || Date.now() - started > 4000) {
        answeredReady.push(ready());
        res.end('ok');
      } else setTimeout(poll, 10);
    };
    req.on('end', poll);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    answeredReady,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface Attempt {
  run: ActionRun;
  /** Times the outside process replaced a history file. */
  replaced: number;
  /** For each webhook delivery: whether the file pyrun wrote had been replaced when it was answered. */
  answeredReady: boolean[];
  forged: Buffer;
  entry: Buffer | null;
}

/** One action run with the replacing process (`mode`: through an open folder, or by path) beside it. */
async function attempt(mode: 'dirfd' | 'name'): Promise<Attempt> {
  const dir = tempDir('pyrun-replacer-');
  const files = Object.fromEntries(
    ['go', 'ready', 'count', 'stop', 'forged'].map((n) => [n, path.join(dir, n)]),
  ) as Record<'go' | 'ready' | 'count' | 'stop' | 'forged', string>;
  const forged = Buffer.from(`FORGED HISTORY ${mode} ${Date.now()}`);
  writeFileSync(files.forged, forged);
  const replaced = () => (existsSync(files.count) ? Number(readFileSync(files.count, 'utf8')) : 0);
  const replacer: ChildProcess = spawn(
    'python3',
    [fixture('history_replacer.py'), files.go, files.ready, files.count, files.stop, files.forged, mode],
    { stdio: 'ignore' },
  );
  const hook = await gatedWebhook(() => replaced() > 0);
  const id = ++runId;
  try {
    const run = await runAction(
      {
        script: fixture('hand_over_history.py'),
        args: `${files.go}\n${files.ready}`,
        name: `replaced-${mode}`,
        interval: '0.1',
        alerts: 'rss_mb > 1',
        'webhook-url': hook.url,
        comment: 'never',
      },
      { name: 'push', ref: 'refs/heads/main', ref_name: 'main', run_id: id },
      cache.env,
    );
    const entry = cache.entries().find((e) => e.key.endsWith(`_${id}-1`) && e.finalized);
    return {
      run,
      replaced: replaced(),
      answeredReady: hook.answeredReady,
      forged,
      entry: entry?.bytes ? archivedFile(entry.bytes) : null,
    };
  } finally {
    writeFileSync(files.stop, '');
    await new Promise((resolve) =>
      replacer.exitCode === null ? replacer.on('exit', resolve) : resolve(null),
    );
    await hook.close();
  }
}

async function runIdsIn(bytes: Buffer): Promise<string[]> {
  const file = path.join(tempDir('pyrun-saved-'), 'history.sqlite');
  writeFileSync(file, bytes);
  const store = await HistoryStore.open(file, { read_only: true });
  try {
    return store.listRuns().map((r) => r.run_id);
  } finally {
    store.close();
  }
}

describe('the history saved to the cache', () => {
  it('is the one pyrun wrote, though a process holding the folder open replaced the file after the write', async () => {
    const { run, replaced, answeredReady, forged, entry } = await attempt('dirfd');
    expect([run.code, run.stderr]).toEqual([0, '']);
    // The file pyrun wrote was replaced before the save began (the webhook waited for it).
    expect(replaced).toBeGreaterThan(0);
    expect(answeredReady).toEqual([true]);
    expect(run.stdout).toContain('History saved to the Actions cache as');
    expect(run.stdout).not.toMatch(/::warning.*(History not saved|may not be the one pyrun wrote)/);
    expect(entry).not.toBeNull();
    expect(entry!.equals(forged)).toBe(false);
    const record = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as RunRecord;
    expect(await runIdsIn(entry!)).toEqual([record.run_id]);
  }, 120_000);

  it('never holds the replacement without a warning, when a process replaces the file by its path', async () => {
    const { run, replaced, forged, entry } = await attempt('name');
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(replaced).toBeGreaterThan(0);
    const warned =
      /::warning.*(History not saved to the Actions cache: the file to save changed|may not be the one pyrun wrote)/.test(
        run.stdout,
      );
    // Whichever moment the process hit, the cache holds pyrun's history, or nothing, or a warning says so.
    if (entry === null || entry.equals(forged)) expect(warned).toBe(true);
    if (entry !== null && !entry.equals(forged)) {
      const record = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as RunRecord;
      expect(await runIdsIn(entry)).toEqual([record.run_id]);
    }
  }, 120_000);
});
