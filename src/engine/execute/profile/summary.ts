/**
 * The profile's headline: the top functions by own time (where the time is spent) and by cumulative time (which
 * calls it is spent under), named as pstats prints them, with paths under the script's directory made relative
 * so that runs from different checkouts name a function alike.
 */
import path from 'node:path';
import type { ProfileEntry } from '../../types.js';
import type { ProfileStats, StatsFunction } from './stats.js';

export const DEFAULT_PROFILE_TOP_N = 20;

/** pstats' own spelling: `file:line(name)`, and `{built-in method …}` for functions implemented in C. */
export function functionLabel(f: Pick<StatsFunction, 'file' | 'line' | 'name'>, base_dir?: string): string {
  if (f.file === '~' && f.line === 0)
    return f.name.startsWith('<') && f.name.endsWith('>') ? `{${f.name.slice(1, -1)}}` : f.name;
  let file = f.file;
  if (base_dir !== undefined && path.isAbsolute(file)) {
    const relative = path.relative(base_dir, file);
    if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) file = relative;
  }
  return `${file}:${f.line}(${f.name})`;
}

export interface ProfileHeadline {
  top_own: ProfileEntry[];
  top_cumulative: ProfileEntry[];
  total_s: number;
}

/** Top `top_n` functions by own and by cumulative time (ties by name, so the lists are deterministic). */
export function profileHeadline(
  stats: ProfileStats,
  options: { top_n?: number; base_dir?: string } = {},
): ProfileHeadline {
  const top_n = options.top_n ?? DEFAULT_PROFILE_TOP_N;
  const entries = stats.functions.map((f) => ({
    function: functionLabel(f, options.base_dir),
    calls: f.calls,
    own_s: f.own_s,
    cumulative_s: f.cumulative_s,
  }));
  const by = (key: 'own_s' | 'cumulative_s') =>
    entries
      .filter((e) => e[key] > 0)
      .sort((a, b) => b[key] - a[key] || (a.function < b.function ? -1 : a.function > b.function ? 1 : 0))
      .slice(0, top_n);
  return {
    top_own: by('own_s'),
    top_cumulative: by('cumulative_s'),
    total_s: stats.functions.reduce((s, f) => s + f.own_s, 0),
  };
}
