/**
 * The run's git identity, read from the checkout's files (no `git` process on the way to the script): in every
 * layout a user's checkout can have, it is what `git rev-parse HEAD --abbrev-ref HEAD` says, and where the reader
 * is not sure, it asks git.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { askGit, gitIdentity, readCheckout } from '../../../src/cli/git.js';
import { tempDir } from '../../helpers/pyrun.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'pyrun',
  GIT_AUTHOR_EMAIL: 'pyrun@127.0.0.1',
  GIT_COMMITTER_NAME: 'pyrun',
  GIT_COMMITTER_EMAIL: 'pyrun@127.0.0.1',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tempDir(),
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

/** A repository with two commits on `main` (the second on a branch merged back is not needed). */
function repo(): string {
  const dir = path.join(tempDir(), 'checkout');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'etl.py'), 'print(1)\n');
  git(dir, 'add', 'etl.py');
  git(dir, 'commit', '-q', '-m', 'one');
  writeFileSync(path.join(dir, 'etl.py'), 'print(2)\n');
  git(dir, 'commit', '-q', '-am', 'two');
  return dir;
}

/** Read from the files, and the same as git says. */
async function expectReadAsGitSays(
  cwd: string,
  expected: { git_ref: string | null; git_sha: string | null },
) {
  expect(readCheckout(cwd, {})).toEqual(expected);
  expect(await askGit(cwd)).toEqual(expected);
}

describe('the git identity of a run', () => {
  it('reads the branch and commit of an ordinary checkout, from its root and from a folder inside', async () => {
    const dir = repo();
    const expected = { git_ref: 'main', git_sha: git(dir, 'rev-parse', 'HEAD') };
    await expectReadAsGitSays(dir, expected);
    mkdirSync(path.join(dir, 'etl', 'jobs'), { recursive: true });
    await expectReadAsGitSays(path.join(dir, 'etl', 'jobs'), expected);
  });

  it('reads a branch whose ref lives only in packed-refs (after `git gc` or a fresh clone)', async () => {
    const dir = repo();
    git(dir, 'checkout', '-q', '-b', 'feature/fast-io');
    git(dir, 'pack-refs', '--all');
    await expectReadAsGitSays(dir, { git_ref: 'feature/fast-io', git_sha: git(dir, 'rev-parse', 'HEAD') });
  });

  it('records no branch on a detached HEAD (as CI checkouts of a commit are)', async () => {
    const dir = repo();
    const first = git(dir, 'rev-parse', 'HEAD~1');
    git(dir, 'checkout', '-q', '--detach', first);
    await expectReadAsGitSays(dir, { git_ref: null, git_sha: first });
  });

  it('reads a linked worktree (its HEAD is its own, its branches are the main checkout’s)', async () => {
    const dir = repo();
    const other = path.join(path.dirname(dir), 'hotfix-tree');
    git(dir, 'worktree', 'add', '-q', '-b', 'hotfix', other, 'HEAD~1');
    await expectReadAsGitSays(other, { git_ref: 'hotfix', git_sha: git(dir, 'rev-parse', 'HEAD~1') });
    await expectReadAsGitSays(dir, { git_ref: 'main', git_sha: git(dir, 'rev-parse', 'HEAD') });
  });

  it('follows a branch that is a symbolic ref to another, as git does', async () => {
    const dir = repo();
    git(dir, 'symbolic-ref', 'refs/heads/trunk', 'refs/heads/main');
    git(dir, 'symbolic-ref', 'HEAD', 'refs/heads/trunk');
    await expectReadAsGitSays(dir, { git_ref: 'main', git_sha: git(dir, 'rev-parse', 'HEAD') });
  });

  it('reads inside a bare repository', async () => {
    const dir = repo();
    const bare = path.join(path.dirname(dir), 'bare.git');
    git(path.dirname(dir), 'clone', '-q', '--bare', dir, bare);
    await expectReadAsGitSays(bare, { git_ref: 'main', git_sha: git(dir, 'rev-parse', 'HEAD') });
  });

  it('records neither outside a repository or on a branch with no commit yet', async () => {
    const outside = tempDir();
    await expectReadAsGitSays(outside, { git_ref: null, git_sha: null });
    const fresh = path.join(tempDir(), 'fresh');
    mkdirSync(fresh);
    git(fresh, 'init', '-q', '-b', 'main');
    await expectReadAsGitSays(fresh, { git_ref: null, git_sha: null });
  });

  it('asks git where a short name is ambiguous (a tag named like the branch) and gets git’s answer', async () => {
    const dir = repo();
    git(dir, 'tag', 'main', 'HEAD~1');
    expect(readCheckout(dir, {})).toBeUndefined();
    const asked = await gitIdentity({}, dir);
    expect(asked).toEqual(await askGit(dir));
    expect(asked.git_ref).toBe('heads/main');
  });

  it('asks git when GIT_DIR or another discovery variable is set', () => {
    const dir = repo();
    expect(readCheckout(dir, { GIT_DIR: path.join(dir, '.git') })).toBeUndefined();
    expect(readCheckout(dir, { GIT_CEILING_DIRECTORIES: path.dirname(dir) })).toBeUndefined();
  });

  it('takes the CI’s own variables over the checkout', async () => {
    const dir = repo();
    expect(await gitIdentity({ GITHUB_REF_NAME: 'release', GITHUB_SHA: 'f'.repeat(40) }, dir)).toEqual({
      git_ref: 'release',
      git_sha: 'f'.repeat(40),
    });
    // Only the ref from CI: the commit still comes from the checkout.
    expect(await gitIdentity({ CI_COMMIT_REF_NAME: 'mr-7' }, dir)).toEqual({
      git_ref: 'mr-7',
      git_sha: git(dir, 'rev-parse', 'HEAD'),
    });
  });
});
