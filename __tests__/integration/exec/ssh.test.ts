/**
 * The SSH executor against a real OpenSSH server on loopback: the script is shipped, run and measured on the
 * "remote" host by the remote launcher, its output streamed back live, its tree ended on timeout or on a lost
 * connection, and an unknown host key refused.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { startSsh, SshConnectionLost, type SshOptions } from '../../../src/engine/execute/exec/ssh.js';
import type { LaunchSpec } from '../../../src/engine/execute/exec/types.js';
import { systemClock } from '../../../src/engine/ports.js';
import { runScript, type RunSpec } from '../../../src/engine/execute/run-script.js';
import { LinuxProcSource } from '../../../src/engine/execute/sample/linux.js';
import { fixture, tempDir } from '../../helpers/pyrun.js';
import { sshdUnavailable, startSshd, type TestSshd } from '../../helpers/sshd.js';
import {
  allGone,
  Collector,
  launcherDirs,
  readPids,
  runSpec,
  stdinOf,
  testEnv,
  waitFor,
  waitForFile,
  writeScript,
} from './helpers.js';
import { describeWith } from '../../helpers/needs.js';

const unavailable = sshdUnavailable();
const suite = describeWith(unavailable);

let sshd: TestSshd;

function target(extra: Partial<SshOptions> = {}): SshOptions {
  return {
    host: sshd.host,
    port: sshd.port,
    user: sshd.user,
    key: sshd.key,
    knownHosts: sshd.knownHosts,
    interval_s: 0.1,
    stdout: new Collector(),
    stderr: new Collector(),
    ...extra,
  };
}

async function runRemote(spec: RunSpec, extra: Partial<SshOptions> = {}) {
  const out = new Collector();
  const err = new Collector();
  const record = await runScript(spec, {
    clock: systemClock,
    proc: new LinuxProcSource(),
    start: (launch: LaunchSpec) =>
      startSsh(launch, target({ interval_s: spec.interval_s, stdout: out, stderr: err, ...extra })),
  });
  return { record, out, err };
}

/** The per-connection sshd processes under the listener. */
function sshdSessions(listener: number): number[] {
  const byParent = new Map<number, number[]>();
  const comm = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      comm.set(Number(name), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(name)]);
    } catch {
      /* gone */
    }
  }
  const found: number[] = [];
  const queue = [listener];
  while (queue.length > 0) {
    for (const pid of byParent.get(queue.pop() as number) ?? []) {
      if (comm.get(pid) === 'sshd') {
        found.push(pid);
        queue.push(pid);
      }
    }
  }
  return found;
}

suite('ssh executor (real sshd on loopback)', () => {
  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => {
    await sshd?.stop();
  });

  it('measures a process tree remotely: 4 processes, ≥ 240 MB, the exact CPU, and cleans up', async () => {
    const before = launcherDirs(sshd.tmpdir);
    const { record } = await runRemote(runSpec(fixture('tree.py'), []));
    expect(record.status).toBe('passed');
    expect(record.exit_code).toBe(0);
    expect(record.max_processes).toBe(4);
    expect(record.peak_rss_mb).toBeGreaterThanOrEqual(240);
    expect(record.peak_rss_mb).toBeLessThan(400);
    expect(record.cpu_time_s).toBeGreaterThanOrEqual(3);
    // The tree burns about 3 s of CPU; a busy machine adds to it (shared caches), so the upper bound is loose: what
    // must hold is that every child's CPU is counted (≥ 3) and nothing counted twice (well under 2 × 3).
    expect(record.cpu_time_s).toBeLessThan(6);
    expect(record.samples).toBeGreaterThanOrEqual(5);
    expect(Math.max(...record.series.map((s) => s.processes))).toBe(4);
    expect(record.python_version).toMatch(/^3\.\d+\.\d+$/);
    expect(record.executor).toBe('ssh');
    // The host's readings, as a local run takes them: the machine's other work, and its speed after the run.
    expect(record.neighbour_cores).toBeGreaterThanOrEqual(0);
    expect(record.calibration_ms).toBeGreaterThan(0);
    expect(record.calibration_ms).toBeLessThan(100);
    // The private directory the script was shipped to is gone.
    expect(launcherDirs(sshd.tmpdir).filter((d) => !before.includes(d))).toEqual([]);
  }, 20_000);

  it('sees a neighbour that keeps a core of the host busy while the script runs', async () => {
    // The "remote" host is this machine: a busy loop here is a neighbour there.
    const neighbour = spawn('python3', ['-c', 'while True: pass'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const { record } = await runRemote(runSpec(fixture('burn.py'), ['1']));
      expect(record.status).toBe('passed');
      // One core's worth of other work, less what it lost to the script and anything else on a shared machine.
      expect(record.neighbour_cores).toBeGreaterThanOrEqual(0.5);
    } finally {
      neighbour.kill('SIGKILL');
    }
  }, 20_000);

  it('ships the script into a private directory under the session’s TMPDIR and removes it afterwards', async () => {
    const script = writeScript('import os\nprint(os.getcwd())\n');
    const { record, out } = await runRemote(runSpec(script, []));
    expect(record.exit_code).toBe(0);
    expect(path.dirname(out.text.trim())).toBe(sshd.tmpdir);
    expect(path.basename(out.text.trim())).toMatch(/^pyrun-remote-/);
    expect(launcherDirs(sshd.tmpdir)).toEqual([]);
  }, 20_000);

  it('passes the exit code through and streams stderr', async () => {
    const { record, out, err } = await runRemote(runSpec(fixture('exit3.py'), []));
    expect(record.status).toBe('failed');
    expect(record.exit_code).toBe(3);
    expect(err.text).toBe('failing on purpose\n');
    expect(out.text).toBe('');
  }, 20_000);

  it('keeps stdout and stderr apart, byte for byte, with stdin, arguments and variables passed through', async () => {
    const script = writeScript(
      [
        'import os, sys',
        'data = sys.stdin.buffer.read()',
        'sys.stdout.buffer.write(b"in:" + data)',
        'sys.stdout.flush()',
        'sys.stderr.write("args:%r\\n" % (sys.argv[1:],))',
        'sys.stderr.flush()',
        'sys.stdout.buffer.write(bytes(range(256)) * 4096)',
        'sys.stdout.flush()',
        'sys.stderr.write("env:%s\\n" % os.environ.get("PYRUN_TEST_VALUE"))',
        'sys.stderr.write("home-is-local:%s\\n" % (os.environ.get("HOME") == "/nonexistent-local-home"))',
      ].join('\n'),
    );
    const args = ['a b', "it's", '$HOME', '"q"', '*', '', 'ü'];
    const { record, out, err } = await runRemote(
      runSpec(script, args, {
        cwd: path.dirname(script),
        env: testEnv({ PYRUN_TEST_VALUE: 'x y;$z', HOME: '/nonexistent-local-home' }),
      }),
      { stdin: stdinOf(Buffer.from([0, 1, 2, 255, 10])) },
    );
    expect(record.exit_code).toBe(0);
    const expected = Buffer.concat([Buffer.from('in:'), Buffer.from([0, 1, 2, 255, 10]), Buffer.alloc(0)]);
    expect(out.bytes.subarray(0, expected.length)).toEqual(expected);
    const rest = out.bytes.subarray(expected.length);
    expect(rest.length).toBe(256 * 4096);
    expect(rest.equals(Buffer.from(Array.from({ length: 256 * 4096 }, (_, i) => i % 256)))).toBe(true);
    expect(err.text).toBe(`args:${pyRepr(args)}\nenv:x y;$z\nhome-is-local:False\n`);
  }, 20_000);

  it('ends the remote tree on timeout and leaves no process behind', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const { record } = await runRemote(runSpec(fixture('hang.py'), [pidFile], { timeout_s: 1, grace_s: 1 }));
    expect(record.status).toBe('timeout');
    const pids = readPids(pidFile);
    expect(pids).toHaveLength(2);
    expect(await waitFor(() => allGone(pids), 3000)).toBe(true);
    expect(record.duration_s).toBeGreaterThanOrEqual(1);
    expect(record.duration_s).toBeLessThan(5);
  }, 20_000);

  it('signal() reaches the remote process group over the connection', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const running = startSsh(spec(fixture('hang.py'), [pidFile]), target());
    await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    running.signal('SIGTERM');
    const exit = await running.done;
    expect(exit.signal).toBe('SIGTERM');
    expect(exit.exact).toBe(true);
    expect(await waitFor(() => allGone(readPids(pidFile)), 3000)).toBe(true);
  }, 20_000);

  it('killTree() ends a tree that ignores SIGTERM and left its process group', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const script = writeScript(
      [
        'import os, signal, subprocess, sys, time',
        'signal.signal(signal.SIGTERM, signal.SIG_IGN)',
        'child = subprocess.Popen([sys.executable, "-c", "import os, signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); os.setsid(); time.sleep(3600)"])',
        'open(sys.argv[1], "w").write("%d %d" % (os.getpid(), child.pid))',
        'time.sleep(3600)',
      ].join('\n'),
    );
    const running = startSsh(spec(script, [pidFile]), target());
    await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    running.signal('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(allGone(readPids(pidFile))).toBe(false); // TERM ignored
    running.killTree?.();
    const exit = await running.done;
    expect(exit.signal).toBe('SIGKILL');
    expect(await waitFor(() => allGone(readPids(pidFile)), 3000)).toBe(true);
  }, 20_000);

  it('reports a lost connection distinctly and the remote launcher ends the tree', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const running = startSsh(spec(fixture('hang.py'), [pidFile]), target({ grace_s: 0.5 }));
    const info = await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    const sessions = sshdSessions(sshd.pid);
    expect(sessions.length).toBeGreaterThan(0);
    for (const pid of sessions) process.kill(pid, 'SIGKILL');
    await expect(running.done).rejects.toBeInstanceOf(SshConnectionLost);
    await expect(running.done).rejects.toThrow(/ssh connection to .*127\.0\.0\.1 lost/);
    // The launcher saw EOF on its stdin: TERM to the script's group, then it and its reaper exit.
    const pids = [...readPids(pidFile), info.sampler_root_pid];
    expect(await waitFor(() => allGone(pids), 5000)).toBe(true);
  }, 20_000);

  it('refuses a host whose key is not in known_hosts (strict checking is the default)', async () => {
    const empty = path.join(tempDir(), 'known_hosts');
    writeFileSync(empty, '');
    const running = startSsh(spec(fixture('exit3.py'), []), target({ knownHosts: empty }));
    await expect(running.started).rejects.toThrow(
      /ssh to .*127\.0\.0\.1 failed: .*Host key verification failed/,
    );
    await expect(running.done).rejects.toThrow(/Host key verification failed/);
  }, 20_000);

  it('names a remote interpreter that does not exist', async () => {
    const running = startSsh({ ...spec(fixture('exit3.py'), []), python: 'python-pyrun-missing' }, target());
    await expect(running.started).rejects.toThrow(/remote interpreter python-pyrun-missing cannot run/);
  }, 20_000);

  it('names a remote interpreter that is not a program', async () => {
    const notAProgram = path.join(tempDir(), 'python3');
    writeFileSync(notAProgram, 'not executable', { mode: 0o644 });
    const running = startSsh({ ...spec(fixture('exit3.py'), []), python: notAProgram }, target());
    await expect(running.started).rejects.toThrow(
      /remote interpreter .*python3 cannot run on .*Permission denied/,
    );
  }, 20_000);
});

function spec(script: string, args: string[]): LaunchSpec {
  return { python: 'python3', script, args, cwd: path.dirname(script), env: testEnv() };
}

/** Python's repr of a list of str, for the few characters used above. */
function pyRepr(items: string[]): string {
  return `[${items.map((s) => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s}'`)).join(', ')}]`;
}
