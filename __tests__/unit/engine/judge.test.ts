/** judge(): the one function that turns a measured run and its baseline runs into verdicts, gates and a status. */
import { describe, expect, it } from '@jest/globals';
import { rerunsOf } from '../../../src/engine/analysis/confirm.js';
import { explain } from '../../../src/engine/explain.js';
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

describe('judge on a busier machine', () => {
  /** Baseline runs measured while other work kept about 0.05 cores busy. */
  const CALM = FIVE.map((r, i) => ({ ...r, neighbour_cores: [0.02, 0.05, 0.04, 0.08, 0.05][i]! }));
  const busy = (duration_s: number, neighbour_cores: number | null) => ({
    ...measured(duration_s),
    cpu_time_s: 0.5,
    neighbour_cores,
  });

  it('withholds a time regression when the run had clearly more company: not_judged, exit 0, readings kept', () => {
    const r = judge({ record: busy(5.7, 1.4), baselineRuns: CALM, gates: [] });
    expect(r.verdicts.duration_s).toMatchObject({
      verdict: 'not_judged',
      statistic: 'withheld: the machine was busier than in the baseline runs',
      busy_machine: { cores: [1.4], baseline_cores: 0.05 },
    });
    expect(r.verdicts.duration_s!.change_pct).toBeGreaterThan(1000);
    expect(r.verdicts.cpu_time_s!.verdict).toBe('not_judged');
    expect(r.status).toBe('passed');
    expect(exitCodeFor(r)).toBe(0);
  });

  it('never withholds memory: a fatter run on a busy machine is still regressed', () => {
    const r = judge({ record: { ...busy(5.7, 1.4), peak_rss_mb: 30 }, baselineRuns: CALM, gates: [] });
    expect(r.verdicts.peak_rss_mb!.verdict).toBe('regressed');
    expect(r.status).toBe('regressed');
  });

  it('judges as usual when the company was within a quarter core of the baseline median, or unknown', () => {
    for (const cores of [0.29, null]) {
      const r = judge({ record: { ...busy(5.7, cores), peak_rss_mb: 10 }, baselineRuns: CALM, gates: [] });
      expect(r.verdicts.duration_s!.verdict).toBe('regressed');
      expect(r.status).toBe('regressed');
    }
    // baseline runs recorded before pyrun read the machine: nothing to compare with, judged as usual
    const old = judge({ record: { ...busy(5.7, 1.4), peak_rss_mb: 10 }, baselineRuns: FIVE, gates: [] });
    expect(old.verdicts.duration_s!.verdict).toBe('regressed');
  });

  it('needs every re-run busier too: one calm re-run that is still slow makes it a regression', () => {
    const slow = { ...busy(5.7, 1.4), peak_rss_mb: 10 };
    const rerun = (neighbour_cores: number) => ({
      duration_s: 5.6,
      cpu_time_s: 0.5,
      peak_rss_mb: 10,
      neighbour_cores,
    });
    const allBusy = judge({ record: slow, baselineRuns: CALM, gates: [], reruns: [rerun(1.1), rerun(0.9)] });
    expect(allBusy.verdicts.duration_s).toMatchObject({
      verdict: 'not_judged',
      reruns: [5.6, 5.6],
      busy_machine: { cores: [1.4, 1.1, 0.9] },
    });
    expect(allBusy.status).toBe('passed');
    const oneCalm = judge({ record: slow, baselineRuns: CALM, gates: [], reruns: [rerun(1.1), rerun(0.06)] });
    expect(oneCalm.verdicts.duration_s!.verdict).toBe('regressed');
    expect(oneCalm.status).toBe('regressed');
  });

  it('leaves improvements and unchanged verdicts alone', () => {
    const fast = judge({
      record: { ...busy(0.01, 1.4), peak_rss_mb: 10, cpu_time_s: 0.05 },
      baselineRuns: CALM,
      gates: [],
    });
    expect(fast.verdicts.duration_s!.verdict).toBe('improved');
    expect(fast.verdicts.duration_s!.busy_machine).toBeUndefined();
  });
});

describe('judge on a slower machine', () => {
  /** Baseline runs whose calibration loop took about 1 ms, with the same company as the runs below. */
  const QUICK = FIVE.map((r, i) => ({
    ...r,
    neighbour_cores: 0.05,
    calibration_ms: [1.02, 0.98, 1.0, 1.05, 0.97][i]!,
  }));
  const slow = (calibration_ms: number | null, neighbour_cores = 0.05) => ({
    ...measured(5.7),
    peak_rss_mb: 10,
    neighbour_cores,
    calibration_ms,
  });
  const rerun = (calibration_ms: number, neighbour_cores = 0.05) => ({
    duration_s: 5.6,
    cpu_time_s: 0.05,
    peak_rss_mb: 10,
    neighbour_cores,
    calibration_ms,
  });

  it('withholds a time regression when the calibration loop ran clearly slower after the run and every re-run', () => {
    const r = judge({ record: slow(1.6), baselineRuns: QUICK, gates: [], reruns: [rerun(1.5), rerun(1.4)] });
    expect(r.verdicts.duration_s).toMatchObject({
      verdict: 'not_judged',
      statistic: 'withheld: the machine was slower than in the baseline runs',
      busy_machine: {
        cores: [0.05, 0.05, 0.05],
        calibration: [1.6, 1.5, 1.4],
        baseline_calibration: 1.0,
      },
    });
    expect(r.status).toBe('passed');
    expect(exitCodeFor(r)).toBe(0);
    expect(explain(r).join('\n')).toMatch(
      /withheld: duration_s 5\.7 s vs baseline 0\.1 s \(\+\d+(\.\d+)?%\): pyrun's calibration loop took 1\.6 ms after this run and its 2 re-runs \(least 1\.4\), 1 ms after the baseline runs; a slower run on a slower machine is not called regressed/,
    );
  });

  it('judges as usual within a quarter of the baseline loop, when one re-run was quick, or without readings', () => {
    for (const calibration of [1.24, null]) {
      const r = judge({ record: slow(calibration), baselineRuns: QUICK, gates: [] });
      expect(r.verdicts.duration_s!.verdict).toBe('regressed');
    }
    const oneQuick = judge({
      record: slow(1.6),
      baselineRuns: QUICK,
      gates: [],
      reruns: [rerun(1.5), rerun(1.1)],
    });
    expect(oneQuick.verdicts.duration_s!.verdict).toBe('regressed');
    expect(oneQuick.status).toBe('regressed');
    // baseline runs recorded before pyrun timed the loop: only the company can excuse a run
    const old = judge({
      record: slow(1.6),
      baselineRuns: FIVE.map((r) => ({ ...r, neighbour_cores: 0.05 })),
      gates: [],
    });
    expect(old.verdicts.duration_s!.verdict).toBe('regressed');
  });

  it('excuses each run by one reading or the other: one busier, the others slower', () => {
    const r = judge({
      record: slow(1.0, 1.4),
      baselineRuns: QUICK,
      gates: [],
      reruns: [rerun(1.5), rerun(1.4)],
    });
    expect(r.verdicts.duration_s).toMatchObject({
      verdict: 'not_judged',
      statistic: 'withheld: the machine was busier or slower than in the baseline runs',
    });
    expect(explain(r).join('\n')).toMatch(
      /other work kept 1\.4 cores busy during this run and its 2 re-runs \(least 0\.05\), 0\.05 in the baseline runs; pyrun's calibration loop took 1 ms after this run and its 2 re-runs \(least 1\), 1 ms after the baseline runs; a slower run on a busier or slower machine is not called regressed/,
    );
    const judged = judge({
      record: slow(1.0, 1.4),
      baselineRuns: QUICK,
      gates: [],
      reruns: [rerun(1.5), rerun(1.4)],
      busy_machine: 'judge',
    });
    expect(judged.verdicts.duration_s!.verdict).toBe('regressed');
    expect(explain(judged).join('\n')).toMatch(
      /busier or slower machine: duration_s judged anyway \(--busy-machine judge\)/,
    );
  });
});

describe('a withheld verdict, stored and read back', () => {
  it('keeps the re-runs’ readings, so re-judging the stored run agrees', () => {
    const CALM = FIVE.map((r) => ({ ...r, neighbour_cores: 0.05, calibration_ms: 1 }));
    const record = { ...measured(5.7), neighbour_cores: 1.4, calibration_ms: 1.1 };
    const reruns = [
      { duration_s: 5.6, cpu_time_s: 0.05, peak_rss_mb: 10, neighbour_cores: 1.1, calibration_ms: 1.3 },
      { duration_s: 5.5, cpu_time_s: 0.05, peak_rss_mb: 10, neighbour_cores: 0.9, calibration_ms: 1.2 },
    ];
    const first = judge({ record, baselineRuns: CALM, gates: [], reruns });
    const stored = rerunsOf(first.verdicts);
    expect(stored).toEqual([
      { duration_s: 5.6, neighbour_cores: 1.1, calibration_ms: 1.3 },
      { duration_s: 5.5, neighbour_cores: 0.9, calibration_ms: 1.2 },
    ]);
    const again = judge({ record, baselineRuns: CALM, gates: [], reruns: stored });
    expect(again.verdicts).toEqual(first.verdicts);
  });

  it('is explained with the readings that withheld it', () => {
    const CALM = FIVE.map((r) => ({ ...r, neighbour_cores: 0.05 }));
    const r = judge({ record: { ...measured(5.7), neighbour_cores: 1.4 }, baselineRuns: CALM, gates: [] });
    expect(explain(r).join('\n')).toMatch(
      /withheld: duration_s 5\.7 s vs baseline 0\.1 s \(\+\d+(\.\d+)?%\): other work kept 1\.4 cores busy during this run, 0\.05 in the baseline runs; a slower run on a busier machine is not called regressed/,
    );
  });
});
