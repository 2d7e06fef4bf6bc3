/**
 * Where the script runs, from the configuration: this machine (the launcher, sampled through /proc here), an SSH
 * host or a Docker container (a remote launcher that samples there and streams samples back). The interpreter
 * follows: resolved on PATH here, named as-is for a remote host. A local script gets this machine's environment; a
 * remote one only the `--env` pairs (this machine's variables and tokens do not travel), while the ssh and docker
 * clients themselves keep this machine's environment (PATH, HOME, the SSH agent, DOCKER_HOST).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../config/parse.js';
import type { RunSpec } from '../run.js';
import { startDocker } from './docker.js';
import { scriptEnvironment } from './env.js';
import { startDirect } from './direct.js';
import { LAUNCHER_SUPPORTED, startLocal } from './local.js';
import { checkScript, resolvePython } from './python.js';
import { startSsh } from './ssh.js';
import type { LaunchSpec, RunningScript } from './types.js';

export interface ExecutorChoice {
  python: string;
  env: Record<string, string>;
  start(spec: LaunchSpec): RunningScript;
}

export interface ExecutorIo {
  /** The caller's environment (the local script's base environment). */
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream | null;
  /** A key file the adapter wrote (the action receives the key itself); overrides config.ssh.key. */
  ssh_key_file?: string | null;
  ssh_known_hosts_file?: string | null;
}

export function chooseExecutor(config: Config, io: ExecutorIo): ExecutorChoice {
  checkScript(config.script, io.cwd); // every executor ships or mounts the local script
  const env = scriptEnvironment(io.env, config.env);
  if (config.executor === 'ssh') {
    return {
      python: config.python ?? 'python3',
      env,
      start: (spec) =>
        startSsh(spec, {
          host: config.ssh.host as string,
          user: config.ssh.user,
          port: config.ssh.port,
          key: io.ssh_key_file ?? config.ssh.key,
          knownHosts: io.ssh_known_hosts_file ?? config.ssh.known_hosts,
          strictHostKeyChecking: !config.ssh.accept_unknown_host,
          interval_s: config.interval_s,
          grace_s: config.grace_s,
          stdout: io.stdout,
          stderr: io.stderr,
          stdin: io.stdin ?? null,
          env: config.env,
        }),
    };
  }
  if (config.executor === 'docker') {
    return {
      python: config.python ?? 'python3',
      env,
      start: (spec) =>
        startDocker(spec, {
          image: config.docker_image as string,
          interval_s: config.interval_s,
          grace_s: config.grace_s,
          stdout: io.stdout,
          stderr: io.stderr,
          stdin: io.stdin ?? null,
          env: config.env,
        }),
    };
  }
  return {
    python: resolvePython(config.python, env.PATH, io.cwd),
    env,
    start: LAUNCHER_SUPPORTED ? startLocal : startDirect,
  };
}

/** The run's specification from the configuration and the executor chosen for it; the adapters add the facts. */
export function runSpecFor(
  config: Config,
  executor: ExecutorChoice,
  facts: {
    cwd: string;
    git_ref: string | null;
    git_sha: string | null;
    is_pull_request: boolean;
    pyrun_version: string;
  },
): RunSpec {
  return {
    name: config.name,
    launch: {
      python: executor.python,
      script: config.script,
      args: config.args,
      cwd: facts.cwd,
      env: executor.env,
    },
    interval_s: config.interval_s,
    timeout_s: config.timeout_s,
    grace_s: config.grace_s,
    retries: config.retries,
    retry_delay_s: config.retry_delay_s,
    retry_backoff: config.retry_backoff,
    repeat: config.repeat,
    warmup: config.warmup,
    executor: config.executor,
    host:
      config.executor === 'ssh' ? config.ssh.host : config.executor === 'docker' ? config.docker_image : null,
    git_ref: facts.git_ref,
    git_sha: facts.git_sha,
    is_pull_request: facts.is_pull_request,
    pyrun_version: facts.pyrun_version,
    run_id: randomUUID(),
  };
}
