/**
 * The only /proc reads in pyrun. Synchronous on purpose: each read is a few microseconds of kernel text, far
 * cheaper than a promise round-trip per file, and a tick must not interleave with the process tree changing.
 */
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import type { HostCpuTicks, ProcSource, ProcStat } from '../../ports.js';
import { parseChildren, parseHostCpu, parseIo, parseLastPid, parseStat } from './procfs.js';

/** One buffer for every read: /proc files are small, and readFileSync's stat-and-allocate doubles the cost. */
let buffer = Buffer.alloc(16 * 1024);

function read(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null; // the process exited between listing and reading: not an error
  }
  try {
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        const bigger = Buffer.alloc(buffer.length * 2);
        buffer.copy(bigger);
        buffer = bigger;
      }
    }
    return buffer.toString('latin1', 0, length);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

export class LinuxProcSource implements ProcSource {
  private readonly root: string;
  /** Whether this kernel has /proc/<pid>/task/<tid>/children (CONFIG_PROC_CHILDREN); probed on first use. */
  private childrenFiles: boolean | undefined;

  constructor(root = '/proc') {
    this.root = root;
  }

  stat(pid: number): ProcStat | null {
    const text = read(`${this.root}/${pid}/stat`);
    return text === null ? null : parseStat(text);
  }

  children(pid: number): number[] | null {
    if (this.childrenFiles === false) return null;
    let tids: string[];
    try {
      tids = readdirSync(`${this.root}/${pid}/task`);
    } catch {
      return this.childrenFiles ? [] : null;
    }
    const pids: number[] = [];
    for (const tid of tids) {
      const text = read(`${this.root}/${pid}/task/${tid}/children`);
      if (text === null) {
        if (this.childrenFiles === undefined) this.childrenFiles = false;
        if (this.childrenFiles === false) return null;
        continue;
      }
      this.childrenFiles = true;
      pids.push(...parseChildren(text));
    }
    return pids;
  }

  allPids(): number[] {
    const pids: number[] = [];
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return pids; // no /proc here (macOS): nothing to walk
    }
    for (const name of names) {
      const c = name.charCodeAt(0);
      if (c >= 48 && c <= 57) pids.push(Number(name));
    }
    return pids;
  }

  io(pid: number): { rchar: number; wchar: number } | null {
    const text = read(`${this.root}/${pid}/io`);
    return text === null ? null : parseIo(text);
  }

  fdCount(pid: number): number | null {
    try {
      return readdirSync(`${this.root}/${pid}/fd`).length;
    } catch {
      return null;
    }
  }

  hostCpu(): HostCpuTicks | null {
    const text = read(`${this.root}/stat`);
    const host = text === null ? null : parseHostCpu(text);
    if (host === null) return null;
    const own = process.cpuUsage();
    return { ...host, own_cpu_s: (own.user + own.system) / 1e6 };
  }

  lastPid(): number | null {
    const text = read(`${this.root}/loadavg`);
    return text === null ? null : parseLastPid(text);
  }
}
