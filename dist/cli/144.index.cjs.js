"use strict";
exports.id = 144;
exports.ids = [144];
exports.modules = {

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

/***/ 3645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ rerunsOf),
/* harmony export */   eI: () => (/* binding */ isConfirmedStatistic),
/* harmony export */   gP: () => (/* binding */ confirmedVerdicts),
/* harmony export */   gu: () => (/* binding */ settled)
/* harmony export */ });
/* unused harmony export confirmedStatistic */
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7602);
/* harmony import */ var _rank_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7671);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9740);
/* harmony import */ var _verdict_factors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7609);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8929);
/**
 * Confirming a suspected regression by running the script again.
 *
 * Real run-to-run noise on a shared machine is heavy-tailed and comes in bursts: a run lands far out (a neighbour's
 * job shares the core or its caches for the whole run, two worker processes happen to overlap at a sample), further
 * than any spread learnt from a handful of runs predicts. Such noise only ever adds: a neighbour makes a run slower,
 * never faster. So when a judged metric of a run looks regressed, the script is run up to `--confirm-runs` (2) more
 * times, and the regression stands only when EVERY run is regressed: the least of the runs is judged against the
 * same baseline, by the single-run rule and its rank guard (analysis/verdict.ts). One fast run shows the code can
 * still run fast, and clears the suspicion at once (the confirming stops there); a real regression makes every run
 * slower. It costs time only when something already looks wrong.
 *
 * The median of the runs, judged instead, kept calling a burst regressed: on real runs recorded on a 2-core machine
 * beside a busy core, 15% of unchanged runs still exited 99 with the median, under 1% with the least and the guard
 * (docs/verdicts.md, "On real runs").
 *
 * A metric suspected by the three-run window (the two runs before this one were slow too) is confirmed against the
 * runs before those, as the window judged it: a slow run's own kind must not widen the spread it is judged by.
 * The verdict keeps the re-runs' values (`reruns`), so `pyrun compare` re-judges a stored run to the same verdict.
 */





/** The baseline values a suspected metric's re-runs are judged against (newest first in `baselineRuns`). */
function baselineFor(metric, baselineRuns, opts) {
    const windowed = opts.suspected[metric]?.statistic.startsWith(_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .WINDOW_STATISTIC */ .uM) === true;
    return (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .finiteValues */ .m0)(windowed ? baselineRuns.slice(_verdict_factors_js__WEBPACK_IMPORTED_MODULE_2__/* .WINDOW_RUNS */ .iE - 1) : baselineRuns, metric);
}
function suspectedMetrics(opts) {
    return Object.keys(opts.suspected);
}
/**
 * The value the least of the runs must exceed to be a regression: the single-run rule's bound (the larger of the
 * relative threshold and k(n) baseline spreads, on the log scale for time and size) and the rank guard. Null: no
 * verdict possible (too few baseline runs, or a zero centre).
 */
function confirmationBound(metric, history, guardHistory, min_baseline_runs) {
    const baseline = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .buildBaseline */ .ET)(metric, history);
    if (baseline === null || baseline.runs < min_baseline_runs)
        return null;
    const log = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .multiplicative */ .fE)(metric) && history.every((x) => x > 0);
    const k = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .smallSampleFactor */ .nX)(history.length);
    const opts = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveVerdictOptions */ .MK)({ min_baseline_runs });
    const pct = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .detectableRisePct */ .Q)(metric, baseline, opts, k, log ? history : undefined, guardHistory);
    if (pct === null)
        return null;
    const statistic = `${log ? 'log ' : ''}${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .spreadStatistic */ .AP)(k)}`;
    return { bound: baseline.value * (1 + pct / 100), statistic, centre: baseline.value };
}
/**
 * The verdicts of the least of `runs` (the suspected run first, then its re-runs) against `baselineRuns`, for the
 * suspected metrics, each carrying the re-runs' values.
 */
function confirmedVerdicts(runs, baselineRuns, opts) {
    const out = {};
    for (const metric of suspectedMetrics(opts)) {
        const values = (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .finiteValues */ .m0)(runs, metric);
        const history = baselineFor(metric, baselineRuns, opts);
        const everyRun = (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .finiteValues */ .m0)(baselineRuns, metric);
        const found = confirmationBound(metric, history, everyRun, opts.min_baseline_runs);
        if (found === null || values.length === 0)
            continue;
        const least = Math.min(...values);
        const all = everyRun.length;
        const guard = all >= _rank_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .RANK_GUARD_SECOND_FROM */ .TU ? 'second highest' : 'highest';
        const against = history.length === all
            ? `the ${all} baseline runs, above the ${guard}`
            : `the ${history.length} runs before the last ${_verdict_factors_js__WEBPACK_IMPORTED_MODULE_2__/* .WINDOW_RUNS */ .iE}, above the ${guard} of all ${all}`;
        out[metric] = {
            verdict: least > found.bound ? 'regressed' : 'unchanged',
            change_pct: (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .changePct */ .Ko)(least, found.centre),
            statistic: `${confirmedStatistic(values.length)}${found.statistic} of ${against}`,
            reruns: (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .finiteValues */ .m0)(runs.slice(1), metric),
            limit: found.bound,
        };
    }
    return out;
}
const CONFIRMED_PREFIX = 'least of ';
/** How confirmed verdicts began when the median was judged (histories written then keep it). */
const MEDIAN_CONFIRMED = /^median of \d+ runs \(this and /;
/** `least of 3 runs (this and 2 re-runs): ` — how a confirmed verdict's statistic begins. */
function confirmedStatistic(runs) {
    const re = runs - 1;
    return `${CONFIRMED_PREFIX}${runs} runs (this and ${re} re-run${re === 1 ? '' : 's'}): `;
}
/** Whether a verdict's statistic came from re-runs (it names the runs it judged itself). */
function isConfirmedStatistic(statistic) {
    return statistic.startsWith(CONFIRMED_PREFIX) || MEDIAN_CONFIRMED.test(statistic);
}
/**
 * The re-runs kept in a stored run's verdicts, as metric values per re-run (for re-judging it), with the machine's
 * readings of each where a verdict was withheld for them.
 */
function rerunsOf(verdicts) {
    const out = [];
    for (const [metric, v] of Object.entries(verdicts)) {
        v?.reruns?.forEach((value, i) => {
            out[i] ??= {};
            out[i][metric] = value;
        });
        v?.busy_machine?.cores.slice(1).forEach((cores, i) => {
            out[i] ??= {};
            out[i].neighbour_cores = cores;
        });
        v?.busy_machine?.calibration?.slice(1).forEach((ms, i) => {
            out[i] ??= {};
            out[i].calibration_ms = ms;
        });
    }
    return out;
}
/**
 * Whether the runs so far settle every suspected metric: one run at or under its bound clears it (the least can
 * only fall), and it stands only once all 1 + `planned` runs are above it.
 */
function settled(runs, baselineRuns, planned, opts) {
    for (const metric of suspectedMetrics(opts)) {
        const found = confirmationBound(metric, baselineFor(metric, baselineRuns, opts), (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .finiteValues */ .m0)(baselineRuns, metric), opts.min_baseline_runs);
        if (found === null)
            continue;
        const values = (0,_index_js__WEBPACK_IMPORTED_MODULE_1__/* .finiteValues */ .m0)(runs, metric);
        const cleared = values.some((v) => v <= found.bound);
        if (!cleared && values.length < 1 + planned)
            return false;
    }
    return true;
}


/***/ }),

/***/ 8929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ judgeRun),
/* harmony export */   m0: () => (/* binding */ finiteValues)
/* harmony export */ });
/* unused harmony exports NOT_JUDGED_STATISTIC, medianOfRepeats, judgeRepeats */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8703);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7602);
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9456);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9740);
/**
 * The analysis of a run against its history: baseline and verdict per metric (judgeRun, judgeRepeats), plus
 * the history tools (trend, forecast, anomalies, correlation). Pure and deterministic.
 */
















/** The finite values of `metric` over `runs`, in their order. */
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
 * Judge this run's metrics against the baseline runs (the caller's choice: history/baseline-query.ts: earlier runs of the same
 * series and fingerprint on the baseline ref). Throws only on invalid options.
 */
function judgeRun(current, baselineRuns, opts = {}) {
    const resolved = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveVerdictOptions */ .MK)(opts);
    const judged = new Set(opts.judged ?? _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_JUDGED_METRICS */ .UP);
    const judgement = { baseline: {}, verdicts: {} };
    for (const metric of opts.metrics ?? _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPARABLE_METRICS */ .fm) {
        const repeats = opts.repeats === undefined ? [] : finiteValues(opts.repeats, metric);
        const value = current[metric];
        const hasValue = typeof value === 'number' && Number.isFinite(value);
        if (!hasValue && repeats.length === 0)
            continue;
        const history = finiteValues(baselineRuns, metric);
        const baseline = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .buildBaseline */ .ET)(metric, history);
        if (baseline !== null)
            judgement.baseline[metric] = baseline;
        if (!judged.has(metric)) {
            const centre = repeats.length > 0 ? (0,_robust_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .JZ)(repeats) : value;
            judgement.verdicts[metric] = notJudged(centre, baseline);
            continue;
        }
        if (repeats.length > 0) {
            const verdict = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeRepeatValues */ .fL)(metric, repeats, baseline, (0,_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .baselineValues */ .sr)(history), resolved);
            // Fewer repeats than the rank test needs: their median was judged as one value, on the metric's own scale.
            judgement.verdicts[metric] = withLimit(metric, verdict, baseline, resolved, undefined);
            continue;
        }
        const single = withLimit(metric, (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeValue */ .hy)(metric, value, baseline, resolved, history), baseline, resolved, history);
        const window = opts.window === true && single.verdict === 'unchanged' && resolved.spreads === null
            ? (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeWindow */ ._w)(metric, value, baseline, resolved, history)
            : null;
        judgement.verdicts[metric] =
            window === null ? single : single.limit === undefined ? window : { ...window, limit: single.limit };
    }
    return judgement;
}
/**
 * The verdict with the value it was measured against (`limit`): the baseline centre plus the smallest rise the
 * single-value rule calls regressed (its rank guard included), computed as judgeValue computed it (on the log scale where its statistic says
 * so). Kept on every verdict of that rule, so a chart can draw what the judge saw; a rank test has no such value.
 */
function withLimit(metric, verdict, baseline, opts, history) {
    const ruled = verdict.verdict === 'unchanged' || verdict.verdict === 'regressed' || verdict.verdict === 'improved';
    if (baseline === null || !ruled || verdict.statistic === _verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .MANN_WHITNEY_STATISTIC */ .bs)
        return verdict;
    const log = verdict.statistic.startsWith('log ');
    const pct = verdict.detectable_pct ??
        (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .detectableRisePct */ .Q)(metric, baseline, opts, opts.spreads ?? (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .smallSampleFactor */ .nX)(baseline.runs), log ? history : undefined, history);
    if (pct === null)
        return verdict;
    return { ...verdict, limit: baseline.value + (Math.abs(baseline.value) * pct) / 100 };
}
/** The statistic of a metric that is compared but not weighed by the verdict. */
const NOT_JUDGED_STATISTIC = 'measured, not judged';
function notJudged(value, baseline) {
    return {
        verdict: 'not_judged',
        change_pct: baseline === null ? null : (0,_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .changePct */ .Ko)(value, baseline.value),
        statistic: NOT_JUDGED_STATISTIC,
    };
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

/***/ 7671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ rankGuard),
/* harmony export */   TU: () => (/* binding */ RANK_GUARD_SECOND_FROM),
/* harmony export */   jS: () => (/* binding */ passesRankGuard)
/* harmony export */ });
/**
 * The rank guard of a verdict: whatever the spreads say, a value is called regressed only when it is also above the
 * baseline's highest value (its second highest from RANK_GUARD_SECOND_FROM = 10 baseline runs on), improved only
 * below the lowest (second lowest).
 *
 * Real runs on a shared machine are not log-normal: a busy neighbour makes CPU and wall time two-humped (a run shares
 * a core for its whole length or not), a sampler sees two workers overlap or not, and a robust spread learnt from the
 * lower hump calls the upper one "regressed" again and again. A run no slower than one the baseline already holds as
 * unchanged is no evidence of a regression, whatever its shape. When runs are exchangeable, an unchanged run passes
 * the guard with probability at most 1/(n+1) (2/(n+1) from 10 runs), and with two confirming re-runs (./confirm.ts)
 * all three together at most 1/C(n+3,3) (4/C(n+3,3)).
 */
/** From this many baseline values on, the rank guard is the second highest (lowest) value, below it the highest. */
const RANK_GUARD_SECOND_FROM = 10;
/** The baseline value a rise must exceed ('up') or a fall undercut ('down'); null without baseline values. */
function rankGuard(history, direction) {
    const finite = history.filter(Number.isFinite);
    if (finite.length === 0)
        return null;
    const sorted = [...finite].sort((a, b) => (direction === 'up' ? b - a : a - b));
    return sorted[finite.length >= RANK_GUARD_SECOND_FROM ? 1 : 0];
}
/** Whether `value` passes the rank guard of `history` in the direction it moved from `centre`. */
function passesRankGuard(value, centre, history) {
    if (history === undefined)
        return true;
    const up = value > centre;
    const guard = rankGuard(history, up ? 'up' : 'down');
    return guard === null || (up ? value > guard : value < guard);
}


/***/ }),

/***/ 7609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ SMALL_SAMPLE_MIN_N),
/* harmony export */   S: () => (/* binding */ SMALL_SAMPLE_FACTORS),
/* harmony export */   iE: () => (/* binding */ WINDOW_RUNS),
/* harmony export */   wc: () => (/* binding */ WINDOW_FACTORS)
/* harmony export */ });
/* unused harmony exports SMALL_SAMPLE_ALPHA, WINDOW_ALPHA */
/**
 * Generated by scripts/calibrate-verdict.mjs (400000 seeded draws per n): do not edit by hand.
 *
 * SMALL_SAMPLE_FACTORS[n − 2] is k(n) for n = 2..30 baseline runs: under iid normal noise a new run lies
 * above median + k(n)·spread of the n runs (spread: 1.0483·median|xᵢ − xⱼ|) with probability 0.005 (one-sided). More runs than 30 use k(30).
 */
const SMALL_SAMPLE_ALPHA = 0.005;
const SMALL_SAMPLE_MIN_N = 2;
const SMALL_SAMPLE_FACTORS = [
    52.87, // n = 2
    8.225, // n = 3
    5.314, // n = 4
    5.274, // n = 5
    4.314, // n = 6
    3.962, // n = 7
    3.717, // n = 8
    3.498, // n = 9
    3.372, // n = 10
    3.289, // n = 11
    3.207, // n = 12
    3.159, // n = 13
    3.079, // n = 14
    3.053, // n = 15
    3.026, // n = 16
    2.994, // n = 17
    2.961, // n = 18
    2.946, // n = 19
    2.93, // n = 20
    2.915, // n = 21
    2.896, // n = 22
    2.867, // n = 23
    2.859, // n = 24
    2.849, // n = 25
    2.819, // n = 26
    2.82, // n = 27
    2.812, // n = 28
    2.818, // n = 29
    2.795, // n = 30
];
/**
 * WINDOW_FACTORS[n − 2] is k₃(n): under the same noise the median of 3 more runs lies above median + k₃(n)·spread of
 * the n runs before them with probability 0.0025 (one-sided). More runs than 30 use k₃(30).
 */
const WINDOW_RUNS = 3;
const WINDOW_ALPHA = 0.0025;
const WINDOW_FACTORS = [
    83.593, // n = 2
    8.709, // n = 3
    5.116, // n = 4
    4.994, // n = 5
    3.922, // n = 6
    3.416, // n = 7
    3.158, // n = 8
    2.932, // n = 9
    2.795, // n = 10
    2.672, // n = 11
    2.595, // n = 12
    2.519, // n = 13
    2.479, // n = 14
    2.421, // n = 15
    2.378, // n = 16
    2.336, // n = 17
    2.305, // n = 18
    2.312, // n = 19
    2.252, // n = 20
    2.273, // n = 21
    2.232, // n = 22
    2.223, // n = 23
    2.191, // n = 24
    2.188, // n = 25
    2.162, // n = 26
    2.174, // n = 27
    2.153, // n = 28
    2.141, // n = 29
    2.147, // n = 30
];


/***/ }),

/***/ 9740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ spreadStatistic),
/* harmony export */   Ko: () => (/* binding */ changePct),
/* harmony export */   MK: () => (/* binding */ resolveVerdictOptions),
/* harmony export */   Q: () => (/* binding */ detectableRisePct),
/* harmony export */   _w: () => (/* binding */ judgeWindow),
/* harmony export */   bs: () => (/* binding */ MANN_WHITNEY_STATISTIC),
/* harmony export */   fE: () => (/* binding */ multiplicative),
/* harmony export */   fL: () => (/* binding */ judgeRepeatValues),
/* harmony export */   hy: () => (/* binding */ judgeValue),
/* harmony export */   nX: () => (/* binding */ smallSampleFactor),
/* harmony export */   uM: () => (/* binding */ WINDOW_STATISTIC)
/* harmony export */ });
/* unused harmony exports DEFAULT_RELATIVE_THRESHOLD_PCT, DEFAULT_MIN_BASELINE_RUNS, DEFAULT_ALPHA, DEFAULT_MIN_REPEATS, windowFactor */
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9456);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7602);
/* harmony import */ var _mannwhitney_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(741);
/* harmony import */ var _rank_guard_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7671);
/* harmony import */ var _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7609);
/**
 * The verdict on one metric: did this run get worse (or better) than its baseline? For every metric higher is
 * worse (duration, CPU, memory, I/O, threads, processes).
 *
 * Single run ('median±k·spread'): regressed when the value is above the baseline centre by more than the
 * metric's relative threshold AND by more than k(n) baseline spreads; improved symmetrically below; otherwise
 * unchanged. k(n) is the small-sample factor for n baseline runs (verdict-factors.ts, generated by
 * scripts/calibrate-verdict.mjs): under normal noise a new run passes median + k(n)·spread by chance with
 * probability 0.5% at every n, where a fixed factor such as 3 would raise false alarms several-fold on the
 * 5–10 runs a young series has. Time and size are compared on a log scale (median and spread of the logs of the
 * baseline values): their noise is multiplicative and skewed. Both conditions guard each other: the relative threshold ignores changes too
 * small to matter on a very quiet metric, the spreads ignore changes inside the metric's own noise.
 *
 * Benchmark mode ('mann-whitney-u', N ≥ 5 repeats): regressed when the one-sided Mann-Whitney U test of the
 * repeats against the baseline runs gives p < alpha (0.01) AND the median of the repeats is above the baseline
 * centre by more than the relative threshold; improved symmetrically. The p_value reported is the one-sided
 * p-value in the direction the median of the repeats moved ('greater' when it rose, else 'less').
 *
 * The rank guard (./rank-guard.ts): whatever the spreads say, a value is called regressed only when it is also above
 * the baseline's highest value (second highest from 10 baseline runs on), improved only below the lowest.
 *
 * Fewer than `min_baseline_runs` (5) baseline runs: insufficient_history.
 *
 * The window ('last 3 runs', judgeWindow): a regression that stays is judged on more than one run. On a run of
 * the baseline ref itself (never a pull request's), time and size are also judged as the median of this run and
 * the two baseline runs before it against the runs before those: regressed when that median is above their centre
 * by more than the relative threshold AND by more than k₃(n) of their spreads, and this run itself is above it by
 * more than the relative threshold (the run after a fix is not blamed for the two before it); k₃(n) holds a chance
 * passage to 0.25% under normal noise (with the single-run rule's 0.5%, within 0.75% of runs together). The median of three
 * has a third of one run's noise to beat, so a +25% change at CV 5% is caught within its first three pushes far
 * more often than by its first run alone (docs/verdicts.md, "How verdicts are decided"). The median of the three must
 * pass the rank guard of the runs before them too.
 */







/**
 * Default relative thresholds, in percent of the baseline centre. Duration and CPU 10%; memory and I/O 5%;
 * thread and process counts 20% (small integers: on a constant history of 5 threads, one more is +20% and
 * does not count, two more does; on 1–4, one more does).
 */
const DEFAULT_RELATIVE_THRESHOLD_PCT = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLD_PCT */ ._5; // the metric table's (engine/metrics.ts)
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
        spreads: opts.spreads ?? null,
        min_baseline_runs: opts.min_baseline_runs ?? DEFAULT_MIN_BASELINE_RUNS,
        alpha: opts.alpha ?? DEFAULT_ALPHA,
        min_repeats: opts.min_repeats ?? DEFAULT_MIN_REPEATS,
    };
    if (resolved.spreads !== null && !(Number.isFinite(resolved.spreads) && resolved.spreads >= 0)) {
        throw new Error(`spreads must be a number ≥ 0, got ${resolved.spreads}`);
    }
    if (!(Number.isInteger(resolved.min_baseline_runs) && resolved.min_baseline_runs >= _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_SAMPLE_MIN_N */ .LL)) {
        throw new Error(`min_baseline_runs must be an integer ≥ ${_verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_SAMPLE_MIN_N */ .LL}, got ${resolved.min_baseline_runs}`);
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
/**
 * The small-sample factor k(n) for n baseline runs: a new run of the same noise passes median + k(n)·spread with
 * probability SMALL_SAMPLE_ALPHA (0.5%). Infinite below SMALL_SAMPLE_MIN_N runs; beyond the table, its last entry.
 */
function smallSampleFactor(n) {
    if (n < _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_SAMPLE_MIN_N */ .LL)
        return Number.POSITIVE_INFINITY;
    const table = _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_SAMPLE_FACTORS */ .S;
    return table[Math.min(n - _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_SAMPLE_MIN_N */ .LL, table.length - 1)];
}
/** How a window verdict's statistic begins (it names its own runs: explain adds no "over N runs"). */
const WINDOW_STATISTIC = `last ${_verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .WINDOW_RUNS */ .iE} runs`;
/** k₃(n): the window rule's factor for n runs before the window (see smallSampleFactor). */
function windowFactor(n) {
    if (n < _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_SAMPLE_MIN_N */ .LL)
        return Number.POSITIVE_INFINITY;
    return _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .WINDOW_FACTORS */ .wc[Math.min(n - _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_SAMPLE_MIN_N */ .LL, _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .WINDOW_FACTORS */ .wc.length - 1)];
}
/** The statistic string of the single-value rule, e.g. `median±5.21·spread`. */
function spreadStatistic(spreads) {
    return Number.isFinite(spreads) ? `median±${round2(spreads)}·spread` : 'median±k·spread';
}
function round2(x) {
    return String(Math.round(x * 100) / 100);
}
const MANN_WHITNEY_STATISTIC = 'mann-whitney-u';
/** Whether `diff` (value − centre) is beyond the relative threshold. A zero centre makes any change relative. */
function beyondRelative(diff, centre, thresholdPct) {
    return Math.abs(diff) > (thresholdPct / 100) * Math.abs(centre);
}
/** Time and size wander multiplicatively (a run is "3% slower", not "30 ms slower"): judged on a log scale. */
function multiplicative(metric) {
    const dimension = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric];
    return dimension === 'time' || dimension === 'size';
}
/** How far `value` is from the baseline, in baseline spreads; on a log scale for time and size when it can be. */
function spreadsAway(metric, value, baseline, history) {
    const logs = history !== undefined &&
        multiplicative(metric) &&
        value > 0 &&
        history.length > 0 &&
        history.every((x) => x > 0);
    if (!logs)
        return { distance: Math.abs(value - baseline.value) / baseline.spread, log: false };
    const { centre, spread } = logBaseline(metric, history);
    return { distance: Math.abs(Math.log(value) - centre) / spread, log: true };
}
/** Median and Shamos spread of the logs of positive `values`, the spread floored as the metric's is. */
function logBaseline(metric, values) {
    const logs = values.map(Math.log);
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(logs);
    const floor = Math.log1p((0,_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .spreadFloor */ .Om)(metric, Math.exp(centre)) / Math.exp(centre));
    return { centre, spread: Math.max((0,_baseline_js__WEBPACK_IMPORTED_MODULE_3__/* .pairwiseSpread */ .SV)(logs), floor) };
}
/**
 * Verdict on one value of `metric` against its baseline (null or too few runs: insufficient_history). With the
 * baseline runs' values as `history`, time and size metrics are judged on a log scale (their noise is
 * multiplicative and skewed: on a linear scale a slow tail would raise false alarms); the baseline entry shown
 * stays in the metric's unit.
 */
function judgeValue(metric, value, baseline, opts, history) {
    const spreads = opts.spreads ?? smallSampleFactor(baseline?.runs ?? 0);
    if (baseline === null) {
        return { verdict: 'insufficient_history', change_pct: null, statistic: spreadStatistic(spreads) };
    }
    const change_pct = changePct(value, baseline.value);
    if (baseline.runs < opts.min_baseline_runs) {
        return { verdict: 'insufficient_history', change_pct, statistic: spreadStatistic(spreads) };
    }
    const diff = value - baseline.value;
    const { distance, log } = spreadsAway(metric, value, baseline, history);
    const statistic = `${log ? 'log ' : ''}${spreadStatistic(spreads)}`;
    const significant = beyondRelative(diff, baseline.value, opts.relative_threshold_pct[metric]) &&
        distance > spreads &&
        (0,_rank_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .passesRankGuard */ .jS)(value, baseline.value, history);
    const verdict = !significant ? 'unchanged' : diff > 0 ? 'regressed' : 'improved';
    if (verdict !== 'unchanged')
        return { verdict, change_pct, statistic };
    const detectable_pct = detectableRisePct(metric, baseline, opts, spreads, log ? history : undefined, history);
    return { verdict, change_pct, statistic, ...(detectable_pct === null ? {} : { detectable_pct }) };
}
/**
 * The smallest rise above the baseline centre, in percent of it, that judgeValue would call regressed: the largest
 * of the relative threshold, `spreads` baseline spreads (on the log scale where the verdict used it) and, with the
 * baseline's values as `guardHistory`, the rank guard. Null when the centre is 0 (no relative change is defined).
 */
function detectableRisePct(metric, baseline, opts, spreads, logHistory, guardHistory) {
    if (baseline.value === 0 || !Number.isFinite(spreads))
        return null;
    const centre = Math.abs(baseline.value);
    let bySpread;
    if (logHistory !== undefined) {
        const { centre: logCentre, spread } = logBaseline(metric, logHistory);
        bySpread = Math.exp(logCentre + spreads * spread) / centre - 1;
    }
    else {
        bySpread = (spreads * baseline.spread) / centre;
    }
    const guard = guardHistory === undefined ? null : (0,_rank_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .rankGuard */ .K0)(guardHistory, 'up');
    const byRank = guard === null ? 0 : guard / centre - 1;
    return 100 * Math.max(opts.relative_threshold_pct[metric] / 100, bySpread, byRank);
}
/**
 * The window rule (see the header): `value` and the two newest baseline values (`history` newest first) against
 * the baseline values before them. Time and size only, single values only; 'regressed' or null (nothing to add:
 * too few runs before the window, another dimension, or no regression). `change_pct` stays this run's against the
 * whole baseline, as the single-run verdict gives it; the statistic names the window.
 */
function judgeWindow(metric, value, baseline, opts, history) {
    const earlier = _verdict_factors_js__WEBPACK_IMPORTED_MODULE_1__/* .WINDOW_RUNS */ .iE - 1;
    const before = history.slice(earlier);
    if (baseline === null || !multiplicative(metric) || before.length < opts.min_baseline_runs)
        return null;
    const window = [value, ...history.slice(0, earlier)];
    if (![...window, ...before].every((x) => x > 0 && Number.isFinite(x)))
        return null;
    const { centre, spread } = logBaseline(metric, before);
    const windowCentre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(window.map(Math.log));
    const k = windowFactor(before.length);
    const threshold = opts.relative_threshold_pct[metric];
    const beyond = (x) => x > Math.exp(centre) && beyondRelative(x - Math.exp(centre), Math.exp(centre), threshold);
    // The median of the three (two of them high is a regression that stays), and this run itself: the run after a
    // fix, beside two slow ones, is not called regressed.
    const guard = (0,_rank_guard_js__WEBPACK_IMPORTED_MODULE_4__/* .rankGuard */ .K0)(before, 'up');
    if (!(windowCentre - centre > k * spread &&
        Math.exp(windowCentre) > guard &&
        beyond(Math.exp(windowCentre)) &&
        beyond(value)))
        return null;
    return {
        verdict: 'regressed',
        change_pct: changePct(value, baseline.value),
        statistic: `${WINDOW_STATISTIC}: log median±${round2(k)}·spread of the ${before.length} runs before them`,
    };
}
/**
 * Benchmark-mode verdict: the repeats of this run against the (outlier-free) values of the baseline runs.
 * With fewer than `min_repeats` repeats, the median of the repeats is judged by judgeValue.
 */
function judgeRepeatValues(metric, repeats, baseline, baselineValues, opts) {
    const finite = repeats.filter(Number.isFinite);
    if (finite.length === 0)
        throw new Error(`no finite repeat value of ${metric}`);
    const centreOfRepeats = (0,_robust_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(finite);
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
    const { p_value } = (0,_mannwhitney_js__WEBPACK_IMPORTED_MODULE_5__/* .mannWhitneyU */ .KZ)(finite, baselineValues, direction);
    const verdict = relative && diff !== 0 && p_value < opts.alpha ? (diff > 0 ? 'regressed' : 'improved') : 'unchanged';
    return { verdict, change_pct, statistic, p_value };
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


/***/ })

};
;