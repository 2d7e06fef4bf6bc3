/**
 * How the local executor runs the launcher (src/python/launcher.py): the reaper that stands between pyrun and the
 * script, forks it into its own process group, reaps it and every orphan, and reports the kernel's exact figures
 * on fd 3 (the message format is documented in launcher.py).
 *
 * The launcher is a file, so `ps` shows `python3 -S -E …/launch.py -- SCRIPT ARGS`: launch.py is a few lines that
 * import launcher.py, whose bytecode Python caches (a file run as the program is compiled from source on every
 * start). -S and -E keep its start-up short and free of the user's
 * site-packages and PYTHON* variables (which still reach the script, run by the same interpreter). Options before `--` are the launcher's own and never reach the script:
 * `--profile=PSTATS` runs the script under the profile runner (src/python/profile_runner.py); `--module` runs SCRIPT
 * as a module (`python -m SCRIPT`); `--valgrind=PATH --instructions=DIR` runs the script's whole tree under valgrind's
 * callgrind, which counts its instructions into DIR (the launcher itself stays outside valgrind); `--calibrate` has
 * the launcher time a fixed loop on each core once the tree is gone (the `calibration_ms` metric).
 */
import type { LaunchSpec } from './types.js';
import { pythonFile } from './python-files.js';

/** The interpreter's arguments that run `spec` under the launcher. */
export function launcherArgs(
  spec: Pick<LaunchSpec, 'script' | 'args' | 'profile_path' | 'module' | 'counter'> & { calibrate?: boolean },
): string[] {
  const options = spec.profile_path ? [`--profile=${spec.profile_path}`] : [];
  if (spec.module) options.push('--module');
  if (spec.calibrate) options.push('--calibrate');
  if (spec.counter) {
    options.push(`--valgrind=${spec.counter.valgrind}`, `--instructions=${spec.counter.out_dir}`);
  }
  return ['-S', '-E', pythonFile('launch.py'), ...options, '--', spec.script, ...spec.args];
}
