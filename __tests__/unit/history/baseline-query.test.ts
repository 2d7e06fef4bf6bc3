/**
 * The baseline policy (docs/verdicts.md, "The baseline") on a real in-memory history: which earlier runs form a run's baseline.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { baselineQueryFor } from '../../../src/engine/history/baseline-query.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { makeRecord } from '../../helpers/builders.js';

const PROFILE: NonNullable<RunRecord['profile']> = {
  top_own: [],
  top_cumulative: [],
  total_s: 1,
  pstats_path: 'p.pstats',
  speedscope_path: 'p.json',
};

describe('baselineQueryFor', () => {
  let store: HistoryStore;
  beforeEach(async () => {
    store = await HistoryStore.openInMemory();
  });
  afterEach(() => store.close());

  const ids = (runs: { run_id: string }[]) => runs.map((r) => r.run_id).sort();

  it('takes earlier runs whose script succeeded (passed, gate_failed, regressed), never a pull request’s', () => {
    const kept = [
      makeRecord({ status: 'passed' }),
      makeRecord({ status: 'gate_failed' }),
      makeRecord({ status: 'regressed' }),
    ];
    const left = [
      makeRecord({ status: 'failed', exit_code: 1 }),
      makeRecord({ status: 'timeout' }),
      makeRecord({ status: 'passed', is_pull_request: true, git_ref: 'refs/pull/7/merge' }),
      makeRecord({ status: 'passed', python_version: '3.11.9' }),
    ];
    for (const r of [...kept, ...left]) store.insert(r);
    const current = makeRecord();
    expect(ids(store.baselineRuns(baselineQueryFor(current, null)))).toEqual(ids(kept));
    // only the baseline ref's runs when one is given
    expect(store.baselineRuns(baselineQueryFor(current, 'refs/heads/other'))).toEqual([]);
  });

  it('judges profiled runs against profiled runs only, and unprofiled against unprofiled', () => {
    const plain = makeRecord();
    const profiled = makeRecord({ profile: PROFILE });
    store.insert(plain);
    store.insert(profiled);
    expect(ids(store.baselineRuns(baselineQueryFor(makeRecord(), null)))).toEqual([plain.run_id]);
    expect(ids(store.baselineRuns(baselineQueryFor(makeRecord({ profile: PROFILE }), null)))).toEqual([
      profiled.run_id,
    ]);
  });

  it('takes only runs started no later than the run judged, and never the run itself', () => {
    const before = makeRecord();
    const judged = makeRecord();
    const after = makeRecord();
    for (const r of [before, judged, after]) store.insert(r);
    expect(ids(store.baselineRuns(baselineQueryFor(judged, null)))).toEqual([before.run_id]);
  });
});
