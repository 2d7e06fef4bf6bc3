/** One short line about a finished run, for the terminal (hyperfine-like: numbers first, aligned units). */
import type { RunRecord } from '../engine/types.js';

export function describeRun(r: RunRecord): string {
  const outcome =
    r.status === 'passed'
      ? 'passed'
      : r.status === 'timeout'
        ? 'timed out'
        : r.status === 'gate_failed'
          ? `failed ${failedGates(r)}`
          : r.status === 'regressed'
            ? `regressed in ${regressedNames(r)}`
            : r.signal
              ? `was killed by ${r.signal}`
              : `failed (exit ${r.exit_code})`;
  return (
    `${r.name} ${outcome} in ${r.duration_s.toFixed(3)} s · CPU ${r.cpu_time_s.toFixed(3)} s ` +
    `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ` +
    `${r.max_processes} proc · ${r.max_threads} thr · read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`
  );
}

/** `the gate 'duration_s < 3 * baseline'` or `2 gates: 'a'; 'b'`. */
function failedGates(r: RunRecord): string {
  const failed = r.gates.filter((g) => !g.passed).map((g) => `'${g.expr}'`);
  return failed.length === 1 ? `the gate ${failed[0]}` : `${failed.length} gates: ${failed.join('; ')}`;
}

/** The metrics whose verdict is `regressed`, with their change: `duration_s (+57%)`. */
function regressedNames(r: RunRecord): string {
  return Object.entries(r.verdicts)
    .filter(([, v]) => v?.verdict === 'regressed')
    .map(([m, v]) =>
      v?.change_pct == null ? m : `${m} (${v.change_pct >= 0 ? '+' : ''}${v.change_pct.toFixed(0)}%)`,
    )
    .join(', ');
}
