/**
 * `--instructions` needs valgrind where the script runs. It is looked up before anything runs, so a machine without
 * it is one line that says how to install it (exit 125), never a silent fallback to timing.
 */
import { PyrunError } from '../../errors.js';
import { findExecutable } from '../exec/python.js';

/** What installs valgrind, by the package managers of the systems it runs on (Linux; Intel macOS only). */
export const VALGRIND_INSTALL_HINT =
  'install it: `sudo apt-get install -y valgrind` (Debian, Ubuntu, GitHub runners), `sudo dnf install valgrind` ' +
  '(Fedora, RHEL), `sudo apk add valgrind` (Alpine); valgrind does not run on macOS on Apple silicon or on Windows';

/** The valgrind on PATH, or a PyrunError naming the flag and how to install it. */
export function resolveValgrind(envPath: string | undefined, cwd: string): string {
  const found = findExecutable('valgrind', envPath, cwd);
  if (found === null) {
    throw new PyrunError(`--instructions needs valgrind, which is not on PATH: ${VALGRIND_INSTALL_HINT}`);
  }
  return found;
}
