import { describe, expect, it } from '@jest/globals';
import { speedscopeFromStats, SPEEDSCOPE_SCHEMA } from '../../../src/engine/execute/profile/speedscope.js';
import { functionLabel, profileHeadline } from '../../../src/engine/execute/profile/summary.js';
import { parseProfileStats, type ProfileStats } from '../../../src/engine/execute/profile/stats.js';
import { profilePaths } from '../../../src/engine/execute/profile/index.js';

/**
 * A profile as cProfile would record it for:
 *   <module> (0.01 s own) → main (0.02 s own) → slow_part (3 s own), fast_part (1 s own, 2 calls) → sleep (0.5 s)
 * with `exec` as the root and fast_part also called once directly from <module> (cumulative split 1 : 1).
 */
function stats(): ProfileStats {
  const f = (
    file: string,
    line: number,
    name: string,
    calls: number,
    own_s: number,
    cumulative_s: number,
  ) => ({
    file,
    line,
    name,
    primitive_calls: calls,
    calls,
    own_s,
    cumulative_s,
  });
  return {
    functions: [
      f('~', 0, '<built-in method builtins.exec>', 1, 0, 4.53), // 0
      f('/w/app.py', 1, '<module>', 1, 0.01, 4.53), // 1
      f('/w/app.py', 5, 'main', 1, 0.02, 3.77), // 2
      f('/w/app.py', 9, 'slow_part', 1, 3, 3), // 3
      f('/w/app.py', 13, 'fast_part', 2, 1, 1.5), // 4
      f('~', 0, '<built-in method time.sleep>', 2, 0.5, 0.5), // 5
    ],
    edges: [
      { caller: 0, callee: 1, calls: 1, own_s: 0.01, cumulative_s: 4.53 },
      { caller: 1, callee: 2, calls: 1, own_s: 0.02, cumulative_s: 3.77 },
      { caller: 2, callee: 3, calls: 1, own_s: 3, cumulative_s: 3 },
      { caller: 2, callee: 4, calls: 1, own_s: 0.5, cumulative_s: 0.75 },
      { caller: 1, callee: 4, calls: 1, own_s: 0.5, cumulative_s: 0.75 },
      { caller: 4, callee: 5, calls: 2, own_s: 0.5, cumulative_s: 0.5 },
    ],
  };
}

describe('speedscopeFromStats', () => {
  const file = speedscopeFromStats(stats(), 'app', 'pyrun@test');
  const profile = file.profiles[0]!;

  it('is a speedscope file: schema, shared frames, one sampled profile with matching samples and weights', () => {
    expect(file.$schema).toBe(SPEEDSCOPE_SCHEMA);
    expect(file).toMatchObject({ name: 'app', activeProfileIndex: 0, exporter: 'pyrun@test' });
    expect(profile).toMatchObject({ type: 'sampled', unit: 'seconds', startValue: 0 });
    expect(profile.samples).toHaveLength(profile.weights.length);
    for (const stack of profile.samples)
      for (const frame of stack) expect(frame).toBeLessThan(file.shared.frames.length);
    expect(profile.weights.every((w) => w > 0)).toBe(true);
    expect(profile.endValue).toBeCloseTo(
      profile.weights.reduce((s, w) => s + w, 0),
      12,
    );
    expect(file.shared.frames[3]).toEqual({ name: 'slow_part', file: '/w/app.py', line: 9 });
    expect(file.shared.frames[5]).toEqual({ name: '{built-in method time.sleep}' });
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });

  it('keeps the profiled time, splitting a function among its callers by the edges', () => {
    expect(profile.endValue).toBeCloseTo(4.53, 9);
    const weightOf = (path: number[]) => {
      const i = profile.samples.findIndex((s) => s.join() === path.join());
      return i < 0 ? 0 : profile.weights[i]!;
    };
    expect(weightOf([0, 1, 2, 3])).toBeCloseTo(3, 9);
    // fast_part's own second and the sleeps split half and half between main and <module>.
    expect(weightOf([0, 1, 2, 4])).toBeCloseTo(0.5, 9);
    expect(weightOf([0, 1, 4])).toBeCloseTo(0.5, 9);
    expect(weightOf([0, 1, 2, 4, 5])).toBeCloseTo(0.25, 9);
    expect(weightOf([0, 1, 4, 5])).toBeCloseTo(0.25, 9);
    expect(weightOf([0, 1])).toBeCloseTo(0.01, 9);
  });

  it('survives recursion and a call graph with no root', () => {
    const rec = stats();
    rec.edges.push({ caller: 3, callee: 2, calls: 1, own_s: 0, cumulative_s: 1 }); // slow_part ↔ main
    rec.edges.push({ caller: 5, callee: 0, calls: 1, own_s: 0, cumulative_s: 4.53 }); // a cycle at the top
    const p = speedscopeFromStats(rec, 'x', 'y').profiles[0]!;
    expect(p.endValue).toBeCloseTo(4.53, 6);
    for (const stack of p.samples) expect(new Set(stack).size).toBe(stack.length);
  });
});

describe('profileHeadline', () => {
  it('lists top functions by own and by cumulative time, named as pstats does, paths under the base relative', () => {
    const h = profileHeadline(stats(), { top_n: 3, base_dir: '/w' });
    expect(h.top_own).toEqual([
      { function: 'app.py:9(slow_part)', calls: 1, own_s: 3, cumulative_s: 3 },
      { function: 'app.py:13(fast_part)', calls: 2, own_s: 1, cumulative_s: 1.5 },
      { function: '{built-in method time.sleep}', calls: 2, own_s: 0.5, cumulative_s: 0.5 },
    ]);
    expect(h.top_cumulative.map((e) => e.function)).toEqual([
      'app.py:1(<module>)',
      '{built-in method builtins.exec}',
      'app.py:5(main)',
    ]);
    expect(h.total_s).toBeCloseTo(4.53, 12);
    expect(
      functionLabel({ file: '/usr/lib/python3.11/json/__init__.py', line: 299, name: 'loads' }, '/w'),
    ).toBe('/usr/lib/python3.11/json/__init__.py:299(loads)');
    expect(functionLabel({ file: '~', line: 0, name: 'len' })).toBe('len');
  });
});

describe('parseProfileStats', () => {
  it('reads the reader’s rows and refuses what is not a profile table', () => {
    const parsed = parseProfileStats({
      functions: [['a.py', 1, 'f', 1, 2, 0.5, 0.7]],
      edges: [
        [0, 0, 1, 0.1, 0.1],
        [0, 5, 1, 0, 0],
      ],
    });
    expect(parsed.functions[0]).toEqual({
      file: 'a.py',
      line: 1,
      name: 'f',
      primitive_calls: 1,
      calls: 2,
      own_s: 0.5,
      cumulative_s: 0.7,
    });
    expect(parsed.edges).toHaveLength(1); // the edge to a function that is not listed is dropped
    expect(() => parseProfileStats({})).toThrow(/not a profile table/);
  });
});

describe('profilePaths', () => {
  it('uses --profile-dir, else the --json file’s directory and stem, else .pyrun/profiles', () => {
    expect(profilePaths({ run_id: 'r1', base_dir: '/w', profile_dir: 'prof' })).toEqual({
      pstats_path: '/w/prof/r1.pstats',
      speedscope_path: '/w/prof/r1.speedscope.json',
    });
    expect(profilePaths({ run_id: 'r1', base_dir: '/w', json_path: 'out/run.json' })).toEqual({
      pstats_path: '/w/out/run.pstats',
      speedscope_path: '/w/out/run.speedscope.json',
    });
    expect(profilePaths({ run_id: 'r1', base_dir: '/w' }).pstats_path).toBe('/w/.pyrun/profiles/r1.pstats');
  });
});
