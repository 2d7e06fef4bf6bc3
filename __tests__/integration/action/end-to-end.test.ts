/**
 * The built action end to end, as the runner starts it, against loopback stand-ins of the cache service (driven
 * by the real @actions/cache) and of the GitHub API (driven by the real @actions/github).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunRecord } from '../../../src/engine/types.js';
import { runAction, type ActionEvent } from '../../helpers/action.js';
import { fixture } from '../../helpers/pyrun.js';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';
import { startGitHubApi, type GitHubApiStandIn } from '../../helpers/servers/github-api.js';

let cache: CacheServiceStandIn;
let github: GitHubApiStandIn;
let runId = 1000;
const push = (): ActionEvent => ({ name: 'push', ref: 'refs/heads/main', ref_name: 'main', run_id: ++runId });
const pr = (): ActionEvent => ({
  name: 'pull_request',
  ref: 'refs/pull/7/merge',
  ref_name: 'feature',
  pr: { number: 7, base: 'main', head: 'feature' },
  run_id: ++runId,
});
const inputs = (cpu_s: string, extra: Record<string, string> = {}) => ({
  script: fixture('burn.py'),
  args: cpu_s,
  name: 'nightly',
  interval: '0.1',
  gates: 'peak_rss_mb < 1GB',
  ...extra,
});
const env = () => ({ ...cache.env, ...github.env });

beforeAll(async () => {
  cache = await startCacheService();
  github = await startGitHubApi();
  for (let i = 0; i < 40; i++) {
    github.addComment('octo', 'etl', 7, { body: `review comment ${i}`, login: i % 2 ? 'alice' : 'bob' });
  }
});
afterAll(async () => {
  await cache.close();
  await github.close();
});

describe('the action on push and pull request', () => {
  it('builds a history from five push runs on main, one cache entry per run', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await runAction(inputs('0.05'), push(), env(), github.token);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain('History saved to the Actions cache');
      expect(r.outputs.status).toBe('passed');
      expect(r.outputs['exit-code']).toBe('0');
      expect(r.summary).toContain('nightly');
    }
    expect(cache.entries()).toHaveLength(5);
    const last = await runAction(inputs('0.05'), push(), env(), github.token);
    const record = JSON.parse(readFileSync(last.outputs['report-json']!, 'utf8')) as RunRecord;
    // Five runs came back through the cache. (A timing metric may drop one as an outlier on a busy machine;
    // the process count is constant, so all five stand.)
    expect(record.baseline.max_processes?.runs).toBe(5);
    expect(record.verdicts.max_processes?.verdict).toBe('not_judged');
    expect(record.baseline.duration_s?.runs).toBeGreaterThanOrEqual(4);
  });

  it('judges a pull request against main’s history and keeps one sticky comment among 40 others', async () => {
    const before = cache.entries().length;
    // Judged, but a noisy 0.1 s script on a shared machine must not fail this test: only gates fail it here.
    const prInputs = inputs('0.05', { 'fail-on': 'gate' });
    const first = await runAction(prInputs, pr(), env(), github.token);
    expect([
      first.code,
      first.code === 0
        ? ''
        : first.stdout
            .split('\n')
            .filter((l) => !l.startsWith('::debug'))
            .join('\n'),
    ]).toEqual([0, '']);
    const record = JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8')) as RunRecord;
    expect(record.is_pull_request).toBe(true);
    expect(record.baseline.max_processes?.runs).toBeGreaterThanOrEqual(5);
    expect(first.summary).toMatch(/baseline/i);
    for (let i = 0; i < 2; i++) expect((await runAction(prInputs, pr(), env(), github.token)).code).toBe(0);

    const ours = github.comments('octo', 'etl', 7).filter((c) => c.body.includes('<!-- pyrun:nightly -->'));
    expect(ours).toHaveLength(1);
    const writes = github
      .requests()
      .filter((q) => /\/issues\/7\/comments$|\/issues\/comments\/\d+$/.test(q.path) && q.method !== 'GET');
    expect(writes.map((w) => w.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    expect(writes[0]!.method).toBe('POST');
    // A pull request's runs are not saved (opt-in), so they can never become main's baseline.
    expect(cache.entries().length).toBe(before);
  });

  it('fails the step with regressed=true for a 20× slower script', async () => {
    // `busy-machine: judge`: the other test worker comes and goes beside this run; the story is the failed step.
    const r = await runAction(inputs('1.0', { 'busy-machine': 'judge' }), push(), env(), github.token);
    expect(r.code).toBe(1);
    expect(r.outputs.regressed).toBe('true');
    expect(r.outputs.status).toBe('regressed');
    expect(r.outputs['exit-code']).toBe('99');
    expect(r.stdout).toMatch(/::error title=pyrun%3A cpu_time_s regressed/);
    // The step's reason is the engine's explanation, the same words the CLI prints. CPU time, not duration: on a
    // busy 2-core CI machine the baseline's wall times can vary several-fold, and then a 10x slower duration is
    // (rightly) inside their noise; the burn's CPU time is not inflated by waiting for a core.
    expect(r.stdout).toMatch(/::error::nightly: regressed in [a-z_, ]*cpu_time_s/);
    expect(r.stdout).toMatch(/regressed: cpu_time_s [\d.]+ s vs baseline [\d.]+ s \(\+\d/);
  });

  it('never prints a token given as an input', async () => {
    const secret = 'https://hooks.slack.test/services/T0/B0/s3cr3tTokenValue';
    const r = await runAction(
      inputs('0.05', {
        'slack-webhook': 'http://127.0.0.1:9/services/s3cr3tTokenValue',
        alerts: 'on failure',
        'webhook-secret': 'whsec-42xyz',
        'webhook-url': 'http://127.0.0.1:9/hook',
      }),
      push(),
      env(),
      github.token,
    );
    void secret;
    // `::add-mask::` lines are the runner's instructions to hide a value; the runner never shows them.
    const shown = r.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(r.stdout).toContain('::add-mask::http://127.0.0.1:9/services/s3cr3tTokenValue');
    for (const text of [shown, r.stderr, r.summary, JSON.stringify(r.outputs)]) {
      expect(text.includes('s3cr3tTokenValue')).toBe(false);
      expect(text.includes('whsec-42xyz')).toBe(false);
      expect(text.includes(github.token)).toBe(false);
    }
  });

  it('refuses bad inputs before running, naming each', async () => {
    const r = await runAction(
      inputs('0.05', { interval: 'soon', 'fail-on': 'sometimes', gates: 'peak_rss < 5' }),
      push(),
      env(),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("input 'interval' must be a number of seconds");
    expect(r.stdout).toContain("input 'fail-on' must be");
    expect(r.outputs['exit-code']).toBe('125');
  });

  it('runs with no cache service: one notice, and the step still passes', async () => {
    const r = await runAction(inputs('0.05'), push(), {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cache service is not available');
    expect(r.stdout).not.toContain('::warning');
  });
});
