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
  return {
    git_ref: ref || git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd),
    git_sha: sha || git(['rev-parse', 'HEAD'], cwd),
  };
}

function git(args: string[], cwd: string): string | null {
  try {
    const out = execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 })
      .toString()
      .trim();
    return out === '' || out === 'HEAD' ? null : out;
  } catch {
    return null;
  }
}
