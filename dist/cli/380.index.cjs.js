"use strict";
exports.id = 380;
exports.ids = [380,900,709];
exports.modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4692);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8584);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8900);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4202);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4709);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1016);
/** `pyrun report`: HTML (and markdown) of a series' newest run with its history charts, or of every series. */


const HISTORY_RUNS = 100;
async function reportCommand(opts, ctx) {
    if (!opts.html && !opts.summary)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .P('pyrun report needs --html FILE or --summary FILE');
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .openExistingHistory */ .MZ)(opts.db, ctx);
    try {
        const names = opts.all || (opts.name?.length ?? 0) > 1
            ? opts.name?.length
                ? opts.name
                : store.seriesNames()
            : [(0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .chooseSeries */ .f7)(store, opts.name?.[0])];
        const newest = names.map((n) => newestRun(store, n));
        const histories = new Map(names.map((n) => [n, history(store, n)]));
        let ok = true;
        if (opts.html) {
            const html = newest.length === 1
                ? (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_2__.renderHtml)(newest[0], { history: histories.get(names[0]) ?? [] })
                : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_2__.renderHtmlMulti)(newest, { histories });
            ok = (await write(opts.html, html, ctx)) && ok;
        }
        if (opts.summary) {
            const md = newest.length === 1 ? (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_3__.renderMarkdown)(newest[0]) : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_4__.renderMarkdownMulti)(newest);
            ok = (await write(opts.summary, md, ctx)) && ok;
        }
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralizeWorkflowCommands */ .t)(`pyrun: report of ${names.join(', ')} written`)}\n`);
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
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .P(`no runs named '${name}'`);
    return run;
}
function history(store, name) {
    return store
        .listRuns({ name, last: HISTORY_RUNS })
        .reverse()
        .map((r) => ({ ...r, series: [] }));
}
async function write(file, text, ctx) {
    const written = await (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_6__.writeReportFile)(file, text);
    if (!written.ok)
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__/* .neutralizeWorkflowCommands */ .t)(`pyrun: warning: could not write ${file}: ${written.error}`)}\n`);
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
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4202);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */



async function openExistingHistory(db, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, db);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`);
    }
    const store = await _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HistoryStore */ .K.open(file, { read_only: true });
    for (const w of store.warnings)
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_4__/* .neutralizeWorkflowCommands */ .t)(`pyrun: warning: ${w}`)}\n`);
    return store;
}
/** The series to read: --name, or the only series there is. */
function chooseSeries(store, name) {
    const names = store.seriesNames();
    if (name !== undefined) {
        if (!names.includes(name)) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`);
        }
        return name;
    }
    if (names.length === 1)
        return names[0];
    throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
}
function writeJson(ctx, value) {
    ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
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
    const absolute = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(metric)?.spread_floor ?? MIN_SPREAD_BY_DIMENSION[_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric]];
    return Math.max(MIN_SPREAD_FRACTION * Math.abs(centre), absolute);
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
 * Why not simple-statistics itself on this path (issue 16): its one ES module computes a normal-distribution table
 * when it loads, hot enough that V8 runs its optimising compiler, and with 170 KB of code that cost ~10 ms of CPU
 * and ~6 MB of pyrun's peak RSS on every run, before the script starts. The analysis commands (trend, correlation,
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
 * gate failed or a metric regressed (PRODUCT.md §2). A failed or timed-out script measures nothing comparable.
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
/** Metric values for people, in each metric's unit from the table (engine/metrics.ts). */

/** The display unit of a metric (`s`, `MB`, `%`; empty for counts and unknown names). */
function metricUnit(name) {
    return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(name)?.unit ?? '';
}
/**
 * A number in at most 3 significant decimals, trailing zeros dropped: 512, 612.4, 1.25, 0.042.
 * Non-finite values read `n/a`.
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

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ sampleMetricRow),
/* harmony export */   IK: () => (/* binding */ METRIC_TABLE),
/* harmony export */   Ks: () => (/* binding */ RUN_METRICS),
/* harmony export */   _5: () => (/* binding */ DEFAULT_THRESHOLD_PCT),
/* harmony export */   aP: () => (/* binding */ METRIC_DIMENSION),
/* harmony export */   dh: () => (/* binding */ metricRow),
/* harmony export */   fm: () => (/* binding */ COMPARABLE_METRICS),
/* harmony export */   jM: () => (/* binding */ HEADLINE_METRICS),
/* harmony export */   kg: () => (/* binding */ RUN_ROWS),
/* harmony export */   l6: () => (/* binding */ SAMPLE_ROWS),
/* harmony export */   p0: () => (/* binding */ SAMPLE_METRICS),
/* harmony export */   tG: () => (/* binding */ RUN_METRIC_FIELDS)
/* harmony export */ });
/**
 * THE metric table: one row per metric of PRODUCT.md §1, and everything else about metrics derived from it —
 * the TypeScript types, the rule grammar's metric names and dimensions, report labels and units, exported
 * names, record validation, SQL columns and benchmark medians. A new metric is one row here plus its measurement
 * (where its value comes from, in summary.ts); nothing else lists metric names. Benchmark medians: medians.ts.
 *
 * `read_mb` and `write_mb` are two metrics each: a sample's cumulative figure so far and the run's total. They
 * share a name (PRODUCT.md uses one) and have one row per kind.
 *
 * A metric's name is its field in the JSON record, its column in SQL and its word in rules; where exact bytes
 * exist beside an MB figure, `bytes_field` names that field (and column).
 */
const TIME = { dimension: 'time', unit: 's', sql_type: 'REAL' };
const SIZE = { dimension: 'size', unit: 'MB', sql_type: 'REAL' };
const PERCENT = { dimension: 'percent', unit: '%', sql_type: 'REAL' };
const COUNT = { dimension: 'count', unit: '', sql_type: 'INTEGER' };
const SAMPLE = {
    kind: 'sample',
    direction: 'lower_is_better',
    threshold_pct: null,
    nullable: false,
    since_schema: 1,
};
const RUN = { kind: 'run', direction: 'lower_is_better', nullable: false, since_schema: 1 };
/** Exact counters of the reaped tree's kernel rusage (history v5); null where the executor cannot report them. */
const RUSAGE = { kind: 'run', direction: 'lower_is_better', nullable: true, since_schema: 5 };
/** The table. Order is the order every report, export and CSV lists the metrics in. */
const METRIC_TABLE = [
    {
        name: 'elapsed_s',
        ...SAMPLE,
        ...TIME,
        help: 'Seconds since the script started.',
        counterpart: 'duration_s',
    },
    {
        name: 'cpu_percent',
        ...SAMPLE,
        ...PERCENT,
        help: 'CPU of the process tree (100 = one core busy).',
        counterpart: 'cpu_percent_max',
    },
    {
        name: 'rss_mb',
        ...SAMPLE,
        ...SIZE,
        help: 'Resident memory of the process tree, summed.',
        counterpart: 'peak_rss_mb',
    },
    { name: 'threads', ...SAMPLE, ...COUNT, help: 'Threads of the process tree.', counterpart: 'max_threads' },
    { name: 'processes', ...SAMPLE, ...COUNT, help: 'Processes of the tree.', counterpart: 'max_processes' },
    { name: 'read_mb', ...SAMPLE, ...SIZE, help: 'Bytes read by the tree so far through read system calls.' },
    {
        name: 'write_mb',
        ...SAMPLE,
        ...SIZE,
        help: 'Bytes written by the tree so far through write system calls.',
    },
    {
        name: 'open_fds',
        ...SAMPLE,
        ...COUNT,
        nullable: true,
        help: 'Open file descriptors of the tree, where the OS gives them.',
    },
    {
        name: 'duration_s',
        headline: true,
        counterpart: 'elapsed_s',
        ...RUN,
        ...TIME,
        threshold_pct: 10,
        export: { key: 'duration_seconds', unit: 'seconds' },
        help: 'Wall time of the script, spawn to exit.',
    },
    {
        name: 'cpu_time_s',
        headline: true,
        ...RUN,
        ...TIME,
        threshold_pct: 10,
        export: { key: 'cpu_time_seconds', unit: 'seconds' },
        help: 'User+system CPU time of the whole process tree.',
    },
    {
        name: 'cpu_percent_avg',
        counterpart: 'cpu_percent',
        ...RUN,
        ...PERCENT,
        threshold_pct: 10,
        export: { key: 'cpu_percent_avg', unit: 'percent' },
        help: 'Average CPU over the samples (100 = one core busy).',
    },
    {
        name: 'cpu_percent_max',
        counterpart: 'cpu_percent',
        ...RUN,
        ...PERCENT,
        threshold_pct: 10,
        export: { key: 'cpu_percent_max', unit: 'percent' },
        help: 'Highest CPU of a sample (100 = one core busy).',
    },
    {
        name: 'peak_rss_mb',
        headline: true,
        counterpart: 'rss_mb',
        ...RUN,
        ...SIZE,
        threshold_pct: 5,
        bytes_field: 'peak_rss_bytes',
        export: { key: 'peak_rss_bytes', unit: 'bytes' },
        help: 'Peak resident memory of the process tree.',
    },
    {
        name: 'max_threads',
        counterpart: 'threads',
        ...RUN,
        ...COUNT,
        // Small integers: on a constant history of 5 threads one more is +20% and does not count, two more does.
        threshold_pct: 20,
        export: { key: 'max_threads', unit: 'count' },
        help: 'Most threads of the process tree at a sample.',
    },
    {
        name: 'max_processes',
        counterpart: 'processes',
        ...RUN,
        ...COUNT,
        threshold_pct: 20,
        export: { key: 'max_processes', unit: 'count' },
        help: 'Most processes of the tree at a sample.',
    },
    {
        name: 'read_mb',
        ...RUN,
        ...SIZE,
        threshold_pct: 5,
        bytes_field: 'read_bytes',
        export: { key: 'read_bytes', unit: 'bytes' },
        help: 'Bytes read by the tree through read system calls.',
    },
    {
        name: 'write_mb',
        ...RUN,
        ...SIZE,
        threshold_pct: 5,
        bytes_field: 'write_bytes',
        export: { key: 'write_bytes', unit: 'bytes' },
        help: 'Bytes written by the tree through write system calls.',
    },
    {
        name: 'cpu_user_s',
        ...RUSAGE,
        ...TIME,
        threshold_pct: 10,
        export: { key: 'cpu_user_seconds', unit: 'seconds' },
        help: 'User CPU time of the whole reaped tree (kernel rusage).',
    },
    {
        name: 'cpu_system_s',
        ...RUSAGE,
        ...TIME,
        threshold_pct: 10,
        export: { key: 'cpu_system_seconds', unit: 'seconds' },
        help: 'System CPU time of the whole reaped tree (kernel rusage).',
    },
    {
        name: 'minor_faults',
        ...RUSAGE,
        ...COUNT,
        threshold_pct: 10,
        spread_floor: 200,
        export: { key: 'minor_faults', unit: 'count' },
        help: 'Page faults served without I/O, whole reaped tree (kernel rusage).',
    },
    {
        name: 'major_faults',
        ...RUSAGE,
        ...COUNT,
        // Depends on the page cache, not on the script alone: only a large change counts.
        threshold_pct: 50,
        spread_floor: 20,
        export: { key: 'major_faults', unit: 'count' },
        help: 'Page faults that needed I/O, whole reaped tree (kernel rusage).',
    },
    {
        name: 'voluntary_ctx_switches',
        ...RUSAGE,
        ...COUNT,
        threshold_pct: 25,
        spread_floor: 20,
        export: { key: 'voluntary_ctx_switches', unit: 'count' },
        help: 'Context switches the tree gave up the CPU for (waiting), whole reaped tree (kernel rusage).',
    },
    {
        name: 'involuntary_ctx_switches',
        ...RUSAGE,
        ...COUNT,
        // Set by the machine's load as much as by the script.
        threshold_pct: 50,
        spread_floor: 50,
        export: { key: 'involuntary_ctx_switches', unit: 'count' },
        help: 'Context switches forced on the tree (preempted), whole reaped tree (kernel rusage).',
    },
    {
        name: 'exit_code',
        ...RUN,
        ...COUNT,
        direction: 'none',
        threshold_pct: null,
        nullable: true,
        export: { key: 'exit_code', unit: 'count' },
        help: "The script's own exit code (NaN when killed by a signal).",
    },
];
const isSample = (row) => row.kind === 'sample';
const isRun = (row) => row.kind === 'run';
const SAMPLE_ROWS = METRIC_TABLE.filter(isSample);
const RUN_ROWS = METRIC_TABLE.filter(isRun);
/** Metrics of one live sample, in table order. */
const SAMPLE_METRICS = SAMPLE_ROWS.map((r) => r.name);
/** Metrics of one run, in table order. */
const RUN_METRICS = RUN_ROWS.map((r) => r.name);
/** Run metrics that can regress, in table order. */
const COMPARABLE_METRICS = RUN_ROWS.filter((r) => r.threshold_pct !== null).map((r) => r.name);
const BY_NAME = new Map();
for (const row of METRIC_TABLE)
    if (!BY_NAME.has(row.name) || row.kind === 'run')
        BY_NAME.set(row.name, row);
const SAMPLE_BY_NAME = new Map(SAMPLE_ROWS.map((r) => [r.name, r]));
/** The row of a metric (the run row where a sample metric shares its name), or undefined for an unknown name. */
function metricRow(name) {
    return BY_NAME.get(name);
}
/** The row of a sample metric. */
function sampleMetricRow(name) {
    return SAMPLE_BY_NAME.get(name);
}
const METRIC_DIMENSION = Object.fromEntries(METRIC_TABLE.map((r) => [r.name, r.dimension]));
/** Default relative thresholds of the automatic verdict, in percent of the baseline centre. */
const DEFAULT_THRESHOLD_PCT = Object.fromEntries(RUN_ROWS.filter((r) => r.threshold_pct !== null).map((r) => [r.name, r.threshold_pct]));
/** The run metrics one-line summaries show, in table order. */
const HEADLINE_METRICS = RUN_ROWS.filter((r) => 'headline' in r && r.headline === true).map((r) => r.name);
/** Record fields of the run summary in table order: each run metric, followed by its exact-bytes field. */
const RUN_METRIC_FIELDS = RUN_ROWS.flatMap((r) => 'bytes_field' in r ? [r.name, r.bytes_field] : [r.name]);


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
/* harmony export */   cV: () => (/* binding */ benchmarkSummary),
/* harmony export */   cu: () => (/* binding */ STATUS_EMOJI),
/* harmony export */   fE: () => (/* binding */ shownMetrics),
/* harmony export */   gp: () => (/* binding */ countGates),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL),
/* harmony export */   jP: () => (/* binding */ REGRESSION_TEST_NAME),
/* harmony export */   jj: () => (/* binding */ formatChangePct),
/* harmony export */   kC: () => (/* binding */ gateMetric),
/* harmony export */   kz: () => (/* binding */ regressedMetrics),
/* harmony export */   l7: () => (/* binding */ describeGate),
/* harmony export */   r$: () => (/* binding */ describeScriptOutcome),
/* harmony export */   td: () => (/* binding */ formatPValue),
/* harmony export */   vY: () => (/* binding */ GATE_EMOJI)
/* harmony export */ });
/* unused harmony exports METRIC_UNIT, REPORT_METRICS, judgedMetrics */
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


/***/ }),

/***/ 8900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdownMulti: () => (/* binding */ renderMarkdownMulti)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4230);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9010);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8460);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8584);




function seriesRow(record) {
    const gates = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .countGates */ .gp)(record.gates);
    const gateText = record.gates.length === 0
        ? '—'
        : gates.failed > 0
            ? `${gates.failed} of ${record.gates.length} failed`
            : `${record.gates.length} passed`;
    const regressed = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .regressedMetrics */ .kz)(record);
    const regressedText = regressed.length === 0
        ? '—'
        : regressed.map((m) => `${m} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChangePct */ .jj)(record.verdicts[m]?.change_pct)}`).join(', ');
    return `| ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_EMOJI */ .cu[record.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.name)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanize */ .I3)(record.status)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.duration_s)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetricValue */ .dd)('cpu_time_s', record.cpu_time_s)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetricValue */ .dd)('peak_rss_mb', record.peak_rss_mb)} | ${gateText} | ${regressedText} |`;
}
/** What went wrong in one series, as list items: its failing gates. */
function problemRows(record) {
    return record.gates
        .filter((g) => g.status === 'failed')
        .map((g) => `- ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.name)}: ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(g.expr)} — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGate */ .l7)(g)}`);
}
function renderMarkdownMulti(records, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_3__.MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? 'full report in the job summary';
    const worst = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(records);
    const counts = new Map();
    for (const record of records)
        counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
    const tally = [...counts.entries()]
        .sort(([a], [b]) => _format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_RANK */ .Mo[a] - _format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_RANK */ .Mo[b])
        .map(([status, n]) => `${n} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .humanize */ .I3)(status)}`)
        .join(', ');
    const header = [
        `## ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_EMOJI */ .cu[worst]} pyrun: ${records.length} series${records.length > 0 ? ` — ${tally}` : ''}`,
    ];
    // Failing series first (stable), so trimming keeps what needs attention.
    const ordered = records
        .map((record, index) => ({ record, index }))
        .sort((a, b) => _format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_RANK */ .Mo[b.record.status] - _format_js__WEBPACK_IMPORTED_MODULE_0__/* .STATUS_RANK */ .Mo[a.record.status] || a.index - b.index)
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
    if ((0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .byteSize */ .mz)(full) <= max_bytes)
        return full;
    let budget = max_bytes - (0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .byteSize */ .mz)(`${header.join('\n')}\n`);
    const table = (0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .fitRows */ .zV)(tableHead, ordered.map(seriesRow), budget, (n) => `… ${n} more series not shown (${hint})`);
    budget -= table.bytes;
    const trimmedBlocks = [header, table.lines];
    if (problems.length > 0) {
        const fitted = (0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .fitRows */ .zV)(problemsHead, problems, budget, (n) => `… ${n} more failing gates not shown (${hint})`);
        trimmedBlocks.push(fitted.lines);
    }
    const trimmed = `${trimmedBlocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n`;
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .cutToFit */ .XL)(trimmed, max_bytes, hint);
}


/***/ }),

/***/ 4709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3681);
/**
 * Writes one report file the way every face must: its folders are created, the text goes to a temporary file in
 * the same folder and is then renamed over the target, so a full disk or a crash leaves the old file (or none),
 * never a truncated or 0-byte one. A symlink is followed and the file it points to replaced (the link stays); a
 * target that is not a regular file (`/dev/stdout`, a FIFO) is written in place, never replaced. Never throws:
 * trouble comes back as a value for the face to show as one warning.
 */



/** `report.xml` → `.report.xml.<random>.tmp` beside it: same folder, so the rename stays on one file system. */
function tempPathFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${(0,_run_id_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .n)(6)}.tmp`);
}
async function writeReportFile(file, text) {
    let target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    let temp = null;
    try {
        const existing = await existingTarget(target);
        if (existing?.kind === 'folder')
            throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
        if (existing?.kind === 'special') {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(existing.path, text, 'utf8');
            return { ok: true, path: target };
        }
        if (existing)
            target = existing.path;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        temp = tempPathFor(target);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, target);
        temp = null;
        return { ok: true, path: target };
    }
    catch (error) {
        return { ok: false, path: target, error: describeWriteError(error) };
    }
    finally {
        if (temp !== null)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true }).catch(() => undefined);
    }
}
/**
 * What is at `target` now: null when nothing is; a regular file (a symlink's final target when it resolves to
 * one); a folder; or anything else — a device, a FIFO, `/dev/stdout` (a link to `/proc/self/fd/1`, which may be a
 * pipe no path resolves to), a dangling link — which is written in place, through the link, and never replaced.
 */
async function existingTarget(target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
    }
    catch {
        return null;
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(target);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
        return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special', path: real };
    }
    catch {
        return { kind: 'special', path: target };
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
 * where there is one: node:crypto would load about twenty modules and a megabyte on the run's critical path
 * (issue 16). Elsewhere (Windows) from Web Crypto, which Node loads only then.
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


/***/ })

};
;