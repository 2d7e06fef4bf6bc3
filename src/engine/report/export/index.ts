/**
 * Metrics export (`--export KIND=TARGET`, repeatable): a finished run's metrics go to a Prometheus Pushgateway,
 * an OTLP/HTTP receiver and/or StatsD, all at once. Export is infrastructure: each target has a timeout, a failure
 * is one warning naming the exporter kind and host (never a credential), and the run's outcome never changes.
 */
import type { RunRecord } from '../../types.js';
import { sendHttp } from './http.js';
import { otlpJson, otlpMetricsUrl } from './otlp.js';
import {
  DEFAULT_JOB,
  PROMETHEUS_CONTENT_TYPE,
  prometheusText,
  pushgatewayUrl,
  pushMethod,
} from './prometheus.js';
import { sendStatsd, statsdDatagrams, statsdLines } from './statsd.js';
import { describeTarget, targetSecrets, type ExportTarget } from './target.js';
import { maskSecrets } from '../../alerts/mask.js';
import { networkReason } from '../../alerts/http.js';

export const DEFAULT_EXPORT_TIMEOUT_MS = 5000;

export interface ExportDeps {
  warn(message: string): void;
  /** Default: the built-in fetch. */
  fetch?: typeof fetch;
  /** Per target. Default 5000. */
  timeout_ms?: number;
  /** The Pushgateway's `job` grouping label. Default `pyrun`. */
  job?: string;
}

/** Sends the run to one target; resolves with why it failed, or null. */
async function exportOne(
  record: RunRecord,
  target: ExportTarget,
  deps: Required<Pick<ExportDeps, 'fetch' | 'timeout_ms' | 'job'>>,
): Promise<string | null> {
  switch (target.kind) {
    case 'prometheus': {
      const outcome = await sendHttp(
        {
          url: pushgatewayUrl(target.url, deps.job, record.name),
          method: pushMethod(record),
          contentType: PROMETHEUS_CONTENT_TYPE,
          body: prometheusText(record),
        },
        deps.fetch,
        deps.timeout_ms,
      );
      return outcome.ok ? null : outcome.reason;
    }
    case 'otlp': {
      const outcome = await sendHttp(
        {
          url: otlpMetricsUrl(target.url),
          method: 'POST',
          contentType: 'application/json',
          body: otlpJson(record),
        },
        deps.fetch,
        deps.timeout_ms,
      );
      if (!outcome.ok) return outcome.reason;
      return partialRejection(outcome.body);
    }
    case 'statsd': {
      const timeout = AbortSignal.timeout(deps.timeout_ms);
      try {
        // The host name lookup cannot be aborted: race it, so a hanging resolver still ends at the timeout.
        await Promise.race([
          sendStatsd(target.host, target.port, statsdDatagrams(statsdLines(record)), timeout),
          new Promise<never>((_, reject) =>
            timeout.addEventListener('abort', () => reject(timeout.reason as Error), { once: true }),
          ),
        ]);
        return null;
      } catch (error) {
        if (timeout.aborted) return `not sent within ${deps.timeout_ms} ms`;
        return networkReason(error);
      }
    }
  }
}

/** An OTLP receiver may accept a request yet reject points: it says so in `partialSuccess`. */
function partialRejection(body: string): string | null {
  try {
    const answer = JSON.parse(body) as {
      partialSuccess?: { rejectedDataPoints?: unknown; errorMessage?: unknown };
    };
    const rejected = Number(answer.partialSuccess?.rejectedDataPoints ?? 0);
    if (rejected > 0) {
      const why =
        typeof answer.partialSuccess?.errorMessage === 'string'
          ? `: ${answer.partialSuccess.errorMessage}`
          : '';
      return `the receiver rejected ${rejected} data point(s)${why}`;
    }
  } catch {
    /* an empty or non-JSON success answer is a success */
  }
  return null;
}

/** Exports the run to every target at once; one warning per failed target; never rejects. */
export async function exportRun(
  record: RunRecord,
  targets: readonly ExportTarget[],
  deps: ExportDeps,
): Promise<void> {
  const settings = {
    fetch: deps.fetch ?? globalThis.fetch,
    timeout_ms: deps.timeout_ms ?? DEFAULT_EXPORT_TIMEOUT_MS,
    job: deps.job ?? DEFAULT_JOB,
  };
  await Promise.all(
    targets.map(async (target) => {
      let reason: string | null;
      try {
        reason = await exportOne(record, target, settings);
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
      if (reason !== null) {
        const masked = maskSecrets(reason, targetSecrets(target));
        deps.warn(`export to ${describeTarget(target)} failed: ${masked}; the run's result is unaffected`);
      }
    }),
  );
}

export { otlpJson, otlpRequest, otlpMetricsUrl } from './otlp.js';
export type { OtlpMetricsRequest } from './otlp.js';
export { prometheusText, pushgatewayUrl, pushMethod, groupingSegment, DEFAULT_JOB } from './prometheus.js';
export { statsdLines, statsdDatagrams, sanitizeSeries } from './statsd.js';
export {
  parseExportTarget,
  parseExportTargets,
  describeTarget,
  redactUrl,
  targetSecrets,
  EXPORT_KINDS,
  type ExportTarget,
  type ExportKind,
} from './target.js';
