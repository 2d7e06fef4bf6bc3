/**
 * The remote launcher itself, run here as it runs on a host or in a container (`python3 -S -E -c SOURCE`, its
 * stdin and stdout the connection), driven by the real session driver: the figures it measures, the I/O it must
 * not count, and every way the tree must end when the connection or the launcher goes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { remoteLauncherProgram } from '../../../src/engine/execute/exec/remote-launcher.js';
import { driveRemoteLauncher, type TransportEnd } from '../../../src/engine/execute/exec/remote-session.js';
import type { StartRequest } from '../../../src/engine/execute/exec/remote-types.js';
import type { RunningScript } from '../../../src/engine/execute/exec/types.js';
import type { MeasuredSample } from '../../../src/engine/execute/sample/totals.js';
import { fixture, FIXTURES, tempDir } from '../../helpers/pyrun.js';
import { allGone, Collector, launcherDirs, readPids, testEnv, waitFor, waitForFile } from './helpers.js';

const MB = 1024 * 1024;

interface Launched {
  child: ChildProcess;
  running: RunningScript;
  samples: MeasuredSample[];
  out: Collector;
  err: Collector;
  ends: TransportEnd[];
}

// The launcher's own TMPDIR: its private directories land here and nowhere another test file looks.
const launcherTmp = tempDir('pyrun-launcher-tmp-');

function launch(script: string, args: string[], extra: Partial<StartRequest> = {}): Launched {
  const child = spawn('python3', ['-S', '-E', '-c', remoteLauncherProgram()], {
    env: testEnv({ TMPDIR: launcherTmp }),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const out = new Collector();
  const err = new Collector();
  const ends: TransportEnd[] = [];
  const running = driveRemoteLauncher(child, {
    request: {
      op: 'start',
      interval_s: 0.1,
      grace_s: 0.5,
      args,
      env: null,
      script_path: script,
      cwd: FIXTURES,
      ...extra,
    },
    stdout: out,
    stderr: err,
    spawnedAt_ms: performance.now(),
    onLost: (end) => {
      ends.push(end);
      return null;
    },
    forceKill: () => child.kill('SIGKILL'),
  });
  const samples: MeasuredSample[] = [];
  running.subscribeSamples?.((m) => samples.push(m));
  return { child, running, samples, out, err, ends };
}

/** The launcher's pid is the transport's; its reaper is `sampler_root_pid`. */
describe('remote launcher', () => {
  it('counts the script’s own I/O, not the output it relays', async () => {
    const { running, out } = launch(fixture('flood.py'), ['8']);
    const exit = await running.done;
    expect(exit.exit_code).toBe(0);
    expect(out.bytes.length).toBe(8 * MB);
    // The script wrote 8 MiB into its stdout pipe; the launcher's relaying of those bytes is not the script's.
    expect(exit.write_bytes).toBeGreaterThanOrEqual(8 * MB);
    expect(exit.write_bytes).toBeLessThan(8.5 * MB);
  }, 20_000);

  it('sees 48 MiB written and read back, exactly from the reaper and in the samples', async () => {
    const { running, samples } = launch(fixture('io.py'), []);
    const exit = await running.done;
    expect(exit.write_bytes).toBeGreaterThanOrEqual(48 * MB);
    expect(exit.write_bytes).toBeLessThan(49 * MB);
    expect(exit.read_bytes).toBeGreaterThanOrEqual(48 * MB);
    expect(exit.read_bytes).toBeLessThan(70 * MB);
    for (const s of samples) expect(s.write_bytes).toBeLessThanOrEqual(exit.write_bytes as number);
  }, 20_000);

  it('dates samples from the fork on the fixed schedule, and their CPU adds up', async () => {
    const { running, samples } = launch(fixture('burn.py'), ['1']);
    const exit = await running.done;
    expect(exit.cpu_time_s).toBeGreaterThanOrEqual(1);
    expect(exit.cpu_time_s).toBeLessThan(1.3);
    // The reaper's rusage, the same as the local launcher's (one reaper): its CPU is the total's.
    const r = exit.rusage!;
    expect(r.cpu_user_s + r.cpu_system_s).toBeCloseTo(exit.cpu_time_s as number, 9);
    expect(r.minor_faults).toBeGreaterThan(100); // an interpreter starting touches hundreds of pages
    expect(r.voluntary_ctx_switches + r.involuntary_ctx_switches).toBeGreaterThan(0);
    expect(r.major_faults).toBeGreaterThanOrEqual(0);
    expect(samples.length).toBeGreaterThanOrEqual(8);
    // Ticks are due at t_fork + k·interval and a late one is skipped, never shifted: a read happens at or after a
    // due time and the next tick is the first due time after it, so no two samples fall in one interval. How late
    // a read is depends on the load; on a fixed schedule most are early in their interval (a schedule that slept
    // `interval` after each read would drift through it). remote.next_tick itself: src/python/test_remote.py.
    let previous = -1;
    const lateness_s: number[] = [];
    for (const s of samples) {
      const k = Math.floor(s.sample.elapsed_s / 0.1 + 1e-9);
      expect(k).toBeGreaterThan(previous);
      lateness_s.push(s.sample.elapsed_s - k * 0.1);
      previous = k;
    }
    lateness_s.sort((a, b) => a - b);
    expect(lateness_s[Math.floor(lateness_s.length / 2)]).toBeLessThan(0.05);
    // One thread never shows much more than one core; and the percentages add up to the CPU time (whatever
    // share of the loaded machine the script got).
    expect(Math.max(...samples.map((s) => s.sample.cpu_percent))).toBeLessThan(130);
    let integral_s = 0;
    for (let i = 0; i < samples.length; i += 1) {
      const dt_s = samples[i]!.sample.elapsed_s - (i === 0 ? 0 : samples[i - 1]!.sample.elapsed_s);
      integral_s += (samples[i]!.sample.cpu_percent / 100) * dt_s;
    }
    expect(integral_s).toBeCloseTo(samples.at(-1)!.cpu_time_s, 6);
    expect(samples.at(-1)!.cpu_time_s).toBeGreaterThan(0.5);
    // The sampled CPU total never runs ahead of the exact one.
    expect(samples.at(-1)!.cpu_time_s).toBeLessThanOrEqual((exit.cpu_time_s as number) + 0.02);
  }, 20_000);

  it('reads its machine’s CPU around the run and, asked to, times the calibration loop on each core after it', async () => {
    const { running } = launch(fixture('burn.py'), ['0.5'], { calibrate: true });
    const { clk_tck } = await running.started;
    const exit = await running.done;
    const host = exit.host_cpu!;
    // The machine was busy at least while the script burned its CPU; the window spans the run.
    expect((host.end.busy_ticks - host.start.busy_ticks) / clk_tck).toBeGreaterThanOrEqual(
      (exit.cpu_time_s as number) - 0.05,
    );
    expect(host.between_s).toBeGreaterThanOrEqual(0.5);
    // The launcher's own CPU grew by at least the loop it timed, which counts as pyrun's, not a neighbour's.
    expect(host.end.own_cpu_s - host.start.own_cpu_s).toBeGreaterThanOrEqual(exit.calibration!.cpu_s);
    const cores = [...exit.calibration!.ms_by_cpu.keys()];
    expect(cores.length).toBeGreaterThanOrEqual(1);
    for (const core of cores) expect(core === -1 || (core >= 0 && core < os.cpus().length)).toBe(true);
    for (const ms of exit.calibration!.ms_by_cpu.values()) expect(ms).toBeGreaterThan(0);
    // Where the script's CPU went, by core, from the streamed /proc text: the weights of its reading.
    const weights = running.coreWeights!();
    expect([...weights.keys()].some((core) => cores.includes(core))).toBe(true);
  }, 20_000);

  it('times no loop unless asked to', async () => {
    const { running } = launch(fixture('exit3.py'), []);
    const exit = await running.done;
    expect(exit.calibration).toBeUndefined();
    expect(exit.host_cpu?.between_s).toBeGreaterThan(0);
  }, 20_000);

  it('counts 12 threads and one process', async () => {
    const { running, samples } = launch(fixture('threads.py'), []);
    await running.done;
    expect(Math.max(...samples.map((s) => s.sample.threads))).toBe(12);
    expect(Math.max(...samples.map((s) => s.sample.processes))).toBe(1);
    expect(samples.some((s) => (s.sample.open_fds ?? 0) >= 3)).toBe(true);
  }, 20_000);

  it('reports the largest process’s high-water mark for a spike no sample sees', async () => {
    const { running } = launch(fixture('spike.py'), [], { interval_s: 1 });
    const exit = await running.done;
    expect(exit.maxrss_bytes).toBeGreaterThanOrEqual(300 * MB);
    expect(exit.maxrss_bytes).toBeLessThan(400 * MB);
  }, 20_000);

  it('ends a daemonised grandchild the script left behind', async () => {
    const pidFile = path.join(tempDir(), 'orphan');
    const { running } = launch(fixture('orphan.py'), [pidFile]);
    const exit = await running.done;
    expect(exit.exit_code).toBe(0);
    expect(allGone(readPids(pidFile))).toBe(true);
  }, 20_000);

  it('runs a shipped script in a private directory and removes it', async () => {
    const before = launcherDirs(launcherTmp);
    const source = 'import os, stat\nprint(oct(stat.S_IMODE(os.stat(".").st_mode)), os.listdir("."))\n';
    const { running, out } = launch('', [], {
      script_path: undefined,
      script_b64: Buffer.from(source).toString('base64'),
      script_name: '../../evil name.py',
    });
    const exit = await running.done;
    expect(exit.exit_code).toBe(0);
    expect(out.text).toBe("0o700 ['evil name.py']\n");
    expect(launcherDirs(launcherTmp).filter((d) => !before.includes(d))).toEqual([]);
  }, 20_000);

  it('ends the tree when its stdin closes (the connection is gone)', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const { child, running } = launch(fixture('hang.py'), [pidFile]);
    await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    child.stdin?.end();
    const exit = await running.done;
    expect(exit.signal).toBe('SIGTERM');
    expect(allGone(readPids(pidFile))).toBe(true);
  }, 20_000);

  it('ends the tree on SIGTERM, SIGINT or SIGHUP to the launcher', async () => {
    for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      const pidFile = path.join(tempDir(), 'pids');
      const { child, running } = launch(fixture('hang.py'), [pidFile]);
      await running.started;
      expect(await waitForFile(pidFile)).toBe(true);
      child.kill(sig);
      const exit = await running.done;
      expect(exit).toMatchObject({ signal: 'SIGTERM', exact: true });
      expect(allGone(readPids(pidFile))).toBe(true);
    }
  }, 20_000);

  it('ends the tree when the launcher itself is killed (the reaper’s parent-death signal)', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const { child, running, ends } = launch(fixture('hang.py'), [pidFile]);
    const info = await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    child.kill('SIGKILL');
    const exit = await running.done;
    expect(exit).toMatchObject({ exit_code: null, signal: 'SIGKILL', exact: false });
    expect(ends).toEqual([expect.objectContaining({ started: true, signal: 'SIGKILL' })]);
    expect(await waitFor(() => allGone([...readPids(pidFile), info.sampler_root_pid]), 10_000)).toBe(true);
  }, 20_000);

  it('ends the tree when the reaper dies, orphans included (the launcher is a subreaper too)', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    // A child that left the script's process group: only a walk of the launcher's own tree can find it.
    const source = [
      'import os, subprocess, sys, time',
      'child = subprocess.Popen([sys.executable, "-c", "import os, time; os.setsid(); time.sleep(3600)"])',
      `open(${JSON.stringify(pidFile)}, "w").write("%d %d" % (os.getpid(), child.pid))`,
      'time.sleep(3600)',
    ].join('\n');
    const { running, ends } = launch('', [], {
      script_path: undefined,
      script_b64: Buffer.from(source).toString('base64'),
      script_name: 'escapes.py',
    });
    const info = await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    await new Promise((r) => setTimeout(r, 200)); // let the child call setsid
    process.kill(info.sampler_root_pid, 'SIGKILL');
    const exit = await running.done;
    expect(exit).toMatchObject({ exit_code: null, exact: false });
    expect(ends).toEqual([expect.objectContaining({ started: true, code: 1 })]);
    expect(await waitFor(() => allGone(readPids(pidFile)), 10_000)).toBe(true);
  }, 20_000);

  it('escalates to SIGKILL after the grace when the script ignores SIGTERM', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const source = [
      'import os, signal, sys, time',
      'signal.signal(signal.SIGTERM, signal.SIG_IGN)',
      `open(${JSON.stringify(pidFile)}, "w").write(str(os.getpid()))`,
      'time.sleep(3600)',
    ].join('\n');
    const { child, running } = launch('', [], {
      script_path: undefined,
      script_b64: Buffer.from(source).toString('base64'),
      script_name: 'stubborn.py',
    });
    await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    const t0 = Date.now();
    child.stdin?.end();
    const exit = await running.done;
    expect(exit.signal).toBe('SIGKILL');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400); // grace_s 0.5
    expect(allGone(readPids(pidFile))).toBe(true);
  }, 20_000);

  it('says why a script cannot start', async () => {
    const { running } = launch('/nonexistent/dir/x.py', [], { cwd: '/nonexistent/dir' });
    await expect(running.started).rejects.toThrow(/cannot start \/nonexistent\/dir\/x\.py: .*No such file/);
  }, 20_000);

  it('refuses a stream that does not begin with a start request', async () => {
    const child = spawn('python3', ['-S', '-E', '-c', remoteLauncherProgram()], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const running = driveRemoteLauncher(child, {
      request: { op: 'nope' } as unknown as StartRequest,
      stdout: new Collector(),
      stderr: new Collector(),
      spawnedAt_ms: performance.now(),
      onLost: () => null,
      forceKill: () => child.kill('SIGKILL'),
    });
    await expect(running.started).rejects.toThrow(
      /remote launcher: ValueError: the first frame must be a start request/,
    );
  }, 20_000);
});
