// `npm run bench:real-runs [-- collect ...]`: with `collect`, record real runs into the data set
// (bench/real-runs/collect.mjs, against the built dist/); without, bundle bench/real-runs/main.ts (it imports
// engine source) and replay the data set through the real judge.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
if (args[0] === 'collect') {
  if (!existsSync('dist/cli/index.js'))
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['bench/real-runs/collect.mjs', ...args.slice(1)], { stdio: 'inherit' });
} else {
  const require = createRequire(import.meta.url);
  const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
  const out = mkdtempSync(path.join(os.tmpdir(), 'pyrun-bench-real-runs-'));
  execFileSync(
    process.execPath,
    [ncc, 'build', 'bench/real-runs/main.ts', '-o', out, '--target', 'es2022', '--transpile-only', '--quiet'],
    { stdio: 'inherit' },
  );
  execFileSync(process.execPath, [path.join(out, 'index.js'), ...args], { stdio: 'inherit' });
}
