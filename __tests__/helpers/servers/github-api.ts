/**
 * A loopback stand-in for the parts of the GitHub API the sticky comment uses, for the real `@actions/github`
 * (Octokit) client:
 * - GET    /repos/:owner/:repo/issues/:n/comments   `per_page` (default 30, at most `maxPerPage`, 100 as GitHub)
 *          and `page`, with a Link header (first/prev/next/last) as GitHub sends it;
 * - POST   /repos/:owner/:repo/issues/:n/comments   → 201;
 * - PATCH  /repos/:owner/:repo/issues/comments/:id  → 200;
 * - GET    /user  → the user, or 403 "Resource not accessible by integration" for a bot (installation) token;
 * - POST   /graphql  for exactly the query comment.ts sends: `viewer { login }` and
 *          `nodes(ids: $ids) { ... on IssueComment { id isMinimized } }`. Anything else is a GraphQL error.
 * - POST   /repos/:owner/:repo/check-runs  → 201, and PATCH /repos/:owner/:repo/check-runs/:id → 200, with the
 *          API's checks: `name` and a 40-hex `head_sha` required, `conclusion` one of GitHub's, `output.title` and
 *          `output.summary` required with the summary at most 65535 characters, at most 50 annotations a request
 *          (each with path, start_line, end_line, annotation_level, message); else 422. Annotations of an update
 *          are appended, as GitHub does.
 * Tokens (`Authorization: token …` or `Bearer …`) map to users; the default one is `github-actions[bot]`.
 * - GET    /repos/:owner/:repo/actions/caches  `key` (prefix), `ref`, `sort`, `direction`, `per_page`: the entries
 *          of a linked cache-service stand-in (`linkCaches`), as GitHub lists them; 403 without `actions: read`
 *          (`actionsRead = false`);
 * - DELETE /repos/:owner/:repo/actions/caches?key=&ref=  deletes them there; 403 without `actions: write`.
 * Knobs: `readOnly` (writes get the 403 a fork pull request's token gets), `failWith(status, times?)` for every
 * request, `graphqlDown` (POST /graphql answers 502). Every request is recorded.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHubUser {
  login: string;
  type: 'User' | 'Bot';
  id: number;
}

export interface StoredComment {
  id: number;
  node_id: string;
  body: string;
  user: GitHubUser;
  minimized: boolean;
  issue: string;
  created_at: string;
  updated_at: string;
}

export interface StoredCheckRun {
  id: number;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  output: { title: string; summary: string; text?: string };
  annotations: Record<string, unknown>[];
}

export interface RecordedGitHubRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface GitHubApiStandIn {
  /** Base URL for `getOctokit(token, { baseUrl })` / GITHUB_API_URL (no trailing slash). */
  url: string;
  /** GITHUB_API_URL and GITHUB_GRAPHQL_URL pointing here. */
  env: Record<string, string>;
  /** The default token, whose identity is github-actions[bot]. */
  token: string;
  addToken(token: string, user: { login: string; type?: 'User' | 'Bot' }): void;
  addComment(
    owner: string,
    repo: string,
    issue: number,
    comment: { body: string; login?: string; type?: 'User' | 'Bot'; minimized?: boolean },
  ): StoredComment;
  comments(owner: string, repo: string, issue: number): StoredComment[];
  requests(): RecordedGitHubRequest[];
  checkRuns(owner: string, repo: string): StoredCheckRun[];
  failWith(status: number | null, times?: number): void;
  readOnly: boolean;
  graphqlDown: boolean;
  /** Serve the Actions cache listing from a cache-service stand-in; every entry's ref is `ref`. */
  linkCaches(caches: LinkedCaches, ref: string): void;
  /** The token's `actions` permission: none, read, or write. */
  actionsPermission: 'none' | 'read' | 'write';
  /** Cap on per_page (GitHub's is 100); lower it to make a few comments span several pages. */
  maxPerPage: number;
  close(): Promise<void>;
}

/** What the GitHub stand-in needs of the cache-service stand-in. */
export interface LinkedCaches {
  entries(): {
    id: number;
    key: string;
    version: string;
    finalized: boolean;
    size_bytes: number | null;
    created_at: string;
  }[];
  remove(id: number): boolean;
}

export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };
const NOT_ACCESSIBLE = 'Resource not accessible by integration';

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-github-request-id': `LOOPBACK:${Date.now()}`,
    ...headers,
  });
  res.end(text);
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? null : JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

export async function startGitHubApi(): Promise<GitHubApiStandIn> {
  const token = 'ghs_pyrunLoopbackToken';
  const users = new Map<string, GitHubUser>([[token, ACTIONS_BOT]]);
  const known = new Map<string, GitHubUser>([[ACTIONS_BOT.login, ACTIONS_BOT]]);
  const stored: StoredComment[] = [];
  const recorded: RecordedGitHubRequest[] = [];
  const checkRuns: StoredCheckRun[] = [];
  let nextId = 1000;
  let failure: { status: number; remaining: number } | null = null;
  const knobs = { readOnly: false, graphqlDown: false, maxPerPage: 100 };
  let linked: { caches: LinkedCaches; ref: string } | null = null;
  let actionsPermission: 'none' | 'read' | 'write' = 'read';

  function actionsCaches(req: http.IncomingMessage, res: http.ServerResponse, url: URL): number {
    const needed = req.method === 'DELETE' ? 'write' : 'read';
    if (actionsPermission === 'none' || (needed === 'write' && actionsPermission !== 'write')) {
      return (send(res, 403, { message: NOT_ACCESSIBLE, status: '403' }), 403);
    }
    const key = url.searchParams.get('key') ?? '';
    const ref = url.searchParams.get('ref');
    const all = (linked?.caches.entries() ?? []).filter(
      (e) => e.finalized && (ref === null || ref === linked?.ref),
    );
    if (req.method === 'DELETE') {
      const hits = all.filter((e) => e.key === key);
      if (hits.length === 0) return (send(res, 404, { message: 'Not Found' }), 404);
      for (const e of hits) linked?.caches.remove(e.id);
      send(res, 200, {
        total_count: hits.length,
        actions_caches: hits.map((e) => ({ id: e.id, key: e.key, ref: linked?.ref })),
      });
      return 200;
    }
    const desc = (url.searchParams.get('direction') ?? 'desc') === 'desc';
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const matching = all
      .filter((e) => e.key.startsWith(key))
      .sort((a, b) => (Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id) * (desc ? -1 : 1));
    send(res, 200, {
      total_count: matching.length,
      actions_caches: matching.slice(0, perPage).map((e) => ({
        id: e.id,
        ref: linked?.ref,
        key: e.key,
        version: e.version,
        last_accessed_at: e.created_at,
        created_at: e.created_at,
        size_in_bytes: e.size_bytes ?? 0,
      })),
    });
    return 200;
  }
  let base = '';

  const userFor = (login: string, type: 'User' | 'Bot' = 'User'): GitHubUser => {
    const existing = known.get(login);
    if (existing) return existing;
    const user = { login, type, id: 5000 + known.size };
    known.set(login, user);
    return user;
  };

  const json = (c: StoredComment) => ({
    id: c.id,
    node_id: c.node_id,
    url: `${base}/repos/${c.issue.replace('#', '/issues/comments/')}`,
    html_url: `https://github.com/${c.issue.replace('#', '/pull/')}#issuecomment-${c.id}`,
    body: c.body,
    user: { login: c.user.login, id: c.user.id, type: c.user.type },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  });

  const addComment: GitHubApiStandIn['addComment'] = (owner, repo, issue, c) => {
    nextId += 1;
    const now = new Date(Date.UTC(2026, 0, 1) + nextId * 1000).toISOString();
    const comment: StoredComment = {
      id: nextId,
      node_id: `IC_${Buffer.from(`comment:${nextId}`).toString('base64url')}`,
      body: c.body,
      user: userFor(c.login ?? ACTIONS_BOT.login, c.type ?? (c.login ? 'User' : 'Bot')),
      minimized: c.minimized ?? false,
      issue: `${owner}/${repo}#${issue}`,
      created_at: now,
      updated_at: now,
    };
    stored.push(comment);
    return comment;
  };

  function listComments(res: http.ServerResponse, url: URL, issue: string): number {
    const all = stored.filter((c) => c.issue === issue);
    const perPage = Math.max(
      1,
      Math.min(knobs.maxPerPage, Number(url.searchParams.get('per_page') ?? 30) || 30),
    );
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.href);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    const slice = all.slice((page - 1) * perPage, page * perPage).map(json);
    send(res, 200, slice, links.length > 0 ? { link: links.join(', ') } : {});
    return 200;
  }

  function graphql(res: http.ServerResponse, body: unknown, user: GitHubUser): number {
    if (knobs.graphqlDown) return (send(res, 502, { message: 'Bad Gateway' }), 502);
    const { query, variables } = (body ?? {}) as { query?: string; variables?: { ids?: unknown } };
    const understood = typeof query === 'string' && /viewer\s*\{\s*login\s*\}/.test(query);
    if (!understood) {
      send(res, 200, {
        errors: [{ message: 'the loopback stand-in only answers the sticky-comment query' }],
      });
      return 200;
    }
    const data: Record<string, unknown> = { viewer: { login: user.login } };
    if (/nodes\(ids:/.test(query)) {
      const ids = Array.isArray(variables?.ids) ? (variables.ids as string[]) : [];
      data.nodes = ids.map((id) => {
        const c = stored.find((s) => s.node_id === id);
        return c ? { id: c.node_id, isMinimized: c.minimized } : null;
      });
    }
    send(res, 200, { data });
    return 200;
  }

  const CONCLUSIONS = [
    'action_required',
    'cancelled',
    'failure',
    'neutral',
    'success',
    'skipped',
    'stale',
    'timed_out',
  ];

  /** The API's validation of a check run's output; null when it is acceptable. */
  function outputProblem(output: unknown): string | null {
    if (output === undefined) return null;
    const o = output as { title?: unknown; summary?: unknown; annotations?: unknown };
    if (typeof o.title !== 'string' || typeof o.summary !== 'string') return 'output needs title and summary';
    if (o.summary.length > 65535) return 'output.summary is too long (maximum is 65535 characters)';
    const annotations = o.annotations ?? [];
    if (!Array.isArray(annotations)) return 'output.annotations must be an array';
    if (annotations.length > 50) return 'output.annotations: at most 50 per request';
    for (const a of annotations as Record<string, unknown>[]) {
      if (typeof a.path !== 'string' || typeof a.message !== 'string')
        return 'annotation needs path and message';
      if (typeof a.start_line !== 'number' || typeof a.end_line !== 'number') return 'annotation needs lines';
      if (!['notice', 'warning', 'failure'].includes(a.annotation_level as string))
        return 'bad annotation_level';
    }
    return null;
  }

  function checkRunRoute(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    p: string,
    body: unknown,
  ): number | null {
    const create = /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/.exec(p);
    const update = /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/.exec(p);
    if (!(create && req.method === 'POST') && !(update && req.method === 'PATCH')) return null;
    if (knobs.readOnly) return (send(res, 403, { message: NOT_ACCESSIBLE, status: '403' }), 403);
    const b = (body ?? {}) as Record<string, unknown>;
    const invalid = (message: string) => (send(res, 422, { message: `Invalid request: ${message}` }), 422);
    const problem = outputProblem(b.output);
    if (problem) return invalid(problem);
    if (b.conclusion !== undefined && !CONCLUSIONS.includes(b.conclusion as string))
      return invalid('conclusion');
    const output = b.output as
      { title: string; summary: string; annotations?: Record<string, unknown>[] } | undefined;
    const json = (c: StoredCheckRun) => ({ ...c, annotations_count: c.annotations.length });
    if (create) {
      if (typeof b.name !== 'string' || b.name === '') return invalid('name is required');
      if (typeof b.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(b.head_sha)) return invalid('head_sha');
      if (b.status === 'completed' && b.conclusion === undefined) return invalid('conclusion is required');
      nextId += 1;
      const run: StoredCheckRun = {
        id: nextId,
        repo: `${create[1]}/${create[2]}`,
        name: b.name,
        head_sha: b.head_sha,
        status: typeof b.status === 'string' ? b.status : 'queued',
        conclusion: typeof b.conclusion === 'string' ? b.conclusion : null,
        details_url: typeof b.details_url === 'string' ? b.details_url : null,
        output: { title: output?.title ?? '', summary: output?.summary ?? '' },
        annotations: [...(output?.annotations ?? [])],
      };
      checkRuns.push(run);
      return (send(res, 201, json(run)), 201);
    }
    const run = checkRuns.find(
      (c) => c.id === Number(update?.[3]) && c.repo === `${update?.[1]}/${update?.[2]}`,
    );
    if (!run) return (send(res, 404, { message: 'Not Found' }), 404);
    if (output) {
      run.output = { title: output.title, summary: output.summary };
      run.annotations.push(...(output.annotations ?? []));
    }
    if (typeof b.conclusion === 'string') run.conclusion = b.conclusion;
    return (send(res, 200, json(run)), 200);
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: unknown): number {
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '');
    const user = auth ? users.get(auth[1] as string) : undefined;
    if (!user) return (send(res, 401, { message: 'Bad credentials' }), 401);
    if (failure && failure.remaining > 0) {
      failure.remaining -= 1;
      send(res, failure.status, { message: `simulated failure (HTTP ${failure.status})` });
      return failure.status;
    }
    const p = url.pathname;
    const checks = checkRunRoute(req, res, p, body);
    if (checks !== null) return checks;
    if (req.method === 'POST' && p === '/graphql') return graphql(res, body, user);
    if (
      /^\/repos\/[^/]+\/[^/]+\/actions\/caches$/.test(p) &&
      (req.method === 'GET' || req.method === 'DELETE')
    ) {
      return actionsCaches(req, res, url);
    }
    if (req.method === 'GET' && p === '/user') {
      if (user.type === 'Bot') return (send(res, 403, { message: NOT_ACCESSIBLE, status: '403' }), 403);
      return (send(res, 200, { login: user.login, id: user.id, type: user.type }), 200);
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(p);
    const edit = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(p);
    const write = (list && req.method === 'POST') || (edit && req.method === 'PATCH');
    if (write && knobs.readOnly) return (send(res, 403, { message: NOT_ACCESSIBLE, status: '403' }), 403);
    const text = (body as { body?: unknown } | null)?.body;
    if (list && req.method === 'GET') return listComments(res, url, `${list[1]}/${list[2]}#${list[3]}`);
    if (list && req.method === 'POST') {
      if (typeof text !== 'string') return (send(res, 422, { message: 'body is required' }), 422);
      const c = addComment(list[1] as string, list[2] as string, Number(list[3]), { body: text });
      c.user = user;
      return (send(res, 201, json(c)), 201);
    }
    if (edit && req.method === 'PATCH') {
      const c = stored.find((s) => s.id === Number(edit[3]) && s.issue.startsWith(`${edit[1]}/${edit[2]}#`));
      if (!c) return (send(res, 404, { message: 'Not Found' }), 404);
      if (typeof text !== 'string') return (send(res, 422, { message: 'body is required' }), 422);
      c.body = text;
      c.updated_at = new Date().toISOString();
      return (send(res, 200, json(c)), 200);
    }
    return (send(res, 404, { message: 'Not Found' }), 404);
  }

  const server = http.createServer((req, res) => {
    void readJson(req).then((body) => {
      const url = new URL(req.url ?? '/', base);
      let status: number;
      try {
        status = route(req, res, url, body);
      } catch (error) {
        status = 500;
        if (!res.headersSent) send(res, 500, { message: `stand-in bug: ${String(error)}` });
      }
      recorded.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body,
        status,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    env: { GITHUB_API_URL: base, GITHUB_GRAPHQL_URL: `${base}/graphql` },
    token,
    addToken(t, user) {
      users.set(t, userFor(user.login, user.type ?? 'User'));
    },
    addComment,
    comments: (owner, repo, issue) => stored.filter((c) => c.issue === `${owner}/${repo}#${issue}`),
    requests: () => [...recorded],
    checkRuns: (owner, repo) => checkRuns.filter((c) => c.repo === `${owner}/${repo}`),
    failWith(status, times = Number.POSITIVE_INFINITY) {
      failure = status === null ? null : { status, remaining: times };
    },
    get readOnly() {
      return knobs.readOnly;
    },
    set readOnly(v: boolean) {
      knobs.readOnly = v;
    },
    get graphqlDown() {
      return knobs.graphqlDown;
    },
    set graphqlDown(v: boolean) {
      knobs.graphqlDown = v;
    },
    get maxPerPage() {
      return knobs.maxPerPage;
    },
    linkCaches(caches, ref) {
      linked = { caches, ref };
    },
    get actionsPermission() {
      return actionsPermission;
    },
    set actionsPermission(v: 'none' | 'read' | 'write') {
      actionsPermission = v;
    },
    set maxPerPage(v: number) {
      knobs.maxPerPage = v;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
