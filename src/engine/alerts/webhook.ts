/**
 * Generic webhooks: a JSON body with every fact of the alert, signed like GitHub signs its own deliveries —
 * `X-Pyrun-Signature-256: sha256=<hex>`, the HMAC-SHA256 of the exact body bytes under the shared secret.
 * `X-Pyrun-Delivery` is one id per delivery, the same on every retry, so a receiver can drop duplicates.
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { AlertContext, AlertEventPayload } from './config.js';
import { postJson, type PostOptions } from './http.js';
import type { DeliveryResult } from './retry.js';

export const SIGNATURE_HEADER = 'X-Pyrun-Signature-256';
export const DELIVERY_HEADER = 'X-Pyrun-Delivery';
export const EVENT_HEADER = 'X-Pyrun-Event';

export interface WebhookBody {
  rule: string;
  value: number | null;
  at_s: number;
  kind: 'threshold' | 'event';
  series: string;
  script: string;
  run_id: string;
  host: string;
  run_url: string | null;
  /** ISO 8601, when the first attempt was made. */
  sent_at: string;
}

export function webhookBody(alert: AlertEventPayload, ctx: AlertContext, sent_at: Date): string {
  const body: WebhookBody = {
    rule: alert.rule,
    value: alert.value !== null && Number.isFinite(alert.value) ? alert.value : null,
    at_s: alert.at_s,
    kind: alert.kind,
    series: ctx.series,
    script: ctx.script,
    run_id: ctx.run_id,
    host: ctx.host,
    run_url: ctx.run_url,
    sent_at: sent_at.toISOString(),
  };
  return JSON.stringify(body);
}

/** `sha256=<hex>` of the body's UTF-8 bytes. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export function sendWebhook(
  url: string,
  secret: string | null,
  alert: AlertEventPayload,
  ctx: AlertContext,
  options: PostOptions & { now: () => Date },
): Promise<DeliveryResult> {
  const body = webhookBody(alert, ctx, options.now());
  const headers: Record<string, string> = { [EVENT_HEADER]: 'alert', [DELIVERY_HEADER]: randomUUID() };
  if (secret) headers[SIGNATURE_HEADER] = signBody(body, secret);
  return postJson(url, body, headers, options);
}
