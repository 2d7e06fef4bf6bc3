export const id = 450;
export const ids = [450];
export const modules = {

/***/ 5315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O1: () => (/* reexport */ multivariate/* MIN_MULTIVARIATE_RUNS */.O1),
  ec: () => (/* reexport */ MS_PER_DAY),
  ey: () => (/* reexport */ multivariate/* MULTIVARIATE_METRICS */.ey),
  RT: () => (/* reexport */ anomaliesOf),
  pn: () => (/* reexport */ correlationMatrices),
  Jh: () => (/* reexport */ describeTrend),
  Yv: () => (/* reexport */ forecastCrossing),
  Zy: () => (/* binding */ judgeRun),
  Ls: () => (/* reexport */ multivariate/* multivariateOutliers */.Ls),
  RS: () => (/* reexport */ trendOf)
});

// UNUSED EXPORTS: DEFAULT_ALPHA, DEFAULT_ANOMALY_THRESHOLD, DEFAULT_MIN_BASELINE_RUNS, DEFAULT_MIN_GROWTH_FRACTION, DEFAULT_MIN_REPEATS, DEFAULT_MULTIVARIATE_RATE, DEFAULT_MULTIVARIATE_STARTS, DEFAULT_PROFILE_DIFF_ROWS, DEFAULT_RELATIVE_THRESHOLD_PCT, DEFAULT_SPREADS, MANN_WHITNEY_STATISTIC, MAX_EXACT_CELLS, MCD_COVERAGE, MIN_ANOMALY_HISTORY, MIN_CORRELATION_RUNS, MIN_SPREAD_BY_DIMENSION, MIN_SPREAD_FRACTION, MULTIVARIATE_METHOD, OUTLIER_SPREADS, RUNS_PER_DIMENSION, SPREAD_PER_MAD, anomaliesByMetric, baselineValues, buildBaseline, calibratedThreshold, changePct, chiSquareCdf, chiSquareQuantile, chiSquareSurvival, formatAmount, judgeRepeatValues, judgeRepeats, judgeValue, leastSquares, lnGammaHalfInteger, mannWhitneyExactDistribution, mannWhitneyExactP, mannWhitneyU, medianOfRepeats, metricUnit, midRanks, normalCdf, pearson, profileDiff, rankWithTies, regularizedGammaP, resolveVerdictOptions, robustFit, robustSummary, robustZScores, spearman, spreadFloor, spreadStatistic, theilSen, withoutLine, withoutOutliers

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/analysis/baseline.ts
var analysis_baseline = __webpack_require__(7602);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(5521);
;// CONCATENATED MODULE: ./src/engine/analysis/ranks.ts
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

;// CONCATENATED MODULE: ./src/engine/analysis/mannwhitney.ts
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
    return Math.min(1, Math.max(0, 0.5 * (1 + (0,simple_statistics/* errorFunction */.T7)(z / Math.SQRT2))));
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
    const { ranks, tie_sizes } = rankWithTies([...x, ...y]);
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

;// CONCATENATED MODULE: ./src/engine/analysis/verdict.ts
/**
 * The verdict on one metric: did this run get worse (or better) than its baseline? For every metric higher is
 * worse (duration, CPU, memory, I/O, threads, processes).
 *
 * Single run ('median±3·MAD'): regressed when the value is above the baseline centre by more than the metric's
 * relative threshold AND by more than `spreads` (3) baseline spreads; improved symmetrically below; otherwise
 * unchanged. Both conditions guard each other: the relative threshold ignores changes too small to matter on a
 * very quiet metric, the spreads ignore changes inside the metric's own noise.
 *
 * Benchmark mode ('mann-whitney-u', N ≥ 5 repeats): regressed when the one-sided Mann-Whitney U test of the
 * repeats against the baseline runs gives p < alpha (0.01) AND the median of the repeats is above the baseline
 * centre by more than the relative threshold; improved symmetrically. The p_value reported is the one-sided
 * p-value in the direction the median of the repeats moved ('greater' when it rose, else 'less').
 *
 * Fewer than `min_baseline_runs` (5) baseline runs: insufficient_history.
 */



/**
 * Default relative thresholds, in percent of the baseline centre. Duration and CPU 10%; memory and I/O 5%;
 * thread and process counts 20% (small integers: on a constant history of 5 threads, one more is +20% and
 * does not count, two more does; on 1–4, one more does).
 */
const DEFAULT_RELATIVE_THRESHOLD_PCT = metrics/* DEFAULT_THRESHOLD_PCT */._5; // the metric table's (engine/metrics.ts)
const DEFAULT_SPREADS = 3;
const DEFAULT_MIN_BASELINE_RUNS = 5;
const DEFAULT_ALPHA = 0.01;
const DEFAULT_MIN_REPEATS = 5;
function resolveVerdictOptions(opts = {}) {
    const relative_threshold_pct = { ...DEFAULT_RELATIVE_THRESHOLD_PCT };
    for (const [metric, pct] of Object.entries(opts.relative_threshold_pct ?? {})) {
        if (!(metric in DEFAULT_RELATIVE_THRESHOLD_PCT)) {
            throw new Error(`relative_threshold_pct: unknown metric '${metric}'`);
        }
        if (typeof pct !== 'number' || !Number.isFinite(pct) || pct < 0) {
            throw new Error(`relative_threshold_pct.${metric} must be a number ≥ 0, got ${String(pct)}`);
        }
        relative_threshold_pct[metric] = pct;
    }
    const resolved = {
        relative_threshold_pct,
        spreads: opts.spreads ?? DEFAULT_SPREADS,
        min_baseline_runs: opts.min_baseline_runs ?? DEFAULT_MIN_BASELINE_RUNS,
        alpha: opts.alpha ?? DEFAULT_ALPHA,
        min_repeats: opts.min_repeats ?? DEFAULT_MIN_REPEATS,
    };
    if (!(Number.isFinite(resolved.spreads) && resolved.spreads >= 0)) {
        throw new Error(`spreads must be a number ≥ 0, got ${resolved.spreads}`);
    }
    if (!(Number.isInteger(resolved.min_baseline_runs) && resolved.min_baseline_runs >= 1)) {
        throw new Error(`min_baseline_runs must be an integer ≥ 1, got ${resolved.min_baseline_runs}`);
    }
    if (!(resolved.alpha > 0 && resolved.alpha < 1)) {
        throw new Error(`alpha must be between 0 and 1, got ${resolved.alpha}`);
    }
    if (!(Number.isInteger(resolved.min_repeats) && resolved.min_repeats >= 2)) {
        throw new Error(`min_repeats must be an integer ≥ 2, got ${resolved.min_repeats}`);
    }
    return resolved;
}
/** 100·(value − centre)/|centre|; 0 when both are 0; null when the centre is 0 and the value is not. */
function changePct(value, centre) {
    if (centre === 0)
        return value === 0 ? 0 : null;
    return (100 * (value - centre)) / Math.abs(centre);
}
/** The statistic string of the single-value rule, e.g. `median±3·MAD`. */
function spreadStatistic(spreads) {
    return `median±${spreads}·MAD`;
}
const MANN_WHITNEY_STATISTIC = 'mann-whitney-u';
/** Whether `diff` (value − centre) is beyond the relative threshold. A zero centre makes any change relative. */
function beyondRelative(diff, centre, thresholdPct) {
    return Math.abs(diff) > (thresholdPct / 100) * Math.abs(centre);
}
/** Verdict on one value of `metric` against its baseline (null or too few runs: insufficient_history). */
function judgeValue(metric, value, baseline, opts) {
    const statistic = spreadStatistic(opts.spreads);
    if (baseline === null)
        return { verdict: 'insufficient_history', change_pct: null, statistic };
    const change_pct = changePct(value, baseline.value);
    if (baseline.runs < opts.min_baseline_runs)
        return { verdict: 'insufficient_history', change_pct, statistic };
    const diff = value - baseline.value;
    const significant = beyondRelative(diff, baseline.value, opts.relative_threshold_pct[metric]) &&
        Math.abs(diff) > opts.spreads * baseline.spread;
    const verdict = !significant ? 'unchanged' : diff > 0 ? 'regressed' : 'improved';
    return { verdict, change_pct, statistic };
}
/**
 * Benchmark-mode verdict: the repeats of this run against the (outlier-free) values of the baseline runs.
 * With fewer than `min_repeats` repeats, the median of the repeats is judged by judgeValue.
 */
function judgeRepeatValues(metric, repeats, baseline, baselineValues, opts) {
    const finite = repeats.filter(Number.isFinite);
    if (finite.length === 0)
        throw new Error(`no finite repeat value of ${metric}`);
    const centreOfRepeats = (0,simple_statistics/* median */.JZ)(finite);
    if (finite.length < opts.min_repeats)
        return judgeValue(metric, centreOfRepeats, baseline, opts);
    const statistic = MANN_WHITNEY_STATISTIC;
    if (baseline === null)
        return { verdict: 'insufficient_history', change_pct: null, statistic };
    const change_pct = changePct(centreOfRepeats, baseline.value);
    if (baseline.runs < opts.min_baseline_runs || baselineValues.length < opts.min_baseline_runs) {
        return { verdict: 'insufficient_history', change_pct, statistic };
    }
    const diff = centreOfRepeats - baseline.value;
    const relative = beyondRelative(diff, baseline.value, opts.relative_threshold_pct[metric]);
    const direction = diff > 0 ? 'greater' : 'less';
    const { p_value } = mannWhitneyU(finite, baselineValues, direction);
    const verdict = relative && diff !== 0 && p_value < opts.alpha ? (diff > 0 ? 'regressed' : 'improved') : 'unchanged';
    return { verdict, change_pct, statistic, p_value };
}

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
    const unit = (0,metrics/* metricUnit */.n2)(metric);
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
    if (slope === 0 || span < analysis_baseline/* MIN_SPREAD_BY_DIMENSION */.y7[types/* METRIC_DIMENSION */.aP[trend.metric]]) {
        return `${trend.metric} is flat (${how})`;
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
    const { median, spread } = (0,analysis_baseline/* robustSummary */.yU)(finite, floor);
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
    const scores = robustZScores(values, (centre) => (0,analysis_baseline/* spreadFloor */.Om)(metric, centre));
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
    return pearson(midRanks(x), midRanks(y));
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

// EXTERNAL MODULE: ./src/engine/analysis/multivariate.ts + 2 modules
var multivariate = __webpack_require__(37);
;// CONCATENATED MODULE: ./src/engine/analysis/index.ts
/**
 * The analysis of a run against its history: baseline and verdict per metric (judgeRun, judgeRepeats), plus
 * the history tools (trend, forecast, anomalies, correlation). Pure and deterministic.
 */














function finiteValues(runs, metric) {
    const out = [];
    for (const run of runs) {
        const v = run[metric];
        if (typeof v === 'number' && Number.isFinite(v))
            out.push(v);
    }
    return out;
}
/**
 * Judge this run's metrics against the baseline runs (the caller's choice: the last ≤30 passed runs of the same
 * series and fingerprint on the baseline ref). Throws only on invalid options.
 */
function judgeRun(current, baselineRuns, opts = {}) {
    const resolved = resolveVerdictOptions(opts);
    const judgement = { baseline: {}, verdicts: {} };
    for (const metric of opts.metrics ?? types/* COMPARABLE_METRICS */.fm) {
        const repeats = opts.repeats === undefined ? [] : finiteValues(opts.repeats, metric);
        const value = current[metric];
        const hasValue = typeof value === 'number' && Number.isFinite(value);
        if (!hasValue && repeats.length === 0)
            continue;
        const history = finiteValues(baselineRuns, metric);
        const baseline = (0,analysis_baseline/* buildBaseline */.ET)(metric, history);
        if (baseline !== null)
            judgement.baseline[metric] = baseline;
        judgement.verdicts[metric] =
            repeats.length > 0
                ? judgeRepeatValues(metric, repeats, baseline, (0,analysis_baseline/* baselineValues */.sr)(metric, history), resolved)
                : judgeValue(metric, value, baseline, resolved);
    }
    return judgement;
}
/** Median of each metric over the repeats (metrics with no finite value are left out). */
function medianOfRepeats(repeats) {
    const medians = medianByField(repeats, COMPARABLE_METRICS);
    return Object.fromEntries(Object.entries(medians).filter(([, v]) => v !== null));
}
/** Benchmark mode: judgeRun on the medians of the repeats, with the repeats themselves for the rank test. */
function judgeRepeats(repeats, baselineRuns, opts = {}) {
    return judgeRun(medianOfRepeats(repeats), baselineRuns, { ...opts, repeats });
}


/***/ }),

/***/ 4672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ow: () => (/* reexport */ AlertEvaluator),
  FB: () => (/* reexport */ RuleError),
  Qf: () => (/* reexport */ comparisonsOf),
  ud: () => (/* reexport */ evaluateGates),
  O$: () => (/* reexport */ eventRules),
  Nu: () => (/* reexport */ firesOnEvent),
  Ps: () => (/* reexport */ metricsOf),
  _N: () => (/* reexport */ parseAlert),
  Xi: () => (/* reexport */ parseGate)
});

// UNUSED EXPORTS: ALERT_EVENTS, MAX_RULE_CHARS, evaluateCondition, explainingComparison, printCondition, printExpr, printRule, thresholdRules, usesBaseline

;// CONCATENATED MODULE: ./src/engine/rules/ast.ts
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

;// CONCATENATED MODULE: ./src/engine/rules/errors.ts
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

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
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
    const left = metricsOf(comparison.left);
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
    const metrics = [...new Set([...left, ...metricsOf(comparison.right)])];
    if (metrics.length === 0)
        return { problem: `this comparison mentions no metric; compare one, as in ${example}`, pos };
    // A unit must fit a metric of the comparison: `rss_mb > 5s` compares a size with a time.
    const dimensions = metrics.map((m) => types/* METRIC_DIMENSION */.aP[m]);
    for (const mark of [...unitsIn(comparison.left, marks), ...unitsIn(comparison.right, marks)]) {
        const dimension = UNITS[mark.unit].dimension;
        if (dimensions.includes(dimension))
            continue;
        const actual = metrics.map((m) => `${m} is ${describeDimension(types/* METRIC_DIMENSION */.aP[m])}`).join(' and ');
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

// EXTERNAL MODULE: ./src/engine/metrics.ts
var metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/engine/rules/metrics.ts
/** Which metric names a rule may use, and what to suggest when a name is wrong. */


function allowedMetrics(kind) {
    return kind === 'gate' ? types/* RUN_METRICS */.Ks : types/* SAMPLE_METRICS */.p0;
}
/** Null when `name` is a metric this kind of rule may use; otherwise the problem, with a suggestion. */
function metricProblem(name, kind) {
    const allowed = allowedMetrics(kind);
    if (allowed.includes(name))
        return null;
    if (kind === 'gate' && types/* SAMPLE_METRICS */.p0.includes(name)) {
        const instead = (0,metrics/* sampleMetricRow */.$T)(name)?.counterpart;
        const hint = instead === undefined ? `gates can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
        return `${name} is a live sample metric, but a gate is checked on the run summary; ${hint}`;
    }
    if (kind === 'alert' && types/* RUN_METRICS */.Ks.includes(name)) {
        const instead = (0,metrics/* metricRow */.dh)(name)?.counterpart;
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
            throw new RuleError(`number ${number} is too large`, rule, pos);
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
            throw new RuleError(`unexpected ${wrong}: ${advice}`, rule, pos);
    }
    const shown = /[\x21-\x7e]/.test(ch) ? ch : JSON.stringify(ch);
    throw new RuleError(`unexpected character ${shown}`, rule, pos);
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
    const parser = new Parser(text, 'gate');
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
    tokens;
    index = 0;
    nesting = 0;
    /** Side tables, so the tree itself stays free of positions. */
    marks = { unitOf: new Map(), baselinePos: new Map() };
    constructor(rule, kind) {
        this.rule = rule;
        this.kind = kind;
        if (rule.length > MAX_RULE_CHARS)
            this.fail(`rule is longer than ${MAX_RULE_CHARS} characters`, MAX_RULE_CHARS);
        this.tokens = tokenize(rule);
        if (this.peek().kind === 'end')
            this.fail(`empty rule; a ${kind} looks like ${this.example()}`, 0);
    }
    fail(problem, pos = this.peek().pos) {
        throw new RuleError(problem, this.rule, pos);
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
        const known = ALERT_EVENTS.includes(token.text);
        if (token.kind === 'word' && known)
            return token.text;
        const list = ALERT_EVENTS.map((e) => `on ${e}`).join(', ');
        if (token.kind === 'end')
            this.fail(`expected an event after on: ${list}`, token.pos);
        const near = closest(token.text, ALERT_EVENTS);
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
        if (!this.atOp(...COMPARE_OPS))
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
        if (this.atOp(...COMPARE_OPS)) {
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
        if (token.kind === 'word' && token.text === 'baseline') {
            if (this.kind === 'alert')
                this.fail('baseline is only for gates: an alert is checked live, on samples');
            this.take();
            const expr = { kind: 'baseline' };
            this.marks.baselinePos.set(expr, token.pos);
            return { type: 'number', expr, pos: token.pos };
        }
        if (token.kind === 'word' && !KEYWORDS.has(token.text)) {
            const problem = metricProblem(token.text, this.kind);
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

;// CONCATENATED MODULE: ./src/engine/rules/printer.ts
function printRule(rule) {
    if (rule.kind === 'event')
        return `on ${rule.event}`;
    const condition = printCondition(rule.condition);
    return rule.kind === 'threshold' && rule.for_s !== null
        ? `${condition} for ${printNumber(rule.for_s)}s`
        : condition;
}
/** Binding strength: a child binding looser than its parent needs parentheses. */
const CONDITION_LEVEL = { or: 1, and: 2, not: 3, compare: 4 };
const EXPR_LEVEL = { '+': 1, '-': 1, '*': 2, '/': 2, negate: 3, atom: 4 };
function printCondition(condition) {
    switch (condition.kind) {
        case 'compare':
            return `${printExpr(condition.left)} ${condition.op} ${printExpr(condition.right)}`;
        case 'not':
            return `not ${conditionChild(condition.operand, CONDITION_LEVEL.not, false)}`;
        case 'logic': {
            const level = CONDITION_LEVEL[condition.op];
            const left = conditionChild(condition.left, level, false);
            return `${left} ${condition.op} ${conditionChild(condition.right, level, true)}`;
        }
    }
}
function printExpr(expr) {
    switch (expr.kind) {
        case 'number':
            return printNumber(expr.value);
        case 'metric':
            return expr.name;
        case 'baseline':
            return 'baseline';
        case 'negate':
            return `-${exprChild(expr.operand, EXPR_LEVEL.atom, false)}`;
        case 'arithmetic': {
            const level = EXPR_LEVEL[expr.op];
            return `${exprChild(expr.left, level, false)} ${expr.op} ${exprChild(expr.right, level, true)}`;
        }
    }
}
/** Literals are never negative in a tree; the shortest round-trip form (`0.1`, `1e+21`) re-reads exactly. */
function printNumber(value) {
    return String(value);
}
function conditionLevel(condition) {
    return condition.kind === 'logic' ? CONDITION_LEVEL[condition.op] : CONDITION_LEVEL[condition.kind];
}
function exprLevel(expr) {
    if (expr.kind === 'arithmetic')
        return EXPR_LEVEL[expr.op];
    if (expr.kind === 'negate')
        return EXPR_LEVEL.negate;
    return EXPR_LEVEL.atom;
}
/** Operators associate to the left, so a right child of equal strength keeps its parentheses. */
function conditionChild(child, parentLevel, isRight) {
    const level = conditionLevel(child);
    const bare = printCondition(child);
    return level < parentLevel || (isRight && level === parentLevel) ? `(${bare})` : bare;
}
function exprChild(child, parentLevel, isRight) {
    const level = exprLevel(child);
    const bare = printExpr(child);
    return level < parentLevel || (isRight && level === parentLevel) ? `(${bare})` : bare;
}

;// CONCATENATED MODULE: ./src/engine/rules/evaluate.ts

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
    const subject = metricsOf(comparison.left)[0];
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

;// CONCATENATED MODULE: ./src/engine/rules/alerts-live.ts

/** Tolerance for sample times that are sums of binary fractions (0.1 + 0.2 is not 0.3). */
const TIME_EPSILON_S = 1e-9;
class AlertEvaluator {
    states;
    /** Takes every alert rule; event rules (`on failure`, …) are left to `firesOnEvent`. */
    constructor(rules) {
        this.states = thresholdRules(rules).map((rule) => ({ rule, holding_since_s: null, fired: false }));
    }
    observe(sample) {
        const scope = {
            metric: (name) => sample[name] ?? null,
            baseline: () => undefined,
        };
        const triggers = [];
        for (const state of this.states) {
            const outcome = evaluateCondition(state.rule.condition, scope);
            if (outcome.truth !== true) {
                state.holding_since_s = null;
                state.fired = false;
                continue;
            }
            state.holding_since_s ??= sample.elapsed_s;
            const held_s = sample.elapsed_s - state.holding_since_s;
            if (state.fired || held_s + TIME_EPSILON_S < (state.rule.for_s ?? 0))
                continue;
            state.fired = true;
            triggers.push({
                rule: state.rule.source,
                at_s: sample.elapsed_s,
                value: explainingComparison(outcome).actual,
            });
        }
        return triggers;
    }
}
function thresholdRules(rules) {
    return rules.filter((rule) => rule.kind === 'threshold');
}
/** The `on <event>` rules. */
function eventRules(rules) {
    return rules.filter((rule) => rule.kind === 'event');
}
/** Whether an event rule fires for a run that ended with these events. */
function firesOnEvent(rule, events) {
    return events.has(rule.event);
}

;// CONCATENATED MODULE: ./src/engine/rules/index.ts








/***/ })

};
