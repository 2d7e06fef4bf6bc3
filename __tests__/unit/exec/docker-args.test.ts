/** `docker run`'s exact argv and the plan behind it, as pure values. */
import { describe, expect, it } from '@jest/globals';
import {
  describeDockerEnd,
  dockerArgs,
  planDockerRun,
  randomContainerName,
  type DockerRunPlan,
} from '../../../src/engine/execute/exec/docker.js';
import { remoteLauncherProgram } from '../../../src/engine/execute/exec/remote-launcher.js';
import type { LaunchSpec } from '../../../src/engine/execute/exec/types.js';

const plan: DockerRunPlan = {
  name: 'pyrun-0123456789ab',
  image: 'python:3.12-slim',
  python: 'python3',
  mounts: [{ host: '/work/proj', container: '/work/proj', readonly: true }],
  workdir: '/work/proj',
  envKeys: ['API_TOKEN', 'MODE'],
  network: 'none',
  memory: null,
  cpus: null,
};

const launch: LaunchSpec = {
  python: 'python3',
  script: 'bench/run.py',
  args: ['--n', '3', 'it has spaces'],
  cwd: '/work/proj',
  env: { PATH: '/usr/bin', HOME: '/root', API_TOKEN: 's3cret', MODE: 'fast', SSH_AUTH_SOCK: '/tmp/agent' },
};

describe('dockerArgs', () => {
  it('builds run --rm -i with a name, no network, read-only mounts, the workdir, -e KEY only, and the launcher', () => {
    expect(dockerArgs(plan)).toEqual([
      'run',
      '--rm',
      '-i',
      '--name',
      'pyrun-0123456789ab',
      '--network',
      'none',
      '-v',
      '/work/proj:/work/proj:ro',
      '-w',
      '/work/proj',
      '-e',
      'API_TOKEN',
      '-e',
      'MODE',
      'python:3.12-slim',
      'python3',
      '-S',
      '-E',
      '-c',
      remoteLauncherProgram(),
    ]);
  });

  it('passes the memory limit with no swap beyond it, the CPU limit and a network asked for', () => {
    const args = dockerArgs({ ...plan, memory: '512m', cpus: 1.5, network: 'bridge' });
    expect(args.slice(5, 13)).toEqual([
      '--network',
      'bridge',
      '--memory',
      '512m',
      '--memory-swap',
      '512m',
      '--cpus',
      '1.5',
    ]);
    expect(args.indexOf('--cpus')).toBeLessThan(args.indexOf(plan.image));
  });

  it('refuses what docker would misread or what would hide the image', () => {
    expect(() => dockerArgs({ ...plan, image: '--privileged' })).toThrow(/bad docker image/);
    expect(() => dockerArgs({ ...plan, image: '' })).toThrow(/bad docker image/);
    expect(() => dockerArgs({ ...plan, name: 'a b' })).toThrow(/bad container name/);
    expect(() => dockerArgs({ ...plan, envKeys: ['A=B'] })).toThrow(/bad variable name/);
    expect(() => dockerArgs({ ...plan, network: '--privileged' })).toThrow(/bad docker network/);
    expect(() => dockerArgs({ ...plan, memory: '-1' })).toThrow(/bad docker memory limit/);
    expect(() => dockerArgs({ ...plan, cpus: 0 })).toThrow(/bad docker CPU limit/);
    const mount = (host: string) => ({ ...plan, mounts: [{ host, container: host, readonly: true }] });
    expect(() => dockerArgs(mount('/a:b'))).toThrow(/free of ':'/);
    expect(() => dockerArgs(mount('relative/dir'))).toThrow(/must be absolute/);
    expect(() => dockerArgs(mount('/'))).toThrow(/refusing to mount \/ over/);
    expect(() => dockerArgs(mount('/usr'))).toThrow(/refusing to mount \/usr/);
  });
});

describe('planDockerRun', () => {
  it('mounts the working directory at its own path and sends only the script’s own variables', () => {
    const {
      plan: p,
      request,
      clientEnv,
    } = planDockerRun(launch, { image: 'img', name: 'pyrun-x', interval_s: 0.5 });
    expect(p).toEqual({
      name: 'pyrun-x',
      image: 'img',
      python: 'python3',
      mounts: [{ host: '/work/proj', container: '/work/proj', readonly: true }],
      workdir: '/work/proj',
      envKeys: ['API_TOKEN', 'MODE'],
      network: 'none',
      memory: null,
      cpus: null,
    });
    expect(request).toEqual({
      op: 'start',
      interval_s: 0.5,
      grace_s: 2,
      args: ['--n', '3', 'it has spaces'],
      env: null,
      script_path: '/work/proj/bench/run.py',
      cwd: '/work/proj',
      oom_cgroup: true,
      calibrate: true,
    });
    // The values reach docker through its environment; docker reads -e KEY from there.
    expect(clientEnv.API_TOKEN).toBe('s3cret');
    expect(clientEnv.PATH).toBe('/usr/bin');
    expect(dockerArgs(p).join(' ')).not.toContain('s3cret');
  });

  it('also mounts the script’s directory when it lies outside the working directory', () => {
    const { plan: p, request } = planDockerRun(
      { ...launch, script: '/opt/scripts/job.py' },
      { image: 'img', name: 'pyrun-x', interval_s: 1 },
    );
    expect(p.mounts).toEqual([
      { host: '/work/proj', container: '/work/proj', readonly: true },
      { host: '/opt/scripts', container: '/opt/scripts', readonly: true },
    ]);
    expect(request.script_path).toBe('/opt/scripts/job.py');
  });

  it('takes an explicit set of variables instead of the filtered environment', () => {
    const { plan: p, clientEnv } = planDockerRun(launch, {
      image: 'img',
      name: 'pyrun-x',
      interval_s: 1,
      env: { ONLY: '1' },
    });
    expect(p.envKeys).toEqual(['ONLY']);
    expect(clientEnv.ONLY).toBe('1');
  });

  it('names containers pyrun-<12 hex digits>, a new one each time', () => {
    const a = randomContainerName();
    expect(a).toMatch(/^pyrun-[0-9a-f]{12}$/);
    expect(randomContainerName()).not.toBe(a);
    expect(planDockerRun(launch, { image: 'i', interval_s: 1 }).plan.name).toMatch(/^pyrun-[0-9a-f]{12}$/);
  });
});

describe('describeDockerEnd', () => {
  it('explains a container that never started, and treats one killed after the start as killed', () => {
    const end = { code: 125, signal: null, started: false, stderr: "Unable to find image 'x:1' locally\n" };
    expect(describeDockerEnd(plan, end)?.message).toBe(
      "docker run python:3.12-slim failed (exit 125): Unable to find image 'x:1' locally",
    );
    expect(
      describeDockerEnd(plan, { ...end, code: 127, stderr: 'exec: "python3": not found' })?.message,
    ).toBe('the interpreter python3 cannot run in image python:3.12-slim: exec: "python3": not found');
    expect(describeDockerEnd(plan, { ...end, code: 137, started: true })).toBeNull();
  });
});
