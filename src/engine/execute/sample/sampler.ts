/**
 * Samples a process tree: one `Sample` per tick, summed over every live descendant of the launcher.
 *
 * CPU: the tree's total is Σ (utime+stime+cutime+cstime) over live descendants plus the launcher's cutime+cstime.
 * A process that exits is reaped by a parent inside the tree (or by the launcher, the subreaper), and the kernel
 * moves its whole CPU time into that parent's cutime/cstime — so the total never loses a child that lived and died
 * between two ticks, and the difference of two totals is exact. I/O works the same way (a reaped child's
 * rchar/wchar is folded into its reaper's /proc/<pid>/io).
 */
import type { ProcSource, ProcStat } from '../../ports.js';
import { BYTES_PER_MB, type Sample } from '../../types.js';
import { TreeFinder } from './tree.js';
import {
  addPeaks,
  addSample,
  emptyTotals,
  type MeasuredSample,
  type SamplerTotals,
  type TreePeaks,
} from './totals.js';

export type { SamplerTotals } from './totals.js';

/** A process by the key that survives pid reuse: its pid and its start time (clock ticks after boot). */
export interface SampledProcess {
  pid: number;
  starttime: number;
}

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

export class TreeSampler {
  private readonly source: ProcSource;
  private readonly opts: TreeSamplerOptions;
  private readonly tree: TreeFinder;
  private prev_ms: number;
  private prev_cpu_ticks = 0;
  private rootIo0: { rchar: number; wchar: number } | null | undefined;
  private rootCpu0_ticks = 0;
  private prev_read_bytes = 0;
  private prev_write_bytes = 0;
  private readonly seen = new Set<string>();
  private readonly sampled: SampledProcess[] = [];
  /** Each live process's CPU ticks at its last look, by `pid:starttime`. */
  private readonly lastTicks = new Map<string, number>();
  /** The tree's CPU ticks by the core each process was on when they were seen (coreWeights). */
  private readonly ticksByCore = new Map<number, number>();
  /** How often a live process was seen on each core (coreWeights, when no tick was seen). */
  private readonly looksByCore = new Map<number, number>();
  /** Distinct processes seen, keyed by (pid, start time) so a reused pid is a new process. */
  distinct_processes = 0;
  readonly totals: SamplerTotals = emptyTotals();

  constructor(source: ProcSource, opts: TreeSamplerOptions) {
    this.source = source;
    this.opts = opts;
    this.tree = new TreeFinder(source, opts.rootPid);
    this.prev_ms = opts.start_ms;
    // The launcher's own reads, and the CPU of whatever it reaped before it became the launcher (a pyenv
    // shim's helpers), are not the script's.
    if (opts.rootIsLauncher) {
      this.rootIo0 = source.io(opts.rootPid);
      const root = source.stat(opts.rootPid);
      this.rootCpu0_ticks = root ? root.cutime + root.cstime : 0;
    }
  }

  /** Takes one sample at monotonic time `now_ms`. */
  sample(now_ms: number): Sample {
    return this.measure(now_ms).sample;
  }

  /** Takes one sample and returns it with its exact byte and CPU figures; the totals are updated. */
  measure(now_ms: number): MeasuredSample {
    const { source, opts } = this;
    const procs = this.tree.find();
    let cpu_ticks = 0;
    for (const p of procs) cpu_ticks += p.utime + p.stime + p.cutime + p.cstime;
    const { peaks, live } = this.look(procs);
    let rchar = 0;
    let wchar = 0;
    let fds: number | null = null;
    for (const p of live) {
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
      if (root) cpu_ticks += root.cutime + root.cstime - this.rootCpu0_ticks;
      const io = source.io(opts.rootPid);
      if (io && this.rootIo0) {
        rchar += io.rchar - this.rootIo0.rchar;
        wchar += io.wchar - this.rootIo0.wchar;
      }
    }
    // Totals only grow; a child reaped by a parent that ignores SIGCHLD takes its CPU with it, and the
    // sample must not then show negative usage.
    cpu_ticks = Math.max(cpu_ticks, this.prev_cpu_ticks);
    rchar = Math.max(rchar, this.prev_read_bytes);
    wchar = Math.max(wchar, this.prev_write_bytes);
    this.prev_read_bytes = rchar;
    this.prev_write_bytes = wchar;

    const dt_s = (now_ms - this.prev_ms) / 1000;
    const cpu_percent = dt_s > 0 ? ((cpu_ticks - this.prev_cpu_ticks) / opts.clk_tck / dt_s) * 100 : 0;
    this.prev_ms = now_ms;
    this.prev_cpu_ticks = cpu_ticks;

    const measured: MeasuredSample = {
      sample: {
        elapsed_s: (now_ms - opts.start_ms) / 1000,
        cpu_percent,
        rss_mb: peaks.rss_bytes / BYTES_PER_MB,
        threads: peaks.threads,
        processes: peaks.processes,
        read_mb: rchar / BYTES_PER_MB,
        write_mb: wchar / BYTES_PER_MB,
        open_fds: fds,
      },
      rss_bytes: peaks.rss_bytes,
      read_bytes: rchar,
      write_bytes: wchar,
      cpu_time_s: cpu_ticks / opts.clk_tck,
      largest_process_rss_bytes: peaks.largest_process_rss_bytes,
    };
    addSample(this.totals, measured);
    return measured;
  }

  /**
   * Looks at the tree's memory, processes and threads only (one stat per process, no I/O or descriptor reads) and
   * adds them to the peaks; no sample is made. True when it found a process no sample or probe had seen.
   */
  probe(): boolean {
    const before = this.distinct_processes;
    const { peaks } = this.look(this.tree.find());
    if (peaks.processes > 0) addPeaks(this.totals, peaks);
    return this.distinct_processes > before;
  }

  /** The live processes of `procs` (an exited one not yet reaped has no memory or threads) and their peaks. */
  private look(procs: ProcStat[]): { peaks: TreePeaks; live: ProcStat[] } {
    const live: ProcStat[] = [];
    let rss_pages = 0;
    let largest_pages = 0;
    let threads = 0;
    for (const p of procs) {
      if (p.state === 'Z' || p.state === 'X') continue;
      live.push(p);
      threads += p.num_threads;
      rss_pages += p.rss_pages;
      largest_pages = Math.max(largest_pages, p.rss_pages);
      const key = `${p.pid}:${p.starttime}`; // survives pid reuse
      this.noteProcess(p, key);
      this.noteCore(p, key);
    }
    const page = this.opts.page_size;
    const peaks = {
      rss_bytes: rss_pages * page,
      largest_process_rss_bytes: largest_pages * page,
      threads,
      processes: live.length,
    };
    return { peaks, live };
  }

  /** Every live process a sample or probe has counted, once each, as (pid, start time). */
  sampledProcesses(): readonly SampledProcess[] {
    return this.sampled;
  }

  /**
   * Where the tree's CPU time went: for each core, the ticks the tree's processes used since their last look, put to
   * the core each was on at this look (a process seldom moves between two looks; where it did, the ticks are put to
   * one of them). When the tree used no whole tick between looks (a script shorter than a few ticks), how often a
   * process was seen on each core. ./calibration.ts weighs the launcher's per-core readings by it.
   */
  coreWeights(): ReadonlyMap<number, number> {
    return this.ticksByCore.size > 0 ? this.ticksByCore : this.looksByCore;
  }

  private noteCore(p: ProcStat, key: string): void {
    if (p.processor === undefined) return;
    const ticks = p.utime + p.stime;
    const used = ticks - (this.lastTicks.get(key) ?? 0);
    this.lastTicks.set(key, ticks);
    if (used > 0) this.ticksByCore.set(p.processor, (this.ticksByCore.get(p.processor) ?? 0) + used);
    this.looksByCore.set(p.processor, (this.looksByCore.get(p.processor) ?? 0) + 1);
  }

  private noteProcess(p: ProcStat, key: string): void {
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.sampled.push({ pid: p.pid, starttime: p.starttime });
      this.distinct_processes += 1;
    }
  }
}
