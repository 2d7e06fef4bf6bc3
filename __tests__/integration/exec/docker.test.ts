/**
 * The Docker executor end to end through a stand-in `docker` (there is no engine here) that runs the container's
 * command on this host: the argv it is given, streaming, sampling in "the container", exit codes, timeouts and
 * `docker kill`. A last test uses the real Docker engine when `docker info` answers.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { startDocker, type DockerOptions } from '../../../src/engine/exec/docker.js';
import type { LaunchSpec } from '../../../src/engine/exec/types.js';
import { systemClock } from '../../../src/engine/ports.js';
import { runScript, type RunSpec } from '../../../src/engine/run.js';
import { LinuxProcSource } from '../../../src/engine/sample/linux.js';
import { fixture, FIXTURES, ROOT, tempDir } from '../../helpers/pyrun.js';
import {
  allGone,
  Collector,
  readPids,
  runSpec,
  testEnv,
  waitFor,
  waitForFile,
  writeScript,
} from './helpers.js';

const STANDIN = path.join(ROOT, '__tests__/helpers/docker-standin/docker');

function options(extra: Partial<DockerOptions> = {}): DockerOptions {
  return {
    image: 'python:3-slim',
    interval_s: 0.1,
    stdout: new Collector(),
    stderr: new Collector(),
    dockerPath: STANDIN,
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
  return { python: 'python3', script, args, cwd: FIXTURES, env };
}

describe('docker executor (through the stand-in docker)', () => {
  beforeAll(() => chmodSync(STANDIN, 0o755)); // an executable bit lost in a checkout must not fail the suite

  it('measures a process tree inside "the container": 4 processes, ≥ 240 MB, exact CPU', async () => {
    const { record } = await runInDocker(runSpec('tree.py', []));
    expect(record.status).toBe('passed');
    expect(record.max_processes).toBe(4);
    expect(record.peak_rss_mb).toBeGreaterThanOrEqual(240);
    expect(record.cpu_time_s).toBeGreaterThanOrEqual(3);
    expect(record.cpu_time_s).toBeLessThan(4.5);
    expect(record.samples).toBeGreaterThanOrEqual(5);
    expect(record.python_version).toMatch(/^3\.\d+\.\d+$/);
    expect(record.executor).toBe('docker');
  }, 20_000);

  it('passes the exit code through, streams stderr, and keeps values of variables off the command line', async () => {
    const log = path.join(tempDir(), 'argv.jsonl');
    const secret = 'hunter2-secret-value';
    const env = testEnv({ PYRUN_SECRET: secret, PYRUN_DOCKER_STANDIN_LOG: log });
    const { record, out, err } = await runInDocker(runSpec('exit3.py', [], { env }));
    expect(record.status).toBe('failed');
    expect(record.exit_code).toBe(3);
    expect(err.text).toBe('failing on purpose\n');
    expect(out.text).toBe('');
    const argv = JSON.parse(readFileSync(log, 'utf8').trim().split('\n')[0] as string) as string[];
    expect(argv.slice(0, 5)).toEqual([
      'run',
      '--rm',
      '-i',
      '--name',
      expect.stringMatching(/^pyrun-[0-9a-f]{12}$/),
    ]);
    expect(argv).toContain('PYRUN_SECRET');
    expect(argv).not.toContain('PATH');
    expect(JSON.stringify(argv)).not.toContain(secret);
    expect(argv[argv.indexOf('-v') + 1]).toBe(`${FIXTURES}:${FIXTURES}:ro`);
    expect(argv[argv.indexOf('-w') + 1]).toBe(FIXTURES);
  }, 20_000);

  it('sees a variable passed with -e inside the container, not the host PATH, and the arguments literally', async () => {
    const script = writeScript(
      'import json, os, sys\nprint(json.dumps([sys.argv[1:], os.environ.get("PYRUN_SEEN"), os.environ.get("PYRUN_NOT_SENT")]))\n',
    );
    const out = new Collector();
    const running = startDocker(
      {
        ...spec(script, ['a b', "it's", '$X', '']),
        cwd: path.dirname(script),
        env: testEnv({ PYRUN_NOT_SENT: '1' }),
      },
      options({ stdout: out, env: { PYRUN_SEEN: 'yes; $(no)' } }),
    );
    const exit = await running.done;
    expect(exit.exit_code).toBe(0);
    expect(JSON.parse(out.text)).toEqual([['a b', "it's", '$X', ''], 'yes; $(no)', null]);
  }, 20_000);

  it('ends the tree on timeout and leaves no process behind', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const { record } = await runInDocker(runSpec('hang.py', [pidFile], { timeout_s: 1, grace_s: 1 }));
    expect(record.status).toBe('timeout');
    expect(await waitFor(() => allGone(readPids(pidFile)), 3000)).toBe(true);
  }, 20_000);

  it('falls back to `docker kill` when the launcher does not answer', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const running = startDocker(spec(fixture('hang.py'), [pidFile]), options({ kill_fallback_s: 0.5 }));
    const info = await running.started;
    expect(await waitForFile(pidFile)).toBe(true);
    const launcher = parentOf(info.sampler_root_pid);
    process.kill(launcher, 'SIGSTOP'); // a wedged launcher cannot act on the kill request
    running.killTree?.();
    const exit = await running.done;
    expect(exit).toMatchObject({ exit_code: null, signal: 'SIGKILL', exact: false });
    expect(await waitFor(() => allGone([...readPids(pidFile), launcher, info.sampler_root_pid]), 3000)).toBe(
      true,
    );
  }, 20_000);

  it('reports an image that cannot be run, with docker’s own message', async () => {
    const running = startDocker(spec(fixture('exit3.py'), []), options({ image: 'missing/nothing:1' }));
    await expect(running.started).rejects.toThrow(
      /docker run missing\/nothing:1 failed \(exit 125\): .*Unable to find image/,
    );
  }, 20_000);
});

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

const engine = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 });
const engineAnswers = engine.status === 0;
const image = process.env.PYRUN_TEST_DOCKER_IMAGE ?? 'python:3-slim';
if (!engineAnswers) {
  process.stderr.write('real Docker test skipped: `docker info` failed (no Docker engine on this machine)\n');
}
(engineAnswers ? describe : describe.skip)('docker executor (real Docker engine)', () => {
  it(`runs and measures a script in ${image}`, async () => {
    const err = new Collector();
    const running = startDocker(
      spec(fixture('exit3.py'), []),
      options({ image, dockerPath: 'docker', stderr: err }),
    );
    const exit = await running.done;
    expect(exit.exit_code).toBe(3);
    expect(exit.exact).toBe(true);
    expect(err.text).toBe('failing on purpose\n');
  }, 120_000);
});
