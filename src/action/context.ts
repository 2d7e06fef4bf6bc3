/** The facts of the workflow run the action needs, read once from the runner's environment and event payload. */
import { readFileSync } from 'node:fs';

export interface RunContext {
  event_name: string;
  is_pull_request: boolean;
  pr_number: number | null;
  /** Short branch names: `main`, not `refs/heads/main`. */
  ref_name: string | null;
  base_ref: string | null;
  default_branch: string | null;
  /** Full ref of this run (GITHUB_REF). */
  ref: string;
  sha: string | null;
  /** The commit under test: the pull request's head commit (GITHUB_SHA is the merge commit there), else GITHUB_SHA. */
  head_sha: string | null;
  /** A pull request's base commit (compare-with: base runs it side by side with the head). */
  base_sha: string | null;
  owner: string;
  repo: string;
  api_url: string;
  run_url: string | null;
  run_id: string;
  run_attempt: string;
  workflow: string;
  job: string;
  runner_os: string;
  runner_arch: string;
  runner_temp: string;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string };
    head?: { ref?: string; sha?: string };
  };
  repository?: { default_branch?: string };
  number?: number;
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch {
      payload = {};
    }
  }
  const event_name = env.GITHUB_EVENT_NAME ?? '';
  const pr = payload.pull_request;
  const is_pull_request = pr !== undefined;
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    event_name,
    is_pull_request,
    pr_number: pr?.number ?? payload.number ?? null,
    ref_name: (is_pull_request ? env.GITHUB_HEAD_REF || pr?.head?.ref : env.GITHUB_REF_NAME) || null,
    base_ref: is_pull_request ? env.GITHUB_BASE_REF || pr?.base?.ref || null : null,
    default_branch: payload.repository?.default_branch ?? null,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? null,
    head_sha: pr?.head?.sha ?? env.GITHUB_SHA ?? null,
    base_sha: pr?.base?.sha ?? null,
    owner,
    repo,
    api_url: env.GITHUB_API_URL ?? 'https://api.github.com',
    run_url:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : null,
    run_id: env.GITHUB_RUN_ID ?? '0',
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    runner_os: env.RUNNER_OS ?? process.platform,
    runner_arch: env.RUNNER_ARCH ?? process.arch,
    runner_temp: env.RUNNER_TEMP ?? (env.TMPDIR || '/tmp'),
  };
}
