/** The git ref and commit of the run, from the CI's variables or the checkout itself. */
import { execFileSync } from 'node:child_process';

export function gitIdentity(
  env: NodeJS.ProcessEnv,
  cwd: string,
): { git_ref: string | null; git_sha: string | null } {
  const ref =
    env.GITHUB_HEAD_REF ||
    env.GITHUB_REF_NAME ||
    env.CI_COMMIT_REF_NAME ||
    env.BUILDKITE_BRANCH ||
    env.GIT_BRANCH;
  const sha = env.GITHUB_SHA || env.CI_COMMIT_SHA || env.BUILDKITE_COMMIT || env.GIT_COMMIT;
  if (ref && sha) return { git_ref: ref, git_sha: sha };
  // One `git` for both (a process start costs more than the lookups): the commit, then the branch.
  const [head_sha = null, head_ref = null] = git(['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD'], cwd) ?? [];
  return { git_ref: ref || head_ref, git_sha: sha || head_sha };
}

function git(args: string[], cwd: string): (string | null)[] | null {
  try {
    const out = execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 });
    return out
      .toString()
      .split('\n')
      .map((line) => line.trim())
      .map((line) => (line === '' || line === 'HEAD' ? null : line));
  } catch {
    return null;
  }
}
