/**
 * The sticky pull request comment: the real `@actions/github` client against the loopback GitHub API stand-in.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { stickyMarker, upsertStickyComment, type StickyCommentOptions } from '../../../src/action/comment.js';
import { startGitHubApi, type GitHubApiStandIn } from '../../helpers/servers/github-api.js';

const OWNER = 'octo';
const REPO = 'bench';
const PR = 7;

let api: GitHubApiStandIn;

beforeEach(async () => {
  api = await startGitHubApi();
});

afterEach(async () => {
  await api.close();
});

function upsert(body: string, extra: Partial<StickyCommentOptions> = {}) {
  const warnings: string[] = [];
  const infos: string[] = [];
  const outcome = upsertStickyComment({
    token: api.token,
    apiUrl: api.url,
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    series: 'train.py',
    body,
    warn: (m) => void warnings.push(m),
    info: (m) => void infos.push(m),
    ...extra,
  });
  return outcome.then((value) => ({ outcome: value, warnings, infos }));
}

/** 40 comments that are not our live comment, the one of ours that was hidden among them. */
function busyPullRequest(): number {
  for (let i = 0; i < 40; i++) {
    if (i === 17) {
      api.addComment(OWNER, REPO, PR, { body: `${stickyMarker('train.py')}\nold report`, minimized: true });
    } else if (i % 10 === 3) {
      // Someone quoting our marker is not us.
      api.addComment(OWNER, REPO, PR, { body: `${stickyMarker('train.py')}\nquoted`, login: 'mallory' });
    } else if (i === 21) {
      api.addComment(OWNER, REPO, PR, { body: `${stickyMarker('other-series')}\nanother series` });
    } else if (i % 4 === 0) {
      api.addComment(OWNER, REPO, PR, { body: `ci note ${i}`, login: 'renovate[bot]', type: 'Bot' });
    } else {
      api.addComment(OWNER, REPO, PR, { body: `review remark ${i}`, login: `user${i % 3}` });
    }
  }
  api.addComment(OWNER, REPO, PR + 1, { body: `${stickyMarker('train.py')}\nanother pull request` });
  return 17;
}

const writes = () => api.requests().filter((r) => r.method === 'POST' && r.path.includes('/issues/'));
const patches = () => api.requests().filter((r) => r.method === 'PATCH');
const ours = () =>
  api
    .comments(OWNER, REPO, PR)
    .filter(
      (c) =>
        c.user.login === 'github-actions[bot]' && !c.minimized && c.body.startsWith(stickyMarker('train.py')),
    );

describe('sticky pull request comment (real client, loopback API)', () => {
  it('creates once among 40 other comments, then updates the same one, and sends nothing for an identical body', async () => {
    busyPullRequest();
    api.maxPerPage = 15; // 40 comments over 3 pages, and 4 once ours is added

    const first = await upsert('duration_s 1.00');
    expect(first).toMatchObject({ outcome: 'created', warnings: [] });
    expect(writes()).toHaveLength(1);
    const created = ours();
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toBe(`${stickyMarker('train.py')}\nduration_s 1.00`);
    const pages = api.requests().filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((r) => r.query.per_page === '15' || r.query.per_page === '100')).toBe(true);

    const second = await upsert('duration_s 1.25');
    expect(second).toMatchObject({ outcome: 'updated', warnings: [] });
    expect(patches().map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${created[0]?.id}`,
    ]);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]?.body).toBe(`${stickyMarker('train.py')}\nduration_s 1.25`);

    const third = await upsert('duration_s 1.25');
    expect(third).toMatchObject({ outcome: 'unchanged', warnings: [] });
    expect(patches()).toHaveLength(1);
    expect(writes()).toHaveLength(1);
    // Nothing else was touched: the hidden one, the quoting user's, the other series, the other pull request.
    expect(api.comments(OWNER, REPO, PR)).toHaveLength(41);
    expect(api.comments(OWNER, REPO, PR + 1)[0]?.body).toMatch(/another pull request$/);
  });

  it('asks for 100 a page and finds its comment beyond the first page', async () => {
    for (let i = 0; i < 150; i++) api.addComment(OWNER, REPO, PR, { body: `remark ${i}`, login: 'chatty' });
    const mine = api.addComment(OWNER, REPO, PR, { body: `${stickyMarker('train.py')}\nbefore` });
    const result = await upsert('after');
    expect(result.outcome).toBe('updated');
    expect(patches().map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/${mine.id}`]);
    const pages = api.requests().filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
  });

  it('is one warning pointing to the fork recipe on a 403, and never throws', async () => {
    busyPullRequest();
    api.readOnly = true;
    const result = await upsert('report');
    expect(result.outcome).toBe('skipped');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/HTTP 403/);
    expect(result.warnings[0]).toContain('see docs/action.md, "Pull requests from forks"');
    expect(ours()).toHaveLength(0);
  });

  it('is one warning when the API fails, and never throws', async () => {
    api.failWith(500);
    const result = await upsert('report');
    expect(result.outcome).toBe('skipped');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/HTTP 500/);
  });

  it('is one warning when nothing listens at the API URL', async () => {
    const url = api.url;
    await api.close();
    const result = await upsert('report', { apiUrl: url });
    expect(result.outcome).toBe('skipped');
    expect(result.warnings).toHaveLength(1);
    api = await startGitHubApi(); // for afterEach
  });

  it("uses the token's own identity: a personal token owns its comments, not the bot's", async () => {
    api.addToken('ghp_alice', { login: 'alice' });
    api.addComment(OWNER, REPO, PR, { body: `${stickyMarker('train.py')}\nby the bot` });
    expect((await upsert('by alice', { token: 'ghp_alice' })).outcome).toBe('created');
    const alices = api.comments(OWNER, REPO, PR).filter((c) => c.user.login === 'alice');
    expect(alices).toHaveLength(1);
    expect((await upsert('by alice, again', { token: 'ghp_alice' })).outcome).toBe('updated');
    expect(api.comments(OWNER, REPO, PR).find((c) => c.id === alices[0]?.id)?.body).toMatch(/again$/);
    expect(api.comments(OWNER, REPO, PR)[0]?.body).toMatch(/by the bot$/);
  });

  it('falls back to github-actions[bot] when GraphQL is unavailable, and says so', async () => {
    const mine = api.addComment(OWNER, REPO, PR, { body: `${stickyMarker('train.py')}\nbefore` });
    api.graphqlDown = true;
    const result = await upsert('after');
    expect(result.outcome).toBe('updated');
    expect(result.warnings).toEqual([]);
    expect(result.infos.join('\n')).toMatch(/assuming comments by github-actions\[bot\] are ours/);
    expect(api.comments(OWNER, REPO, PR).find((c) => c.id === mine.id)?.body).toMatch(/after$/);
  });

  it('skips without a request when there is no token', async () => {
    const result = await upsert('report', { token: '' });
    expect(result.outcome).toBe('skipped');
    expect(result.warnings).toEqual([]);
    expect(api.requests()).toEqual([]);
  });
});
