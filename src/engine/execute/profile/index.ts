/**
 * `--profile`: where the profile files go, and turning the stats file a profiled run left into the record's
 * `profile` (top functions) plus a speedscope file beside it.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunProfile } from '../../types.js';
import type { ProfilePaths } from './paths.js';
import { speedscopeFromStats } from './speedscope.js';
import { readProfileStats } from './stats.js';
import { DEFAULT_PROFILE_TOP_N, profileHeadline } from './summary.js';

export { DEFAULT_PROFILE_TOP_N, functionLabel, profileHeadline } from './summary.js';
export { speedscopeFromStats, type SpeedscopeFile } from './speedscope.js';
export { parseProfileStats, readProfileStats, type ProfileStats } from './stats.js';
export { DEFAULT_PROFILE_DIR, profilePaths, type ProfilePaths } from './paths.js';

/** Measured on a call-heavy CPU-bound script (docs/profiling.md); stated in every profiled record. */
export const PROFILE_OVERHEAD_NOTE =
  "measured under cProfile, whose overhead is in this run's metrics (about 4x on code made of many small Python calls, 1.3-1.4x on loops and library code); compare profiled runs only with profiled runs";

export interface CollectOptions extends ProfilePaths {
  /** The interpreter that ran the script (reads the stats file). */
  python: string;
  /** Paths under it are shown relative to it. */
  base_dir: string;
  /** The speedscope profile's name (the series). */
  name: string;
  exporter: string;
  top_n?: number;
}

/** Reads the stats the run left, writes the speedscope file, and returns the record's `profile`. Throws when it cannot. */
export async function collectProfile(options: CollectOptions): Promise<RunProfile> {
  const stats = await readProfileStats(options.python, options.pstats_path);
  const headline = profileHeadline(stats, {
    top_n: options.top_n ?? DEFAULT_PROFILE_TOP_N,
    base_dir: options.base_dir,
  });
  const speedscope = speedscopeFromStats(stats, options.name, options.exporter);
  await mkdir(path.dirname(options.speedscope_path), { recursive: true });
  await writeFile(options.speedscope_path, JSON.stringify(speedscope));
  return {
    ...headline,
    pstats_path: options.pstats_path,
    speedscope_path: options.speedscope_path,
    overhead_note: PROFILE_OVERHEAD_NOTE,
  };
}

/** Makes the profile's directory and removes files an earlier run left at these paths (they are not this run's). */
export async function prepareProfileFiles(paths: ProfilePaths): Promise<void> {
  await mkdir(path.dirname(paths.pstats_path), { recursive: true });
  await rm(paths.pstats_path, { force: true });
  await rm(paths.speedscope_path, { force: true });
}

/** The record's `profile` when none could be read: empty lists and the reason. */
export function missingProfile(paths: ProfilePaths, error: string): RunProfile {
  return {
    top_own: [],
    top_cumulative: [],
    total_s: 0,
    pstats_path: paths.pstats_path,
    speedscope_path: paths.speedscope_path,
    overhead_note: PROFILE_OVERHEAD_NOTE,
    error,
  };
}
