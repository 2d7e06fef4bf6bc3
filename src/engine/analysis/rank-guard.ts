/**
 * The rank guard of a verdict: whatever the spreads say, a value is called regressed only when it is also above the
 * baseline's highest value (its second highest from RANK_GUARD_SECOND_FROM = 10 baseline runs on), improved only
 * below the lowest (second lowest).
 *
 * Real runs on a shared machine are not log-normal: a busy neighbour makes CPU and wall time two-humped (a run shares
 * a core for its whole length or not), a sampler sees two workers overlap or not, and a robust spread learnt from the
 * lower hump calls the upper one "regressed" again and again. A run no slower than one the baseline already holds as
 * unchanged is no evidence of a regression, whatever its shape. When runs are exchangeable, an unchanged run passes
 * the guard with probability at most 1/(n+1) (2/(n+1) from 10 runs), and with two confirming re-runs (./confirm.ts)
 * all three together at most 1/C(n+3,3) (4/C(n+3,3)).
 */
/** From this many baseline values on, the rank guard is the second highest (lowest) value, below it the highest. */
export const RANK_GUARD_SECOND_FROM = 10;

/** The baseline value a rise must exceed ('up') or a fall undercut ('down'); null without baseline values. */
export function rankGuard(history: readonly number[], direction: 'up' | 'down'): number | null {
  const finite = history.filter(Number.isFinite);
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => (direction === 'up' ? b - a : a - b));
  return sorted[finite.length >= RANK_GUARD_SECOND_FROM ? 1 : 0]!;
}

/** Whether `value` passes the rank guard of `history` in the direction it moved from `centre`. */
export function passesRankGuard(
  value: number,
  centre: number,
  history: readonly number[] | undefined,
): boolean {
  if (history === undefined) return true;
  const up = value > centre;
  const guard = rankGuard(history, up ? 'up' : 'down');
  return guard === null || (up ? value > guard : value < guard);
}
