/**
 * Where the script runs, from the configuration: this machine (the launcher, sampled through /proc here), an SSH
 * host or a Docker container (a remote launcher that samples there and streams samples back). The interpreter
 * follows: resolved on PATH here, named as-is for a remote host. A local script gets this machine's environment; a
 * remote one only the `--env` pairs (this machine's variables and tokens do not travel), while the ssh and docker
 * clients themselves keep this machine's environment (PATH, HOME, the SSH agent, DOCKER_HOST).
 */
import type { RunConfig } from '../../config.js';
import { startDocker } from './docker.js';
import { scriptEnvironment } from './env.js';
import { startDirect } from './direct.js';
import { LAUNCHER_SUPPORTED, startLocal } from './local.js';
import { PyrunError } from '../../errors.js';
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

export function chooseExecutor(config: RunConfig, io: ExecutorIo): ExecutorChoice {
  if (config.module !== null && config.executor !== 'local') {
    // The remote executors ship one script file; a module needs its package on the remote side.
    throw new PyrunError(
      `--module runs with the local executor only (not ${config.executor}): run a script there`,
    );
  }
  if (config.module === null) checkScript(config.script, io.cwd); // every executor ships or mounts the local script
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
          memory: config.docker_memory,
          cpus: config.docker_cpus,
          network: config.docker_network,
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
