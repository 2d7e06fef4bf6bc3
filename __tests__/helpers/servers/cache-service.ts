/**
 * A loopback stand-in for the GitHub Actions cache service (v2), for the real `@actions/cache` client.
 *
 * What the client (v6, with ACTIONS_CACHE_SERVICE_V2 and ACTIONS_RESULTS_URL set) does, and what we answer:
 * - Twirp JSON over POST `/twirp/github.actions.results.api.v1.CacheService/<Method>`, `Authorization: Bearer
 *   <ACTIONS_RUNTIME_TOKEN>`, snake_case fields, int64 as strings:
 *   - CreateCacheEntry {key, version} → {ok, signed_upload_url}. A second create of the same key and version is
 *     HTTP 409 `already_exists` (as the real service); a read-only token gets HTTP 200 {ok: false, message:
 *     "cache write denied: …"} (as the real service).
 *   - FinalizeCacheEntryUpload {key, version, size_bytes} → {ok, entry_id}.
 *   - GetCacheEntryDownloadURL {key, restore_keys, version} → {ok, signed_download_url, matched_key}. For the key
 *     and then each restore key in order: an exact match, else the newest entry with that prefix. Only finalized
 *     entries of the same version (the client's hash of the path strings and compression) match.
 * - Upload: the client hands the signed URL to the Azure SDK's BlockBlobClient.uploadFile, which sends Put Blob
 *   (one PUT, up to 128 MiB) or Put Block (`comp=block`) + Put Block List (`comp=blocklist`). The URL is
 *   path-style (`/<account>/<container>/<blob>?…&sig=…`), as the SDK expects for an IP host.
 * - Download: for a host that is not `*.blob.core.windows.net` the client does one plain GET and checks
 *   Content-Length. Ranged GET (`Range` or `x-ms-range`) and HEAD are served too, as the Azure SDK's
 *   getProperties/downloadToBuffer use them.
 * The client does not parse the runtime token; ours is JWT-shaped anyway (with an `Actions.Results` scope).
 *
 * Knobs: `failWith(status, times?)` answers Twirp calls with that status (500/502/503/504 make the client retry 5
 * times with a ~3 s growing backoff, ≈30 s in all: use `times`, or a status it does not retry, such as 501);
 * `readOnly` (write denied) and `readDenied` (403 `cache read denied:` on lookups).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';
const ACCOUNT = 'pyrunblobs';
const CONTAINER = 'cache';

export interface CacheEntryView {
  id: number;
  key: string;
  version: string;
  finalized: boolean;
  size_bytes: number | null;
  created_at: string;
  /** The uploaded archive, once uploaded. */
  bytes: Buffer | null;
}

export interface RecordedCacheRequest {
  method: string;
  /** Twirp method name, or `blob:<operation>`. */
  operation: string;
  status: number;
  /** Twirp request body, when there is one. */
  body?: Record<string, unknown>;
}

export interface CacheServiceStandIn {
  /** Base URL (ACTIONS_RESULTS_URL), ending in `/`. */
  url: string;
  /** Everything the client needs: merge into process.env (restore afterwards) or into a child's env. */
  env: Record<string, string>;
  entries(): CacheEntryView[];
  /** Deletes an entry (what the REST API's cache deletion does); true when it existed. */
  remove(id: number): boolean;
  requests(): RecordedCacheRequest[];
  /** Answer the next `times` Twirp calls (default: all, until `failWith(null)`) with this HTTP status. */
  failWith(status: number | null, times?: number): void;
  /** CreateCacheEntry refuses writes as for an untrusted trigger's read-only token. */
  readOnly: boolean;
  /** GetCacheEntryDownloadURL refuses reads as for a token without readable scopes. */
  readDenied: boolean;
  close(): Promise<void>;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  seq: number;
  created_at: Date;
  finalized: boolean;
  size_bytes: number | null;
  uploadSig: string;
  downloadSig: string;
  blob: Buffer | null;
  blocks: Map<string, Buffer>;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** JWT-shaped, unsigned: nothing in the cache client verifies it. */
function fakeRuntimeToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: 'pyrun-loopback',
    iat: now,
    exp: now + 3600,
    scp: `Actions.Results:${randomUUID()}:${randomUUID()}`,
  };
  return [
    base64url('{"typ":"JWT","alg":"RS256"}'),
    base64url(JSON.stringify(payload)),
    base64url('unsigned'),
  ].join('.');
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  429: 'resource_exhausted',
  501: 'unimplemented',
  503: 'unavailable',
  504: 'deadline_exceeded',
};

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function twirpError(res: http.ServerResponse, status: number, msg: string): void {
  sendJson(res, status, { code: TWIRP_CODES[status] ?? 'internal', msg });
}

function blobError(res: http.ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(xml),
    'x-ms-error-code': code,
  });
  res.end(xml);
}

function blobHeaders(entry: Entry): Record<string, string> {
  return {
    etag: `"0x${entry.seq.toString(16).toUpperCase()}"`,
    'last-modified': entry.created_at.toUTCString(),
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2025-05-05',
    date: new Date().toUTCString(),
  };
}

/** `bytes=a-b` or `bytes=a-` → [start, end] inclusive, clamped; null when absent or unusable. */
function parseRange(header: string | undefined, size: number): [number, number] | null {
  const m = header ? /^bytes=(\d+)-(\d*)$/.exec(header.trim()) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  return start <= end ? [start, end] : null;
}

export async function startCacheService(): Promise<CacheServiceStandIn> {
  const token = fakeRuntimeToken();
  const entries: Entry[] = [];
  const recorded: RecordedCacheRequest[] = [];
  let seq = 0;
  let failure: { status: number; remaining: number } | null = null;
  const state = { readOnly: false, readDenied: false };
  let baseUrl = '';

  const blobUrl = (entry: Entry, sig: string, permissions: string): string => {
    const expiry = new Date(Date.now() + 3600_000).toISOString();
    const query = new URLSearchParams({ sv: '2025-05-05', sr: 'b', sp: permissions, se: expiry, sig });
    return `${baseUrl}${ACCOUNT}/${CONTAINER}/${entry.id}?${query.toString()}`;
  };

  function twirp(method: string, body: Record<string, unknown>, res: http.ServerResponse): number {
    const key = typeof body.key === 'string' ? body.key : '';
    const version = typeof body.version === 'string' ? body.version : '';
    if (method === 'CreateCacheEntry') {
      if (state.readOnly) {
        sendJson(res, 200, { ok: false, message: 'cache write denied: token has no writable scopes' });
        return 200;
      }
      if (key === '' || version === '') return (twirpError(res, 400, 'key and version are required'), 400);
      if (entries.some((e) => e.key === key && e.version === version)) {
        twirpError(res, 409, 'cache entry with the same key, version, and scope already exists');
        return 409;
      }
      seq += 1;
      const entry: Entry = {
        id: seq,
        key,
        version,
        seq,
        created_at: new Date(),
        finalized: false,
        size_bytes: null,
        uploadSig: randomBytes(16).toString('base64url'),
        downloadSig: randomBytes(16).toString('base64url'),
        blob: null,
        blocks: new Map(),
      };
      entries.push(entry);
      sendJson(res, 200, { ok: true, signed_upload_url: blobUrl(entry, entry.uploadSig, 'cw') });
      return 200;
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((e) => e.key === key && e.version === version && !e.finalized);
      const size = Number(body.size_bytes ?? 0);
      if (!entry)
        return (sendJson(res, 200, { ok: false, message: `no cache entry ${key} being created` }), 200);
      if (!entry.blob || entry.blob.length !== size) {
        sendJson(res, 200, { ok: false, message: `uploaded ${entry.blob?.length ?? 0} bytes, not ${size}` });
        return 200;
      }
      entry.finalized = true;
      entry.size_bytes = size;
      seq += 1;
      entry.seq = seq; // the newest is the last finalized
      sendJson(res, 200, { ok: true, entry_id: String(entry.id) });
      return 200;
    }
    if (method === 'GetCacheEntryDownloadURL') {
      if (state.readDenied) {
        twirpError(res, 403, 'cache read denied: token has no readable scopes');
        return 403;
      }
      const restoreKeys = Array.isArray(body.restore_keys) ? (body.restore_keys as string[]) : [];
      const usable = entries.filter((e) => e.finalized && e.version === version);
      for (const wanted of [key, ...restoreKeys]) {
        const hit =
          usable.find((e) => e.key === wanted) ??
          usable.filter((e) => e.key.startsWith(wanted)).sort((a, b) => b.seq - a.seq)[0];
        if (hit) {
          const url = blobUrl(hit, hit.downloadSig, 'r');
          sendJson(res, 200, { ok: true, signed_download_url: url, matched_key: hit.key });
          return 200;
        }
      }
      sendJson(res, 200, { ok: false, signed_download_url: '', matched_key: '' });
      return 200;
    }
    twirpError(res, 404, `no such method ${method}`);
    return 404;
  }

  function blob(req: http.IncomingMessage, res: http.ServerResponse, url: URL, body: Buffer): string {
    const [, account, container, name] = url.pathname.split('/');
    const entry =
      account === ACCOUNT && container === CONTAINER ? entries.find((e) => String(e.id) === name) : undefined;
    const sig = url.searchParams.get('sig');
    const comp = url.searchParams.get('comp');
    const operation =
      req.method === 'PUT'
        ? comp === null
          ? 'put-blob'
          : `put-${comp}`
        : req.method === 'HEAD'
          ? 'head'
          : 'get';
    if (!entry) return (blobError(res, 404, 'BlobNotFound', 'The specified blob does not exist.'), operation);
    if (req.method === 'PUT') {
      if (sig !== entry.uploadSig || entry.finalized) {
        blobError(res, 403, 'AuthenticationFailed', 'Signature or permissions do not allow writing.');
        return operation;
      }
      if (comp === null) {
        entry.blob = body;
      } else if (comp === 'block') {
        entry.blocks.set(url.searchParams.get('blockid') ?? '', body);
      } else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)].map(
          (m) => m[2] as string,
        );
        const parts = ids.map((id) => entry.blocks.get(id));
        if (parts.some((p) => p === undefined)) {
          blobError(res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
          return operation;
        }
        entry.blob = Buffer.concat(parts as Buffer[]);
        entry.blocks.clear();
      } else {
        blobError(res, 400, 'InvalidQueryParameterValue', `comp=${comp} is not served here.`);
        return operation;
      }
      res.writeHead(201, {
        ...blobHeaders(entry),
        'content-length': 0,
        'x-ms-request-server-encrypted': 'true',
      });
      res.end();
      return operation;
    }
    if (sig !== entry.downloadSig || !entry.finalized || !entry.blob) {
      blobError(res, 403, 'AuthenticationFailed', 'Signature or permissions do not allow reading.');
      return operation;
    }
    const data = entry.blob;
    const rangeHeader = req.headers['x-ms-range'] ?? req.headers.range;
    const range = parseRange(Array.isArray(rangeHeader) ? rangeHeader[0] : rangeHeader, data.length);
    const headers: Record<string, string | number> = {
      ...blobHeaders(entry),
      'content-type': 'application/octet-stream',
      'accept-ranges': 'bytes',
      'x-ms-blob-type': 'BlockBlob',
    };
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...headers, 'content-length': data.length });
      res.end();
    } else if (range) {
      const [start, end] = range;
      res.writeHead(206, {
        ...headers,
        'content-length': end - start + 1,
        'content-range': `bytes ${start}-${end}/${data.length}`,
      });
      res.end(data.subarray(start, end + 1));
    } else {
      res.writeHead(200, { ...headers, 'content-length': data.length });
      res.end(data);
    }
    return operation;
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', baseUrl);
      const body = await readBody(req);
      if (url.pathname.startsWith(SERVICE)) {
        const method = url.pathname.slice(SERVICE.length);
        let parsed: Record<string, unknown>;
        try {
          parsed = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
        } catch {
          twirpError(res, 400, 'body is not JSON');
          recorded.push({ method: req.method ?? '', operation: method, status: 400 });
          return;
        }
        let status: number;
        if (req.method !== 'POST') {
          status = 405;
          twirpError(res, 405, 'Twirp takes POST');
        } else if (req.headers.authorization !== `Bearer ${token}`) {
          status = 401;
          twirpError(res, 401, 'invalid runtime token');
        } else if (failure && failure.remaining > 0) {
          failure.remaining -= 1;
          status = failure.status;
          twirpError(res, status, `simulated failure (HTTP ${status})`);
        } else {
          status = twirp(method, parsed, res);
        }
        recorded.push({ method: req.method ?? '', operation: method, status, body: parsed });
        return;
      }
      const operation = blob(req, res, url, body);
      recorded.push({ method: req.method ?? '', operation: `blob:${operation}`, status: res.statusCode });
    })().catch((error: unknown) => {
      if (!res.headersSent) twirpError(res, 500, `stand-in bug: ${String(error)}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    url: baseUrl,
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: baseUrl,
      ACTIONS_RUNTIME_TOKEN: token,
      // The client falls back to the v1 protocol on anything it takes for GHES.
      GITHUB_SERVER_URL: 'https://github.com',
    },
    entries: () =>
      [...entries]
        .sort((a, b) => a.id - b.id)
        .map((e) => ({
          id: e.id,
          key: e.key,
          version: e.version,
          finalized: e.finalized,
          size_bytes: e.size_bytes,
          created_at: e.created_at.toISOString(),
          bytes: e.blob,
        })),
    remove(id: number) {
      const index = entries.findIndex((e) => e.id === id);
      if (index < 0) return false;
      entries.splice(index, 1);
      return true;
    },
    requests: () => [...recorded],
    failWith(status: number | null, times = Number.POSITIVE_INFINITY) {
      failure = status === null ? null : { status, remaining: times };
    },
    get readOnly() {
      return state.readOnly;
    },
    set readOnly(value: boolean) {
      state.readOnly = value;
    },
    get readDenied() {
      return state.readDenied;
    },
    set readDenied(value: boolean) {
      state.readDenied = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The process.env variables the cache client reads; withCacheEnv clears the ones it is not given. */
const CLIENT_VARIABLES = [
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
];

/**
 * Runs `fn` with process.env holding exactly `vars` for the client's variables (the others it reads are removed),
 * and puts everything back afterwards. `@actions/core` and `@actions/cache` read process.env at call time.
 */
export async function withCacheEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const names = [...new Set([...CLIENT_VARIABLES, ...Object.keys(vars)])];
  const saved = new Map(names.map((n) => [n, process.env[n]]));
  for (const n of names) delete process.env[n];
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [n, v] of saved) {
      if (v === undefined) delete process.env[n];
      else process.env[n] = v;
    }
  }
}
