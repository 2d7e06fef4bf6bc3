/**
 * Schema v3: a run's profile and profile diff travel through the history (insert, read back, JSONL import, a v2
 * file brought forward), and a baseline keeps profiled and unprofiled runs apart.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../../../src/engine/history/schema.js';
import { loadSqlJs } from '../../../src/engine/history/sqljs.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import type { ProfileDiff, RunProfile } from '../../../src/engine/types.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs } from './helpers.js';

const temp = makeTempDirs('history-profile');
afterAll(() => temp.cleanup());

const PROFILE: RunProfile = {
  top_own: [{ function: 'bench.py:3(slow_part)', calls: 1, own_s: 0.75, cumulative_s: 0.75 }],
  top_cumulative: [
    { function: 'bench.py:1(<module>)', calls: 1, own_s: 0.001, cumulative_s: 0.8 },
    { function: 'bench.py:3(slow_part)', calls: 1, own_s: 0.75, cumulative_s: 0.75 },
  ],
  total_s: 0.8,
  pstats_path: '/tmp/p/run.pstats',
  speedscope_path: '/tmp/p/run.speedscope.json',
  overhead_note: 'measured under cProfile',
};
const DIFF: ProfileDiff = {
  baseline_run_id: 'base-1',
  grown: [
    {
      function: 'bench.py:3(slow_part)',
      baseline_own_s: 0.05,
      current_own_s: 0.75,
      growth_s: 0.7,
      growth_pct: 1400,
      baseline_cumulative_s: 0.05,
      current_cumulative_s: 0.75,
    },
  ],
};
const FINGERPRINT = { os: 'linux', arch: 'x64', python_version: '3.12.3', executor: 'local' } as const;

describe('profiles in history (schema v3)', () => {
  it('stores and reads back profile and profile_diff, in listings and baselines too', async () => {
    const store = await HistoryStore.openInMemory();
    const profiled = makeRecord({ profile: PROFILE, profile_diff: DIFF });
    const plain = makeRecord();
    store.insert(profiled);
    store.insert(plain);
    expect(store.getRun(profiled.run_id)).toMatchObject({ profile: PROFILE, profile_diff: DIFF });
    expect(store.getRun(plain.run_id)).not.toHaveProperty('profile');
    expect(store.getRun(plain.run_id)).not.toHaveProperty('profile_diff');
    const listed = store.listRuns();
    expect(listed.find((r) => r.run_id === profiled.run_id)?.profile).toEqual(PROFILE);
    store.close();
  });

  it('judges profiled runs against profiled runs only, unprofiled against unprofiled', async () => {
    const store = await HistoryStore.openInMemory();
    const profiled = [makeRecord({ profile: PROFILE }), makeRecord({ profile: PROFILE })];
    const plain = [makeRecord(), makeRecord(), makeRecord()];
    for (const r of [...profiled, ...plain]) store.insert(r);
    const ids = (profiledOnly?: boolean) =>
      store
        .baselineRuns({ name: 'bench/etl.py', fingerprint: FINGERPRINT, profiled: profiledOnly })
        .map((r) => r.run_id)
        .sort();
    expect(ids(true)).toEqual(profiled.map((r) => r.run_id).sort());
    expect(ids(false)).toEqual(plain.map((r) => r.run_id).sort());
    expect(ids()).toHaveLength(5);
    store.close();
  });

  it('imports profiles from JSONL records and refuses a malformed one', async () => {
    const store = await HistoryStore.openInMemory();
    const good = makeRecord({ profile: PROFILE, profile_diff: DIFF });
    const bad = { ...makeRecord(), profile: { top_own: 'nope' } };
    const result = await store.importJsonl(`${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`);
    expect(result.imported).toBe(1);
    expect(result.invalid).toEqual([expect.stringMatching(/^line 2: profile\.top_own/)]);
    expect(store.getRun(good.run_id)).toMatchObject({ profile: PROFILE, profile_diff: DIFF });
    store.close();
  });

  it('brings a v2 file forward: its runs have no profile, new runs keep theirs', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(db, 2);
    const path = join(temp.next(), 'history.sqlite');
    writeFileSync(path, db.export());
    db.close();
    const store = await HistoryStore.open(path);
    expect(store.warnings).toEqual([]);
    const record = makeRecord({ profile: PROFILE });
    store.insert(record);
    await store.save();
    store.close();
    const again = await HistoryStore.open(path);
    expect(again.getRun(record.run_id)?.profile).toEqual(PROFILE);
    again.close();
    const raw = new SQL.Database(new Uint8Array(readFileSync(path)));
    expect(schemaVersion(raw)).toBe(LATEST_SCHEMA_VERSION);
    raw.close();
  });
});
