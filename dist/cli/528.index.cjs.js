"use strict";
exports.id = 528;
exports.ids = [528];
exports.modules = {

/***/ 1528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderTap: () => (/* binding */ renderTap)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5094);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9737);
/* harmony import */ var _script_outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1315);
/* harmony import */ var _verdict_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8014);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1914);
/**
 * The run as TAP version 13, the widest-read version (Perl's `prove` refuses 14, and nothing here needs it):
 * a leading plan, one test point for the script, one per gate (described by its rule text), and one for the
 * regression check when verdicts were reached. Each point carries a YAML
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
/** A description on one line with TAP's escapes: `\` → `\\`, `#` → `\#` (so no name can start a directive). */
function escapeDescription(text) {
    return text
        .replace(/[\r\n]+/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/#/g, '\\#');
}
function scriptPoint(record) {
    const metrics = {};
    for (const metric of _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm)
        metrics[metric] = record[metric];
    return {
        ok: (0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .scriptSucceeded */ .Fr)(record),
        description: (0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .scriptTestName */ .bl)(record),
        diagnostics: {
            run_status: record.status,
            message: (0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .describeScriptOutcome */ .r$)(record),
            exit_code: record.exit_code,
            signal: record.signal,
            ...(record.repeats === undefined
                ? { attempts: record.attempts.length }
                : { repeats: record.repeats.length }),
            retries: (0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .retriesOf */ .Ko)(record),
            metrics,
        },
    };
}
function gatePoints(record) {
    return record.gates.map((gate) => ({
        ok: gate.status !== 'failed',
        description: gate.expr,
        ...(gate.status === 'insufficient_history' ? { skip: 'insufficient history' } : {}),
        // `message` carries the values with their units (tap-junit and friends keep only the message of a failure).
        diagnostics: { status: gate.status, message: (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGate */ .l7)(gate), actual: gate.actual, limit: gate.limit },
    }));
}
function regressionPoint(record) {
    const outcome = (0,_verdict_text_js__WEBPACK_IMPORTED_MODULE_3__/* .regressionOutcome */ .SG)(record);
    if (outcome === null)
        return null;
    const regressed = {};
    for (const metric of (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .regressedMetrics */ .k)(record))
        regressed[metric] = record.verdicts[metric]?.change_pct ?? null;
    return {
        ok: outcome.status !== 'failed',
        description: _verdict_text_js__WEBPACK_IMPORTED_MODULE_3__/* .REGRESSION_TEST_NAME */ .jP,
        ...(outcome.status === 'skipped' ? { skip: outcome.message } : {}),
        diagnostics: {
            status: outcome.status,
            message: outcome.message,
            ...(Object.keys(regressed).length > 0 ? { regressed } : {}),
        },
    };
}
/**
 * One TAP version 13 stream: for each run (a suite's scripts in order), a point for the script, one per gate and
 * one for the regression check; a suite's points are named after their series.
 */
function renderTap(records) {
    const runs = Array.isArray(records) ? records : [records];
    const suite = runs.length > 1;
    const points = runs.flatMap((record) => {
        const own = [scriptPoint(record), ...gatePoints(record)];
        const regression = regressionPoint(record);
        if (regression !== null)
            own.push(regression);
        return suite ? own.map((p) => ({ ...p, description: `${record.name}: ${p.description}` })) : own;
    });
    const lines = ['TAP version 13', `1..${points.length}`];
    for (const record of runs)
        lines.push(`# ${escapeDescription(`pyrun ${record.name}: ${record.status}`)}`);
    points.forEach((point, index) => {
        const directive = point.skip !== undefined ? ` # SKIP ${escapeDescription(point.skip)}` : '';
        lines.push(`${point.ok ? 'ok' : 'not ok'} ${index + 1} - ${escapeDescription(point.description)}${directive}`);
        lines.push('  ---', ...yamlLines(point.diagnostics, 2), '  ...');
    });
    // Names from a history may hold invisible format characters: shown as `\u202E` escapes, never raw.
    return `${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_5__/* .showInvisible */ .jQ)(lines.join('\n'))}\n`;
}


/***/ }),

/***/ 8014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ regressedSummary),
/* harmony export */   SG: () => (/* binding */ regressionOutcome),
/* harmony export */   fE: () => (/* binding */ shownMetrics),
/* harmony export */   jP: () => (/* binding */ REGRESSION_TEST_NAME),
/* harmony export */   mv: () => (/* binding */ unseenBelow),
/* harmony export */   s8: () => (/* binding */ verdictCell)
/* harmony export */ });
/* unused harmony exports REPORT_METRICS, VERDICT_LABEL */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5094);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(766);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);
/* harmony import */ var _analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7376);
/**
 * Verdicts in a report: which metrics a table lists, each verdict's cell, the regressed metrics as one column, and
 * the regression check as one test outcome (JUnit, TAP).
 */






/** The run metrics in the order every report lists them. */
const REPORT_METRICS = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm;
/**
 * The metrics a report's table lists for `record`: every one with a value, a baseline or a verdict. A metric the
 * executor could not measure (rusage over an executor that cannot report it) is left out rather than shown n/a.
 */
function shownMetrics(record) {
    return REPORT_METRICS.filter((m) => record[m] !== null || record.baseline[m] !== undefined || record.verdicts[m] !== undefined);
}
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
    return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(verdict.detectable_pct);
}
/**
 * The verdict in words for a table cell: `⚪ unchanged (sees ≥ +38%)` where the baseline was noisy, `⏸️ withheld
 * (busier machine: 1.2 vs 0.05 cores)` for a time that rose while other work kept the machine busier (or it ran
 * slower: `slower machine: calibration 1.52 vs 1.05 ms`).
 */
function verdictCell(metric, verdict) {
    if (verdict === undefined)
        return '—';
    if (verdict.busy_machine !== undefined) {
        const machine = machineCell(verdict.busy_machine);
        return verdict.verdict === 'regressed'
            ? `${VERDICT_LABEL.regressed} (${machine})`
            : `⏸️ withheld (${machine})`;
    }
    const unseen = unseenBelow(metric, verdict);
    return `${VERDICT_LABEL[verdict.verdict]}${unseen === null ? '' : ` (sees ≥ ${unseen})`}`;
}
/** `busier machine: 1.2 vs 0.05 cores`, `slower machine: calibration 1.52 vs 1.05 ms`, or both. */
function machineCell(readings) {
    const excuse = (0,_analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .machineExcuse */ .LQ)(readings);
    const cores = `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(Math.min(...readings.cores))} vs ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(readings.baseline_cores)} cores`;
    const ms = readings.calibration;
    const base = readings.baseline_calibration;
    const calibration = ms === undefined || base === undefined
        ? null
        : `calibration ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(Math.min(...ms))} vs ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(base)} ms`;
    if (excuse === 'busier' || calibration === null)
        return `busier machine: ${cores}`;
    if (excuse === 'slower')
        return `slower machine: ${calibration}`;
    return `busier or slower machine: ${cores}, ${calibration}`;
}
/** The regressed metrics with their change (`duration_s +31%, cpu_time_s +28%`), or a dash: overviews' column. */
function regressedSummary(record) {
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .regressedMetrics */ .k)(record);
    if (regressed.length === 0)
        return '—';
    return regressed.map((m) => `${m} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(record.verdicts[m]?.change_pct)}`).join(', ');
}
/** The stable name of the test case / test point that collects regression verdicts. */
const REGRESSION_TEST_NAME = 'no regression against baseline';
/**
 * The regression check as one outcome: `null` when no verdict was reached at all (no history kept),
 * `skipped` when every verdict lacked history, else failed with the regressed metrics named.
 */
function regressionOutcome(record) {
    const judged = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .judgedMetrics */ .P)(record);
    if (judged.length === 0)
        return null;
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .regressedMetrics */ .k)(record);
    if (regressed.length > 0) {
        const parts = regressed.map((m) => `${m} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(record.verdicts[m]?.change_pct)}`);
        return { status: 'failed', message: `regressed: ${parts.join(', ')}` };
    }
    if (judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
        return { status: 'skipped', message: 'insufficient history' };
    }
    return { status: 'passed', message: `${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(judged.length, 'metric')} within baseline` };
}


/***/ })

};
;