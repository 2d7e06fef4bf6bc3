/**
 * Runs the built CLI exactly as a user does (`node dist/cli/index.js …`) and collects what it did.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunRecord } from '../../src/engine/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli/index.js');
export const FIXTURES = path.join(ROOT, '__tests__/fixtures');

export interface PyrunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  record: RunRecord | null;
  pid: number;
}

export function tempDir(prefix = 'pyrun-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Called once pyrun has started, with its process (to send it signals). */
  onSpawn?(pid: number): void;
  /** Add `--json <tmp>` and `--db <tmp>` automatically (default true). */
  record?: boolean;
  /** Give up after this long (the test fails with what was printed so far). */
  deadline_ms?: number;
}

export function pyrun(args: string[], options: RunOptions = {}): Promise<PyrunResult> {
  const dir = tempDir();
  const json = path.join(dir, 'run.json');
  const extra = options.record === false ? [] : ['--json', json, '--db', path.join(dir, 'history.sqlite')];
  const [command, ...rest] = args;
  const argv = command === 'run' ? ['run', ...extra, ...rest] : args;
  const child = spawn(process.execPath, [CLI, ...argv], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, CI: 'true', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  options.onSpawn?.(child.pid as number);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`pyrun ${argv.join(' ')} did not finish in time\nstdout: ${stdout}\nstderr: ${stderr}`),
      );
    }, options.deadline_ms ?? 25_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const record = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as RunRecord) : null;
      resolve({ code, signal, stdout, stderr, record, pid: child.pid as number });
    });
  });
}

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/** True while a process with this pid exists (zombies included). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs a command under GNU time and returns its user+system CPU seconds. */
export function cpuSecondsByGnuTime(command: string[]): Promise<number> {
  const dir = tempDir();
  const out = path.join(dir, 'time.txt');
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', out, ...command], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => {
      const [user, sys] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
      resolve((user ?? NaN) + (sys ?? NaN));
    });
  });
}
