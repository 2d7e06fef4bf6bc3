import { describe, expect, it } from '@jest/globals';
import { evaluateGates, parseGate } from '../../../src/engine/rules/index.js';
import type { RunMetric, RunMetrics } from '../../../src/engine/types.js';

const RUN: RunMetrics = {
  duration_s: 11.5,
  cpu_time_s: 2.25,
  cpu_percent_avg: 40,
  cpu_percent_max: 180,
  peak_rss_mb: 300,
  peak_rss_bytes: 300 * 1024 * 1024,
  max_threads: 4,
  max_processes: 3,
  read_mb: 1,
  read_bytes: 1024 * 1024,
  write_mb: 2,
  write_bytes: 2 * 1024 * 1024,
  cpu_user_s: 2,
  cpu_system_s: 0.25,
  minor_faults: 9000,
  major_faults: 0,
  voluntary_ctx_switches: 120,
  involuntary_ctx_switches: null,
  instructions: null,
  neighbour_cores: null,
  calibration_ms: null,
  exit_code: 0,
};
const BASELINES: Partial<Record<RunMetric, number>> = { duration_s: 10, cpu_time_s: 2 };
const withBaseline = (metric: RunMetric) => BASELINES[metric];
const noHistory = () => undefined;

function check(
  text: string,
  metrics: Partial<Record<RunMetric, number | null>> = RUN,
  baseline = withBaseline,
) {
  const [result] = evaluateGates([parseGate(text)], metrics, baseline);
  return result!;
}

describe('evaluateGates', () => {
  it('reports the original text, the measured left side and the limit', () => {
    expect(evaluateGates([parseGate(' peak_rss_mb  < 1GB ')], RUN, noHistory)).toEqual([
      { expr: ' peak_rss_mb  < 1GB ', passed: true, status: 'passed', actual: 300, limit: 1024 },
    ]);
    expect(check('peak_rss_mb < 256MB')).toEqual({
      expr: 'peak_rss_mb < 256MB',
      passed: false,
      status: 'failed',
      actual: 300,
      limit: 256,
    });
  });

  it('evaluates arithmetic on both sides', () => {
    expect(check('cpu_time_s / duration_s * 100 > 10 + 5')).toMatchObject({
      passed: true,
      actual: (2.25 / 11.5) * 100,
      limit: 15,
    });
    expect(check('-duration_s < -(12)')).toMatchObject({ passed: false, actual: -11.5, limit: -12 });
  });

  it('resolves baseline to the baseline of the metric on the left', () => {
    const asked: RunMetric[] = [];
    const baseline = (metric: RunMetric) => {
      asked.push(metric);
      return BASELINES[metric];
    };
    expect(check('duration_s <= 1.2 * baseline', RUN, baseline)).toMatchObject({
      passed: true,
      status: 'passed',
      actual: 11.5,
      limit: 12,
    });
    expect(check('cpu_time_s < baseline + 0.5', RUN, baseline)).toMatchObject({ passed: true, limit: 2.5 });
    expect(check('cpu_time_s < baseline + 100ms', RUN, baseline)).toMatchObject({
      passed: false,
      limit: 2.1,
    });
    expect(asked).toEqual(['duration_s', 'cpu_time_s', 'cpu_time_s']);
    expect(check('duration_s <= 1.1 * baseline')).toMatchObject({
      passed: false,
      status: 'failed',
      limit: 11,
    });
  });

  it('reports insufficient_history and does not fail when no baseline exists', () => {
    expect(check('duration_s <= 1.2 * baseline', RUN, noHistory)).toEqual({
      expr: 'duration_s <= 1.2 * baseline',
      passed: true,
      status: 'insufficient_history',
      actual: 11.5,
      limit: null,
    });
    expect(check('peak_rss_mb < baseline', RUN, withBaseline)).toMatchObject({
      status: 'insufficient_history',
    });
  });

  it('combines a missing baseline with other comparisons in three-valued logic', () => {
    // false and unknown = false: the gate fails on what is known.
    expect(check('peak_rss_mb < 100 and duration_s < baseline', RUN, noHistory)).toMatchObject({
      status: 'failed',
      passed: false,
      actual: 300,
      limit: 100,
    });
    // true and unknown = unknown.
    expect(check('peak_rss_mb < 512 and duration_s < baseline', RUN, noHistory)).toMatchObject({
      status: 'insufficient_history',
      passed: true,
      actual: 11.5,
      limit: null,
    });
    // true or unknown = true.
    expect(check('duration_s < baseline or peak_rss_mb < 512', RUN, noHistory)).toMatchObject({
      status: 'passed',
      actual: 300,
      limit: 512,
    });
    expect(check('not duration_s < baseline', RUN, noHistory)).toMatchObject({
      status: 'insufficient_history',
    });
  });

  it('explains a compound gate by its first failing comparison, or its first when all pass', () => {
    expect(check('max_processes <= 8 and exit_code == 0')).toMatchObject({
      passed: true,
      actual: 3,
      limit: 8,
    });
    expect(check('max_processes <= 8 and exit_code == 0', { ...RUN, exit_code: 3 })).toMatchObject({
      passed: false,
      actual: 3,
      limit: 0,
    });
    expect(check('max_threads < 2 and max_processes <= 1 and exit_code == 0')).toMatchObject({
      passed: false,
      actual: 4,
      limit: 2,
    });
    // An or passes on the comparison that holds.
    expect(check('max_threads < 2 or peak_rss_mb < 400')).toMatchObject({
      passed: true,
      actual: 300,
      limit: 400,
    });
    expect(check('not peak_rss_mb > 400')).toMatchObject({ passed: true, actual: 300, limit: 400 });
  });

  it('makes a comparison with a null metric false (killed by a signal)', () => {
    const killed = { ...RUN, exit_code: null };
    expect(check('exit_code == 0', killed)).toEqual({
      expr: 'exit_code == 0',
      passed: false,
      status: 'failed',
      actual: null,
      limit: 0,
    });
    expect(check('exit_code != 0', killed)).toMatchObject({ passed: false, actual: null });
    expect(check('exit_code + 1 > 0', killed)).toMatchObject({ passed: false, actual: null });
    expect(check('duration_s < 20 and exit_code == 0', killed)).toMatchObject({
      passed: false,
      actual: null,
      limit: 0,
    });
    // A metric missing from the record altogether counts as null too.
    expect(check('max_threads < 10', { duration_s: 1 })).toMatchObject({ passed: false, actual: null });
  });

  it('divides by zero without crashing; non-finite sides are reported as null', () => {
    expect(check('duration_s / 0 > 1')).toMatchObject({
      passed: true,
      status: 'passed',
      actual: null,
      limit: 1,
    });
    expect(check('duration_s < 0 / 0')).toMatchObject({
      passed: false,
      status: 'failed',
      actual: 11.5,
      limit: null,
    });
    expect(check('duration_s == duration_s / 0 * 0')).toMatchObject({ passed: false });
  });

  it('evaluates several gates in order', () => {
    const gates = ['exit_code == 0', 'peak_rss_mb < 200', 'duration_s < baseline'].map(parseGate);
    expect(evaluateGates(gates, RUN, noHistory).map((g) => g.status)).toEqual([
      'passed',
      'failed',
      'insufficient_history',
    ]);
  });
});
