// Tags a release: `npm run release -- v1.2.3 [--push]`.
//
// Checks that the work tree is clean, that package.json's version is 1.2.3, that the tag is new and that dist/ is
// the build of this source (`npm run check-dist`; `--no-dist-check` skips it, for tests only). Then it creates
// the annotated tag v1.2.3 and moves the major tag v1 to the same commit, which is what users pin with
// `uses: org/pyrun-action@v1`. With --push it pushes both (v1 forced, as it moves); without, it prints the commands.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const tag = args.find((a) => !a.startsWith('--'));
const push = args.includes('--push');
const distCheck = !args.includes('--no-dist-check');

const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag ?? '');
if (!match) fail(`give the version as vX.Y.Z (got '${tag ?? ''}'), e.g. npm run release -- v1.2.3`);
const version = tag.slice(1);
const major = `v${match[1]}`;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.version !== version) {
  fail(
    `package.json says version ${pkg.version}, not ${version}: bump it (and CHANGELOG.md) and commit first`,
  );
}
if (git('status', '--porcelain') !== '')
  fail('the work tree has uncommitted changes: commit or stash them first');
if (git('tag', '--list', tag) !== '') fail(`tag ${tag} already exists`);
const previous = git('tag', '--list', 'v*.*.*', '--sort=-v:refname').split('\n').filter(Boolean)[0];
if (previous && compare(previous.slice(1), version) >= 0) fail(`${tag} is not newer than ${previous}`);

if (distCheck) execFileSync(process.execPath, ['scripts/check-dist.mjs'], { stdio: 'inherit' });

git('tag', '-a', tag, '-m', `pyrun ${tag}`);
git('tag', '-fa', major, '-m', `pyrun ${major} (at ${tag})`);
const commit = git('rev-parse', 'HEAD');
console.log(`release: tagged ${tag} and moved ${major} to ${commit.slice(0, 12)}`);

const commands = [
  ['push', 'origin', `refs/tags/${tag}`],
  ['push', '--force', 'origin', `refs/tags/${major}`],
];
if (push) {
  for (const command of commands) execFileSync('git', command, { stdio: 'inherit' });
} else {
  console.log('release: to publish, run');
  for (const command of commands) console.log(`  git ${command.join(' ')}`);
}

/** Semantic-version order of two X.Y.Z strings. */
function compare(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}
