/**
 * One action step for a whole suite: `script` empty, `[tool.pyrun]` in the project's pyproject.toml. Every script
 * is measured, judged against its own history and reported together — one job summary, one sticky comment created
 * then updated, one check run — with the real cache client and the GitHub API stand-in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionEvent } from '../../helpers/action.js';
import { tempDir } from '../../helpers/pyrun.js';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';
import { startGitHubApi, type GitHubApiStandIn } from '../../helpers/servers/github-api.js';

let cache: CacheServiceStandIn;
let github: GitHubApiStandIn;
let project: string;
let runId = 7000;

const pr = (): ActionEvent => ({
  name: 'pull_request',
  ref: 'refs/pull/9/merge',
  ref_name: 'feature',
  pr: { number: 9, base: 'main', head: 'feature', head_sha: 'feedface00000000000000000000000000000000' },
  run_id: ++runId,
});

beforeAll(async () => {
  cache = await startCacheService();
  github = await startGitHubApi();
  project = tempDir('pyrun-action-suite-');
  writeFileSync(
    path.join(project, 'pyproject.toml'),
    [
      '[tool.pyrun]',
      'interval = 0.1',
      'gates = ["peak_rss_mb < 1GB"]',
      '[[tool.pyrun.scripts]]',
      'name = "etl"',
      'script = "etl.py"',
      '[[tool.pyrun.scripts]]',
      'name = "checks"',
      'script = "checks.py"',
      '[[tool.pyrun.scripts]]',
      'name = "report"',
      'module = "reports.build"',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(project, 'etl.py'), 'print("etl")\n');
  writeFileSync(path.join(project, 'checks.py'), 'print("checks")\n');
  mkdirSync(path.join(project, 'reports'));
  writeFileSync(path.join(project, 'reports', '__init__.py'), '');
  writeFileSync(path.join(project, 'reports', 'build.py'), 'print("report")\n');
});
afterAll(async () => {
  await cache.close();
  await github.close();
});

describe('the action on a suite', () => {
  it('measures every script of [tool.pyrun] in one step: one summary, one sticky comment updated in place, one check run', async () => {
    const inputs = { script: '', 'working-directory': project, 'fail-on': 'gate' };
    const env = { ...cache.env, ...github.env };
    const first = await runAction(inputs, pr(), env, github.token);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(first.outputs.status).toBe('passed');
    expect(first.outputs['exit-code']).toBe('0');
    for (const name of ['etl', 'checks', 'report']) {
      expect(first.stdout).toContain(`pyrun: ${name}: passed`);
      expect(first.summary).toContain(name);
    }
    const second = await runAction(inputs, pr(), env, github.token);
    expect(second.code).toBe(0);

    const ours = github
      .comments('octo', 'etl', 9)
      .filter((c) => c.body.includes('<!-- pyrun:suite%20pyproject.toml -->'));
    expect(ours).toHaveLength(1);
    for (const name of ['etl', 'checks', 'report']) expect(ours[0]!.body).toContain(name);
    const writes = github
      .requests()
      .filter((q) => /\/issues\/9\/comments$|\/issues\/comments\/\d+$/.test(q.path) && q.method !== 'GET');
    expect(writes.map((w) => w.method)).toEqual(['POST', 'PATCH']);

    const checks = github.checkRuns('octo', 'etl');
    expect(checks.map((c) => [c.name, c.head_sha, c.conclusion])).toEqual([
      ['pyrun: suite pyproject.toml', 'feedface00000000000000000000000000000000', 'success'],
      ['pyrun: suite pyproject.toml', 'feedface00000000000000000000000000000000', 'success'],
    ]);
    for (const name of ['etl', 'checks', 'report']) expect(checks[0]!.output.summary).toContain(name);
  }, 120_000);
});
