"use strict";
exports.id = 262;
exports.ids = [262];
exports.modules = {

/***/ 741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ mannWhitneyU),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony exports MAX_EXACT_CELLS, mannWhitneyExactDistribution, mannWhitneyExactP */
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9456);
/* harmony import */ var _ranks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8130);
/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided.
 *
 * U_x counts the pairs (x_i, y_j) with x_i > y_j, a tie counting one half; equivalently U_x = R_x − n_x(n_x+1)/2
 * where R_x is the sum of the mid-ranks of x in the pooled sample.
 *
 * The p-value is the normal approximation with both corrections:
 *   mean = n_x·n_y/2,
 *   variance = n_x·n_y/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1)))   (tie correction, t = size of each tie group),
 *   'greater' (x tends to be larger):  z = (U_x − mean − 0.5)/sd,  p = P(Z ≥ z),
 *   'less'    (x tends to be smaller): z = (U_x − mean + 0.5)/sd,  p = P(Z ≤ z)   (continuity correction).
 * When every value is tied the variance is 0 and there is no evidence either way: p = 1.
 *
 * mannWhitneyExactP gives the exact null distribution for samples without ties, to check the approximation.
 */


/** P(Z ≤ z) for a standard normal Z (erf of simple-statistics, absolute error below 1.2e-7). */
function normalCdf(z) {
    if (z === Infinity)
        return 1;
    if (z === -Infinity)
        return 0;
    return Math.min(1, Math.max(0, 0.5 * (1 + (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .errorFunction */ .T7)(z / Math.SQRT2))));
}
/** One-sided Mann-Whitney U test of `x` against `y` (both non-empty, finite). */
function mannWhitneyU(x, y, alternative) {
    const n_x = x.length;
    const n_y = y.length;
    if (n_x === 0 || n_y === 0)
        throw new Error('mannWhitneyU needs two non-empty samples');
    if (![...x, ...y].every(Number.isFinite))
        throw new Error('mannWhitneyU needs finite values');
    const n = n_x + n_y;
    const { ranks, tie_sizes } = (0,_ranks_js__WEBPACK_IMPORTED_MODULE_1__/* .rankWithTies */ .m)([...x, ...y]);
    let rankSumX = 0;
    for (let i = 0; i < n_x; i += 1)
        rankSumX += ranks[i];
    const u = rankSumX - (n_x * (n_x + 1)) / 2;
    const mean = (n_x * n_y) / 2;
    const tieTerm = tie_sizes.reduce((sum, t) => sum + (t * t * t - t), 0);
    const variance = ((n_x * n_y) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return { u, n_x, n_y, z: 0, p_value: 1 };
    const sd = Math.sqrt(variance);
    if (alternative === 'greater') {
        const z = (u - mean - 0.5) / sd;
        return { u, n_x, n_y, z, p_value: 1 - normalCdf(z) };
    }
    const z = (u - mean + 0.5) / sd;
    return { u, n_x, n_y, z, p_value: normalCdf(z) };
}
/** Largest n_x·n_y for which the exact distribution is computed (the work grows as (n_x·n_y)²/4). */
const MAX_EXACT_CELLS = 10_000;
/**
 * The exact null distribution of U_x for samples of sizes n_x and n_y without ties: element u is P(U_x = u).
 * Recursion on the largest pooled value: it belongs to x with probability a/(a+b) and then beats all b values
 * of y, so P_{a,b}(u) = a/(a+b)·P_{a−1,b}(u − b) + b/(a+b)·P_{a,b−1}(u).
 */
function mannWhitneyExactDistribution(n_x, n_y) {
    if (!Number.isInteger(n_x) || !Number.isInteger(n_y) || n_x < 0 || n_y < 0) {
        throw new Error(`sample sizes must be non-negative integers, got ${n_x} and ${n_y}`);
    }
    if (n_x * n_y > MAX_EXACT_CELLS) {
        throw new Error(`exact distribution limited to n_x·n_y ≤ ${MAX_EXACT_CELLS}, got ${n_x * n_y}`);
    }
    // previous[a] holds P_{a,b-1}; current[a] is built as P_{a,b}.
    let previous = [];
    for (let a = 0; a <= n_x; a += 1)
        previous.push([1]); // b = 0: U is always 0.
    for (let b = 1; b <= n_y; b += 1) {
        const current = [[1]]; // a = 0: U is always 0.
        for (let a = 1; a <= n_x; a += 1) {
            const dist = new Array(a * b + 1).fill(0);
            const withX = current[a - 1]; // P_{a-1,b}
            const withY = previous[a]; // P_{a,b-1}
            for (let u = 0; u < withX.length; u += 1)
                dist[u + b] += (a / (a + b)) * withX[u];
            for (let u = 0; u < withY.length; u += 1)
                dist[u] += (b / (a + b)) * withY[u];
            current.push(dist);
        }
        previous = current;
    }
    return previous[n_x];
}
/** Exact one-sided p-value of an observed U_x without ties: P(U ≥ u) for 'greater', P(U ≤ u) for 'less'. */
function mannWhitneyExactP(n_x, n_y, u, alternative) {
    const dist = mannWhitneyExactDistribution(n_x, n_y);
    let p = 0;
    for (let k = 0; k < dist.length; k += 1) {
        if (alternative === 'greater' ? k >= u : k <= u)
            p += dist[k];
    }
    return Math.min(1, p);
}


/***/ }),

/***/ 8130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ rankWithTies),
/* harmony export */   o: () => (/* binding */ midRanks)
/* harmony export */ });
/** Ranks of a sample with ties averaged (mid-ranks), shared by Spearman's rho and the Mann-Whitney U test. */
/** Mid-ranks of `values` (which must be finite). Deterministic: ties are resolved by value, not by position. */
function rankWithTies(values) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const ranks = new Array(values.length);
    const tie_sizes = [];
    let start = 0;
    while (start < order.length) {
        let end = start;
        while (end + 1 < order.length && values[order[end + 1]] === values[order[start]])
            end += 1;
        // Positions start..end (0-based) hold ranks start+1..end+1; their mean is (start+end)/2 + 1.
        const midRank = (start + end) / 2 + 1;
        for (let k = start; k <= end; k += 1)
            ranks[order[k]] = midRank;
        tie_sizes.push(end - start + 1);
        start = end + 1;
    }
    return { ranks, tie_sizes };
}
/** Mid-ranks only. */
function midRanks(values) {
    return rankWithTies(values).ranks;
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

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ suiteExitCode),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   je: () => (/* binding */ EXIT_GATE_FAILED)
/* harmony export */ });
/* unused harmony export EXIT_TIMEOUT */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/**
 * The one mapping from a run's outcome to `pyrun run`'s exit code (PRODUCT.md §4, after GNU timeout):
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
                const n = node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[outcome.signal];
                return 128 + (n ?? 0);
            }
            return outcome.exit_code === null || outcome.exit_code === 0 ? 1 : outcome.exit_code;
        }
    }
}
/**
 * A suite's exit code (PRODUCT.md §4): the code of the first run (in config order) that failed, timed out or was
 * killed; else 99 if any gate failed or any metric regressed; else 0. A single run is a suite of one.
 */
function suiteExitCode(records) {
    const codes = records.map(exitCodeFor);
    const broken = codes.find((c) => c !== 0 && c !== EXIT_GATE_FAILED);
    if (broken !== undefined)
        return broken;
    return codes.includes(EXIT_GATE_FAILED) ? EXIT_GATE_FAILED : 0;
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

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ metricProblem),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony exports allowedMetrics, editDistance */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** Which metric names a rule may use, and what to suggest when a name is wrong. */


function allowedMetrics(kind) {
    return kind === 'gate' ? _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_METRICS */ .Ks : _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0;
}
/** Null when `name` is a metric this kind of rule may use; otherwise the problem, with a suggestion. */
function metricProblem(name, kind) {
    const allowed = allowedMetrics(kind);
    if (allowed.includes(name))
        return null;
    if (kind === 'gate' && _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0.includes(name)) {
        const instead = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleMetricRow */ .$T)(name)?.counterpart;
        const hint = instead === undefined ? `gates can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
        return `${name} is a live sample metric, but a gate is checked on the run summary; ${hint}`;
    }
    if (kind === 'alert' && _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_METRICS */ .Ks.includes(name)) {
        const instead = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(name)?.counterpart;
        const hint = instead === undefined ? `alerts can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
        return `${name} is a run metric known only when the run ends, but an alert is checked live on samples; ${hint}`;
    }
    const close = closest(name, allowed);
    return close === null
        ? `unknown metric ${name}; ${kind}s can use: ${allowed.join(', ')}`
        : `unknown metric ${name}; did you mean ${close}?`;
}
/** The candidate nearest to `word` by edit distance, if near enough to be a likely typo. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    const limit = Math.max(2, Math.ceil(word.length * 0.4));
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Levenshtein distance: insertions, deletions and substitutions, one each. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1));
        }
        previous = current;
    }
    return previous[b.length];
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