/** One short line about a finished run, for the terminal (hyperfine-like: numbers first, aligned units). */
import type { RunRecord } from '../engine/types.js';

export function describeRun(r: RunRecord): string {
  const outcome =
    r.status === 'passed'
      ? 'passed'
      : r.status === 'timeout'
        ? 'timed out'
        : r.status === 'gate_failed'
          ? 'failed a gate'
          : r.signal
            ? `was killed by ${r.signal}`
            : `failed (exit ${r.exit_code})`;
  return (
    `${r.name} ${outcome} in ${r.duration_s.toFixed(3)} s · CPU ${r.cpu_time_s.toFixed(3)} s ` +
    `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ` +
    `${r.max_processes} proc · ${r.max_threads} thr · read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`
  );
}
