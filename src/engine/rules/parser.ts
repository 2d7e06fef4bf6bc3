/**
 * Recursive-descent parser: rule text → typed tree, or a RuleError pointing at the fault.
 *
 *   rule       := condition                       (gate)
 *               | condition [for duration]        (threshold alert)
 *               | on event                        (event alert)
 *   condition  := and (or and)*
 *   and        := not (and not)*
 *   not        := not not | comparison
 *   comparison := sum [(< <= > >= == !=) sum]
 *   sum        := product ((+ | -) product)*
 *   product    := unary ((* | /) unary)*
 *   unary      := - unary | primary
 *   primary    := number [unit] | metric | baseline | ( condition )
 */
import {
  ALERT_EVENTS,
  COMPARE_OPS,
  type AlertEvent,
  type AlertRule,
  type ArithmeticOp,
  type CompareOp,
  type Comparison,
  type Condition,
  type GateRule,
  type Metric,
  type NumExpr,
} from './ast.js';
import { comparisonProblem, type Marks, type UnitMark } from './comparison-check.js';
import { RuleError } from './errors.js';
import { closest, metricProblem, type RuleKind } from './metrics.js';
import { tokenize, type Token } from './tokens.js';
import { applyUnit, describeDimension, isUnit, UNIT_HELP, UNITS } from './units.js';

export const MAX_RULE_CHARS = 1000;
const MAX_NESTING = 40;
const KEYWORDS = new Set(['and', 'or', 'not', 'baseline', 'for', 'on']);

/** A rule checked once on the run summary: `peak_rss_mb < 1GB`, `duration_s <= 1.2 * baseline`. */
export function parseGate(text: string): GateRule {
  return parseGateWithAliases(text, []);
}

/** parseGate where other words also mean `baseline` (`pyrun ab` adds `a`: A's median of the metric). */
export function parseGateWithAliases(text: string, baselineAliases: readonly string[]): GateRule {
  const parser = new Parser(text, 'gate', baselineAliases);
  if (parser.atWord('on')) {
    parser.fail('on <event> is only for alerts; a gate is a comparison such as peak_rss_mb < 512', 0);
  }
  const condition = parser.ruleCondition();
  if (parser.atWord('for')) {
    parser.fail('for <duration> is only for alerts; a gate is checked once, on the run summary');
  }
  parser.expectEnd();
  return { kind: 'gate', source: text, condition };
}

/** A rule checked live on samples (`cpu_percent > 95 for 10s`) or at the end of the run (`on failure`). */
export function parseAlert(text: string): AlertRule {
  const parser = new Parser(text, 'alert');
  if (parser.atWord('on')) {
    parser.take();
    const event = parser.event();
    parser.expectEnd();
    return { kind: 'event', source: text, event };
  }
  const condition = parser.ruleCondition();
  let for_s: number | null = null;
  if (parser.atWord('for')) {
    parser.take();
    for_s = parser.duration();
  }
  parser.expectEnd();
  return { kind: 'threshold', source: text, condition, for_s };
}

/** What a sub-parse produced, and where it started (for error carets). */
type Parsed =
  { type: 'number'; expr: NumExpr; pos: number } | { type: 'condition'; cond: Condition; pos: number };

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private nesting = 0;
  /** Side tables, so the tree itself stays free of positions. */
  private readonly marks: Marks = { unitOf: new Map(), baselinePos: new Map() };

  constructor(
    private readonly rule: string,
    private readonly kind: RuleKind,
    private readonly baselineAliases: readonly string[] = [],
  ) {
    if (rule.length > MAX_RULE_CHARS)
      this.fail(`rule is longer than ${MAX_RULE_CHARS} characters`, MAX_RULE_CHARS);
    this.tokens = tokenize(rule);
    if (this.peek().kind === 'end') this.fail(`empty rule; a ${kind} looks like ${this.example()}`, 0);
  }

  fail(problem: string, pos: number = this.peek().pos): never {
    throw new RuleError(problem, this.rule, pos);
  }

  peek(): Token {
    return this.tokens[this.index]!;
  }

  take(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  atWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text === word;
  }

  private atOp(...ops: string[]): boolean {
    const token = this.peek();
    return token.kind === 'op' && ops.includes(token.text);
  }

  private example(): string {
    return this.kind === 'gate' ? 'peak_rss_mb < 512' : 'rss_mb > 400';
  }

  ruleCondition(): Condition {
    const parsed = this.or();
    if (parsed.type === 'number')
      this.fail(`a ${this.kind} must compare, such as ${this.example()}`, parsed.pos);
    return parsed.cond;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind === 'end') return;
    if (token.kind === ')') this.fail('unmatched )');
    this.fail(`unexpected ${token.text} after a complete rule`);
  }

  event(): AlertEvent {
    const token = this.take();
    const known = (ALERT_EVENTS as readonly string[]).includes(token.text);
    if (token.kind === 'word' && known) return token.text as AlertEvent;
    const list = ALERT_EVENTS.map((e) => `on ${e}`).join(', ');
    if (token.kind === 'end') this.fail(`expected an event after on: ${list}`, token.pos);
    const near = closest(token.text, ALERT_EVENTS);
    this.fail(
      `unknown event ${token.text}; ${near === null ? `events are ${list}` : `did you mean on ${near}?`}`,
      token.pos,
    );
  }

  duration(): number {
    const token = this.peek();
    if (token.kind !== 'number') this.unexpected('a duration such as 10s');
    this.take();
    const mark = this.unit(token);
    if (mark === null) return token.value;
    const dimension = UNITS[mark.unit].dimension;
    if (dimension !== 'time') {
      this.fail(
        `unit ${mark.unit} is ${describeDimension(dimension)} but for needs a time (ms, s or m)`,
        mark.pos,
      );
    }
    return applyUnit(token.value, mark.unit);
  }

  private or(): Parsed {
    let left = this.and();
    while (this.atWord('or')) {
      this.take();
      const right = this.and();
      const cond: Condition = {
        kind: 'logic',
        op: 'or',
        left: this.cond(left, 'or'),
        right: this.cond(right, 'or'),
      };
      left = { type: 'condition', cond, pos: left.pos };
    }
    return left;
  }

  private and(): Parsed {
    let left = this.not();
    while (this.atWord('and')) {
      this.take();
      const right = this.not();
      const cond: Condition = {
        kind: 'logic',
        op: 'and',
        left: this.cond(left, 'and'),
        right: this.cond(right, 'and'),
      };
      left = { type: 'condition', cond, pos: left.pos };
    }
    return left;
  }

  private not(): Parsed {
    if (!this.atWord('not')) return this.comparison();
    const token = this.take();
    const operand = this.nested(token, () => this.not());
    return { type: 'condition', cond: { kind: 'not', operand: this.cond(operand, 'not') }, pos: token.pos };
  }

  private comparison(): Parsed {
    const left = this.sum();
    if (!this.atOp(...COMPARE_OPS)) return left;
    const opToken = this.take();
    const op = opToken.text as CompareOp;
    const right = this.sum();
    const comparison: Comparison = {
      kind: 'compare',
      op,
      left: this.num(left, op),
      right: this.num(right, op),
    };
    if (this.atOp(...COMPARE_OPS)) {
      this.fail('comparisons cannot be chained; join them with and, as in 1 < threads and threads < 9');
    }
    const problem = comparisonProblem(comparison, left.pos, this.marks, this.example());
    if (problem !== null) this.fail(problem.problem, problem.pos);
    return { type: 'condition', cond: comparison, pos: left.pos };
  }

  private sum(): Parsed {
    let left = this.product();
    while (this.atOp('+', '-')) {
      const op = this.take().text as ArithmeticOp;
      const right = this.product();
      left = this.arithmetic(op, left, right);
    }
    return left;
  }

  private product(): Parsed {
    let left = this.unary();
    while (this.atOp('*', '/')) {
      const op = this.take().text as ArithmeticOp;
      const right = this.unary();
      left = this.arithmetic(op, left, right);
    }
    return left;
  }

  private arithmetic(op: ArithmeticOp, left: Parsed, right: Parsed): Parsed {
    const expr: NumExpr = { kind: 'arithmetic', op, left: this.num(left, op), right: this.num(right, op) };
    return { type: 'number', expr, pos: left.pos };
  }

  private unary(): Parsed {
    if (!this.atOp('-')) return this.primary();
    const token = this.take();
    const operand = this.nested(token, () => this.unary());
    return { type: 'number', expr: { kind: 'negate', operand: this.num(operand, '-') }, pos: token.pos };
  }

  private primary(): Parsed {
    const token = this.peek();
    if (token.kind === 'number') {
      this.take();
      const mark = this.unit(token);
      const expr: NumExpr = { kind: 'number', value: mark ? applyUnit(token.value, mark.unit) : token.value };
      if (mark) this.marks.unitOf.set(expr, mark);
      return { type: 'number', expr, pos: token.pos };
    }
    if (token.kind === '(') {
      this.take();
      const inner = this.nested(token, () => this.or());
      const close = this.peek();
      if (close.kind === 'end') this.fail('unclosed (: expected ) before the end of the rule', token.pos);
      if (close.kind !== ')')
        this.fail(`expected ) to close the ( at column ${token.pos}, but found ${close.text}`);
      this.take();
      return { ...inner, pos: token.pos };
    }
    if (token.kind === 'word' && (token.text === 'baseline' || this.baselineAliases.includes(token.text))) {
      if (this.kind === 'alert')
        this.fail('baseline is only for gates: an alert is checked live, on samples');
      this.take();
      const expr: NumExpr = { kind: 'baseline' };
      this.marks.baselinePos.set(expr, token.pos);
      return { type: 'number', expr, pos: token.pos };
    }
    if (token.kind === 'word' && !KEYWORDS.has(token.text)) {
      const problem = metricProblem(token.text, this.kind);
      if (problem !== null) this.fail(problem);
      this.take();
      return { type: 'number', expr: { kind: 'metric', name: token.text as Metric }, pos: token.pos };
    }
    return this.unexpected('a number, a metric or (');
  }

  /** The unit after a number, glued (`5s`) or spaced (`5 s`); a glued word that is no unit is refused. */
  private unit(number: Token): UnitMark | null {
    const token = this.peek();
    if (token.kind === '%') {
      this.take();
      return { unit: '%', pos: token.pos };
    }
    if (token.kind !== 'word') return null;
    if (isUnit(token.text)) {
      this.take();
      return { unit: token.text, pos: token.pos };
    }
    if (token.pos !== number.pos + number.text.length) return null;
    const same = Object.keys(UNITS).find((u) => u.toLowerCase() === token.text.toLowerCase());
    this.fail(`unknown unit ${token.text}; ${same ? `did you mean ${same}?` : `units are ${UNIT_HELP}`}`);
  }

  private num(parsed: Parsed, op: string): NumExpr {
    if (parsed.type === 'number') return parsed.expr;
    const problem = ['+', '-', '*', '/'].includes(op)
      ? `${op} needs a number, but this is a comparison`
      : `${op} compares numbers, but this side is a comparison; join comparisons with and / or`;
    return this.fail(problem, parsed.pos);
  }

  private cond(parsed: Parsed, op: 'and' | 'or' | 'not'): Condition {
    if (parsed.type === 'condition') return parsed.cond;
    const where = op === 'not' ? 'after it' : 'on each side';
    return this.fail(`${op} needs a comparison ${where}, such as ${this.example()}`, parsed.pos);
  }

  private nested(token: Token, parse: () => Parsed): Parsed {
    this.nesting += 1;
    if (this.nesting > MAX_NESTING) this.fail(`rule is nested more than ${MAX_NESTING} deep`, token.pos);
    const parsed = parse();
    this.nesting -= 1;
    return parsed;
  }

  private unexpected(expected: string): never {
    const token = this.peek();
    if (token.kind === 'end') this.fail(`expected ${expected}, but the rule ends here`);
    this.fail(`expected ${expected}, but found ${token.text}`);
  }
}
