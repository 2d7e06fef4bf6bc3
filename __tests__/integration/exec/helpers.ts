/** Shared pieces of the remote executors' integration tests. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { RunSpec } from '../../../src/engine/execute/run-script.js';
import { alive, FIXTURES, tempDir } from '../../helpers/pyrun.js';
import { runSpec as buildRunSpec } from '../../helpers/builders.js';

/** A writable stream that keeps every byte written to it. */
export class Collector extends Writable {
  private chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    callback();
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.bytes.toString('utf8');
  }
}

/** The test process's environment as the script's (what the CLI would pass). */
export function testEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, ...extra };
}

export function runSpec(
  script: string,
  args: string[],
  overrides: Partial<RunSpec> & { env?: Record<string, string>; cwd?: string } = {},
): RunSpec {
  const { env, cwd, ...rest } = overrides;
  return buildRunSpec({
    name: 'remote-test',
    launch: { script, args, cwd: cwd ?? FIXTURES, env: env ?? testEnv() },
    interval_s: 0.1,
    executor: 'ssh',
    ...rest,
  });
}

/** Writes a small Python script into a fresh temporary directory and returns its path. */
export function writeScript(source: string, name = 'script.py'): string {
  const file = path.join(tempDir('pyrun-exec-'), name);
  writeFileSync(file, source);
  return file;
}

export function readPids(file: string): number[] {
  return readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
}

export async function waitFor(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

export async function waitForFile(file: string, ms = 5000): Promise<boolean> {
  return waitFor(() => {
    try {
      return readFileSync(file, 'utf8').trim().length > 0;
    } catch {
      return false;
    }
  }, ms);
}

/** True when none of the processes runs any more (a zombie waiting for this sandbox's init to reap it is gone). */
export function allGone(pids: number[]): boolean {
  return pids.every((p) => !running(p));
}

function running(pid: number): boolean {
  if (!alive(pid)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

/** The remote launcher's private directories (mkdtemp prefix) now in the system temp directory. */
/** The remote launcher's private directories in `tmpdir` (the TMPDIR the launcher ran with). */
export function launcherDirs(tmpdir: string): string[] {
  return readdirSync(tmpdir).filter((n) => n.startsWith('pyrun-remote-'));
}

export function stdinOf(data: Buffer | string): Readable {
  return Readable.from([Buffer.from(data)]);
}
