/** Removes the directory global-setup.mjs made TMPDIR, with everything the tests left in it. */
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const root = process.env.PYRUN_JEST_TMPDIR;
  if (root) rmSync(root, { recursive: true, force: true });
}
