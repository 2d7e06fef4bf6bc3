// `npm run bench:ab`: bundle bench/ab-sim.ts (it imports engine source) into a temporary directory and run the
// seeded A/B simulator; it prints the tables of docs/side-by-side.md ("What it buys").
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
const out = mkdtempSync(path.join(os.tmpdir(), 'pyrun-bench-ab-'));
execFileSync(
  process.execPath,
  [ncc, 'build', 'bench/ab-sim.ts', '-o', out, '--target', 'es2022', '--transpile-only', '--quiet'],
  { stdio: 'inherit' },
);
execFileSync(process.execPath, [path.join(out, 'index.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
