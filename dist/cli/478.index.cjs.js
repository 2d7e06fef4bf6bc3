"use strict";
exports.id = 478;
exports.ids = [478];
exports.modules = {

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand),
/* harmony export */   u: () => (/* binding */ parseMetric)
/* harmony export */ });
/* unused harmony export parseMinBaselineRuns */
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(407);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(938);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9029);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2170);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1016);
/**
 * `pyrun compare`: the newest run of a series judged again against the baseline built from the runs before it,
 * by the same query and judge as the run itself (so with the same `--baseline-ref` and `--min-baseline-runs` it
 * agrees with the run's own record). Exits as `pyrun run` would for that status: 99 for gate_failed/regressed.
 */



function parseMetric(metric) {
    if (metric === undefined)
        return [..._engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm];
    if (!_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.includes(metric)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`--metric '${metric}' is not a run metric; use one of: ${_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.join(', ')}`);
    }
    return [metric];
}
async function compareCommand(opts, ctx) {
    const metrics = parseMetric(opts.metric);
    const min_baseline_runs = parseMinBaselineRuns(opts.minBaselineRuns);
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openExistingHistory */ .MZ)(opts.db, ctx);
    try {
        const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseSeries */ .f7)(store, opts.name);
        const listed = store.listRuns({ name, last: 1 })[0];
        const newest = listed ? store.getRun(listed.run_id) : null;
        if (!newest)
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`no runs named '${name}'`);
        const result = (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .compareRun */ .XZ)(store, newest, {
            baseline_ref: opts.baselineRef ?? null,
            min_baseline_runs,
            metrics,
        });
        if (opts.json)
            (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJson */ .GF)(ctx, result);
        else {
            ctx.stdout.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .SP)(`${name}: run ${newest.run_id} (${newest.started_at}) against ${result.baseline_runs} earlier runs: ${result.status}`)}\n\n`);
            ctx.stdout.write((0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .formatTable */ .ku)(['metric', 'value', 'baseline', '± spread', 'change %', 'verdict'], result.rows.map((r) => [
                r.metric,
                (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .fixed */ .Zu)(r.value, 3),
                (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .fixed */ .Zu)(r.baseline?.value, 3),
                (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .fixed */ .Zu)(r.baseline?.spread, 3),
                (0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .fixed */ .Zu)(r.verdict.change_pct, 1),
                r.verdict.verdict,
            ])));
        }
        return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .Rr)({ status: result.status, exit_code: newest.exit_code, signal: newest.signal });
    }
    finally {
        store.close();
    }
}
/** `--min-baseline-runs N`: an integer ≥ 2 (default 5, as for `pyrun run`). */
function parseMinBaselineRuns(text) {
    if (text === undefined)
        return _engine_index_js__WEBPACK_IMPORTED_MODULE_6__/* .MIN_BASELINE_RUNS */ .mV;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 2) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`--min-baseline-runs must be a whole number ≥ 2 (got '${text}')`);
    }
    return n;
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

/***/ 8478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O1: () => (/* binding */ MIN_MULTIVARIATE_RUNS),
  ey: () => (/* binding */ MULTIVARIATE_METRICS),
  Ls: () => (/* binding */ multivariateOutliers)
});

// UNUSED EXPORTS: DEFAULT_MULTIVARIATE_RATE, DEFAULT_MULTIVARIATE_STARTS, MCD_COVERAGE, MULTIVARIATE_METHOD, RUNS_PER_DIMENSION, calibratedThreshold, choleskyWithJitter, robustFit

// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5521);
// EXTERNAL MODULE: ./src/engine/analysis/baseline.ts
var baseline = __webpack_require__(7602);
;// CONCATENATED MODULE: ./src/engine/analysis/chi-square.ts
/**
 * The chi-square distribution for whole degrees of freedom: its CDF through the regularized lower incomplete
 * gamma function P(k/2, x/2), and its quantile by bisection on the CDF. Written here (simple-statistics has only
 * a table at a few levels) and tested against published table values.
 *
 * P(a, x) is summed as a power series for x < a + 1 and as Legendre's continued fraction for the upper tail
 * otherwise (both converge fast there). a = k/2 is a multiple of ½, so ln Γ(a) is exact: Γ(1) = 1,
 * Γ(½) = √π and Γ(a + 1) = a·Γ(a).
 */
const MAX_ITERATIONS = 1000;
const EPSILON = 1e-15;
const TINY = 1e-300;
/** ln Γ(a) for a positive multiple of ½ (exact up to rounding). */
function lnGammaHalfInteger(a) {
    if (!(a > 0) || !Number.isInteger(a * 2))
        throw new Error(`lnGammaHalfInteger needs a multiple of 1/2, got ${a}`);
    let base = Number.isInteger(a) ? 1 : 0.5;
    let sum = Number.isInteger(a) ? 0 : 0.5 * Math.log(Math.PI);
    while (base < a) {
        sum += Math.log(base);
        base += 1;
    }
    return sum;
}
/** The regularized lower incomplete gamma function P(a, x), for a a positive multiple of ½. */
function regularizedGammaP(a, x) {
    if (x <= 0)
        return 0;
    if (x === Infinity)
        return 1;
    const logPrefix = -x + a * Math.log(x) - lnGammaHalfInteger(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < MAX_ITERATIONS; n += 1) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON)
                break;
        }
        return Math.min(1, sum * Math.exp(logPrefix));
    }
    // Q(a, x) by the modified Lentz method on the continued fraction 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a−…))).
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i += 1) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.max(0, 1 - Math.exp(logPrefix) * h);
}
function checkDf(df) {
    if (!Number.isInteger(df) || df < 1)
        throw new Error(`chi-square degrees of freedom must be a whole number ≥ 1, got ${df}`);
}
/** P(X ≤ x) for X ~ χ²(df). */
function chiSquareCdf(x, df) {
    checkDf(df);
    return regularizedGammaP(df / 2, x / 2);
}
/** The upper tail P(X > x) for X ~ χ²(df): the p-value of a squared distance x. */
function chiSquareSurvival(x, df) {
    return 1 - chiSquareCdf(x, df);
}
/** The q-quantile of χ²(df), 0 < q < 1, to about 1e-10 relative. */
function chiSquareQuantile(q, df) {
    checkDf(df);
    if (!(q > 0 && q < 1))
        throw new Error(`quantile level must be between 0 and 1, got ${q}`);
    let lo = 0;
    let hi = Math.max(1, df);
    while (chiSquareCdf(hi, df) < q) {
        lo = hi;
        hi *= 2;
    }
    for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i += 1) {
        const mid = (lo + hi) / 2;
        if (chiSquareCdf(mid, df) < q)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

;// CONCATENATED MODULE: ./src/engine/analysis/multivariate-thresholds.ts
/**
 * Generated by `node scripts/generate-multivariate-thresholds.mjs` (bench/calibrate/multivariate.ts, 20000
 * simulated distances per entry, rate 0.01, seed 1, 20 starts): do not edit by hand.
 *
 * Each row is [n runs, cutoffs of the squared robust distance for p = 2, 3, … metrics].
 */
const MULTIVARIATE_THRESHOLDS = [
    [10, [50.465]],
    [12, [53.398]],
    [15, [30.673, 52.927]],
    [20, [26.986, 48.212, 76.115]],
    [25, [20.924, 32.788, 50.485, 76.207]],
    [30, [16.755, 27.191, 38.44, 52.868, 68.138]],
    [40, [14.276, 21.1, 28.706, 38.274, 48.432, 61.321, 70.526]],
    [50, [13.072, 17.802, 22.396, 29.327, 35.122, 45.085, 51.146, 59.145]],
    [60, [11.963, 16.239, 20.501, 24.954, 29.014, 36.487, 42.373, 49.286]],
    [80, [11.309, 14.564, 18.535, 21.454, 24.944, 28.506, 31.984, 36.7]],
    [100, [10.687, 14.133, 16.88, 19.801, 22.377, 25.613, 28.299, 31.395]],
    [150, [10.112, 13.15, 15.524, 18.377, 20.248, 22.412, 24.921, 26.86]],
    [200, [10.134, 12.994, 14.839, 17.447, 19.322, 21.491, 23.238, 24.964]],
];

;// CONCATENATED MODULE: ./src/engine/analysis/matrix.ts
/**
 * The little linear algebra the multivariate analysis needs, for small symmetric matrices (a handful of metrics):
 * mean and covariance of rows, Cholesky factorisation, log-determinant and squared Mahalanobis distance.
 */
/** Column means of `rows` (each a vector of the same length). */
function meanOf(rows) {
    const p = rows[0]?.length ?? 0;
    const mean = new Array(p).fill(0);
    for (const row of rows)
        for (let j = 0; j < p; j += 1)
            mean[j] += row[j];
    return mean.map((s) => s / Math.max(1, rows.length));
}
/** Σ (x − mean)(x − mean)ᵀ / divisor over `rows`. */
function covarianceOf(rows, mean, divisor) {
    const p = mean.length;
    const cov = Array.from({ length: p }, () => new Array(p).fill(0));
    for (const row of rows) {
        for (let i = 0; i < p; i += 1) {
            const di = row[i] - mean[i];
            for (let j = 0; j <= i; j += 1)
                cov[i][j] += di * (row[j] - mean[j]);
        }
    }
    for (let i = 0; i < p; i += 1) {
        for (let j = 0; j <= i; j += 1) {
            cov[i][j] /= divisor;
            cov[j][i] = cov[i][j];
        }
    }
    return cov;
}
/** A copy of `m` with `add[i]` added to each diagonal entry. */
function addDiagonal(m, add) {
    return m.map((row, i) => row.map((v, j) => (i === j ? v + add[i] : v)));
}
function scaleMatrix(m, factor) {
    return m.map((row) => row.map((v) => v * factor));
}
/** The lower-triangular L with L·Lᵀ = m, or null when m is not (numerically) positive definite. */
function cholesky(m) {
    const p = m.length;
    const L = Array.from({ length: p }, () => new Array(p).fill(0));
    for (let i = 0; i < p; i += 1) {
        for (let j = 0; j <= i; j += 1) {
            let sum = m[i][j];
            for (let k = 0; k < j; k += 1)
                sum -= L[i][k] * L[j][k];
            if (i === j) {
                if (!(sum > 0) || !Number.isFinite(sum))
                    return null;
                L[i][i] = Math.sqrt(sum);
            }
            else {
                L[i][j] = sum / L[j][j];
            }
        }
    }
    return L;
}
/** ln det(m) from its Cholesky factor. */
function logDetFromCholesky(L) {
    let sum = 0;
    for (let i = 0; i < L.length; i += 1)
        sum += Math.log(L[i][i]);
    return 2 * sum;
}
/** x with m·x = b, from m's Cholesky factor (forward then back substitution). */
function solveCholesky(L, b) {
    const p = L.length;
    const y = new Array(p).fill(0);
    for (let i = 0; i < p; i += 1) {
        let sum = b[i];
        for (let k = 0; k < i; k += 1)
            sum -= L[i][k] * y[k];
        y[i] = sum / L[i][i];
    }
    const x = new Array(p).fill(0);
    for (let i = p - 1; i >= 0; i -= 1) {
        let sum = y[i];
        for (let k = i + 1; k < p; k += 1)
            sum -= L[k][i] * x[k];
        x[i] = sum / L[i][i];
    }
    return x;
}
/** (x − mean)ᵀ m⁻¹ (x − mean), with m given by its Cholesky factor. */
function mahalanobisSq(L, x, mean) {
    // ‖L⁻¹(x − mean)‖²: forward substitution only.
    const p = L.length;
    const y = new Array(p).fill(0);
    let sum = 0;
    for (let i = 0; i < p; i += 1) {
        let s = x[i] - mean[i];
        for (let k = 0; k < i; k += 1)
            s -= L[i][k] * y[k];
        y[i] = s / L[i][i];
        sum += y[i] * y[i];
    }
    return sum;
}

;// CONCATENATED MODULE: ./src/engine/analysis/multivariate.ts
/**
 * Runs whose combination of metrics is unusual even when each metric alone looks normal — e.g. a run whose
 * duration and CPU time are each within their usual range, but not together (this much CPU never came with so
 * short a run). Per-metric robust z-scores (./anomalies.ts) cannot see that; a Mahalanobis distance can.
 *
 * Method (deterministic: the random starts come from a seeded generator):
 * 1. Metrics: the candidates in priority order; a metric missing in any run, or constant in the robust sense
 *    (MAD 0: more than half the runs share one value — per-metric anomalies cover those), is dropped. At most
 *    ⌊runs / 5⌋ metrics are used (a covariance needs several runs per dimension); the rest are reported dropped.
 *    Fewer than 10 runs or fewer than 2 metrics: nothing is judged.
 * 2. Each metric is standardised by its median and 1.4826·MAD.
 * 3. Robust location and covariance: the Minimum Covariance Determinant by concentration steps (FAST-MCD,
 *    Rousseeuw & Van Driessen 1999): from several starts — the h runs nearest the median, plus seeded random
 *    (p+1)-subsets — repeat "fit mean and covariance to the subset, keep the h runs nearest under it" until the
 *    subset no longer changes; the subset of smallest determinant wins, h = max(⌈0.75·n⌉, ⌊(n+p+1)/2⌋).
 *    Its covariance is scaled so that the median squared distance is χ²(p)'s median (consistency), then
 *    reweighted: mean and covariance of the runs within χ²(p)'s 97.5% quantile, scaled by the truncated-normal
 *    factor 0.975 / F_{χ²(p+2)}(q).
 * 4. Each metric's spread floor (./baseline.ts spreadFloor: a fraction of the median, or the dimension's floor) counts as
 *    measurement resolution: (½·floor)² is added to that metric's variance, so a combination that differs
 *    from the usual by less than half a floor never counts, and a near-singular covariance stays invertible.
 * 5. A run is flagged when its squared distance exceeds the cutoff: χ²(p)'s (1 − rate) quantile, raised for
 *    small histories to the quantile the estimator really gives on normal noise (a committed table, see
 *    calibratedThreshold); rate is the stated false-positive rate per run (default 1%). Its p-value is χ²(p)'s
 *    upper tail at the distance.
 *
 * Under multivariate normal noise the flagged fraction of clean runs stays at or below the stated rate
 * (tested over many seeded histories); real metrics are not normal, so treat the rate as a guide.
 */





const MIN_MULTIVARIATE_RUNS = 10;
const RUNS_PER_DIMENSION = 5;
const DEFAULT_MULTIVARIATE_RATE = 0.01;
const DEFAULT_MULTIVARIATE_STARTS = 20;
/** Fraction of the runs the MCD subset covers. */
const MCD_COVERAGE = 0.75;
const REWEIGHT_LEVEL = 0.975;
const MAX_CSTEPS = 100;
/** Candidate metrics in priority order: when runs are few, the first ones are kept. */
const MULTIVARIATE_METRICS = [
    'duration_s',
    'cpu_time_s',
    'peak_rss_mb',
    'cpu_percent_avg',
    'read_mb',
    'write_mb',
    'max_threads',
    'max_processes',
    'cpu_percent_max',
];
const MULTIVARIATE_METHOD = 'robust Mahalanobis distance (reweighted FAST-MCD), chi-square cutoff';
/** Runs of `history` (oldest first) whose combination of metrics is unusual. */
function multivariateOutliers(history, opts = {}) {
    const rate = opts.false_positive_rate ?? DEFAULT_MULTIVARIATE_RATE;
    if (!(rate > 0 && rate < 0.5))
        throw new Error(`false-positive rate must be between 0 and 0.5, got ${rate}`);
    const n = history.length;
    const result = {
        status: 'ok',
        runs: n,
        metrics: [],
        dropped: [],
        false_positive_rate: rate,
        threshold_sq: null,
        method: MULTIVARIATE_METHOD,
        outliers: [],
    };
    if (n < MIN_MULTIVARIATE_RUNS)
        return { ...result, status: 'too_few_runs' };
    const maxDims = Math.floor(n / RUNS_PER_DIMENSION);
    const scales = [];
    for (const metric of opts.metrics ?? MULTIVARIATE_METRICS) {
        const values = history.map((run) => run[metric]);
        if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
            result.dropped.push({ metric, reason: 'missing' });
            continue;
        }
        const mad = (0,simple_statistics/* medianAbsoluteDeviation */.hK)(values);
        if (!(mad > 0)) {
            result.dropped.push({ metric, reason: 'constant' });
            continue;
        }
        if (result.metrics.length >= maxDims) {
            result.dropped.push({ metric, reason: 'too_few_runs' });
            continue;
        }
        const centre = (0,simple_statistics/* median */.JZ)(values);
        result.metrics.push(metric);
        scales.push({ centre, scale: baseline/* SPREAD_PER_MAD */.LA * mad, floor: (0,baseline/* spreadFloor */.Om)(metric, centre) });
    }
    const p = result.metrics.length;
    if (p < 2)
        return { ...result, status: 'too_few_metrics' };
    const Z = history.map((run) => result.metrics.map((m, j) => (run[m] - scales[j].centre) / scales[j].scale));
    const fit = robustFit(Z, opts.seed ?? 1, opts.starts ?? DEFAULT_MULTIVARIATE_STARTS);
    const resolution = scales.map((s) => (0.5 * s.floor) / s.scale);
    const cov = addDiagonal(fit.cov, resolution.map((r) => r * r));
    const L = choleskyWithJitter(cov);
    const threshold = calibratedThreshold(n, p, rate);
    result.threshold_sq = threshold;
    Z.forEach((z, index) => {
        const d2 = mahalanobisSq(L, z, fit.mean);
        if (!(d2 > threshold))
            return;
        const diff = z.map((v, j) => v - fit.mean[j]);
        const w = solveCholesky(L, diff);
        result.outliers.push({
            index,
            distance_sq: d2,
            p_value: chiSquareSurvival(d2, p),
            contributions: result.metrics.map((metric, j) => ({
                metric,
                z: z[j],
                share: (diff[j] * w[j]) / d2,
            })),
        });
    });
    return result;
}
/**
 * The cutoff for squared distances at false-positive rate `rate`, for n runs and p metrics: from the committed
 * table (multivariate-thresholds.ts, computed by bench/calibrate/multivariate.ts at rate 0.01): the (1 − rate)
 * quantile of the squared distances the estimator gives on standard-normal histories, never below χ²(p)'s.
 * A history size between two computed ones takes the smaller one's cutoff (a larger, so safer, cutoff), beyond
 * the table its largest. Another rate scales χ²(p)'s quantile at that rate by the table's small-sample inflation.
 * No simulation happens here.
 */
function calibratedThreshold(n, p, rate) {
    const chi2 = chiSquareQuantile(1 - rate, p);
    let row;
    for (const [runs, cutoffs] of MULTIVARIATE_THRESHOLDS) {
        if (runs > n)
            break;
        if (cutoffs[p - 2] !== undefined)
            row = cutoffs;
    }
    const tabled = row?.[p - 2];
    if (tabled === undefined)
        return chi2;
    if (rate === DEFAULT_MULTIVARIATE_RATE)
        return Math.max(chi2, tabled);
    return chi2 * Math.max(1, tabled / chiSquareQuantile(1 - DEFAULT_MULTIVARIATE_RATE, p));
}
/** Reweighted MCD location and covariance of the rows of Z (n ≥ 2p). */
function robustFit(Z, seed, starts) {
    const n = Z.length;
    const p = Z[0].length;
    const h = Math.min(n, Math.max(Math.ceil(MCD_COVERAGE * n), Math.floor((n + p + 1) / 2)));
    const random = xorshift(seed);
    const candidates = [];
    // Deterministic start: the h rows nearest the coordinate-wise median (the origin after standardising).
    candidates.push(nearest(Z.map((z) => z.reduce((s, v) => s + v * v, 0)), h));
    for (let s = 0; s < starts; s += 1)
        candidates.push(randomSubset(n, p + 1, random));
    let best = null;
    for (const start of candidates) {
        const found = concentrate(Z, start, h);
        if (best === null || found.logDet < best.logDet - 1e-12)
            best = found;
    }
    const subset = best.subset.map((i) => Z[i]);
    const rawMean = meanOf(subset);
    let rawCov = covarianceOf(subset, rawMean, subset.length);
    const rawL = choleskyWithJitter(rawCov);
    const rawD2 = Z.map((z) => mahalanobisSq(rawL, z, rawMean));
    const consistency = (0,simple_statistics/* median */.JZ)(rawD2) / chiSquareQuantile(0.5, p);
    if (consistency > 0)
        rawCov = scaleMatrix(rawCov, consistency);
    const cutoff = chiSquareQuantile(REWEIGHT_LEVEL, p);
    const kept = Z.filter((_, i) => rawD2[i] / (consistency > 0 ? consistency : 1) <= cutoff);
    if (kept.length <= p)
        return { mean: rawMean, cov: rawCov };
    const mean = meanOf(kept);
    const truncation = REWEIGHT_LEVEL / chiSquareCdf(cutoff, p + 2);
    return { mean, cov: scaleMatrix(covarianceOf(kept, mean, kept.length), truncation) };
}
/** C-steps from `start` until the subset is stable: the h rows nearest under the subset's own fit. */
function concentrate(Z, start, h) {
    let subset = start;
    let logDet = Infinity;
    for (let step = 0; step < MAX_CSTEPS; step += 1) {
        const rows = subset.map((i) => Z[i]);
        const mean = meanOf(rows);
        const L = choleskyWithJitter(covarianceOf(rows, mean, rows.length));
        const next = nearest(Z.map((z) => mahalanobisSq(L, z, mean)), h);
        const nextRows = next.map((i) => Z[i]);
        const nextMean = meanOf(nextRows);
        const nextDet = logDetFromCholesky(choleskyWithJitter(covarianceOf(nextRows, nextMean, h)));
        const same = subset.length === h && next.every((v, i) => v === subset[i]);
        subset = next;
        if (same || nextDet >= logDet) {
            logDet = Math.min(logDet, nextDet);
            break;
        }
        logDet = nextDet;
    }
    return { subset, logDet };
}
/** Indices of the h smallest values, ascending by index (ties broken by index). */
function nearest(values, h) {
    return values
        .map((v, i) => ({ v: Number.isFinite(v) ? v : Infinity, i }))
        .sort((a, b) => a.v - b.v || a.i - b.i)
        .slice(0, h)
        .map((e) => e.i)
        .sort((a, b) => a - b);
}
function randomSubset(n, k, random) {
    const pool = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < k; i += 1) {
        const j = i + Math.floor(random() * (n - i));
        [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, k).sort((a, b) => a - b);
}
/** Cholesky of m, adding a growing multiple of its mean diagonal when it is (numerically) singular. */
function choleskyWithJitter(m) {
    const p = m.length;
    const scale = Math.max(1e-12, m.reduce((s, row, i) => s + Math.abs(row[i]), 0) / p);
    for (let jitter = 0;; jitter = jitter === 0 ? 1e-10 : jitter * 10) {
        const L = cholesky(jitter === 0 ? m : addDiagonal(m, new Array(p).fill(jitter * scale)));
        if (L !== null)
            return L;
        if (jitter > 1)
            throw new Error('covariance is not positive definite');
    }
}
/** A seeded uniform generator on [0, 1): xorshift32. */
function xorshift(seed) {
    let x = seed >>> 0 || 0x9e3779b9;
    return () => {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        return x / 4294967296;
    };
}


/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pQ: () => (/* binding */ profiledLaunch),
  Pc: () => (/* binding */ readRunProfile),
  rl: () => (/* binding */ withProfileDiff)
});

;// CONCATENATED MODULE: ./src/engine/execute/profile/diff.ts
const DEFAULT_PROFILE_DIFF_ROWS = 10;
const DEFAULT_MIN_GROWTH_FRACTION = 0.01;
/** Every function either list names, once (own-time list first). */
function functionsOf(profile) {
    const out = new Map();
    for (const entry of [...profile.top_own, ...profile.top_cumulative])
        if (!out.has(entry.function))
            out.set(entry.function, entry);
    return out;
}
/** `file:line(name)` → `file(name)`; names without a line (built-ins) stay as they are. */
function withoutLine(fn) {
    return fn.replace(/:\d+\(/, '(');
}
function profileDiff(current, baseline, opts = {}) {
    const rows = opts.rows ?? DEFAULT_PROFILE_DIFF_ROWS;
    const minGrowth = (opts.min_growth_fraction ?? DEFAULT_MIN_GROWTH_FRACTION) * (current.total_s ?? 0);
    const now = functionsOf(current);
    const before = functionsOf(baseline);
    const top_n = opts.top_n ?? Math.max(baseline.top_own.length, baseline.top_cumulative.length);
    // A full own-time list hides functions below its last entry; a shorter one listed them all.
    const ownBound = baseline.top_own.length >= top_n && baseline.top_own.length > 0
        ? Math.min(...baseline.top_own.map((e) => e.own_s))
        : 0;
    const unique = (names) => {
        const seen = new Map();
        for (const name of names) {
            const key = withoutLine(name);
            seen.set(key, seen.has(key) ? null : name);
        }
        const out = new Map();
        for (const [key, name] of seen)
            if (name !== null)
                out.set(key, name);
        return out;
    };
    const beforeByName = unique([...before.keys()].filter((name) => !now.has(name)));
    const nowByName = unique([...now.keys()].filter((name) => !before.has(name)));
    const grown = [];
    for (const [name, entry] of now) {
        let old = before.get(name);
        if (old === undefined) {
            const key = withoutLine(name);
            const candidate = beforeByName.get(key);
            if (candidate !== undefined && nowByName.get(key) === name)
                old = before.get(candidate);
        }
        const baseOwn = old?.own_s ?? ownBound;
        const growth_s = entry.own_s - baseOwn;
        if (!(growth_s > 0) || growth_s < minGrowth)
            continue;
        grown.push({
            function: name,
            baseline_own_s: old === undefined ? null : old.own_s,
            current_own_s: entry.own_s,
            growth_s,
            growth_pct: old !== undefined && old.own_s > 0 ? (growth_s / old.own_s) * 100 : null,
            baseline_cumulative_s: old === undefined ? null : old.cumulative_s,
            current_cumulative_s: entry.cumulative_s,
        });
    }
    grown.sort((a, b) => b.growth_s - a.growth_s || (a.function < b.function ? -1 : 1));
    return { baseline_run_id: baseline.run_id, grown: grown.slice(0, rows) };
}

;// CONCATENATED MODULE: ./src/engine/execute/profile/run.ts
/**
 * `--profile` around one run, in one place. Before the script starts: the profile's folder made, stale files of
 * an earlier run removed, and the launch pointed at the stats file. After it ends: the stats read into the record's
 * `profile` (top functions) and a speedscope file written beside them. Once the run is judged: its profile diffed
 * against the newest baseline run that has one. Trouble is a warning, never a lost record. The readers (and
 * node:fs/promises) are loaded only for a profiled run, so an unprofiled run's start-up does without them.
 */

/**
 * The launch to start: with the profile path set when `--profile` asks for one and its folder can be made; else
 * the launch unchanged (a remote executor cannot profile: one warning).
 */
async function profiledLaunch(launch, executor, profile, warn) {
    if (!profile)
        return launch;
    if (executor !== 'local') {
        warn(`--profile works with the local executor only; this run (${executor}) is not profiled`);
        return launch;
    }
    const { prepareProfileFiles } = await __webpack_require__.e(/* import() */ 395).then(__webpack_require__.bind(__webpack_require__, 7395));
    try {
        await prepareProfileFiles(profile);
    }
    catch (error) {
        warn(`cannot profile this run: ${error.message}`);
        return launch;
    }
    return { ...launch, profile_path: profile.pstats_path };
}
/** The record's `profile` from the stats the run left; when they cannot be read, an empty one saying why. */
async function readRunProfile(profile, run, warn) {
    const { collectProfile, missingProfile } = await __webpack_require__.e(/* import() */ 395).then(__webpack_require__.bind(__webpack_require__, 7395));
    try {
        return await collectProfile({
            ...profile,
            python: run.python,
            name: run.name,
            exporter: `pyrun@${run.pyrun_version}`,
        });
    }
    catch (error) {
        const why = error.message;
        warn(`no profile for this run: ${why}`);
        return missingProfile(profile, why);
    }
}
/** The profile diff against the newest baseline run with a readable profile (baseline runs come newest first). */
function withProfileDiff(record, baselineRuns) {
    if (!record.profile || record.profile.error !== undefined)
        return record;
    const base = baselineRuns.find((r) => r.profile && r.profile.error === undefined && r.profile.top_own.length > 0);
    if (!base?.profile)
        return record;
    return { ...record, profile_diff: profileDiff(record.profile, { ...base.profile, run_id: base.run_id }) };
}


/***/ }),

/***/ 5599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ planHistory),
/* harmony export */   ru: () => (/* binding */ pastRuns),
/* harmony export */   tF: () => (/* binding */ baselineRunsFor)
/* harmony export */ });
/* harmony import */ var _baseline_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1275);
/**
 * The pipeline's history step. The history file is checked and read before any script starts, so a --db that is
 * not a history file is refused (HistoryTargetError, exit 125) before anything runs; it is parsed while the first
 * script runs (sql.js loads meanwhile), and awaited when the judge step first needs its baseline runs
 * (`baselineRunsFor`). A history that cannot be read or parsed is one warning, told when it is first needed: the runs
 * are then judged without history and not remembered. Loaded only for a run with a history: sql.js, the lock and the record schema stay off the plain path.
 */

/** Checks and reads the history file at `file` (absolute); null when there is none or it cannot be used (told). */
async function planHistory(file, mode, warn) {
    const { HistoryError, HistoryTargetError, beginHistory } = await Promise.all(/* import() */[__webpack_require__.e(648), __webpack_require__.e(872), __webpack_require__.e(941)]).then(__webpack_require__.bind(__webpack_require__, 8941));
    const unusable = (error) => warn(`${error.message}; runs are judged without history and not remembered`);
    let beginning;
    try {
        beginning = await beginHistory(file, { mode });
    }
    catch (error) {
        if (error instanceof HistoryTargetError || !(error instanceof HistoryError))
            throw error;
        unusable(error);
        return null;
    }
    // Settles, never rejects: it runs unawaited beside the script, and its trouble is told when it is awaited.
    let opening = null;
    let result = null;
    const start = () => {
        opening ??= beginning.open().then((history) => ({ history }), (error) => ({ error }));
    };
    const ready = () => {
        start();
        result ??= opening.then((settled) => {
            if ('error' in settled) {
                unusable(settled.error);
                return null;
            }
            for (const w of settled.history.warnings)
                warn(w);
            return settled.history;
        });
        return result;
    };
    return {
        start,
        ready,
        store: async () => (await ready())?.store ?? null,
        close: async () => {
            if (opening)
                (await ready())?.close();
        },
    };
}
/**
 * The earlier runs a run is judged against, newest first, chosen by the one baseline query (./baseline-query.ts):
 * the pipeline hands them to its judge step, and `pyrun compare` judges a stored run against the same ones.
 */
function baselineRunsFor(store, run, baseline_ref) {
    return store?.baselineRuns((0,_baseline_query_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineQueryFor */ .f$)(run, baseline_ref)) ?? [];
}
/** Earlier runs of a series for the HTML report's history charts (oldest first), without their samples. */
function pastRuns(store, name) {
    if (!store)
        return [];
    try {
        return store
            .listRuns({ name, last: 100 })
            .reverse()
            .map((r) => ({ ...r, series: [] }));
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XZ: () => (/* binding */ compareRun),
  W9: () => (/* binding */ trendReport)
});

// UNUSED EXPORTS: MIN_DAYS_FOR_DAILY_TREND, measuredStatus, multivariateReport

// EXTERNAL MODULE: ./src/engine/analysis/multivariate.ts + 3 modules
var multivariate = __webpack_require__(8478);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5521);
// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/analysis/baseline.ts
var baseline = __webpack_require__(7602);
;// CONCATENATED MODULE: ./src/engine/analysis/trend.ts
/**
 * Trends over a series' history: least-squares slope (with R²) and the Theil–Sen slope (median of the pairwise
 * slopes, robust to a few outliers), per run index and per day; a sentence for reports; a forecast of when a
 * limit would be crossed at this trend.
 */




const MS_PER_DAY = 86_400_000;
function checkPairs(xs, ys) {
    if (xs.length !== ys.length)
        throw new Error(`x and y differ in length (${xs.length} vs ${ys.length})`);
    if (![...xs, ...ys].every(Number.isFinite))
        throw new Error('trend needs finite numbers');
}
/** Least-squares line with R²; null with fewer than 2 points or when every x is the same. */
function leastSquares(xs, ys) {
    checkPairs(xs, ys);
    if (xs.length < 2 || xs.every((x) => x === xs[0]))
        return null;
    const { m: slope, b: intercept } = (0,simple_statistics/* linearRegression */.Ro)(xs.map((x, i) => [x, ys[i]]));
    const yMean = (0,simple_statistics/* mean */.RE)(ys);
    let ssRes = 0;
    let ssTot = 0;
    for (let i = 0; i < xs.length; i += 1) {
        ssRes += (ys[i] - (intercept + slope * xs[i])) ** 2;
        ssTot += (ys[i] - yMean) ** 2;
    }
    const r_squared = ssTot === 0 ? 1 : Math.max(0, 1 - ssRes / ssTot);
    return { slope, intercept, r_squared };
}
/**
 * Theil–Sen line: slope = median of (y_j − y_i)/(x_j − x_i) over pairs with x_i ≠ x_j, intercept = median of
 * y − slope·x. Null without such a pair. O(n²) pairs: meant for histories of up to a few thousand runs.
 */
function theilSen(xs, ys) {
    checkPairs(xs, ys);
    const slopes = [];
    for (let i = 0; i < xs.length; i += 1) {
        for (let j = i + 1; j < xs.length; j += 1) {
            const dx = xs[j] - xs[i];
            if (dx !== 0)
                slopes.push((ys[j] - ys[i]) / dx);
        }
    }
    if (slopes.length === 0)
        return null;
    const slope = (0,simple_statistics/* median */.JZ)(slopes);
    const intercept = (0,simple_statistics/* median */.JZ)(ys.map((y, i) => y - slope * xs[i]));
    return { slope, intercept };
}
function axisTrend(xs, ys) {
    const least_squares = leastSquares(xs, ys);
    const theil_sen = theilSen(xs, ys);
    if (least_squares === null || theil_sen === null)
        return null;
    return { least_squares, theil_sen, last_x: xs[xs.length - 1] };
}
/**
 * The trend of `metric` over `values`, oldest run first. `times_ms` (epoch milliseconds, same order and length)
 * adds the per-day trend. Points whose value or time is not finite are skipped. Null with fewer than 2 points.
 */
function trendOf(metric, values, times_ms) {
    if (times_ms !== undefined && times_ms.length !== values.length) {
        throw new Error(`times_ms has ${times_ms.length} entries for ${values.length} values`);
    }
    const keep = values.map((v, i) => Number.isFinite(v) && (times_ms === undefined || Number.isFinite(times_ms[i])));
    const ys = values.filter((_, i) => keep[i]);
    if (ys.length < 2)
        return null;
    const per_run = axisTrend(ys.map((_, i) => i), ys);
    if (per_run === null)
        return null;
    let per_day = null;
    if (times_ms !== undefined) {
        const ts = times_ms.filter((_, i) => keep[i]);
        const first = ts[0];
        per_day = axisTrend(ts.map((t) => (t - first) / MS_PER_DAY), ys);
    }
    return { metric, runs: ys.length, per_run, per_day };
}
/** Unit of a metric in a sentence: `s`, `MB`, `%`, or none for counts. */
function metricUnit(metric) {
    const unit = (0,metric_format/* metricUnit */.n2)(metric);
    return unit === '' || unit === '%' ? unit : ` ${unit}`;
}
/** A number for a sentence: 3 significant digits below 1, one decimal below 100, none above. */
function formatAmount(x) {
    const abs = Math.abs(x);
    if (abs >= 100)
        return abs.toFixed(0);
    if (abs >= 1)
        return abs.toFixed(1);
    if (abs === 0)
        return '0';
    return String(Number(abs.toPrecision(2)));
}
/**
 * One sentence, e.g. `peak_rss_mb grows 2.0 MB per run (R² 0.97)`, `duration_s shrinks 0.012 s per day
 * (Theil–Sen)`, `max_threads is flat (R² 0.00)`. Flat means the line moves less than the metric's absolute spread
 * floor (1 ms, 0.1 MB, 0.1 %, 0.25) from the first run to the last. Null when the per-day trend was asked for and
 * is missing.
 */
function describeTrend(trend, opts = {}) {
    const per = opts.per ?? 'run';
    const method = opts.method ?? 'least_squares';
    const axis = per === 'run' ? trend.per_run : trend.per_day;
    if (axis === null)
        return null;
    const slope = method === 'least_squares' ? axis.least_squares.slope : axis.theil_sen.slope;
    const how = method === 'least_squares' ? `R² ${axis.least_squares.r_squared.toFixed(2)}` : 'Theil–Sen';
    // Flat: the line moves less than the metric's smallest meaningful amount over the whole history.
    const span = Math.abs(slope) * axis.last_x;
    if (slope === 0 || span < baseline/* MIN_SPREAD_BY_DIMENSION */.y7[engine_metrics/* METRIC_DIMENSION */.aP[trend.metric]]) {
        // A line that fits perfectly and does not move: every run had the same value (R² says nothing there).
        const constant = method === 'least_squares' && axis.least_squares.r_squared === 1 && slope === 0;
        return `${trend.metric} is flat (${constant ? 'the same every run' : how})`;
    }
    const amount = formatAmount(slope);
    const verb = slope > 0 ? 'grows' : 'shrinks';
    return `${trend.metric} ${verb} ${amount}${metricUnit(trend.metric)} per ${per} (${how})`;
}
/**
 * How far after the last run the trend line crosses `limit`: whole runs for per 'run' (rounded up: the first
 * future run whose fitted value reaches the limit), fractional days for per 'day'. 0 when the fitted value at
 * the last run already reaches the limit; null when the line never reaches it (slope 0 or of the wrong sign) or
 * the per-day trend is missing.
 */
function forecastCrossing(trend, limit, opts = {}) {
    const per = opts.per ?? 'run';
    const axis = per === 'run' ? trend.per_run : trend.per_day;
    if (axis === null || !Number.isFinite(limit))
        return null;
    const line = (opts.method ?? 'least_squares') === 'least_squares' ? axis.least_squares : axis.theil_sen;
    const sign = (opts.direction ?? 'above') === 'above' ? 1 : -1;
    // Work as if the limit were a ceiling: flip both the line and the limit for a floor.
    const now = sign * (line.intercept + line.slope * axis.last_x);
    const slope = sign * line.slope;
    const ceiling = sign * limit;
    if (now >= ceiling)
        return 0;
    if (!(slope > 0))
        return null;
    const ahead = (ceiling - now) / slope;
    return per === 'run' ? Math.ceil(ahead - 1e-9 * Math.max(1, ahead)) : ahead;
}

;// CONCATENATED MODULE: ./src/engine/analysis/anomalies.ts

const DEFAULT_ANOMALY_THRESHOLD = 3.5;
const MIN_ANOMALY_HISTORY = 5;
/**
 * Robust z-scores of `values` (null where a value is not finite, or everywhere when fewer than 2 are).
 * `floor` gives the smallest spread for a centre; without it the spread is 1.4826·MAD alone and a zero MAD gives
 * ±Infinity for values off the median (0 on it).
 */
function robustZScores(values, floor = () => 0) {
    const finite = values.filter(Number.isFinite);
    if (finite.length < 2)
        return values.map(() => null);
    const { median, spread } = (0,baseline/* robustSummary */.yU)(finite, floor);
    return values.map((x) => {
        if (!Number.isFinite(x))
            return null;
        const diff = x - median;
        if (diff === 0)
            return 0;
        return spread === 0 ? Math.sign(diff) * Infinity : diff / spread;
    });
}
/** Runs of `metric` whose robust z-score is beyond the threshold, in history order. */
function anomaliesOf(metric, values, opts = {}) {
    const threshold = opts.threshold ?? DEFAULT_ANOMALY_THRESHOLD;
    const min_history = opts.min_history ?? MIN_ANOMALY_HISTORY;
    if (!(threshold > 0))
        throw new Error(`anomaly threshold must be > 0, got ${threshold}`);
    if (values.filter(Number.isFinite).length < Math.max(2, min_history))
        return [];
    const scores = robustZScores(values, (centre) => (0,baseline/* spreadFloor */.Om)(metric, centre));
    const found = [];
    scores.forEach((z, index) => {
        if (z !== null && Math.abs(z) > threshold)
            found.push({ index, value: values[index], z });
    });
    return found;
}
/** anomaliesOf for every comparable metric present in a history of runs (oldest first). */
function anomaliesByMetric(history, metrics, opts = {}) {
    const out = {};
    for (const metric of metrics) {
        const values = history.map((run) => run[metric] ?? Number.NaN);
        if (values.some(Number.isFinite))
            out[metric] = anomaliesOf(metric, values, opts);
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/analysis/ranks.ts
var ranks = __webpack_require__(8130);
;// CONCATENATED MODULE: ./src/engine/analysis/correlation.ts
/**
 * Correlation between metrics across a history of runs: Pearson's r and Spearman's rho (Pearson's r of the
 * mid-ranks, ties averaged). Pairs use the runs where both metrics are finite; null with fewer than 3 such runs
 * or when either metric is constant over them.
 */


const MIN_CORRELATION_RUNS = 3;
function hasSpread(values) {
    return values.some((v) => v !== values[0]);
}
function checkLengths(x, y) {
    if (x.length !== y.length)
        throw new Error(`samples differ in length (${x.length} vs ${y.length})`);
}
/** Pearson's r of finite paired samples; null when n < 3 or either is constant. */
function pearson(x, y) {
    checkLengths(x, y);
    if (x.length < MIN_CORRELATION_RUNS || !hasSpread(x) || !hasSpread(y))
        return null;
    const r = (0,simple_statistics/* sampleCorrelation */.lo)(x, y);
    return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null;
}
/** Spearman's rho (ties get the mean of their ranks); null when n < 3 or either is constant. */
function spearman(x, y) {
    checkLengths(x, y);
    return pearson((0,ranks/* midRanks */.o)(x), (0,ranks/* midRanks */.o)(y));
}
/** Pearson and Spearman matrices of `metrics` over `history` (runs in any order; pairwise-complete runs). */
function correlationMatrices(history, metrics) {
    const k = metrics.length;
    const square = (fill) => Array.from({ length: k }, () => new Array(k).fill(fill));
    const out = {
        metrics: [...metrics],
        pearson: square(null),
        spearman: square(null),
        runs: square(0),
    };
    for (let i = 0; i < k; i += 1) {
        for (let j = i; j < k; j += 1) {
            const xs = [];
            const ys = [];
            for (const run of history) {
                const x = run[metrics[i]];
                const y = run[metrics[j]];
                if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
                    xs.push(x);
                    ys.push(y);
                }
            }
            const p = pearson(xs, ys);
            const s = spearman(xs, ys);
            out.pearson[i][j] = out.pearson[j][i] = i === j && p !== null ? 1 : p;
            out.spearman[i][j] = out.spearman[j][i] = i === j && s !== null ? 1 : s;
            out.runs[i][j] = out.runs[j][i] = xs.length;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/analysis/confirm.ts
var analysis_confirm = __webpack_require__(3645);
// EXTERNAL MODULE: ./src/engine/analysis/busy-machine.ts
var busy_machine = __webpack_require__(7376);
// EXTERNAL MODULE: ./src/engine/judge.ts
var judge = __webpack_require__(9029);
// EXTERNAL MODULE: ./src/engine/rules/parser.ts + 3 modules
var parser = __webpack_require__(988);
// EXTERNAL MODULE: ./src/engine/rules/ast.ts
var ast = __webpack_require__(3434);
;// CONCATENATED MODULE: ./src/engine/insight.ts
/**
 * What the reading commands show: `compare` (the newest run judged against the runs before it) and `trend`
 * (slopes, forecasts, anomalies and correlation over a series' history). Pure over what the store returns.
 */






/** The script's own outcome before any judging: a stored `gate_failed` or `regressed` run had succeeded. */
function measuredStatus(status) {
    return status === 'gate_failed' || status === 'regressed' ? 'passed' : status;
}
/**
 * `pyrun compare`: judges the stored run `newest` again against its history with the same baseline query and
 * judge the run itself used (judgeAgainstHistory), re-checking the gates it recorded. Rows for `metrics`.
 */
function compareRun(store, newest, options) {
    const gates = [];
    for (const gate of newest.gates) {
        try {
            gates.push((0,parser/* parseGate */.Xi)(gate.expr));
        }
        catch {
            // A gate this version cannot parse is left out rather than failing the comparison.
        }
    }
    const { record, baselineRuns } = (0,judge/* judgeAgainstHistory */.Zi)({
        store,
        baseline_ref: options.baseline_ref,
        record: { ...newest, status: measuredStatus(newest.status) },
        gates,
        reruns: (0,analysis_confirm/* rerunsOf */.Xu)(newest.verdicts),
        busy_machine: (0,busy_machine/* busyMachineModeOf */.j4)(newest.verdicts),
        options: {
            min_baseline_runs: options.min_baseline_runs ?? judge/* MIN_BASELINE_RUNS */.mV,
            ...judgedIn(newest),
        },
    });
    const rows = [];
    for (const metric of options.metrics ?? engine_metrics/* COMPARABLE_METRICS */.fm) {
        const verdict = record.verdicts[metric];
        const value = record[metric];
        if (verdict && value !== null)
            rows.push({ metric, value, baseline: record.baseline[metric] ?? null, verdict });
    }
    return {
        run: storedRunOf(newest),
        baseline_runs: baselineRuns.length,
        status: record.status,
        baseline: record.baseline,
        verdicts: record.verdicts,
        gates: record.gates,
        rows,
    };
}
/**
 * The metrics a stored run was judged on (`--judge` is not stored apart: its verdicts say it), so that compare
 * weighs what the run weighed. A run recorded without verdicts (no history kept) is judged on the defaults.
 */
function judgedIn(record) {
    const entries = Object.entries(record.verdicts);
    if (entries.length === 0)
        return {};
    return {
        judged: entries
            .filter(([, v]) => v !== undefined && (v.verdict !== 'not_judged' || v.busy_machine !== undefined))
            .map(([m]) => m),
    };
}
/** The record without its series (what `pyrun compare --json` shows as `run`). */
function storedRunOf(record) {
    const run = { ...record };
    delete run.series;
    return run;
}
/** The history must span this many days before a per-day slope is shown. */
const MIN_DAYS_FOR_DAILY_TREND = 1;
/**
 * Multivariate outliers of a series' runs (oldest first). Only `metrics` are candidates when two or more are
 * given; otherwise (one metric, or none) every candidate metric is, since a combination needs two.
 */
function multivariateReport(runs, metrics = engine_metrics/* COMPARABLE_METRICS */.fm) {
    const chosen = multivariate/* MULTIVARIATE_METRICS */.ey.filter((m) => metrics.includes(m));
    const result = (0,multivariate/* multivariateOutliers */.Ls)(runs, { metrics: chosen.length >= 2 ? chosen : multivariate/* MULTIVARIATE_METRICS */.ey });
    return {
        ...result,
        outliers: result.outliers.map((o) => ({
            ...o,
            run_id: runs[o.index].run_id,
            started_at: runs[o.index].started_at,
        })),
    };
}
/** Trends of a series' runs (oldest first). Gates of the form `metric < number` give forecasts. */
function trendReport(name, runs, metrics = engine_metrics/* COMPARABLE_METRICS */.fm, gates = []) {
    const times = runs.map((r) => Date.parse(r.started_at));
    // A slope per day from runs a few minutes apart is noise multiplied by a large number: only from a day on.
    const span_days = times.length > 1 ? (Math.max(...times) - Math.min(...times)) / MS_PER_DAY : 0;
    const daily = span_days >= MIN_DAYS_FOR_DAILY_TREND;
    const out = [];
    for (const metric of metrics) {
        // Runs recorded before a metric existed (or where it could not be measured) have no value: left out.
        const measured = runs.filter((r) => r[metric] !== null);
        const values = measured.map((r) => r[metric]);
        const trend = trendOf(metric, values, measured.map((r) => Date.parse(r.started_at)));
        if (trend === null)
            continue;
        const forecasts = gateLimits(gates, metric).map(({ gate, limit, direction }) => ({
            gate,
            limit,
            runs: forecastCrossing(trend, limit, { per: 'run', direction }),
            days: daily ? forecastCrossing(trend, limit, { per: 'day', direction }) : null,
        }));
        out.push({
            metric,
            trend,
            per_run: describeTrend(trend, { per: 'run' }),
            per_day: daily ? describeTrend(trend, { per: 'day' }) : null,
            robust_per_run: describeTrend(trend, { per: 'run', method: 'theil_sen' }),
            forecasts,
            anomalies: anomaliesOf(metric, values).map((a) => ({
                ...a,
                run_id: measured[a.index].run_id,
                started_at: measured[a.index].started_at,
            })),
        });
    }
    return {
        name,
        runs: runs.length,
        metrics: out,
        correlation: correlationMatrices(runs, [...metrics]),
        multivariate: multivariateReport(runs, metrics),
    };
}
/** The constant limits of simple gates on `metric` (`peak_rss_mb < 512`), with the side that is bad. */
function gateLimits(gates, metric) {
    const found = [];
    for (const gate of gates) {
        for (const c of (0,ast/* comparisonsOf */.Qf)(gate.condition)) {
            if (c.left.kind !== 'metric' || c.left.name !== metric || c.right.kind !== 'number')
                continue;
            if ((0,ast/* metricsOf */.Ps)(c.right).length > 0)
                continue;
            if (c.op === '<' || c.op === '<=')
                found.push({ gate: gate.source, limit: c.right.value, direction: 'above' });
            if (c.op === '>' || c.op === '>=')
                found.push({ gate: gate.source, limit: c.right.value, direction: 'below' });
        }
    }
    return found;
}


/***/ }),

/***/ 9029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ judgeMeasured),
/* harmony export */   Zi: () => (/* binding */ judgeAgainstHistory),
/* harmony export */   mV: () => (/* binding */ MIN_BASELINE_RUNS)
/* harmony export */ });
/* unused harmony exports MIN_GATE_BASELINE_RUNS, judge */
/* harmony import */ var _analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7376);
/* harmony import */ var _analysis_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8929);
/* harmony import */ var _analysis_confirm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3645);
/* harmony import */ var _execute_run_script_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9640);
/* harmony import */ var _history_planned_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5599);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8703);
/* harmony import */ var _execute_profile_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6620);
/* harmony import */ var _report_numbers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8627);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3387);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5094);
/**
 * The pipeline's judge step, and the one judge. A measured run is judged against its history: baseline and verdict
 * per metric, then the gates, then the final status; a run that looks regressed is run again to confirm it
 * (`--confirm-runs`, the rule in ./analysis/confirm.ts) and judged on those runs too; a profiled run's profile is diffed
 * against its baseline's. The run record, `pyrun compare`, the summary, the comment and the action's outputs all
 * read what `judge` returns. Outcomes are values (the run record's `status`):
 * - a failed or timed-out script keeps its own status;
 * - a script that succeeded with a failed gate is `gate_failed`;
 * - a script that succeeded, passed every gate and regressed on a metric is `regressed`.
 * Both `gate_failed` and `regressed` exit 99 (outcome.ts); whether that fails a CI step is the face's choice
 * (the action's `fail-on`), never a different status.
 */










/** The automatic verdict needs this many baseline runs by default (`--min-baseline-runs`). */
const MIN_BASELINE_RUNS = 5;
/** A gate written against `baseline` needs one baseline run: the user's own factor is the tolerance. */
const MIN_GATE_BASELINE_RUNS = 1;
function judge(input) {
    const { record } = input;
    const options = {
        min_baseline_runs: MIN_BASELINE_RUNS,
        // The last three runs together (analysis/verdict.ts judgeWindow): only on the baseline ref's own line. A pull
        // request's run beside main's two newest would be blamed for what main did.
        window: record.is_pull_request !== true,
        ...input.options,
        ...(record.repeats ? { repeats: record.repeats } : {}),
    };
    const judgement = (0,_analysis_index_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeRun */ .Zy)(record, input.baselineRuns, options);
    const { baseline } = judgement;
    let { verdicts } = judgement;
    const suspected = Object.fromEntries((0,_verdicts_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedMetrics */ .k)({ verdicts }).map((m) => [m, verdicts[m]]));
    if (input.reruns !== undefined && input.reruns.length > 0 && Object.keys(suspected).length > 0) {
        const confirmed = (0,_analysis_confirm_js__WEBPACK_IMPORTED_MODULE_2__/* .confirmedVerdicts */ .gP)([record, ...input.reruns], input.baselineRuns, {
            min_baseline_runs: options.min_baseline_runs ?? MIN_BASELINE_RUNS,
            suspected,
        });
        verdicts = { ...verdicts, ...confirmed };
    }
    // A slower run on a busier machine (and every re-run busier too) is withheld, not called (analysis/busy-machine.ts).
    verdicts = (0,_analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_3__/* .withheldOnBusyMachine */ .rM)(verdicts, [record, ...(input.reruns ?? [])], input.baselineRuns, input.busy_machine);
    const gates = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateGates */ .ud)(input.gates, record, (metric) => {
        const entry = baseline[metric];
        return entry && entry.runs >= MIN_GATE_BASELINE_RUNS ? entry.value : undefined;
    });
    const gateFailed = gates.some((g) => !g.passed);
    const regressed = Object.values(verdicts).some((v) => v?.verdict === 'regressed');
    return { ...record, baseline, verdicts, gates, status: judgedStatus(record.status, gateFailed, regressed) };
}
function judgedStatus(measured, gateFailed, regressed) {
    if (measured !== 'passed')
        return measured;
    if (gateFailed)
        return 'gate_failed';
    return regressed ? 'regressed' : 'passed';
}
/**
 * The baseline runs of `record` chosen by the one baseline query (history/planned.ts `baselineRunsFor`), then
 * judge(). `pyrun compare` calls this; the pipeline's judge step is handed the runs of that same query, so they
 * agree field for field.
 */
function judgeAgainstHistory(input) {
    const baselineRuns = (0,_history_planned_js__WEBPACK_IMPORTED_MODULE_5__/* .baselineRunsFor */ .tF)(input.store, input.record, input.baseline_ref);
    return { record: judge({ ...input, baselineRuns }), baselineRuns };
}
/**
 * The judge step: judge() against the baseline runs it is handed (none: judged against nothing), chosen by the
 * query `pyrun compare` uses (history/planned.ts `baselineRunsFor`), so they agree field for field; confirmation
 * re-runs when the run looks regressed, and judge() again on them; the profile diff. The re-runs start the script
 * again, so a ScriptStartError may come from here too.
 */
async function judgeMeasured(run, measured, baselineRuns, deps) {
    const input = {
        record: measured,
        baselineRuns,
        gates: run.rules.gates,
        options: { min_baseline_runs: run.config.min_baseline_runs, judged: run.config.judge },
        busy_machine: run.config.busy_machine,
    };
    const judged = judge(input);
    const reruns = await confirmationRuns(run, judged, baselineRuns, deps);
    const record = reruns.length > 0 ? judge({ ...input, reruns }) : judged;
    return (0,_execute_profile_run_js__WEBPACK_IMPORTED_MODULE_6__/* .withProfileDiff */ .rl)(record, baselineRuns);
}
/**
 * A run that looks regressed is run again, up to `confirm_runs` times, until its suspected metrics are settled
 * (./analysis/confirm.ts): the re-runs' metrics, or none when nothing is suspected or confirming is off. Re-runs fire no
 * alerts and are not recorded as runs of their own; a re-run that fails ends the confirming (the suspicion stands).
 */
async function confirmationRuns(run, judged, baselineRuns, deps) {
    const planned = run.config.confirm_runs;
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedMetrics */ .k)(judged);
    // Benchmark mode already judges many runs; an instruction count is exact (its re-runs would only repeat it, at
    // valgrind's cost).
    if (planned === 0 || judged.status !== 'regressed' || judged.repeats !== undefined)
        return [];
    if (judged.instrumentation !== undefined)
        return [];
    const suspected = Object.fromEntries(regressed.map((m) => [m, judged.verdicts[m]]));
    const opts = { min_baseline_runs: run.config.min_baseline_runs, suspected };
    const shown = regressed.map((m) => `${m} ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_7__/* .formatChangePct */ .jj)(judged.verdicts[m]?.change_pct)}`).join(', ');
    const reruns = [];
    for (let i = 1; i <= planned; i += 1) {
        deps.hooks?.onProgress?.(`${run.spec.name} looks regressed (${shown}): confirming, re-run ${i} of at most ${planned}`);
        const again = await (0,_execute_run_script_js__WEBPACK_IMPORTED_MODULE_8__/* .runScript */ .j)({ ...run.spec, retries: 0, repeat: 1, warmup: 0 }, { clock: deps.clock, proc: deps.proc, start: run.start }, { onInterruptible: deps.hooks?.onInterruptible });
        if (again.status !== 'passed') {
            deps.log.warn(`re-run ${i} to confirm the regression did not pass (${again.status}); the suspicion stands`);
            break;
        }
        reruns.push(runMetricsOf(again));
        if ((0,_analysis_confirm_js__WEBPACK_IMPORTED_MODULE_2__/* .settled */ .gu)([judged, ...reruns], baselineRuns, planned, opts))
            break;
    }
    return reruns;
}
function runMetricsOf(record) {
    return Object.fromEntries(_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_METRIC_FIELDS */ .tG.map((f) => [f, record[f]]));
}


/***/ })

};
;