/** The rule language (docs/cli.md, "Rules: gates and alerts"): parse, print, evaluate gates, and run live alerts. */
export type {
  AlertEvent,
  AlertRule,
  ArithmeticOp,
  CompareOp,
  Comparison,
  Condition,
  EventAlert,
  GateRule,
  Metric,
  NumExpr,
  Rule,
  ThresholdAlert,
} from './ast.js';
export { ALERT_EVENTS, comparisonsOf, metricsOf, usesBaseline } from './ast.js';
export { RuleError } from './errors.js';
export { MAX_RULE_CHARS, parseAlert, parseGate, parseGateWithAliases } from './parser.js';
export { printCondition, printExpr, printRule } from './printer.js';
export { evaluateCondition, evaluateGates, explainingComparison } from './evaluate.js';
export type { ComparisonOutcome, ConditionOutcome, Scope, Truth } from './evaluate.js';
export { AlertEvaluator, eventRules, firesOnEvent, thresholdRules } from './alerts-live.js';
export type { AlertTrigger } from './alerts-live.js';
