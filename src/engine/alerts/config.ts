/**
 * What an alert channel needs to know: where it goes (ChannelConfig), what run it speaks of (AlertContext) and
 * what fired (AlertEventPayload). Problems with the configuration are found here, in messages that name the
 * field and never repeat its value (the value is a secret).
 */

/** The run an alert speaks of. */
export interface AlertContext {
  series: string;
  script: string;
  run_id: string;
  host: string;
  run_url: string | null;
}

export interface ChannelConfig {
  slack_webhook?: string | null;
  webhook_url?: string | null;
  webhook_secret?: string | null;
  smtp_url?: string | null;
  email_to?: string | null;
  /** Per attempt; default 5000. */
  timeout_ms?: number;
  /** Extra attempts after the first; default 2, with exponential backoff from 250 ms. */
  retries?: number;
}

/** One fired alert: a threshold rule during the run, or an end-of-run event (`on failure`, …). */
export interface AlertEventPayload {
  /** The rule text exactly as the user wrote it. */
  rule: string;
  /** Seconds since the script started. */
  at_s: number;
  /** The measured value that made the rule true; null for events. */
  value: number | null;
  kind: 'threshold' | 'event';
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_RETRIES = 2;
export const FIRST_BACKOFF_MS = 250;
/** No more than this many extra attempts, whatever the configuration says. */
export const MAX_RETRIES = 10;

export type ChannelKind = 'slack' | 'webhook' | 'email';

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isSmtpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Each problem as one line naming the field and what would be valid; empty when the configuration is usable. */
export function channelProblems(channels: ChannelConfig): string[] {
  const problems: string[] = [];
  if (channels.slack_webhook && !isHttpUrl(channels.slack_webhook)) {
    problems.push('slack_webhook is not an http(s) URL (expected https://hooks.slack.com/services/…)');
  }
  if (channels.webhook_url && !isHttpUrl(channels.webhook_url)) {
    problems.push('webhook_url is not an http(s) URL');
  }
  if (channels.webhook_secret && !channels.webhook_url) {
    problems.push('webhook_secret is set but webhook_url is not');
  }
  if (channels.smtp_url && !isSmtpUrl(channels.smtp_url)) {
    problems.push('smtp_url is not an smtp:// or smtps:// URL (expected smtps://user:password@host:465)');
  }
  if (channels.smtp_url && !channels.email_to) problems.push('smtp_url is set but email_to is not');
  if (channels.email_to && !channels.smtp_url) problems.push('email_to is set but smtp_url is not');
  const { timeout_ms, retries } = channels;
  if (timeout_ms !== undefined && !(Number.isFinite(timeout_ms) && timeout_ms > 0)) {
    problems.push('timeout_ms must be a positive number of milliseconds');
  }
  if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0 && retries <= MAX_RETRIES)) {
    problems.push(`retries must be a whole number from 0 to ${MAX_RETRIES}`);
  }
  return problems;
}

/** The configured channel kinds, in a fixed order. */
export function configuredKinds(channels: ChannelConfig): ChannelKind[] {
  const kinds: ChannelKind[] = [];
  if (channels.slack_webhook) kinds.push('slack');
  if (channels.webhook_url) kinds.push('webhook');
  if (channels.smtp_url && channels.email_to) kinds.push('email');
  return kinds;
}
