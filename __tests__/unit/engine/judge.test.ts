/** judge(): the one function that turns a measured run and its baseline runs into verdicts, gates and a status. */
import { describe, expect, it } from '@jest/globals';
import { judge, MIN_BASELINE_RUNS } from '../../../src/engine/judge.js';
import { exitCodeFor } from '../../../src/engine/outcome.js';
import { parseGate } from '../../../src/engine/rules/index.js';
import { makeRecord } from '../../helpers/builders.js';

const quick = (duration_s: number) => ({ duration_s, cpu_time_s: 0.05, peak_rss_mb: 10 });
const FIVE = [0.1, 0.11, 0.1, 0.09, 0.1].map(quick);

function measured(duration_s: number) {
  return makeRecord({
    status: 'passed',
    duration_s,
    cpu_time_s: 0.05,
    peak_rss_mb: 10,
    gates: [],
    baseline: {},
    verdicts: {},
    repeats: undefined,
  });
}

describe('judge', () => {
  it('a gate against `baseline` works with ONE baseline run', () => {
    const gate = parseGate('duration_s < 3 * baseline');
    const r = judge({ record: measured(5.7), baselineRuns: [quick(0.1)], gates: [gate] });
    expect(r.gates[0]).toMatchObject({ status: 'failed', passed: false, limit: expect.closeTo(0.3, 10) });
    expect(r.status).toBe('gate_failed');
    expect(r.verdicts.duration_s!.verdict).toBe('insufficient_history');
    expect(exitCodeFor(r)).toBe(99);
  });

  it('a run that only regressed is `regressed` (exit 99); a failed gate wins over a regression', () => {
    const r = judge({ record: measured(5.7), baselineRuns: FIVE, gates: [] });
    expect(r.verdicts.duration_s!.verdict).toBe('regressed');
    expect(r.status).toBe('regressed');
    expect(exitCodeFor(r)).toBe(99);
    const both = judge({ record: measured(5.7), baselineRuns: FIVE, gates: [parseGate('peak_rss_mb < 1')] });
    expect(both.status).toBe('gate_failed');
  });

  it('keeps a failed script’s own status whatever the verdicts say', () => {
    const failed = { ...measured(5.7), status: 'failed' as const, exit_code: 3 };
    expect(judge({ record: failed, baselineRuns: FIVE, gates: [] }).status).toBe('failed');
  });

  it('needs min_baseline_runs (default 5) for an automatic verdict, and counts a wild run among them', () => {
    expect(MIN_BASELINE_RUNS).toBe(5);
    const four = judge({ record: measured(5.7), baselineRuns: FIVE.slice(0, 4), gates: [] });
    expect(four.verdicts.duration_s!.verdict).toBe('insufficient_history');
    expect(four.status).toBe('passed');
    const three = judge({
      record: measured(5.7),
      baselineRuns: FIVE.slice(0, 3),
      gates: [],
      options: { min_baseline_runs: 3 },
    });
    expect(three.verdicts.duration_s!.verdict).toBe('regressed');
    // one run of five 40x slower (a cold start): still five runs, still a verdict.
    const wild = judge({ record: measured(5.7), baselineRuns: [quick(4), ...FIVE.slice(1)], gates: [] });
    expect(wild.baseline.duration_s!.runs).toBe(5);
    expect(wild.verdicts.duration_s!.verdict).toBe('regressed');
  });
});
