/**
 * Which functions' time grew most between a baseline run's profile and this run's: the answer to "the run got
 * slower — where?". Pure over the two profiles' top lists (a record keeps the top functions by own and by
 * cumulative time, not the whole profile).
 *
 * Functions are matched by `file:line(name)`; a function whose line moved (the file was edited) is matched by
 * `file(name)` when that is unique on both sides. Growth is in own time (time in the function's body): growth in
 * cumulative time piles up on every caller up to `<module>`, own time points at the function that does the work.
 * A function missing from the baseline's lists had at most the smallest own time listed there (0 when the list
 * held every function): growth is measured from that bound, so it is never overstated, and its relative growth
 * is unknown (null). Growth below 1% of the run's profiled time is noise and left out.
 */
import type { ProfileDiff, ProfileEntry, ProfileGrowth, RunProfile } from '../../types.js';

export const DEFAULT_PROFILE_DIFF_ROWS = 10;
export const DEFAULT_MIN_GROWTH_FRACTION = 0.01;

export interface ProfileDiffOptions {
  /** At most this many functions (default 10). */
  rows?: number;
  /** The baseline's top lists were cut at this length (default: the longer of its two lists). */
  top_n?: number;
  /**
   * Growth smaller than this fraction of the current profile's total time is noise and left out (default 1%;
   * needs `total_s` on the current profile).
   */
  min_growth_fraction?: number;
}

type Profile = Pick<RunProfile, 'top_own' | 'top_cumulative'> & { total_s?: number };

/** Every function either list names, once (own-time list first). */
function functionsOf(profile: Profile): Map<string, ProfileEntry> {
  const out = new Map<string, ProfileEntry>();
  for (const entry of [...profile.top_own, ...profile.top_cumulative])
    if (!out.has(entry.function)) out.set(entry.function, entry);
  return out;
}

/** `file:line(name)` → `file(name)`; names without a line (built-ins) stay as they are. */
export function withoutLine(fn: string): string {
  return fn.replace(/:\d+\(/, '(');
}

export function profileDiff(
  current: Profile,
  baseline: Profile & { run_id: string },
  opts: ProfileDiffOptions = {},
): ProfileDiff {
  const rows = opts.rows ?? DEFAULT_PROFILE_DIFF_ROWS;
  const minGrowth = (opts.min_growth_fraction ?? DEFAULT_MIN_GROWTH_FRACTION) * (current.total_s ?? 0);
  const now = functionsOf(current);
  const before = functionsOf(baseline);
  const top_n = opts.top_n ?? Math.max(baseline.top_own.length, baseline.top_cumulative.length);
  // A full own-time list hides functions below its last entry; a shorter one listed them all.
  const ownBound =
    baseline.top_own.length >= top_n && baseline.top_own.length > 0
      ? Math.min(...baseline.top_own.map((e) => e.own_s))
      : 0;

  const unique = (names: Iterable<string>): Map<string, string> => {
    const seen = new Map<string, string | null>();
    for (const name of names) {
      const key = withoutLine(name);
      seen.set(key, seen.has(key) ? null : name);
    }
    const out = new Map<string, string>();
    for (const [key, name] of seen) if (name !== null) out.set(key, name);
    return out;
  };
  const beforeByName = unique([...before.keys()].filter((name) => !now.has(name)));
  const nowByName = unique([...now.keys()].filter((name) => !before.has(name)));

  const grown: ProfileGrowth[] = [];
  for (const [name, entry] of now) {
    let old = before.get(name);
    if (old === undefined) {
      const key = withoutLine(name);
      const candidate = beforeByName.get(key);
      if (candidate !== undefined && nowByName.get(key) === name) old = before.get(candidate);
    }
    const baseOwn = old?.own_s ?? ownBound;
    const growth_s = entry.own_s - baseOwn;
    if (!(growth_s > 0) || growth_s < minGrowth) continue;
    grown.push({
      function: name,
      baseline_own_s: old === undefined ? null : old.own_s,
      current_own_s: entry.own_s,
      growth_s,
      growth_pct: old !== undefined && old.own_s > 0 ? (growth_s / old.own_s) * 100 : null,
      baseline_cumulative_s: old === undefined ? null : old.cumulative_s,
      current_cumulative_s: entry.cumulative_s,
    });
  }
  grown.sort((a, b) => b.growth_s - a.growth_s || (a.function < b.function ? -1 : 1));
  return { baseline_run_id: baseline.run_id, grown: grown.slice(0, rows) };
}
