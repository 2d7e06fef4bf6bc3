"use strict";
exports.id = 851;
exports.ids = [851,900];
exports.modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4709);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9255);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1210);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8900);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2170);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1016);
/** `pyrun report`: HTML (and markdown) of a series' newest run with its history charts, or of every series. */



const HISTORY_RUNS = 100;
async function reportCommand(opts, ctx) {
    if (!opts.html && !opts.summary)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu('pyrun report needs --html FILE or --summary FILE');
    for (const [flag, file] of [
        ['--html', opts.html],
        ['--summary', opts.summary],
    ]) {
        const clash = file ? await (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .protectedFileAt */ .c)(file, [opts.db]) : null;
        if (clash !== null) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`${flag} ${file} is ${clash}: the report would overwrite it; choose another file`);
        }
    }
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openExistingHistory */ .MZ)(opts.db, ctx);
    try {
        const names = opts.all || (opts.name?.length ?? 0) > 1
            ? opts.name?.length
                ? opts.name
                : store.seriesNames()
            : [(0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseSeries */ .f7)(store, opts.name?.[0])];
        const newest = names.map((n) => newestRun(store, n));
        const histories = new Map(names.map((n) => [n, history(store, n)]));
        let ok = true;
        if (opts.html) {
            const html = newest.length === 1
                ? (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_3__.renderHtml)(newest[0], { history: histories.get(names[0]) ?? [] })
                : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_3__.renderHtmlMulti)(newest, { histories });
            ok = (await write(opts.html, html, ctx, opts.db)) && ok;
        }
        if (opts.summary) {
            const md = newest.length === 1 ? (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_4__.renderMarkdown)(newest[0]) : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__.renderMarkdownMulti)(newest);
            ok = (await write(opts.summary, md, ctx, opts.db)) && ok;
        }
        ctx.stderr.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(`pyrun: report of ${names.join(', ')} written`)}\n`);
        return ok ? 0 : 125;
    }
    finally {
        store.close();
    }
}
function newestRun(store, name) {
    const latest = store.listRuns({ name, last: 1 })[0];
    const run = latest ? store.getRun(latest.run_id) : null;
    if (!run)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`no runs named '${name}'`);
    return run;
}
function history(store, name) {
    return store
        .listRuns({ name, last: HISTORY_RUNS })
        .reverse()
        .map((r) => ({ ...r, series: [] }));
}
async function write(file, text, ctx, db) {
    const written = await (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__.writeReportFile)(file, text, { protect: [db] });
    if (!written.ok)
        ctx.stderr.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(`pyrun: warning: could not write ${file}: ${written.error}`)}\n`);
    return written.ok;
}


/***/ }),

/***/ 1016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ writeJson),
/* harmony export */   MZ: () => (/* binding */ openExistingHistory),
/* harmony export */   f7: () => (/* binding */ chooseSeries)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4872);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1914);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2170);
/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */




async function openExistingHistory(db, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, db);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`);
    }
    const store = await _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HistoryStore */ .K.open(file, { read_only: true });
    for (const w of store.warnings)
        ctx.stderr.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .SP)(`pyrun: warning: ${w}`)}\n`);
    return store;
}
/** The series to read: --name, or the only series there is. */
function chooseSeries(store, name) {
    const names = store.seriesNames();
    if (name !== undefined) {
        if (!names.includes(name)) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`);
        }
        return name;
    }
    if (names.length === 1)
        return names[0];
    throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
}
function writeJson(ctx, value) {
    // Format characters in strings as `\u` escapes: the same JSON value, visible to whoever reads it.
    ctx.stdout.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__/* .visibleJson */ .$m)(JSON.stringify(value, null, 2))}\n`);
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Zu: () => (/* binding */ fixed),
/* harmony export */   ku: () => (/* binding */ formatTable)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4202);
/** Aligned plain-text tables for the terminal (numbers right-aligned, text left-aligned). */

/**
 * A line of pyrun's own output from outside text (names from a history): inert as a workflow command, and
 * invisible format characters (U+202E…) and controls shown as `\u202E` escapes, never raw.
 */
function shown(text) {
    return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)((0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .t)(text));
}
function formatTable(headers, rows) {
    // Cells are often names from a history (imported, foreign): one line each, and no workflow command.
    const cells = rows.map((r) => r.map((c) => (c === null ? '–' : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(String(c).replace(/[\r\n]+/g, ' ')))));
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
    const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
    const line = (r) => r
        .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return shown([line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n')) + '\n';
}
/** A number with a fixed count of decimals, or null kept as null for the table. */
function fixed(n, digits) {
    return n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));
}


/***/ }),

/***/ 7602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ buildBaseline),
/* harmony export */   LA: () => (/* binding */ SPREAD_PER_MAD),
/* harmony export */   Om: () => (/* binding */ spreadFloor),
/* harmony export */   SV: () => (/* binding */ pairwiseSpread),
/* harmony export */   sr: () => (/* binding */ baselineValues),
/* harmony export */   y7: () => (/* binding */ MIN_SPREAD_BY_DIMENSION),
/* harmony export */   yU: () => (/* binding */ robustSummary)
/* harmony export */ });
/* unused harmony exports SPREAD_PER_PAIRWISE, MIN_SPREAD_FRACTION */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/**
 * The baseline of one metric: where the baseline runs of a series sit, and how much they wander.
 *
 * Rule (robust, deterministic, every run counted):
 * 1. Non-finite values are dropped; every other value is used. Nothing is excluded as an "outlier": a cold
 *    first run or a run that regressed is ordinary history, and the centre and spread below are robust to a
 *    few of them. So the number of runs a baseline reports is the number of runs it was given.
 * 2. centre = median.
 * 3. spread = max(1.048·median|xᵢ − xⱼ| over pairs i < j, floor): Shamos' estimator of the standard deviation
 *    (86% as efficient as the standard deviation under normal noise, where 1.4826·MAD is 37%: it matters on the
 *    5–10 runs a young series has; one wild run in four or more does not move it much).
 *
 * The floor keeps a constant metric (thread counts, a quantised clock) from a zero spread that any tiny change
 * would exceed: floor = max(MIN_SPREAD_FRACTION of |median|, the metric dimension's absolute floor).
 */



/** Scale from the median absolute deviation to a standard deviation under normal noise (1/Φ⁻¹(3/4)). */
const SPREAD_PER_MAD = 1.4826;
/** Scale from the median pairwise distance to a standard deviation under normal noise (1/(√2·Φ⁻¹(3/4))). */
const SPREAD_PER_PAIRWISE = 1.0483;
/** The spread is never below this fraction of |median| (0.5%). */
const MIN_SPREAD_FRACTION = 0.005;
/**
 * The spread is never below this absolute amount, in the metric's own unit. Set from noise measured on this
 * project's CI machine (2 shared cores), 20 runs of a small script through `pyrun run` (robust σ = 1.4826·MAD):
 *   - a 77 ms script: duration σ 6.5 ms (8.4%), CPU time σ 5.8 ms (7.6%), peak RSS σ 0.026 MB (0.15%),
 *     average CPU σ 0.43 percentage points, threads constant;
 *   - a 0.94 s script (median), while other jobs shared the cores: duration σ 0.42 s (45%: waiting for a
 *     core is part of wall time), CPU time σ 25 ms (4.0%), peak RSS σ 0.035 MB (0.1%), average CPU σ 24 points.
 * Time 10 ms: every run pays Python's start-up and the scheduler's jitter (σ 6–7 ms above, with a heavier tail:
 * 0.083, 0.083, 0.084, 0.087 then 0.135 s for five runs of one fixture), so a tiny script's five runs that happen
 * to agree to the millisecond must not make the next run's ordinary jitter a "regression". Size 0.05 MB, percent
 * 0.25 percentage point: above the measurement's resolution, below what real runs showed. Count 0.15: on a constant
 * history one more thread is more than k(5) = 5.3 spreads away, and the relative threshold decides.
 */
const MIN_SPREAD_BY_DIMENSION = {
    time: 0.01,
    size: 0.05,
    percent: 0.25,
    count: 0.15,
};
/** The smallest spread a metric's baseline may have around a centre `centre`. */
function spreadFloor(metric, centre) {
    const row = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(metric);
    const absolute = row?.spread_floor ?? MIN_SPREAD_BY_DIMENSION[_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric]];
    return Math.max((row?.spread_floor_fraction ?? MIN_SPREAD_FRACTION) * Math.abs(centre), absolute);
}
/** Median and floored MAD spread of non-empty finite `values` (anomaly scores use it). */
function robustSummary(values, floor) {
    if (values.length === 0)
        throw new Error('robustSummary needs at least one value');
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(values);
    const mad = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .medianAbsoluteDeviation */ .hK)(values);
    return { median: centre, spread: Math.max(SPREAD_PER_MAD * mad, floor(centre)) };
}
/** Shamos' scale: 1.0483 · the median of |xᵢ − xⱼ| over all pairs; 0 for fewer than two values. */
function pairwiseSpread(values) {
    if (values.length < 2)
        return 0;
    const distances = [];
    for (let i = 0; i < values.length; i += 1) {
        for (let j = i + 1; j < values.length; j += 1)
            distances.push(Math.abs(values[i] - values[j]));
    }
    return SPREAD_PER_PAIRWISE * (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(distances);
}
/**
 * The baseline of `metric` from the values of the baseline runs (the caller chooses them, see
 * history/baseline-query.ts). Returns null when no finite value is given; `runs` counts every finite value.
 */
function buildBaseline(metric, values) {
    const kept = baselineValues(values);
    if (kept.length === 0)
        return null;
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(kept);
    const spread = Math.max(pairwiseSpread(kept), spreadFloor(metric, centre));
    return { value: centre, spread, runs: kept.length };
}
/** The values a baseline is built from: the finite ones, in their order (for rank tests). */
function baselineValues(values) {
    return values.filter(Number.isFinite);
}


/***/ }),

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

/***/ 9456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   T7: () => (/* binding */ errorFunction),
/* harmony export */   hK: () => (/* binding */ medianAbsoluteDeviation)
/* harmony export */ });
/**
 * The few statistics every `pyrun run` needs (judging a run, the medians of repeats): the median, the median
 * absolute deviation and the error function, the same definitions simple-statistics uses, here in a few lines.
 *
 * Why not simple-statistics itself on this path: its one ES module computes a normal-distribution table when it
 * loads, hot enough that V8 runs its optimising compiler, which costs CPU time and peak memory on every run, before
 * the script starts (docs/costs.md). The analysis commands (trend, correlation,
 * multivariate) still use simple-statistics; a unit test checks that these agree with it.
 */
/**
 * The middle value of `values`; for an even count, halfway between the two middle ones (as lo + (hi − lo)/2, the
 * interpolation simple-statistics uses, so the two agree to the last bit). Throws when empty.
 */
function median(values) {
    if (values.length === 0)
        throw new Error('median requires at least one data point');
    const sorted = Float64Array.from(values).sort();
    const mid = sorted.length >> 1;
    if (sorted.length % 2 === 1)
        return sorted[mid];
    const lo = sorted[mid - 1];
    return lo + (sorted[mid] - lo) / 2;
}
/** The median of the absolute deviations from the median. Throws when empty. */
function medianAbsoluteDeviation(values) {
    const centre = median(values);
    return median(values.map((v) => Math.abs(v - centre)));
}
/**
 * The error function erf(x), by the Chebyshev fit of erfc in Numerical Recipes (Press et al., 2nd ed., §6.2,
 * `erfcc`): fractional error below 1.2e-7 everywhere, the approximation simple-statistics' errorFunction uses.
 */
function errorFunction(x) {
    const t = 1 / (1 + 0.5 * Math.abs(x));
    // Horner's rule for the polynomial in t, then −x² + t·(…) − 1.26551223 summed left to right.
    let p = 0.17087277;
    for (const c of [
        -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368,
    ])
        p = p * t + c;
    const erfc = t * Math.exp(-x * x + p * t - 1.26551223);
    return x >= 0 ? 1 - erfc : erfc - 1;
}


/***/ }),

/***/ 1275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ baselineRunsSql),
/* harmony export */   cg: () => (/* binding */ NEWEST_FIRST),
/* harmony export */   f$: () => (/* binding */ baselineQueryFor)
/* harmony export */ });
/* unused harmony exports DEFAULT_BASELINE_LIMIT, BASELINE_STATUSES */
const DEFAULT_BASELINE_LIMIT = 30;
/**
 * Statuses of runs whose script succeeded: on the baseline branch what merged is the new normal, even when a
 * gate failed or a metric regressed: on the baseline branch what merged is the new normal. A failed or timed-out script measures nothing comparable.
 */
const BASELINE_STATUSES = ['passed', 'gate_failed', 'regressed'];
/** The store's order for runs: newest start first, the later insert first on a tie. */
const NEWEST_FIRST = 'ORDER BY started_ms DESC, id DESC';
function baselineQueryFor(run, baseline_ref) {
    return {
        name: run.name,
        fingerprint: {
            os: run.os,
            arch: run.arch,
            python_version: run.python_version,
            executor: run.executor,
            host: run.host ?? null,
        },
        ref: baseline_ref,
        excludeRunId: run.run_id,
        startedBy: run.started_at,
        profiled: run.profile !== undefined,
        // A stored run keeps its count, not the record's `instrumentation` (pyrun compare reads the history).
        instrumented: run.instrumentation !== undefined || (run.instructions ?? null) !== null,
    };
}
/** The SELECT of a baseline's runs (HistoryStore.baselineRuns), newest first. */
function baselineRunsSql(query) {
    const { fingerprint } = query;
    const params = [
        query.name,
        fingerprint.os,
        fingerprint.arch,
        fingerprint.python_version,
        fingerprint.executor,
    ];
    let sql = 'SELECT * FROM runs WHERE name = ? AND os = ? AND arch = ? AND python_version = ? AND executor = ? ' +
        `AND status IN (${BASELINE_STATUSES.map((st) => `'${st}'`).join(', ')}) AND is_pull_request = 0`;
    if (fingerprint.host !== undefined) {
        sql += ' AND host IS ?';
        params.push(fingerprint.host);
    }
    if (query.ref !== undefined && query.ref !== null) {
        sql += ' AND git_ref = ?';
        params.push(query.ref);
    }
    if (query.profiled !== undefined)
        sql += ` AND profile IS ${query.profiled ? 'NOT ' : ''}NULL`;
    if (query.instrumented !== undefined)
        sql += ` AND instructions IS ${query.instrumented ? 'NOT ' : ''}NULL`;
    if (query.startedBy !== undefined) {
        sql += ' AND started_ms <= ?';
        params.push(Date.parse(query.startedBy));
    }
    if (query.excludeRunId !== undefined) {
        sql += ' AND run_id <> ?';
        params.push(query.excludeRunId);
    }
    sql += ` ${NEWEST_FIRST} LIMIT ?`;
    params.push(Math.max(0, Math.floor(query.limit ?? DEFAULT_BASELINE_LIMIT)));
    return { sql, params };
}


/***/ }),

/***/ 2911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jd: () => (/* binding */ downsample),
/* harmony export */   vu: () => (/* binding */ MAX_SERIES_SAMPLES),
/* harmony export */   zS: () => (/* binding */ MIN_DOWNSAMPLE_MAX)
/* harmony export */ });
/** The smallest bound that can hold first, last and one bucket's two peaks. */
const MIN_DOWNSAMPLE_MAX = 4;
/** How many samples a stored series holds at most (the store bounds every inserted series to this). */
const MAX_SERIES_SAMPLES = 500;
function downsample(series, max) {
    const limit = Math.floor(max);
    if (!(limit >= MIN_DOWNSAMPLE_MAX)) {
        throw new RangeError(`downsample: max must be at least ${MIN_DOWNSAMPLE_MAX}, got ${max}`);
    }
    if (series.length <= limit)
        return series.slice();
    const buckets = Math.floor((limit - 2) / 2);
    const innerCount = series.length - 2; // samples 1 .. length-2
    const kept = [0];
    for (let b = 0; b < buckets; b++) {
        const from = 1 + Math.floor((b * innerCount) / buckets);
        const to = 1 + Math.floor(((b + 1) * innerCount) / buckets);
        if (to <= from)
            continue;
        let rssPeak = from;
        let cpuPeak = from;
        for (let i = from + 1; i < to; i++) {
            const sample = series[i];
            if (sample.rss_mb > series[rssPeak].rss_mb)
                rssPeak = i;
            if (sample.cpu_percent > series[cpuPeak].cpu_percent)
                cpuPeak = i;
        }
        if (rssPeak === cpuPeak)
            kept.push(rssPeak);
        else
            kept.push(Math.min(rssPeak, cpuPeak), Math.max(rssPeak, cpuPeak));
    }
    kept.push(series.length - 1);
    return kept.map((i) => series[i]);
}


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dd: () => (/* binding */ formatMetricValue),
/* harmony export */   n2: () => (/* binding */ metricUnit)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** Metric values for people, in each metric's unit from the table (engine/metric-table.ts). */

/** The display unit of a metric (`s`, `MB`, `%`; empty for counts and unknown names). */
function metricUnit(name) {
    return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(name)?.unit ?? '';
}
/**
 * A number in a report, in at most 3 significant decimals, trailing zeros dropped: 512, 612.4, 1.25, 0.042.
 * Non-finite values read `n/a`. (An alert's text rounds its own way: alertNumber in alerts/message.ts.)
 */
function formatNumber(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return 'n/a';
    if (Number.isInteger(value))
        return String(value);
    const magnitude = Math.abs(value);
    const decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    const text = value.toFixed(decimals).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}
/** A value with its metric's unit: `612.4 MB`, `12.5 s`, `87.5%`, `4`; `n/a` for null (not measured). */
function formatMetricValue(name, value) {
    const text = formatNumber(value);
    if (text === 'n/a')
        return text;
    const unit = metricUnit(name);
    if (unit === '')
        return text;
    if (unit === '%')
        return `${text}%`;
    return `${text} ${unit}`;
}


/***/ }),

/***/ 7922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ benchmarkSummary)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** `--repeat N` in a report: the headline metrics' statistics over the measured runs, as hyperfine shows them. */


/**
 * `--repeat N`, as hyperfine shows it: mean ± σ, median and range of the headline metrics over the measured runs,
 * and the warnings on them (a count of context switches jumping is no advice to act on). Null for a single run.
 */
function benchmarkSummary(record) {
    const stats = record.benchmark;
    if (!stats)
        return null;
    const rows = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.flatMap((metric) => {
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
    const warnings = stats.warnings.filter((w) => _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.includes(w.metric)).map((w) => w.message);
    return { rows, warnings };
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

/***/ 8900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdownMulti: () => (/* binding */ renderMarkdownMulti)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(766);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9737);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8627);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(255);
/* harmony import */ var _verdict_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8014);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9010);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8460);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1210);








function seriesRow(record) {
    const gates = (0,_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .countGates */ .gp)(record.gates);
    const gateText = record.gates.length === 0
        ? '—'
        : gates.failed > 0
            ? `${gates.failed} of ${record.gates.length} failed`
            : `${record.gates.length} passed`;
    const regressedText = (0,_verdict_text_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedSummary */ .Pl)(record);
    return `| ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_EMOJI */ .cu[record.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(record.name)} | ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .humanize */ .I3)(record.status)} | ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(record.duration_s)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)('cpu_time_s', record.cpu_time_s)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)('peak_rss_mb', record.peak_rss_mb)} | ${gateText} | ${regressedText} |`;
}
/** What went wrong in one series, as list items: its failing gates. */
function problemRows(record) {
    return record.gates
        .filter((g) => g.status === 'failed')
        .map((g) => `- ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(record.name)}: ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(g.expr)} — ${(0,_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGate */ .l7)(g)}`);
}
function renderMarkdownMulti(records, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_6__.MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? 'full report in the job summary';
    const worst = (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .worstStatus */ .A4)(records);
    const counts = new Map();
    for (const record of records)
        counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
    const tally = [...counts.entries()]
        .sort(([a], [b]) => _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[a] - _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[b])
        .map(([status, n]) => `${n} ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .humanize */ .I3)(status)}`)
        .join(', ');
    const header = [
        `## ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_EMOJI */ .cu[worst]} pyrun: ${records.length} series${records.length > 0 ? ` — ${tally}` : ''}`,
    ];
    // Failing series first (stable), so trimming keeps what needs attention.
    const ordered = records
        .map((record, index) => ({ record, index }))
        .sort((a, b) => _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[b.record.status] - _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[a.record.status] || a.index - b.index)
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
    const full = `${blocks.map((b) => b.join('\n')).join('\n\n')}\n\n`; // a blank line ends it (see markdown.ts)
    if ((0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .byteSize */ .mz)(full) <= max_bytes)
        return full;
    let budget = max_bytes - (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .byteSize */ .mz)(`${header.join('\n')}\n`);
    const table = (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .fitRows */ .zV)(tableHead, ordered.map(seriesRow), budget, (n) => `… ${n} more series not shown (${hint})`);
    budget -= table.bytes;
    const trimmedBlocks = [header, table.lines];
    if (problems.length > 0) {
        const fitted = (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .fitRows */ .zV)(problemsHead, problems, budget, (n) => `… ${n} more failing gates not shown (${hint})`);
        trimmedBlocks.push(fitted.lines);
    }
    const trimmed = `${trimmedBlocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n\n`;
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .cutToFit */ .XL)(trimmed, max_bytes, hint);
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

/***/ 4709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ protectedFileAt),
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _history_application_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3101);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3681);
/**
 * Writes one report file the way every face must: its folders are created, the text goes to a temporary file in
 * the same folder and is then renamed over the target, so a full disk or a crash leaves the old file (or none),
 * never a truncated or 0-byte one. A symlink is followed and the file it points to replaced (the link stays); a
 * target that is not a regular file (`/dev/stdout`, a FIFO) is written in place, never replaced. Never throws:
 * trouble comes back as a value for the face to show as one warning.
 */





/** `report.xml` → `.report.xml.<random>.tmp` beside it: same folder, so the rename stays on one file system. */
function tempPathFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,_run_id_js__WEBPACK_IMPORTED_MODULE_3__/* .randomHex */ .n)(6)}.tmp`);
}
async function writeReportFile(file, text, options = {}) {
    let target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file);
    let temp = null;
    try {
        const existing = await existingTarget(target);
        const clash = await protectedFileAt(existing?.path ?? target, options.protect ?? []);
        if (clash !== null) {
            return { ok: false, path: target, error: `it is ${clash}, which pyrun never writes a report over` };
        }
        if (existing?.kind === 'folder')
            throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
        if (existing?.kind === 'special') {
            await writeSpecial(existing.path, target, text);
            return { ok: true, path: target };
        }
        if (existing)
            target = existing.path;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
        temp = tempPathFor(target);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
        temp = null;
        return { ok: true, path: target };
    }
    catch (error) {
        return { ok: false, path: target, error: describeWriteError(error) };
    }
    finally {
        if (temp !== null)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true }).catch(() => undefined);
    }
}
/**
 * What is at `target` now: null when nothing is; a regular file (a symlink's final target when it resolves to
 * one); a folder; or anything else — a device, a FIFO, `/dev/stdout` (a link to `/proc/self/fd/1`, which may be a
 * pipe no path resolves to), a dangling link — which is written in place, through the link, and never replaced.
 */
async function existingTarget(target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(target);
    }
    catch {
        return null;
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(target);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
        return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special', path: real };
    }
    catch {
        return { kind: 'special', path: target };
    }
}
/** Whether an open FIFO or socket is pyrun's own stdout or stderr (`--json /dev/stdout` into a pipe). */
function isOwnStream(info) {
    return [1, 2].some((fd) => {
        try {
            const own = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            return own.dev === info.dev && own.ino === info.ino;
        }
        catch {
            return false;
        }
    });
}
/**
 * Writes a target that is not a regular file, in place. Opened without blocking, so a FIFO nobody reads (one a
 * script made at a report path) fails at once (ENXIO) instead of hanging pyrun; a FIFO or socket at any other path
 * than pyrun's own stdout or stderr (`/dev/stdout` into a pipe) is refused: a report goes to a file, a device or
 * pyrun's own output, never into another process's pipe.
 */
async function writeSpecial(real, asked, text) {
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, flags).catch((error) => {
        if (error.code === 'ENXIO') {
            throw new Error(`${asked} is a FIFO or socket that nothing reads (ENXIO); pyrun does not wait on it`);
        }
        throw error;
    });
    try {
        const info = await handle.stat();
        if ((info.isFIFO() || info.isSocket()) && !isOwnStream(info)) {
            throw new Error(`${asked} is a FIFO or socket, not a file; pyrun writes reports only to files and devices`);
        }
        await handle.writeFile(text, 'utf8');
    }
    finally {
        await handle.close();
    }
}
/** The identity of a file (device and inode), or null when it does not exist. */
async function identity(file) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        return `${info.dev}:${info.ino}`;
    }
    catch {
        return null;
    }
}
/**
 * Which history the path `file` is, as a phrase (`the history file X`, `the history file’s lock X`), or null: one of
 * `protect` or its lock `<file>.lock`, compared by resolved path (symlinks followed) and by device and inode; or
 * any other pyrun history (another `--db`), known by its header, or the lock path beside one.
 */
async function protectedFileAt(file, protect) {
    const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
    const id = await identity(resolved);
    for (const guarded of protect) {
        for (const [candidate, what] of [
            [guarded, 'the history file'],
            [`${guarded}.lock`, 'the history file’s lock'],
        ]) {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(candidate).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(candidate));
            if (real === resolved)
                return `${what} ${guarded}`;
            const other = await identity(real);
            if (id !== null && other !== null && id === other)
                return `${what} ${guarded}`;
        }
    }
    if (await isPyrunHistory(resolved))
        return `the history file ${resolved}`;
    if (resolved.endsWith('.lock') && (await isPyrunHistory(resolved.slice(0, -'.lock'.length)))) {
        return `the history file’s lock ${resolved.slice(0, -'.lock'.length)}`;
    }
    return null;
}
/** Whether `file` is a regular file marked as a pyrun history (its first 100 bytes; never blocks on a FIFO). */
async function isPyrunHistory(file) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            if (!(await handle.stat()).isFile())
                return false;
            const header = new Uint8Array(100);
            const { bytesRead } = await handle.read(header, 0, header.length, 0);
            return bytesRead === header.length && (0,_history_application_id_js__WEBPACK_IMPORTED_MODULE_4__/* .isPyrunHeader */ .wW)(header);
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return false;
    }
}
/** `ENOTDIR: a parent of the path is a file` rather than Node's raw syscall text. */
function describeWriteError(error) {
    const code = error?.code;
    const raw = error?.message;
    const message = typeof raw === 'string' ? raw : String(error);
    const hints = {
        ENOTDIR: 'a folder on the path is a file',
        // mkdir -p answers EEXIST when a folder it must create is already a file.
        EEXIST: 'a folder on the path is a file',
        EISDIR: 'the path is a folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
    };
    const hint = typeof code === 'string' ? hints[code] : undefined;
    return hint ? `${hint} (${message})` : message;
}


/***/ }),

/***/ 3681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ newRunId),
/* harmony export */   n: () => (/* binding */ randomHex)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Random ids: a run's id (a UUID, version 4, RFC 9562) and short random names. The bytes come from /dev/urandom
 * where there is one: node:crypto would load many modules on the run's critical path, before
 * the script starts. Elsewhere (Windows) from Web Crypto, which Node loads only then.
 */

/** `n` random bytes, as hex. */
function randomHex(n) {
    return randomBytes(n).toString('hex');
}
function randomBytes(n) {
    const bytes = Buffer.alloc(n);
    if (!fromUrandom(bytes))
        globalThis.crypto.getRandomValues(bytes);
    return bytes;
}
function newRunId() {
    const bytes = randomBytes(16);
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function fromUrandom(bytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/dev/urandom', 'r');
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, 0, bytes.length, null) === bytes.length;
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 5094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ judgedMetrics),
/* harmony export */   k: () => (/* binding */ regressedMetrics)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/**
 * A judged record's verdicts as lists: the metrics the verdict weighed, and those that regressed. One order for
 * both, the metric table's (COMPARABLE_METRICS): the explanation, every report, the end-of-run alerts and the
 * confirming re-runs' progress line all name the regressed metrics in it, so a user reads them alike everywhere.
 */

/** Metrics judged `regressed`, in the metric table's order. */
function regressedMetrics(record) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}
/** Metrics the verdict weighed (not the ones only measured and shown), in the metric table's order. */
function judgedMetrics(record) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.filter((m) => {
        const verdict = record.verdicts[m]?.verdict;
        return verdict !== undefined && verdict !== 'not_judged';
    });
}


/***/ })

};
;