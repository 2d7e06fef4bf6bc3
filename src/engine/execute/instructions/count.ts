/**
 * One `--instructions` execution: where its callgrind files go, and its count once it has ended. Each execution of
 * a run (retries, warm-ups, benchmark repeats) gets its own folder: the first the run's folder itself, the n-th
 * `<folder>/<n>`, so KCachegrind users find the files of a plain run where the record says.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { LaunchSpec } from '../exec/types.js';
import { PyrunError } from '../../errors.js';
import type { Instrumentation } from '../../types.js';
import { readInstructionCounts, valgrindLogTail, type InstructionCounts } from './callgrind.js';

/** What a record says about the other metrics of an instrumented run, wherever they are shown. */
export const INSTRUMENTED_NOTE =
  'instructions counted under valgrind: every other metric of this run is real but measured on a run slowed ~30x; ' +
  'it is compared only with other --instructions runs';

/** The launch of the n-th execution (1-based), with its own folder made. */
export async function instrumentedLaunch(launch: LaunchSpec, execution: number): Promise<LaunchSpec> {
  const counter = launch.counter;
  if (!counter) return launch;
  const out_dir = execution === 1 ? counter.out_dir : path.join(counter.out_dir, String(execution));
  await mkdir(out_dir, { recursive: true });
  return { ...launch, counter: { ...counter, out_dir } };
}

/**
 * The counts of an execution that has ended. A script that succeeded must have been counted: without counts
 * (valgrind could not run it) the run is pyrun's failure, never a silent run without its measure. A script that
 * failed or was killed may have no counts: null.
 */
export async function executionCounts(
  launch: LaunchSpec,
  scriptSucceeded: boolean,
): Promise<InstructionCounts | null> {
  const out_dir = launch.counter?.out_dir;
  if (out_dir === undefined) return null;
  const counts = await readInstructionCounts(out_dir);
  if (counts === null && scriptSucceeded) {
    const tail = await valgrindLogTail(out_dir);
    throw new PyrunError(
      `--instructions: valgrind wrote no instruction count (files in ${out_dir})${tail ? `:\n${tail}` : ''}`,
    );
  }
  return counts;
}

/** The record's account of an instrumented execution. */
export function instrumentation(launch: LaunchSpec, counts: InstructionCounts | null): Instrumentation {
  return {
    tool: 'callgrind',
    pythonhashseed: launch.env.PYTHONHASHSEED ?? '',
    per_process: counts?.per_process ?? [],
    out_dir: launch.counter?.out_dir ?? '',
    note: INSTRUMENTED_NOTE,
  };
}
