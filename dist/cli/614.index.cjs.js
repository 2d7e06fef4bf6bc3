"use strict";
exports.id = 614;
exports.ids = [614,661];
exports.modules = {

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ machineExcuse),
/* harmony export */   j4: () => (/* binding */ busyMachineModeOf),
/* harmony export */   rM: () => (/* binding */ withheldOnBusyMachine)
/* harmony export */ });
/* unused harmony exports BUSIER_BY_CORES, SLOWER_BY, withheldStatistic, machineReadingsAgainst */
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/**
 * A slower run on a busier or slower machine is no evidence against the script.
 *
 * On a shared runner other jobs start and stop beside the script: for minutes at a time every run is slower, in wall
 * time (the script waits for a core) and in CPU time too (a neighbour in the shared caches slows each instruction).
 * On a VM the host's other guests do the same unseen: the guest counts the lost time as the script's own, and on
 * this project's 2-core VM CPU times rose 1.5–1.8× for minutes while nothing in the VM was busier. Re-running the
 * script does not help, since the re-runs share the stretch; no rule on the series' own history tells that from a
 * regression. What does is the machine itself. Each run on Linux records two readings (execute/measure.ts):
 * `neighbour_cores`, the cores other work kept busy while it ran, and `calibration_ms`, the CPU time a fixed loop
 * took on the cores it ran on right after it (execute/sample/calibration.ts). A time metric's regression is withheld when EVERY
 * judged run (the run and its confirming re-runs) had an excuse: clearly more company than the baseline's runs
 * usually had (more than their median plus BUSIER_BY_CORES), or a clearly slower machine (a calibration loop slower
 * than their median times SLOWER_BY). The verdict is then `not_judged`, its change still shown, with the readings
 * that withheld it; the next run on a calmer machine is judged as usual. Memory and instruction counts are not the
 * machine's speed and are never withheld.
 */


/** How many more cores than the baseline runs' median make a run's machine "busier". */
const BUSIER_BY_CORES = 0.25;
/** How many times the baseline runs' median calibration time makes a run's machine "slower". */
const SLOWER_BY = 1.25;
/** The verdict's statistic for a time withheld for `excuse`. */
function withheldStatistic(excuse) {
    return `withheld: the machine was ${excuse} than in the baseline runs`;
}
/**
 * `verdicts` with each time metric's regression withheld when every run in `runs` (this run first, then its
 * re-runs) was on a busier or slower machine than the baseline runs (machineReadingsAgainst). Under `judge` the
 * regression stands, the readings beside it. Unchanged where a run or the baseline has no reading (runs off Linux,
 * histories recorded before pyrun measured them).
 */
function withheldOnBusyMachine(verdicts, runs, baselineRuns, mode = 'withhold') {
    const busy = machineReadingsAgainst(runs, baselineRuns);
    if (busy === null)
        return verdicts;
    const statistic = withheldStatistic(machineExcuse(busy));
    const out = { ...verdicts };
    for (const [metric, verdict] of Object.entries(verdicts)) {
        if (verdict?.verdict !== 'regressed' || _types_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric] !== 'time')
            continue;
        out[metric] =
            mode === 'judge'
                ? { ...verdict, busy_machine: busy }
                : { ...verdict, verdict: 'not_judged', statistic, busy_machine: busy };
    }
    return out;
}
/** The mode a stored run was judged under: a regression that stands beside busy readings was judged anyway. */
function busyMachineModeOf(verdicts) {
    return Object.values(verdicts).some((v) => v?.busy_machine !== undefined && v.verdict === 'regressed')
        ? 'judge'
        : 'withhold';
}
/**
 * The readings that excuse every run in `runs` — more neighbour cores than the baseline runs' median plus
 * BUSIER_BY_CORES, or a calibration time above their median times SLOWER_BY — or null when some run has no excuse
 * (or no readings, or the baseline runs have none). The calibration times are kept only where the baseline runs
 * have them too.
 */
function machineReadingsAgainst(runs, baselineRuns) {
    const cores = runs.map((r) => r.neighbour_cores);
    if (cores.length === 0 || !cores.every(isReading))
        return null;
    const beforeCores = baselineRuns.map((r) => r.neighbour_cores).filter(isReading);
    if (beforeCores.length === 0)
        return null;
    const beforeCalibration = baselineRuns.map((r) => r.calibration_ms).filter(isReading);
    const calibration = runs.map((r) => r.calibration_ms);
    const readings = {
        cores,
        baseline_cores: (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(beforeCores),
    };
    if (beforeCalibration.length > 0 && calibration.every(isReading)) {
        readings.calibration = calibration;
        readings.baseline_calibration = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(beforeCalibration);
    }
    if (!runs.every((_, i) => isBusier(readings, i) || isSlower(readings, i)))
        return null;
    return readings;
}
/** Whether every run was busier, every run slower, or each one or the other (`readings` excuse every run). */
function machineExcuse(readings) {
    const runs = readings.cores.map((_, i) => i);
    if (runs.every((i) => isBusier(readings, i)))
        return 'busier';
    if (runs.every((i) => isSlower(readings, i)))
        return 'slower';
    return 'busier or slower';
}
function isBusier(r, i) {
    return r.cores[i] > r.baseline_cores + BUSIER_BY_CORES;
}
function isSlower(r, i) {
    const ms = r.calibration?.[i];
    return ms !== undefined && r.baseline_calibration !== undefined && ms > r.baseline_calibration * SLOWER_BY;
}
function isReading(v) {
    return typeof v === 'number' && Number.isFinite(v);
}


/***/ }),

/***/ 1614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAbJunit: () => (/* binding */ renderAbJunit),
/* harmony export */   renderAbTap: () => (/* binding */ renderAbTap)
/* harmony export */ });
/* harmony import */ var _ab_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9147);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9737);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8627);
/* harmony import */ var _junit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4661);
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1914);
/**
 * The A/B result for test reporters: JUnit XML (one testsuite named after the comparison) and TAP version 13.
 * A test per metric — failing only when B is worse beyond `--max-regression` at the stated confidence — one per
 * gate, and one that every run of the session completed. Names are stable across sessions (the metric, the rule),
 * the numbers go in the messages, so test history lines up.
 */





function abTests(record) {
    const tests = [
        {
            name: 'every run completed',
            ok: record.failure === null && record.interrupted_by === null,
            message: record.failure !== null
                ? `${record.failure.side} failed in pair ${record.failure.pair} (${record.failure.status})`
                : record.interrupted_by !== null
                    ? `interrupted by ${record.interrupted_by}`
                    : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(record.runs.length, 'run'),
            kind: 'run_failed',
        },
    ];
    for (const [metric, r] of Object.entries(record.metrics)) {
        tests.push({
            name: `${metric}: B against A`,
            ok: !r.over_max_regression,
            message: `${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRatio */ .Pe)(metric, r)}, p = ${r.p_value.toPrecision(2)}` +
                (r.over_max_regression ? `, over --max-regression ${record.max_regression_pct}%` : ''),
            kind: 'regression',
        });
    }
    for (const gate of record.gates) {
        tests.push({ name: gate.expr, ok: gate.passed, message: (0,_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGate */ .l7)(gate), kind: 'gate_failed' });
    }
    return tests;
}
/** `file`: B's script as a path from the directory pyrun started in (default: as given); null leaves it out. */
function renderAbJunit(record, file = record.b.script) {
    const builder = (0,_junit_js__WEBPACK_IMPORTED_MODULE_3__.junitDocument)();
    const seconds = Math.max(0, (Date.parse(record.finished_at) - Date.parse(record.started_at)) / 1000);
    const suite = builder
        .testSuite()
        .name(record.name)
        .timestamp((0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .junitTimestamp */ .N)(record.started_at))
        .time(Math.round(seconds * 1000) / 1000);
    suite.property('a', `${record.a.label} (${record.a.script})`);
    suite.property('b', `${record.b.label} (${record.b.script})`);
    suite.property('pairs', String(record.runs.length / 2));
    suite.property('status', record.status);
    for (const test of abTests(record)) {
        const created = suite.testCase().className(record.name).name(test.name);
        const testCase = file ? created.file(file) : created;
        if (!test.ok)
            testCase.failure(test.message, test.kind);
    }
    return `${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_4__/* .showInvisible */ .jQ)(builder.build())}\n`;
}
function renderAbTap(record) {
    const tests = abTests(record);
    const line = (text) => text.replace(/[\r\n]+/g, ' ').replace(/#/g, '\\#');
    const lines = ['TAP version 13', `1..${tests.length}`, `# pyrun ab ${line(record.name)}: ${record.status}`];
    tests.forEach((test, i) => {
        lines.push(`${test.ok ? 'ok' : 'not ok'} ${i + 1} - ${line(test.name)}`);
        lines.push('  ---', `  message: ${JSON.stringify(test.message)}`, '  ...');
    });
    return `${(0,_visible_text_js__WEBPACK_IMPORTED_MODULE_4__/* .showInvisible */ .jQ)(lines.join('\n'))}\n`;
}


/***/ }),

/***/ 9737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T$: () => (/* binding */ gatesFailingFirst),
/* harmony export */   gp: () => (/* binding */ countGates),
/* harmony export */   kC: () => (/* binding */ gateMetric),
/* harmony export */   l7: () => (/* binding */ describeGate),
/* harmony export */   vY: () => (/* binding */ GATE_EMOJI)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/** Gates in a report: each one's icon and its actual value against its limit, the failing ones first, counts. */

const GATE_EMOJI = {
    passed: '✅',
    failed: '❌',
    insufficient_history: '⏭️',
};
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
        : (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(metric, gate.actual);
    return `actual ${actual}, limit ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(metric, gate.limit)}`;
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


/***/ }),

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

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   N: () => (/* binding */ junitTimestamp),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jj: () => (/* binding */ formatChangePct),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/**
 * Numbers for people, as every report writes them: durations, relative changes, p-values, instants and counts.
 * Deterministic (no locale, no clock), so golden files stay byte-identical. A metric's value with its unit is
 * ../metric-format.ts's.
 */

/** A wall time for people: `12.35 s`, `2 m 03.5 s`, `1 h 02 m 03 s`. */
function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds))
        return 'n/a';
    if (seconds < 60)
        return `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(seconds)} s`;
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
    const text = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
    if (text === '0')
        return '0%';
    return change_pct > 0 ? `+${text}%` : `${text}%`;
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
/**
 * A JUnit `timestamp`: the instant in UTC, to the second, with no zone designator (`2025-03-14T09:26:53`). That is
 * the form the JUnit XSD's pattern allows (it has no zone), and the one the readers that interpret the attribute take
 * as UTC: Jenkins' junit plugin appends `Z` to a zone-less timestamp before parsing it. docs/exporting.md gives the
 * readers looked at.
 */
function junitTimestamp(started_at) {
    const date = new Date(started_at);
    if (Number.isNaN(date.getTime()))
        return started_at;
    return date.toISOString().slice(0, 19);
}
/** `1 sample`, `2 samples`, `1 retry`, `3 retries`: a count with its noun in the right number. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 1315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ OOM_KILLED),
/* harmony export */   Fr: () => (/* binding */ scriptSucceeded),
/* harmony export */   Ko: () => (/* binding */ retriesOf),
/* harmony export */   bl: () => (/* binding */ scriptTestName),
/* harmony export */   r$: () => (/* binding */ describeScriptOutcome)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8627);

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
        text = `timed out after ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.duration_s)}; the process tree was killed`;
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
                : ` (${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(retries, 'retry', 'retries')} over ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(record.repeats.length, 'measured run')})`;
    }
    return text;
}
/** The stable name of the test case / test point for the script itself. */
function scriptTestName(record) {
    return `script: ${record.script}`;
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