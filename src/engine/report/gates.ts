/** Gates in a report: each one's icon and its actual value against its limit, the failing ones first, counts. */
import { formatMetricValue } from '../metric-format.js';
import type { GateResult, GateStatus } from '../types.js';

export const GATE_EMOJI: Record<GateStatus, string> = {
  passed: '✅',
  failed: '❌',
  insufficient_history: '⏭️',
};

/** The metric a gate's rule compares first (`peak_rss_mb < 512` → `peak_rss_mb`), for its unit. */
export function gateMetric(gate: GateResult): string {
  return /^\s*\(*\s*([a-z_][a-z0-9_]*)/.exec(gate.expr)?.[1] ?? '';
}

/**
 * `actual 612.4 MB, limit 512 MB` — the measured value against the evaluated limit, in the metric's unit. A gate on
 * a metric this run has no value for (null: rusage where the executor cannot report it) fails, and says so.
 */
export function describeGate(gate: GateResult): string {
  const metric = gateMetric(gate);
  const actual =
    gate.actual === null && gate.status === 'failed'
      ? 'n/a (no value on this run)'
      : formatMetricValue(metric, gate.actual);
  return `actual ${actual}, limit ${formatMetricValue(metric, gate.limit)}`;
}

/** Rank for ordering: failed gates first, then insufficient history, then passed (stable within a rank). */
const GATE_RANK: Record<GateStatus, number> = { failed: 0, insufficient_history: 1, passed: 2 };

/** Gates with the failing ones first, keeping the user's order within each status. */
export function gatesFailingFirst(gates: readonly GateResult[]): GateResult[] {
  return gates
    .map((gate, index) => ({ gate, index }))
    .sort((a, b) => GATE_RANK[a.gate.status] - GATE_RANK[b.gate.status] || a.index - b.index)
    .map((entry) => entry.gate);
}

/** Counts of gates by status. */
export function countGates(gates: readonly GateResult[]): Record<GateStatus, number> {
  const counts: Record<GateStatus, number> = { passed: 0, failed: 0, insufficient_history: 0 };
  for (const gate of gates) counts[gate.status] += 1;
  return counts;
}
