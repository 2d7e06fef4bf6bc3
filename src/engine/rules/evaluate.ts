/**
 * Evaluation of conditions over metric values, in three-valued logic: a comparison that needs a baseline
 * nobody has is `unknown`, and `and`/`or`/`not` follow Kleene (false and unknown = false, true or unknown = true).
 * A null metric (exit_code of a killed script, open_fds where the OS hides it) makes its comparison false.
 */
import type { GateResult, RunMetric } from '../types.js';
import {
  metricsOf,
  type Comparison,
  type Condition,
  type GateRule,
  type Metric,
  type NumExpr,
} from './ast.js';

export type Truth = true | false | 'unknown';

/** Where evaluation finds values. */
export interface Scope {
  metric(name: Metric): number | null;
  baseline(metric: RunMetric): number | undefined;
}

/** One comparison as evaluated: its outcome and both sides (null where they could not be computed). */
export interface ComparisonOutcome {
  comparison: Comparison;
  truth: Truth;
  actual: number | null;
  limit: number | null;
}

export interface ConditionOutcome {
  truth: Truth;
  /** Every comparison, in the order they appear in the rule text. */
  comparisons: ComparisonOutcome[];
}

/** A number, or why there is none. */
type Value = number | 'null-metric' | 'no-baseline';

export function evaluateCondition(condition: Condition, scope: Scope): ConditionOutcome {
  const comparisons: ComparisonOutcome[] = [];
  const truth = evaluate(condition, scope, comparisons);
  return { truth, comparisons };
}

/**
 * The comparison that explains an outcome: the first that agrees with the overall result
 * (the first failing one of a failed gate, the first holding one of a passed gate), else the first.
 */
export function explainingComparison(outcome: ConditionOutcome): ComparisonOutcome {
  return outcome.comparisons.find((c) => c.truth === outcome.truth) ?? outcome.comparisons[0]!;
}

/** Checks every gate on the run's metrics. `baseline(metric)` is undefined when there is no history. */
export function evaluateGates(
  rules: readonly GateRule[],
  metrics: Readonly<Partial<Record<RunMetric, number | null>>>,
  baseline: (metric: RunMetric) => number | undefined,
): GateResult[] {
  const scope: Scope = { metric: (name) => metrics[name as RunMetric] ?? null, baseline };
  return rules.map((rule) => {
    const outcome = evaluateCondition(rule.condition, scope);
    const { actual, limit } = explainingComparison(outcome);
    if (outcome.truth === 'unknown') {
      return { expr: rule.source, passed: true, status: 'insufficient_history', actual, limit: null };
    }
    return {
      expr: rule.source,
      passed: outcome.truth,
      status: outcome.truth ? 'passed' : 'failed',
      actual,
      limit,
    };
  });
}

function evaluate(condition: Condition, scope: Scope, out: ComparisonOutcome[]): Truth {
  switch (condition.kind) {
    case 'compare':
      return compare(condition, scope, out);
    case 'not': {
      const inner = evaluate(condition.operand, scope, out);
      return inner === 'unknown' ? 'unknown' : !inner;
    }
    case 'logic': {
      // Both sides are always evaluated, so every comparison is reported.
      const left = evaluate(condition.left, scope, out);
      const right = evaluate(condition.right, scope, out);
      const decisive = condition.op === 'and' ? false : true;
      if (left === decisive || right === decisive) return decisive;
      if (left === 'unknown' || right === 'unknown') return 'unknown';
      return !decisive;
    }
  }
}

function compare(comparison: Comparison, scope: Scope, out: ComparisonOutcome[]): Truth {
  // baseline stands for the baseline of the one metric on the left (the parser guarantees there is one).
  const subject = metricsOf(comparison.left)[0] as RunMetric | undefined;
  const left = value(comparison.left, scope, subject);
  const right = value(comparison.right, scope, subject);
  let truth: Truth;
  if (left === 'no-baseline' || right === 'no-baseline') truth = 'unknown';
  else if (left === 'null-metric' || right === 'null-metric') truth = false;
  else truth = holds(comparison.op, left, right);
  out.push({ comparison, truth, actual: reported(left), limit: reported(right) });
  return truth;
}

function holds(op: Comparison['op'], left: number, right: number): boolean {
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
}

function value(expr: NumExpr, scope: Scope, subject: RunMetric | undefined): Value {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'metric':
      return scope.metric(expr.name) ?? 'null-metric';
    case 'baseline':
      return (subject === undefined ? undefined : scope.baseline(subject)) ?? 'no-baseline';
    case 'negate': {
      const operand = value(expr.operand, scope, subject);
      return typeof operand === 'number' ? -operand : operand;
    }
    case 'arithmetic': {
      const left = value(expr.left, scope, subject);
      const right = value(expr.right, scope, subject);
      if (left === 'no-baseline' || right === 'no-baseline') return 'no-baseline';
      if (left === 'null-metric' || right === 'null-metric') return 'null-metric';
      return arithmetic(expr.op, left, right);
    }
  }
}

function arithmetic(op: '+' | '-' | '*' | '/', left: number, right: number): number {
  switch (op) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    case '/':
      return left / right; // x / 0 is ±Infinity or NaN, and NaN compares false: no crash, no special case.
  }
}

/** JSON has no NaN or Infinity: a side that is not a finite number is reported as null. */
function reported(side: Value): number | null {
  return typeof side === 'number' && Number.isFinite(side) ? side : null;
}
