/**
 * Exact peaks and totals over a run's samples, in bytes and seconds. Local sampling (./sampler.ts) and remote
 * sampling (an executor streaming samples from where the script runs) feed the same accumulator.
 */
import type { Sample } from '../../types.js';

export interface SamplerTotals {
  samples: number;
  peak_tree_rss_bytes: number;
  /** The largest RSS of any single process at any tick or probe. */
  peak_process_rss_bytes: number;
  cpu_percent_sum: number;
  cpu_percent_max: number;
  max_threads: number;
  max_processes: number;
  /** CPU time of the tree up to the last sample. */
  cpu_time_s: number;
  read_bytes: number;
  write_bytes: number;
}

/** A sample with the exact figures behind its MB values, as a sampler measures them. */
export interface MeasuredSample {
  sample: Sample;
  rss_bytes: number;
  read_bytes: number;
  write_bytes: number;
  cpu_time_s: number;
  /** The largest single process's RSS at this tick. */
  largest_process_rss_bytes: number;
}

export function emptyTotals(): SamplerTotals {
  return {
    samples: 0,
    peak_tree_rss_bytes: 0,
    peak_process_rss_bytes: 0,
    cpu_percent_sum: 0,
    cpu_percent_max: 0,
    max_threads: 0,
    max_processes: 0,
    cpu_time_s: 0,
    read_bytes: 0,
    write_bytes: 0,
  };
}

/**
 * A sample that found no live process of the script: taken after the tree was gone (the launcher had reaped it
 * but not yet reported the exit) or before anything ran. It says nothing about the script's memory, threads or
 * CPU rate, and drawn in a chart it is a phantom drop to zero: it is never kept as a sample. Its cumulative
 * figures (CPU time, bytes read and written, all already moved into the launcher) still count.
 */
export function treeGone(m: MeasuredSample): boolean {
  return m.sample.processes === 0;
}

export function addSample(totals: SamplerTotals, m: MeasuredSample): void {
  totals.cpu_time_s = Math.max(totals.cpu_time_s, m.cpu_time_s);
  totals.read_bytes = Math.max(totals.read_bytes, m.read_bytes);
  totals.write_bytes = Math.max(totals.write_bytes, m.write_bytes);
  if (treeGone(m)) return;
  const s = m.sample;
  totals.samples += 1;
  totals.cpu_percent_sum += s.cpu_percent;
  totals.cpu_percent_max = Math.max(totals.cpu_percent_max, s.cpu_percent);
  addPeaks(totals, {
    rss_bytes: m.rss_bytes,
    largest_process_rss_bytes: m.largest_process_rss_bytes,
    threads: s.threads,
    processes: s.processes,
  });
}

/** What one look at the tree saw of its peaks: a sample's, or a probe's between two samples (./probes.ts). */
export interface TreePeaks {
  rss_bytes: number;
  largest_process_rss_bytes: number;
  threads: number;
  processes: number;
}

export function addPeaks(totals: SamplerTotals, p: TreePeaks): void {
  totals.peak_tree_rss_bytes = Math.max(totals.peak_tree_rss_bytes, p.rss_bytes);
  totals.peak_process_rss_bytes = Math.max(totals.peak_process_rss_bytes, p.largest_process_rss_bytes);
  totals.max_threads = Math.max(totals.max_threads, p.threads);
  totals.max_processes = Math.max(totals.max_processes, p.processes);
}
