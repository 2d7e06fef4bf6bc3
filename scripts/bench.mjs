// `npm run bench [costs|sampling]`: bundle bench/main.ts (it imports engine source) into a
// temporary directory and run it from the repository root, against the freshly built dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const out = mkdtempSync(path.join(os.tmpdir(), 'pyrun-bench-build-'));
execFileSync(
  process.execPath,
  [ncc, 'build', 'bench/main.ts', '-o', out, '--target', 'es2022', '--transpile-only', '--quiet'],
  {
    stdio: 'inherit',
  },
);
// sql.js is loaded beside the bundle, as in dist/.
for (const f of ['sql-wasm.cjs', 'sql-wasm.wasm']) execFileSync('cp', [path.join('dist', f), out]);
execFileSync(process.execPath, [path.join(out, 'index.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PYRUN_BENCH_CLI: path.resolve('dist/cli/index.js'),
    PYRUN_BENCH_BURN: path.resolve('__tests__/fixtures/burn.py'),
    PYRUN_BENCH_RUSAGE: path.resolve('bench/rusage.py'),
    PYRUN_BENCH_COUNTED: path.resolve('__tests__/fixtures/counted.py'),
  },
});
