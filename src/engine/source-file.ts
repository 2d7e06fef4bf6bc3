/**
 * The file a run executes, as a path from the directory pyrun was started in (the repository root in CI), for
 * reports whose readers open it: JUnit's `file` attribute is where annotating actions place their annotations. A
 * suite's script is relative to its config file's folder, and a module is a dotted name, so neither is such a path
 * as given. A module is looked up as `python -m` looks first (in the run's working directory: `a/b.py`, then the
 * package's `a/b/__main__.py`); a module found elsewhere (installed, or on PYTHONPATH) gives null.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LaunchSpec } from './execute/exec/types.js';

export function sourceFile(
  launch: Pick<LaunchSpec, 'script' | 'module' | 'cwd'>,
  base_dir: string,
): string | null {
  const candidates = launch.module
    ? [
        path.join(launch.cwd, ...launch.script.split('.')) + '.py',
        path.join(launch.cwd, ...launch.script.split('.'), '__main__.py'),
      ]
    : [path.resolve(launch.cwd, launch.script)];
  const found = candidates.find((file) => isFile(file));
  if (found === undefined) return launch.module ? null : relativeTo(base_dir, candidates[0]!);
  return relativeTo(base_dir, found);
}

function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `examples/etl.py` (always `/`-separated, as report readers expect); the absolute path when it is not below. */
function relativeTo(base_dir: string, file: string): string {
  const relative = path.relative(base_dir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file;
  return relative.split(path.sep).join('/');
}
