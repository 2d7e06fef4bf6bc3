import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ALERT_EVENTS,
  evaluateGates,
  metricsOf,
  parseAlert,
  parseGate,
  printRule,
  RuleError,
  type AlertRule,
  type Condition,
  type GateRule,
  type Metric,
  type NumExpr,
} from '../../../src/engine/rules/index.js';
import { RUN_METRICS, SAMPLE_METRICS, type RunMetric } from '../../../src/engine/types.js';
import { ar, baseline, cmp, m, n, neg } from './trees.js';

/** Literals are finite and never negative (`-x` is a negation); Math.abs also turns -0 into 0. */
const literal = fc
  .oneof(fc.nat(10_000), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }))
  .map((v) => n(Math.abs(v)));
const arithmeticOp = fc.constantFrom('+', '-', '*', '/' as const);
const compareOp = fc.constantFrom('<', '<=', '>', '>=', '==', '!=' as const);

/** Numeric expressions over the given leaves. */
function expression(leaf: fc.Arbitrary<NumExpr>): fc.Arbitrary<NumExpr> {
  return fc.letrec<{ expr: NumExpr }>((tie) => ({
    expr: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      leaf,
      tie('expr').map(neg),
      fc.tuple(arithmeticOp, tie('expr'), tie('expr')).map(([op, l, r]) => ar(op, l, r)),
    ),
  })).expr;
}

/** A comparison that the parser accepts: one metric on the left, so baseline (gates) may appear on the right. */
function comparison(metrics: readonly Metric[], withBaseline: boolean): fc.Arbitrary<Condition> {
  return fc.constantFrom(...metrics).chain((subject) => {
    const left = expression(fc.oneof(fc.constant(m(subject)), literal)).map((e) =>
      metricsOf(e).length === 0 ? ar('+', m(subject), e) : e,
    );
    const rightLeaves = [
      literal,
      fc.constantFrom(...metrics).map(m),
      ...(withBaseline ? [fc.constant(baseline)] : []),
    ];
    const right = expression(fc.oneof(...rightLeaves));
    return fc.tuple(compareOp, left, right).map(([op, l, r]) => cmp(op, l, r));
  });
}

function condition(metrics: readonly Metric[], withBaseline: boolean): fc.Arbitrary<Condition> {
  return fc.letrec<{ cond: Condition }>((tie) => ({
    cond: fc.oneof(
      { maxDepth: 3, depthSize: 'small' },
      comparison(metrics, withBaseline),
      tie('cond').map((operand): Condition => ({ kind: 'not', operand })),
      fc
        .tuple(fc.constantFrom('and', 'or' as const), tie('cond'), tie('cond'))
        .map(([op, left, right]): Condition => ({ kind: 'logic', op, left, right })),
    ),
  })).cond;
}

const gateRule: fc.Arbitrary<GateRule> = condition(RUN_METRICS, true).map((c) => ({
  kind: 'gate',
  source: '',
  condition: c,
}));
const alertRule: fc.Arbitrary<AlertRule> = fc.oneof(
  fc.constantFrom(...ALERT_EVENTS).map((event): AlertRule => ({ kind: 'event', source: '', event })),
  fc
    .tuple(
      condition(SAMPLE_METRICS, false),
      fc.option(literal.map((l) => (l.kind === 'number' ? l.value : 0))),
    )
    .map(([c, for_s]): AlertRule => ({ kind: 'threshold', source: '', condition: c, for_s })),
);

/** A parsed rule with its source replaced, for comparison with a generated one. */
const sourceless = <T extends { source: string }>(rule: T): T => ({ ...rule, source: '' });

describe('printRule ∘ parse', () => {
  it('re-parses a printed gate to an equal tree', () => {
    fc.assert(
      fc.property(gateRule, (rule) => {
        const text = printRule(rule);
        fc.pre(text.length <= 1000);
        const parsed = parseGate(text);
        expect(sourceless(parsed)).toEqual(rule);
        expect(parsed.source).toBe(text);
        expect(printRule(parsed)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('re-parses a printed alert to an equal tree', () => {
    fc.assert(
      fc.property(alertRule, (rule) => {
        const text = printRule(rule);
        fc.pre(text.length <= 1000);
        expect(sourceless(parseAlert(text))).toEqual(rule);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parse on arbitrary text', () => {
  const pieces = [
    ...RUN_METRICS,
    ...SAMPLE_METRICS,
    'baseline',
    'and',
    'or',
    'not',
    'for',
    'on',
    'failure',
    'timeout',
    'gate_failed',
    '(',
    ')',
    '<',
    '<=',
    '>',
    '>=',
    '==',
    '!=',
    '=',
    '!',
    '&&',
    '|',
    '+',
    '-',
    '*',
    '/',
    '%',
    '0',
    '1',
    '2.5',
    '.5',
    '1e3',
    '1e999',
    'e',
    'ms',
    's',
    'm',
    'KB',
    'MB',
    'GB',
    'gb',
    'x',
    ' ',
    '\t',
    '\u00e9',
  ];
  const tokenSoup = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(''));
  const spacedSoup = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(' '));
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    tokenSoup,
    spacedSoup,
  );

  it('either parses or throws a RuleError pointing inside the rule', () => {
    fc.assert(
      fc.property(text, (rule) => {
        for (const parse of [parseGate, parseAlert]) {
          try {
            parse(rule);
          } catch (error) {
            if (!(error instanceof RuleError)) throw error;
            expect(error.rule).toBe(rule);
            expect(error.position).toBeGreaterThanOrEqual(0);
            expect(error.position).toBeLessThanOrEqual(rule.length);
            expect(error.message.split('\n')).toHaveLength(3);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('evaluateGates on generated gates', () => {
  const value = fc.option(fc.double({ noNaN: false }), { nil: null });
  const metrics = fc.record(
    Object.fromEntries(RUN_METRICS.map((name) => [name, value])) as Record<
      RunMetric,
      fc.Arbitrary<number | null>
    >,
  );
  const baselines = fc.option(fc.double(), { nil: undefined });

  it('never throws and keeps passed consistent with status', () => {
    fc.assert(
      fc.property(gateRule, metrics, baselines, (rule, values, base) => {
        const [result] = evaluateGates([rule], values, () => base);
        expect(result!.passed).toBe(result!.status !== 'failed');
        if (result!.status === 'insufficient_history') expect(result!.limit).toBeNull();
        for (const side of [result!.actual, result!.limit])
          expect(side === null || Number.isFinite(side)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
