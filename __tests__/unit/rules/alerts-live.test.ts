import { describe, expect, it } from '@jest/globals';
import {
  AlertEvaluator,
  eventRules,
  firesOnEvent,
  parseAlert,
  type AlertEvent,
  type AlertTrigger,
} from '../../../src/engine/rules/index.js';
import type { Sample } from '../../../src/engine/types.js';

function sample(elapsed_s: number, values: Partial<Sample> = {}): Sample {
  return {
    elapsed_s,
    cpu_percent: 10,
    rss_mb: 100,
    threads: 1,
    processes: 1,
    read_mb: 0,
    write_mb: 0,
    open_fds: 5,
    ...values,
  };
}

/** Feeds the samples in order and collects every trigger. */
function run(rules: string[], samples: Sample[]): AlertTrigger[] {
  const evaluator = new AlertEvaluator(rules.map(parseAlert));
  return samples.flatMap((s) => evaluator.observe(s));
}

describe('AlertEvaluator', () => {
  it('fires a threshold once while it holds, with the value that crossed', () => {
    const rss = [100, 450, 500, 480, 420];
    expect(
      run(
        ['rss_mb > 400'],
        rss.map((rss_mb, i) => sample(i * 0.5, { rss_mb })),
      ),
    ).toEqual([{ rule: 'rss_mb > 400', at_s: 0.5, value: 450 }]);
  });

  it('fires again only after the condition has cleared on a sample', () => {
    const rss = [450, 500, 300, 300, 410, 420, 100, 401];
    expect(
      run(
        ['rss_mb > 400'],
        rss.map((rss_mb, i) => sample(i, { rss_mb })),
      ),
    ).toEqual([
      { rule: 'rss_mb > 400', at_s: 0, value: 450 },
      { rule: 'rss_mb > 400', at_s: 4, value: 410 },
      { rule: 'rss_mb > 400', at_s: 7, value: 401 },
    ]);
  });

  it('with for, fires once the condition has held continuously for the duration', () => {
    // Busy from 1.0 s: the clock starts at the first busy sample, so 10 s are reached at 11.0 s.
    const samples = Array.from({ length: 30 }, (_, i) => {
      const t = i * 0.5;
      return sample(t, { cpu_percent: t >= 1 ? 99 : 20 });
    });
    expect(run(['cpu_percent > 95 for 10s'], samples)).toEqual([
      { rule: 'cpu_percent > 95 for 10s', at_s: 11, value: 99 },
    ]);
  });

  it('restarts the for clock when the condition dips, and fires again after clearing', () => {
    const cpu: [number, number][] = [
      [0, 99],
      [1, 99],
      [2, 50], // dips before 3 s were held: no alert, the clock resets
      [3, 99], // streak starts at 3
      [4, 99],
      [5, 99],
      [6, 99], // held 3 s: fires
      [7, 99], // still the same streak: silent
      [8, 10], // cleared
      [9, 97], // new streak
      [11, 97],
      [12, 98], // held 3 s again: fires
    ];
    const samples = cpu.map(([t, cpu_percent]) => sample(t, { cpu_percent }));
    expect(run(['cpu_percent > 95 for 3s'], samples)).toEqual([
      { rule: 'cpu_percent > 95 for 3s', at_s: 6, value: 99 },
      { rule: 'cpu_percent > 95 for 3s', at_s: 12, value: 98 },
    ]);
  });

  it('measures for against sample times that are inexact binary fractions', () => {
    // 0.3 - 0.1 is 0.19999999999999998 in binary floating point; the rule has still held 200 ms at 0.3 s.
    const samples = [0, 0.1, 0.2, 0.3, 0.4].map((t) => sample(t, { threads: t > 0 ? 64 : 1 }));
    expect(run(['threads >= 64 for 200ms'], samples).map((a) => a.at_s)).toEqual([0.3]);
  });

  it('keeps rules independent and reports each in its own trigger', () => {
    const samples = [
      sample(0, { rss_mb: 500, threads: 2 }),
      sample(1, { rss_mb: 500, threads: 40 }),
      sample(2, { rss_mb: 500, threads: 40 }),
    ];
    expect(run(['rss_mb > 1GB', 'rss_mb > 400', 'threads > 32 for 1s'], samples)).toEqual([
      { rule: 'rss_mb > 400', at_s: 0, value: 500 },
      { rule: 'threads > 32 for 1s', at_s: 2, value: 40 },
    ]);
  });

  it('reports the left side of the comparison that made a compound rule true', () => {
    const samples = [sample(0, { cpu_percent: 10, rss_mb: 900 })];
    expect(run(['cpu_percent > 95 or rss_mb > 800'], samples)).toEqual([
      { rule: 'cpu_percent > 95 or rss_mb > 800', at_s: 0, value: 900 },
    ]);
  });

  it('treats a null metric as false (open_fds where the OS hides it)', () => {
    const samples = [
      sample(0, { open_fds: null }),
      sample(1, { open_fds: 2000 }),
      sample(2, { open_fds: null }),
    ];
    expect(run(['open_fds > 1000'], samples)).toEqual([{ rule: 'open_fds > 1000', at_s: 1, value: 2000 }]);
  });

  it('ignores event rules', () => {
    expect(run(['on failure', 'on timeout'], [sample(0)])).toEqual([]);
  });
});

describe('event rules', () => {
  const rules = ['rss_mb > 400', 'on failure', 'on gate_failed', 'on regression'].map(parseAlert);

  it('picks the on <event> rules', () => {
    expect(eventRules(rules).map((r) => r.source)).toEqual(['on failure', 'on gate_failed', 'on regression']);
  });

  it('fires an event rule when its event happened', () => {
    const events = new Set<AlertEvent>(['failure', 'regression']);
    expect(
      eventRules(rules)
        .filter((r) => firesOnEvent(r, events))
        .map((r) => r.event),
    ).toEqual(['failure', 'regression']);
    expect(eventRules(rules).some((r) => firesOnEvent(r, new Set()))).toBe(false);
  });
});
