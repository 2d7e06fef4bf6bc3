/**
 * Sends each fired alert to every configured channel at once. `fire` only starts the deliveries and returns;
 * each delivery retries on its own and, if it fails for good, says so in one warning that names the channel
 * kind and host, never the URL. `drain` waits for what is still in flight, up to a bound, then abandons it with
 * one warning. Nothing here throws into the caller once the dispatcher exists.
 */
import {
  channelProblems,
  configuredKinds,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
  FIRST_BACKOFF_MS,
  type AlertContext,
  type AlertEventPayload,
  type ChannelConfig,
  type ChannelKind,
} from './config.js';
import { sendEmail, smtpSettings } from './email.js';
import { channelSecrets, maskSecrets } from './mask.js';
import { describeError, type DeliveryResult, type RetryPolicy } from './retry.js';
import { sendSlack } from './slack.js';
import { monotonicMs } from '../timers.js';

export interface DispatcherDeps {
  warn(message: string): void;
  fetch?: typeof fetch;
  /** The clock for `sent_at`; the system's by default. */
  now?: () => Date;
  /** Accept any TLS certificate from the SMTP server. Tests against a self-signed loopback server only. */
  insecure_tls?: boolean;
}

interface Channel {
  kind: ChannelKind;
  /** Where it goes, safe to print: the host (and port) only. */
  host: string;
  deliver(alert: AlertEventPayload, signal: AbortSignal): Promise<DeliveryResult>;
}

interface Delivery {
  channel: Channel;
  controller: AbortController;
  settled: Promise<void>;
}

function hostOf(raw: string): string {
  try {
    return new URL(raw).host || 'unknown host';
  } catch {
    return 'unknown host';
  }
}

function buildChannels(config: ChannelConfig, ctx: AlertContext, deps: DispatcherDeps): Channel[] {
  const policy: RetryPolicy = {
    retries: config.retries ?? DEFAULT_RETRIES,
    first_backoff_ms: FIRST_BACKOFF_MS,
  };
  const timeout_ms = config.timeout_ms ?? DEFAULT_TIMEOUT_MS;
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const now = deps.now ?? (() => new Date());
  const http = (signal: AbortSignal) => ({ fetch: fetchImpl, timeout_ms, policy, signal });
  return configuredKinds(config).map((kind): Channel => {
    switch (kind) {
      case 'slack': {
        const url = config.slack_webhook!;
        return {
          kind,
          host: hostOf(url),
          deliver: (alert, signal) => sendSlack(url, alert, ctx, http(signal)),
        };
      }
      case 'webhook': {
        const url = config.webhook_url!;
        const secret = config.webhook_secret ?? null;
        return {
          kind,
          host: hostOf(url),
          // Loaded at the first delivery: signing brings node:crypto, which a run without alerts never needs.
          deliver: async (alert, signal) =>
            (await import('./webhook.js')).sendWebhook(url, secret, alert, ctx, { ...http(signal), now }),
        };
      }
      case 'email': {
        const url = config.smtp_url!;
        const to = config.email_to!;
        const settings = smtpSettings(url);
        const options = { timeout_ms, policy, insecure_tls: deps.insecure_tls === true };
        return {
          kind,
          host: `${settings.host}:${settings.port}`,
          deliver: (alert, signal) => sendEmail(url, to, alert, ctx, { ...options, signal }),
        };
      }
    }
  });
}

function listChannels(channels: readonly Channel[]): string {
  return channels.map((c) => `${c.kind} (${c.host})`).join(', ');
}

export class AlertDispatcher {
  private readonly channels: Channel[];
  private readonly secrets: string[];
  private readonly inFlight = new Set<Delivery>();

  /** Throws when the configuration is unusable, naming the fields at fault (never their values). */
  constructor(
    channels: ChannelConfig,
    ctx: AlertContext,
    private readonly deps: DispatcherDeps,
  ) {
    const problems = channelProblems(channels);
    if (problems.length > 0) throw new Error(`alert channels: ${problems.join('; ')}`);
    this.secrets = channelSecrets(channels);
    this.channels = buildChannels(channels, ctx, deps);
  }

  /** The configured kinds, e.g. `['slack', 'webhook', 'email']`. */
  channelKinds(): string[] {
    return this.channels.map((c) => c.kind);
  }

  /** Starts delivery to every channel and returns at once with the kinds it was sent to. Never throws. */
  fire(alert: AlertEventPayload): string[] {
    const sent: string[] = [];
    for (const channel of this.channels) {
      try {
        this.start(channel, alert);
        sent.push(channel.kind);
      } catch (error) {
        this.warnFailure(channel, alert, describeError(error));
      }
    }
    return sent;
  }

  /** Waits for the deliveries in flight, at most `max_wait_ms`; then abandons the rest with one warning. */
  async drain(max_wait_ms: number): Promise<void> {
    const deadline_ms = monotonicMs() + Math.max(0, max_wait_ms);
    while (this.inFlight.size > 0) {
      const left_ms = deadline_ms - monotonicMs();
      if (left_ms <= 0 || !(await this.settleWithin([...this.inFlight], left_ms))) break;
    }
    if (this.inFlight.size === 0) return;
    const pending = [...this.inFlight];
    for (const delivery of pending) {
      delivery.controller.abort();
      this.inFlight.delete(delivery);
    }
    const channels = [...new Set(pending.map((d) => d.channel))];
    this.warn(
      `alert delivery still pending after ${Math.max(0, max_wait_ms)} ms, given up: ${listChannels(channels)}`,
    );
  }

  private start(channel: Channel, alert: AlertEventPayload): void {
    const controller = new AbortController();
    const delivery: Delivery = {
      channel,
      controller,
      settled: Promise.resolve()
        .then(() => channel.deliver(alert, controller.signal))
        .then(
          (result) => {
            if (!result.ok && !result.aborted && !controller.signal.aborted) {
              const tries = result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`;
              this.warnFailure(channel, alert, `${result.reason} (${tries})`);
            }
          },
          (error: unknown) => {
            if (!controller.signal.aborted) this.warnFailure(channel, alert, describeError(error));
          },
        )
        .finally(() => this.inFlight.delete(delivery)),
    };
    this.inFlight.add(delivery);
  }

  /** True when every delivery settled in time. */
  private async settleWithin(deliveries: Delivery[], wait_ms: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), wait_ms);
    });
    const settled = Promise.all(deliveries.map((d) => d.settled)).then(() => true as const);
    try {
      return await Promise.race([settled, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  private warnFailure(channel: Channel, alert: AlertEventPayload, reason: string): void {
    this.warn(`alert "${alert.rule}" was not delivered to ${channel.kind} (${channel.host}): ${reason}`);
  }

  /** Every warning passes through the mask, and a failing logger cannot hurt the run. */
  private warn(message: string): void {
    try {
      this.deps.warn(maskSecrets(message, this.secrets));
    } catch {
      // The logger is the adapter's; losing one warning is better than breaking the run.
    }
  }
}
