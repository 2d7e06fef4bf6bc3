/**
 * Measures one execution: turns what the launcher and the sampler saw (./once.ts) into the run metrics
 * (docs/metrics.md). Exact figures from the launcher win over sampled ones; peak memory is the larger of the tree's
 * summed RSS at any sample or probe (./sample/probes.ts) and the largest single process's high-water mark, so a
 * spike shorter than the interval is still caught. The rusage counters are the kernel's for the reaped tree, exact,
 * and null when the executor could not report them.
 */
import type { Execution } from './once.js';
import { BYTES_PER_MB, type RunMetrics, type RunStatus } from '../types.js';

export function measure(m: Execution): RunMetrics {
  const { exit, totals } = m;
  const duration_s = exit.wall_s;
  const cpu_time_s = exit.cpu_time_s ?? totals.cpu_time_s;
  const sampled = totals.samples > 0;
  const whole_run_percent = duration_s > 0 ? (cpu_time_s / duration_s) * 100 : 0;
  const peak_rss_bytes = Math.max(
    totals.peak_tree_rss_bytes,
    totals.peak_process_rss_bytes,
    exit.maxrss_bytes ?? 0,
  );
  const read_bytes = exit.read_bytes ?? totals.read_bytes;
  const write_bytes = exit.write_bytes ?? totals.write_bytes;
  return {
    duration_s,
    cpu_time_s,
    // A run shorter than one interval has no samples: its whole-run average is the honest figure.
    cpu_percent_avg: sampled ? totals.cpu_percent_sum / totals.samples : whole_run_percent,
    cpu_percent_max: sampled ? totals.cpu_percent_max : whole_run_percent,
    peak_rss_mb: peak_rss_bytes / BYTES_PER_MB,
    peak_rss_bytes,
    max_threads: Math.max(totals.max_threads, 1),
    max_processes: Math.max(totals.max_processes, 1),
    read_mb: read_bytes / BYTES_PER_MB,
    read_bytes,
    write_mb: write_bytes / BYTES_PER_MB,
    write_bytes,
    cpu_user_s: exit.rusage?.cpu_user_s ?? null,
    cpu_system_s: exit.rusage?.cpu_system_s ?? null,
    minor_faults: exit.rusage?.minor_faults ?? null,
    major_faults: exit.rusage?.major_faults ?? null,
    voluntary_ctx_switches: exit.rusage?.voluntary_ctx_switches ?? null,
    involuntary_ctx_switches: exit.rusage?.involuntary_ctx_switches ?? null,
    instructions: m.instruction_count ?? null,
    neighbour_cores: neighbourCores(m, cpu_time_s),
    calibration_ms: m.calibration_ms ?? null,
    exit_code: exit.exit_code,
  };
}

/**
 * The cores other work kept busy while the script ran: the machine's busy CPU time between the two readings, less
 * the tree's own and pyrun's own, over the time between them. Null where the machine's CPU was not read (remote
 * runs, no /proc).
 */
function neighbourCores(m: Pick<Execution, 'host_cpu' | 'start'>, cpu_time_s: number): number | null {
  const host = m.host_cpu;
  if (host === null || host.between_s <= 0 || m.start.clk_tck <= 0) return null;
  const busy_s = (host.end.busy_ticks - host.start.busy_ticks) / m.start.clk_tck;
  const own_s = host.end.own_cpu_s - host.start.own_cpu_s;
  const others = (busy_s - cpu_time_s - own_s) / host.between_s;
  return Math.round(Math.max(0, others) * 1000) / 1000;
}

/** The status of one execution, before gates and regressions are judged. */
export function executionStatus(m: Pick<Execution, 'timed_out' | 'exit'>): RunStatus {
  if (m.timed_out) return 'timeout';
  return m.exit.exit_code === 0 && m.exit.signal === null ? 'passed' : 'failed';
}
