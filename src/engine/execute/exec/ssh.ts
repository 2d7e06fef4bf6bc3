/**
 * The SSH executor: runs the script on another host with the system `ssh` client (so ~/.ssh/config, the agent and
 * known_hosts apply), measured there by the remote launcher (./remote-launcher.ts).
 *
 * One connection per run. The remote command is `exec PYTHON -S -E -c LAUNCHER`, quoted for the remote POSIX
 * shell; nothing else is on the command line. The script's bytes, arguments and environment travel in the first
 * frame on stdin, so no secret shows in a process list; the launcher writes the script into a private
 * `mkdtemp` directory (mode 700), runs it there and removes the directory when the tree has ended.
 *
 * `signal()` and `killTree()` are control frames on the same connection. Closing the connection ends the tree
 * too: the launcher reads EOF on its stdin (ssh sends no SIGHUP without a tty) and terminates the script's
 * process group (TERM, grace, KILL). If the launcher does not report within `kill_fallback_s` of `killTree()`,
 * the ssh client is killed, which closes the connection and so reaches the same end.
 *
 * A connection lost mid-run (ssh exits 255 without the launcher's exit report) rejects `done` with
 * `SshConnectionLost`; a failure to connect or authenticate rejects `started` with ssh's own message.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { ScriptStartError } from './errors.js';
import { remoteLauncherProgram } from './remote-launcher.js';
import { driveRemoteLauncher, lastLines, type TransportEnd } from './remote-session.js';
import { remoteEnvironment, type StartRequest } from './remote-types.js';
import type { LaunchSpec, RunningScript } from './types.js';
import { monotonicMs } from '../../timers.js';

export interface SshTarget {
  host: string;
  user?: string | null;
  port?: number | null;
  /** A private key file (`-i`); IdentitiesOnly is set with it so the agent's other keys are not offered. */
  key?: string | null;
  /** A known_hosts file to check the host key against instead of the user's own. */
  knownHosts?: string | null;
  /** Refuse a host whose key is unknown or changed (default true; turning it off must be explicit). */
  strictHostKeyChecking?: boolean;
  /** The `ssh` program (default `ssh` on PATH). */
  sshPath?: string;
  /** Seconds to wait for the TCP connection (default 10). */
  connect_timeout_s?: number;
}

export interface SshOptions extends SshTarget {
  interval_s: number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream | null;
  /** Between TERM and KILL when the launcher ends the tree itself (connection lost). Default 2. */
  grace_s?: number;
  /** The script's variables on the host; default: `remoteEnvironment(spec.env)` (host-specific ones dropped). */
  env?: Record<string, string>;
  kill_fallback_s?: number;
}

export class SshConnectionLost extends Error {
  readonly host: string;
  constructor(host: string, detail: string) {
    super(`ssh connection to ${host} lost${detail ? `: ${detail}` : ''}`);
    this.name = 'SshConnectionLost';
    this.host = host;
  }
}

/** Quotes one word for a POSIX shell: the shell reads it back as exactly these bytes. */
export function shellQuote(word: string): string {
  if (word.includes('\0')) throw new Error('a shell word cannot contain a NUL byte');
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The remote command line: the launcher under the remote interpreter, exec'd so it is sshd's direct child. */
export function remoteCommand(python: string): string {
  return ['exec', shellQuote(python), '-S', '-E', '-c', shellQuote(remoteLauncherProgram())].join(' ');
}

/** The ssh client's argv (without the program): options, `--`, destination, remote command. */
export function sshArgs(target: SshTarget, command: string): string[] {
  const { host } = target;
  if (!host || host.startsWith('-') || /[\s\0]/.test(host))
    throw new Error(`bad ssh host: ${JSON.stringify(host)}`);
  const args = ['-T', '-e', 'none', '-o', 'BatchMode=yes'];
  args.push('-o', `StrictHostKeyChecking=${target.strictHostKeyChecking === false ? 'no' : 'yes'}`);
  if (target.knownHosts) args.push('-o', `UserKnownHostsFile=${configWord(target.knownHosts)}`);
  args.push('-o', `ConnectTimeout=${Math.max(1, Math.round(target.connect_timeout_s ?? 10))}`);
  // A dead network is noticed within 15 s instead of TCP's minutes: the run then reports the lost connection.
  args.push('-o', 'ServerAliveInterval=5', '-o', 'ServerAliveCountMax=3', '-o', 'LogLevel=ERROR');
  if (target.port !== undefined && target.port !== null) {
    if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535) {
      throw new Error(`bad ssh port: ${target.port}`);
    }
    args.push('-p', String(target.port));
  }
  if (target.key) args.push('-i', target.key, '-o', 'IdentitiesOnly=yes');
  if (target.user) {
    if (target.user.startsWith('-')) throw new Error(`bad ssh user: ${JSON.stringify(target.user)}`);
    args.push('-l', target.user);
  }
  args.push('--', host, command);
  return args;
}

/** ssh's config reader splits values on whitespace: a path with spaces goes in double quotes. */
function configWord(value: string): string {
  if (value.includes('"')) throw new Error(`a path for ssh cannot contain '"': ${value}`);
  return /\s/.test(value) ? `"${value}"` : value;
}

export function startSsh(spec: LaunchSpec, ssh: SshOptions): RunningScript {
  const scriptFile = path.resolve(spec.cwd, spec.script);
  const request: StartRequest = {
    op: 'start',
    interval_s: ssh.interval_s,
    grace_s: ssh.grace_s ?? 2,
    args: spec.args,
    env: ssh.env ?? remoteEnvironment(spec.env),
    script_b64: readFileSync(scriptFile).toString('base64'),
    script_name: path.basename(scriptFile),
    calibrate: true, // the machine's speed there, as a local run reads its own (`calibration_ms`)
  };
  const python = spec.python || 'python3';
  const child = spawn(ssh.sshPath ?? 'ssh', sshArgs(ssh, remoteCommand(python)), {
    env: spec.env, // HOME, SSH_AUTH_SOCK: the client's own configuration and agent
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const spawnedAt_ms = monotonicMs();
  const where = ssh.user ? `${ssh.user}@${ssh.host}` : ssh.host;
  return driveRemoteLauncher(child, {
    request,
    python,
    stdout: ssh.stdout,
    stderr: ssh.stderr,
    stdin: ssh.stdin,
    spawnedAt_ms,
    kill_fallback_s: ssh.kill_fallback_s,
    forceKill: () => child.kill('SIGTERM'),
    onLost: (end: TransportEnd) => describeSshEnd(where, python, end),
  });
}

/** Why an ssh run ended without the launcher's report, as the error its caller shows. */
export function describeSshEnd(where: string, python: string, end: TransportEnd): Error {
  const detail = lastLines(end.stderr);
  if (end.started) {
    if (end.code === 255 || end.signal !== null) {
      return new SshConnectionLost(
        where,
        detail || (end.signal ? `ssh ended by ${end.signal}` : 'ssh exited 255'),
      );
    }
    return new Error(
      `the remote launcher on ${where} ended (exit ${end.code}) without reporting${detail ? `: ${detail}` : ''}`,
    );
  }
  if (end.code === 255)
    return new ScriptStartError(python, `ssh to ${where} failed: ${detail || 'no message from ssh'}`);
  if (end.code === 126 || end.code === 127) {
    return new ScriptStartError(
      python,
      `the remote interpreter ${python} cannot run on ${where}: ${detail || `exit ${end.code}`}`,
    );
  }
  return new ScriptStartError(
    python,
    `the remote launcher on ${where} ended (${end.signal ?? end.code}) before the script started${detail ? `: ${detail}` : ''}`,
  );
}
