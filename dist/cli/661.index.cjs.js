"use strict";
exports.id = 661;
exports.ids = [661];
exports.modules = {

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   junitDocument: () => (/* binding */ junitDocument),
/* harmony export */   renderJunit: () => (/* binding */ renderJunit),
/* harmony export */   skip: () => (/* binding */ skip)
/* harmony export */ });
/* harmony import */ var junit_report_builder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1072);
/* harmony import */ var junit_report_builder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(junit_report_builder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8703);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(766);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5094);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9737);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8627);
/* harmony import */ var _script_outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1315);
/* harmony import */ var _verdict_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8014);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1914);
/**
 * The run as JUnit XML, for Jenkins, GitLab and the GitHub test-report actions: one testsuite per run
 * (named after the series), one testcase for the script, one per gate (named by its rule text, never by
 * the measured value, so test history lines up across runs), and one for the regression check when
 * verdicts were reached. Metrics travel as testsuite properties. Every testcase carries the script's path from the
 * working directory as its `file` (where annotating report actions point; none for a module not found), failure messages give values with their units, and a skipped
 * testcase says why in `<skipped message="…">`. All escaping is junit-report-builder's (xmlbuilder's).
 */










/**
 * The package's type declarations describe an ES default export, but its CommonJS build assigns the
 * builder to `module.exports`; under NodeNext TypeScript therefore sees a namespace. Accept both shapes.
 */
const rootBuilder = (junit_report_builder__WEBPACK_IMPORTED_MODULE_0___default()["default"]) ??
    (junit_report_builder__WEBPACK_IMPORTED_MODULE_0___default());
/** A fresh JUnit document named `pyrun` (the A/B report builds its own suites on it). */
function junitDocument() {
    const builder = rootBuilder.newBuilder();
    builder.name('pyrun');
    return builder;
}
/**
 * Marks `testCase` skipped with a reason. junit-report-builder writes a bare `<skipped/>`; its public `build`
 * returns the testcase element, on whose `skipped` child the reason is set as the `message` attribute (the
 * form JUnit's schema, Jenkins, GitLab and the GitHub test-report actions read).
 */
function skip(testCase, reason) {
    testCase.skipped();
    const build = testCase.build.bind(testCase);
    testCase.build = (parent) => {
        const element = build(parent);
        const skipped = element.children?.find((child) => child.name === 'skipped');
        skipped?.att?.('message', reason);
        return element;
    };
}
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
    for (const field of _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_METRIC_FIELDS */ .tG)
        add(field, record[field]);
    add('signal', record.signal);
    add('samples', record.samples);
    add('interval_s', record.interval_s);
    // `attempts` is the script's own count under --retries; measured runs of --repeat are `repeats`, not attempts.
    if (record.repeats === undefined)
        add('attempts', record.attempts.length);
    else
        add('repeats', record.repeats.length);
    add('retries', (0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .retriesOf */ .Ko)(record));
    add('os', record.os);
    add('arch', record.arch);
    add('python_version', record.python_version);
    add('executor', record.executor);
    add('git_ref', record.git_ref);
    add('git_sha', record.git_sha);
    add('pyrun_version', record.pyrun_version);
    for (const metric of _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPARABLE_METRICS */ .fm) {
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
/**
 * One `<testsuites>` document: a testsuite per run (a suite's scripts each their own, named after the series),
 * a testcase for the script, one per gate, one for the regression check.
 */
function renderJunit(records, options = {}) {
    const builder = junitDocument();
    const runs = Array.isArray(records) ? records : [records];
    runs.forEach((record, i) => {
        const file = options.files ? (options.files[i] ?? null) : defaultFile(record);
        addSuite(builder, record, file);
    });
    // Names from a history may hold invisible format characters: shown as `\u202E` escapes, never raw.
    return `${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_3__/* .showInvisible */ .jQ)(builder.build())}\n`;
}
/** Without the run's directories: the script as recorded; a module (`-m pkg.mod`) is no file and gets none. */
function defaultFile(record) {
    return record.script && !record.script.startsWith('-m ') ? record.script : null;
}
function addSuite(builder, record, file) {
    const suite = builder
        .testSuite()
        .name(record.name)
        .timestamp((0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .junitTimestamp */ .N)(record.started_at))
        .time(seconds(record.duration_s));
    for (const [name, value] of suiteProperties(record))
        suite.property(name, value);
    const testCase = (name, time_s) => {
        const created = suite.testCase().className(record.name).name(name).time(seconds(time_s));
        return file ? created.file(file) : created;
    };
    // Each failure has a body as well as its message: readers that show only the body (and merge equal ones, as
    // dorny/test-reporter does) still see which run, rule and values failed.
    const identity = `series ${record.name}, run ${record.run_id}, started ${record.started_at}`;
    const script = testCase((0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .scriptTestName */ .bl)(record), record.duration_s);
    if (!(0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .scriptSucceeded */ .Fr)(record)) {
        const outcome = (0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .describeScriptOutcome */ .r$)(record);
        script
            .failure(outcome, record.status === 'timeout' ? 'timeout' : 'script_failed')
            .stacktrace(failureBody([`script ${record.script}: ${outcome}`, ...attemptLines(record), identity]));
    }
    for (const gate of record.gates) {
        const gateCase = testCase(gate.expr, 0);
        if (gate.status === 'failed') {
            gateCase
                .failure((0,_gates_js__WEBPACK_IMPORTED_MODULE_5__/* .describeGate */ .l7)(gate), 'gate_failed')
                .stacktrace(failureBody([`gate failed: ${gate.expr}`, (0,_gates_js__WEBPACK_IMPORTED_MODULE_5__/* .describeGate */ .l7)(gate), identity]));
        }
        else if (gate.status === 'insufficient_history') {
            skip(gateCase, 'insufficient history: no baseline run of this series yet');
        }
    }
    const regression = (0,_verdict_text_js__WEBPACK_IMPORTED_MODULE_6__/* .regressionOutcome */ .SG)(record);
    if (regression !== null) {
        const regressionCase = testCase(_verdict_text_js__WEBPACK_IMPORTED_MODULE_6__/* .REGRESSION_TEST_NAME */ .jP, 0);
        if (regression.status === 'failed') {
            regressionCase
                .failure(regression.message, 'regression')
                .stacktrace(failureBody([...(0,_verdicts_js__WEBPACK_IMPORTED_MODULE_7__/* .regressedMetrics */ .k)(record).map((m) => regressionLine(record, m)), identity]));
        }
        else if (regression.status === 'skipped')
            skip(regressionCase, regression.message);
    }
}
/** Every retried attempt of the script, one line each (none when it ran once). */
function attemptLines(record) {
    if ((0,_script_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .retriesOf */ .Ko)(record) === 0)
        return [];
    return record.attempts.map((a) => `attempt ${a.attempt}: ${a.timed_out ? 'timed out' : a.signal !== null ? `killed by ${a.signal}` : `exit code ${a.exit_code}`} after ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(a.duration_s)}`);
}
/** `duration_s 60.2 s against baseline 55.1 s ± 0.8 s (+9.3%; median over 7 runs)` */
function regressionLine(record, metric) {
    const verdict = record.verdicts[metric];
    const base = record.baseline[metric];
    const against = base === undefined
        ? ''
        : ` against baseline ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatMetricValue */ .dd)(metric, base.value)} ± ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatMetricValue */ .dd)(metric, base.spread)}`;
    return `regressed: ${metric} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_8__/* .formatMetricValue */ .dd)(metric, record[metric])}${against} (${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChangePct */ .jj)(verdict?.change_pct)}; ${verdict?.statistic ?? 'no statistic'})`;
}
/**
 * A failure's text, written as CDATA: no character XML forbids, and no `]]>` that would end the section early (the
 * XML builder splits only the first one).
 */
function failureBody(lines) {
    return (lines
        .join('\n')
        // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
        .replace(/]]>/g, ']] >'));
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