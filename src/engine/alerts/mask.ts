/**
 * Secrets of the alert channels, and masking them out of log lines. Webhook URLs are secrets as a whole: Slack's
 * token is the path, other services put tokens in the path or the query. Masking replaces the longest secrets
 * first, so a full URL disappears whole instead of leaving pieces of itself around a masked token.
 */
import type { ChannelConfig } from './config.js';

export const MASK = '***';

/**
 * Shorter pieces are not masked: a 1–3 character password guards nothing, and masking it would garble every
 * line that happens to hold those letters. Whole URLs are always long enough.
 */
export const MIN_SECRET_CHARS = 4;

/** A path segment or query value is token-like when it is long, or fairly long and holds a digit. */
const TOKEN_MIN_CHARS = 8;
const TOKEN_ANY_MIN_CHARS = 20;

function isTokenLike(part: string): boolean {
  return part.length >= TOKEN_ANY_MIN_CHARS || (part.length >= TOKEN_MIN_CHARS && /\d/.test(part));
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The URL as given, as normalised, its path and query, token-like pieces and any password in it. */
function urlSecrets(raw: string): string[] {
  const secrets = [raw];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return secrets;
  }
  secrets.push(url.href);
  const pathAndQuery = url.pathname + url.search;
  if (pathAndQuery !== '/') secrets.push(pathAndQuery, decoded(pathAndQuery));
  for (const segment of url.pathname.split('/')) {
    if (isTokenLike(segment)) secrets.push(segment, decoded(segment));
  }
  for (const value of url.searchParams.values()) if (isTokenLike(value)) secrets.push(value);
  if (url.password !== '') secrets.push(url.password, decoded(url.password));
  return secrets;
}

/**
 * Every string that must never reach a log: the Slack and webhook URLs (whole, and their paths and tokens), the
 * webhook secret, the SMTP URL and its password; pieces shorter than MIN_SECRET_CHARS are left out.
 */
export function channelSecrets(channels: ChannelConfig): string[] {
  const secrets: string[] = [];
  for (const url of [channels.slack_webhook, channels.webhook_url, channels.smtp_url]) {
    if (url) secrets.push(...urlSecrets(url));
  }
  if (channels.webhook_secret) secrets.push(channels.webhook_secret);
  return [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_CHARS))];
}

/** Replaces every occurrence of every secret with `***`, longest secret first. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const ordered = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  let masked = text;
  for (const secret of ordered) masked = masked.split(secret).join(MASK);
  return masked;
}
