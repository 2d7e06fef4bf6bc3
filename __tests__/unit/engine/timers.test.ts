/** Timers of any length, on a hand-written host whose one-shot timers refuse what Node's cannot take. */
import { describe, expect, it } from '@jest/globals';
import { MAX_TIMER_DELAY_MS, setLongTimer, type TimerHost } from '../../../src/engine/timers.js';

/** A manual clock with Node's limit: a delay above 2^31-1 ms is a bug in the caller, not a short timer. */
class LimitedHost implements TimerHost {
  t = 0;
  armed: number[] = [];
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  now_ms(): number {
    return this.t;
  }
  set(fn: () => void, delay_ms: number): unknown {
    if (!(delay_ms >= 0 && delay_ms <= MAX_TIMER_DELAY_MS)) throw new RangeError(`delay ${delay_ms}`);
    this.armed.push(delay_ms);
    const id = this.next++;
    this.timers.set(id, { at: this.t + delay_ms, fn });
    return id;
  }
  clear(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Moves time to each due timer in turn, up to `ms` from now. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let due: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers)
        if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
    }
    this.t = end;
  }
  get pending(): number {
    return this.timers.size;
  }
}

const DAY_MS = 86_400_000;

describe('setLongTimer', () => {
  it('fires a 30-day timeout after 30 days, not at once', () => {
    const host = new LimitedHost();
    let fired_at: number | null = null;
    setLongTimer(host, () => (fired_at = host.t), 30 * DAY_MS);
    host.advance(MAX_TIMER_DELAY_MS + 1);
    expect(fired_at).toBeNull();
    host.advance(30 * DAY_MS - (MAX_TIMER_DELAY_MS + 1) - 1);
    expect(fired_at).toBeNull();
    host.advance(1);
    expect(fired_at).toBe(30 * DAY_MS);
    expect(host.armed.length).toBe(2); // 30 days: one full link of 2^31-1 ms, then the rest
    expect(host.pending).toBe(0);
  });

  it('takes any size: a thousand years fires once, on the millisecond', () => {
    const host = new LimitedHost();
    const delay_ms = 1000 * 365 * DAY_MS;
    let fired = 0;
    setLongTimer(host, () => (fired += 1), delay_ms);
    host.advance(delay_ms - 1);
    expect(fired).toBe(0);
    host.advance(1);
    expect(fired).toBe(1);
    expect(host.armed.every((d) => d <= MAX_TIMER_DELAY_MS)).toBe(true);
  });

  it('re-arms from the clock, so a late link does not push the deadline back', () => {
    const host = new LimitedHost();
    let fired_at: number | null = null;
    setLongTimer(host, () => (fired_at = host.t), 2 * MAX_TIMER_DELAY_MS + 10);
    host.t += 5000; // the event loop stalled before the first link came due
    host.advance(2 * MAX_TIMER_DELAY_MS + 10 - 5000);
    expect(fired_at).toBe(2 * MAX_TIMER_DELAY_MS + 10);
  });

  it('is cancelled at any link of the chain', () => {
    const host = new LimitedHost();
    let fired = 0;
    const timer = setLongTimer(host, () => (fired += 1), 3 * MAX_TIMER_DELAY_MS);
    host.advance(MAX_TIMER_DELAY_MS + 5);
    timer.cancel();
    expect(host.pending).toBe(0);
    host.advance(10 * MAX_TIMER_DELAY_MS);
    expect(fired).toBe(0);
  });

  it('keeps short timers one plain timer, never fires Infinity, and fires NaN or negative delays at once', () => {
    const host = new LimitedHost();
    const fired: string[] = [];
    setLongTimer(host, () => fired.push('short'), 1500);
    setLongTimer(host, () => fired.push('never'), Infinity);
    setLongTimer(host, () => fired.push('nan'), NaN);
    setLongTimer(host, () => fired.push('negative'), -5);
    expect(host.armed).toEqual([1500, 0, 0]);
    host.advance(10 * MAX_TIMER_DELAY_MS);
    expect(fired).toEqual(['nan', 'negative', 'short']);
  });
});
