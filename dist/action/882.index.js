export const id = 882;
export const ids = [882];
export const modules = {

/***/ 3882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ page),
  renderHtml: () => (/* binding */ renderHtml),
  renderHtmlMulti: () => (/* binding */ renderHtmlMulti)
});

// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/report/numbers.ts
var numbers = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/engine/report/status.ts
var report_status = __webpack_require__(255);
// EXTERNAL MODULE: ./src/engine/report/verdict-text.ts
var verdict_text = __webpack_require__(8014);
// EXTERNAL MODULE: ./src/engine/report/html-escape.ts
var html_escape = __webpack_require__(6918);
;// CONCATENATED MODULE: ./src/engine/report/html-icons.ts
const SHAPES = {
    check: '<path d="M4.5 8.2l2.3 2.3 4.7-5" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>',
    cross: '<path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
    clock: '<path d="M8 4.2V8l2.6 1.6" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/>',
    up: '<path d="M8 4.3l3.6 6.2H4.4z" fill="#fff"/>',
    down: '<path d="M8 11.7L4.4 5.5h7.2z" fill="#fff"/>',
    dot: '<circle cx="8" cy="8" r="2.2" fill="#fff"/>',
    dash: '<path d="M4.8 8h6.4" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
    question: '<path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4" fill="none" stroke="#fff" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.4" r=".9" fill="#fff"/>',
};
const GREEN = '#16a34a';
const RED = '#dc2626';
const AMBER = '#d97706';
const GREY = '#6b7280';
function icon(shape, color, label) {
    return `<svg class="icon" role="img" aria-label="${label}" viewBox="0 0 16 16" width="16" height="16"><title>${label}</title><circle cx="8" cy="8" r="8" fill="${color}"/>${SHAPES[shape]}</svg>`;
}
const STATUS_ICON = {
    passed: ['check', GREEN],
    regressed: ['up', AMBER],
    gate_failed: ['cross', RED],
    failed: ['cross', RED],
    timeout: ['clock', AMBER],
};
const GATE_ICON = {
    passed: ['check', GREEN],
    failed: ['cross', RED],
    insufficient_history: ['dash', GREY],
};
const VERDICT_ICON = {
    regressed: ['up', RED],
    improved: ['down', GREEN],
    unchanged: ['dot', GREY],
    insufficient_history: ['question', GREY],
    not_judged: ['dash', GREY],
};
/** The icon of a run's status; the label is the status in words. */
function statusIcon(status) {
    return iconOf(STATUS_ICON, status);
}
function gateIcon(status) {
    return iconOf(GATE_ICON, status);
}
function verdictIcon(verdict) {
    return iconOf(VERDICT_ICON, verdict);
}
/**
 * The icon of a known word; a word outside the table (a history written by something else) gets a grey question
 * mark labelled `unknown`: the word itself is never put in the attribute unescaped, and the report still renders.
 */
function iconOf(table, word) {
    const known = typeof word === 'string' && Object.hasOwn(table, word) ? table[word] : undefined;
    if (known === undefined)
        return icon('question', GREY, 'unknown');
    return icon(known[0], known[1], word.replace(/_/g, ' '));
}

// EXTERNAL MODULE: ./src/engine/report/downsample.ts
var downsample = __webpack_require__(9875);
// EXTERNAL MODULE: ./src/engine/report/benchmark.ts
var benchmark = __webpack_require__(7922);
// EXTERNAL MODULE: ./src/engine/report/gates.ts
var gates = __webpack_require__(2118);
// EXTERNAL MODULE: ./src/engine/report/script-outcome.ts
var script_outcome = __webpack_require__(1315);
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
    const result = multivariateOutliers(runs);
    if (result.status !== 'ok')
        return null;
    const rate = `${(0,metric_format/* formatNumber */.ZV)(result.false_positive_rate * 100)}%`;
    const intro = `<p>Robust Mahalanobis distance over ${(0,html_escape/* escapeHtml */.Z)(result.metrics.join(', '))} of ${runs.length} runs; a run is flagged when its squared distance exceeds ${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatNumber */.ZV)(result.threshold_sq))} (at most ${(0,html_escape/* escapeHtml */.Z)(rate)} of normal runs would be).</p>`;
    if (result.outliers.length === 0)
        return `${intro}\n<p class="empty">No run's combination of metrics is unusual.</p>`;
    const rows = result.outliers.map((o) => {
        const run = runs[o.index];
        const top = [...o.contributions]
            .sort((a, b) => b.share - a.share)
            .slice(0, 3)
            .map((c) => `${c.metric} (z ${c.z >= 0 ? '+' : ''}${(0,metric_format/* formatNumber */.ZV)(c.z)})`)
            .join(', ');
        const label = run.run_id === record.run_id ? `${run.run_id} (this run)` : run.run_id;
        return `<tr><td><code>${(0,html_escape/* escapeHtml */.Z)(label)}</code></td><td>${(0,html_escape/* escapeHtml */.Z)(run.started_at)}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatNumber */.ZV)(o.distance_sq))}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,numbers/* formatPValue */.td)(o.p_value))}</td><td>${(0,html_escape/* escapeHtml */.Z)(top)}</td></tr>`;
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

// EXTERNAL MODULE: ./src/engine/report/svg-chart.ts
var svg_chart = __webpack_require__(5770);
;// CONCATENATED MODULE: ./src/engine/report/html-parts.ts












/** Points per line in an HTML chart: plenty for a 640-pixel plot, small enough for a light file. */
const MAX_HTML_CHART_POINTS = 400;
const code = (text) => `<code>${(0,html_escape/* escapeHtml */.Z)(text)}</code>`;
function headingHtml(record, tag = 'h1') {
    return `<${tag} class="status-${(0,html_escape/* escapeHtml */.Z)(record.status)}">${statusIcon(record.status)} ${(0,html_escape/* escapeHtml */.Z)((0,report_status/* humanize */.I3)(record.status))} — ${(0,html_escape/* escapeHtml */.Z)(record.name)} <span class="duration">in ${(0,html_escape/* escapeHtml */.Z)((0,numbers/* formatDuration */.a3)(record.duration_s))}</span></${tag}>`;
}
function factsHtml(record) {
    const rows = [
        ['script', `${code(record.script)} ${(0,html_escape/* escapeHtml */.Z)((0,script_outcome/* describeScriptOutcome */.r$)(record))}`],
        ['started', (0,html_escape/* escapeHtml */.Z)(record.started_at)],
        ['run', code(record.run_id)],
        [
            'environment',
            (0,html_escape/* escapeHtml */.Z)(`${record.os}/${record.arch} · Python ${record.python_version} · ${record.executor}`),
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
    rows.push(['samples', (0,html_escape/* escapeHtml */.Z)(`${record.samples} every ${(0,metric_format/* formatNumber */.ZV)(record.interval_s)} s`)]);
    if (record.repeats !== undefined)
        rows.push(['benchmark', (0,html_escape/* escapeHtml */.Z)(`median of ${(0,numbers/* plural */.LS)(record.repeats.length, 'run')}`)]);
    return `<dl class="facts">\n${rows.map(([k, v]) => `<dt>${(0,html_escape/* escapeHtml */.Z)(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`;
}
function seesText(metric, verdict) {
    const unseen = (0,verdict_text/* unseenBelow */.mv)(metric, verdict);
    return unseen === null ? '' : (0,html_escape/* escapeHtml */.Z)(` (sees ≥ ${unseen})`);
}
function metricsTableHtml(record) {
    const rows = (0,verdict_text/* shownMetrics */.fE)(record).map((metric) => {
        const base = record.baseline[metric];
        const verdict = record.verdicts[metric];
        const baseText = base === undefined
            ? '—'
            : `${(0,metric_format/* formatMetricValue */.dd)(metric, base.value)} ± ${(0,metric_format/* formatMetricValue */.dd)(metric, base.spread)} (${(0,numbers/* plural */.LS)(base.runs, 'run')})`;
        const cls = verdict === undefined ? '' : ` class="verdict-${verdict.verdict}"`;
        return `<tr${cls}><td>${code(metric)}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatMetricValue */.dd)(metric, record[metric]))}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)(baseText)}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)(verdict === undefined ? '—' : (0,numbers/* formatChangePct */.jj)(verdict.change_pct))}</td><td>${verdict === undefined ? '—' : `${verdictIcon(verdict.verdict)} ${(0,html_escape/* escapeHtml */.Z)((0,report_status/* humanize */.I3)(verdict.verdict))}${seesText(metric, verdict)}`}</td></tr>`;
    });
    return (0,html_escape/* table */.t)(['metric', 'value', 'baseline', 'change', 'verdict'], rows, 'metrics');
}
/** `--repeat N`: mean ± σ, median and range of the measured runs (./benchmark.ts's benchmarkSummary); null otherwise. */
function benchmarkTableHtml(record) {
    const summary = (0,benchmark/* benchmarkSummary */.c)(record);
    if (summary === null)
        return null;
    const rows = summary.rows.map((r) => `<tr><td>${code(r.metric)}</td><td class="num">${r.runs}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)(r.mean_sd)}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)(r.median)}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)(r.range)}</td></tr>`);
    const warnings = summary.warnings.map((w) => `<p class="warning">⚠️ ${(0,html_escape/* escapeHtml */.Z)(w)}</p>`);
    return [(0,html_escape/* table */.t)(['metric', 'runs', 'mean ± σ', 'median', 'range'], rows, 'benchmark'), ...warnings].join('\n');
}
function gatesTableHtml(record) {
    if (record.gates.length === 0)
        return '<p class="empty">No gates were set.</p>';
    const rows = (0,gates/* gatesFailingFirst */.T$)(record.gates).map((gate) => `<tr class="gate-${gate.status}"><td>${gateIcon(gate.status)}</td><td>${code(gate.expr)}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatMetricValue */.dd)((0,gates/* gateMetric */.kC)(gate), gate.actual))}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatMetricValue */.dd)((0,gates/* gateMetric */.kC)(gate), gate.limit))}</td><td>${(0,html_escape/* escapeHtml */.Z)((0,report_status/* humanize */.I3)(gate.status))}</td></tr>`);
    return (0,html_escape/* table */.t)(['', 'gate', 'actual', 'limit', 'status'], rows, 'gates');
}
function alertsTableHtml(record) {
    if (record.alerts.length === 0)
        return '<p class="empty">No alerts fired.</p>';
    const rows = record.alerts.map((alert) => `<tr><td>${code(alert.rule)}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,numbers/* formatDuration */.a3)(alert.at_s))}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatNumber */.ZV)(alert.value))}</td><td>${(0,html_escape/* escapeHtml */.Z)(alert.channels.join(', ') || '—')}</td></tr>`);
    return (0,html_escape/* table */.t)(['rule', 'fired at', 'value', 'channels'], rows, 'alerts');
}
function sampleLine(series, metric, label) {
    const kept = (0,downsample/* downsampleKeepingPeaks */.q)(series, MAX_HTML_CHART_POINTS, (s) => s[metric], { keep_lows: true });
    return { label, points: kept.map((s) => [s.elapsed_s, s[metric]]) };
}
/** CPU %, RSS MB, threads and processes, read and write MB over the run. */
function runChartsHtml(record) {
    if (record.series.length < 2)
        return '<p class="empty">Too few samples to chart.</p>';
    const s = record.series;
    const x_label = 'elapsed (s)';
    const charts = [
        (0,svg_chart/* renderSvgChart */.Z)({
            title: 'CPU % over time',
            x_label,
            y_label: 'CPU % (100 = one core)',
            lines: [sampleLine(s, 'cpu_percent', 'CPU %')],
        }),
        (0,svg_chart/* renderSvgChart */.Z)({
            title: 'RSS MB over time',
            x_label,
            y_label: 'RSS (MB)',
            lines: [sampleLine(s, 'rss_mb', 'RSS MB')],
        }),
        (0,svg_chart/* renderSvgChart */.Z)({
            title: 'Threads and processes over time',
            x_label,
            y_label: 'count',
            lines: [sampleLine(s, 'threads', 'threads'), sampleLine(s, 'processes', 'processes')],
        }),
        (0,svg_chart/* renderSvgChart */.Z)({
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
    const runs = runsOldestFirst(record, history);
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
        return (0,svg_chart/* renderSvgChart */.Z)({
            title,
            x_label: `run (oldest → newest; ${runs.length} is this run)`,
            y_label,
            lines,
            integer_x: true,
        });
    });
    return `<div class="charts">\n${charts.join('\n')}\n</div>`;
}

// EXTERNAL MODULE: ./src/engine/report/profile-format.ts
var profile_format = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/report/html-profile.ts



const html_profile_code = (text) => `<code>${(0,html_escape/* escapeHtml */.Z)(text)}</code>`;
const num = (text) => `<td class="num">${(0,html_escape/* escapeHtml */.Z)(text)}</td>`;
/** The section's body (headings at `tag`), or null for a run that was not profiled. */
function profileHtml(record, tag) {
    const profile = record.profile;
    if (!profile)
        return null;
    if (profile.error !== undefined)
        return `<p class="empty">No profile for this run: ${(0,html_escape/* escapeHtml */.Z)(profile.error)}</p>`;
    const parts = [];
    const diff = (0,profile_format/* shownProfileDiff */.u_)(record);
    if (diff) {
        parts.push(`<${tag}>${(0,html_escape/* escapeHtml */.Z)(profile_format/* PROFILE_DIFF_TITLE */.XB)}</${tag}>`, `<p>Own time (time in the function's body) against the profile of baseline run ${html_profile_code(diff.baseline_run_id)}.</p>`, (0,html_escape/* table */.t)(['function', 'baseline', 'this run', 'growth', 'change'], diff.grown.map((g) => {
            const { growth, change } = (0,profile_format/* formatGrowth */.T9)(g);
            return `<tr class="verdict-regressed"><td>${html_profile_code((0,profile_format/* shortFunction */.zR)(g.function))}</td>${num((0,profile_format/* formatSeconds */.Xo)(g.baseline_own_s))}${num((0,profile_format/* formatSeconds */.Xo)(g.current_own_s))}${num(growth)}${num(change)}</tr>`;
        }), 'profile-diff'));
    }
    parts.push(`<${tag}>Top functions by own time</${tag}>`, (0,html_escape/* table */.t)(['function', 'own time', 'cumulative', 'calls'], profile.top_own
        .slice(0, profile_format/* PROFILE_TOP_ROWS */.oO)
        .map((e) => `<tr><td>${html_profile_code((0,profile_format/* shortFunction */.zR)(e.function))}</td>${num((0,profile_format/* formatSeconds */.Xo)(e.own_s))}${num((0,profile_format/* formatSeconds */.Xo)(e.cumulative_s))}${num((0,metric_format/* formatNumber */.ZV)(e.calls))}</tr>`), 'profile-top'), `<p>${(0,html_escape/* escapeHtml */.Z)(`${(0,profile_format/* formatSeconds */.Xo)(profile.total_s)} profiled.`)} Files: ${html_profile_code(profile.pstats_path)} (pstats), ${html_profile_code(profile.speedscope_path)} (open in speedscope).${profile.overhead_note ? ` ${(0,html_escape/* escapeHtml */.Z)(`Note: ${profile.overhead_note}.`)}` : ''}</p>`);
    return parts.join('\n');
}

// EXTERNAL MODULE: ./src/engine/report/instructions-format.ts
var instructions_format = __webpack_require__(1490);
;// CONCATENATED MODULE: ./src/engine/report/html.ts










const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #111827; background: #f9fafb; }
main { margin: 0; padding: 24px 32px; }
h1 { font-size: 1.6rem; margin: 0 0 12px; }
h2 { font-size: 1.25rem; margin: 28px 0 10px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
.duration { font-weight: 400; color: #4b5563; }
.status-passed { color: #166534; } .status-failed, .status-gate_failed, .status-regressed { color: #991b1b; } .status-timeout { color: #92400e; }
svg.icon { width: 1em; height: 1em; vertical-align: -0.125em; }
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
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); gap: 16px; }
svg.chart { background: #fff; border: 1px solid #e5e7eb; width: 100%; height: auto; font-family: inherit; }
svg.chart text { fill: #374151; }
.empty { color: #6b7280; font-style: italic; }
.warning { color: #92400e; }
`;
/** A self-contained page in the reports' style (strict CSP: no scripts, no outside resources). */
function page(title, body) {
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${(0,html_escape/* escapeHtml */.Z)(title)}</title>`,
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
    ];
    const benchmark = benchmarkTableHtml(record);
    if (benchmark !== null) {
        sections.push(`<${h}>Benchmark: the ${record.repeats?.length ?? ''} measured runs</${h}>`, benchmark);
    }
    sections.push(`<${h}>Gates</${h}>`, gatesTableHtml(record), `<${h}>Alerts</${h}>`, alertsTableHtml(record), `<${h}>Charts</${h}>`, runChartsHtml(record));
    const counted = (0,instructions_format/* instructionsHtml */.xk)(record);
    if (counted !== null)
        sections.push(`<${h}>${instructions_format/* INSTRUCTIONS_TITLE */.JM}</${h}>`, counted);
    const profile = profileHtml(record, `h${level + 2}`);
    if (profile !== null)
        sections.push(`<${h}>Profile</${h}>`, profile);
    // History charts need at least one earlier run: a series' first run would draw single dots.
    if (history !== undefined && runsOldestFirst(record, history).length >= 2) {
        sections.push(`<${h}>History</${h}>`, historyChartsHtml(record, history));
        const combinations = multivariateHtml(record, history);
        if (combinations !== null)
            sections.push(`<${h}>Unusual combinations of metrics</${h}>`, combinations);
    }
    return sections;
}
function renderHtml(record, options = {}) {
    return page(`pyrun: ${record.name} — ${(0,report_status/* humanize */.I3)(record.status)}`, runSections(record, options.history, 1));
}
/** Several series on one page: a summary table, then one section per series. */
function renderHtmlMulti(records, options = {}) {
    const worst = (0,report_status/* worstStatus */.A4)(records);
    const rows = records.map((r, i) => `<tr class="status-${(0,html_escape/* escapeHtml */.Z)(r.status)}"><td>${statusIcon(r.status)}</td><td><a href="#series-${i + 1}">${(0,html_escape/* escapeHtml */.Z)(r.name)}</a></td><td>${(0,html_escape/* escapeHtml */.Z)((0,report_status/* humanize */.I3)(r.status))}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,numbers/* formatDuration */.a3)(r.duration_s))}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatMetricValue */.dd)('cpu_time_s', r.cpu_time_s))}</td><td class="num">${(0,html_escape/* escapeHtml */.Z)((0,metric_format/* formatMetricValue */.dd)('peak_rss_mb', r.peak_rss_mb))}</td><td class="num">${r.gates.filter((g) => g.status === 'failed').length} / ${r.gates.length}</td><td>${(0,html_escape/* escapeHtml */.Z)((0,verdict_text/* regressedSummary */.Pl)(r))}</td></tr>`);
    const body = [
        `<h1 class="status-${(0,html_escape/* escapeHtml */.Z)(worst)}">${statusIcon(worst)} pyrun: ${records.length} series</h1>`,
        '<table class="summary">',
        '<thead><tr><th></th><th>series</th><th>status</th><th>duration</th><th>CPU time</th><th>peak RSS</th><th>failed gates</th><th>regressed</th></tr></thead>',
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
    return page(`pyrun: ${records.length} series — ${(0,report_status/* humanize */.I3)(worst)}`, body);
}


/***/ }),

/***/ 5770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ renderSvgChart)
/* harmony export */ });
/* unused harmony export CHART_PALETTE */
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6918);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(766);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8495);
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
    const yScale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_0__/* .niceTicks */ .a)(ys.length > 0 ? ys.reduce((a, b) => Math.min(a, b)) : 0, ys.length > 0 ? ys.reduce((a, b) => Math.max(a, b)) : 1);
    let xTicks;
    if (spec.integer_x) {
        xMin = Math.floor(xMin);
        xMax = Math.ceil(xMax);
        const step = Math.max(1, Math.ceil((0,_scale_js__WEBPACK_IMPORTED_MODULE_0__/* .niceTicks */ .a)(0, xMax - xMin, 8).step));
        xTicks = [];
        for (let t = xMin; t <= xMax; t += step)
            xTicks.push(t);
    }
    else {
        const xScale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_0__/* .niceTicks */ .a)(xMin, xMax, 6, false);
        xTicks = xScale.ticks.filter((t) => t >= xMin - 1e-9 && t <= xMax + 1e-9);
    }
    const px = (x) => MARGIN.left + ((x - xMin) / (xMax - xMin)) * plotW;
    const py = (y) => MARGIN.top + plotH - ((y - yScale.min) / (yScale.max - yScale.min)) * plotH;
    const bottom = MARGIN.top + plotH;
    const parts = [];
    const label = (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(spec.title);
    parts.push(`<svg class="chart" role="img" aria-label="${label}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`, `<title>${label}</title>`, `<text class="chart-title" x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="600">${label}</text>`);
    // Grid and y ticks.
    for (const tick of yScale.ticks) {
        const y = coord(py(tick));
        parts.push(`<line class="grid" x1="${MARGIN.left}" y1="${y}" x2="${MARGIN.left + plotW}" y2="${y}" stroke="#e5e7eb"/>`, `<text class="tick" x="${MARGIN.left - 6}" y="${y}" dy="4" text-anchor="end" font-size="11">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)((0,_metric_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(tick))}</text>`);
    }
    // X ticks.
    for (const tick of xTicks) {
        const x = coord(px(tick));
        parts.push(`<line class="tick-mark" x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 5}" stroke="#6b7280"/>`, `<text class="tick" x="${x}" y="${bottom + 18}" text-anchor="middle" font-size="11">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)((0,_metric_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatNumber */ .ZV)(tick))}</text>`);
    }
    // Axes.
    parts.push(`<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${bottom}" stroke="#374151"/>`, `<line class="axis" x1="${MARGIN.left}" y1="${bottom}" x2="${MARGIN.left + plotW}" y2="${bottom}" stroke="#374151"/>`, `<text class="axis-label" x="${MARGIN.left + plotW / 2}" y="${height - 8}" text-anchor="middle" font-size="12">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(spec.x_label)}</text>`, `<text class="axis-label" x="14" y="${MARGIN.top + plotH / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 14 ${MARGIN.top + plotH / 2})">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(spec.y_label)}</text>`);
    // Lines.
    lines.forEach((line, index) => {
        const color = (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(line.color ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#2563eb');
        const points = line.points.map(([x, y]) => `${coord(px(x))},${coord(py(y))}`).join(' ');
        const dash = line.dashed ? ' stroke-dasharray="6 4"' : '';
        parts.push(`<polyline class="series" data-label="${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(line.label)}" fill="none" stroke="${color}" stroke-width="2"${dash} points="${points}"/>`);
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
            const color = (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(line.color ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#2563eb');
            const textWidth = line.label.length * 6.5;
            x -= textWidth;
            items.push(`<text class="legend" x="${coord(x)}" y="${MARGIN.top - 8}" font-size="11">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(line.label)}</text>`);
            x -= 16;
            items.push(`<rect x="${coord(x)}" y="${MARGIN.top - 17}" width="12" height="4" fill="${color}"/>`);
            x -= 14;
        }
        parts.push(...items.reverse());
    }
    parts.push('</svg>');
    return parts.join('\n');
}


/***/ })

};
