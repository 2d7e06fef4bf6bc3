/** Where live alerts go: Slack, a signed generic webhook and e-mail, behind one non-blocking dispatcher. */
export type { AlertContext, AlertEventPayload, ChannelConfig, ChannelKind } from './config.js';
export { channelProblems, DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS } from './config.js';
export { AlertDispatcher } from './dispatcher.js';
export type { DispatcherDeps } from './dispatcher.js';
export { channelSecrets, maskSecrets } from './mask.js';
export { alertSubject, alertSummary, alertText } from './message.js';
export { slackMessage } from './slack.js';
export { DELIVERY_HEADER, SIGNATURE_HEADER, signBody, webhookBody } from './webhook.js';
export type { WebhookBody } from './webhook.js';
