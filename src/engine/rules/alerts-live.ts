/**
 * Live alerts as a pure state machine: feed it samples in order, it says which rules fire at each one.
 * No clock and no timers: time is the sample's own `elapsed_s`.
 *
 * A rule `C for D` fires at the first sample where C has held on every sample since the one that started
 * the streak, and that sample is at least D seconds later. It fires once per streak: only after C has been
 * false on some sample can it fire again (and, with `for`, hold D again).
 */
import type { Sample, SampleMetric } from '../types.js';
import type { AlertEvent, AlertRule, EventAlert, ThresholdAlert } from './ast.js';
import { evaluateCondition, explainingComparison, type Scope } from './evaluate.js';

export interface AlertTrigger {
  /** The rule text exactly as the user wrote it. */
  rule: string;
  /** The sample's `elapsed_s` when the rule fired. */
  at_s: number;
  /** The left side of the comparison that made the rule true, at that sample. */
  value: number | null;
}

/** Tolerance for sample times that are sums of binary fractions (0.1 + 0.2 is not 0.3). */
const TIME_EPSILON_S = 1e-9;

interface RuleState {
  rule: ThresholdAlert;
  /** `elapsed_s` of the first sample of the current streak where the condition holds; null when it does not. */
  holding_since_s: number | null;
  /** Already fired during the current streak. */
  fired: boolean;
}

export class AlertEvaluator {
  private readonly states: RuleState[];

  /** Takes every alert rule; event rules (`on failure`, …) are left to `firesOnEvent`. */
  constructor(rules: readonly AlertRule[]) {
    this.states = thresholdRules(rules).map((rule) => ({ rule, holding_since_s: null, fired: false }));
  }

  observe(sample: Sample): AlertTrigger[] {
    const scope: Scope = {
      metric: (name) => sample[name as SampleMetric] ?? null,
      baseline: () => undefined,
    };
    const triggers: AlertTrigger[] = [];
    for (const state of this.states) {
      const outcome = evaluateCondition(state.rule.condition, scope);
      if (outcome.truth !== true) {
        state.holding_since_s = null;
        state.fired = false;
        continue;
      }
      state.holding_since_s ??= sample.elapsed_s;
      const held_s = sample.elapsed_s - state.holding_since_s;
      if (state.fired || held_s + TIME_EPSILON_S < (state.rule.for_s ?? 0)) continue;
      state.fired = true;
      triggers.push({
        rule: state.rule.source,
        at_s: sample.elapsed_s,
        value: explainingComparison(outcome).actual,
      });
    }
    return triggers;
  }
}

export function thresholdRules(rules: readonly AlertRule[]): ThresholdAlert[] {
  return rules.filter((rule): rule is ThresholdAlert => rule.kind === 'threshold');
}

/** The `on <event>` rules. */
export function eventRules(rules: readonly AlertRule[]): EventAlert[] {
  return rules.filter((rule): rule is EventAlert => rule.kind === 'event');
}

/** Whether an event rule fires for a run that ended with these events. */
export function firesOnEvent(rule: EventAlert, events: ReadonlySet<AlertEvent>): boolean {
  return events.has(rule.event);
}
