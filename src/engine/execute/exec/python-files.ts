/**
 * pyrun's Python helpers are `.py` files (src/python/): the launcher (launch.py, its entry) and THE reaper, the
 * remote launcher and its bootstrap, the profile runner and the pstats reader. This finds them at run time,
 * wherever pyrun runs from:
 *
 *   - the bundles (dist/action/index.js, dist/cli/index.js): the build copies them to dist/python/;
 *   - the source (ts-jest runs src/engine/execute/exec/): src/python/.
 *
 * The directory is searched next to the running code and up from it, with names in variables, as
 * ../../history/sqljs.ts finds sql.js, so the bundler does not try to inline or relocate the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type PythonFileName =
  'launch.py' | 'launcher.py' | 'remote.py' | 'bootstrap.py' | 'profile_runner.py' | 'pstats_reader.py';

const PYTHON_DIR_NAME = 'python';
const MARKER_FILE: PythonFileName = 'launcher.py';

let cachedDir: string | undefined;
const cachedSources = new Map<PythonFileName, string>();

/** The directory holding pyrun's .py files. Throws, naming every place looked at, when there is none. */
export function pythonDir(): string {
  if (cachedDir !== undefined) return cachedDir;
  const here = dirname(fileURLToPath(import.meta.url));
  const tried: string[] = [];
  for (let dir = here, up = 0; up < 4; up += 1, dir = dirname(dir)) {
    const candidate = join(dir, PYTHON_DIR_NAME);
    tried.push(candidate);
    if (existsSync(join(candidate, MARKER_FILE))) {
      cachedDir = candidate;
      return candidate;
    }
  }
  throw new Error(`pyrun's Python files are missing: no ${MARKER_FILE} in ${tried.join(', ')}`);
}

/** The absolute path of one of pyrun's .py files. */
export function pythonFile(name: PythonFileName): string {
  return join(pythonDir(), name);
}

/** The text of one of pyrun's .py files (read once). */
export function pythonSource(name: PythonFileName): string {
  let text = cachedSources.get(name);
  if (text === undefined) {
    text = readFileSync(pythonFile(name), 'utf8');
    cachedSources.set(name, text);
  }
  return text;
}
