/**
 * The git ref and commit of the run, from the CI's variables or the checkout itself. The `git` it may start runs
 * while pyrun reads its config (start the lookup first, await it when the facts are needed): a process start is
 * a few ms that need not delay the script.
 */
import { execFile } from 'node:child_process';

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
  // One `git` for both (a process start costs more than the lookups): the commit, then the branch.
  const [head_sha = null, head_ref = null] =
    (await git(['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD'], cwd)) ?? [];
  return { git_ref: ref || head_ref, git_sha: sha || head_sha };
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
