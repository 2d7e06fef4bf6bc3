import { describe, expect, it } from '@jest/globals';
import { TreeSampler } from '../../../src/engine/execute/sample/sampler.js';
import { descendants } from '../../../src/engine/execute/sample/tree.js';
import { ScriptedProcSource } from '../../helpers/fakes.js';

const LAUNCHER = 100;
const opts = { rootPid: LAUNCHER, rootIsLauncher: true, clk_tck: 100, page_size: 4096, start_ms: 0 };

describe.each([true, false])('tree walk (children files: %s)', (childrenFiles) => {
  it('finds every descendant and nothing else', () => {
    const proc = new ScriptedProcSource(childrenFiles).set([
      { pid: 1, ppid: 0 },
      { pid: LAUNCHER, ppid: 1 },
      { pid: 101, ppid: LAUNCHER },
      { pid: 102, ppid: 101 },
      { pid: 103, ppid: 102 },
      { pid: 200, ppid: 1 }, // a stranger
    ]);
    expect(
      descendants(proc, LAUNCHER)
        .map((p) => p.pid)
        .sort(),
    ).toEqual([101, 102, 103]);
  });
});

describe('TreeSampler', () => {
  it('sums the tree and keeps the CPU of a child that lived and died between two ticks', () => {
    const proc = new ScriptedProcSource().set([
      { pid: LAUNCHER, ppid: 1, io: { rchar: 5000, wchar: 0 } },
      {
        pid: 101,
        ppid: LAUNCHER,
        utime: 50,
        stime: 0,
        rss_pages: 256,
        num_threads: 2,
        io: { rchar: 100, wchar: 10 },
      },
      { pid: 102, ppid: 101, utime: 20, rss_pages: 512, io: { rchar: 0, wchar: 1000 } },
    ]);
    const sampler = new TreeSampler(proc, opts);
    const s1 = sampler.sample(1000);
    expect(s1.processes).toBe(2);
    expect(s1.threads).toBe(3);
    expect(s1.rss_mb).toBe(3); // 768 pages × 4 KiB
    expect(s1.cpu_percent).toBeCloseTo(70); // 0.7 s of CPU in 1 s
    expect(s1.write_mb).toBeCloseTo(1010 / 1048576);

    // Child 102 ran 30 more ticks and exited; 101 reaped it: its 50 ticks now sit in 101's cutime, and its
    // writes in 101's io. A brand-new child 103 was born and already used 10 ticks.
    proc.set([
      { pid: LAUNCHER, ppid: 1, io: { rchar: 5000, wchar: 0 } },
      { pid: 101, ppid: LAUNCHER, utime: 60, cutime: 50, rss_pages: 256, io: { rchar: 100, wchar: 2010 } },
      { pid: 103, ppid: 101, utime: 10, rss_pages: 128, starttime: 5 },
    ]);
    const s2 = sampler.sample(2000);
    expect(s2.cpu_percent).toBeCloseTo(50); // (60+50+10) − 70 = 50 ticks in 1 s
    expect(sampler.totals.cpu_time_s).toBeCloseTo(1.2);
    expect(s2.processes).toBe(2);
    expect(sampler.totals.write_bytes).toBe(2010);

    // 101 exits and the launcher reaps it: everything moves into the launcher's cutime/cstime and io.
    proc.set([{ pid: LAUNCHER, ppid: 1, cutime: 115, cstime: 15, io: { rchar: 5100, wchar: 2010 } }]);
    const s3 = sampler.sample(3000);
    expect(sampler.totals.cpu_time_s).toBeCloseTo(1.3);
    expect(s3.cpu_percent).toBeCloseTo(10);
    expect(s3.processes).toBe(0);
    expect(sampler.totals.read_bytes).toBe(100); // the launcher's own 5000 bytes before the script are not counted
    expect(sampler.totals.max_processes).toBe(2);
    expect(sampler.totals.peak_tree_rss_bytes).toBe(768 * 4096);
    expect(sampler.totals.peak_process_rss_bytes).toBe(512 * 4096);
  });

  it('counts a reused pid as a new process and never shows negative CPU', () => {
    const proc = new ScriptedProcSource().set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 101, ppid: LAUNCHER, utime: 90, starttime: 1 },
    ]);
    const sampler = new TreeSampler(proc, opts);
    sampler.sample(1000);
    // 101 exited, reaped by a parent that ignored SIGCHLD (its CPU is lost), and the pid was reused.
    proc.set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 101, ppid: LAUNCHER, utime: 5, starttime: 70 },
    ]);
    const s2 = sampler.sample(2000);
    expect(s2.cpu_percent).toBe(0);
    expect(sampler.distinct_processes).toBe(2);
  });

  it('does not count zombies as live processes but keeps their CPU', () => {
    const proc = new ScriptedProcSource().set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 101, ppid: LAUNCHER, utime: 10, num_threads: 4, rss_pages: 10 },
      { pid: 102, ppid: 101, state: 'Z', utime: 30, num_threads: 1 },
    ]);
    const s = new TreeSampler(proc, opts).sample(1000);
    expect(s.processes).toBe(1);
    expect(s.threads).toBe(4);
    expect(s.cpu_percent).toBeCloseTo(40);
  });

  it('reports open_fds as null where the OS does not give it', () => {
    const proc = new ScriptedProcSource().set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 101, ppid: LAUNCHER },
    ]);
    expect(new TreeSampler(proc, opts).sample(500).open_fds).toBeNull();
    proc.set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 101, ppid: LAUNCHER, fds: 7 },
    ]);
    expect(new TreeSampler(proc, opts).sample(500).open_fds).toBe(7);
  });
});

describe('TreeFinder without children files', () => {
  it('reads processes outside the tree only once, and still finds every new descendant', async () => {
    const { TreeFinder } = await import('../../../src/engine/execute/sample/tree.js');
    const proc = new ScriptedProcSource(false).set([
      { pid: 1, ppid: 0 },
      { pid: 50, ppid: 1 },
      { pid: 51, ppid: 50 },
      { pid: LAUNCHER, ppid: 1 },
      { pid: 101, ppid: LAUNCHER },
    ]);
    const finder = new TreeFinder(proc, LAUNCHER);
    expect(finder.find().map((p) => p.pid)).toEqual([101]);
    proc.reads = 0;
    proc.set([...proc.procs.values(), { pid: 102, ppid: 101 }, { pid: 60, ppid: 50 }]);
    expect(
      finder
        .find()
        .map((p) => p.pid)
        .sort(),
    ).toEqual([101, 102]);
    expect(proc.reads).toBe(3); // 101, 102 and the newcomer 60; never 1, 50 or 51 again
    proc.reads = 0;
    finder.find();
    expect(proc.reads).toBe(2);
  });

  it('reads again a process whose parent vanished mid-scan (an orphan on its way to the launcher)', async () => {
    const { TreeFinder } = await import('../../../src/engine/execute/sample/tree.js');
    const proc = new ScriptedProcSource(false).set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 1, ppid: 0 },
    ]);
    const finder = new TreeFinder(proc, LAUNCHER);
    finder.find();
    // 103's parent 102 exited before we could read it: 103 is not yet reachable from the launcher.
    proc.set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 1, ppid: 0 },
      { pid: 103, ppid: 102 },
    ]);
    expect(finder.find()).toEqual([]);
    // Reparented to the launcher (the subreaper): found now.
    proc.set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 1, ppid: 0 },
      { pid: 103, ppid: LAUNCHER },
    ]);
    expect(finder.find().map((p) => p.pid)).toEqual([103]);
  });
});
