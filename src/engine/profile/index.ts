/**
 * `--profile`: where the profile files go, and turning the stats file a profiled run left into the record's
 * `profile` (top functions) plus a speedscope file beside it.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunProfile } from '../types.js';
import { speedscopeFromStats } from './speedscope.js';
import { readProfileStats } from './stats.js';
import { DEFAULT_PROFILE_TOP_N, profileHeadline } from './summary.js';

export { DEFAULT_PROFILE_TOP_N, functionLabel, profileHeadline } from './summary.js';
export { speedscopeFromStats, type SpeedscopeFile } from './speedscope.js';
export { parseProfileStats, readProfileStats, type ProfileStats } from './stats.js';

/** Measured on a call-heavy CPU-bound script (README, "Profiling"); stated in every profiled record. */
export const PROFILE_OVERHEAD_NOTE =
  "measured under cProfile, whose overhead is in this run's metrics (about 4x on code made of many small Python calls, 1.3-1.4x on loops and library code); compare profiled runs only with profiled runs";

export const DEFAULT_PROFILE_DIR = '.pyrun/profiles';

export interface ProfilePaths {
  pstats_path: string;
  speedscope_path: string;
}

/**
 * Where a run's profile files go: `<profile_dir>/<run_id>.pstats` and `.speedscope.json` when a directory is
 * given; else beside the `--json` file (`out/run.json` → `out/run.pstats`, `out/run.speedscope.json`); else in
 * DEFAULT_PROFILE_DIR. Relative paths are resolved against `base_dir`.
 */
export function profilePaths(options: {
  run_id: string;
  base_dir: string;
  profile_dir?: string | null;
  json_path?: string | null;
}): ProfilePaths {
  let stem: string;
  if (options.profile_dir)
    stem = path.join(path.resolve(options.base_dir, options.profile_dir), options.run_id);
  else if (options.json_path) {
    const json = path.resolve(options.base_dir, options.json_path);
    stem = path.join(path.dirname(json), path.basename(json, path.extname(json)));
  } else stem = path.join(path.resolve(options.base_dir, DEFAULT_PROFILE_DIR), options.run_id);
  return { pstats_path: `${stem}.pstats`, speedscope_path: `${stem}.speedscope.json` };
}

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
