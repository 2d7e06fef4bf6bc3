/**
 * The option table's alert channels (./schema.ts): where fired alerts go. Each is a secret or names a recipient,
 * so none is ever repeated in a message (`secret: true`); a config file names the environment variable holding a
 * secret instead of the secret itself (./keys.ts).
 */
import { matching, text, url } from './check.js';
import type { OptionRows } from './option-spec.js';

export const ALERT_CHANNEL_OPTIONS = {
  'slack-webhook': {
    check: url(['https', 'http']),
    field: 'slack_webhook',
    arg: 'url',
    secret: true,
    doc: 'Slack incoming webhook URL for alerts.',
    input_doc: 'Slack incoming webhook URL for alerts (pass a secret).',
  },
  webhook: {
    check: url(['https', 'http']),
    field: 'webhook_url',
    arg: 'url',
    secret: true,
    doc: 'Webhook URL receiving alerts as JSON.',
    input: 'webhook-url',
    input_doc: 'Webhook URL receiving alerts as JSON (pass a secret).',
  },
  'webhook-secret': {
    check: text,
    field: 'webhook_secret',
    arg: 'secret',
    secret: true,
    doc: 'Signs webhook bodies (X-Pyrun-Signature-256, HMAC-SHA256).',
  },
  smtp: {
    check: url(['smtp', 'smtps']),
    field: 'smtp_url',
    arg: 'url',
    secret: true,
    doc: 'SMTP server for email alerts, smtp(s)://user:password@host:port.',
    input: 'smtp-url',
    input_doc: 'SMTP server for email alerts, smtp(s)://user:password@host:port (pass a secret).',
  },
  'email-to': {
    // One address, local@domain, nothing else: a CR or LF would add mail headers (`Bcc:`).
    check: matching(
      /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/,
      'must be one e-mail address (name@example.com), with no spaces or line breaks',
    ),
    field: 'email_to',
    arg: 'address',
    doc: 'Recipient of email alerts.',
  },
} as const satisfies OptionRows;
