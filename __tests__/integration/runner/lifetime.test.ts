/**
 * Nothing of the script outlives pyrun: the built CLI run as a user runs it, then killed (SIGKILL, no chance to
 * clean up), or its launcher killed by the script itself, with real process trees. Deadlines, not timings.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CLI, tempDir } from '../../helpers/pyrun.js';
import { allGone, readPids, waitFor, waitForFile, writeScript } from '../exec/helpers.js';

/** Starts a child, a `setsid` daemon outside the script's process group, writes the three pids, and hangs. */
const HANGING_TREE = `
import os, subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])
daemon = subprocess.Popen([sys.executable, "-c", "import os, time; os.setsid(); time.sleep(3600)"])
time.sleep(0.3)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write("%d %d %d" % (os.getpid(), child.pid, daemon.pid))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
time.sleep(3600)
`;

/** Runs `pyrun run … SCRIPT ARGS` with stdout and stderr in files; returns the process and the files. */
function startPyrun(script: string, args: string[], flags: string[] = []) {
  const dir = tempDir();
  const stdout = path.join(dir, 'stdout');
  const stderr = path.join(dir, 'stderr');
  const out = openSync(stdout, 'w');
  const err = openSync(stderr, 'w');
  const child = spawn(
    process.execPath,
    [CLI, 'run', '--no-history', '--interval', '0.1', ...flags, script, ...args],
    { stdio: ['ignore', out, err], env: { ...process.env, CI: 'true' } },
  );
  closeSync(out);
  closeSync(err);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stdout, stderr };
}

describe('the script’s tree dies with pyrun', () => {
  it('ends the whole tree, setsid daemon included, when pyrun is SIGKILLed mid-run, without a traceback', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const script = writeScript(HANGING_TREE);
    const { child, exited, stderr } = startPyrun(script, [pidFile]);
    expect(await waitForFile(pidFile, 20_000)).toBe(true);
    const tree = readPids(pidFile);
    expect(tree).toHaveLength(3);
    expect(allGone(tree)).toBe(false);
    child.kill('SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The launcher's parent-death signal: TERM, a short grace, KILL to every descendant.
    expect(await waitFor(() => allGone(tree), 15_000)).toBe(true);
    expect(readFileSync(stderr, 'utf8')).not.toMatch(/Traceback|BrokenPipe/);
  }, 60_000);

  it('ends a setsid daemon the script left when the script killed its own launcher', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const script = writeScript(`
import os, signal, subprocess, sys, time
daemon = subprocess.Popen([sys.executable, "-c", "import os, time; os.setsid(); time.sleep(3600)"])
time.sleep(0.3)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write("%d %d" % (os.getpid(), daemon.pid))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
time.sleep(1.0)  # ticks at 0.1 s: pyrun has sampled the daemon by now
os.kill(os.getppid(), signal.SIGKILL)  # the launcher
time.sleep(3600)
`);
    const { exited, stderr } = startPyrun(script, [pidFile]);
    expect(await waitForFile(pidFile, 20_000)).toBe(true);
    const tree = readPids(pidFile);
    const end = await exited;
    expect(end.code).not.toBe(0);
    expect(await waitFor(() => allGone(tree), 15_000)).toBe(true);
    expect(readFileSync(stderr, 'utf8')).not.toMatch(/Traceback/);
  }, 60_000);
});

describe('an interpreter that dies before the script starts', () => {
  it('is one line naming it, and exit 125, for --python /bin/false and a shim that exits 127', async () => {
    const script = writeScript('print("never")\n');
    const shim = writeScript('#!/bin/sh\nexit 127\n', 'python-shim');
    chmodSync(shim, 0o755);
    for (const [python, how] of [
      ['/bin/false', 'exited 1'],
      [shim, 'exited 127'],
    ] as const) {
      const { exited, stderr, stdout } = startPyrun(script, [], ['--python', python]);
      expect(await exited).toEqual({ code: 125, signal: null });
      const lines = readFileSync(stderr, 'utf8').trim().split('\n');
      expect(lines).toEqual([`pyrun: error: python '${python}' ${how} before the script started`]);
      expect(readFileSync(stdout, 'utf8')).toBe('');
    }
  }, 60_000);
});
