// Builds dist/: one ncc bundle per face (the action, an ES module, and the CLI, CommonJS so that its chunks can be
// served from pyrun's compile cache on Node 20: see src/compile-cache.ts), plus sql.js's loader and WASM copied beside
// them (sql.js does not survive bundling; src/engine/history/sqljs.ts loads these files at run time), the site's
// browser files and uPlot in dist/site/ (src/engine/site/assets.ts), plus
// pyrun's Python helpers from src/python/ in dist/python/ (src/engine/execute/exec/python-files.ts finds them; their tests
// stay behind).
//
// `--if-changed` (what `npm test` runs first) skips the build when dist/ is the build of exactly these inputs: a
// stamp outside the repository (node_modules/.cache) remembers a hash of the inputs and of the dist/ they gave.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
const entries = [
  ['src/action/index.ts', 'dist/action'],
  ['src/cli/bin.cjs', 'dist/cli'],
];
const STAMP = 'node_modules/.cache/pyrun-build/stamp.json';
// Everything the build reads: a change to any of these makes dist/ stale.
const INPUTS = ['src', 'scripts/build.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

const ifChanged = process.argv.includes('--if-changed');
const inputsHash = hashTree(INPUTS);
if (ifChanged && existsSync(STAMP) && existsSync('dist')) {
  const stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  if (stamp.inputs === inputsHash && stamp.dist === hashTree(['dist'])) {
    console.log('dist/ is already the build of this source (node scripts/build.mjs rebuilds it anyway).');
    process.exit(0);
  }
}

// Build beside dist/ and swap at the end, so a test running the old bundle never sees a half-written one.
// Types are checked by `npm run typecheck`; the bundler only transpiles.
const staging = `dist.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
// The faces are bundled at the same time: two independent ncc processes (each mostly one core).
await Promise.all(
  entries
    .filter(([entry]) => existsSync(entry))
    .map(([entry, out]) => {
      const args = [ncc, 'build', entry, '-o', out.replace(/^dist/, staging), '--target', 'es2022'];
      args.push('--transpile-only', '--no-source-map-register', '--license', 'licenses.txt', '--quiet');
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { stdio: 'inherit' });
        child.on('error', reject);
        child.on('exit', (code, signal) =>
          code === 0
            ? resolve()
            : reject(new Error(`ncc build ${entry} failed (${signal ?? `exit ${code}`})`)),
        );
      });
    }),
);
// ncc writes one licenses.txt per chunk to the same name, so a face split into chunks keeps only the last chunk's
// list. Write each face's from package-lock.json instead: every production dependency, a superset of the bundle.
const licenses = productionLicenses();
for (const [, out] of entries) {
  const dir = out.replace(/^dist/, staging);
  if (existsSync(dir)) writeFileSync(path.join(dir, 'licenses.txt'), licenses);
}
const sqlDir = path.dirname(require.resolve('sql.js/dist/sql-wasm.js'));
mkdirSync(staging, { recursive: true });
copyFileSync(path.join(sqlDir, 'sql-wasm.js'), `${staging}/sql-wasm.cjs`);
copyFileSync(path.join(sqlDir, 'sql-wasm.wasm'), `${staging}/sql-wasm.wasm`);
// `pyrun site`'s static files (src/engine/site/assets.ts finds them here): pyrun's own browser side, and uPlot,
// the chart library, which the site carries with it so that nothing is fetched from elsewhere.
mkdirSync(`${staging}/site`);
for (const name of readdirSync('src/site').sort())
  copyFileSync(`src/site/${name}`, `${staging}/site/${name}`);
const uplotDir = path.dirname(require.resolve('uplot/dist/uPlot.iife.min.js'));
for (const name of ['uPlot.iife.min.js', 'uPlot.min.css'])
  copyFileSync(path.join(uplotDir, name), `${staging}/site/${name}`);
mkdirSync(`${staging}/python`);
for (const name of readdirSync('src/python').sort()) {
  if (name.endsWith('.py') && !name.startsWith('test_'))
    copyFileSync(`src/python/${name}`, `${staging}/python/${name}`);
}
// The CLI bundle is the package's bin, dist/cli/index.js (ncc names a CommonJS entry's bundle index.cjs; its chunks
// do not refer to that name). The package is "type": "module", so dist/cli says its .js files are CommonJS.
const cli = `${staging}/cli/index.js`;
if (existsSync(`${staging}/cli/index.cjs`)) {
  renameSync(`${staging}/cli/index.cjs`, cli);
  writeFileSync(`${staging}/cli/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
}
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}
rmSync('dist', { recursive: true, force: true });
renameSync(staging, 'dist');
mkdirSync(path.dirname(STAMP), { recursive: true });
writeFileSync(STAMP, JSON.stringify({ inputs: inputsHash, dist: hashTree(['dist']) }));

/** SHA-256 over the relative path and bytes of every file under `roots` (files or directories), in sorted order. */
function hashTree(roots) {
  const hash = createHash('sha256');
  const visit = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name !== 'node_modules' && name !== '__pycache__') visit(path.join(p, name));
      }
      return;
    }
    hash.update(`${p}\0`);
    hash.update(readFileSync(p));
    hash.update('\0');
  };
  for (const root of roots) visit(root);
  return hash.digest('hex');
}

function productionLicenses() {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
  const seen = new Set();
  const parts = [];
  const packages = Object.entries(lock.packages).filter(([dir, info]) => dir !== '' && !info.dev);
  for (const [dir, info] of packages.sort(([a], [b]) => a.localeCompare(b))) {
    const name = dir.slice(dir.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (seen.has(`${name}@${info.version}`) || !existsSync(dir)) continue;
    seen.add(`${name}@${info.version}`);
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
    parts.push(`${name}\n${info.license ?? 'UNKNOWN'}\n${text}\n`);
  }
  // LF only: .gitattributes keeps text files LF, so a CRLF license text would never match a fresh build.
  return parts.join('\n').replace(/\r\n?/g, '\n');
}
