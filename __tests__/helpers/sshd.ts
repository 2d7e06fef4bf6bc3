/**
 * A real OpenSSH server on loopback for the SSH executor's tests: throwaway host and client keys, its own
 * config, port and known_hosts file, all in a temporary directory. Needs `openssh-server` (/usr/sbin/sshd).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { tempDir } from './pyrun.js';

export const SSHD_PATH = '/usr/sbin/sshd';

export interface TestSshd {
  host: string;
  port: number;
  user: string;
  /** The client's private key. */
  key: string;
  /** A known_hosts file holding this server's host key for [127.0.0.1]:port. */
  knownHosts: string;
  /** The listening sshd's pid (its per-connection children are its descendants). */
  pid: number;
  /** TMPDIR of every session of this server: where a shipped script's private directory is made. */
  tmpdir: string;
  /** What sshd wrote on stderr so far (with -e, its log). */
  log(): string;
  stop(): Promise<void>;
}

/** Why the SSH tests cannot run here, or null when they can. */
export function sshdUnavailable(): string | null {
  if (process.platform !== 'linux') return 'the SSH tests need Linux';
  if (!existsSync(SSHD_PATH)) return `${SSHD_PATH} is missing: apt-get install -y openssh-server`;
  if (spawnSync('ssh', ['-V']).error) return 'the ssh client is missing: apt-get install -y openssh-client';
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function keygen(file: string): void {
  const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'pyrun-test', '-f', file]);
  if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr?.toString()}`);
}

/** Resolves once the server answers with its SSH banner. */
function waitForBanner(port: number, deadline_ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.setTimeout(1000);
      socket.once('data', (data) => {
        socket.destroy();
        if (data.toString().startsWith('SSH-')) resolve();
        else retry(new Error(`not an SSH banner: ${data.toString().slice(0, 40)}`));
      });
      socket.once('error', (e) => retry(e));
      socket.once('timeout', () => retry(new Error('timeout')));
      const retry = (error: Error) => {
        socket.destroy();
        if (Date.now() > deadline_ms)
          reject(new Error(`sshd did not start on port ${port}: ${error.message}`));
        else setTimeout(attempt, 50);
      };
    };
    attempt();
  });
}

export async function startSshd(): Promise<TestSshd> {
  const dir = tempDir('pyrun-sshd-');
  const hostKey = path.join(dir, 'host_ed25519');
  const key = path.join(dir, 'client_ed25519');
  keygen(hostKey);
  keygen(key);
  const authorized = path.join(dir, 'authorized_keys');
  writeFileSync(authorized, readFileSync(`${key}.pub`), { mode: 0o600 });
  const port = await freePort();
  const knownHosts = path.join(dir, 'known_hosts');
  const hostPub = readFileSync(`${hostKey}.pub`, 'utf8').trim().split(/\s+/).slice(0, 2).join(' ');
  writeFileSync(knownHosts, `[127.0.0.1]:${port} ${hostPub}\n`);
  // Sessions get their own TMPDIR, so a test can see exactly what its runs left there (other test files,
  // running at the same time, use /tmp or their own).
  const remoteTmp = path.join(dir, 'remote-tmp');
  mkdirSync(remoteTmp, { mode: 0o700 });
  const config = path.join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      'ListenAddress 127.0.0.1',
      `Port ${port}`,
      `HostKey ${hostKey}`,
      `AuthorizedKeysFile ${authorized}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      'StrictModes no',
      'UsePAM no',
      'PermitRootLogin prohibit-password',
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitUserEnvironment no',
      `SetEnv TMPDIR=${remoteTmp}`,
      'X11Forwarding no',
      'AllowTcpForwarding no',
      'PrintMotd no',
      'MaxStartups 30',
      'LogLevel INFO',
      '',
    ].join('\n'),
  );
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 }); // privilege separation directory
  const child: ChildProcess = spawn(SSHD_PATH, ['-D', '-e', '-f', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-20000)));
  let exited = false;
  const gone = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  try {
    await Promise.race([
      waitForBanner(port, Date.now() + 10_000),
      gone.then(() => {
        throw new Error(`sshd exited at start: ${log}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host: '127.0.0.1',
    port,
    user: os.userInfo().username,
    key,
    knownHosts,
    pid: child.pid as number,
    tmpdir: remoteTmp,
    log: () => log,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([gone, new Promise((r) => (timer = setTimeout(r, 3000)))]);
        clearTimeout(timer);
        if (!exited) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
