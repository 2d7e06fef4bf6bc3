/**
 * `pyrun ab --against REF`: REF checked out into a temporary `git worktree` (detached, so no branch is locked),
 * removed again afterwards. git runs through execFile: no shell, arguments as they are. Every problem a user can
 * cause is a PyrunError (exit 125) that says what is wrong: not a git repository, a ref that does not exist, the
 * script missing from REF's tree.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PyrunError } from '../errors.js';

export interface RefTree {
  /** The repository's top level (of the working tree given). */
  repo_root: string;
  /** Where REF is checked out. */
  dir: string;
  ref: string;
  /** The commit REF names. */
  sha: string;
  /** Removes the worktree and its temporary directory; safe to call twice. */
  remove(): Promise<void>;
}

const GIT_TIMEOUT_MS = 120_000;

function git(args: string[], cwd: string): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ ok: error === null, stdout: String(stdout).trim(), stderr: String(stderr).trim() }),
    );
  });
}

/**
 * Makes sure the commit `sha` is in the repository that contains `cwd`: a CI checkout is often shallow and holds
 * only the commit under test, so the base of a pull request is fetched (that one commit) from `origin`.
 */
export async function ensureCommit(sha: string, cwd: string): Promise<void> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new PyrunError(`not a commit sha: '${sha}'`);
  const have = await git(['cat-file', '-e', `${sha}^{commit}`], cwd);
  if (have.ok) return;
  const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', sha], cwd);
  if (!fetched.ok) {
    throw new PyrunError(
      `could not fetch the base commit ${sha.slice(0, 12)} from origin: ${fetched.stderr.split('\n')[0] ?? ''}`,
    );
  }
}

/** Checks REF out beside the working tree that contains `cwd`. */
export async function checkoutRef(ref: string, cwd: string): Promise<RefTree> {
  if (ref === '' || ref.startsWith('-')) throw new PyrunError(`--against: not a git ref: '${ref}'`);
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) {
    const why = top.stderr.split('\n')[0] || 'git failed';
    throw new PyrunError(`--against needs a git repository, but ${cwd} is not in one (${why})`);
  }
  const repo_root = top.stdout;
  const resolved = await git(
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
    repo_root,
  );
  if (!resolved.ok || resolved.stdout === '') {
    throw new PyrunError(
      `--against: no commit named '${ref}' in ${repo_root} (a branch, tag or sha; fetch it first if it is remote)`,
    );
  }
  const sha = resolved.stdout;
  const parent = await mkdtemp(path.join(tmpdir(), 'pyrun-ab-'));
  const dir = path.join(parent, 'tree');
  const added = await git(['worktree', 'add', '--detach', '--quiet', dir, sha], repo_root);
  let removed = false;
  const remove = async () => {
    if (removed) return;
    removed = true;
    await git(['worktree', 'remove', '--force', dir], repo_root);
    await rm(parent, { recursive: true, force: true });
    await git(['worktree', 'prune'], repo_root);
  };
  if (!added.ok) {
    await remove();
    throw new PyrunError(`--against: could not check out '${ref}': ${added.stderr.split('\n')[0] ?? ''}`);
  }
  return { repo_root, dir, ref, sha, remove };
}

/**
 * The same path inside REF's tree: `file` (absolute, or relative to `cwd`) must lie in the repository. Throws a
 * PyrunError when it does not, or when REF's tree has no such file.
 */
export async function pathInRefTree(tree: RefTree, cwd: string, file: string): Promise<string> {
  const absolute = path.resolve(cwd, file);
  const inRepo = path.relative(await realPath(tree.repo_root), await realPath(absolute));
  if (inRepo.startsWith('..') || path.isAbsolute(inRepo)) {
    throw new PyrunError(`--against: ${file} is outside the repository ${tree.repo_root}`);
  }
  const there = path.join(tree.dir, inRepo);
  const found = await stat(there).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!found)
    throw new PyrunError(`--against: ${inRepo} does not exist in ${tree.ref} (${tree.sha.slice(0, 12)})`);
  return there;
}

/** The working directory inside REF's tree that corresponds to `cwd` (the tree's root when cwd is outside). */
export async function dirInRefTree(tree: RefTree, cwd: string): Promise<string> {
  const inRepo = path.relative(await realPath(tree.repo_root), await realPath(cwd));
  if (inRepo.startsWith('..') || path.isAbsolute(inRepo)) return tree.dir;
  return path.join(tree.dir, inRepo);
}

/** The real path of a file or of its deepest existing ancestor (symlinked /tmp on macOS). */
async function realPath(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    const parent = path.dirname(file);
    if (parent === file) return file;
    return path.join(await realPath(parent), path.basename(file));
  }
}
