/**
 * Slack incoming webhooks: Block Kit blocks for the message, and a plain `text` that Slack shows in
 * notifications and where blocks cannot be drawn. Text in mrkdwn escapes &, < and > as Slack asks.
 */
import type { AlertContext, AlertEventPayload } from './config.js';
import { postJson, type PostOptions } from './http.js';
import { alertFacts, alertHeadline, alertSummary, truncate } from './message.js';
import type { DeliveryResult } from './retry.js';

/** Slack's own limits: header text 150, a section field 2000, a section's text 3000. */
const MAX_HEADER_CHARS = 150;
const MAX_FIELD_CHARS = 2000;
const MAX_TEXT_CHARS = 3000;

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SlackMessage {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

export function slackMessage(alert: AlertEventPayload, ctx: AlertContext): SlackMessage {
  const facts = alertFacts(alert, ctx).filter((f) => f.label !== 'Rule' && f.label !== 'Link');
  const fields = facts.map((f) => ({
    type: 'mrkdwn',
    text: truncate(`*${f.label}*\n${escapeMrkdwn(f.value)}`, MAX_FIELD_CHARS),
  }));
  const blocks: Array<Record<string, unknown>> = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(`pyrun ${alertHeadline(alert)}`, MAX_HEADER_CHARS) },
    },
    { type: 'section', fields },
  ];
  let text = escapeMrkdwn(alertSummary(alert, ctx));
  if (ctx.run_url) {
    const link = `<${escapeMrkdwn(ctx.run_url).replace(/\|/g, '%7C')}|Open the run>`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: link } });
    text += ` ${link}`;
  }
  return { text: truncate(text, MAX_TEXT_CHARS), blocks };
}

export function sendSlack(
  webhook_url: string,
  alert: AlertEventPayload,
  ctx: AlertContext,
  options: PostOptions,
): Promise<DeliveryResult> {
  return postJson(webhook_url, JSON.stringify(slackMessage(alert, ctx)), {}, options);
}
