/**
 * `--profile` around one run, in one place. Before the script starts: the profile's folder made, stale files of
 * an earlier run removed, and the launch pointed at the stats file. After it ends: the stats read into the record's
 * `profile` (top functions) and a speedscope file written beside them. Once the run is judged: its profile diffed
 * against the newest baseline run that has one. Trouble is a warning, never a lost record. The readers (and
 * node:fs/promises) are loaded only for a profiled run, so an unprofiled run's start-up does without them.
 */
import { profileDiff } from './diff.js';
import type { LaunchSpec } from '../exec/types.js';
import type { StoredRun } from '../../history/store.js';
import type { RunProfile, RunRecord } from '../../types.js';
import type { ProfilePaths } from './paths.js';

/** Where a run's profile files go; paths under `base_dir` (the script's directory) are shown relative. */
export type ProfileFiles = ProfilePaths & { base_dir: string };

/**
 * The launch to start: with the profile path set when `--profile` asks for one and its folder can be made; else
 * the launch unchanged (a remote executor cannot profile: one warning).
 */
export async function profiledLaunch(
  launch: LaunchSpec,
  executor: string,
  profile: ProfileFiles | null,
  warn: (message: string) => void,
): Promise<LaunchSpec> {
  if (!profile) return launch;
  if (executor !== 'local') {
    warn(`--profile works with the local executor only; this run (${executor}) is not profiled`);
    return launch;
  }
  const { prepareProfileFiles } = await import('./index.js');
  try {
    await prepareProfileFiles(profile);
  } catch (error) {
    warn(`cannot profile this run: ${(error as Error).message}`);
    return launch;
  }
  return { ...launch, profile_path: profile.pstats_path };
}

/** The record's `profile` from the stats the run left; when they cannot be read, an empty one saying why. */
export async function readRunProfile(
  profile: ProfileFiles,
  run: { python: string; name: string; pyrun_version: string },
  warn: (message: string) => void,
): Promise<RunProfile> {
  const { collectProfile, missingProfile } = await import('./index.js');
  try {
    return await collectProfile({
      ...profile,
      python: run.python,
      name: run.name,
      exporter: `pyrun@${run.pyrun_version}`,
    });
  } catch (error) {
    const why = (error as Error).message;
    warn(`no profile for this run: ${why}`);
    return missingProfile(profile, why);
  }
}

/** The profile diff against the newest baseline run with a readable profile (baseline runs come newest first). */
export function withProfileDiff(record: RunRecord, baselineRuns: readonly StoredRun[]): RunRecord {
  if (!record.profile || record.profile.error !== undefined) return record;
  const base = baselineRuns.find(
    (r) => r.profile && r.profile.error === undefined && r.profile.top_own.length > 0,
  );
  if (!base?.profile) return record;
  return { ...record, profile_diff: profileDiff(record.profile, { ...base.profile, run_id: base.run_id }) };
}
