export const id = 656;
export const ids = [656];
export const modules = {

/***/ 1656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderHtml: () => (/* reexport */ renderHtml),
  bH: () => (/* reexport */ renderHtmlMulti),
  renderJson: () => (/* reexport */ renderJson),
  renderJunit: () => (/* reexport */ renderJunit),
  renderMarkdown: () => (/* reexport */ renderMarkdown),
  L9: () => (/* reexport */ renderMarkdownMulti),
  renderTap: () => (/* reexport */ renderTap)
});

// UNUSED EXPORTS: MAX_COMMENT_CHARS, MAX_SUMMARY_CHARS, downsampleKeepingPeaks, escapeHtml

;// CONCATENATED MODULE: ./src/engine/report/json.ts
function renderJson(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}

// EXTERNAL MODULE: ./node_modules/junit-report-builder/dist/index.js
var dist = __webpack_require__(1072);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/report/format.ts
/**
 * Formatting shared by every report: numbers, units, durations, statuses and the script's outcome.
 * Everything here is deterministic (no locale, no clock) so golden files stay byte-identical.
 */


/** Numbers and metric values with their units come from the metric table. */

/** The run metrics in the order every report lists them. */
const REPORT_METRICS = types/* COMPARABLE_METRICS */.fm;
/**
 * The metrics a report's table lists for `record`: every one with a value, a baseline or a verdict. A metric the
 * executor could not measure (rusage over an executor that cannot report it) is left out rather than shown n/a.
 */
function shownMetrics(record) {
    return REPORT_METRICS.filter((m) => record[m] !== null || record.baseline[m] !== undefined || record.verdicts[m] !== undefined);
}
/** A wall time for people: `12.35 s`, `2 m 03.5 s`, `1 h 02 m 03 s`. */
function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds))
        return 'n/a';
    if (seconds < 60)
        return `${(0,metrics/* formatNumber */.ZV)(seconds)} s`;
    const whole_s = Math.round(seconds * 10) / 10;
    const hours = Math.floor(whole_s / 3600);
    const minutes = Math.floor((whole_s - hours * 3600) / 60);
    const rest_s = whole_s - hours * 3600 - minutes * 60;
    const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
    if (hours === 0) {
        const secText = rest_s.toFixed(1).padStart(4, '0');
        return `${minutes} m ${secText} s`;
    }
    return `${hours} h ${pad2(minutes)} m ${pad2(Math.round(rest_s))} s`;
}
/** A relative change to one decimal, with its sign: `+3.4%`, `-12%`, `0%`; `n/a` without a baseline. */
function formatChangePct(change_pct) {
    if (change_pct === null || change_pct === undefined || !Number.isFinite(change_pct))
        return 'n/a';
    // Round half away from zero, so +6.15% and -6.15% read alike.
    const text = (0,metrics/* formatNumber */.ZV)((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
    if (text === '0')
        return '0%';
    return change_pct > 0 ? `+${text}%` : `${text}%`;
}
const STATUS_EMOJI = {
    passed: '✅',
    failed: '❌',
    gate_failed: '❌',
    timeout: '⏱️',
};
/** Worse statuses rank higher; a combined report takes the worst. */
const STATUS_RANK = { passed: 0, gate_failed: 1, failed: 2, timeout: 3 };
function worstStatus(records) {
    let worst = 'passed';
    for (const record of records)
        if (STATUS_RANK[record.status] > STATUS_RANK[worst])
            worst = record.status;
    return worst;
}
const GATE_EMOJI = {
    passed: '✅',
    failed: '❌',
    insufficient_history: '⏭️',
};
const VERDICT_LABEL = {
    regressed: '🔺 regressed',
    improved: '🟢 improved',
    unchanged: '⚪ unchanged',
    insufficient_history: '❔ insufficient history',
};
/** `insufficient_history` → `insufficient history`. */
function humanize(word) {
    return word.replace(/_/g, ' ');
}
/** Did the script itself succeed (whatever the gates said)? */
function scriptSucceeded(record) {
    return record.status === 'passed' || record.status === 'gate_failed';
}
/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count under `--retries`.
 */
function describeScriptOutcome(record) {
    let text;
    if (record.status === 'timeout') {
        text = `timed out after ${formatDuration(record.duration_s)}; the process tree was killed`;
    }
    else if (record.signal !== null) {
        text = `killed by signal ${record.signal}`;
    }
    else if (record.exit_code !== null) {
        text = record.exit_code === 0 ? 'exited 0' : `exit code ${record.exit_code}`;
    }
    else {
        text = 'ended without an exit code';
    }
    if (record.attempts.length > 1)
        text += ` (after ${record.attempts.length} attempts)`;
    return text;
}
/** The stable name of the test case / test point for the script itself. */
function scriptTestName(record) {
    return `script: ${record.script}`;
}
/** The stable name of the test case / test point that collects regression verdicts. */
const REGRESSION_TEST_NAME = 'no regression against baseline';
/**
 * `actual 612.4, limit 512` — the measured value against the evaluated limit. A gate on a metric this run has no
 * value for (null: rusage where the executor cannot report it) fails, and says so.
 */
function describeGate(gate) {
    const actual = gate.actual === null && gate.status === 'failed'
        ? 'n/a (no value on this run)'
        : (0,metrics/* formatNumber */.ZV)(gate.actual);
    return `actual ${actual}, limit ${(0,metrics/* formatNumber */.ZV)(gate.limit)}`;
}
/** Metrics judged `regressed`, in report order. */
function regressedMetrics(record) {
    return REPORT_METRICS.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}
/** Metrics that carry a verdict, in report order. */
function judgedMetrics(record) {
    return REPORT_METRICS.filter((m) => record.verdicts[m] !== undefined);
}
/**
 * The regression check as one outcome: `null` when no verdict was reached at all (no history kept),
 * `skipped` when every verdict lacked history, else failed with the regressed metrics named.
 */
function regressionOutcome(record) {
    const judged = judgedMetrics(record);
    if (judged.length === 0)
        return null;
    const regressed = regressedMetrics(record);
    if (regressed.length > 0) {
        const parts = regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`);
        return { status: 'failed', message: `regressed: ${parts.join(', ')}` };
    }
    if (judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
        return { status: 'skipped', message: 'insufficient history' };
    }
    return { status: 'passed', message: `${judged.length} metrics within baseline` };
}
/** Rank for ordering: failed gates first, then insufficient history, then passed (stable within a rank). */
const GATE_RANK = { failed: 0, insufficient_history: 1, passed: 2 };
/** Gates with the failing ones first, keeping the user's order within each status. */
function gatesFailingFirst(gates) {
    return gates
        .map((gate, index) => ({ gate, index }))
        .sort((a, b) => GATE_RANK[a.gate.status] - GATE_RANK[b.gate.status] || a.index - b.index)
        .map((entry) => entry.gate);
}
/** Counts of gates by status. */
function countGates(gates) {
    const counts = { passed: 0, failed: 0, insufficient_history: 0 };
    for (const gate of gates)
        counts[gate.status] += 1;
    return counts;
}
/** An ISO 8601 instant reduced to whole seconds in UTC without a zone suffix (the JUnit schema's form). */
function junitTimestamp(started_at) {
    const date = new Date(started_at);
    if (Number.isNaN(date.getTime()))
        return started_at;
    return date.toISOString().slice(0, 19);
}

;// CONCATENATED MODULE: ./src/engine/report/junit.ts
/**
 * The run as JUnit XML, for Jenkins, GitLab and the GitHub test-report actions: one testsuite per run
 * (named after the series), one testcase for the script, one per gate (named by its rule text, never by
 * the measured value, so test history lines up across runs), and one for the regression check when
 * verdicts were reached. Metrics travel as testsuite properties. All escaping is junit-report-builder's.
 */




/**
 * The package's type declarations describe an ES default export, but its CommonJS build assigns the
 * builder to `module.exports`; under NodeNext TypeScript therefore sees a namespace. Accept both shapes.
 */
const rootBuilder = (dist_default())["default"] ??
    (dist_default());
/** Seconds rounded to milliseconds, as the `time` attribute carries them. */
function seconds(value) {
    return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
}
/** Properties of the suite: the run's identity, every metric with exact bytes, baseline and verdicts. */
function suiteProperties(record) {
    const props = [];
    const add = (name, value) => {
        if (value === null || value === undefined)
            return;
        if (typeof value === 'number' && !Number.isFinite(value))
            return;
        props.push([name, String(value)]);
    };
    add('status', record.status);
    add('run_id', record.run_id);
    add('started_at', record.started_at);
    add('script', record.script);
    for (const field of metrics/* RUN_METRIC_FIELDS */.tG)
        add(field, record[field]);
    add('signal', record.signal);
    add('samples', record.samples);
    add('interval_s', record.interval_s);
    add('attempts', record.attempts.length);
    if (record.repeats !== undefined)
        add('repeats', record.repeats.length);
    add('os', record.os);
    add('arch', record.arch);
    add('python_version', record.python_version);
    add('executor', record.executor);
    add('git_ref', record.git_ref);
    add('git_sha', record.git_sha);
    add('pyrun_version', record.pyrun_version);
    for (const metric of types/* COMPARABLE_METRICS */.fm) {
        const base = record.baseline[metric];
        if (base !== undefined) {
            add(`baseline.${metric}`, base.value);
            add(`baseline.${metric}.spread`, base.spread);
            add(`baseline.${metric}.runs`, base.runs);
        }
        const verdict = record.verdicts[metric];
        if (verdict !== undefined) {
            add(`verdict.${metric}`, verdict.verdict);
            add(`verdict.${metric}.change_pct`, verdict.change_pct);
        }
    }
    return props;
}
function renderJunit(record) {
    const builder = rootBuilder.newBuilder();
    builder.name('pyrun');
    const suite = builder
        .testSuite()
        .name(record.name)
        .timestamp(junitTimestamp(record.started_at))
        .time(seconds(record.duration_s));
    for (const [name, value] of suiteProperties(record))
        suite.property(name, value);
    const script = suite
        .testCase()
        .className(record.name)
        .name(scriptTestName(record))
        .time(seconds(record.duration_s));
    if (!scriptSucceeded(record)) {
        script.failure(describeScriptOutcome(record), record.status === 'timeout' ? 'timeout' : 'script_failed');
    }
    for (const gate of record.gates) {
        const testCase = suite.testCase().className(record.name).name(gate.expr).time(0);
        if (gate.status === 'failed')
            testCase.failure(describeGate(gate), 'gate_failed');
        else if (gate.status === 'insufficient_history')
            testCase.skipped();
    }
    const regression = regressionOutcome(record);
    if (regression !== null) {
        const testCase = suite.testCase().className(record.name).name(REGRESSION_TEST_NAME).time(0);
        if (regression.status === 'failed')
            testCase.failure(regression.message, 'regression');
        else if (regression.status === 'skipped')
            testCase.skipped();
    }
    return `${builder.build()}\n`;
}

;// CONCATENATED MODULE: ./src/engine/report/tap.ts
/**
 * The run as TAP version 14: a leading plan, one test point for the script, one per gate (described by
 * its rule text), and one for the regression check when verdicts were reached. Each point carries a YAML
 * diagnostics block with the measured value, the limit and the status; gates without history are
 * `# SKIP`. Written by hand: TAP is small, and the escaping rules are the two below.
 */


/** A YAML scalar: numbers plain (non-finite ones are null), strings double-quoted with JSON escapes. */
function yamlScalar(value) {
    if (value === null)
        return 'null';
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return JSON.stringify(value);
}
/** Lines of a YAML block mapping, indented by `indent` spaces; nested maps go one level deeper. */
function yamlLines(map, indent) {
    const pad = ' '.repeat(indent);
    const lines = [];
    for (const [key, value] of Object.entries(map)) {
        if (value !== null && typeof value === 'object') {
            lines.push(`${pad}${key}:`);
            lines.push(...yamlLines(value, indent + 2));
        }
        else {
            lines.push(`${pad}${key}: ${yamlScalar(value)}`);
        }
    }
    return lines;
}
/** A description on one line with TAP 14's escapes: `\` → `\\`, `#` → `\#`. */
function escapeDescription(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/#/g, '\\#');
}
function scriptPoint(record) {
    const metrics = {};
    for (const metric of types/* COMPARABLE_METRICS */.fm)
        metrics[metric] = record[metric];
    return {
        ok: scriptSucceeded(record),
        description: scriptTestName(record),
        diagnostics: {
            run_status: record.status,
            message: describeScriptOutcome(record),
            exit_code: record.exit_code,
            signal: record.signal,
            attempts: record.attempts.length,
            metrics,
        },
    };
}
function gatePoints(record) {
    return record.gates.map((gate) => ({
        ok: gate.status !== 'failed',
        description: gate.expr,
        ...(gate.status === 'insufficient_history' ? { skip: 'insufficient history' } : {}),
        diagnostics: { status: gate.status, actual: gate.actual, limit: gate.limit },
    }));
}
function regressionPoint(record) {
    const outcome = regressionOutcome(record);
    if (outcome === null)
        return null;
    const regressed = {};
    for (const metric of regressedMetrics(record))
        regressed[metric] = record.verdicts[metric]?.change_pct ?? null;
    return {
        ok: outcome.status !== 'failed',
        description: REGRESSION_TEST_NAME,
        ...(outcome.status === 'skipped' ? { skip: outcome.message } : {}),
        diagnostics: {
            status: outcome.status,
            message: outcome.message,
            ...(Object.keys(regressed).length > 0 ? { regressed } : {}),
        },
    };
}
function renderTap(record) {
    const points = [scriptPoint(record), ...gatePoints(record)];
    const regression = regressionPoint(record);
    if (regression !== null)
        points.push(regression);
    const lines = ['TAP version 14', `1..${points.length}`];
    lines.push(`# ${escapeDescription(`pyrun ${record.name}: ${record.status}`)}`);
    points.forEach((point, index) => {
        const directive = point.skip !== undefined ? ` # SKIP ${escapeDescription(point.skip)}` : '';
        lines.push(`${point.ok ? 'ok' : 'not ok'} ${index + 1} - ${escapeDescription(point.description)}${directive}`);
        lines.push('  ---', ...yamlLines(point.diagnostics, 2), '  ...');
    });
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/engine/report/budget.ts
/**
 * Size budgets for text reports. Sizes are UTF-8 bytes, never less than the character count, so a budget
 * holds whichever way a service counts.
 */
/** Size as UTF-8 bytes. */
function byteSize(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Cut `text` to at most `max_bytes` UTF-8 bytes without splitting a character. */
function truncateToBytes(text, max_bytes) {
    if (byteSize(text) <= max_bytes)
        return text;
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (bytes + size > max_bytes)
            break;
        bytes += size;
        end += char.length;
    }
    return text.slice(0, end);
}
/** `text` if it fits, else cut with a closing note that says so (the last resort of every budget). */
function cutToFit(text, max_bytes, hint) {
    if (byteSize(text) <= max_bytes)
        return text;
    const note = `\n\n… report cut to fit ${max_bytes} characters (${hint})\n`;
    if (byteSize(note) >= max_bytes)
        return truncateToBytes(note.trim(), max_bytes);
    return truncateToBytes(text, max_bytes - byteSize(note)) + note;
}
/**
 * Rows that fit in `budget_bytes`, given the head lines shown above them and the note shown when rows are
 * left out. Returns the block's lines (head, kept rows, note) and the bytes they take.
 */
function fitRows(head, rows, budget_bytes, note) {
    const joined = (lines) => byteSize(lines.join('\n')) + 2; // + the blank line after
    const all = [...head, ...rows];
    const allBytes = joined(all);
    if (allBytes <= budget_bytes)
        return { lines: all, bytes: allBytes };
    // The note for the worst case (every row hidden) is the longest one; reserve room for it.
    const noteReserve = byteSize(note(rows.length)) + 2;
    let used = byteSize(head.join('\n')) + 2 + noteReserve;
    if (used > budget_bytes) {
        // No room for even one row: the note alone still says what is missing, if it fits.
        const alone = [note(rows.length)];
        return joined(alone) <= budget_bytes ? { lines: alone, bytes: joined(alone) } : { lines: [], bytes: 0 };
    }
    const kept = [];
    for (const row of rows) {
        const size = byteSize(row) + 1;
        if (used + size > budget_bytes)
            break;
        kept.push(row);
        used += size;
    }
    const hidden = note(rows.length - kept.length);
    // A head that ends in a blank line (a heading) takes the note right after it when no row fits.
    const lines = kept.length === 0 && head.at(-1) === '' ? [...head, hidden] : [...head, ...kept, '', hidden];
    return { lines, bytes: joined(lines) };
}

;// CONCATENATED MODULE: ./src/engine/report/downsample.ts
/**
 * Thin a series for a chart without losing its peaks: the items are cut into equal buckets and each
 * bucket keeps its highest item (and, with `keep_lows`, its lowest too). The global maximum therefore
 * always survives, and the first and last items are kept so the time axis spans the whole run.
 * At most `max_points` items come back (but never fewer than 3 are allowed).
 */
function downsampleKeepingPeaks(items, max_points, value, options = {}) {
    // First and last are kept on their own, so three points is the least that still shows a peak.
    const limit = Math.max(3, Math.floor(max_points));
    if (items.length <= limit)
        return items.slice();
    // The buckets share what is left of the budget; too small a budget for pairs keeps peaks only.
    const keep_lows = options.keep_lows === true && limit >= 4;
    const buckets = Math.floor((limit - 2) / (keep_lows ? 2 : 1));
    const inner_start = 1;
    const inner_count = items.length - 2;
    const kept = [0];
    for (let b = 0; b < buckets; b++) {
        const from = inner_start + Math.floor((b * inner_count) / buckets);
        const to = inner_start + Math.floor(((b + 1) * inner_count) / buckets);
        if (to <= from)
            continue;
        let hi = from;
        let lo = from;
        for (let i = from + 1; i < to; i++) {
            const v = value(items[i]);
            if (v > value(items[hi]))
                hi = i;
            if (v < value(items[lo]))
                lo = i;
        }
        if (keep_lows && lo !== hi)
            kept.push(Math.min(lo, hi), Math.max(lo, hi));
        else
            kept.push(hi);
    }
    kept.push(items.length - 1);
    return kept.map((i) => items[i]);
}

;// CONCATENATED MODULE: ./src/engine/report/scale.ts
/**
 * Axis scales for charts: round tick steps (1, 2, 2.5 or 5 × 10^k) covering a data range, so axes read
 * 0, 200, 400, 600, 800 rather than 0, 172.6, 345.2.
 */
/** A round step so that about `target_ticks` intervals cover `span`. */
function niceStep(span, target_ticks) {
    if (!(span > 0) || !Number.isFinite(span))
        return 1;
    const raw = span / Math.max(1, target_ticks);
    const power = 10 ** Math.floor(Math.log10(raw));
    const fraction = raw / power;
    const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * power;
}
/** Strip binary noise from a tick value (0.30000000000000004 → 0.3). */
function clean(value) {
    return Number(value.toPrecision(12));
}
/**
 * Ticks covering [lo, hi], extended outwards to whole steps. With `from_zero` a positive range starts at 0
 * (memory and CPU read best against zero). A flat or empty range still gets a visible axis.
 */
function niceTicks(lo, hi, target_ticks = 5, from_zero = true) {
    let low = Number.isFinite(lo) ? lo : 0;
    let high = Number.isFinite(hi) ? hi : 1;
    if (from_zero && low > 0)
        low = 0;
    if (high < low)
        [low, high] = [high, low];
    if (high === low)
        high = low === 0 ? 1 : low + Math.abs(low) * 0.1;
    const step = niceStep(high - low, target_ticks);
    const min = clean(Math.floor(low / step) * step);
    const max = clean(Math.ceil(high / step) * step);
    const ticks = [];
    for (let k = 0;; k++) {
        const tick = clean(min + k * step);
        if (tick > max + step / 2)
            break;
        ticks.push(tick);
    }
    return { min, max, step, ticks };
}

;// CONCATENATED MODULE: ./src/engine/report/markdown-parts.ts



/** Points per mermaid chart: more makes the x-axis labels unreadable. */
const MAX_CHART_POINTS = 60;
/**
 * User text as an inline code span that is safe inside a table cell: pipes are escaped (GFM reads `\|`
 * as a literal pipe even inside code), newlines flattened, and the fence outgrows any backtick run inside.
 */
function mdCode(text) {
    const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** `## ✅ passed — `name` in 12.3 s` and a line or two of context. */
function headerLines(record, heading = '##') {
    const gates = countGates(record.gates);
    const facts = [`script ${mdCode(record.script)} ${describeScriptOutcome(record)}`];
    if (record.gates.length > 0) {
        facts.push(gates.failed > 0
            ? `${gates.failed} of ${record.gates.length} gates failed`
            : `${record.gates.length} gates passed`);
    }
    const regressed = regressedMetrics(record);
    if (regressed.length > 0)
        facts.push(`${regressed.length} metrics regressed`);
    if (record.alerts.length > 0)
        facts.push(`${record.alerts.length} alerts fired`);
    if (record.repeats !== undefined)
        facts.push(`median of ${record.repeats.length} measured runs`);
    const where = [`${record.os}/${record.arch}`, `Python ${record.python_version}`, record.executor];
    if (record.git_ref !== null || record.git_sha !== null) {
        const ref = [record.git_ref, record.git_sha?.slice(0, 7)].filter((p) => Boolean(p));
        where.push(ref.map(mdCode).join(' @ '));
    }
    where.push(`run ${mdCode(record.run_id)}`, `started ${record.started_at}`);
    where.push(`${record.samples} samples every ${(0,metrics/* formatNumber */.ZV)(record.interval_s)} s`);
    return [
        `${heading} ${STATUS_EMOJI[record.status]} ${humanize(record.status)} — ${mdCode(record.name)} in ${formatDuration(record.duration_s)}`,
        '',
        `${facts.join(' · ')}  `,
        where.join(' · '),
    ];
}
/** The metrics table: value with unit, baseline (value ± spread), change and verdict. */
function metricsLines(record, heading = '###') {
    const lines = [
        `${heading} Metrics`,
        '',
        '| metric | value | baseline | change | verdict |',
        '|:--|--:|--:|--:|:--|',
    ];
    for (const metric of shownMetrics(record)) {
        const base = record.baseline[metric];
        const verdict = record.verdicts[metric];
        const baseText = base === undefined
            ? '—'
            : `${(0,metrics/* formatMetricValue */.dd)(metric, base.value)} ± ${(0,metrics/* formatMetricValue */.dd)(metric, base.spread)} (${base.runs} runs)`;
        lines.push(`| ${mdCode(metric)} | ${(0,metrics/* formatMetricValue */.dd)(metric, record[metric])} | ${baseText} | ${verdict === undefined ? '—' : formatChangePct(verdict.change_pct)} | ${verdict === undefined ? '—' : VERDICT_LABEL[verdict.verdict]} |`);
    }
    return lines;
}
function gatesHeadLines(heading = '###') {
    return [`${heading} Gates`, '', '| | gate | actual | limit | status |', '|:-:|:--|--:|--:|:--|'];
}
function gateRow(gate) {
    return `| ${GATE_EMOJI[gate.status]} | ${mdCode(gate.expr)} | ${(0,metrics/* formatNumber */.ZV)(gate.actual)} | ${(0,metrics/* formatNumber */.ZV)(gate.limit)} | ${humanize(gate.status)} |`;
}
function alertsHeadLines(heading = '###') {
    return [`${heading} Alerts`, ''];
}
function alertRow(alert) {
    const value = alert.value === null ? '' : ` (value ${(0,metrics/* formatNumber */.ZV)(alert.value)})`;
    const channels = alert.channels.length > 0 ? ` → ${alert.channels.join(', ')}` : '';
    return `- 🔔 ${mdCode(alert.rule)} at ${formatDuration(alert.at_s)}${value}${channels}`;
}
/** A quoted mermaid string: mermaid has no escape for `"`, so it is replaced. */
function mermaidText(text) {
    return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}
/** One mermaid `xychart-beta` line chart of a sample metric over elapsed time, peaks kept. */
function mermaidChart(series, metric, title, axis) {
    const points = downsampleKeepingPeaks(series, MAX_CHART_POINTS, (s) => s[metric]);
    const values = points.map((s) => (Number.isFinite(s[metric]) ? s[metric] : 0));
    const scale = niceTicks(Math.min(0, ...values), Math.max(...values));
    return [
        '```mermaid',
        'xychart-beta',
        `  title ${mermaidText(title)}`,
        `  x-axis "elapsed (s)" [${points.map((s) => mermaidText((0,metrics/* formatNumber */.ZV)(s.elapsed_s))).join(', ')}]`,
        `  y-axis ${mermaidText(axis)} ${(0,metrics/* formatNumber */.ZV)(scale.min)} --> ${(0,metrics/* formatNumber */.ZV)(scale.max)}`,
        `  line [${values.map((v) => (0,metrics/* formatNumber */.ZV)(Math.round(v * 10) / 10)).join(', ')}]`,
        '```',
    ];
}
/** RSS and CPU over the run; nothing when fewer than two samples were kept. */
function chartLines(record, heading = '###') {
    if (record.series.length < 2)
        return [];
    return [
        `${heading} Charts`,
        '',
        ...mermaidChart(record.series, 'rss_mb', 'RSS (MB) over time', 'RSS (MB)'),
        '',
        ...mermaidChart(record.series, 'cpu_percent', 'CPU (%) over time', 'CPU (%, 100 = one core)'),
    ];
}

;// CONCATENATED MODULE: ./src/engine/report/profile-format.ts

/** Rows of the "where the time went" table. */
const PROFILE_TOP_ROWS = 10;
/** A function's name is cut to this many characters, keeping its end (the file's tail and the name). */
const MAX_FUNCTION_CHARS = 100;
function shortFunction(fn) {
    return fn.length <= MAX_FUNCTION_CHARS ? fn : `…${fn.slice(fn.length - MAX_FUNCTION_CHARS + 1)}`;
}
/** Seconds with a unit, small values kept readable: `0.0012 s`, `1.25 s`. */
function formatSeconds(value) {
    if (value === null)
        return '—';
    if (value !== 0 && Math.abs(value) < 0.001)
        return `${Number(value.toPrecision(2))} s`;
    return `${(0,metrics/* formatNumber */.ZV)(value)} s`;
}
function formatGrowth(g) {
    return {
        growth: `+${formatSeconds(g.growth_s)}`,
        change: g.growth_pct === null ? 'new in top' : formatChangePct(g.growth_pct),
    };
}
/** The profile diff to show: only for a run that regressed, and only when something grew. */
function shownProfileDiff(record) {
    const diff = record.profile_diff;
    if (!diff || diff.grown.length === 0)
        return null;
    return regressedMetrics(record).length > 0 ? diff : null;
}
const PROFILE_DIFF_TITLE = 'Functions whose time grew most';
const PROFILE_TOP_TITLE = 'Where the time went';

;// CONCATENATED MODULE: ./src/engine/report/markdown-profile.ts



/** "Functions whose time grew most": only when the run regressed and a baseline profile was compared. */
function profileDiffLines(record, heading = '###') {
    const diff = shownProfileDiff(record);
    if (!diff)
        return [];
    const rows = diff.grown.map((g) => {
        const { growth, change } = formatGrowth(g);
        return `| ${mdCode(shortFunction(g.function))} | ${formatSeconds(g.baseline_own_s)} | ${formatSeconds(g.current_own_s)} | ${growth} | ${change} |`;
    });
    return [
        `${heading} ${PROFILE_DIFF_TITLE}`,
        '',
        `Own time (time in the function's body) against the profile of baseline run ${mdCode(diff.baseline_run_id)}.`,
        '',
        '| function | baseline | this run | growth | change |',
        '|:--|--:|--:|--:|--:|',
        ...rows,
    ];
}
/** The top functions by own time, folded away (`<details>`), with where the files are. */
function profileTopLines(record) {
    const profile = record.profile;
    if (!profile)
        return [];
    if (profile.error !== undefined)
        return [`_No profile for this run: ${profile.error.replace(/[\r\n]+/g, ' ')}_`];
    const rows = profile.top_own
        .slice(0, PROFILE_TOP_ROWS)
        .map((e) => `| ${mdCode(shortFunction(e.function))} | ${formatSeconds(e.own_s)} | ${formatSeconds(e.cumulative_s)} | ${(0,metrics/* formatNumber */.ZV)(e.calls)} |`);
    return [
        '<details>',
        `<summary>${PROFILE_TOP_TITLE} (cProfile, top ${rows.length} functions by own time of ${formatSeconds(profile.total_s)})</summary>`,
        '',
        '| function | own time | cumulative | calls |',
        '|:--|--:|--:|--:|',
        ...rows,
        '',
        `Files: ${mdCode(profile.pstats_path)} (pstats), ${mdCode(profile.speedscope_path)} (speedscope).${profile.overhead_note ? ` Note: ${profile.overhead_note}.` : ''}`,
        '',
        '</details>',
    ];
}

;// CONCATENATED MODULE: ./src/engine/report/markdown.ts




/** GitHub refuses issue and pull-request comments longer than this. */
const MAX_COMMENT_CHARS = 65536;
/** GitHub's limit for one step's job summary (1 MiB). */
const MAX_SUMMARY_CHARS = 1048576;
const DEFAULT_HINT = 'full report in the job summary';
/** Blocks joined by blank lines, with one trailing newline. */
function assemble(blocks) {
    return `${blocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n`;
}
function renderMarkdown(record, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? DEFAULT_HINT;
    const header = headerLines(record);
    const metrics = metricsLines(record);
    const gateRows = gatesFailingFirst(record.gates).map(gateRow);
    const gates = gateRows.length > 0 ? [...gatesHeadLines(), ...gateRows] : [];
    const alertRows = record.alerts.map(alertRow);
    const alerts = alertRows.length > 0 ? [...alertsHeadLines(), ...alertRows] : [];
    // The profile diff says where a regression came from: it stays as long as the metrics do.
    const grown = profileDiffLines(record);
    const profileTop = profileTopLines(record);
    const full = assemble([header, metrics, grown, gates, alerts, profileTop, chartLines(record)]);
    if (byteSize(full) <= max_bytes)
        return full;
    const left = [record.series.length >= 2 ? 'charts' : '', profileTop.length > 0 ? 'the profile' : '']
        .filter(Boolean)
        .join(' and ');
    const chartsNote = left
        ? [`_${left[0].toUpperCase()}${left.slice(1)} left out to fit the size limit._`]
        : [];
    const withoutCharts = assemble([header, metrics, grown, gates, alerts, chartsNote]);
    if (byteSize(withoutCharts) <= max_bytes)
        return withoutCharts;
    let budget = max_bytes - byteSize(assemble([header, metrics, grown, chartsNote]));
    const alertsNote = (n) => `… ${n} more alerts not shown (${hint})`;
    // Gates come first, but leave room for at least the note that alerts were left out.
    const alertsReserve = alertRows.length > 0 ? byteSize(alertsNote(alertRows.length)) + 2 : 0;
    let gateBlock = [];
    if (gateRows.length > 0) {
        const gateNote = (n) => `… ${n} more gates not shown (${hint})`;
        const fitted = fitRows(gatesHeadLines(), gateRows, budget - alertsReserve, gateNote);
        gateBlock = fitted.lines;
        budget -= fitted.bytes;
    }
    let alertBlock = [];
    if (alertRows.length > 0)
        alertBlock = fitRows(alertsHeadLines(), alertRows, budget, alertsNote).lines;
    // Even the header and metrics may not fit a tiny budget: then the text is cut.
    return cutToFit(assemble([header, metrics, grown, gateBlock, alertBlock, chartsNote]), max_bytes, hint);
}

;// CONCATENATED MODULE: ./src/engine/report/markdown-multi.ts




function seriesRow(record) {
    const gates = countGates(record.gates);
    const gateText = record.gates.length === 0
        ? '—'
        : gates.failed > 0
            ? `${gates.failed} of ${record.gates.length} failed`
            : `${record.gates.length} passed`;
    const regressed = regressedMetrics(record);
    const regressedText = regressed.length === 0
        ? '—'
        : regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`).join(', ');
    return `| ${STATUS_EMOJI[record.status]} | ${mdCode(record.name)} | ${humanize(record.status)} | ${formatDuration(record.duration_s)} | ${(0,metrics/* formatMetricValue */.dd)('cpu_time_s', record.cpu_time_s)} | ${(0,metrics/* formatMetricValue */.dd)('peak_rss_mb', record.peak_rss_mb)} | ${gateText} | ${regressedText} |`;
}
/** What went wrong in one series, as list items: its failing gates. */
function problemRows(record) {
    return record.gates
        .filter((g) => g.status === 'failed')
        .map((g) => `- ${mdCode(record.name)}: ${mdCode(g.expr)} — ${describeGate(g)}`);
}
function renderMarkdownMulti(records, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? 'full report in the job summary';
    const worst = worstStatus(records);
    const counts = new Map();
    for (const record of records)
        counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
    const tally = [...counts.entries()]
        .sort(([a], [b]) => STATUS_RANK[a] - STATUS_RANK[b])
        .map(([status, n]) => `${n} ${humanize(status)}`)
        .join(', ');
    const header = [
        `## ${STATUS_EMOJI[worst]} pyrun: ${records.length} series${records.length > 0 ? ` — ${tally}` : ''}`,
    ];
    // Failing series first (stable), so trimming keeps what needs attention.
    const ordered = records
        .map((record, index) => ({ record, index }))
        .sort((a, b) => STATUS_RANK[b.record.status] - STATUS_RANK[a.record.status] || a.index - b.index)
        .map((entry) => entry.record);
    const tableHead = [
        '| | series | status | duration | CPU time | peak RSS | gates | regressed |',
        '|:-:|:--|:--|--:|--:|--:|:--|:--|',
    ];
    const problems = ordered.flatMap(problemRows);
    const problemsHead = ['### Failing gates', ''];
    const blocks = [header, [...tableHead, ...ordered.map(seriesRow)]];
    if (problems.length > 0)
        blocks.push([...problemsHead, ...problems]);
    const full = `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
    if (byteSize(full) <= max_bytes)
        return full;
    let budget = max_bytes - byteSize(`${header.join('\n')}\n`);
    const table = fitRows(tableHead, ordered.map(seriesRow), budget, (n) => `… ${n} more series not shown (${hint})`);
    budget -= table.bytes;
    const trimmedBlocks = [header, table.lines];
    if (problems.length > 0) {
        const fitted = fitRows(problemsHead, problems, budget, (n) => `… ${n} more failing gates not shown (${hint})`);
        trimmedBlocks.push(fitted.lines);
    }
    const trimmed = `${trimmedBlocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n`;
    return cutToFit(trimmed, max_bytes, hint);
}

;// CONCATENATED MODULE: ./src/engine/report/html-escape.ts
/** Text for HTML element content and quoted attribute values: the five characters that matter, escaped. */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
/** A table with escaped headers around rows already rendered as `<tr>` elements. */
function table(headers, rows, cls) {
    return [
        `<table class="${cls}">`,
        `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows,
        '</tbody>',
        '</table>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/report/svg-chart.ts
/**
 * Line charts as inline SVG, drawn here rather than by a charting library so the HTML report loads
 * nothing from anywhere: axes, round ticks with labels, grid lines, a title, a legend for several lines,
 * and `role="img"` with an `aria-label` for screen readers. No `xmlns` is written: inline SVG in HTML
 * does not need one, and the report carries no URL at all.
 */



const CHART_PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c'];
const MARGIN = { left: 64, right: 18, top: 40, bottom: 48 };
/** Coordinates with one decimal: precise enough for a screen, and stable text for golden files. */
function coord(value) {
    return String(Math.round(value * 10) / 10);
}
function renderSvgChart(spec) {
    const width = spec.width ?? 640;
    const height = spec.height ?? 280;
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const lines = spec.lines.map((line) => ({
        ...line,
        points: line.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
    }));
    const xs = lines.flatMap((l) => l.points.map((p) => p[0]));
    const ys = lines.flatMap((l) => l.points.map((p) => p[1]));
    let xMin = xs.length > 0 ? xs.reduce((a, b) => Math.min(a, b)) : 0;
    let xMax = xs.length > 0 ? xs.reduce((a, b) => Math.max(a, b)) : 1;
    if (xMax === xMin)
        xMax = xMin + 1;
    const yScale = niceTicks(ys.length > 0 ? ys.reduce((a, b) => Math.min(a, b)) : 0, ys.length > 0 ? ys.reduce((a, b) => Math.max(a, b)) : 1);
    let xTicks;
    if (spec.integer_x) {
        xMin = Math.floor(xMin);
        xMax = Math.ceil(xMax);
        const step = Math.max(1, Math.ceil(niceTicks(0, xMax - xMin, 8).step));
        xTicks = [];
        for (let t = xMin; t <= xMax; t += step)
            xTicks.push(t);
    }
    else {
        const xScale = niceTicks(xMin, xMax, 6, false);
        xTicks = xScale.ticks.filter((t) => t >= xMin - 1e-9 && t <= xMax + 1e-9);
    }
    const px = (x) => MARGIN.left + ((x - xMin) / (xMax - xMin)) * plotW;
    const py = (y) => MARGIN.top + plotH - ((y - yScale.min) / (yScale.max - yScale.min)) * plotH;
    const bottom = MARGIN.top + plotH;
    const parts = [];
    const label = escapeHtml(spec.title);
    parts.push(`<svg class="chart" role="img" aria-label="${label}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`, `<title>${label}</title>`, `<text class="chart-title" x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="600">${label}</text>`);
    // Grid and y ticks.
    for (const tick of yScale.ticks) {
        const y = coord(py(tick));
        parts.push(`<line class="grid" x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotW}" y2="${y}" stroke="#e5e7eb"/>`, `<text class="tick" x="${MARGIN.left - 6}" y="${y}" dy="4" text-anchor="end" font-size="11">${escapeHtml((0,metrics/* formatNumber */.ZV)(tick))}</text>`);
    }
    // X ticks.
    for (const tick of xTicks) {
        const x = coord(px(tick));
        parts.push(`<line class="tick-mark" x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 5}" stroke="#6b7280"/>`, `<text class="tick" x="${x}" y="${bottom + 18}" text-anchor="middle" font-size="11">${escapeHtml((0,metrics/* formatNumber */.ZV)(tick))}</text>`);
    }
    // Axes.
    parts.push(`<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" stroke="#374151"/>`, `<line class="axis" x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotW}" y2="${bottom}" stroke="#374151"/>`, `<text class="axis-label" x="${MARGIN.left + plotW / 2}" y="${height - 8}" text-anchor="middle" font-size="12">${escapeHtml(spec.x_label)}</text>`, `<text class="axis-label" x="14" y="${MARGIN.top + plotH / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${MARGIN.top + plotH / 2})">${escapeHtml(spec.y_label)}</text>`);
    // Lines.
    lines.forEach((line, index) => {
        const color = escapeHtml(line.color ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#2563eb');
        const points = line.points.map(([x, y]) => `${coord(px(x))},${coord(py(y))}`).join(' ');
        const dash = line.dashed ? ' stroke-dasharray="6 4"' : '';
        parts.push(`<polyline class="series" data-label="${escapeHtml(line.label)}" fill="none" stroke="${color}" stroke-width="2"${dash} points="${points}"/>`);
        if (line.markers) {
            for (const [x, y] of line.points) {
                parts.push(`<circle class="marker" cx="${coord(px(x))}" cy="${coord(py(y))}" r="3" fill="${color}"/>`);
            }
        }
    });
    // Legend, when there is more than one line.
    if (lines.length > 1) {
        let x = MARGIN.left + plotW;
        const items = [];
        for (let index = lines.length - 1; index >= 0; index--) {
            const line = lines[index];
            const color = escapeHtml(line.color ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#2563eb');
            const textWidth = line.label.length * 6.5;
            x -= textWidth;
            items.push(`<text class="legend" x="${coord(x)}" y="${MARGIN.top - 8}" font-size="11">${escapeHtml(line.label)}</text>`);
            x -= 16;
            items.push(`<rect x="${coord(x)}" y="${MARGIN.top - 17}" width="12" height="4" fill="${color}"/>`);
            x -= 14;
        }
        parts.push(...items.reverse());
    }
    parts.push('</svg>');
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/engine/report/html-parts.ts




/** Points per line in an HTML chart: plenty for a 640-pixel plot, small enough for a light file. */
const MAX_HTML_CHART_POINTS = 400;
const code = (text) => `<code>${escapeHtml(text)}</code>`;
function headingHtml(record, tag = 'h1') {
    return `<${tag} class="status-${record.status}">${STATUS_EMOJI[record.status]} ${escapeHtml(humanize(record.status))} — ${escapeHtml(record.name)} <span class="duration">in ${escapeHtml(formatDuration(record.duration_s))}</span></${tag}>`;
}
function factsHtml(record) {
    const rows = [
        ['script', `${code(record.script)} ${escapeHtml(describeScriptOutcome(record))}`],
        ['started', escapeHtml(record.started_at)],
        ['run', code(record.run_id)],
        [
            'environment',
            escapeHtml(`${record.os}/${record.arch} · Python ${record.python_version} · ${record.executor}`),
        ],
    ];
    if (record.git_ref !== null || record.git_sha !== null) {
        rows.push([
            'git',
            [record.git_ref, record.git_sha]
                .filter((p) => Boolean(p))
                .map(code)
                .join(' @ '),
        ]);
    }
    rows.push(['samples', escapeHtml(`${record.samples} every ${(0,metrics/* formatNumber */.ZV)(record.interval_s)} s`)]);
    if (record.repeats !== undefined)
        rows.push(['benchmark', escapeHtml(`median of ${record.repeats.length} runs`)]);
    return `<dl class="facts">\n${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`;
}
function metricsTableHtml(record) {
    const rows = shownMetrics(record).map((metric) => {
        const base = record.baseline[metric];
        const verdict = record.verdicts[metric];
        const baseText = base === undefined
            ? '—'
            : `${(0,metrics/* formatMetricValue */.dd)(metric, base.value)} ± ${(0,metrics/* formatMetricValue */.dd)(metric, base.spread)} (${base.runs} runs)`;
        const cls = verdict === undefined ? '' : ` class="verdict-${verdict.verdict}"`;
        return `<tr${cls}><td>${code(metric)}</td><td class="num">${escapeHtml((0,metrics/* formatMetricValue */.dd)(metric, record[metric]))}</td><td class="num">${escapeHtml(baseText)}</td><td class="num">${escapeHtml(verdict === undefined ? '—' : formatChangePct(verdict.change_pct))}</td><td>${escapeHtml(verdict === undefined ? '—' : VERDICT_LABEL[verdict.verdict])}</td></tr>`;
    });
    return table(['metric', 'value', 'baseline', 'change', 'verdict'], rows, 'metrics');
}
function gatesTableHtml(record) {
    if (record.gates.length === 0)
        return '<p class="empty">No gates were set.</p>';
    const rows = gatesFailingFirst(record.gates).map((gate) => `<tr class="gate-${gate.status}"><td>${GATE_EMOJI[gate.status]}</td><td>${code(gate.expr)}</td><td class="num">${escapeHtml((0,metrics/* formatNumber */.ZV)(gate.actual))}</td><td class="num">${escapeHtml((0,metrics/* formatNumber */.ZV)(gate.limit))}</td><td>${escapeHtml(humanize(gate.status))}</td></tr>`);
    return table(['', 'gate', 'actual', 'limit', 'status'], rows, 'gates');
}
function alertsTableHtml(record) {
    if (record.alerts.length === 0)
        return '<p class="empty">No alerts fired.</p>';
    const rows = record.alerts.map((alert) => `<tr><td>${code(alert.rule)}</td><td class="num">${escapeHtml(formatDuration(alert.at_s))}</td><td class="num">${escapeHtml((0,metrics/* formatNumber */.ZV)(alert.value))}</td><td>${escapeHtml(alert.channels.join(', ') || '—')}</td></tr>`);
    return table(['rule', 'fired at', 'value', 'channels'], rows, 'alerts');
}
function sampleLine(series, metric, label) {
    const kept = downsampleKeepingPeaks(series, MAX_HTML_CHART_POINTS, (s) => s[metric], { keep_lows: true });
    return { label, points: kept.map((s) => [s.elapsed_s, s[metric]]) };
}
/** CPU %, RSS MB, threads and processes, read and write MB over the run. */
function runChartsHtml(record) {
    if (record.series.length < 2)
        return '<p class="empty">Too few samples to chart.</p>';
    const s = record.series;
    const x_label = 'elapsed (s)';
    const charts = [
        renderSvgChart({
            title: 'CPU % over time',
            x_label,
            y_label: 'CPU % (100 = one core)',
            lines: [sampleLine(s, 'cpu_percent', 'CPU %')],
        }),
        renderSvgChart({
            title: 'RSS MB over time',
            x_label,
            y_label: 'RSS (MB)',
            lines: [sampleLine(s, 'rss_mb', 'RSS MB')],
        }),
        renderSvgChart({
            title: 'Threads and processes over time',
            x_label,
            y_label: 'count',
            lines: [sampleLine(s, 'threads', 'threads'), sampleLine(s, 'processes', 'processes')],
        }),
        renderSvgChart({
            title: 'Read and write MB over time',
            x_label,
            y_label: 'cumulative MB',
            lines: [sampleLine(s, 'read_mb', 'read MB'), sampleLine(s, 'write_mb', 'write MB')],
        }),
    ];
    return `<div class="charts">\n${charts.join('\n')}\n</div>`;
}
const HISTORY_CHARTS = [
    { metric: 'duration_s', title: 'duration_s over runs', y_label: 'duration (s)' },
    { metric: 'cpu_time_s', title: 'cpu_time_s over runs', y_label: 'CPU time (s)' },
    { metric: 'peak_rss_mb', title: 'peak_rss_mb over runs', y_label: 'peak RSS (MB)' },
];
/**
 * The series' history oldest to newest with this run last, each metric against the run number; the
 * baseline centre is drawn dashed where there is one.
 */
function historyChartsHtml(record, history) {
    const runs = history
        .filter((h) => h.run_id !== record.run_id)
        .slice()
        .sort((a, b) => (a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : 0));
    runs.push(record);
    const charts = HISTORY_CHARTS.map(({ metric, title, y_label }) => {
        const lines = [
            {
                label: metric,
                points: runs.flatMap((run, i) => {
                    const value = run[metric];
                    return value === null ? [] : [[i + 1, value]];
                }),
                markers: true,
            },
        ];
        const base = record.baseline[metric];
        if (base !== undefined) {
            lines.push({
                label: 'baseline',
                points: [
                    [1, base.value],
                    [runs.length, base.value],
                ],
                color: '#6b7280',
                dashed: true,
            });
        }
        return renderSvgChart({
            title,
            x_label: `run (oldest → newest; ${runs.length} is this run)`,
            y_label,
            lines,
            integer_x: true,
        });
    });
    return `<div class="charts">\n${charts.join('\n')}\n</div>`;
}

// EXTERNAL MODULE: ./src/engine/analysis/multivariate.ts + 2 modules
var multivariate = __webpack_require__(37);
;// CONCATENATED MODULE: ./src/engine/report/html-multivariate.ts
/**
 * The HTML report's table of runs whose combination of metrics is unusual (../analysis/multivariate.ts), over
 * the series' history with this run last. Shown only when the history is long enough to judge.
 */



/** The runs of `history` oldest first with `record` last (the order the history charts use). */
function runsOldestFirst(record, history) {
    const runs = history
        .filter((h) => h.run_id !== record.run_id)
        .slice()
        .sort((a, b) => (a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : 0));
    runs.push(record);
    return runs;
}
/** The section's body, or null when the history is too short (or too constant) to judge combinations. */
function multivariateHtml(record, history) {
    const runs = runsOldestFirst(record, history);
    const result = (0,multivariate/* multivariateOutliers */.Ls)(runs);
    if (result.status !== 'ok')
        return null;
    const rate = `${(0,metrics/* formatNumber */.ZV)(result.false_positive_rate * 100)}%`;
    const intro = `<p>Robust Mahalanobis distance over ${escapeHtml(result.metrics.join(', '))} of ${runs.length} runs; a run is flagged when its squared distance exceeds ${escapeHtml((0,metrics/* formatNumber */.ZV)(result.threshold_sq))} (at most ${escapeHtml(rate)} of normal runs would be).</p>`;
    if (result.outliers.length === 0)
        return `${intro}\n<p class="empty">No run's combination of metrics is unusual.</p>`;
    const rows = result.outliers.map((o) => {
        const run = runs[o.index];
        const top = [...o.contributions]
            .sort((a, b) => b.share - a.share)
            .slice(0, 3)
            .map((c) => `${c.metric} (z ${c.z >= 0 ? '+' : ''}${(0,metrics/* formatNumber */.ZV)(c.z)})`)
            .join(', ');
        const label = run.run_id === record.run_id ? `${run.run_id} (this run)` : run.run_id;
        return `<tr><td><code>${escapeHtml(label)}</code></td><td>${escapeHtml(run.started_at)}</td><td class="num">${escapeHtml((0,metrics/* formatNumber */.ZV)(o.distance_sq))}</td><td class="num">${escapeHtml(o.p_value.toExponential(1))}</td><td>${escapeHtml(top)}</td></tr>`;
    });
    return [
        intro,
        '<table class="multivariate">',
        '<thead><tr><th>run</th><th>started</th><th>distance²</th><th>p-value</th><th>unusual together</th></tr></thead>',
        '<tbody>',
        ...rows,
        '</tbody>',
        '</table>',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/report/html-profile.ts



const html_profile_code = (text) => `<code>${escapeHtml(text)}</code>`;
const num = (text) => `<td class="num">${escapeHtml(text)}</td>`;
/** The section's body (headings at `tag`), or null for a run that was not profiled. */
function profileHtml(record, tag) {
    const profile = record.profile;
    if (!profile)
        return null;
    if (profile.error !== undefined)
        return `<p class="empty">No profile for this run: ${escapeHtml(profile.error)}</p>`;
    const parts = [];
    const diff = shownProfileDiff(record);
    if (diff) {
        parts.push(`<${tag}>${escapeHtml(PROFILE_DIFF_TITLE)}</${tag}>`, `<p>Own time (time in the function's body) against the profile of baseline run ${html_profile_code(diff.baseline_run_id)}.</p>`, table(['function', 'baseline', 'this run', 'growth', 'change'], diff.grown.map((g) => {
            const { growth, change } = formatGrowth(g);
            return `<tr class="verdict-regressed"><td>${html_profile_code(shortFunction(g.function))}</td>${num(formatSeconds(g.baseline_own_s))}${num(formatSeconds(g.current_own_s))}${num(growth)}${num(change)}</tr>`;
        }), 'profile-diff'));
    }
    parts.push(`<${tag}>Top functions by own time</${tag}>`, table(['function', 'own time', 'cumulative', 'calls'], profile.top_own
        .slice(0, PROFILE_TOP_ROWS)
        .map((e) => `<tr><td>${html_profile_code(shortFunction(e.function))}</td>${num(formatSeconds(e.own_s))}${num(formatSeconds(e.cumulative_s))}${num((0,metrics/* formatNumber */.ZV)(e.calls))}</tr>`), 'profile-top'), `<p>${escapeHtml(`${formatSeconds(profile.total_s)} profiled.`)} Files: ${html_profile_code(profile.pstats_path)} (pstats), ${html_profile_code(profile.speedscope_path)} (open in speedscope).${profile.overhead_note ? ` ${escapeHtml(`Note: ${profile.overhead_note}.`)}` : ''}</p>`);
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/engine/report/html.ts





const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #111827; background: #f9fafb; }
main { max-width: 1360px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 12px; }
h2 { font-size: 1.25rem; margin: 28px 0 10px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
.duration { font-weight: 400; color: #4b5563; }
.status-passed { color: #166534; } .status-failed, .status-gate_failed { color: #991b1b; } .status-timeout { color: #92400e; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dt { color: #6b7280; } dd { margin: 0; }
table { border-collapse: collapse; background: #fff; margin: 4px 0; }
th, td { border: 1px solid #e5e7eb; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.92em; }
tr.gate-failed, tr.verdict-regressed { background: #fef2f2; }
tr.gate-insufficient_history { color: #6b7280; }
tr.verdict-improved { background: #f0fdf4; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
svg.chart { background: #fff; border: 1px solid #e5e7eb; max-width: 100%; height: auto; font-family: inherit; }
svg.chart text { fill: #374151; }
.empty { color: #6b7280; font-style: italic; }
`;
function page(title, body) {
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${escapeHtml(title)}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        '<main>',
        ...body,
        '</main>',
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
/** The body of one run: facts, tables and charts; headings start at `level`. */
function runSections(record, history, level) {
    const h = `h${level + 1}`;
    const sections = [
        headingHtml(record, `h${level}`),
        factsHtml(record),
        `<${h}>Metrics</${h}>`,
        metricsTableHtml(record),
        `<${h}>Gates</${h}>`,
        gatesTableHtml(record),
        `<${h}>Alerts</${h}>`,
        alertsTableHtml(record),
        `<${h}>Charts</${h}>`,
        runChartsHtml(record),
    ];
    const profile = profileHtml(record, `h${level + 2}`);
    if (profile !== null)
        sections.push(`<${h}>Profile</${h}>`, profile);
    if (history !== undefined && history.length > 0) {
        sections.push(`<${h}>History</${h}>`, historyChartsHtml(record, history));
        const combinations = multivariateHtml(record, history);
        if (combinations !== null)
            sections.push(`<${h}>Unusual combinations of metrics</${h}>`, combinations);
    }
    return sections;
}
function renderHtml(record, options = {}) {
    return page(`pyrun: ${record.name} — ${humanize(record.status)}`, runSections(record, options.history, 1));
}
/** Several series on one page: a summary table, then one section per series. */
function renderHtmlMulti(records, options = {}) {
    const worst = worstStatus(records);
    const rows = records.map((r, i) => `<tr class="status-${r.status}"><td>${STATUS_EMOJI[r.status]}</td><td><a href="#series-${i + 1}">${escapeHtml(r.name)}</a></td><td>${escapeHtml(humanize(r.status))}</td><td class="num">${escapeHtml(formatDuration(r.duration_s))}</td><td class="num">${escapeHtml((0,metrics/* formatMetricValue */.dd)('cpu_time_s', r.cpu_time_s))}</td><td class="num">${escapeHtml((0,metrics/* formatMetricValue */.dd)('peak_rss_mb', r.peak_rss_mb))}</td><td class="num">${r.gates.filter((g) => g.status === 'failed').length} / ${r.gates.length}</td></tr>`);
    const body = [
        `<h1 class="status-${worst}">${STATUS_EMOJI[worst]} pyrun: ${records.length} series</h1>`,
        '<table class="summary">',
        '<thead><tr><th></th><th>series</th><th>status</th><th>duration</th><th>CPU time</th><th>peak RSS</th><th>failed gates</th></tr></thead>',
        '<tbody>',
        ...rows,
        '</tbody>',
        '</table>',
    ];
    records.forEach((record, i) => {
        body.push(`<section id="series-${i + 1}">`);
        body.push(...runSections(record, options.histories?.get(record.name), 2));
        body.push('</section>');
    });
    return page(`pyrun: ${records.length} series — ${humanize(worst)}`, body);
}

;// CONCATENATED MODULE: ./src/engine/report/index.ts
/**
 * Reports of one run, each a pure function of the run record: JSON, JUnit XML, TAP 14, markdown (job
 * summary, PR comment, several series) and self-contained HTML.
 */










/***/ })

};
