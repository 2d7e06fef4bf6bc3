/** Where fired alerts go (the alert dispatcher); `fire` must return at once and never throw. */
export interface AlertSink {
  fire(alert: { rule: string; at_s: number; value: number | null; kind: 'threshold' | 'event' }): string[];
  drain(max_wait_ms: number): Promise<void>;
}
