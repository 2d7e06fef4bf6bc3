/**
 * E-mail over SMTP with nodemailer. `smtps://user:password@host[:465]` speaks TLS from the start;
 * `smtp://user:password@host[:587]` upgrades with STARTTLS. With credentials, TLS is required: a server that
 * does not offer STARTTLS gets no AUTH command (the password never crosses the wire in clear text) and the alert
 * fails with a reason saying so, unless the URL says `?insecure=true` explicitly (then credentials may go in clear
 * text to a server without STARTTLS; STARTTLS is still used when offered). Without credentials, STARTTLS is used
 * whenever the server offers it. Certificates are verified; only tests may switch that off, explicitly. The sender
 * is `?from=ADDR` in the URL, else the user name when it is an address, else the first recipient.
 *
 * nodemailer is loaded on the first e-mail, so a run without an e-mail channel never loads it.
 */
import type { AlertContext, AlertEventPayload } from './config.js';
import { alertSubject, alertText } from './message.js';
import {
  describeError,
  isCertificateFailure,
  withRetries,
  type AttemptOutcome,
  type DeliveryResult,
  type RetryPolicy,
} from './retry.js';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (smtps); otherwise STARTTLS when offered. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string | null;
  /** Refuse to go on without TLS (credentials given and no `?insecure=true`). */
  require_tls: boolean;
}

/** The URL query that lets credentials go to a server without STARTTLS, in clear text. */
export const SMTP_INSECURE_QUERY = 'insecure=true';

const SMTPS_PORT = 465;
const SUBMISSION_PORT = 587;
const BACKSTOP_MS = 1000;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Reads an `smtp://` or `smtps://` URL; throws on anything else (the dispatcher checks first). */
export function smtpSettings(raw: string): SmtpSettings {
  const url = new URL(raw);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error('smtp_url must be smtp:// or smtps://');
  const secure = url.protocol === 'smtps:';
  const user = decode(url.username);
  const auth = user !== '' ? { user, pass: decode(url.password) } : null;
  const insecure = url.searchParams.get('insecure') === 'true';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? SMTPS_PORT : SUBMISSION_PORT,
    secure,
    auth,
    from: url.searchParams.get('from'),
    require_tls: auth !== null && !secure && !insecure,
  };
}

export function senderAddress(settings: SmtpSettings, email_to: string): string {
  if (settings.from) return settings.from;
  if (settings.auth && settings.auth.user.includes('@')) return settings.auth.user;
  return email_to.split(',')[0]!.trim();
}

export interface EmailOptions {
  timeout_ms: number;
  policy: RetryPolicy;
  signal: AbortSignal;
  /** Accept any certificate. For tests against a self-signed loopback server only. */
  insecure_tls?: boolean;
}

/** nodemailer's errors, read by shape: `code` is its own (ESOCKET…), `originalCode` the system's. */
interface SmtpErrorLike {
  code?: unknown;
  responseCode?: unknown;
  originalCode?: unknown;
}

/** SMTP trouble worth another try: the connection failed, timed out or broke, or the server said 4xx. */
function isRetryable(error: SmtpErrorLike): boolean {
  if (typeof error.responseCode === 'number') return error.responseCode >= 400 && error.responseCode < 500;
  if (isCertificateFailure(error.originalCode)) return false;
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(String(error.code));
}

/** nodemailer's refusal to go on when `requireTLS` is set and the server offers no STARTTLS. */
function isMissingStarttls(error: unknown): boolean {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  return e.code === 'ETLS' || /STARTTLS/i.test(String(e.message ?? ''));
}

async function attemptEmail(
  settings: SmtpSettings,
  message: { from: string; to: string; subject: string; text: string },
  options: EmailOptions,
  signal: AbortSignal,
): Promise<AttemptOutcome> {
  const { default: nodemailer } = await import('nodemailer');
  const timeout = AbortSignal.timeout(options.timeout_ms);
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.require_tls,
    auth: settings.auth ?? undefined,
    // The attempt's abort signal ends it at timeout_ms; nodemailer's own timers are only a backstop.
    connectionTimeout: options.timeout_ms + BACKSTOP_MS,
    greetingTimeout: options.timeout_ms + BACKSTOP_MS,
    socketTimeout: options.timeout_ms + BACKSTOP_MS,
    tls: { rejectUnauthorized: options.insecure_tls !== true },
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    await transport.sendMail({
      ...message,
      from: { name: 'pyrun', address: message.from },
      signal: AbortSignal.any([signal, timeout]),
    });
    return { ok: true };
  } catch (error) {
    if (signal.aborted) return { ok: false, retryable: false, reason: 'abandoned' };
    if (timeout.aborted) {
      return { ok: false, retryable: true, reason: `no answer within ${options.timeout_ms} ms` };
    }
    if (settings.require_tls && isMissingStarttls(error)) {
      return {
        ok: false,
        retryable: false,
        reason:
          'the SMTP server does not offer STARTTLS, and pyrun never sends credentials in clear text: use ' +
          `smtps://, a server with STARTTLS, or add ?${SMTP_INSECURE_QUERY} to the URL to allow it`,
      };
    }
    return {
      ok: false,
      retryable: isRetryable((error ?? {}) as SmtpErrorLike),
      reason: describeError(error),
    };
  } finally {
    transport.close();
  }
}

export function sendEmail(
  smtp_url: string,
  email_to: string,
  alert: AlertEventPayload,
  ctx: AlertContext,
  options: EmailOptions,
): Promise<DeliveryResult> {
  let settings: SmtpSettings;
  try {
    settings = smtpSettings(smtp_url);
  } catch {
    return Promise.resolve({
      ok: false,
      attempts: 0,
      reason: 'smtp_url is not a valid SMTP URL',
      aborted: false,
    });
  }
  const message = {
    from: senderAddress(settings, email_to),
    to: email_to,
    subject: alertSubject(alert, ctx),
    text: alertText(alert, ctx),
  };
  return withRetries(
    (signal) => attemptEmail(settings, message, options, signal),
    options.policy,
    options.signal,
  );
}
