export const id = 330;
export const ids = [330,584,460];
export const modules = {

/***/ 6330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAbMarkdown: () => (/* binding */ renderAbMarkdown)
/* harmony export */ });
/* harmony import */ var _ab_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9147);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8460);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4230);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(766);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8584);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9010);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8495);
/**
 * The A/B result as GitHub-flavoured markdown (job summary, PR comment): a headline, one table row per metric
 * (A, B, the ratio with its interval, p, verdict), the gates, and a chart of the interleaved runs' durations
 * (pair by pair, A and B as two lines in colours that read on a light background).
 */






const STATUS_LINE = {
    passed: '✅ B held every gate',
    gate_failed: '❌ B regressed beyond its gate',
    failed: '💥 a run failed',
    timeout: '⏱️ a run timed out',
    interrupted: '⏹️ interrupted',
};
const VERDICT = {
    regressed: '🔴 regressed',
    improved: '🟢 improved',
    no_difference: '⚪ no difference',
};
/** Blue for A, red for B: the default xychart palette is too pale on GitHub's light theme. */
const CHART_INIT = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb, #d1242f"}}}}%%';
function renderAbMarkdown(record, opts = {}) {
    const h = opts.heading ?? '##';
    const lines = [
        `${h} ${STATUS_LINE[record.status]} — A/B ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(record.name)}`,
        '',
        `**A** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(record.a.label)} · **B** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(record.b.label)} · ` +
            `${record.order.length} interleaved pairs (AB BA …), ${record.warmup} warm-up each` +
            (record.python_version ? ` · Python ${record.python_version}` : ''),
        '',
    ];
    const entries = Object.entries(record.metrics);
    if (entries.length > 0) {
        lines.push('| metric | A (mean ± σ) | B (mean ± σ) | B/A [interval] | p | verdict |', '|---|---:|---:|---|---:|---|', ...entries.map(([metric, r]) => `| \`${metric}\` | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .formatStats */ .zF)(metric, r.a)} | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .formatStats */ .zF)(metric, r.b)} | ` +
            `${r.ratio.toFixed(2)} [${r.ratio_low.toFixed(2)}, ${r.ratio_high.toFixed(2)}] | ` +
            `${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .formatP */ .MA)(r.p_value).replace(/^p = /, '')} | ${VERDICT[r.verdict]}${r.over_max_regression ? ' ❗' : ''} |`), '');
        const confidence = Math.min(...entries.map(([, r]) => r.confidence));
        const summary = entries
            .filter(([, r]) => r.verdict !== 'no_difference')
            .map(([metric, r]) => `${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(metric)}: ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRatio */ .Pe)(metric, r)}`);
        if (summary.length > 0)
            lines.push(...summary.map((s) => `- ${s}`), '');
        lines.push(`<sub>Intervals: Hodges–Lehmann on the pairs' log ratios, ≥${(confidence * 100).toFixed(1)}% confidence; ` +
            `p: two-sided Wilcoxon signed-rank test.${record.max_regression_pct !== null ? ` ❗ over --max-regression ${record.max_regression_pct}%.` : ''}</sub>`, '');
    }
    if (record.gates.length > 0) {
        lines.push(`${h}# Gates`, '', '| | gate | B | limit |', '|---|---|---:|---:|', ...record.gates.map((g) => `| ${_format_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_EMOJI */ .vY[g.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(g.expr)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(g.actual)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(g.limit)} |`), '');
    }
    if (record.failure) {
        const f = record.failure;
        lines.push(`${f.side}'s ${f.pair === 0 ? 'warm-up run' : `run in pair ${f.pair}`} ended ${f.status}` +
            (f.signal ? ` (${f.signal})` : f.exit_code !== null ? ` (exit ${f.exit_code})` : '') +
            ': no comparison was made.', '');
    }
    lines.push(...runsChart(record, h));
    if (record.warnings.length > 0)
        lines.push('', ...record.warnings.map((w) => `> ⚠️ ${w}`));
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .cutToFit */ .XL)(`${lines.join('\n').trimEnd()}\n`, opts.max_chars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_5__.MAX_COMMENT_CHARS, '(A/B report cut to fit)');
}
/** duration_s of every measured run, pair by pair: A and B as two lines. */
function runsChart(record, h) {
    const pairs = record.order.length;
    const side = (s) => Array.from({ length: pairs }, (_, i) => record.runs.find((r) => r.pair === i + 1 && r.side === s)?.duration_s);
    const a = side('A');
    const b = side('B');
    const values = [...a, ...b].filter((v) => v !== undefined && Number.isFinite(v));
    if (pairs < 2 || values.length < 4)
        return [];
    const scale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_6__/* .niceTicks */ .a)(Math.min(...values), Math.max(...values));
    const line = (xs) => `[${xs.map((v) => (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(v === undefined ? 0 : Math.round(v * 1000) / 1000)).join(', ')}]`;
    return [
        `${h}# Interleaved runs`,
        '',
        '```mermaid',
        CHART_INIT,
        'xychart-beta',
        '  title "duration_s per pair (blue: A, red: B)"',
        `  x-axis "pair" [${Array.from({ length: pairs }, (_, i) => `"${i + 1}${record.order[i] === 'BA' ? '′' : ''}"`).join(', ')}]`,
        `  y-axis "duration (s)" ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(scale.min)} --> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(scale.max)}`,
        `  line ${line(a)}`,
        `  line ${line(b)}`,
        '```',
        '',
        '<sub>′: B ran first in that pair.</sub>',
    ];
}


/***/ }),

/***/ 8460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XL: () => (/* binding */ cutToFit),
/* harmony export */   mz: () => (/* binding */ byteSize),
/* harmony export */   zV: () => (/* binding */ fitRows)
/* harmony export */ });
/* unused harmony export truncateToBytes */
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


/***/ }),

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   Fr: () => (/* binding */ scriptSucceeded),
/* harmony export */   I3: () => (/* binding */ humanize),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   N: () => (/* binding */ junitTimestamp),
/* harmony export */   SG: () => (/* binding */ regressionOutcome),
/* harmony export */   T$: () => (/* binding */ gatesFailingFirst),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bl: () => (/* binding */ scriptTestName),
/* harmony export */   cu: () => (/* binding */ STATUS_EMOJI),
/* harmony export */   fE: () => (/* binding */ shownMetrics),
/* harmony export */   gp: () => (/* binding */ countGates),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL),
/* harmony export */   jP: () => (/* binding */ REGRESSION_TEST_NAME),
/* harmony export */   jj: () => (/* binding */ formatChangePct),
/* harmony export */   kz: () => (/* binding */ regressedMetrics),
/* harmony export */   l7: () => (/* binding */ describeGate),
/* harmony export */   r$: () => (/* binding */ describeScriptOutcome),
/* harmony export */   td: () => (/* binding */ formatPValue),
/* harmony export */   vY: () => (/* binding */ GATE_EMOJI)
/* harmony export */ });
/* unused harmony exports METRIC_UNIT, REPORT_METRICS, gateMetric, judgedMetrics */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/**
 * Formatting shared by every report: numbers, units, durations, statuses and the script's outcome.
 * Everything here is deterministic (no locale, no clock) so golden files stay byte-identical.
 */


/** Numbers, units and metric values come from the metric table. */

/** The unit shown after a run metric's value (empty for plain counts). */
const METRIC_UNIT = Object.fromEntries(_types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.map((metric) => [metric, (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricUnit */ .n2)(metric)]));
/** The run metrics in the order every report lists them. */
const REPORT_METRICS = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm;
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
        return `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(seconds)} s`;
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
    const text = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
    if (text === '0')
        return '0%';
    return change_pct > 0 ? `+${text}%` : `${text}%`;
}
const STATUS_EMOJI = {
    passed: '✅',
    regressed: '🔺',
    failed: '❌',
    gate_failed: '❌',
    timeout: '⏱️',
};
/** Worse statuses rank higher; a combined report takes the worst. */
const STATUS_RANK = {
    passed: 0,
    regressed: 1,
    gate_failed: 2,
    failed: 3,
    timeout: 4,
};
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
/** Did the script itself succeed (whatever the gates and verdicts said)? */
function scriptSucceeded(record) {
    return record.status === 'passed' || record.status === 'gate_failed' || record.status === 'regressed';
}
/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count under `--retries`.
 * `quote` wraps the one string from outside (the signal's name) for the format at hand (markdown: a code span).
 */
function describeScriptOutcome(record, quote = (text) => text) {
    let text;
    if (record.status === 'timeout') {
        text = `timed out after ${formatDuration(record.duration_s)}; the process tree was killed`;
    }
    else if (record.signal !== null) {
        text = `killed by signal ${quote(record.signal)}`;
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
/** The metric a gate's rule compares first (`peak_rss_mb < 512` → `peak_rss_mb`), for its unit. */
function gateMetric(gate) {
    return /^\s*\(*\s*([a-z_][a-z0-9_]*)/.exec(gate.expr)?.[1] ?? '';
}
/**
 * `actual 612.4 MB, limit 512 MB` — the measured value against the evaluated limit, in the metric's unit. A gate on
 * a metric this run has no value for (null: rusage where the executor cannot report it) fails, and says so.
 */
function describeGate(gate) {
    const metric = gateMetric(gate);
    const actual = gate.actual === null && gate.status === 'failed'
        ? 'n/a (no value on this run)'
        : (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, gate.actual);
    return `actual ${actual}, limit ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, gate.limit)}`;
}
/** A p-value for people: `< 0.001` below a thousandth, else two significant digits (`0.012`, `0.43`). */
function formatPValue(p) {
    if (p === null || p === undefined || !Number.isFinite(p))
        return 'n/a';
    if (p < 0.001)
        return '< 0.001';
    if (p >= 1)
        return '1';
    return String(Number(p.toPrecision(2)));
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


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ mdCode)
/* harmony export */ });
/**
 * The one way a string from outside (a series name, a script path, a rule, a git ref, an imported record's `os`,
 * `arch`, `python_version`, signal or channel) enters markdown: as an inline code span. Inside a code span
 * GitHub renders no heading, emphasis, link, image, raw HTML, autolink, `@mention` or `#123` reference, so the
 * text shows exactly as written and can notify nobody. Line breaks are flattened (a code span cannot hold one
 * and a table row must not end), pipes are escaped (GFM reads `\|` as a literal pipe even inside code in a table
 * cell), and the fence grows past any run of backticks inside.
 */
function mdCode(text) {
    const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A span that starts or ends with a backtick, or is blank, needs a space inside each fence.
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_COMMENT_CHARS: () => (/* binding */ MAX_COMMENT_CHARS),
  MAX_SUMMARY_CHARS: () => (/* binding */ MAX_SUMMARY_CHARS),
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/engine/report/budget.ts
var report_budget = __webpack_require__(8460);
// EXTERNAL MODULE: ./src/engine/report/format.ts
var format = __webpack_require__(4230);
// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9010);
;// CONCATENATED MODULE: ./src/engine/report/markdown-parts.ts



/** `## ✅ passed — `name` in 12.3 s` and a line or two of context. */
function headerLines(record, heading = '##') {
    const gates = (0,format/* countGates */.gp)(record.gates);
    const facts = [`script ${(0,markdown_escape/* mdCode */.x)(record.script)} ${(0,format/* describeScriptOutcome */.r$)(record, markdown_escape/* mdCode */.x)}`];
    if (record.gates.length > 0) {
        facts.push(gates.failed > 0
            ? `${gates.failed} of ${record.gates.length} gates failed`
            : `${record.gates.length} gates passed`);
    }
    const regressed = (0,format/* regressedMetrics */.kz)(record);
    if (regressed.length > 0)
        facts.push(`${regressed.length} metrics regressed`);
    if (record.alerts.length > 0)
        facts.push(`${record.alerts.length} alerts fired`);
    if (record.repeats !== undefined)
        facts.push(`median of ${record.repeats.length} measured runs`);
    // Every field here may come from an imported record: each is a code span (see markdown-escape.ts).
    const where = [
        (0,markdown_escape/* mdCode */.x)(`${record.os}/${record.arch}`),
        `Python ${(0,markdown_escape/* mdCode */.x)(record.python_version)}`,
        (0,markdown_escape/* mdCode */.x)(record.executor),
    ];
    if (record.git_ref !== null || record.git_sha !== null) {
        const ref = [record.git_ref, record.git_sha?.slice(0, 7)].filter((p) => Boolean(p));
        where.push(ref.map(markdown_escape/* mdCode */.x).join(' @ '));
    }
    where.push(`run ${(0,markdown_escape/* mdCode */.x)(record.run_id)}`, `started ${(0,markdown_escape/* mdCode */.x)(record.started_at)}`);
    where.push(`${record.samples} samples every ${(0,metric_format/* formatNumber */.ZV)(record.interval_s)} s`);
    return [
        `${heading} ${format/* STATUS_EMOJI */.cu[record.status]} ${(0,format/* humanize */.I3)(record.status)} — ${(0,markdown_escape/* mdCode */.x)(record.name)} in ${(0,format/* formatDuration */.a3)(record.duration_s)}`,
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
    for (const metric of (0,format/* shownMetrics */.fE)(record)) {
        const base = record.baseline[metric];
        const verdict = record.verdicts[metric];
        const baseText = base === undefined
            ? '—'
            : `${(0,metric_format/* formatMetricValue */.dd)(metric, base.value)} ± ${(0,metric_format/* formatMetricValue */.dd)(metric, base.spread)} (${base.runs} runs)`;
        lines.push(`| ${(0,markdown_escape/* mdCode */.x)(metric)} | ${(0,metric_format/* formatMetricValue */.dd)(metric, record[metric])} | ${baseText} | ${verdict === undefined ? '—' : (0,format/* formatChangePct */.jj)(verdict.change_pct)} | ${verdict === undefined ? '—' : format/* VERDICT_LABEL */.j[verdict.verdict]} |`);
    }
    return lines;
}
function gatesHeadLines(heading = '###') {
    return [`${heading} Gates`, '', '| | gate | actual | limit | status |', '|:-:|:--|--:|--:|:--|'];
}
function gateRow(gate) {
    return `| ${format/* GATE_EMOJI */.vY[gate.status]} | ${(0,markdown_escape/* mdCode */.x)(gate.expr)} | ${(0,metric_format/* formatNumber */.ZV)(gate.actual)} | ${(0,metric_format/* formatNumber */.ZV)(gate.limit)} | ${(0,format/* humanize */.I3)(gate.status)} |`;
}
function alertsHeadLines(heading = '###') {
    return [`${heading} Alerts`, ''];
}
function alertRow(alert) {
    const value = alert.value === null ? '' : ` (value ${(0,metric_format/* formatNumber */.ZV)(alert.value)})`;
    const channels = alert.channels.length > 0 ? ` → ${alert.channels.map(markdown_escape/* mdCode */.x).join(', ')}` : '';
    return `- 🔔 ${(0,markdown_escape/* mdCode */.x)(alert.rule)} at ${(0,format/* formatDuration */.a3)(alert.at_s)}${value}${channels}`;
}

// EXTERNAL MODULE: ./src/engine/report/scale.ts
var report_scale = __webpack_require__(8495);
;// CONCATENATED MODULE: ./src/engine/report/markdown-chart.ts


/** Points per mermaid line: enough for the shape, small enough for a comment. */
const MAX_CHART_POINTS = 60;
/** The most x-axis labels a chart may show (mermaid's numeric axis draws about ten). */
const MAX_AXIS_LABELS = 20;
/**
 * Colours that read on GitHub's white (#ffffff) and dark (#0d1117) backgrounds alike: text and axes in a
 * neutral grey with a contrast of at least 4:1 on both, lines in saturated mid-tones.
 */
const MERMAID_CHART_THEME = {
    backgroundColor: 'transparent',
    titleColor: '#768390',
    xAxisLabelColor: '#768390',
    xAxisTitleColor: '#768390',
    xAxisTickColor: '#768390',
    xAxisLineColor: '#768390',
    yAxisLabelColor: '#768390',
    yAxisTitleColor: '#768390',
    yAxisTickColor: '#768390',
    yAxisLineColor: '#768390',
    plotColorPalette: '#3b82f6, #f97316, #22c55e, #e5484d, #a855f7',
};
/** The directive line that opens every chart block. */
function mermaidInitDirective() {
    return `%%{init: ${JSON.stringify({ theme: 'base', themeVariables: { xyChart: MERMAID_CHART_THEME } })}}%%`;
}
/** A quoted mermaid string: mermaid has no escape for `"`, so it is replaced. */
function mermaidText(text) {
    return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}
/**
 * The samples on an even grid of at most `max_points` times from the first sample to the last: each sample goes
 * to its nearest grid point, which keeps the highest; a grid point no sample reached carries the one before it.
 * Null when fewer than two finite samples span a positive time.
 */
function evenTimeGrid(series, value, max_points = MAX_CHART_POINTS) {
    const finite = series.filter((s) => Number.isFinite(s.elapsed_s) && Number.isFinite(value(s)));
    if (finite.length < 2)
        return null;
    const from_s = Math.min(...finite.map((s) => s.elapsed_s));
    const to_s = Math.max(...finite.map((s) => s.elapsed_s));
    if (!(to_s > from_s))
        return null;
    const n = Math.max(2, Math.min(Math.floor(max_points), finite.length));
    const grid = new Array(n).fill(null);
    for (const s of finite) {
        const i = Math.min(n - 1, Math.max(0, Math.round(((s.elapsed_s - from_s) / (to_s - from_s)) * (n - 1))));
        const v = value(s);
        const held = grid[i];
        grid[i] = held === null || held === undefined ? v : Math.max(held, v);
    }
    const values = [];
    for (const v of grid)
        values.push(v ?? values.at(-1) ?? 0);
    return { from_s, to_s, values };
}
/** One mermaid `xychart-beta` line chart of a sample metric over elapsed time, peaks kept; [] when too short. */
function mermaidChart(series, metric, title, axis) {
    const even = evenTimeGrid(series, (s) => s[metric]);
    if (even === null)
        return [];
    const values = even.values.map((v) => Math.round(v * 10) / 10);
    const scale = (0,report_scale/* niceTicks */.a)(Math.min(0, ...values), Math.max(...values));
    return [
        '```mermaid',
        mermaidInitDirective(),
        'xychart-beta',
        `  title ${mermaidText(title)}`,
        `  x-axis "elapsed (s)" ${(0,metric_format/* formatNumber */.ZV)(even.from_s)} --> ${(0,metric_format/* formatNumber */.ZV)(even.to_s)}`,
        `  y-axis ${mermaidText(axis)} ${(0,metric_format/* formatNumber */.ZV)(scale.min)} --> ${(0,metric_format/* formatNumber */.ZV)(scale.max)}`,
        `  line [${values.map((v) => (0,metric_format/* formatNumber */.ZV)(v)).join(', ')}]`,
        '```',
    ];
}
/** RSS and CPU over the run; nothing when fewer than two samples were kept. */
function chartLines(series, heading = '###') {
    const rss = mermaidChart(series, 'rss_mb', 'RSS (MB) over time', 'RSS (MB)');
    const cpu = mermaidChart(series, 'cpu_percent', 'CPU (%) over time', 'CPU (%, 100 = one core)');
    if (rss.length === 0 && cpu.length === 0)
        return [];
    return [`${heading} Charts`, '', ...rss, ...(rss.length > 0 && cpu.length > 0 ? [''] : []), ...cpu];
}

// EXTERNAL MODULE: ./src/engine/report/profile-format.ts
var profile_format = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/report/markdown-profile.ts



/** "Functions whose time grew most": only when the run regressed and a baseline profile was compared. */
function profileDiffLines(record, heading = '###') {
    const diff = (0,profile_format/* shownProfileDiff */.u_)(record);
    if (!diff)
        return [];
    const rows = diff.grown.map((g) => {
        const { growth, change } = (0,profile_format/* formatGrowth */.T9)(g);
        return `| ${(0,markdown_escape/* mdCode */.x)((0,profile_format/* shortFunction */.zR)(g.function))} | ${(0,profile_format/* formatSeconds */.Xo)(g.baseline_own_s)} | ${(0,profile_format/* formatSeconds */.Xo)(g.current_own_s)} | ${growth} | ${change} |`;
    });
    return [
        `${heading} ${profile_format/* PROFILE_DIFF_TITLE */.XB}`,
        '',
        `Own time (time in the function's body) against the profile of baseline run ${(0,markdown_escape/* mdCode */.x)(diff.baseline_run_id)}.`,
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
        return [`_No profile for this run:_ ${(0,markdown_escape/* mdCode */.x)(profile.error)}`];
    const rows = profile.top_own
        .slice(0, profile_format/* PROFILE_TOP_ROWS */.oO)
        .map((e) => `| ${(0,markdown_escape/* mdCode */.x)((0,profile_format/* shortFunction */.zR)(e.function))} | ${(0,profile_format/* formatSeconds */.Xo)(e.own_s)} | ${(0,profile_format/* formatSeconds */.Xo)(e.cumulative_s)} | ${(0,metric_format/* formatNumber */.ZV)(e.calls)} |`);
    return [
        '<details>',
        `<summary>${profile_format/* PROFILE_TOP_TITLE */.T0} (cProfile, top ${rows.length} functions by own time of ${(0,profile_format/* formatSeconds */.Xo)(profile.total_s)})</summary>`,
        '',
        '| function | own time | cumulative | calls |',
        '|:--|--:|--:|--:|',
        ...rows,
        '',
        `Files: ${(0,markdown_escape/* mdCode */.x)(profile.pstats_path)} (pstats), ${(0,markdown_escape/* mdCode */.x)(profile.speedscope_path)} (speedscope).${profile.overhead_note ? ` Note: ${(0,markdown_escape/* mdCode */.x)(profile.overhead_note)}.` : ''}`,
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
    const gateRows = (0,format/* gatesFailingFirst */.T$)(record.gates).map(gateRow);
    const gates = gateRows.length > 0 ? [...gatesHeadLines(), ...gateRows] : [];
    const alertRows = record.alerts.map(alertRow);
    const alerts = alertRows.length > 0 ? [...alertsHeadLines(), ...alertRows] : [];
    // The profile diff says where a regression came from: it stays as long as the metrics do.
    const grown = profileDiffLines(record);
    const profileTop = profileTopLines(record);
    const full = assemble([header, metrics, grown, gates, alerts, profileTop, chartLines(record.series)]);
    if ((0,report_budget/* byteSize */.mz)(full) <= max_bytes)
        return full;
    const left = [record.series.length >= 2 ? 'charts' : '', profileTop.length > 0 ? 'the profile' : '']
        .filter(Boolean)
        .join(' and ');
    const chartsNote = left
        ? [`_${left[0].toUpperCase()}${left.slice(1)} left out to fit the size limit._`]
        : [];
    const withoutCharts = assemble([header, metrics, grown, gates, alerts, chartsNote]);
    if ((0,report_budget/* byteSize */.mz)(withoutCharts) <= max_bytes)
        return withoutCharts;
    let budget = max_bytes - (0,report_budget/* byteSize */.mz)(assemble([header, metrics, grown, chartsNote]));
    const alertsNote = (n) => `… ${n} more alerts not shown (${hint})`;
    // Gates come first, but leave room for at least the note that alerts were left out.
    const alertsReserve = alertRows.length > 0 ? (0,report_budget/* byteSize */.mz)(alertsNote(alertRows.length)) + 2 : 0;
    let gateBlock = [];
    if (gateRows.length > 0) {
        const gateNote = (n) => `… ${n} more gates not shown (${hint})`;
        const fitted = (0,report_budget/* fitRows */.zV)(gatesHeadLines(), gateRows, budget - alertsReserve, gateNote);
        gateBlock = fitted.lines;
        budget -= fitted.bytes;
    }
    let alertBlock = [];
    if (alertRows.length > 0)
        alertBlock = (0,report_budget/* fitRows */.zV)(alertsHeadLines(), alertRows, budget, alertsNote).lines;
    // Even the header and metrics may not fit a tiny budget: then the text is cut.
    return (0,report_budget/* cutToFit */.XL)(assemble([header, metrics, grown, gateBlock, alertBlock, chartsNote]), max_bytes, hint);
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ PROFILE_TOP_TITLE),
/* harmony export */   T9: () => (/* binding */ formatGrowth),
/* harmony export */   XB: () => (/* binding */ PROFILE_DIFF_TITLE),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   oO: () => (/* binding */ PROFILE_TOP_ROWS),
/* harmony export */   u_: () => (/* binding */ shownProfileDiff),
/* harmony export */   zR: () => (/* binding */ shortFunction)
/* harmony export */ });
/* unused harmony export MAX_FUNCTION_CHARS */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4230);

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
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value)} s`;
}
function formatGrowth(g) {
    return {
        growth: `+${formatSeconds(g.growth_s)}`,
        change: g.growth_pct === null ? 'new in top' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(g.growth_pct),
    };
}
/** The profile diff to show: only for a run that regressed, and only when something grew. */
function shownProfileDiff(record) {
    const diff = record.profile_diff;
    if (!diff || diff.grown.length === 0)
        return null;
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedMetrics */ .kz)(record).length > 0 ? diff : null;
}
const PROFILE_DIFF_TITLE = 'Functions whose time grew most';
const PROFILE_TOP_TITLE = 'Where the time went';


/***/ }),

/***/ 8495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ niceTicks)
/* harmony export */ });
/* unused harmony export niceStep */
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


/***/ })

};
