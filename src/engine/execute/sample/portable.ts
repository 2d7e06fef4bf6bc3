/**
 * Sampling where there is no /proc (macOS, Windows): one `ps` a tick finds the tree (Windows: the root only) and
 * pidusage reads each process. Less exact than ./sampler.ts, and documented so: no thread counts (one a process),
 * no I/O counters, no open fds, and CPU of a child that lived and died between two ticks is missed unless the
 * launcher reports it at the end (it does on macOS).
 */
import { execFile } from 'node:child_process';
import { BYTES_PER_MB } from '../../types.js';
import { addSample, emptyTotals, type MeasuredSample, type SamplerTotals } from './totals.js';

export interface PortableSamplerOptions {
  rootPid: number;
  /** Count the root itself (the script run directly, without a launcher). */
  includeRoot: boolean;
  start_ms: number;
  /** Every process with its parent; default: `ps -A -o pid=,ppid=` (none on Windows). */
  listProcesses?: () => Promise<{ pid: number; ppid: number }[]>;
}

export function psProcesses(): Promise<{ pid: number; ppid: number }[]> {
  if (process.platform === 'win32') return Promise.resolve([]);
  return new Promise((resolve) => {
    execFile('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 5000 }, (error, stdout) => {
      if (error) return resolve([]);
      const rows: { pid: number; ppid: number }[] = [];
      for (const line of stdout.split('\n')) {
        const [pid, ppid] = line.trim().split(/\s+/).map(Number);
        if (Number.isInteger(pid) && Number.isInteger(ppid)) rows.push({ pid: pid!, ppid: ppid! });
      }
      resolve(rows);
    });
  });
}

export class PortableSampler {
  readonly totals: SamplerTotals = emptyTotals();
  private prev_ms: number;
  private prev_cpu_s = 0;

  constructor(private readonly opts: PortableSamplerOptions) {
    this.prev_ms = opts.start_ms;
  }

  /** The pids of the tree under the root (and the root itself when counted). */
  async treePids(): Promise<number[]> {
    const all = await (this.opts.listProcesses ?? psProcesses)();
    const children = new Map<number, number[]>();
    for (const { pid, ppid } of all) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    const found = this.opts.includeRoot ? [this.opts.rootPid] : [];
    const queue = [this.opts.rootPid];
    const seen = new Set(queue);
    while (queue.length > 0) {
      for (const child of children.get(queue.pop() as number) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        found.push(child);
        queue.push(child);
      }
    }
    return found;
  }

  async measure(now_ms: number): Promise<MeasuredSample> {
    const pids = await this.treePids();
    // One call per pid: a process that exits mid-tick must not spoil the others' figures.
    // pidusage is loaded here, on the platforms that sample this way: a Linux run never loads it.
    const { default: pidusage } = await import('pidusage');
    const stats = await Promise.allSettled(pids.map((pid) => pidusage(pid)));
    let cpu_s = 0;
    let rss_bytes = 0;
    let largest = 0;
    let processes = 0;
    for (const s of stats) {
      if (s.status !== 'fulfilled') continue;
      processes += 1;
      cpu_s += s.value.ctime / 1000;
      rss_bytes += s.value.memory;
      largest = Math.max(largest, s.value.memory);
    }
    cpu_s = Math.max(cpu_s, this.prev_cpu_s);
    const dt_s = (now_ms - this.prev_ms) / 1000;
    const cpu_percent = dt_s > 0 ? ((cpu_s - this.prev_cpu_s) / dt_s) * 100 : 0;
    this.prev_ms = now_ms;
    this.prev_cpu_s = cpu_s;
    const measured: MeasuredSample = {
      sample: {
        elapsed_s: (now_ms - this.opts.start_ms) / 1000,
        cpu_percent,
        rss_mb: rss_bytes / BYTES_PER_MB,
        threads: processes,
        processes,
        read_mb: 0,
        write_mb: 0,
        open_fds: null,
      },
      rss_bytes,
      read_bytes: 0,
      write_bytes: 0,
      cpu_time_s: cpu_s,
      largest_process_rss_bytes: largest,
    };
    addSample(this.totals, measured);
    return measured;
  }
}
