export const id = 37;
export const ids = [37];
export const modules = {

/***/ 7602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ buildBaseline),
/* harmony export */   LA: () => (/* binding */ SPREAD_PER_MAD),
/* harmony export */   Om: () => (/* binding */ spreadFloor),
/* harmony export */   sr: () => (/* binding */ baselineValues),
/* harmony export */   y7: () => (/* binding */ MIN_SPREAD_BY_DIMENSION),
/* harmony export */   yU: () => (/* binding */ robustSummary)
/* harmony export */ });
/* unused harmony exports OUTLIER_SPREADS, MIN_SPREAD_FRACTION, withoutOutliers */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5521);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3171);
/**
 * The baseline of one metric: where the recent passed runs of a series sit, and how much they wander.
 *
 * Rule (robust, deterministic):
 * 1. Non-finite values are dropped.
 * 2. Outliers are excluded: with m = median and s = max(1.4826·MAD, floor) of all values, every x with
 *    |x − m| > 5·s is removed (one pass, no iteration).
 * 3. Of the values kept, centre = median and spread = max(1.4826·MAD, floor).
 *
 * 1.4826·MAD estimates the standard deviation of normal noise. The floor keeps a constant metric (MAD 0) from
 * giving a zero spread that any tiny change would exceed: floor = max(1% of |median|, the metric dimension's
 * absolute epsilon, see MIN_SPREAD_BY_DIMENSION).
 */


/** Scale from the median absolute deviation to a standard deviation under normal noise (1/Φ⁻¹(3/4)). */
const SPREAD_PER_MAD = 1.4826;
/** A baseline value further than this many spreads from the median is an outlier and is not used. */
const OUTLIER_SPREADS = 5;
/** The spread is never below this fraction of |median| (1%). */
const MIN_SPREAD_FRACTION = 0.01;
/**
 * The spread is never below this absolute amount, in the metric's own unit:
 * time 1 ms (metrics are in seconds), size 0.1 MB, percent 0.1 percentage point, count 0.25
 * (so that, on a constant history, one more thread or process is more than 3 spreads away).
 */
const MIN_SPREAD_BY_DIMENSION = {
    time: 0.001,
    size: 0.1,
    percent: 0.1,
    count: 0.25,
};
/** The smallest spread a metric's baseline may have around a centre `centre`. */
function spreadFloor(metric, centre) {
    return Math.max(MIN_SPREAD_FRACTION * Math.abs(centre), MIN_SPREAD_BY_DIMENSION[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_DIMENSION */ .aP[metric]]);
}
/** Median and floored robust spread of non-empty finite `values`. */
function robustSummary(values, floor) {
    if (values.length === 0)
        throw new Error('robustSummary needs at least one value');
    const centre = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values);
    const mad = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .medianAbsoluteDeviation */ .hK)(values);
    return { median: centre, spread: Math.max(SPREAD_PER_MAD * mad, floor(centre)) };
}
/** The finite values of `values` that are within OUTLIER_SPREADS spreads of their median, in their order. */
function withoutOutliers(values, floor) {
    const finite = values.filter(Number.isFinite);
    if (finite.length === 0)
        return [];
    const { median: centre, spread } = robustSummary(finite, floor);
    return finite.filter((x) => Math.abs(x - centre) <= OUTLIER_SPREADS * spread);
}
/**
 * The baseline of `metric` from the values of the baseline runs (the caller chooses them: the last ≤30 passed
 * runs of the same series and fingerprint on the baseline ref). Returns null when no finite value is given.
 * `runs` counts the values kept after outlier exclusion.
 */
function buildBaseline(metric, values) {
    const floor = (centre) => spreadFloor(metric, centre);
    const kept = withoutOutliers(values, floor);
    if (kept.length === 0)
        return null;
    const { median: centre, spread } = robustSummary(kept, floor);
    return { value: centre, spread, runs: kept.length };
}
/** The values of `metric` kept for its baseline (the same exclusion as buildBaseline), for rank tests. */
function baselineValues(metric, values) {
    return withoutOutliers(values, (centre) => spreadFloor(metric, centre));
}


/***/ }),

/***/ 37:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O1: () => (/* binding */ MIN_MULTIVARIATE_RUNS),
  ey: () => (/* binding */ MULTIVARIATE_METRICS),
  Ls: () => (/* binding */ multivariateOutliers)
});

// UNUSED EXPORTS: DEFAULT_MULTIVARIATE_RATE, DEFAULT_MULTIVARIATE_STARTS, MCD_COVERAGE, MULTIVARIATE_METHOD, RUNS_PER_DIMENSION, calibratedThreshold, robustFit

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
 * 4. Each metric's spread floor (./baseline.ts: 1% of the median, or the dimension's epsilon) counts as
 *    measurement resolution: (½·floor)² is added to that metric's variance, so a combination that differs
 *    from the usual by less than half a floor never counts, and a near-singular covariance stays invertible.
 * 5. A run is flagged when its squared distance exceeds χ²(p)'s (1 − rate) quantile; rate is the stated
 *    false-positive rate per run (default 1%). Its p-value is χ²(p)'s upper tail at the distance.
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
/** Calibration: at least this many simulated histories, and about max(this, 50 / rate) simulated distances. */
const MIN_SIMULATIONS = 100;
const SIMULATED_DISTANCES = 20_000;
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
    const threshold = calibratedThreshold(n, p, rate, opts.seed ?? 1, opts.starts ?? DEFAULT_MULTIVARIATE_STARTS);
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
const thresholdCache = new Map();
/**
 * The cutoff for squared distances: χ²(p)'s (1 − rate) quantile, or — larger for small histories, where the
 * robust covariance of few runs is too tight and χ² is too optimistic — the (1 − rate) quantile of the squared
 * distances the same estimator gives on seeded standard-normal histories of n runs and p metrics (the estimator
 * is affine equivariant, so one covariance serves all). Deterministic and cached per (n, p, rate, seed, starts).
 */
function calibratedThreshold(n, p, rate, seed, starts) {
    const key = `${n}:${p}:${rate}:${seed}:${starts}`;
    const cached = thresholdCache.get(key);
    if (cached !== undefined)
        return cached;
    const random = xorshift(seed ^ 0x5bd1e995);
    const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const simulations = Math.max(MIN_SIMULATIONS, Math.ceil(Math.max(SIMULATED_DISTANCES, 50 / rate) / n));
    const distances = [];
    for (let s = 0; s < simulations; s += 1) {
        const Z = Array.from({ length: n }, () => Array.from({ length: p }, gaussian));
        const fit = robustFit(Z, seed + s + 1, starts);
        const L = choleskyWithJitter(fit.cov);
        for (const z of Z)
            distances.push(mahalanobisSq(L, z, fit.mean));
    }
    distances.sort((a, b) => a - b);
    const simulated = distances[Math.min(distances.length - 1, Math.ceil((1 - rate) * distances.length))];
    const threshold = Math.max(chiSquareQuantile(1 - rate, p), simulated);
    thresholdCache.set(key, threshold);
    return threshold;
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


/***/ })

};
