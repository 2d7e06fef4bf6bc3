/**
 * The check run: the real `@actions/github` client against the loopback GitHub API stand-in, which validates
 * requests as the API does (required fields, the 65535-character summary, 50 annotations a request).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  checkRunConclusion,
  checkRunName,
  checkRunTitle,
  gateAnnotations,
  MAX_CHECK_SUMMARY_CHARS,
  publishCheckRun,
  type CheckRunAnnotation,
  type CheckRunOptions,
} from '../../../src/action/check-run.js';
import { readRunContext } from '../../../src/action/context.js';
import { renderMarkdown } from '../../../src/engine/report/markdown.js';
import { startGitHubApi, type GitHubApiStandIn } from '../../helpers/servers/github-api.js';
import { fixtureRecord, hugeRecord, passedRecord } from '../../helpers/builders.js';

const OWNER = 'octo';
const REPO = 'bench';
const HEAD = 'a'.repeat(40);

let api: GitHubApiStandIn;
beforeEach(async () => {
  api = await startGitHubApi();
});
afterEach(async () => {
  await api.close();
});

async function publish(extra: Partial<CheckRunOptions> = {}) {
  const warnings: string[] = [];
  const result = await publishCheckRun({
    token: api.token,
    apiUrl: api.url,
    owner: OWNER,
    repo: REPO,
    head_sha: HEAD,
    name: checkRunName('train-model'),
    conclusion: 'failure',
    title: 'gate failed: 2 of 5 gates failed',
    summary_markdown: renderMarkdown(fixtureRecord(), { maxChars: MAX_CHECK_SUMMARY_CHARS }),
    annotations: gateAnnotations(fixtureRecord(), 'scripts/train.py'),
    details_url: 'https://github.com/octo/bench/actions/runs/1',
    warn: (m) => void warnings.push(m),
    ...extra,
  });
  return { result, warnings };
}

describe('publishCheckRun (real client, loopback API)', () => {
  it('creates one completed check run on the commit under test, with the report and gate annotations', async () => {
    const { result, warnings } = await publish();
    expect(warnings).toEqual([]);
    expect(result.outcome).toBe('created');
    const [run, ...more] = api.checkRuns(OWNER, REPO);
    expect(more).toEqual([]);
    expect(run).toMatchObject({
      name: 'pyrun: train-model',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://github.com/octo/bench/actions/runs/1',
    });
    expect(run?.output.title).toBe('gate failed: 2 of 5 gates failed');
    expect(run?.output.summary).toContain('## ❌ gate failed — `train-model`');
    expect(run?.annotations).toEqual([
      {
        path: 'scripts/train.py',
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        title: 'pyrun: gate failed (train-model)',
        message: 'peak_rss_mb < 512: actual 690.4 MB, limit 512 MB',
      },
      expect.objectContaining({ message: 'cpu_time_s < baseline + 0.5: actual 52.3 s, limit 47.6 s' }),
    ]);
  });

  it('sends more than 50 annotations in batches of 50, all kept', async () => {
    const annotations: CheckRunAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: 'scripts/train.py',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      message: `gate ${i}`,
    }));
    const { result, warnings } = await publish({ annotations });
    expect([result.outcome, warnings]).toEqual(['created', []]);
    const sizes = api
      .requests()
      .filter((r) => r.path.includes('/check-runs'))
      .map((r) => [
        r.method,
        (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
        r.status,
      ]);
    expect(sizes).toEqual([
      ['POST', 50, 201],
      ['PATCH', 50, 200],
      ['PATCH', 20, 200],
    ]);
    expect(api.checkRuns(OWNER, REPO)[0]?.annotations.map((a) => a.message)).toEqual(
      annotations.map((a) => a.message),
    );
  });

  it('cuts a summary past 65535 characters so the API takes it', async () => {
    const { result, warnings } = await publish({ summary_markdown: renderMarkdown(hugeRecord()) });
    expect([result.outcome, warnings]).toEqual(['created', []]);
    const summary = api.checkRuns(OWNER, REPO)[0]?.output.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(MAX_CHECK_SUMMARY_CHARS);
    expect(summary).toMatch(/report cut to fit 65535 characters/);
  });

  it('without checks: write (a fork’s token) gives one warning saying what to grant, and never throws', async () => {
    api.readOnly = true;
    const { result, warnings } = await publish();
    expect(result.outcome).toBe('skipped');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/HTTP 403/);
    expect(warnings[0]).toMatch(/permissions: checks: write/);
    expect(api.checkRuns(OWNER, REPO)).toEqual([]);
  });

  it('turns any other API trouble into one warning', async () => {
    api.failWith(502);
    const { result, warnings } = await publish();
    expect(result.outcome).toBe('skipped');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/HTTP 502/);
  });

  it('skips without a token or a commit, quietly or with one warning', async () => {
    expect((await publish({ token: '' })).result.outcome).toBe('skipped');
    const noSha = await publish({ head_sha: '' });
    expect(noSha.result.outcome).toBe('skipped');
    expect(noSha.warnings).toHaveLength(1);
    expect(api.requests()).toEqual([]);
  });
});

describe('what the check run says', () => {
  it('is named after the series on one line', () => {
    expect(checkRunName('etl')).toBe('pyrun: etl');
    expect(checkRunName('a\nb')).toBe('pyrun: a b');
  });

  it('has a one-line title with the status and what went wrong', () => {
    expect(checkRunTitle([fixtureRecord()])).toBe(
      'gate failed: 2 of 5 gates failed · 3 metrics regressed · 1 m 00.2 s',
    );
    expect(checkRunTitle([passedRecord()])).toBe('passed: 1 m 00.2 s');
    expect(checkRunTitle([passedRecord(), fixtureRecord()])).toBe('gate failed: 2 series, 1 not passed');
  });

  it('concludes failure when the step fails, neutral when something needs a look, else success', () => {
    expect(checkRunConclusion(true, [passedRecord()])).toBe('failure');
    expect(checkRunConclusion(false, [passedRecord()])).toBe('success');
    // Failed gates and regressions that `fail-on` leaves out still need a look.
    expect(checkRunConclusion(false, [fixtureRecord()])).toBe('neutral');
    expect(checkRunConclusion(false, [passedRecord(), fixtureRecord()])).toBe('neutral');
  });

  it('goes on the pull request’s head commit, not the merge commit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pyrun-ctx-'));
    try {
      const event = path.join(dir, 'event.json');
      writeFileSync(
        event,
        JSON.stringify({ pull_request: { number: 7, head: { ref: 'feature', sha: 'b'.repeat(40) } } }),
      );
      const pr = readRunContext({ GITHUB_EVENT_PATH: event, GITHUB_SHA: 'c'.repeat(40) });
      expect(pr.head_sha).toBe('b'.repeat(40));
      expect(pr.sha).toBe('c'.repeat(40));
      const push = readRunContext({ GITHUB_SHA: 'c'.repeat(40) });
      expect(push.head_sha).toBe('c'.repeat(40));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
