// `node scripts/generate-multivariate-thresholds.mjs`: regenerates src/engine/analysis/multivariate-thresholds.ts,
// the cutoffs of `pyrun trend`'s multivariate outliers, by bundling and running bench/calibrate/main.ts (a
// seeded Monte Carlo of several minutes; production and tests only read the committed table).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
const out = mkdtempSync(path.join(os.tmpdir(), 'pyrun-calibrate-'));
execFileSync(
  process.execPath,
  [ncc, 'build', 'bench/calibrate/main.ts', '-o', out, '--target', 'es2022', '--transpile-only', '--quiet'],
  { stdio: 'inherit' },
);
const table = execFileSync(process.execPath, [path.join(out, 'index.js')], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
writeFileSync('src/engine/analysis/multivariate-thresholds.ts', table);
