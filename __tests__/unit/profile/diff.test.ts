import { describe, expect, it } from '@jest/globals';
import { profileDiff, withoutLine } from '../../../src/engine/execute/profile/diff.js';
import type { ProfileEntry } from '../../../src/engine/types.js';

const e = (fn: string, own_s: number, cumulative_s = own_s, calls = 1): ProfileEntry => ({
  function: fn,
  calls,
  own_s,
  cumulative_s,
});

describe('profileDiff', () => {
  it('ranks functions by growth of own time, with absolute and relative growth', () => {
    const baseline = {
      run_id: 'b',
      top_own: [
        e('app.py:10(parse)', 1.0),
        e('app.py:3(slow_part)', 0.2),
        e('{built-in method time.sleep}', 0.1),
      ],
      top_cumulative: [e('app.py:1(<module>)', 0.01, 1.4)],
    };
    const current = {
      top_own: [
        e('app.py:3(slow_part)', 2.2),
        e('app.py:10(parse)', 1.1),
        e('{built-in method time.sleep}', 0.1),
      ],
      top_cumulative: [e('app.py:1(<module>)', 0.01, 3.5)],
    };
    const diff = profileDiff(current, baseline);
    expect(diff.baseline_run_id).toBe('b');
    expect(diff.grown.map((g) => g.function)).toEqual(['app.py:3(slow_part)', 'app.py:10(parse)']);
    const [slow, parse] = diff.grown;
    expect(slow).toEqual({
      function: 'app.py:3(slow_part)',
      baseline_own_s: 0.2,
      current_own_s: 2.2,
      growth_s: expect.closeTo(2.0, 12),
      growth_pct: expect.closeTo(1000, 9),
      baseline_cumulative_s: 0.2,
      current_cumulative_s: 2.2,
    });
    expect(parse!.growth_pct).toBeCloseTo(10, 9);
    // <module>'s cumulative time grew by 2.1 s, but its own time did not: own time points at the worker.
    expect(diff.grown.some((g) => g.function.includes('<module>'))).toBe(false);
  });

  it('measures a function new to the top list from the smallest listed baseline time, relative growth unknown', () => {
    const baseline = { run_id: 'b', top_own: [e('a.py:1(f)', 0.5), e('a.py:2(g)', 0.3)], top_cumulative: [] };
    const current = { top_own: [e('a.py:9(h)', 1.3), e('a.py:1(f)', 0.5)], top_cumulative: [] };
    const [h] = profileDiff(current, baseline).grown;
    expect(h).toMatchObject({ function: 'a.py:9(h)', baseline_own_s: null, growth_pct: null });
    expect(h!.growth_s).toBeCloseTo(1.0, 12); // against 0.3, the smallest listed: never overstated
    // A baseline list shorter than the top size named every function: the missing one had 0.
    const short = profileDiff(current, baseline, { top_n: 20 });
    expect(short.grown[0]!.growth_s).toBeCloseTo(1.3, 12);
  });

  it('matches a function whose line moved by file and name when that is unique', () => {
    const baseline = {
      run_id: 'b',
      top_own: [e('a.py:3(slow_part)', 0.1), e('a.py:5(__init__)', 0.1)],
      top_cumulative: [],
    };
    const current = { top_own: [e('a.py:7(slow_part)', 0.9)], top_cumulative: [] };
    expect(profileDiff(current, baseline).grown[0]).toMatchObject({
      function: 'a.py:7(slow_part)',
      baseline_own_s: 0.1,
      growth_pct: expect.closeTo(800, 9),
    });
    expect(withoutLine('a.py:12(f)')).toBe('a.py(f)');
    expect(withoutLine('{built-in method time.sleep}')).toBe('{built-in method time.sleep}');
  });

  it('leaves out functions that did not grow and keeps at most `rows`', () => {
    const names = Array.from({ length: 15 }, (_, i) => `m.py:${i + 1}(f${i})`);
    const baseline = { run_id: 'b', top_own: names.map((n) => e(n, 1)), top_cumulative: [] };
    const current = { top_own: names.map((n, i) => e(n, i % 2 === 0 ? 1 + i : 0.5)), top_cumulative: [] };
    const diff = profileDiff(current, baseline, { rows: 5 });
    expect(diff.grown).toHaveLength(5);
    expect(diff.grown.map((g) => g.function)).toEqual([names[14], names[12], names[10], names[8], names[6]]);
    expect(profileDiff(baseline, baseline).grown).toEqual([]);
  });
});

describe('profileDiff noise', () => {
  it('leaves out growth below 1% of the current profiled time', () => {
    const baseline = { run_id: 'b', top_own: [e('a.py:1(f)', 1), e('a.py:2(g)', 0.001)], top_cumulative: [] };
    const current = { total_s: 2, top_own: [e('a.py:1(f)', 1.5), e('a.py:2(g)', 0.015)], top_cumulative: [] };
    expect(profileDiff(current, baseline).grown.map((g) => g.function)).toEqual(['a.py:1(f)']);
    expect(profileDiff(current, baseline, { min_growth_fraction: 0 }).grown).toHaveLength(2);
  });
});
