/**
 * The git ref and commit of the run, from the CI's variables or the checkout itself.
 *
 * The checkout is read, not asked: HEAD and the ref it names are two small files (or a line of packed-refs), where
 * starting `git` costs a process (CPU, and wall time before the script can start). Anything
 * this reader is not sure to read as git would — GIT_DIR and friends, a reftable, a short name that another ref
 * could shadow, a discovery that would cross a filesystem — is asked of `git rev-parse`, which stays the authority.
 * One difference on purpose: a checkout owned by another user (a container's bind mount) is still read, where git
 * refuses it as "dubious ownership" and the run would lose its ref, and with it its baseline.
 */
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface GitIdentity {
  git_ref: string | null;
  git_sha: string | null;
}

export async function gitIdentity(env: NodeJS.ProcessEnv, cwd: string): Promise<GitIdentity> {
  const ref =
    env.GITHUB_HEAD_REF ||
    env.GITHUB_REF_NAME ||
    env.CI_COMMIT_REF_NAME ||
    env.BUILDKITE_BRANCH ||
    env.GIT_BRANCH;
  const sha = env.GITHUB_SHA || env.CI_COMMIT_SHA || env.BUILDKITE_COMMIT || env.GIT_COMMIT;
  if (ref && sha) return { git_ref: ref, git_sha: sha };
  const head = readCheckout(cwd, env) ?? (await askGit(cwd));
  return { git_ref: ref || head.git_ref, git_sha: sha || head.git_sha };
}

/** What `git rev-parse HEAD --abbrev-ref HEAD` says; both null outside a repository or on an unborn branch. */
export async function askGit(cwd: string): Promise<GitIdentity> {
  const [git_sha = null, git_ref = null] =
    (await git(['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD'], cwd)) ?? [];
  return { git_ref, git_sha };
}

/** Variables that change where or how git finds the repository: with any of them set, git is asked. */
const DISCOVERY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_NAMESPACE',
];
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NOTHING: GitIdentity = { git_ref: null, git_sha: null };

/**
 * The identity read from the files of the checkout that contains `cwd`, as `git rev-parse HEAD --abbrev-ref HEAD`
 * would give it; NOTHING outside any repository; undefined where git must be asked.
 */
export function readCheckout(cwd: string, env: NodeJS.ProcessEnv): GitIdentity | undefined {
  if (DISCOVERY_VARIABLES.some((name) => env[name] !== undefined)) return undefined;
  try {
    const gitDir = discover(path.resolve(cwd));
    if (gitDir === null) return NOTHING;
    if (gitDir === undefined) return undefined;
    return readHead(gitDir);
  } catch {
    return undefined; // a file that cannot be read as expected: git knows better
  }
}

/** The git directory for `start`, walking up as git does; null: none; undefined: ask git. */
function discover(start: string): string | null | undefined {
  const device = statSync(start).dev;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, '.git');
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return dotGit;
    if (stat?.isFile()) {
      // A linked worktree or a submodule: `gitdir: <path>`, relative to the folder holding the file.
      const match = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      return match ? path.resolve(dir, match[1]!.trim()) : undefined;
    }
    if (isGitDirectory(dir)) return dir; // inside a bare repository (or a .git folder itself)
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    // git stops at a filesystem boundary unless told otherwise: let it decide there.
    if (statSync(parent).dev !== device) return undefined;
  }
}

function isGitDirectory(dir: string): boolean {
  return (
    statSync(path.join(dir, 'HEAD'), { throwIfNoEntry: false })?.isFile() === true &&
    statSync(path.join(dir, 'objects'), { throwIfNoEntry: false })?.isDirectory() === true &&
    statSync(path.join(dir, 'refs'), { throwIfNoEntry: false })?.isDirectory() === true
  );
}

function readHead(gitDir: string): GitIdentity | undefined {
  const commonFile = readOptional(path.join(gitDir, 'commondir'));
  const commonDir = commonFile === null ? gitDir : path.resolve(gitDir, commonFile.trim());
  const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
  if (OBJECT_ID.test(head)) return { git_ref: null, git_sha: head }; // detached: --abbrev-ref says HEAD
  const symbolic = /^ref: (refs\/heads\/.+)$/.exec(head);
  if (!symbolic) return undefined;
  const refName = symbolic[1]!;
  if (refName === 'refs/heads/.invalid') return undefined; // a reftable repository: its refs are not files
  const refs = new RefReader(gitDir, commonDir);
  const target = refs.resolve(refName);
  if (target === undefined) return undefined;
  // An unborn branch (no commit yet): git fails on HEAD, and pyrun records neither.
  if (target === null) return NOTHING;
  if (!target.name.startsWith('refs/heads/')) return undefined;
  const short = target.name.slice('refs/heads/'.length);
  // `--abbrev-ref` shortens to the branch name unless another ref the short name could mean exists.
  const shadows = [
    short,
    `refs/${short}`,
    `refs/tags/${short}`,
    `refs/remotes/${short}`,
    `refs/remotes/${short}/HEAD`,
  ];
  if (shadows.some((name) => refs.exists(name))) return undefined;
  return { git_ref: short, git_sha: target.sha };
}

class RefReader {
  private packed: Map<string, string> | undefined;

  constructor(
    private readonly gitDir: string,
    private readonly commonDir: string,
  ) {}

  exists(name: string): boolean {
    return this.loose(name) !== null || this.packedRefs().has(name);
  }

  /** The ref a name ends at (following symbolic refs) and its object; null: no such ref; undefined: ask git. */
  resolve(name: string, depth = 0): { name: string; sha: string } | null | undefined {
    if (depth > 5) return undefined;
    const loose = this.loose(name);
    if (loose !== null) {
      const target = /^ref: (.+)$/.exec(loose);
      if (target) return this.resolve(target[1]!, depth + 1);
      return OBJECT_ID.test(loose) ? { name, sha: loose } : undefined;
    }
    const sha = this.packedRefs().get(name);
    return sha === undefined ? null : { name, sha };
  }

  private loose(name: string): string | null {
    // Refs shared by every worktree live in the common directory; HEAD-like and per-worktree refs in its own.
    const shared =
      name.startsWith('refs/') && !name.startsWith('refs/worktree/') && !name.startsWith('refs/bisect/');
    const file = path.join(shared ? this.commonDir : this.gitDir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? readFileSync(file, 'utf8').trim() : null;
  }

  private packedRefs(): Map<string, string> {
    if (this.packed) return this.packed;
    this.packed = new Map();
    for (const line of (readOptional(path.join(this.commonDir, 'packed-refs')) ?? '').split('\n')) {
      const match = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)$/.exec(line);
      if (match) this.packed.set(match[2]!, match[1]!);
    }
    return this.packed;
  }
}

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function git(args: string[], cwd: string): Promise<(string | null)[] | null> {
  return new Promise((resolve) => {
    try {
      execFile('git', args, { cwd, timeout: 2000 }, (error, stdout) => {
        if (error) {
          resolve(null);
          return;
        }
        resolve(
          String(stdout)
            .split('\n')
            .map((line) => line.trim())
            .map((line) => (line === '' || line === 'HEAD' ? null : line)),
        );
      });
    } catch {
      resolve(null); // e.g. a cwd that is not a directory
    }
  });
}
