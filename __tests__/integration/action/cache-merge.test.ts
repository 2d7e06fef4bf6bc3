/**
 * Overlapping pushes: two runs restore the same history entry and each save their own. The next run lists its
 * prefix's entries through the REST API (loopback GitHub stand-in, linked to the loopback cache service), restores
 * each with the real @actions/cache client, and merges them: it holds both runs. Without `actions: read` or a
 * token: the newest entry alone and one notice. Pruning deletes the superseded entries (`actions: write`).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyCacheKeys, type HistoryKeyInput } from '../../../src/action/cache-key.js';
import { saveHistory } from '../../../src/action/cache.js';
import {
  pruneHistoryCaches,
  restoreMergedHistory,
  type GitHubAccess,
} from '../../../src/action/history-merge.js';
import { openHistory } from '../../../src/engine/history/index.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import {
  startCacheService,
  withCacheEnv,
  type CacheServiceStandIn,
} from '../../helpers/servers/cache-service.js';
import { startGitHubApi, type GitHubApiStandIn } from '../../helpers/servers/github-api.js';
import { makeRecord } from '../../helpers/builders.js';

const KEY_INPUT: HistoryKeyInput = {
  os: 'Linux',
  arch: 'X64',
  workflow: 'bench',
  job: 'measure',
  series: 'train.py',
  matrix: null,
  run_id: '0',
  run_attempt: '1',
  ref: 'refs/heads/main',
};

let cacheService: CacheServiceStandIn;
let api: GitHubApiStandIn;
let root: string;
let env: Record<string, string>;
let github: GitHubAccess;

beforeAll(async () => {
  cacheService = await startCacheService();
  api = await startGitHubApi();
  api.linkCaches(cacheService, 'refs/heads/main');
  root = mkdtempSync(path.join(os.tmpdir(), 'pyrun-cache-merge-'));
  env = {
    ...cacheService.env,
    GITHUB_WORKSPACE: path.join(root, 'workspace'),
    RUNNER_TEMP: path.join(root, 'tmp'),
  };
  mkdirSync(env.GITHUB_WORKSPACE!);
  github = { token: api.token, apiUrl: api.url, repository: 'octo/bench' };
});

afterAll(async () => {
  await cacheService.close();
  await api.close();
  rmSync(root, { recursive: true, force: true });
});

interface Log {
  warnings: string[];
  infos: string[];
  notices: string[];
  warn(m: string): void;
  info(m: string): void;
  notice(m: string): void;
}

function log(): Log {
  const l: Log = {
    warnings: [],
    infos: [],
    notices: [],
    warn: (m) => void l.warnings.push(m),
    info: (m) => void l.infos.push(m),
    notice: (m) => void l.notices.push(m),
  };
  return l;
}

let series = 0;
/** A fresh series (its own key prefix) and the runner-temp path its history lives at. */
function freshSeries(): { keys: (run: number) => ReturnType<typeof historyCacheKeys>; file: string } {
  series++;
  const file = path.join(env.RUNNER_TEMP!, `history-${series}.sqlite`);
  return {
    file,
    keys: (run) => historyCacheKeys({ ...KEY_INPUT, series: `s${series}.py`, run_id: String(run) }),
  };
}

/** One workflow run: restore (merged), record a run, save under its own key. Returns the run's run_id. */
async function workflowRun(
  s: ReturnType<typeof freshSeries>,
  run: number,
  access: GitHubAccess | null = github,
): Promise<{ run_id: string; restoredKeys: string[]; log: Log }> {
  const l = log();
  const keys = s.keys(run);
  rmSync(s.file, { force: true }); // each workflow run starts on a fresh runner
  const restored = await withCacheEnv(env, () =>
    restoreMergedHistory({
      path: s.file,
      keyPrefix: keys.restorePrefixes[0]!,
      restorePrefixes: keys.restorePrefixes,
      github: access,
      warn: l.warn,
      info: l.info,
      notice: l.notice,
    }),
  );
  const record = makeRecord({ name: path.basename(s.file) });
  const history = await openHistory(s.file, { mode: 'replace' });
  await history.commit(record);
  history.close();
  const saved = await withCacheEnv(env, () =>
    saveHistory({ path: s.file, key: keys.saveKey, warn: l.warn, info: l.info }),
  );
  expect(saved).toBe(true);
  return { run_id: record.run_id, restoredKeys: restored.restoredKeys, log: l };
}

async function storedRunIds(file: string): Promise<string[]> {
  const store = await HistoryStore.open(file);
  try {
    return store
      .listRuns()
      .map((r) => r.run_id)
      .sort();
  } finally {
    store.close();
  }
}

/** Restores the newest history as the next run would, without recording, and lists its runs. */
async function nextRestore(s: ReturnType<typeof freshSeries>, access: GitHubAccess | null = github) {
  const l = log();
  const keys = s.keys(999);
  rmSync(s.file, { force: true });
  const restored = await withCacheEnv(env, () =>
    restoreMergedHistory({
      path: s.file,
      keyPrefix: keys.restorePrefixes[0]!,
      restorePrefixes: keys.restorePrefixes,
      github: access,
      warn: l.warn,
      info: l.info,
      notice: l.notice,
    }),
  );
  return { ...restored, runs: await storedRunIds(s.file), log: l };
}

/** Two pushes that overlap: both restore the history of run 1, each records and saves its own. */
async function overlappingPushes(s: ReturnType<typeof freshSeries>): Promise<string[]> {
  const first = await workflowRun(s, 1);
  // Both later runs restore before either saves: simulate by restoring run 2 and 3 from the same state.
  const l = log();
  const ids: string[] = [first.run_id];
  const files = [2, 3].map((run) => `${s.file}.run${run}`);
  for (const [i, run] of [2, 3].entries()) {
    const keys = s.keys(run);
    rmSync(s.file, { force: true });
    await withCacheEnv(env, () =>
      restoreMergedHistory({
        path: s.file,
        keyPrefix: keys.restorePrefixes[0]!,
        restorePrefixes: keys.restorePrefixes,
        github,
        ...l,
      }),
    );
    renameSync(s.file, files[i]!);
  }
  for (const [i, run] of [2, 3].entries()) {
    renameSync(files[i]!, s.file);
    const record = makeRecord();
    const history = await openHistory(s.file, { mode: 'replace' });
    await history.commit(record);
    history.close();
    ids.push(record.run_id);
    expect(await withCacheEnv(env, () => saveHistory({ path: s.file, key: s.keys(run).saveKey, ...l }))).toBe(
      true,
    );
  }
  expect(l.warnings).toEqual([]);
  return ids.sort();
}

beforeEach(() => {
  api.actionsPermission = 'read';
});

describe('restoring the history of overlapping pushes', () => {
  it('merges the entries of both pushes, so the next run holds every run', async () => {
    const s = freshSeries();
    const ids = await overlappingPushes(s);
    const next = await nextRestore(s);
    expect(next.log.warnings).toEqual([]);
    expect(next.log.notices).toEqual([]);
    expect(next.runs).toEqual(ids);
    expect(next.restoredKeys).toEqual([s.keys(3).saveKey, s.keys(2).saveKey, s.keys(1).saveKey]);
    const listing = api.requests().filter((r) => r.path === '/repos/octo/bench/actions/caches');
    expect(listing.at(-1)?.query).toMatchObject({
      key: s.keys(1).restorePrefixes[0],
      ref: 'refs/heads/main',
    });
    expect(readdirSync(env.RUNNER_TEMP!).filter((f) => f.includes('.merge-'))).toEqual([]);
  });

  it('without actions: read, restores the newest entry alone and says once which permission to add', async () => {
    const s = freshSeries();
    const ids = await overlappingPushes(s);
    api.actionsPermission = 'none';
    const next = await nextRestore(s);
    expect(next.restoredKeys).toEqual([s.keys(3).saveKey]);
    expect(next.runs).toHaveLength(2); // run 1 and the newest push; the other push is not seen
    expect(ids).toEqual(expect.arrayContaining(next.runs));
    expect(next.log.notices).toHaveLength(1);
    expect(next.log.notices[0]).toContain('permissions: actions: read');
    expect(next.log.warnings).toEqual([]);

    const tokenless = await nextRestore(s, null);
    expect(tokenless.restoredKeys).toEqual([s.keys(3).saveKey]);
    expect(tokenless.log.notices).toHaveLength(1);
    expect(tokenless.log.notices[0]).toContain('permissions: actions: read');
  });

  it('prunes the superseded entries after the merged history is saved, when it may', async () => {
    const s = freshSeries();
    const ids = await overlappingPushes(s);
    const fourth = await workflowRun(s, 4);
    expect(fourth.restoredKeys).toHaveLength(3);

    api.actionsPermission = 'read';
    const l = log();
    const refused = await pruneHistoryCaches({
      github,
      savedKey: s.keys(4).saveKey,
      supersededKeys: fourth.restoredKeys,
      ...l,
    });
    expect(refused).toBe(0);
    expect(l.notices).toEqual([expect.stringContaining('permissions: actions: write')]);

    api.actionsPermission = 'write';
    const deleted = await pruneHistoryCaches({
      github,
      savedKey: s.keys(4).saveKey,
      supersededKeys: fourth.restoredKeys,
      ...l,
    });
    expect(deleted).toBe(3);
    const left = cacheService.entries().filter((e) => e.key.startsWith(s.keys(4).restorePrefixes[0]!));
    expect(left.map((e) => e.key)).toEqual([s.keys(4).saveKey]);
    const next = await nextRestore(s);
    expect(next.runs).toEqual([...ids, fourth.run_id].sort());
  });
});
