/**
 * Once per `npm test`, before any worker starts (workers and every process they spawn inherit this environment):
 * - TMPDIR points into one fresh directory, removed by global-teardown.mjs, so the thousands of temporary
 *   directories the stories make (repositories, histories, reports) never pile up in /tmp;
 * - the directory of the real Python interpreter comes first on PATH, so a version-manager shim (pyenv adds
 *   a bash process to every start) does not slow every spawned script down. Where `python3` is the
 *   interpreter itself (a plain Debian machine) this changes nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function globalSetup() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pyrun-jest-'));
  process.env.PYRUN_JEST_TMPDIR = root;
  process.env.TMPDIR = root;
  try {
    const exe = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
    if (exe !== '' && path.isAbsolute(exe)) {
      process.env.PATH = `${path.dirname(exe)}${path.delimiter}${process.env.PATH ?? ''}`;
    }
  } catch {
    // No python3 at all: the tests that need it say so (helpers/needs.ts).
  }
}
