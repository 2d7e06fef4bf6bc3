/**
 * The Docker executor: `docker run --rm -i` with the remote launcher (./remote-launcher.ts) as the container's
 * command, so the script is measured inside the container's own /proc, and its output, samples and exit report
 * come back as frames on the container's stdout (./mux.ts).
 *
 * The working directory (and the script's directory, when it lies outside it) is bind-mounted read-only at the
 * same path, so paths in arguments, tracebacks and `open()` calls mean the same inside and out. Variables travel
 * as `-e KEY` with their values in the docker client's environment, never on its command line; arguments travel
 * in the first frame on stdin. The container has a name of ours (`pyrun-<random>`), so `docker kill` can end it
 * when the launcher cannot be asked.
 *
 * The container has no network unless one is asked for, and the limits asked for (`--memory`, with no swap beyond it,
 * and `--cpus`). The launcher is its PID 1: it handles SIGTERM itself (the kernel would drop a signal PID 1 has no
 * handler for), and it ends the tree and exits when its stdin closes, which happens when pyrun or the docker client
 * dies, however it is killed; `--rm` then removes the container. It reports whether the kernel's OOM killer struck
 * in the container's memory cgroup while the script ran, so a script killed by the memory limit is told from one
 * killed by anything else.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ScriptStartError } from './errors.js';
import { remoteLauncherProgram } from './remote-launcher.js';
import { driveRemoteLauncher, lastLines, type TransportEnd } from './remote-session.js';
import { remoteEnvironment, type StartRequest } from './remote-types.js';
import type { LaunchSpec, RunningScript } from './types.js';
import { monotonicMs } from '../../timers.js';
import { randomHex } from '../../run-id.js';

export interface DockerOptions {
  image: string;
  /** `--memory` (a size as docker takes it, e.g. 512m); null or absent for none. */
  memory?: string | null;
  /** `--cpus`; null or absent for none. */
  cpus?: number | null;
  /** `--network` (default none). */
  network?: string;
  interval_s: number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream | null;
  /** The `docker` program (default `docker` on PATH). */
  dockerPath?: string;
  /** The container's name (default `pyrun-` + 12 random hex digits). */
  name?: string;
  /** The script's variables inside the container; default: `remoteEnvironment(spec.env)`. */
  env?: Record<string, string>;
  grace_s?: number;
  kill_fallback_s?: number;
}

export interface DockerMount {
  host: string;
  container: string;
  readonly: boolean;
}

export interface DockerRunPlan {
  name: string;
  image: string;
  /** The interpreter inside the image. */
  python: string;
  mounts: DockerMount[];
  workdir: string;
  /** Passed as `-e KEY`: docker takes each value from its own environment. */
  envKeys: string[];
  /** `--network`: none unless the user asked for one. */
  network: string;
  /** `--memory` and `--memory-swap` (the same: no swap beyond the limit), or null. */
  memory: string | null;
  /** `--cpus`, or null. */
  cpus: number | null;
}

/** Host directories that must never be mounted over the image's own. */
const SYSTEM_DIRS = new Set([
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib64',
  '/proc',
  '/sbin',
  '/sys',
  '/usr',
  '/var',
]);

export function randomContainerName(): string {
  return `pyrun-${randomHex(6)}`;
}

/** The exact argv of `docker run` for a plan (without the program name). */
export function dockerArgs(plan: DockerRunPlan): string[] {
  if (!plan.image || plan.image.startsWith('-') || /\s/.test(plan.image)) {
    throw new Error(`bad docker image: ${JSON.stringify(plan.image)}`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(plan.name)) throw new Error(`bad container name: ${plan.name}`);
  const args = ['run', '--rm', '-i', '--name', plan.name];
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(plan.network))
    throw new Error(`bad docker network: ${plan.network}`);
  args.push('--network', plan.network);
  if (plan.memory !== null) {
    if (!/^[1-9][0-9]*[bkmg]?$/i.test(plan.memory))
      throw new Error(`bad docker memory limit: ${plan.memory}`);
    args.push('--memory', plan.memory, '--memory-swap', plan.memory);
  }
  if (plan.cpus !== null) {
    if (!(plan.cpus > 0)) throw new Error(`bad docker CPU limit: ${plan.cpus}`);
    args.push('--cpus', String(plan.cpus));
  }
  for (const m of plan.mounts) {
    for (const p of [m.host, m.container]) {
      if (!path.isAbsolute(p) || p.includes(':') || p.includes(',')) {
        throw new Error(`cannot mount ${p} into a container: it must be absolute and free of ':' and ','`);
      }
      if (SYSTEM_DIRS.has(path.resolve(p)))
        throw new Error(`refusing to mount ${p} over the image's own ${p}`);
    }
    args.push('-v', `${m.host}:${m.container}${m.readonly ? ':ro' : ''}`);
  }
  args.push('-w', plan.workdir);
  for (const key of plan.envKeys) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`bad variable name: ${key}`);
    args.push('-e', key);
  }
  args.push(plan.image, plan.python, '-S', '-E', '-c', remoteLauncherProgram());
  return args;
}

/** Plans the container for one launch: mounts, working directory, variables, and the start request. */
export function planDockerRun(
  spec: LaunchSpec,
  opts: Pick<
    DockerOptions,
    'image' | 'name' | 'env' | 'interval_s' | 'grace_s' | 'memory' | 'cpus' | 'network'
  >,
): { plan: DockerRunPlan; request: StartRequest; clientEnv: Record<string, string> } {
  const cwd = path.resolve(spec.cwd);
  const script = path.resolve(cwd, spec.script);
  const mounts: DockerMount[] = [{ host: cwd, container: cwd, readonly: true }];
  const scriptDir = path.dirname(script);
  if (path.relative(cwd, scriptDir).startsWith('..') || path.isAbsolute(path.relative(cwd, scriptDir))) {
    mounts.push({ host: scriptDir, container: scriptDir, readonly: true });
  }
  const env = opts.env ?? remoteEnvironment(spec.env);
  const plan: DockerRunPlan = {
    name: opts.name ?? randomContainerName(),
    image: opts.image,
    python: spec.python || 'python3',
    mounts,
    workdir: cwd,
    envKeys: Object.keys(env).sort(),
    network: opts.network ?? 'none',
    memory: opts.memory ?? null,
    cpus: opts.cpus ?? null,
  };
  const request: StartRequest = {
    op: 'start',
    interval_s: opts.interval_s,
    grace_s: opts.grace_s ?? 2,
    args: spec.args,
    env: null, // already the container's, through -e
    script_path: script,
    cwd,
    oom_cgroup: true, // the container's own memory cgroup: its OOM kills are the script's
    calibrate: true, // the machine's speed as the container sees it (`calibration_ms`)
  };
  return { plan, request, clientEnv: { ...spec.env, ...env } };
}

export function startDocker(spec: LaunchSpec, opts: DockerOptions): RunningScript {
  const { plan, request, clientEnv } = planDockerRun(spec, opts);
  const docker = opts.dockerPath ?? 'docker';
  const child = spawn(docker, dockerArgs(plan), {
    env: clientEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const spawnedAt_ms = monotonicMs();
  const killContainer = () => {
    const killer = spawn(docker, ['kill', plan.name], { env: clientEnv, stdio: 'ignore', windowsHide: true });
    killer.on('error', () => undefined);
  };
  return driveRemoteLauncher(child, {
    request,
    python: plan.python,
    stdout: opts.stdout,
    stderr: opts.stderr,
    stdin: opts.stdin,
    spawnedAt_ms,
    kill_fallback_s: opts.kill_fallback_s,
    forceKill: killContainer,
    onLost: (end: TransportEnd) => describeDockerEnd(plan, end),
  });
}

/** A container that ended without the launcher's report: an error before the start, else killed from outside. */
export function describeDockerEnd(plan: DockerRunPlan, end: TransportEnd): Error | null {
  if (end.started) return null;
  const detail = lastLines(end.stderr);
  if (end.code === 126 || end.code === 127) {
    return new ScriptStartError(
      plan.python,
      `the interpreter ${plan.python} cannot run in image ${plan.image}: ${detail || `exit ${end.code}`}`,
    );
  }
  return new ScriptStartError(
    plan.python,
    `docker run ${plan.image} failed (${end.signal ?? `exit ${end.code}`})${detail ? `: ${detail}` : ''}`,
  );
}
