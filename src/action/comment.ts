/**
 * The sticky pull request comment: one comment per series, created once and then edited in place.
 *
 * Which comment is ours:
 * - its body starts with the hidden marker `<!-- pyrun:<series> -->` (the series percent-encoded, so no name can
 *   close the HTML comment early);
 * - its author is the identity of our token. We ask GraphQL for `viewer { login }`, which answers for every kind
 *   of token: `github-actions[bot]` for the default GITHUB_TOKEN, `<app>[bot]` for a GitHub App token, the user
 *   for a personal token. (REST `GET /user` refuses installation tokens, so it is not used.) The REST comment
 *   author's `user.login` has the same spelling, `[bot]` included;
 * - it is not minimized ("hidden" as outdated, resolved, …): REST does not say, so the same GraphQL query asks
 *   `isMinimized` for the candidate comments' node ids.
 * All issue comments are read, page by page (`octokit.paginate`, 100 a page). When several qualify, the oldest
 * is kept. If GraphQL fails, we fall back to author `github-actions[bot]` (type Bot) and treat every candidate as
 * not minimized, and say so in an info line.
 *
 * Never throws: a 403 (the read-only token of a pull request from a fork) is one warning pointing to docs/action.md's
 * two-workflow recipe; any other API trouble is one warning; both return 'skipped'.
 */
import { getOctokit } from '@actions/github';

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface StickyCommentOptions {
  token: string;
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  owner: string;
  repo: string;
  issueNumber: number;
  series: string;
  /** The report, without the marker. */
  body: string;
  warn(message: string): void;
  info(message: string): void;
}

/** GitHub refuses comment bodies longer than this. */
export const MAX_COMMENT_CHARS = 65536;
/** The bot behind the default GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
export const FORK_HELP = 'see docs/action.md, "Pull requests from forks",';
/** GraphQL `nodes` takes at most this many ids. */
const MAX_NODE_IDS = 100;

export function stickyMarker(series: string): string {
  return `<!-- pyrun:${encodeURIComponent(series)} -->`;
}

/** The marker, a newline, then the body, cut to fit GitHub's limit. */
export function markedBody(series: string, body: string): string {
  const text = `${stickyMarker(series)}\n${body}`;
  if (text.length <= MAX_COMMENT_CHARS) return text;
  const note = '\n\n… (cut to fit GitHub’s comment size limit)';
  return text.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

const normalize = (text: string): string => text.replace(/\r\n/g, '\n');

interface IssueComment {
  id: number;
  node_id: string;
  body?: string | null;
  user: { login: string; type?: string } | null;
}

interface ViewerAndNodes {
  viewer: { login: string };
  nodes: Array<{ id?: string; isMinimized?: boolean } | null>;
}

const QUERY = `query pyrunStickyComment($ids: [ID!]!) {
  viewer { login }
  nodes(ids: $ids) { ... on IssueComment { id isMinimized } }
}`;

type Octokit = ReturnType<typeof getOctokit>;

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Our author login and the minimized node ids among the candidates; a documented fallback when GraphQL fails. */
async function identify(
  octokit: Octokit,
  candidates: IssueComment[],
  info: (m: string) => void,
): Promise<{ login: string; fallback: boolean; minimized: Set<string> }> {
  const ids = candidates.map((c) => c.node_id);
  try {
    const data = await octokit.graphql<ViewerAndNodes>(QUERY, { ids });
    const minimized = new Set(
      data.nodes
        .filter((n) => n?.isMinimized === true && typeof n.id === 'string')
        .map((n) => n?.id as string),
    );
    return { login: data.viewer.login, fallback: false, minimized };
  } catch (error) {
    info(
      `Could not ask GraphQL who we are and which comments are hidden (${messageOf(error)}); ` +
        `assuming comments by ${ACTIONS_BOT_LOGIN} are ours and none is hidden.`,
    );
    return { login: ACTIONS_BOT_LOGIN, fallback: true, minimized: new Set() };
  }
}

function problemMessage(error: unknown, owner: string, repo: string, issueNumber: number): string {
  const status = statusOf(error);
  const where = `${owner}/${repo}#${issueNumber}`;
  const reason = messageOf(error);
  if (status === 403 && /rate limit/i.test(reason)) {
    return `Could not write the pyrun comment on ${where}: GitHub's rate limit (HTTP 403: ${reason}). The run goes on.`;
  }
  if (status === 403) {
    return (
      `Could not write the pyrun comment on ${where}: the token may not comment (HTTP 403: ${reason}). ` +
      `Pull requests from forks get a read-only token; ${FORK_HELP} for the two-workflow \`workflow_run\` ` +
      'recipe. Otherwise grant `permissions: pull-requests: write`. The run goes on.'
    );
  }
  if (status === 404) {
    return (
      `Could not write the pyrun comment on ${where}: not found (HTTP 404). Check the repository, the pull ` +
      'request number and that the token may see them. The run goes on.'
    );
  }
  const http = status === null ? '' : ` (HTTP ${status})`;
  return `Could not write the pyrun comment on ${where}${http}: ${reason}. The run goes on.`;
}

export async function upsertStickyComment(opts: StickyCommentOptions): Promise<CommentOutcome> {
  if (opts.token === '') {
    opts.info('No github-token: the pull request comment is skipped.');
    return 'skipped';
  }
  try {
    const octokit = getOctokit(opts.token, { baseUrl: opts.apiUrl.replace(/\/+$/, '') });
    const target = { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber };
    const marker = stickyMarker(opts.series);
    const body = markedBody(opts.series, opts.body);

    const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
      ...target,
      per_page: 100,
    })) as IssueComment[];
    // The newest candidates are enough: only their hidden state can be asked in one query.
    const candidates = comments.filter((c) => (c.body ?? '').startsWith(marker)).slice(-MAX_NODE_IDS);

    let ours: IssueComment | undefined;
    if (candidates.length > 0) {
      const who = await identify(octokit, candidates, opts.info);
      ours = candidates.find(
        (c) =>
          c.user?.login === who.login &&
          (!who.fallback || c.user?.type === 'Bot') &&
          !who.minimized.has(c.node_id),
      );
    }

    if (!ours) {
      await octokit.rest.issues.createComment({ ...target, body });
      opts.info(
        `Created the pyrun comment for ${opts.series} on ${opts.owner}/${opts.repo}#${opts.issueNumber}.`,
      );
      return 'created';
    }
    if (normalize(ours.body ?? '') === normalize(body)) {
      opts.info(`The pyrun comment for ${opts.series} is already up to date.`);
      return 'unchanged';
    }
    await octokit.rest.issues.updateComment({
      owner: opts.owner,
      repo: opts.repo,
      comment_id: ours.id,
      body,
    });
    opts.info(
      `Updated the pyrun comment for ${opts.series} on ${opts.owner}/${opts.repo}#${opts.issueNumber}.`,
    );
    return 'updated';
  } catch (error) {
    opts.warn(problemMessage(error, opts.owner, opts.repo, opts.issueNumber));
    return 'skipped';
  }
}
