/** The alert channels a configuration asks for, as the session's sink; null when it asks for none. */
import { hostname } from 'node:os';
import type { Config } from '../config/parse.js';
import type { RunSpec } from './run.js';
import { AlertDispatcher, channelSecrets, type AlertContext, type ChannelConfig } from './alerts/index.js';
import type { AlertSink } from './session.js';

export function channelConfig(config: Config): ChannelConfig {
  return {
    slack_webhook: config.slack_webhook,
    webhook_url: config.webhook_url,
    webhook_secret: config.webhook_secret,
    smtp_url: config.smtp_url,
    email_to: config.email_to,
  };
}

/** Every secret of a configuration that must never be printed (channel URLs and credentials). */
export function configSecrets(config: Config): string[] {
  return channelSecrets(channelConfig(config));
}

/** The channels' sink for one run; alerts name its series, script, run id, this host and the CI run's link. */
export function alertSinkFor(
  config: Config,
  spec: Pick<RunSpec, 'name' | 'run_id'>,
  run_url: string | null,
  warn: (message: string) => void,
): AlertSink | null {
  const channels = channelConfig(config);
  if (!channels.slack_webhook && !channels.webhook_url && !channels.smtp_url) return null;
  const ctx: AlertContext = {
    series: spec.name,
    script: config.script,
    run_id: spec.run_id ?? '',
    host: hostname(),
    run_url,
  };
  return new AlertDispatcher(channels, ctx, { warn });
}
