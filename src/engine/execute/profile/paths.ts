/**
 * Where a profiled run's files go. Apart from ./index.ts, so that preparing a run does not load the profile readers
 * (and node:fs/promises) unless the run is profiled: an unprofiled run's start-up stays short.
 */
import path from 'node:path';

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
