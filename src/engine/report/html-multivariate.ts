/**
 * The HTML report's table of runs whose combination of metrics is unusual (../analysis/multivariate.ts), over
 * the series' history with this run last. Shown only when the history is long enough to judge.
 */
import { multivariateOutliers, type MultivariateResult } from '../analysis/multivariate.js';
import type { RunRecord } from '../types.js';
import { formatNumber } from '../metric-format.js';
import { formatPValue } from './numbers.js';
import { escapeHtml } from './html-escape.js';

/** The runs of `history` oldest first with `record` last (the order the history charts use). */
export function runsOldestFirst(record: RunRecord, history: readonly RunRecord[]): RunRecord[] {
  const runs = history
    .filter((h) => h.run_id !== record.run_id)
    .slice()
    .sort((a, b) => (a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : 0));
  runs.push(record);
  return runs;
}

/** The section's body, or null when the history is too short (or too constant) to judge combinations. */
export function multivariateHtml(record: RunRecord, history: readonly RunRecord[]): string | null {
  const runs = runsOldestFirst(record, history);
  const result: MultivariateResult = multivariateOutliers(runs);
  if (result.status !== 'ok') return null;
  const rate = `${formatNumber(result.false_positive_rate * 100)}%`;
  const intro = `<p>Robust Mahalanobis distance over ${escapeHtml(result.metrics.join(', '))} of ${
    runs.length
  } runs; a run is flagged when its squared distance exceeds ${escapeHtml(
    formatNumber(result.threshold_sq),
  )} (at most ${escapeHtml(rate)} of normal runs would be).</p>`;
  if (result.outliers.length === 0)
    return `${intro}\n<p class="empty">No run's combination of metrics is unusual.</p>`;
  const rows = result.outliers.map((o) => {
    const run = runs[o.index]!;
    const top = [...o.contributions]
      .sort((a, b) => b.share - a.share)
      .slice(0, 3)
      .map((c) => `${c.metric} (z ${c.z >= 0 ? '+' : ''}${formatNumber(c.z)})`)
      .join(', ');
    const label = run.run_id === record.run_id ? `${run.run_id} (this run)` : run.run_id;
    return `<tr><td><code>${escapeHtml(label)}</code></td><td>${escapeHtml(run.started_at)}</td><td class="num">${escapeHtml(
      formatNumber(o.distance_sq),
    )}</td><td class="num">${escapeHtml(formatPValue(o.p_value))}</td><td>${escapeHtml(top)}</td></tr>`;
  });
  return [
    intro,
    '<table class="multivariate">',
    '<thead><tr><th>run</th><th>started</th><th>distance²</th><th>p-value</th><th>unusual together</th></tr></thead>',
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}
