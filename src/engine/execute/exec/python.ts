/**
 * Finds the interpreter and the script before anything runs, so a missing one is one clear line (exit 125)
 * rather than a confusing failure later.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { PyrunError } from '../../errors.js';

/** Resolves `--python` (or python3, then python) against PATH from the script's environment. */
export function resolvePython(requested: string | null, envPath: string | undefined, cwd: string): string {
  const candidates = requested ? [requested] : ['python3', 'python'];
  for (const candidate of candidates) {
    const found = findExecutable(candidate, envPath, cwd);
    if (found) return found;
  }
  throw new PyrunError(
    requested
      ? `interpreter not found: ${requested} (--python takes a path or a command on PATH)`
      : 'no Python interpreter found: neither python3 nor python is on PATH (use --python PATH)',
  );
}

export function findExecutable(name: string, envPath: string | undefined, cwd: string): string | null {
  const exts = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
  const isExecutable = (file: string) => {
    try {
      if (!statSync(file).isFile()) return false;
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (name.includes('/') || name.includes('\\')) {
    const file = path.resolve(cwd, name);
    return isExecutable(file) ? file : null;
  }
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const file = path.join(dir, name + ext);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/** The script must be a readable file (relative paths are relative to the working directory). */
export function checkScript(script: string, cwd: string): void {
  const file = path.resolve(cwd, script);
  let ok: boolean;
  try {
    ok = statSync(file).isFile();
  } catch {
    ok = false;
  }
  if (!ok)
    throw new PyrunError(`script not found: ${script}${path.isAbsolute(script) ? '' : ` (in ${cwd})`}`);
}
