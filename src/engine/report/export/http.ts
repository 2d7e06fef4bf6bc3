/**
 * One HTTP request of an exporter: built-in fetch, one attempt, a timeout, no redirects. Credentials in the URL
 * (`https://user:pass@host/`) become a Basic Authorization header, since fetch refuses URLs that carry them.
 * Never rejects: the outcome is a value whose reason holds no URL and no credential.
 */
import { networkReason } from '../../alerts/http.js';
import { safeDecode } from './target.js';

export const EXPORT_USER_AGENT = 'pyrun';
/** How much of an error answer's body a warning quotes (a Pushgateway explains a refused push there). */
const MAX_QUOTED_BODY_CHARS = 200;

export type HttpOutcome = { ok: true; status: number; body: string } | { ok: false; reason: string };

export interface HttpRequest {
  url: string;
  method: 'PUT' | 'POST';
  contentType: string;
  body: string;
}

/** The URL without its credentials, and the Authorization header they make (if any). */
export function splitCredentials(raw: string): { url: string; authorization: string | null } {
  const url = new URL(raw);
  if (url.username === '' && url.password === '') return { url: url.href, authorization: null };
  const user = safeDecode(url.username);
  const password = safeDecode(url.password);
  url.username = '';
  url.password = '';
  const token = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
  return { url: url.href, authorization: `Basic ${token}` };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTED_BODY_CHARS ? `${flat.slice(0, MAX_QUOTED_BODY_CHARS)}…` : flat;
}

export async function sendHttp(
  request: HttpRequest,
  fetchImpl: typeof fetch,
  timeout_ms: number,
): Promise<HttpOutcome> {
  const { url, authorization } = splitCredentials(request.url);
  const timeout = AbortSignal.timeout(timeout_ms);
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    'user-agent': EXPORT_USER_AGENT,
  };
  if (authorization !== null) headers.authorization = authorization;
  try {
    const response = await fetchImpl(url, {
      method: request.method,
      headers,
      body: request.body,
      redirect: 'manual',
      signal: timeout,
    });
    const body = await response.text();
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, body };
    // node:http only for its table of reason phrases, and only on a failure: a run never loads it otherwise.
    const phrase = response.statusText || (await import('node:http')).STATUS_CODES[response.status];
    const status = `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`;
    if (response.status >= 300 && response.status < 400) {
      return { ok: false, reason: `${status} (redirects are not followed)` };
    }
    const quoted = oneLine(body);
    return { ok: false, reason: quoted === '' ? status : `${status}: ${quoted}` };
  } catch (error) {
    if (timeout.aborted) return { ok: false, reason: `no answer within ${timeout_ms} ms` };
    return { ok: false, reason: networkReason(error) };
  }
}
