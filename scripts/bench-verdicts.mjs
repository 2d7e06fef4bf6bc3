// `npm run bench:verdicts`: bundle bench/verdicts/main.ts (it imports engine source) and run it; sql.js is
// loaded from beside the bundle, as in dist/ (built first when missing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
if (!existsSync('dist/sql-wasm.wasm'))
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const out = mkdtempSync(path.join(os.tmpdir(), 'pyrun-bench-verdicts-'));
execFileSync(
  process.execPath,
  [ncc, 'build', 'bench/verdicts/main.ts', '-o', out, '--target', 'es2022', '--transpile-only', '--quiet'],
  { stdio: 'inherit' },
);
for (const f of ['sql-wasm.cjs', 'sql-wasm.wasm']) execFileSync('cp', [path.join('dist', f), out]);
execFileSync(process.execPath, [path.join(out, 'index.js')], { stdio: 'inherit' });
