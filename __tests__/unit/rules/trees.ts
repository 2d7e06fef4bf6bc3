/** Small constructors for expected trees in the rules tests. */
import type { ArithmeticOp, CompareOp, Condition, Metric, NumExpr } from '../../../src/engine/rules/index.js';

export const n = (value: number): NumExpr => ({ kind: 'number', value });
export const m = (name: Metric): NumExpr => ({ kind: 'metric', name });
export const baseline: NumExpr = { kind: 'baseline' };
export const neg = (operand: NumExpr): NumExpr => ({ kind: 'negate', operand });
export const ar = (op: ArithmeticOp, left: NumExpr, right: NumExpr): NumExpr => ({
  kind: 'arithmetic',
  op,
  left,
  right,
});
export const cmp = (op: CompareOp, left: NumExpr, right: NumExpr): Condition => ({
  kind: 'compare',
  op,
  left,
  right,
});
export const and = (left: Condition, right: Condition): Condition => ({
  kind: 'logic',
  op: 'and',
  left,
  right,
});
export const or = (left: Condition, right: Condition): Condition => ({
  kind: 'logic',
  op: 'or',
  left,
  right,
});
export const not = (operand: Condition): Condition => ({ kind: 'not', operand });
