/**
 * No phantom sample: between the script's exit and the launcher's report of it, a tick finds the tree gone (0
 * processes, 0 MB). That tick must not reach the series, the live alerts or the per-sample statistics, while its
 * cumulative CPU and I/O (moved into the launcher on reaping) still count. Driven by a manual clock, a scripted
 * /proc and a hand-written executor whose exit the test releases.
 */
import { describe, expect, it } from '@jest/globals';
import type { ExitReport, RunningScript, StartInfo } from '../../../src/engine/execute/exec/types.js';
import { executeOnce } from '../../../src/engine/execute/once.js';
import type { Sample } from '../../../src/engine/types.js';
import { ManualClock, ScriptedProcSource } from '../../helpers/fakes.js';

const LAUNCHER = 100;
const SCRIPT = 101;

function fakeScript(): { running: RunningScript; exit(report: ExitReport): void } {
  let exit: (report: ExitReport) => void = () => undefined;
  const start: StartInfo = {
    script_pid: SCRIPT,
    sampler_root_pid: LAUNCHER,
    clk_tck: 100,
    page_size: 4096,
    python_version: '3.12.0',
    spawned_at_ms: 0,
    fork_age_ms: 0,
  };
  const running: RunningScript = {
    started: Promise.resolve(start),
    done: new Promise<ExitReport>((resolve) => (exit = resolve)),
    signal: () => undefined,
  };
  return { running, exit: (report) => exit(report) };
}

const EXIT: ExitReport = {
  exit_code: 0,
  signal: null,
  wall_s: 3.2,
  cpu_time_s: null,
  maxrss_bytes: null,
  read_bytes: null,
  write_bytes: null,
  exact: false,
  rusage: null,
};

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('executeOnce after the tree is gone', () => {
  it('keeps no sample of 0 processes, and still counts the CPU the launcher reaped', async () => {
    const clock = new ManualClock();
    const proc = new ScriptedProcSource().set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: SCRIPT, ppid: LAUNCHER, utime: 0, rss_pages: 2560, num_threads: 2 },
    ]);
    const script = fakeScript();
    const live: Sample[] = [];
    const measuring = executeOnce(
      { python: 'python3', script: 'x.py', args: [], cwd: '/', env: {} },
      { clock, proc, start: () => script.running, sampling: 'procfs' },
      { interval_s: 1, timeout_s: null, grace_s: 1, onSample: (s) => live.push(s) },
    );
    await flush();

    for (let t = 1; t <= 3; t++) {
      proc.set([
        { pid: LAUNCHER, ppid: 1 },
        { pid: SCRIPT, ppid: LAUNCHER, utime: 50 * t, rss_pages: 2560 * t, num_threads: 2 },
      ]);
      clock.advance(1000);
    }
    // The script exits and the launcher reaps it: its 180 ticks move into the launcher's cutime. Two ticks
    // pass before the launcher's exit report arrives.
    proc.set([{ pid: LAUNCHER, ppid: 1, cutime: 180 }]);
    clock.advance(1000);
    clock.advance(1000);
    script.exit(EXIT);
    const m = await measuring;

    expect(m.series.map((s) => s.processes)).toEqual([1, 1, 1]);
    expect(m.series.map((s) => s.rss_mb)).toEqual([10, 20, 30]);
    expect(live).toEqual(m.series);
    expect(m.totals.samples).toBe(3);
    expect(m.totals.max_processes).toBe(1);
    expect(m.totals.cpu_percent_max).toBeCloseTo(50);
    // The ticks after the exit still brought the last 30 ticks of CPU in.
    expect(m.totals.cpu_time_s).toBeCloseTo(1.8);
  });

  it('keeps every sample while a process of the tree lives, even a lone grandchild', async () => {
    const clock = new ManualClock();
    const proc = new ScriptedProcSource().set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: SCRIPT, ppid: LAUNCHER, rss_pages: 256 },
    ]);
    const script = fakeScript();
    const measuring = executeOnce(
      { python: 'python3', script: 'x.py', args: [], cwd: '/', env: {} },
      { clock, proc, start: () => script.running, sampling: 'procfs' },
      { interval_s: 1, timeout_s: null, grace_s: 1 },
    );
    await flush();
    clock.advance(1000);
    // The script is gone; its daemon child was reparented to the launcher (the subreaper) and lives on.
    proc.set([
      { pid: LAUNCHER, ppid: 1 },
      { pid: 205, ppid: LAUNCHER, rss_pages: 512 },
    ]);
    clock.advance(1000);
    proc.set([{ pid: LAUNCHER, ppid: 1 }]);
    clock.advance(1000);
    script.exit(EXIT);
    const m = await measuring;
    expect(m.series.map((s) => s.processes)).toEqual([1, 1]);
    expect(m.series.map((s) => s.rss_mb)).toEqual([1, 2]);
  });
});
