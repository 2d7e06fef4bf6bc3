/**
 * The typed tree of a rule. It is purely syntactic: numbers are already in the metric's own unit
 * (`1GB` is 1024), and `baseline` stands for the baseline of the one metric on the left of its comparison.
 * Trees hold no positions, so the same rule written twice gives equal trees.
 */
import type { RunMetric, SampleMetric } from '../types.js';

export type Metric = SampleMetric | RunMetric;

export type ArithmeticOp = '+' | '-' | '*' | '/';
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export const COMPARE_OPS: readonly CompareOp[] = ['<', '<=', '>', '>=', '==', '!='];

/** A numeric expression. Number literals are finite and never negative: `-5` is a negation of 5. */
export type NumExpr =
  | { kind: 'number'; value: number }
  | { kind: 'metric'; name: Metric }
  | { kind: 'baseline' }
  | { kind: 'negate'; operand: NumExpr }
  | { kind: 'arithmetic'; op: ArithmeticOp; left: NumExpr; right: NumExpr };

export interface Comparison {
  kind: 'compare';
  op: CompareOp;
  left: NumExpr;
  right: NumExpr;
}

export type Condition =
  | Comparison
  | { kind: 'logic'; op: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition };

export const ALERT_EVENTS = ['failure', 'timeout', 'regression', 'gate_failed'] as const;
export type AlertEvent = (typeof ALERT_EVENTS)[number];

/** Checked once on the run summary; may use `baseline`. */
export interface GateRule {
  kind: 'gate';
  /** The rule text exactly as the user wrote it. */
  source: string;
  condition: Condition;
}

/** Checked live on every sample; fires once the condition has held for `for_s` seconds (null: at once). */
export interface ThresholdAlert {
  kind: 'threshold';
  source: string;
  condition: Condition;
  for_s: number | null;
}

/** `on failure`, `on timeout`, `on regression`, `on gate_failed`: checked when the run ends. */
export interface EventAlert {
  kind: 'event';
  source: string;
  event: AlertEvent;
}

export type AlertRule = ThresholdAlert | EventAlert;
export type Rule = GateRule | AlertRule;

/** The distinct metrics an expression mentions, in the order they first appear. */
export function metricsOf(expr: NumExpr): Metric[] {
  const found: Metric[] = [];
  const visit = (e: NumExpr): void => {
    if (e.kind === 'metric') {
      if (!found.includes(e.name)) found.push(e.name);
    } else if (e.kind === 'negate') visit(e.operand);
    else if (e.kind === 'arithmetic') {
      visit(e.left);
      visit(e.right);
    }
  };
  visit(expr);
  return found;
}

/** Every comparison of a condition, in the order they appear in the text. */
export function comparisonsOf(condition: Condition): Comparison[] {
  if (condition.kind === 'compare') return [condition];
  if (condition.kind === 'not') return comparisonsOf(condition.operand);
  return [...comparisonsOf(condition.left), ...comparisonsOf(condition.right)];
}

export function usesBaseline(expr: NumExpr): boolean {
  if (expr.kind === 'baseline') return true;
  if (expr.kind === 'negate') return usesBaseline(expr.operand);
  if (expr.kind === 'arithmetic') return usesBaseline(expr.left) || usesBaseline(expr.right);
  return false;
}
