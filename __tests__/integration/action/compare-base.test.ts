/**
 * `compare-with: base` as a pull request meets it: a real git repository whose base commit runs a script in 0.4 s
 * and whose head made it 30% slower. The built action runs both copies interleaved on this machine and judges the
 * pull request by that, against the GitHub API stand-in (one sticky comment holding the side-by-side table).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionEvent } from '../../helpers/action.js';
import { pinned } from '../../helpers/pinned.js';
import { tempDir } from '../../helpers/pyrun.js';
import { startGitHubApi, type GitHubApiStandIn } from '../../helpers/servers/github-api.js';

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim();

let github: GitHubApiStandIn;
let repo: string;
let baseSha: string;
let sameSha: string;
let slowerSha: string;

beforeAll(async () => {
  github = await startGitHubApi();
  repo = tempDir('pyrun-base-repo-');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.email', 'base@example.invalid');
  git(repo, 'config', 'user.name', 'base test');
  writeFileSync(path.join(repo, 'job.py'), pinned(0.4));
  git(repo, 'add', 'job.py');
  git(repo, 'commit', '-q', '-m', 'job');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'README'), 'docs only\n');
  git(repo, 'add', 'README');
  git(repo, 'commit', '-q', '-m', 'docs');
  sameSha = git(repo, 'rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'job.py'), pinned(0.52)); // 30% slower
  git(repo, 'commit', '-q', '-a', '-m', 'slower job');
  slowerSha = git(repo, 'rev-parse', 'HEAD');
});
afterAll(async () => {
  await github.close();
});

const pr = (number: number, head_sha: string): ActionEvent => ({
  name: 'pull_request',
  ref: `refs/pull/${number}/merge`,
  ref_name: 'feature',
  pr: { number, base: 'main', head: 'feature', base_sha: baseSha, head_sha },
  run_id: 5000 + number,
});

const inputs = {
  script: 'job.py',
  'working-directory': '',
  'compare-with': 'base',
  repeat: '8',
  interval: '0.2',
  history: 'none',
};

describe('compare-with: base', () => {
  it('fails a pull request that made the script 30% slower, judged side by side, with one comment holding the table', async () => {
    git(repo, 'checkout', '-q', '--detach', slowerSha);
    const r = await runAction(
      { ...inputs, 'working-directory': repo },
      pr(11, slowerSha),
      github.env,
      github.token,
    );
    expect(r.code).toBe(1);
    expect(r.outputs.regressed).toBe('true');
    expect(r.outputs['exit-code']).toBe('99');
    expect(r.stdout).toMatch(/B is 1\.\d\d ± 0\.\d\d × slower than A/);
    expect(r.summary).toContain('Side by side with the base');
    const ours = github
      .comments('octo', 'etl', 11)
      .filter((c) => c.body.includes('Side by side with the base'));
    expect(ours).toHaveLength(1);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
  }, 120_000);

  it('passes a pull request that did not touch the script: no difference side by side', async () => {
    git(repo, 'checkout', '-q', '--detach', sameSha);
    const r = await runAction(
      { ...inputs, 'working-directory': repo },
      pr(12, sameSha),
      github.env,
      github.token,
    );
    expect([r.code, r.outputs.regressed, r.outputs['exit-code']]).toEqual([0, 'false', '0']);
    expect(r.summary).toMatch(/no difference/i);
  }, 120_000);
});
