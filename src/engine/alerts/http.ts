/**
 * POST a JSON body with the built-in fetch: one timeout per attempt, retries on network errors, timeouts and
 * server errors (5xx, and 408/429 which say "try again"), none on other answers. Redirects are not followed: a
 * signed alert must not wander to another host.
 */
import {
  isCertificateFailure,
  withRetries,
  type AttemptOutcome,
  type DeliveryResult,
  type RetryPolicy,
} from './retry.js';

export const USER_AGENT = 'pyrun';

export interface PostOptions {
  fetch: typeof fetch;
  timeout_ms: number;
  policy: RetryPolicy;
  /** Aborts the whole delivery (the dispatcher gave up waiting). */
  signal: AbortSignal;
}

const FRIENDLY_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the server',
};

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  cause?: unknown;
}

/** Errors are read by shape, not `instanceof`: fetch's errors may come from another realm. */
function asErrorLike(value: unknown): ErrorLike | null {
  return typeof value === 'object' && value !== null ? (value as ErrorLike) : null;
}

/** The underlying error of a failed fetch (fetch itself only says "fetch failed"). */
function causeOf(error: unknown): ErrorLike | null {
  const outer = asErrorLike(error);
  return asErrorLike(outer?.cause) ?? outer;
}

function codeOf(error: unknown): string | undefined {
  const code = causeOf(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Why a request failed to reach the server, without the URL (fetch's own messages never carry it either). */
export function networkReason(error: unknown): string {
  const cause = causeOf(error);
  const message = typeof cause?.message === 'string' && cause.message !== '' ? cause.message : String(error);
  const code = codeOf(error);
  if (code === undefined) return message;
  return `${FRIENDLY_CODES[code] ?? message} (${code})`;
}

function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

async function attemptPost(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
  signal: AbortSignal,
): Promise<AttemptOutcome> {
  const timeout = AbortSignal.timeout(options.timeout_ms);
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.any([signal, timeout]),
    });
  } catch (error) {
    if (signal.aborted) return { ok: false, retryable: false, reason: 'abandoned' };
    if (timeout.aborted) {
      return { ok: false, retryable: true, reason: `no answer within ${options.timeout_ms} ms` };
    }
    return { ok: false, retryable: !isCertificateFailure(codeOf(error)), reason: networkReason(error) };
  }
  // The answer's body is of no interest; drop it so the connection is released.
  await response.body?.cancel().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) return { ok: true };
  // node:http only for its table of reason phrases, and only on a failure: a run never loads it otherwise.
  const phrase = response.statusText || (await import('node:http')).STATUS_CODES[response.status];
  const status = `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`;
  if (response.status >= 300 && response.status < 400) {
    return { ok: false, retryable: false, reason: `${status} (redirects are not followed)` };
  }
  return { ok: false, retryable: isRetryableStatus(response.status), reason: status };
}

/** Delivers one JSON body; never rejects. */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions,
): Promise<DeliveryResult> {
  return withRetries(
    (signal) => attemptPost(url, body, headers, options, signal),
    options.policy,
    options.signal,
  );
}
