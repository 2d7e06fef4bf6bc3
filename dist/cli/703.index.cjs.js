"use strict";
exports.id = 703;
exports.ids = [703];
exports.modules = {

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ suiteExitCode),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   je: () => (/* binding */ EXIT_GATE_FAILED)
/* harmony export */ });
/* unused harmony exports EXIT_TIMEOUT, signalNumber */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/**
 * The one mapping from a run's outcome to `pyrun run`'s exit code (docs/cli.md, "Exit codes"; after GNU timeout):
 * 0 passed · N the script's own code · 128+N killed by signal N · 99 gate failed or regressed · 124 timeout ·
 * 125 pyrun could not run the script.
 */



const EXIT_GATE_FAILED = 99;
const EXIT_TIMEOUT = 124;
function exitCodeFor(outcome) {
    if (outcome.error !== undefined)
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_PYRUN_ERROR */ .Z;
    switch (outcome.status) {
        case 'passed':
            return 0;
        case 'gate_failed':
        case 'regressed':
            return EXIT_GATE_FAILED;
        case 'timeout':
            return EXIT_TIMEOUT;
        case 'failed': {
            if (outcome.signal !== null) {
                return 128 + signalNumber(outcome.signal);
            }
            return outcome.exit_code === null || outcome.exit_code === 0 ? 1 : outcome.exit_code;
        }
    }
}
/**
 * A suite's exit code: the code of the first run (in config order) that failed, timed out or was
 * killed; else 99 if any gate failed or any metric regressed; else 0. A single run is a suite of one.
 */
function suiteExitCode(records) {
    const codes = records.map(exitCodeFor);
    const broken = codes.find((c) => c !== 0 && c !== EXIT_GATE_FAILED);
    if (broken !== undefined)
        return broken;
    return codes.includes(EXIT_GATE_FAILED) ? EXIT_GATE_FAILED : 0;
}
/**
 * The number of a signal as the launcher names it: Node's table, else the real-time signals Python names
 * `SIGRTMIN` (34), `SIGRTMAX` (64) and `SIG35`…`SIG63` (Linux numbering), so a script killed by any of them exits
 * 128+N as under GNU timeout. 0 for a name that is none of these.
 */
function signalNumber(name) {
    const known = node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[name];
    if (known !== undefined)
        return known;
    if (name === 'SIGRTMIN')
        return 34;
    if (name === 'SIGRTMAX')
        return 64;
    const numbered = /^SIG(\d{1,2})$/.exec(name);
    return numbered ? Number(numbered[1]) : 0;
}


/***/ }),

/***/ 3434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ ALERT_EVENTS),
/* harmony export */   PQ: () => (/* binding */ COMPARE_OPS),
/* harmony export */   Ps: () => (/* binding */ metricsOf),
/* harmony export */   Qf: () => (/* binding */ comparisonsOf)
/* harmony export */ });
/* unused harmony export usesBaseline */
const COMPARE_OPS = ['<', '<=', '>', '>=', '==', '!='];
const ALERT_EVENTS = ['failure', 'timeout', 'regression', 'gate_failed'];
/** The distinct metrics an expression mentions, in the order they first appear. */
function metricsOf(expr) {
    const found = [];
    const visit = (e) => {
        if (e.kind === 'metric') {
            if (!found.includes(e.name))
                found.push(e.name);
        }
        else if (e.kind === 'negate')
            visit(e.operand);
        else if (e.kind === 'arithmetic') {
            visit(e.left);
            visit(e.right);
        }
    };
    visit(expr);
    return found;
}
/** Every comparison of a condition, in the order they appear in the text. */
function comparisonsOf(condition) {
    if (condition.kind === 'compare')
        return [condition];
    if (condition.kind === 'not')
        return comparisonsOf(condition.operand);
    return [...comparisonsOf(condition.left), ...comparisonsOf(condition.right)];
}
function usesBaseline(expr) {
    if (expr.kind === 'baseline')
        return true;
    if (expr.kind === 'negate')
        return usesBaseline(expr.operand);
    if (expr.kind === 'arithmetic')
        return usesBaseline(expr.left) || usesBaseline(expr.right);
    return false;
}


/***/ }),

/***/ 2311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ RuleError)
/* harmony export */ });
/**
 * The one error a rule can raise: what is wrong, the rule text, and a caret under the place.
 *
 *   unknown metric peak_rss; did you mean peak_rss_mb?
 *     peak_rss < 512
 *     ^
 */
class RuleError extends Error {
    /** The rule text exactly as given. */
    rule;
    /** 0-based column (UTF-16 index) the error points at; `rule.length` means "at the end". */
    position;
    /** The problem alone, on one line, without the rule and the caret. */
    problem;
    constructor(problem, rule, position) {
        super(renderRuleError(problem, rule, position));
        this.name = 'RuleError';
        this.rule = rule;
        this.position = position;
        this.problem = problem;
    }
}
function renderRuleError(problem, rule, position) {
    // One character in, one character out, so the caret stays under the right column.
    const shown = Array.from(rule, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch)).join('');
    return `${problem}\n  ${shown}\n  ${' '.repeat(position)}^`;
}


/***/ }),

/***/ 3387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ explainingComparison),
/* harmony export */   F9: () => (/* binding */ evaluateCondition),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* harmony import */ var _ast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3434);

function evaluateCondition(condition, scope) {
    const comparisons = [];
    const truth = evaluate(condition, scope, comparisons);
    return { truth, comparisons };
}
/**
 * The comparison that explains an outcome: the first that agrees with the overall result
 * (the first failing one of a failed gate, the first holding one of a passed gate), else the first.
 */
function explainingComparison(outcome) {
    return outcome.comparisons.find((c) => c.truth === outcome.truth) ?? outcome.comparisons[0];
}
/** Checks every gate on the run's metrics. `baseline(metric)` is undefined when there is no history. */
function evaluateGates(rules, metrics, baseline) {
    const scope = { metric: (name) => metrics[name] ?? null, baseline };
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
function evaluate(condition, scope, out) {
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
            if (left === decisive || right === decisive)
                return decisive;
            if (left === 'unknown' || right === 'unknown')
                return 'unknown';
            return !decisive;
        }
    }
}
function compare(comparison, scope, out) {
    // baseline stands for the baseline of the one metric on the left (the parser guarantees there is one).
    const subject = (0,_ast_js__WEBPACK_IMPORTED_MODULE_0__/* .metricsOf */ .Ps)(comparison.left)[0];
    const left = value(comparison.left, scope, subject);
    const right = value(comparison.right, scope, subject);
    let truth;
    if (left === 'no-baseline' || right === 'no-baseline')
        truth = 'unknown';
    else if (left === 'null-metric' || right === 'null-metric')
        truth = false;
    else
        truth = holds(comparison.op, left, right);
    out.push({ comparison, truth, actual: reported(left), limit: reported(right) });
    return truth;
}
function holds(op, left, right) {
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
function value(expr, scope, subject) {
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
            if (left === 'no-baseline' || right === 'no-baseline')
                return 'no-baseline';
            if (left === 'null-metric' || right === 'null-metric')
                return 'null-metric';
            return arithmetic(expr.op, left, right);
        }
    }
}
function arithmetic(op, left, right) {
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
function reported(side) {
    return typeof side === 'number' && Number.isFinite(side) ? side : null;
}


/***/ }),

/***/ 988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _N: () => (/* binding */ parseAlert),
  Xi: () => (/* binding */ parseGate),
  Jy: () => (/* binding */ parseGateWithAliases)
});

// UNUSED EXPORTS: MAX_RULE_CHARS

// EXTERNAL MODULE: ./src/engine/rules/ast.ts
var ast = __webpack_require__(3434);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/engine/rules/units.ts
/** Units a number may carry, and the factor to the metric's own unit (seconds, MB = 2^20 bytes, percent). */
const UNITS = {
    ms: { dimension: 'time', multiplier: 1, divisor: 1000 },
    s: { dimension: 'time', multiplier: 1, divisor: 1 },
    m: { dimension: 'time', multiplier: 60, divisor: 1 },
    KB: { dimension: 'size', multiplier: 1, divisor: 1024 },
    MB: { dimension: 'size', multiplier: 1, divisor: 1 },
    GB: { dimension: 'size', multiplier: 1024, divisor: 1 },
    '%': { dimension: 'percent', multiplier: 1, divisor: 1 },
};
const UNIT_HELP = 'ms, s, m (time), KB, MB, GB (size), % (percent)';
function isUnit(text) {
    return Object.hasOwn(UNITS, text);
}
/** The value in the metric's own unit: `1GB` → 1024, `512KB` → 0.5, `500ms` → 0.5, `2m` → 120. */
function applyUnit(value, unit) {
    // Integer factors keep results exact where they can be (500 / 1000 is exactly 0.5; 500 * 0.001 need not be).
    const { multiplier, divisor } = UNITS[unit];
    return (value * multiplier) / divisor;
}
/** "a time", "a size", "a percentage", "a count". */
function describeDimension(dimension) {
    return dimension === 'percent' ? 'a percentage' : `a ${dimension}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/comparison-check.ts
/** The checks that need a whole comparison: where `baseline` stands, and whether units fit the metrics. */



/** The first problem of a comparison that starts at `pos`, or null. */
function comparisonProblem(comparison, pos, marks, example) {
    const left = (0,ast/* metricsOf */.Ps)(comparison.left);
    const [onLeft] = baselinesIn(comparison.left, marks);
    if (onLeft !== undefined) {
        return {
            problem: 'baseline belongs on the right of a comparison, as in duration_s <= 1.2 * baseline',
            pos: onLeft,
        };
    }
    const [onRight] = baselinesIn(comparison.right, marks);
    if (onRight !== undefined && left.length !== 1) {
        const found = left.length === 0 ? 'none' : left.join(', ');
        return {
            problem: `baseline is the baseline of the metric on the left, so the left side needs exactly one metric (found ${found})`,
            pos: onRight,
        };
    }
    const metrics = [...new Set([...left, ...(0,ast/* metricsOf */.Ps)(comparison.right)])];
    if (metrics.length === 0)
        return { problem: `this comparison mentions no metric; compare one, as in ${example}`, pos };
    // A unit must fit a metric of the comparison: `rss_mb > 5s` compares a size with a time.
    const dimensions = metrics.map((m) => engine_metrics/* METRIC_DIMENSION */.aP[m]);
    for (const mark of [...unitsIn(comparison.left, marks), ...unitsIn(comparison.right, marks)]) {
        const dimension = UNITS[mark.unit].dimension;
        if (dimensions.includes(dimension))
            continue;
        const actual = metrics.map((m) => `${m} is ${describeDimension(engine_metrics/* METRIC_DIMENSION */.aP[m])}`).join(' and ');
        return { problem: `unit ${mark.unit} is ${describeDimension(dimension)} but ${actual}`, pos: mark.pos };
    }
    return null;
}
function baselinesIn(expr, marks) {
    return nodes(expr).flatMap((node) => marks.baselinePos.get(node) ?? []);
}
function unitsIn(expr, marks) {
    return nodes(expr).flatMap((node) => marks.unitOf.get(node) ?? []);
}
/** Every node of an expression, in text order. */
function nodes(expr) {
    if (expr.kind === 'negate')
        return [expr, ...nodes(expr.operand)];
    if (expr.kind === 'arithmetic')
        return [...nodes(expr.left), expr, ...nodes(expr.right)];
    return [expr];
}

// EXTERNAL MODULE: ./src/engine/rules/errors.ts
var errors = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/engine/rules/metrics.ts
var metrics = __webpack_require__(8503);
;// CONCATENATED MODULE: ./src/engine/rules/tokens.ts
/** The tokenizer: rule text → tokens with their 0-based column. */

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATOR = /<=|>=|==|!=|<|>|\+|-|\*|\//y;
/** Characters other languages use, with the word this one uses instead. */
const MISTAKES = [
    [/&&?/y, 'use and to join conditions'],
    [/\|\|?/y, 'use or to join conditions'],
    [/!/y, 'use not to negate a condition'],
    [/=/y, 'use == to test equality'],
];
function tokenize(rule) {
    const tokens = [];
    let pos = 0;
    while (pos < rule.length) {
        if (/\s/.test(rule[pos])) {
            pos += 1;
            continue;
        }
        const token = readToken(rule, pos);
        tokens.push(token);
        pos += token.text.length;
    }
    tokens.push({ kind: 'end', text: '', pos: rule.length, value: NaN });
    return tokens;
}
function readToken(rule, pos) {
    const number = match(NUMBER, rule, pos);
    if (number !== null) {
        const value = Number(number);
        if (!Number.isFinite(value))
            throw new errors/* RuleError */.F(`number ${number} is too large`, rule, pos);
        return { kind: 'number', text: number, pos, value };
    }
    const word = match(WORD, rule, pos);
    if (word !== null)
        return { kind: 'word', text: word, pos, value: NaN };
    const op = match(OPERATOR, rule, pos);
    if (op !== null)
        return { kind: 'op', text: op, pos, value: NaN };
    const ch = rule[pos];
    if (ch === '(' || ch === ')' || ch === '%')
        return { kind: ch, text: ch, pos, value: NaN };
    for (const [pattern, advice] of MISTAKES) {
        const wrong = match(pattern, rule, pos);
        if (wrong !== null)
            throw new errors/* RuleError */.F(`unexpected ${wrong}: ${advice}`, rule, pos);
    }
    const shown = /[\x21-\x7e]/.test(ch) ? ch : JSON.stringify(ch);
    throw new errors/* RuleError */.F(`unexpected character ${shown}`, rule, pos);
}
function match(pattern, text, pos) {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    return m === null ? null : m[0];
}

;// CONCATENATED MODULE: ./src/engine/rules/parser.ts
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






const MAX_RULE_CHARS = 1000;
const MAX_NESTING = 40;
const KEYWORDS = new Set(['and', 'or', 'not', 'baseline', 'for', 'on']);
/** A rule checked once on the run summary: `peak_rss_mb < 1GB`, `duration_s <= 1.2 * baseline`. */
function parseGate(text) {
    return parseGateWithAliases(text, []);
}
/** parseGate where other words also mean `baseline` (`pyrun ab` adds `a`: A's median of the metric). */
function parseGateWithAliases(text, baselineAliases) {
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
function parseAlert(text) {
    const parser = new Parser(text, 'alert');
    if (parser.atWord('on')) {
        parser.take();
        const event = parser.event();
        parser.expectEnd();
        return { kind: 'event', source: text, event };
    }
    const condition = parser.ruleCondition();
    let for_s = null;
    if (parser.atWord('for')) {
        parser.take();
        for_s = parser.duration();
    }
    parser.expectEnd();
    return { kind: 'threshold', source: text, condition, for_s };
}
class Parser {
    rule;
    kind;
    baselineAliases;
    tokens;
    index = 0;
    nesting = 0;
    /** Side tables, so the tree itself stays free of positions. */
    marks = { unitOf: new Map(), baselinePos: new Map() };
    constructor(rule, kind, baselineAliases = []) {
        this.rule = rule;
        this.kind = kind;
        this.baselineAliases = baselineAliases;
        if (rule.length > MAX_RULE_CHARS)
            this.fail(`rule is longer than ${MAX_RULE_CHARS} characters`, MAX_RULE_CHARS);
        this.tokens = tokenize(rule);
        if (this.peek().kind === 'end')
            this.fail(`empty rule; a ${kind} looks like ${this.example()}`, 0);
    }
    fail(problem, pos = this.peek().pos) {
        throw new errors/* RuleError */.F(problem, this.rule, pos);
    }
    peek() {
        return this.tokens[this.index];
    }
    take() {
        const token = this.peek();
        if (token.kind !== 'end')
            this.index += 1;
        return token;
    }
    atWord(word) {
        const token = this.peek();
        return token.kind === 'word' && token.text === word;
    }
    atOp(...ops) {
        const token = this.peek();
        return token.kind === 'op' && ops.includes(token.text);
    }
    example() {
        return this.kind === 'gate' ? 'peak_rss_mb < 512' : 'rss_mb > 400';
    }
    ruleCondition() {
        const parsed = this.or();
        if (parsed.type === 'number')
            this.fail(`a ${this.kind} must compare, such as ${this.example()}`, parsed.pos);
        return parsed.cond;
    }
    expectEnd() {
        const token = this.peek();
        if (token.kind === 'end')
            return;
        if (token.kind === ')')
            this.fail('unmatched )');
        this.fail(`unexpected ${token.text} after a complete rule`);
    }
    event() {
        const token = this.take();
        const known = ast/* ALERT_EVENTS */.FH.includes(token.text);
        if (token.kind === 'word' && known)
            return token.text;
        const list = ast/* ALERT_EVENTS */.FH.map((e) => `on ${e}`).join(', ');
        if (token.kind === 'end')
            this.fail(`expected an event after on: ${list}`, token.pos);
        const near = (0,metrics/* closest */.kp)(token.text, ast/* ALERT_EVENTS */.FH);
        this.fail(`unknown event ${token.text}; ${near === null ? `events are ${list}` : `did you mean on ${near}?`}`, token.pos);
    }
    duration() {
        const token = this.peek();
        if (token.kind !== 'number')
            this.unexpected('a duration such as 10s');
        this.take();
        const mark = this.unit(token);
        if (mark === null)
            return token.value;
        const dimension = UNITS[mark.unit].dimension;
        if (dimension !== 'time') {
            this.fail(`unit ${mark.unit} is ${describeDimension(dimension)} but for needs a time (ms, s or m)`, mark.pos);
        }
        return applyUnit(token.value, mark.unit);
    }
    or() {
        let left = this.and();
        while (this.atWord('or')) {
            this.take();
            const right = this.and();
            const cond = {
                kind: 'logic',
                op: 'or',
                left: this.cond(left, 'or'),
                right: this.cond(right, 'or'),
            };
            left = { type: 'condition', cond, pos: left.pos };
        }
        return left;
    }
    and() {
        let left = this.not();
        while (this.atWord('and')) {
            this.take();
            const right = this.not();
            const cond = {
                kind: 'logic',
                op: 'and',
                left: this.cond(left, 'and'),
                right: this.cond(right, 'and'),
            };
            left = { type: 'condition', cond, pos: left.pos };
        }
        return left;
    }
    not() {
        if (!this.atWord('not'))
            return this.comparison();
        const token = this.take();
        const operand = this.nested(token, () => this.not());
        return { type: 'condition', cond: { kind: 'not', operand: this.cond(operand, 'not') }, pos: token.pos };
    }
    comparison() {
        const left = this.sum();
        if (!this.atOp(...ast/* COMPARE_OPS */.PQ))
            return left;
        const opToken = this.take();
        const op = opToken.text;
        const right = this.sum();
        const comparison = {
            kind: 'compare',
            op,
            left: this.num(left, op),
            right: this.num(right, op),
        };
        if (this.atOp(...ast/* COMPARE_OPS */.PQ)) {
            this.fail('comparisons cannot be chained; join them with and, as in 1 < threads and threads < 9');
        }
        const problem = comparisonProblem(comparison, left.pos, this.marks, this.example());
        if (problem !== null)
            this.fail(problem.problem, problem.pos);
        return { type: 'condition', cond: comparison, pos: left.pos };
    }
    sum() {
        let left = this.product();
        while (this.atOp('+', '-')) {
            const op = this.take().text;
            const right = this.product();
            left = this.arithmetic(op, left, right);
        }
        return left;
    }
    product() {
        let left = this.unary();
        while (this.atOp('*', '/')) {
            const op = this.take().text;
            const right = this.unary();
            left = this.arithmetic(op, left, right);
        }
        return left;
    }
    arithmetic(op, left, right) {
        const expr = { kind: 'arithmetic', op, left: this.num(left, op), right: this.num(right, op) };
        return { type: 'number', expr, pos: left.pos };
    }
    unary() {
        if (!this.atOp('-'))
            return this.primary();
        const token = this.take();
        const operand = this.nested(token, () => this.unary());
        return { type: 'number', expr: { kind: 'negate', operand: this.num(operand, '-') }, pos: token.pos };
    }
    primary() {
        const token = this.peek();
        if (token.kind === 'number') {
            this.take();
            const mark = this.unit(token);
            const expr = { kind: 'number', value: mark ? applyUnit(token.value, mark.unit) : token.value };
            if (mark)
                this.marks.unitOf.set(expr, mark);
            return { type: 'number', expr, pos: token.pos };
        }
        if (token.kind === '(') {
            this.take();
            const inner = this.nested(token, () => this.or());
            const close = this.peek();
            if (close.kind === 'end')
                this.fail('unclosed (: expected ) before the end of the rule', token.pos);
            if (close.kind !== ')')
                this.fail(`expected ) to close the ( at column ${token.pos}, but found ${close.text}`);
            this.take();
            return { ...inner, pos: token.pos };
        }
        if (token.kind === 'word' && (token.text === 'baseline' || this.baselineAliases.includes(token.text))) {
            if (this.kind === 'alert')
                this.fail('baseline is only for gates: an alert is checked live, on samples');
            this.take();
            const expr = { kind: 'baseline' };
            this.marks.baselinePos.set(expr, token.pos);
            return { type: 'number', expr, pos: token.pos };
        }
        if (token.kind === 'word' && !KEYWORDS.has(token.text)) {
            const problem = (0,metrics/* metricProblem */.YT)(token.text, this.kind);
            if (problem !== null)
                this.fail(problem);
            this.take();
            return { type: 'number', expr: { kind: 'metric', name: token.text }, pos: token.pos };
        }
        return this.unexpected('a number, a metric or (');
    }
    /** The unit after a number, glued (`5s`) or spaced (`5 s`); a glued word that is no unit is refused. */
    unit(number) {
        const token = this.peek();
        if (token.kind === '%') {
            this.take();
            return { unit: '%', pos: token.pos };
        }
        if (token.kind !== 'word')
            return null;
        if (isUnit(token.text)) {
            this.take();
            return { unit: token.text, pos: token.pos };
        }
        if (token.pos !== number.pos + number.text.length)
            return null;
        const same = Object.keys(UNITS).find((u) => u.toLowerCase() === token.text.toLowerCase());
        this.fail(`unknown unit ${token.text}; ${same ? `did you mean ${same}?` : `units are ${UNIT_HELP}`}`);
    }
    num(parsed, op) {
        if (parsed.type === 'number')
            return parsed.expr;
        const problem = ['+', '-', '*', '/'].includes(op)
            ? `${op} needs a number, but this is a comparison`
            : `${op} compares numbers, but this side is a comparison; join comparisons with and / or`;
        return this.fail(problem, parsed.pos);
    }
    cond(parsed, op) {
        if (parsed.type === 'condition')
            return parsed.cond;
        const where = op === 'not' ? 'after it' : 'on each side';
        return this.fail(`${op} needs a comparison ${where}, such as ${this.example()}`, parsed.pos);
    }
    nested(token, parse) {
        this.nesting += 1;
        if (this.nesting > MAX_NESTING)
            this.fail(`rule is nested more than ${MAX_NESTING} deep`, token.pos);
        const parsed = parse();
        this.nesting -= 1;
        return parsed;
    }
    unexpected(expected) {
        const token = this.peek();
        if (token.kind === 'end')
            this.fail(`expected ${expected}, but the rule ends here`);
        this.fail(`expected ${expected}, but found ${token.text}`);
    }
}


/***/ })

};
;