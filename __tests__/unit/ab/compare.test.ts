import { COMPARABLE_METRICS } from '../../../src/engine/metrics.js';
import { describe, expect, it } from '@jest/globals';
import {
  benchmarkStats,
  benchmarkWarnings,
  repeatStatistics,
} from '../../../src/engine/analysis/benchmark-stats.js';
import { judgeAb, type AbPair } from '../../../src/engine/ab/compare.js';
import { parseGate, parseGateWithAliases, RuleError } from '../../../src/engine/rules/index.js';
import type { RunMetrics } from '../../../src/engine/types.js';
import { mulberry32, normals } from '../analysis/prng.js';

function metrics(over: Partial<RunMetrics> = {}): RunMetrics {
  return {
    duration_s: 1,
    cpu_time_s: 0.5,
    cpu_percent_avg: 50,
    cpu_percent_max: 90,
    peak_rss_mb: 100,
    peak_rss_bytes: 100 * 2 ** 20,
    max_threads: 4,
    max_processes: 1,
    read_mb: 0,
    read_bytes: 0,
    write_mb: 0,
    write_bytes: 0,
    exit_code: 0,
    cpu_user_s: null,
    cpu_system_s: null,
    minor_faults: null,
    major_faults: null,
    voluntary_ctx_switches: null,
    involuntary_ctx_switches: null,
    instructions: null,
    neighbour_cores: null,
    calibration_ms: null,
    ...over,
  };
}

/** Pairs sharing a per-pair machine factor (the VM's speed), B slower by `factor`, per-run noise `cv`. */
function pairs(n: number, factor: number, cv: number, seed: number): AbPair[] {
  const z = normals(mulberry32(seed));
  return Array.from({ length: n }, (_, i) => {
    const machine = Math.exp(0.1 * z());
    const a = 1.2 * machine * Math.exp(cv * z());
    const b = 1.2 * factor * machine * Math.exp(cv * z());
    return {
      a: metrics({ duration_s: a }),
      b: metrics({ duration_s: b }),
      order: i % 2 === 0 ? 'AB' : 'BA',
    } as AbPair;
  });
}

describe('judgeAb', () => {
  it('fails --max-regression on duration, CPU time and peak memory only; other metrics are reported', () => {
    // B: 40% more involuntary context switches in every pair (a busy machine's), duration unchanged.
    const p = pairs(8, 1, 0.02, 9).map((pair, i) => ({
      ...pair,
      a: { ...pair.a, involuntary_ctx_switches: 100 + i },
      b: { ...pair.b, involuntary_ctx_switches: 140 + i },
    }));
    const j = judgeAb(p, { max_regression_pct: 5, gates: [] });
    expect(j.metrics.involuntary_ctx_switches).toMatchObject({
      verdict: 'changed',
      over_max_regression: false,
    });
    // Named with --judge, the same change is a regression (still not over --max-regression: not a default cost).
    const judged = judgeAb(p, {
      max_regression_pct: 5,
      gates: [],
      judged: ['duration_s', 'involuntary_ctx_switches'],
    });
    expect(judged.metrics.involuntary_ctx_switches!.verdict).toBe('regressed');
    expect(j.over_max_regression).toEqual([]);
    expect(j.gate_failed).toBe(false);
    // The same 40% on CPU time fails.
    const cpu = pairs(8, 1, 0.02, 9).map((pair) => ({
      ...pair,
      a: { ...pair.a, cpu_time_s: 1 },
      b: { ...pair.b, cpu_time_s: 1.4 },
    }));
    expect(judgeAb(cpu, { max_regression_pct: 5, gates: [] }).over_max_regression).toEqual(['cpu_time_s']);
  });

  it('finds a 30% slowdown with its interval, and nothing in the metrics that did not move', () => {
    const j = judgeAb(pairs(10, 1.3, 0.02, 1), { max_regression_pct: 10, gates: [] });
    const d = j.metrics.duration_s!;
    expect(d.verdict).toBe('regressed');
    expect(d.ratio).toBeGreaterThan(1.25);
    expect(d.ratio).toBeLessThan(1.35);
    expect(d.ratio_low).toBeLessThan(d.ratio);
    expect(d.ratio_high).toBeGreaterThan(d.ratio);
    expect(d.ratio_low).toBeGreaterThan(1.1);
    expect(d.p_value).toBeCloseTo(2 / 1024, 12); // all ten pairs slower: the smallest two-sided p
    expect(d.over_max_regression).toBe(true);
    expect(j.over_max_regression).toEqual(['duration_s']);
    expect(j.gate_failed).toBe(true);
    // Identical in every pair: ratio exactly 1, p = 1.
    expect(j.metrics.peak_rss_mb).toMatchObject({ ratio: 1, ratio_low: 1, ratio_high: 1, p_value: 1 });
    expect(j.metrics.read_mb).toMatchObject({ ratio: 1, verdict: 'no_difference' });
  });

  it('says no difference when A and B are the same (ratio interval contains 1)', () => {
    const j = judgeAb(pairs(10, 1, 0.03, 2), { max_regression_pct: 10, gates: [] });
    const d = j.metrics.duration_s!;
    expect(d.verdict).toBe('no_difference');
    expect(d.ratio_low).toBeLessThanOrEqual(1);
    expect(d.ratio_high).toBeGreaterThanOrEqual(1);
    expect(j.gate_failed).toBe(false);
  });

  it('calls a faster B improved', () => {
    const j = judgeAb(pairs(10, 0.7, 0.02, 3), { max_regression_pct: null, gates: [] });
    expect(j.metrics.duration_s).toMatchObject({ verdict: 'improved', over_max_regression: false });
    expect(j.metrics.duration_s!.ratio).toBeLessThan(0.75);
  });

  it('does not fail --max-regression 40% on a 30% slowdown, but does fail --max-regression 10%', () => {
    expect(judgeAb(pairs(10, 1.3, 0.02, 4), { max_regression_pct: 40, gates: [] }).gate_failed).toBe(false);
    expect(judgeAb(pairs(10, 1.3, 0.02, 4), { max_regression_pct: 10, gates: [] }).gate_failed).toBe(true);
  });

  it('evaluates gates on B’s medians, with `a` (and `baseline`) meaning A’s median', () => {
    const p = pairs(10, 1.3, 0.02, 5);
    const gates = [
      parseGateWithAliases('duration_s < 1.1 * a', ['a']),
      parseGateWithAliases('duration_s < 1.5 * baseline', ['a']),
      parseGateWithAliases('peak_rss_mb <= a', ['a']),
    ];
    const j = judgeAb(p, { max_regression_pct: null, gates });
    expect(j.gates.map((g) => g.status)).toEqual(['failed', 'passed', 'passed']);
    expect(j.gates[0]!.actual).toBeCloseTo(j.metrics.duration_s!.b.median, 12);
    expect(j.gates[0]!.limit).toBeCloseTo(1.1 * j.metrics.duration_s!.a.median, 12);
    expect(j.gate_failed).toBe(true);
  });

  it('keeps `a` a plain unknown word for pyrun run’s gates', () => {
    expect(() => parseGate('duration_s < 1.1 * a')).toThrow(RuleError);
  });

  it('calls a consistent change under 1% no difference (a few bytes more read)', () => {
    const p: AbPair[] = Array.from({ length: 10 }, (_, i) => ({
      a: metrics({ read_mb: 1.291 }),
      b: metrics({ read_mb: 1.2915 + i * 1e-5 }),
      order: i % 2 === 0 ? 'AB' : 'BA',
    }));
    const r = judgeAb(p, { max_regression_pct: 10, gates: [] }).metrics.read_mb!;
    expect(r.p_value).toBeLessThan(0.01);
    expect(r.verdict).toBe('no_difference');
    expect(
      judgeAb(p, { max_regression_pct: 10, gates: [], min_effect_pct: 0 }).metrics.read_mb!.verdict,
    ).toBe('changed');
  });

  it('gives a finite ratio when A measured 0 (offset by the metric’s resolution)', () => {
    const p: AbPair[] = Array.from({ length: 6 }, (_, i) => ({
      a: metrics({ write_mb: 0 }),
      b: metrics({ write_mb: 1 }),
      order: i % 2 === 0 ? 'AB' : 'BA',
    }));
    const w = judgeAb(p, { max_regression_pct: 10, gates: [] }).metrics.write_mb!;
    expect(Number.isFinite(w.ratio)).toBe(true);
    expect(w.verdict).toBe('changed');
    expect(
      judgeAb(p, { max_regression_pct: 10, gates: [], judged: ['write_mb'] }).metrics.write_mb!.verdict,
    ).toBe('regressed');
  });

  it('calls a lower CPU share "changed", never improved: B 30% slower at the same CPU time', () => {
    const p = pairs(10, 1.3, 0.02, 11).map((pair) => ({
      ...pair,
      a: { ...pair.a, cpu_time_s: 1, cpu_percent_avg: 100 },
      b: { ...pair.b, cpu_time_s: 1, cpu_percent_avg: 100 / 1.3 },
    }));
    const j = judgeAb(p, { max_regression_pct: null, gates: [], judged: COMPARABLE_METRICS });
    expect(j.metrics.duration_s!.verdict).toBe('regressed');
    expect(j.metrics.cpu_percent_avg!.verdict).toBe('changed');
    expect(j.metrics.cpu_time_s!.verdict).toBe('no_difference');
  });
});

describe('benchmark statistics', () => {
  it('gives mean ± σ (n − 1), median, min and max', () => {
    const s = benchmarkStats([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s).toMatchObject({ n: 8, mean: 5, median: 4.5, min: 2, max: 9 });
    expect(s.stddev).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(benchmarkStats([3]).stddev).toBe(0);
  });

  it('warns about a run ≥ 3× the median', () => {
    const w = benchmarkWarnings('duration_s', [1, 1.1, 0.9, 3.3, 1]);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ kind: 'outlier', run: 4 });
    expect(w[0]!.message).toMatch(/run 4 .*3\.3× the median/);
    expect(benchmarkWarnings('duration_s', [1, 1.1, 0.9, 2.9, 1])).toEqual([]);
  });

  it('warns about a slow first run of a time metric and says to warm up', () => {
    const w = benchmarkWarnings('duration_s', [2, 1, 1.05, 0.98]);
    expect(w.map((x) => x.kind)).toEqual(['slow_first_run']);
    expect(w[0]!.message).toMatch(/--warmup/);
    expect(benchmarkWarnings('peak_rss_mb', [2, 1, 1.05, 0.98])).toEqual([]);
  });

  it('covers every comparable metric of the repeats', () => {
    const stats = repeatStatistics([metrics(), metrics({ duration_s: 1.2 }), metrics({ duration_s: 4 })]);
    expect(stats.metrics.duration_s).toMatchObject({ n: 3, median: 1.2, max: 4 });
    expect(Object.keys(stats.metrics)).toContain('max_processes');
    expect(stats.warnings.map((w) => `${w.metric}:${w.kind}`)).toEqual(['duration_s:outlier']);
  });
});
