import { describe, expect, it } from '@jest/globals';
import { nextTick, startTicker } from '../../../src/engine/execute/sample/ticker.js';
import { SeriesBuffer } from '../../../src/engine/execute/sample/series-buffer.js';
import type { Sample } from '../../../src/engine/types.js';
import { ManualClock } from '../../helpers/fakes.js';

describe('startTicker', () => {
  it('ticks on a fixed schedule and stops at once', () => {
    const clock = new ManualClock();
    const at: number[] = [];
    const t = startTicker(clock, 0.5, (now) => at.push(now));
    clock.advance(2100);
    expect(at).toEqual([500, 1000, 1500, 2000]);
    t.stop();
    expect(clock.pending()).toBe(0);
    clock.advance(5000);
    expect(at).toHaveLength(4);
  });

  it('skips missed deadlines instead of bursting after a stall', () => {
    const clock = new ManualClock();
    const at: number[] = [];
    startTicker(clock, 0.1, (now) => {
      at.push(now);
      if (at.length === 1) (clock as unknown as { t: number }).t += 450; // a tick that blocked for 450 ms
    });
    clock.advance(1000);
    expect(at[0]).toBe(100);
    expect(at[1]).toBe(600); // not 200, 300, 400, 500 in a burst
    expect(at.length).toBeLessThanOrEqual(6);
  });

  it('skips any number of missed ticks in one step (a stall of a thousand years at 10 ms)', () => {
    const clock = new ManualClock();
    const at: number[] = [];
    const stall_ms = 1000 * 365 * 86_400_000; // 3e12 ticks missed: a catching-up loop would never finish
    startTicker(clock, 0.01, (now) => {
      at.push(now);
      if (at.length === 1) (clock as unknown as { t: number }).t += stall_ms;
    });
    clock.advance(stall_ms + 25);
    expect(at).toEqual([10, stall_ms + 20]);
  });

  it('refuses an interval that is not a positive number', () => {
    const clock = new ManualClock();
    for (const bad of [0, -1, NaN, Infinity])
      expect(() => startTicker(clock, bad, () => undefined)).toThrow(/positive number of seconds/);
  });
});

describe('nextTick', () => {
  it('is the first deadline after now, never one before k', () => {
    expect(nextTick(0, 100, 1, 0)).toBe(1);
    expect(nextTick(0, 100, 1, 99.9)).toBe(1);
    expect(nextTick(0, 100, 1, 100)).toBe(2); // a deadline reached is a deadline missed
    expect(nextTick(0, 100, 7, 250)).toBe(7);
    expect(nextTick(1000, 100, 1, 1000 + 1e15)).toBe(1e13 + 1);
    // Where floating point rounds the quotient down onto the deadline itself, still the next one.
    for (const [start, interval, now] of [
      [0.1, 0.1, 0.30000000000000004],
      [3, 0.7, 3 + 0.7 * 3],
    ] as const) {
      const k = nextTick(start, interval, 1, now);
      expect(start + k * interval).toBeGreaterThan(now);
      expect(start + (k - 1) * interval).toBeLessThanOrEqual(now + 1e-9);
    }
  });
});

describe('SeriesBuffer', () => {
  it('stays bounded and keeps the memory peak', () => {
    const buf = new SeriesBuffer(100);
    for (let i = 0; i < 10_000; i++) {
      const s: Sample = {
        elapsed_s: i,
        cpu_percent: 1,
        rss_mb: i === 7777 ? 999 : 10,
        threads: 1,
        processes: 1,
        read_mb: 0,
        write_mb: 0,
        open_fds: null,
      };
      buf.push(s);
    }
    const out = buf.samples();
    expect(out.length).toBeLessThanOrEqual(100);
    expect(Math.max(...out.map((s) => s.rss_mb))).toBe(999);
    expect(out.map((s) => s.elapsed_s)).toEqual([...out.map((s) => s.elapsed_s)].sort((a, b) => a - b));
  });
});
