// Builds dist/: one ncc bundle per face (the action and the CLI), plus sql.js's loader and WASM copied beside
// them (sql.js does not survive bundling; src/engine/history/sqljs.ts loads these files at run time), plus
// pyrun's Python helpers from src/python/ in dist/python/ (src/engine/exec/python-files.ts finds them; their tests
// stay behind).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist/ncc/cli.js');
const entries = [
  ['src/action/index.ts', 'dist/action'],
  ['src/cli/index.ts', 'dist/cli'],
];

// Build beside dist/ and swap at the end, so a test running the old bundle never sees a half-written one.
// Types are checked by `npm run typecheck`; the bundler only transpiles.
const staging = `dist.staging-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
for (const [entry, out] of entries) {
  if (!existsSync(entry)) continue;
  const args = [ncc, 'build', entry, '-o', out.replace(/^dist/, staging), '--target', 'es2022'];
  args.push('--transpile-only', '--no-source-map-register', '--license', 'licenses.txt', '--quiet');
  execFileSync(process.execPath, args, { stdio: 'inherit' });
}
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
mkdirSync(`${staging}/python`);
for (const name of readdirSync('src/python').sort()) {
  if (name.endsWith('.py') && !name.startsWith('test_'))
    copyFileSync(`src/python/${name}`, `${staging}/python/${name}`);
}
// The CLI bundle is the package's bin: keep its shebang and make it executable.
const cli = `${staging}/cli/index.js`;
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}
rmSync('dist', { recursive: true, force: true });
renameSync(staging, 'dist');

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
