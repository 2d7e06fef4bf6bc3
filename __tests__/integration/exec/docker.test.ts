/**
 * The Docker executor against the real Docker engine (scripts/docker-engine.sh starts it and builds the image, a
 * local one made with no registry): measurement of a tree inside the container, exit codes and signals, variables
 * by name only, the working directory read-only, no network unless asked, the limits, timeouts and the `docker kill`
 * fallback, each ending with no container of the run left, running or stopped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from '@jest/globals';
import {
  randomContainerName,
  startDocker,
  type DockerOptions,
} from '../../../src/engine/execute/exec/docker.js';
import type { LaunchSpec } from '../../../src/engine/execute/exec/types.js';
import { systemClock } from '../../../src/engine/ports.js';
import { runScript, type RunSpec } from '../../../src/engine/execute/run-script.js';
import { LinuxProcSource } from '../../../src/engine/execute/sample/linux.js';
import { fixture, FIXTURES } from '../../helpers/pyrun.js';
import {
  containerInitPid,
  containerPids,
  containersNamed,
  DOCKER_IMAGE,
  dockerUnavailable,
  processesWith,
} from '../../helpers/docker.js';
import { describeWith } from '../../helpers/needs.js';
import { allGone, Collector, runSpec, testEnv, waitFor, writeScript } from './helpers.js';

function options(extra: Partial<DockerOptions> = {}): DockerOptions {
  return {
    image: DOCKER_IMAGE,
    interval_s: 0.1,
    stdout: new Collector(),
    stderr: new Collector(),
    ...extra,
  };
}

async function runInDocker(spec: RunSpec, extra: Partial<DockerOptions> = {}) {
  const out = new Collector();
  const err = new Collector();
  const record = await runScript(
    { ...spec, executor: 'docker' },
    {
      clock: systemClock,
      proc: new LinuxProcSource(),
      start: (launch: LaunchSpec) =>
        startDocker(launch, options({ interval_s: spec.interval_s, stdout: out, stderr: err, ...extra })),
    },
  );
  return { record, out, err };
}

function spec(script: string, args: string[], env = testEnv()): LaunchSpec {
  return { python: 'python3', script, args, cwd: path.dirname(script), env };
}

/** Runs `source` as a script in the container and returns what it printed on stdout. */
async function output(source: string, extra: Partial<DockerOptions> = {}, env = testEnv()): Promise<string> {
  const out = new Collector();
  const running = startDocker(spec(writeScript(source), [], env), options({ stdout: out, ...extra }));
  const exit = await running.done;
  expect(exit.exit_code).toBe(0);
  return out.text;
}

const noContainer = (name: string) => waitFor(() => containersNamed(name).length === 0, 20_000);

describeWith(dockerUnavailable())(`docker executor (real Docker engine, image ${DOCKER_IMAGE})`, () => {
  it('measures a process tree inside the container: 4 processes, ≥ 240 MB, exact CPU', async () => {
    const { record } = await runInDocker(runSpec('tree.py', []));
    expect(record.status).toBe('passed');
    expect(record.max_processes).toBe(4);
    expect(record.peak_rss_mb).toBeGreaterThanOrEqual(240);
    expect(record.cpu_time_s).toBeGreaterThanOrEqual(3);
    expect(record.cpu_time_s).toBeLessThan(4.5);
    expect(record.samples).toBeGreaterThanOrEqual(5);
    expect(record.python_version).toMatch(/^3\.\d+\.\d+$/);
    expect(record.executor).toBe('docker');
    expect(record.os).toBe('linux');
    // The machine's readings as the container sees it (its /proc/stat is the host's), as a local run takes them.
    expect(record.neighbour_cores).toBeGreaterThanOrEqual(0);
    expect(record.calibration_ms).toBeGreaterThan(0);
    expect(record.calibration_ms).toBeLessThan(100);
  }, 60_000);

  it('passes the exit code through and keeps stdout and stderr apart', async () => {
    const { record, out, err } = await runInDocker(runSpec('exit3.py', []));
    expect(record.status).toBe('failed');
    expect(record.exit_code).toBe(3);
    expect(record.signal).toBeNull();
    expect(err.text).toBe('failing on purpose\n');
    expect(out.text).toBe('');
  }, 60_000);

  it('reports a script killed by a signal as killed by it, not as an exit code', async () => {
    const script = writeScript('import os, signal\nos.kill(os.getpid(), signal.SIGUSR1)\n');
    const { record } = await runInDocker(runSpec(script, [], { cwd: path.dirname(script) }));
    expect(record.status).toBe('failed');
    expect(record).toMatchObject({ exit_code: null, signal: 'SIGUSR1' });
    expect(record.oom_killed).toBeUndefined();
  }, 60_000);

  it('passes variables by name only: the values reach the script, never the docker command line', async () => {
    const secret = 'hunter2-secret-value';
    const name = randomContainerName();
    const source =
      'import json, os, sys\n' +
      'print(json.dumps([os.environ.get("PYRUN_SECRET"), os.environ.get("PYRUN_NOT_SENT"), os.environ.get("PATH")]))\n' +
      'sys.stdout.flush()\n__import__("time").sleep(3600)\n'; // until the test has looked at the client
    const out = new Collector();
    const running = startDocker(
      { ...spec(writeScript(source), []), env: testEnv({ PYRUN_NOT_SENT: '1' }) },
      options({ name, stdout: out, env: { PYRUN_SECRET: secret } }),
    );
    await running.started;
    expect(await waitFor(() => out.text.includes('\n'), 20_000)).toBe(true);
    const clients = processesWith(name);
    expect(clients.length).toBe(1);
    for (const { argv } of clients) {
      expect(argv).toContain('PYRUN_SECRET');
      expect(argv.join(' ')).not.toContain(secret);
    }
    running.signal('SIGTERM');
    await running.done;
    const [seen, notSent, containerPath] = JSON.parse(out.text) as [string, string | null, string];
    expect(seen).toBe(secret);
    expect(notSent).toBeNull();
    expect(containerPath).not.toBe(process.env.PATH); // the image's own PATH, not this machine's
    expect(await noContainer(name)).toBe(true);
  }, 60_000);

  it('mounts the working directory read-only at its own path', async () => {
    const text = await output(
      'import errno, json, os\n' +
        'try:\n    open("made-in-container.txt", "w")\n    result = "written"\n' +
        'except OSError as e:\n    result = errno.errorcode[e.errno]\n' +
        'print(json.dumps([os.getcwd(), result, sorted(os.listdir("."))]))\n',
    );
    const [cwd, result, listing] = JSON.parse(text) as [string, string, string[]];
    expect(result).toBe('EROFS');
    expect(listing).toEqual(['script.py']);
    expect(path.isAbsolute(cwd)).toBe(true);
    expect(listing).not.toContain('made-in-container.txt');
  }, 60_000);

  it('has no network but loopback unless one is asked for', async () => {
    const source =
      'print(" ".join(sorted(l.split(":")[0].strip() for l in open("/proc/net/dev").readlines()[2:])))\n';
    expect((await output(source)).trim()).toBe('lo');
    const host = readFileSync('/proc/net/dev', 'utf8')
      .split('\n')
      .slice(2)
      .filter((l) => l.includes(':'));
    const withHost = (await output(source, { network: 'host' })).trim().split(' ');
    expect(withHost.length).toBe(host.length);
  }, 60_000);

  it('holds the tree to --cpus: CPU time at most the limit times the wall time', async () => {
    // Two processes that would each keep a core busy for 3 s of wall time.
    const script = writeScript(
      'import subprocess, sys, time\n' +
        'def burn():\n    end = time.monotonic() + 3\n    while time.monotonic() < end:\n        pass\n' +
        'if sys.argv[1:] == ["child"]:\n    burn()\n    sys.exit(0)\n' +
        'child = subprocess.Popen([sys.executable, __file__, "child"])\nburn()\nsys.exit(child.wait())\n',
    );
    const { record } = await runInDocker(
      runSpec(script, [], { cwd: path.dirname(script), interval_s: 0.5 }),
      {
        cpus: 0.5,
      },
    );
    expect(record.status).toBe('passed');
    expect(record.max_processes).toBe(2);
    expect(record.duration_s).toBeGreaterThanOrEqual(3);
    // The kernel's quota (50 ms of CPU per 100 ms period) bounds it whatever else the machine does.
    expect(record.cpu_time_s).toBeLessThanOrEqual(0.5 * record.duration_s + 0.25);
    expect(record.cpu_time_s).toBeGreaterThan(0);
  }, 60_000);

  it('reports a script killed by --memory as killed by the container’s memory limit (SIGKILL, OOM)', async () => {
    const script = writeScript('block = b"\\x01" * (300 << 20)\nprint(len(block))\n');
    const { record, out } = await runInDocker(runSpec(script, [], { cwd: path.dirname(script) }), {
      memory: '96m',
    });
    expect(record.status).toBe('failed');
    expect(record).toMatchObject({ exit_code: null, signal: 'SIGKILL', oom_killed: true });
    expect(record.peak_rss_mb).toBeLessThanOrEqual(96);
    expect(out.text).toBe('');
  }, 60_000);

  it('ends the container and its whole tree on timeout, leaving no container', async () => {
    const name = randomContainerName();
    const script = writeScript(
      'import subprocess, sys, time\n' +
        'subprocess.Popen([sys.executable, "-c", "import time; time.sleep(3600)"])\n' +
        'print("ready", flush=True)\ntime.sleep(3600)\n',
    );
    let pids: number[] = [];
    const out = new Collector();
    const pending = runInDocker(
      runSpec(script, [], { cwd: path.dirname(script), timeout_s: 3, grace_s: 1 }),
      {
        name,
        stdout: out,
      },
    );
    expect(
      await waitFor(() => out.text.includes('ready') && (pids = containerPids(name)).length >= 3, 30_000),
    ).toBe(true);
    const { record } = await pending;
    expect(record.status).toBe('timeout');
    expect(await waitFor(() => allGone(pids), 10_000)).toBe(true);
    expect(await noContainer(name)).toBe(true);
  }, 60_000);

  it('falls back to `docker kill` when the launcher does not answer', async () => {
    const name = randomContainerName();
    const running = startDocker(
      spec(writeScript('import time\ntime.sleep(3600)\n'), []),
      options({ name, kill_fallback_s: 0.5 }),
    );
    await running.started;
    const init = containerInitPid(name);
    expect(init).not.toBeNull();
    const pids = containerPids(name);
    process.kill(init as number, 'SIGSTOP'); // a wedged launcher cannot act on the kill request
    running.killTree?.();
    const exit = await running.done;
    expect(exit).toMatchObject({ exit_code: null, signal: 'SIGKILL', exact: false });
    expect(await waitFor(() => allGone(pids), 10_000)).toBe(true);
    expect(await noContainer(name)).toBe(true);
  }, 60_000);

  it('reports an image that cannot be run, with docker’s own message', async () => {
    const running = startDocker(spec(fixture('exit3.py'), []), options({ image: 'missing/nothing:1' }));
    await expect(running.started).rejects.toThrow(
      /docker run missing\/nothing:1 failed \(exit 125\): .*Unable to find image/,
    );
  }, 60_000);

  it('runs a script from the fixtures directory in place', async () => {
    const out = new Collector();
    const running = startDocker(
      {
        python: 'python3',
        script: fixture('args.py'),
        args: ['a b', "it's", '$X', ''],
        cwd: FIXTURES,
        env: {},
      },
      options({ stdout: out }),
    );
    expect((await running.done).exit_code).toBe(0);
    expect(JSON.parse(out.text)).toEqual(['a b', "it's", '$X', '']);
  }, 60_000);
});
