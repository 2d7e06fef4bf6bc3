/**
 * Samples a process tree: one `Sample` per tick, summed over every live descendant of the launcher.
 *
 * CPU: the tree's total is Σ (utime+stime+cutime+cstime) over live descendants plus the launcher's cutime+cstime.
 * A process that exits is reaped by a parent inside the tree (or by the launcher, the subreaper), and the kernel
 * moves its whole CPU time into that parent's cutime/cstime — so the total never loses a child that lived and died
 * between two ticks, and the difference of two totals is exact. I/O works the same way (a reaped child's
 * rchar/wchar is folded into its reaper's /proc/<pid>/io).
 */
import type { ProcSource, ProcStat } from '../ports.js';
import { BYTES_PER_MB, type Sample } from '../types.js';
import { descendants } from './tree.js';

export interface TreeSamplerOptions {
  /** The process whose descendants are the script's tree; itself excluded from counts (the launcher). */
  rootPid: number;
  /** Whether the root is pyrun's launcher (its cutime/cstime and I/O then belong to the tree). */
  rootIsLauncher: boolean;
  clk_tck: number;
  page_size: number;
  /** Monotonic time the script was spawned, in ms. */
  start_ms: number;
  /** Count open file descriptors (one directory listing per process per tick). */
  count_fds?: boolean;
}

/** Exact peaks and totals seen over the samples, in bytes and ticks. */
export interface SamplerTotals {
  samples: number;
  peak_tree_rss_bytes: number;
  /** The largest RSS of any single process at any tick. */
  peak_process_rss_bytes: number;
  cpu_percent_sum: number;
  cpu_percent_max: number;
  max_threads: number;
  max_processes: number;
  cpu_ticks: number;
  read_bytes: number;
  write_bytes: number;
  /** Distinct processes seen, keyed by (pid, start time) so a reused pid is a new process. */
  distinct_processes: number;
}

export class TreeSampler {
  private readonly source: ProcSource;
  private readonly opts: TreeSamplerOptions;
  private prev_ms: number;
  private prev_cpu_ticks = 0;
  private rootIo0: { rchar: number; wchar: number } | null | undefined;
  private readonly seen = new Set<string>();
  readonly totals: SamplerTotals = {
    samples: 0,
    peak_tree_rss_bytes: 0,
    peak_process_rss_bytes: 0,
    cpu_percent_sum: 0,
    cpu_percent_max: 0,
    max_threads: 0,
    max_processes: 0,
    cpu_ticks: 0,
    read_bytes: 0,
    write_bytes: 0,
    distinct_processes: 0,
  };

  constructor(source: ProcSource, opts: TreeSamplerOptions) {
    this.source = source;
    this.opts = opts;
    this.prev_ms = opts.start_ms;
    // The launcher's own reads before the script started are not the script's.
    if (opts.rootIsLauncher) this.rootIo0 = source.io(opts.rootPid);
  }

  /** Takes one sample at monotonic time `now_ms`. */
  sample(now_ms: number): Sample {
    const { source, opts, totals } = this;
    const procs = descendants(source, opts.rootPid);
    let cpu_ticks = 0;
    let rss_pages = 0;
    let threads = 0;
    let processes = 0;
    let rchar = 0;
    let wchar = 0;
    let fds: number | null = null;
    for (const p of procs) {
      cpu_ticks += p.utime + p.stime + p.cutime + p.cstime;
      if (p.state === 'Z' || p.state === 'X') continue; // exited, not yet reaped: no memory, no threads
      processes += 1;
      threads += p.num_threads;
      rss_pages += p.rss_pages;
      this.notePeakProcess(p);
      const io = source.io(p.pid);
      if (io) {
        rchar += io.rchar;
        wchar += io.wchar;
      }
      if (opts.count_fds !== false) {
        const n = source.fdCount(p.pid);
        if (n !== null) fds = (fds ?? 0) + n;
      }
    }
    if (opts.rootIsLauncher) {
      const root = source.stat(opts.rootPid);
      if (root) cpu_ticks += root.cutime + root.cstime;
      const io = source.io(opts.rootPid);
      if (io && this.rootIo0) {
        rchar += io.rchar - this.rootIo0.rchar;
        wchar += io.wchar - this.rootIo0.wchar;
      }
    }
    // Totals only grow; a child reaped by a parent that ignores SIGCHLD takes its CPU with it, and the
    // sample must not then show negative usage.
    cpu_ticks = Math.max(cpu_ticks, this.prev_cpu_ticks);
    rchar = Math.max(rchar, totals.read_bytes);
    wchar = Math.max(wchar, totals.write_bytes);

    const dt_s = (now_ms - this.prev_ms) / 1000;
    const cpu_percent = dt_s > 0 ? ((cpu_ticks - this.prev_cpu_ticks) / opts.clk_tck / dt_s) * 100 : 0;
    this.prev_ms = now_ms;
    this.prev_cpu_ticks = cpu_ticks;

    const rss_bytes = rss_pages * opts.page_size;
    totals.samples += 1;
    totals.peak_tree_rss_bytes = Math.max(totals.peak_tree_rss_bytes, rss_bytes);
    totals.cpu_percent_sum += cpu_percent;
    totals.cpu_percent_max = Math.max(totals.cpu_percent_max, cpu_percent);
    totals.max_threads = Math.max(totals.max_threads, threads);
    totals.max_processes = Math.max(totals.max_processes, processes);
    totals.cpu_ticks = cpu_ticks;
    totals.read_bytes = rchar;
    totals.write_bytes = wchar;
    return {
      elapsed_s: (now_ms - opts.start_ms) / 1000,
      cpu_percent,
      rss_mb: rss_bytes / BYTES_PER_MB,
      threads,
      processes,
      read_mb: rchar / BYTES_PER_MB,
      write_mb: wchar / BYTES_PER_MB,
      open_fds: fds,
    };
  }

  private notePeakProcess(p: ProcStat): void {
    const key = `${p.pid}:${p.starttime}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.totals.distinct_processes += 1;
    }
    this.totals.peak_process_rss_bytes = Math.max(
      this.totals.peak_process_rss_bytes,
      p.rss_pages * this.opts.page_size,
    );
  }
}
