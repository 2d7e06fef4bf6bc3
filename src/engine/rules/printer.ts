/** Canonical text of a rule: minimal parentheses, numbers in the metric's own unit. Re-parses to an equal tree. */
import type { Condition, NumExpr, Rule } from './ast.js';

export function printRule(rule: Rule): string {
  if (rule.kind === 'event') return `on ${rule.event}`;
  const condition = printCondition(rule.condition);
  return rule.kind === 'threshold' && rule.for_s !== null
    ? `${condition} for ${printNumber(rule.for_s)}s`
    : condition;
}

/** Binding strength: a child binding looser than its parent needs parentheses. */
const CONDITION_LEVEL = { or: 1, and: 2, not: 3, compare: 4 } as const;
const EXPR_LEVEL = { '+': 1, '-': 1, '*': 2, '/': 2, negate: 3, atom: 4 } as const;

export function printCondition(condition: Condition): string {
  switch (condition.kind) {
    case 'compare':
      return `${printExpr(condition.left)} ${condition.op} ${printExpr(condition.right)}`;
    case 'not':
      return `not ${conditionChild(condition.operand, CONDITION_LEVEL.not, false)}`;
    case 'logic': {
      const level = CONDITION_LEVEL[condition.op];
      const left = conditionChild(condition.left, level, false);
      return `${left} ${condition.op} ${conditionChild(condition.right, level, true)}`;
    }
  }
}

export function printExpr(expr: NumExpr): string {
  switch (expr.kind) {
    case 'number':
      return printNumber(expr.value);
    case 'metric':
      return expr.name;
    case 'baseline':
      return 'baseline';
    case 'negate':
      return `-${exprChild(expr.operand, EXPR_LEVEL.atom, false)}`;
    case 'arithmetic': {
      const level = EXPR_LEVEL[expr.op];
      return `${exprChild(expr.left, level, false)} ${expr.op} ${exprChild(expr.right, level, true)}`;
    }
  }
}

/** Literals are never negative in a tree; the shortest round-trip form (`0.1`, `1e+21`) re-reads exactly. */
function printNumber(value: number): string {
  return String(value);
}

function conditionLevel(condition: Condition): number {
  return condition.kind === 'logic' ? CONDITION_LEVEL[condition.op] : CONDITION_LEVEL[condition.kind];
}

function exprLevel(expr: NumExpr): number {
  if (expr.kind === 'arithmetic') return EXPR_LEVEL[expr.op];
  if (expr.kind === 'negate') return EXPR_LEVEL.negate;
  return EXPR_LEVEL.atom;
}

/** Operators associate to the left, so a right child of equal strength keeps its parentheses. */
function conditionChild(child: Condition, parentLevel: number, isRight: boolean): string {
  const level = conditionLevel(child);
  const bare = printCondition(child);
  return level < parentLevel || (isRight && level === parentLevel) ? `(${bare})` : bare;
}

function exprChild(child: NumExpr, parentLevel: number, isRight: boolean): string {
  const level = exprLevel(child);
  const bare = printExpr(child);
  return level < parentLevel || (isRight && level === parentLevel) ? `(${bare})` : bare;
}
