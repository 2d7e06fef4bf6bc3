"use strict";
exports.id = 330;
exports.ids = [330];
exports.modules = {

/***/ 6330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAbMarkdown: () => (/* binding */ renderAbMarkdown)
/* harmony export */ });
/* harmony import */ var _ab_describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9147);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8460);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4230);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(766);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1210);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9010);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8495);
/* harmony import */ var _markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2305);
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
    changed: '🔷 changed (not judged)',
};
/**
 * Blue for A, red for B (the default xychart palette is too pale on GitHub's light theme), on the run charts' base
 * theme: a transparent background and axis text that read in GitHub's dark theme too (the default theme's chart
 * keeps a light grey box there).
 */
const CHART_INIT = `%%{init: ${JSON.stringify({
    theme: 'base',
    themeVariables: { xyChart: { ..._markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .MERMAID_CHART_THEME */ .t, plotColorPalette: '#3b82f6, #e5484d' } },
})}}%%`;
function renderAbMarkdown(record, opts = {}) {
    const h = opts.heading ?? '##';
    const lines = [
        `${h} ${STATUS_LINE[record.status]} — A/B ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.name)}`,
        '',
        `**A** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.a.label)} · **B** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.b.label)} · ` +
            `${record.order.length} interleaved pairs (AB BA …), ${record.warmup} warm-up each` +
            (record.python_version ? ` · Python ${record.python_version}` : ''),
        '',
    ];
    const entries = Object.entries(record.metrics);
    if (entries.length > 0) {
        lines.push('| metric | A (mean ± σ) | B (mean ± σ) | B/A [interval] | p | verdict |', '|---|---:|---:|---|---:|---|', ...entries.map(([metric, r]) => `| \`${metric}\` | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatStats */ .zF)(metric, r.a)} | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatStats */ .zF)(metric, r.b)} | ` +
            `${r.ratio.toFixed(2)} [${r.ratio_low.toFixed(2)}, ${r.ratio_high.toFixed(2)}] | ` +
            `${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatP */ .MA)(r.p_value).replace(/^p = /, '')} | ${VERDICT[r.verdict]}${r.over_max_regression ? ' ❗' : ''} |`), '');
        const confidence = Math.min(...entries.map(([, r]) => r.confidence));
        const summary = entries
            .filter(([, r]) => r.verdict !== 'no_difference')
            .map(([metric, r]) => `${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(metric)}: ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRatio */ .Pe)(metric, r)}`);
        if (summary.length > 0)
            lines.push(...summary.map((s) => `- ${s}`), '');
        lines.push(`<sub>Intervals: Hodges–Lehmann on the pairs' log ratios, ≥${(confidence * 100).toFixed(1)}% confidence; ` +
            `p: two-sided Wilcoxon signed-rank test.${record.max_regression_pct !== null ? ` ❗ over --max-regression ${record.max_regression_pct}%.` : ''}</sub>`, '');
    }
    if (record.gates.length > 0) {
        lines.push(`${h}# Gates`, '', '| | gate | B | limit |', '|---|---|---:|---:|', ...record.gates.map((g) => `| ${_format_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_EMOJI */ .vY[g.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(g.expr)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(g.actual)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(g.limit)} |`), '');
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
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .cutToFit */ .XL)(`${lines.join('\n').trimEnd()}\n\n`, // a blank line ends it, as every markdown report
    opts.max_chars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_6__.MAX_COMMENT_CHARS, '(A/B report cut to fit)');
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
    const scale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_7__/* .niceTicks */ .a)(Math.min(...values), Math.max(...values));
    const line = (xs) => `[${xs.map((v) => (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(v === undefined ? 0 : Math.round(v * 1000) / 1000)).join(', ')}]`;
    return [
        `${h}# Interleaved runs`,
        '',
        '```mermaid',
        CHART_INIT,
        'xychart-beta',
        '  title "duration_s per pair (blue: A, red: B)"',
        `  x-axis "pair" [${Array.from({ length: pairs }, (_, i) => `"${i + 1}${record.order[i] === 'BA' ? '′' : ''}"`).join(', ')}]`,
        `  y-axis "duration (s)" ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(scale.min)} --> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(scale.max)}`,
        `  line ${line(a)}`,
        `  line ${line(b)}`,
        '```',
        '',
        '<sub>′: B ran first in that pair.</sub>',
    ];
}


/***/ }),

/***/ 4230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ OOM_KILLED),
/* harmony export */   Fr: () => (/* binding */ scriptSucceeded),
/* harmony export */   I3: () => (/* binding */ humanize),
/* harmony export */   Ko: () => (/* binding */ retriesOf),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   N: () => (/* binding */ junitTimestamp),
/* harmony export */   PH: () => (/* binding */ judgedMetrics),
/* harmony export */   Pl: () => (/* binding */ regressedSummary),
/* harmony export */   SG: () => (/* binding */ regressionOutcome),
/* harmony export */   T$: () => (/* binding */ gatesFailingFirst),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bl: () => (/* binding */ scriptTestName),
/* harmony export */   cV: () => (/* binding */ benchmarkSummary),
/* harmony export */   cu: () => (/* binding */ STATUS_EMOJI),
/* harmony export */   fE: () => (/* binding */ shownMetrics),
/* harmony export */   gp: () => (/* binding */ countGates),
/* harmony export */   hH: () => (/* binding */ worstStatus),
/* harmony export */   jP: () => (/* binding */ REGRESSION_TEST_NAME),
/* harmony export */   jj: () => (/* binding */ formatChangePct),
/* harmony export */   kC: () => (/* binding */ gateMetric),
/* harmony export */   kz: () => (/* binding */ regressedMetrics),
/* harmony export */   l7: () => (/* binding */ describeGate),
/* harmony export */   mv: () => (/* binding */ unseenBelow),
/* harmony export */   r$: () => (/* binding */ describeScriptOutcome),
/* harmony export */   s8: () => (/* binding */ verdictCell),
/* harmony export */   td: () => (/* binding */ formatPValue),
/* harmony export */   vY: () => (/* binding */ GATE_EMOJI)
/* harmony export */ });
/* unused harmony exports METRIC_UNIT, REPORT_METRICS, VERDICT_LABEL */
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
    not_judged: '· not judged',
};
/**
 * An `unchanged` verdict whose baseline was too noisy to see a rise of the metric's relative threshold: the
 * smallest rise it would have called (`+38%`); null otherwise.
 */
function unseenBelow(metric, verdict) {
    if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined)
        return null;
    if (verdict.detectable_pct <= _types_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLD_PCT */ ._5[metric] + 0.05)
        return null;
    return formatChangePct(verdict.detectable_pct);
}
/** The verdict in words for a table cell: `⚪ unchanged (sees ≥ +38%)` where the baseline was noisy. */
function verdictCell(metric, verdict) {
    if (verdict === undefined)
        return '—';
    const unseen = unseenBelow(metric, verdict);
    return `${VERDICT_LABEL[verdict.verdict]}${unseen === null ? '' : ` (sees ≥ ${unseen})`}`;
}
/** `insufficient_history` → `insufficient history`. */
function humanize(word) {
    // Only pyrun's own status words are shown: a history from elsewhere may hold any text in a status column, and
    // this word is written unescaped into markdown headings and check-run titles.
    return typeof word === 'string' && /^[a-z][a-z_]{0,40}$/.test(word) ? word.replace(/_/g, ' ') : 'unknown';
}
/** `1 sample`, `2 samples`, `1 retry`, `3 retries`: a count with its noun in the right number. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * Retries of a failed script (`--retries`) the record shows: attempts beyond one per run. `--repeat N` records one
 * attempt per measured run, so N attempts there mean nothing was retried.
 */
function retriesOf(record) {
    return Math.max(0, record.attempts.length - (record.repeats?.length ?? 1));
}
/** Did the script itself succeed (whatever the gates and verdicts said)? */
function scriptSucceeded(record) {
    return record.status === 'passed' || record.status === 'gate_failed' || record.status === 'regressed';
}
/** How a kill by the container's memory limit is told (the OOM killer, not a crash). */
const OOM_KILLED = "killed by the container's memory limit";
/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count when `--retries` retried.
 * `quote` wraps the one string from outside (the signal's name) for the format at hand (markdown: a code span).
 */
function describeScriptOutcome(record, quote = (text) => text) {
    let text;
    if (record.status === 'timeout') {
        text = `timed out after ${formatDuration(record.duration_s)}; the process tree was killed`;
    }
    else if (record.signal !== null) {
        text = record.oom_killed
            ? `${OOM_KILLED} (signal ${quote(record.signal)})`
            : `killed by signal ${quote(record.signal)}`;
    }
    else if (record.exit_code !== null) {
        text = record.exit_code === 0 ? 'exited 0' : `exit code ${record.exit_code}`;
        if (record.oom_killed)
            text += `; a process of its tree was ${OOM_KILLED}`;
    }
    else {
        text = 'ended without an exit code';
    }
    const retries = retriesOf(record);
    if (retries > 0) {
        text +=
            record.repeats === undefined
                ? ` (after ${record.attempts.length} attempts)`
                : ` (${plural(retries, 'retry', 'retries')} over ${plural(record.repeats.length, 'measured run')})`;
    }
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
/** The regressed metrics with their change (`duration_s +31%, cpu_time_s +28%`), or a dash: overviews' column. */
function regressedSummary(record) {
    const regressed = regressedMetrics(record);
    if (regressed.length === 0)
        return '—';
    return regressed.map((m) => `${m} ${formatChangePct(record.verdicts[m]?.change_pct)}`).join(', ');
}
/** Metrics judged `regressed`, in report order. */
function regressedMetrics(record) {
    return REPORT_METRICS.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}
/** Metrics the verdict weighed (not the ones only measured and shown), in report order. */
function judgedMetrics(record) {
    return REPORT_METRICS.filter((m) => {
        const verdict = record.verdicts[m]?.verdict;
        return verdict !== undefined && verdict !== 'not_judged';
    });
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
    return { status: 'passed', message: `${plural(judged.length, 'metric')} within baseline` };
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
/**
 * An ISO 8601 instant reduced to whole seconds, in UTC and saying so (`2025-03-14T09:26:53Z`): without the `Z`,
 * readers take the time as their own local time.
 */
function junitTimestamp(started_at) {
    const date = new Date(started_at);
    if (Number.isNaN(date.getTime()))
        return started_at;
    return `${date.toISOString().slice(0, 19)}Z`;
}
/**
 * `--repeat N`, as hyperfine shows it: mean ± σ, median and range of the headline metrics over the measured runs,
 * and the warnings on them (a count of context switches jumping is no advice to act on). Null for a single run.
 */
function benchmarkSummary(record) {
    const stats = record.benchmark;
    if (!stats)
        return null;
    const rows = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.flatMap((metric) => {
        const s = stats.metrics[metric];
        if (!s)
            return [];
        const v = (x) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, x);
        return [
            {
                metric,
                runs: s.n,
                mean_sd: `${v(s.mean)} ± ${v(s.stddev)}`,
                median: v(s.median),
                range: `${v(s.min)} … ${v(s.max)}`,
            },
        ];
    });
    if (rows.length === 0)
        return null;
    const warnings = stats.warnings.filter((w) => _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.includes(w.metric)).map((w) => w.message);
    return { rows, warnings };
}


/***/ })

};
;