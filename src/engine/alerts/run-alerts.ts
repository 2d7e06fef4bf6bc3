/**
 * The pipeline's alert step, for one run: its alert rules of both kinds. Threshold rules (`rss_mb > 400`,
 * `cpu_percent > 95 for 10s`) watch every sample while the script runs and fire at once; end-of-run events
 * (`on failure`, `on timeout`, `on regression`, `on gate_failed`) fire once the run is judged. Each firing goes to the
 * run's channels (the dispatcher, which never blocks), is one warning line, and is one entry of the record's
 * `alerts`. Deliveries still in flight are awaited after the run is remembered, so a slow channel never delays the
 * history write.
 */
import { AlertEvaluator, eventRules, firesOnEvent, type AlertEvent, type AlertRule } from '../rules/index.js';
import type { AlertFiring, RunRecord, Sample } from '../types.js';
import { regressedMetrics } from '../verdicts.js';
import type { AlertSink } from './sink.js';

export class RunAlerts {
  private readonly fired: AlertFiring[] = [];
  private readonly live: AlertEvaluator;

  constructor(
    private readonly rules: readonly AlertRule[],
    private readonly sink: AlertSink | null,
    private readonly warn: (message: string) => void,
  ) {
    this.live = new AlertEvaluator(rules);
  }

  /** The run's hooks with each sample checked against the threshold rules first. */
  watching<H extends { onSample?(sample: Sample): void }>(hooks: H): H {
    return {
      ...hooks,
      onSample: (sample: Sample) => {
        for (const t of this.live.observe(sample)) this.fire(t.rule, t.at_s, t.value, 'threshold');
        hooks.onSample?.(sample);
      },
    };
  }

  /** The end-of-run events of the judged run fire; the record comes back with every alert of the run. */
  atEnd(judged: RunRecord): RunRecord {
    const events = new Set<AlertEvent>();
    if (judged.status === 'failed') events.add('failure');
    if (judged.status === 'timeout') events.add('timeout');
    if (regressedMetrics(judged).length > 0) events.add('regression');
    if (judged.gates.some((g) => !g.passed)) events.add('gate_failed');
    for (const rule of eventRules(this.rules)) {
      if (firesOnEvent(rule, events)) this.fire(rule.source, judged.duration_s, null, 'event');
    }
    return { ...judged, alerts: this.fired };
  }

  /** Waits for the deliveries still in flight, at most `max_wait_ms` (the dispatcher warns about what it abandons). */
  async delivered(max_wait_ms: number): Promise<void> {
    await this.sink?.drain(max_wait_ms);
  }

  private fire(rule: string, at_s: number, value: number | null, kind: 'threshold' | 'event'): void {
    const channels = this.sink?.fire({ rule, at_s, value, kind }) ?? [];
    this.fired.push({ rule, at_s, value, channels });
    const shown = value === null ? '' : ` (value ${round(value)})`;
    this.warn(
      `alert: ${rule}${shown} at ${at_s.toFixed(1)} s${channels.length ? ` → ${channels.join(', ')}` : ''}`,
    );
  }
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
