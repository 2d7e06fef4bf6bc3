/**
 * What the markdown and HTML reports say about a profiled run: the top functions by own time, and — when the run
 * regressed and a baseline profile was compared — the functions whose time grew most. Shared wording and rows;
 * each renderer escapes in its own way.
 */
import type { ProfileGrowth, RunRecord } from '../types.js';
import { formatNumber } from '../metric-format.js';
import { regressedMetrics } from '../verdicts.js';
import { formatChangePct } from './numbers.js';

/** Rows of the "where the time went" table. */
export const PROFILE_TOP_ROWS = 10;
/** A function's name is cut to this many characters, keeping its end (the file's tail and the name). */
export const MAX_FUNCTION_CHARS = 100;

export function shortFunction(fn: string): string {
  return fn.length <= MAX_FUNCTION_CHARS ? fn : `…${fn.slice(fn.length - MAX_FUNCTION_CHARS + 1)}`;
}

/** Seconds with a unit, small values kept readable: `0.0012 s`, `1.25 s`. */
export function formatSeconds(value: number | null): string {
  if (value === null) return '—';
  if (value !== 0 && Math.abs(value) < 0.001) return `${Number(value.toPrecision(2))} s`;
  return `${formatNumber(value)} s`;
}

export function formatGrowth(g: ProfileGrowth): { growth: string; change: string } {
  return {
    growth: `+${formatSeconds(g.growth_s)}`,
    change: g.growth_pct === null ? 'new in top' : formatChangePct(g.growth_pct),
  };
}

/** The profile diff to show: only for a run that regressed, and only when something grew. */
export function shownProfileDiff(record: RunRecord): RunRecord['profile_diff'] | null {
  const diff = record.profile_diff;
  if (!diff || diff.grown.length === 0) return null;
  return regressedMetrics(record).length > 0 ? diff : null;
}

export const PROFILE_DIFF_TITLE = 'Functions whose time grew most';
export const PROFILE_TOP_TITLE = 'Where the time went';
