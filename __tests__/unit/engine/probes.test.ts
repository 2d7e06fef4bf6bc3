import { describe, expect, it } from '@jest/globals';
import { pidWatch, startProbes } from '../../../src/engine/execute/sample/probes.js';
import { parseLastPid } from '../../../src/engine/execute/sample/procfs.js';
import { TreeSampler } from '../../../src/engine/execute/sample/sampler.js';
import { ManualClock, ScriptedProcSource } from '../../helpers/fakes.js';

/** Probes on a manual clock, recording when each ran; `fresh(at)` says whether that probe found a new process. */
function probed(
  interval_s: number,
  opts: { fresh?: (at: number) => boolean; spawned?: () => boolean | null } = {},
) {
  const clock = new ManualClock();
  const at: number[] = [];
  const probes = startProbes(clock, interval_s, {
    probe: () => {
      at.push(clock.now_ms());
      return opts.fresh?.(clock.now_ms()) ?? false;
    },
    spawned: opts.spawned,
  });
  return { clock, at, probes };
}

describe('probes between samples', () => {
  it('probe every 25 ms through the first interval, then stop where the kernel cannot say what spawned', () => {
    const { clock, at } = probed(0.5);
    clock.advance(3000);
    expect(at).toEqual(Array.from({ length: 19 }, (_, i) => 25 * (i + 1)));
    expect(clock.pending()).toBe(0);
  });

  it('keep probing for one more window after a probe that found a new process', () => {
    const { clock, at } = probed(0.5, { fresh: (t) => t === 400 });
    clock.advance(3000);
    expect(at[at.length - 1]).toBe(875); // 400 + 500, the last gap before it
    expect(clock.pending()).toBe(0);
  });

  it('are woken by a sample that found a new process', () => {
    const { clock, at, probes } = probed(0.5);
    clock.advance(2000);
    const before = at.length;
    probes.wake();
    clock.advance(2000);
    expect(at.slice(before)).toEqual(Array.from({ length: 19 }, (_, i) => 2000 + 25 * (i + 1)));
  });

  it('after the first window, probe only when the machine created a process', () => {
    const created = new Set([1000, 1500]);
    const clock = new ManualClock();
    const at: number[] = [];
    const asked: number[] = [];
    startProbes(clock, 0.5, {
      probe: () => (at.push(clock.now_ms()), false),
      spawned: () => (asked.push(clock.now_ms()), created.has(clock.now_ms())),
    });
    clock.advance(2000);
    expect(at.filter((t) => t > 500)).toEqual([1000, 1500]);
    // asked every 25 ms through the first window, every 100 ms after it
    expect(asked.filter((t) => t > 500)).toEqual(Array.from({ length: 15 }, (_, i) => 600 + 100 * i));
    expect(clock.pending()).toBe(1); // still watching
  });

  it('keep the gap within 10–25 ms and the window within a second, whatever the interval', () => {
    const fast = probed(0.1);
    fast.clock.advance(1000);
    expect(fast.at).toEqual(Array.from({ length: 9 }, (_, i) => 10 * (i + 1)));
    const slow = probed(5);
    slow.clock.advance(10_000);
    expect(slow.at).toHaveLength(39);
    expect(slow.at[slow.at.length - 1]).toBe(975);
  });

  it('slow down on a tree that is costly to read: at least 20 times the last probe apart', () => {
    const clock = new ManualClock();
    const at: number[] = [];
    startProbes(clock, 0.5, {
      probe: () => {
        at.push(clock.now_ms());
        (clock as unknown as { t: number }).t += 5; // a probe that takes 5 ms
        return false;
      },
    });
    clock.advance(1000);
    expect(at.slice(0, 3)).toEqual([25, 130, 235]);
  });

  it('stop at once and are not woken after', () => {
    const { clock, at, probes } = probed(0.5);
    clock.advance(60);
    probes.stop();
    probes.wake();
    clock.advance(1000);
    expect(at).toEqual([25, 50]);
    expect(clock.pending()).toBe(0);
  });

  it('stop watching for new processes once the kernel stops saying', () => {
    const { clock, at } = probed(0.5, { spawned: () => null });
    clock.advance(3000);
    expect(at).toHaveLength(19);
    expect(clock.pending()).toBe(0);
  });
});

describe('pidWatch', () => {
  it('says whether the last pid given out moved since the last call', () => {
    let pid = 100;
    const spawned = pidWatch(() => pid);
    expect(spawned()).toBe(false);
    pid = 104;
    expect(spawned()).toBe(true);
    expect(spawned()).toBe(false);
  });

  it('parses the last field of /proc/loadavg', () => {
    expect(parseLastPid('0.08 0.03 0.01 1/123 4567\n')).toBe(4567);
    expect(parseLastPid('0.08 0.03 0.01 1/123\n')).toBeNull();
    expect(parseLastPid('garbage')).toBeNull();
  });
});

describe('TreeSampler.probe', () => {
  it('adds the tree it sees to the peaks without making a sample, and says when a process is new', () => {
    const proc = new ScriptedProcSource().set([
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10, rss_pages: 100, num_threads: 2 },
    ]);
    const sampler = new TreeSampler(proc, {
      rootPid: 10,
      rootIsLauncher: true,
      clk_tck: 100,
      page_size: 4096,
      start_ms: 0,
    });
    expect(sampler.probe()).toBe(true);
    expect(sampler.probe()).toBe(false);
    proc.set([
      { pid: 10, ppid: 1 },
      { pid: 11, ppid: 10, rss_pages: 100, num_threads: 2 },
      { pid: 12, ppid: 11, rss_pages: 300, num_threads: 1 },
      { pid: 13, ppid: 11, rss_pages: 300, num_threads: 1 },
    ]);
    expect(sampler.probe()).toBe(true);
    proc.set([{ pid: 10, ppid: 1 }]); // the workers and the script are gone: nothing lowers the peaks
    expect(sampler.probe()).toBe(false);
    expect(sampler.totals).toMatchObject({
      samples: 0,
      peak_tree_rss_bytes: 700 * 4096,
      peak_process_rss_bytes: 300 * 4096,
      max_processes: 3,
      max_threads: 4,
    });
    expect(
      sampler
        .sampledProcesses()
        .map((p) => p.pid)
        .sort(),
    ).toEqual([11, 12, 13]);
  });
});
