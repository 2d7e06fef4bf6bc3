/**
 * A small seeded run of the CI-timeline simulator (bench/verdicts/simulator.ts) through the real baseline query,
 * judge and in-memory history. `npm run bench:verdicts` prints the full table; this keeps its stories true.
 */
import { describe, expect, it } from '@jest/globals';
import { detection, falseAlarms, rate, replay } from '../../../bench/verdicts/simulator.js';

describe('CI-timeline simulator (seeded, small)', () => {
  it('keeps false alarms at or under 1% of (metric, run) pairs from 5 baseline runs on, at CV 10%', async () => {
    const { pyrun: cells } = await falseAlarms(
      { cv: 0.1, pushes: 30, profiled_every: 4, pull_request_every: 3 },
      20,
      7,
    );
    let hits = 0;
    let trials = 0;
    for (const [n, r] of cells) {
      expect(n).toBeGreaterThanOrEqual(5);
      hits += r.hits;
      trials += r.trials;
    }
    expect(trials).toBeGreaterThan(1000);
    // 0.5% is the calibrated rate; a binomial band around it for this many pairs.
    expect(hits / trials).toBeLessThanOrEqual(0.015);
  });

  it('judges profiled runs against profiled runs only, and never uses a pull request as a baseline', async () => {
    const pushes = await replay({ cv: 0.05, pushes: 24, profiled_every: 4, pull_request_every: 3 }, 11);
    const profiled = pushes.filter((p) => p.profiled);
    const plain = pushes.filter((p) => !p.profiled);
    // profiled runs come at pushes 4, 8, 16, 20 (12 and 24 are pull requests): each sees the profiled before it.
    expect(profiled.map((p) => p.baseline_runs)).toEqual([0, 1, 2, 3]);
    // an unprofiled run at push 23 sees pushes 0..22 that are neither profiled nor pull requests.
    const last = plain.at(-1)!;
    const eligible = pushes.filter((p) => p.push < last.push && !p.profiled && !p.pull_request).length;
    expect(last.baseline_runs).toBe(eligible);
    // nobody regressed although profiled runs are 50% slower.
    expect(pushes.filter((p) => p.record.status === 'regressed')).toEqual([]);
  });

  it('catches most 2x regressions on their first run with 5 baseline runs, every ×57 one under a 3 * baseline gate with one', async () => {
    const d = await detection({ cv: 0.05, factor: 2, baseline_runs: 5, window: 1 }, 30, 3);
    // one of the 5 is the cold first run (×1.3), which widens the spread of so few runs now and then.
    expect(rate(d.first)).toBeGreaterThanOrEqual(0.85);
    const gate = await detection(
      { cv: 0.1, factor: 57, baseline_runs: 1, window: 1, gates: ['duration_s < 3 * baseline'] },
      30,
      5,
    );
    expect(rate(gate.gate_first)).toBe(1);
    expect(gate.gate_clean.hits).toBe(0);
  });

  it('puts pyrun under both ceilings, and the known-σ ceiling near 95% for a 25% change at CV 5% on 5 runs', async () => {
    const d = await detection({ cv: 0.05, factor: 1.25, baseline_runs: 5, window: 1 }, 80, 23);
    const [pyrun, unknown, known] = [d.first, d.t_clean_99_first, d.known_sigma_99_first].map(rate);
    expect(d.t_clean_99_first.trials).toBe(80);
    expect(pyrun).toBeLessThanOrEqual(unknown!);
    expect(unknown).toBeLessThan(0.75); // σ learnt from 4 clean runs: far from 95% (≈ 48% in the full table)
    expect(known).toBeGreaterThan(0.85); // Φ((ln 1.25 − 2.33·0.05·√1.25) / (0.05·√1.25)) ≈ 95%
  });

  it('a 25% regression at CV 5% that stays is caught within its first 3 pushes from 20 runs on (the window)', async () => {
    const d = await detection({ cv: 0.05, factor: 1.25, baseline_runs: 20, window: 3 }, 60, 31);
    // The full table: 75.5% on the first run, 98.8% within three pushes; the window is most of the difference.
    expect(rate(d.window)).toBeGreaterThanOrEqual(0.9);
    expect(rate(d.window)! - rate(d.first)!).toBeGreaterThanOrEqual(0.1);
  });

  it('an absolute gate failing on every run still builds a baseline, so a regression is judged', async () => {
    const pushes = await replay(
      {
        cv: 0.02,
        pushes: 8,
        regression: { factor: 2, at: 7, fixed_at: 8 },
        gates: ['peak_rss_mb < 10'],
      },
      17,
    );
    expect(pushes.every((p) => p.record.status === 'gate_failed')).toBe(true);
    expect(pushes[7]!.baseline_runs).toBe(7);
    expect(pushes[7]!.record.verdicts.duration_s!.verdict).toBe('regressed');
  });
});
