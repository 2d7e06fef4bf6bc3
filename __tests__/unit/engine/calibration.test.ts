/**
 * `calibration_ms`: the launcher's per-core loop readings, weighed by where the script's CPU time went, and the
 * sampler's account of that.
 */
import { describe, expect, it } from '@jest/globals';
import { calibrationOnCores } from '../../../src/engine/execute/sample/calibration.js';
import { TreeSampler } from '../../../src/engine/execute/sample/sampler.js';
import { parseStat } from '../../../src/engine/execute/sample/procfs.js';
import type { ProcSource, ProcStat } from '../../../src/engine/ports.js';

const readings = (o: Record<number, number>) => new Map(Object.entries(o).map(([k, v]) => [Number(k), v]));

describe('calibrationOnCores', () => {
  it('is the reading of the core the script ran on, not of the other one', () => {
    // One vCPU slowed by the host (1.2 ms), the other not (0.65 ms).
    expect(calibrationOnCores(readings({ 0: 0.65, 1: 1.2 }), new Map([[1, 40]]))).toBe(1.2);
    expect(calibrationOnCores(readings({ 0: 0.65, 1: 1.2 }), new Map([[0, 40]]))).toBe(0.65);
  });

  it('weighs the cores by the script’s CPU time on each, to the microsecond', () => {
    expect(
      calibrationOnCores(
        readings({ 0: 0.6, 1: 1.2 }),
        new Map([
          [0, 30],
          [1, 10],
        ]),
      ),
    ).toBe(0.75);
    expect(
      calibrationOnCores(
        readings({ 0: 0.6, 1: 1.2, 2: 2 }),
        new Map([
          [0, 1],
          [1, 2],
        ]),
      ),
    ).toBe(1);
  });

  it('takes the slowest core when it cannot tell where the script ran', () => {
    expect(calibrationOnCores(readings({ 0: 0.65, 1: 1.2 }), new Map())).toBe(1.2);
    expect(calibrationOnCores(readings({ 0: 0.65, 1: 1.2 }), new Map([[5, 10]]))).toBe(1.2);
  });

  it('uses an unpinned reading for every core, and has nothing without readings', () => {
    expect(calibrationOnCores(readings({ [-1]: 0.7 }), new Map([[0, 10]]))).toBe(0.7);
    expect(calibrationOnCores(undefined, new Map([[0, 10]]))).toBeNull();
    expect(calibrationOnCores(new Map(), new Map())).toBeNull();
  });
});

describe('parseStat', () => {
  it('reads the core a process last ran on (field 39)', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3)); // field n holds n
    fields[0] = 'R';
    const stat = parseStat(`42 (py (x) y) ${fields.join(' ')}`)!;
    expect(stat.processor).toBe(39);
    expect(stat.utime).toBe(14);
    // A short line (an old kernel) has no processor field: no core, the rest still read.
    expect(parseStat(`42 (py) ${fields.slice(0, 30).join(' ')}`)!.processor).toBeUndefined();
  });
});

describe('TreeSampler.coreWeights', () => {
  /** A scripted /proc: the launcher (pid 1) and the processes `now` lists as its children. */
  function scripted() {
    let procs: ProcStat[] = [];
    const source: ProcSource = {
      stat: (pid) => (pid === 1 ? stat(1, 0, 0, 0) : (procs.find((p) => p.pid === pid) ?? null)),
      children: (pid) => (pid === 1 ? procs.map((p) => p.pid) : []),
      allPids: () => [1, ...procs.map((p) => p.pid)],
      io: () => null,
      fdCount: () => null,
    };
    return { source, set: (next: ProcStat[]) => (procs = next) };
  }
  const stat = (pid: number, ticks: number, processor: number, starttime = 100): ProcStat => ({
    pid,
    ppid: 1,
    state: 'R',
    utime: ticks,
    stime: 0,
    cutime: 0,
    cstime: 0,
    num_threads: 1,
    starttime,
    rss_pages: 10,
    processor,
  });
  const sampler = (source: ProcSource) =>
    new TreeSampler(source, { rootPid: 1, rootIsLauncher: true, clk_tck: 100, page_size: 4096, start_ms: 0 });

  it('puts the ticks each process used since its last look to the core it is on', () => {
    const proc = scripted();
    const s = sampler(proc.source);
    proc.set([stat(2, 10, 0)]);
    s.measure(100);
    proc.set([stat(2, 30, 1), stat(3, 5, 0)]); // the script moved to core 1; a worker started on core 0
    s.probe();
    proc.set([stat(2, 31, 1), stat(3, 25, 0)]);
    s.measure(200);
    expect(Object.fromEntries(s.coreWeights())).toEqual({ 0: 10 + 5 + 20, 1: 20 + 1 });
  });

  it('a reused pid is a new process whose ticks all count', () => {
    const proc = scripted();
    const s = sampler(proc.source);
    proc.set([stat(2, 50, 0)]);
    s.measure(100);
    proc.set([stat(2, 3, 1, 999)]); // pid 2 again, another process
    s.measure(200);
    expect(Object.fromEntries(s.coreWeights())).toEqual({ 0: 50, 1: 3 });
  });

  it('counts the looks on each core when no whole tick was used', () => {
    const proc = scripted();
    const s = sampler(proc.source);
    proc.set([stat(2, 0, 1)]);
    s.measure(10);
    s.probe();
    proc.set([stat(2, 0, 0)]);
    s.probe();
    expect(Object.fromEntries(s.coreWeights())).toEqual({ 0: 1, 1: 2 });
  });
});
