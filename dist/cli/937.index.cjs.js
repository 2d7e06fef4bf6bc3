"use strict";
exports.id = 937;
exports.ids = [937];
exports.modules = {

/***/ 6937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   abHyperfineJson: () => (/* binding */ abHyperfineJson),
/* harmony export */   benchmarkActionJson: () => (/* binding */ benchmarkActionJson),
/* harmony export */   bmfJson: () => (/* binding */ bmfJson),
/* harmony export */   hyperfineJson: () => (/* binding */ hyperfineJson),
/* harmony export */   judgedMetricsOf: () => (/* binding */ judgedMetricsOf),
/* harmony export */   measureSlug: () => (/* binding */ measureSlug)
/* harmony export */ });
/* harmony import */ var _analysis_benchmark_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1808);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);




/** The metrics a record was judged on, or the costs when it was not judged at all; each with a value. */
function judgedMetricsOf(record) {
    const judged = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.filter((m) => record.verdicts[m] !== undefined);
    const chosen = judged.length > 0 ? judged : _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM;
    return chosen.filter((m) => typeof record[m] === 'number' && Number.isFinite(record[m]));
}
/** The measured runs' values of a metric under `--repeat N` (finite ones), or null for a single run. */
function repeatValues(record, metric) {
    if (record.repeats === undefined || record.repeats.length < 2)
        return null;
    const values = record.repeats.map((r) => r[metric]).filter((v) => Number.isFinite(v));
    return values.length >= 2 ? values : null;
}
/** Bencher measure slugs are lower-case words joined by `-`: `duration_s` → `duration-s`. */
function measureSlug(metric) {
    return metric.replace(/_/g, '-');
}
/** github-action-benchmark's `customSmallerIsBetter` JSON: one entry per judged metric of every record. */
function benchmarkActionJson(records) {
    const entries = records.flatMap((record) => judgedMetricsOf(record).map((metric) => {
        const values = repeatValues(record, metric);
        const unit = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricUnit */ .n2)(metric);
        const facts = [
            `status ${record.status}`,
            `run ${record.run_id}`,
            ...(record.git_sha ? [`commit ${record.git_sha.slice(0, 12)}`] : []),
            ...(values ? [`median of ${values.length} runs`] : []),
            ...(record.verdicts[metric] ? [`verdict ${record.verdicts[metric].verdict}`] : []),
        ];
        return {
            name: `${record.name}: ${metric}`,
            unit,
            value: record[metric],
            ...(values ? { range: `± ${round((0,_analysis_benchmark_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkStats */ .Xw)(values).stddev)}` } : {}),
            extra: facts.join('\n'),
        };
    }));
    return `${JSON.stringify(entries, null, 2)}\n`;
}
/** Bencher Metric Format: a benchmark per series, a measure per judged metric; `--repeat N` adds min and max. */
function bmfJson(records) {
    const bmf = {};
    for (const record of records) {
        const measures = {};
        for (const metric of judgedMetricsOf(record)) {
            const values = repeatValues(record, metric);
            measures[measureSlug(metric)] = {
                value: record[metric],
                ...(values ? { lower_value: Math.min(...values), upper_value: Math.max(...values) } : {}),
            };
        }
        bmf[record.name] = { ...bmf[record.name], ...measures };
    }
    return `${JSON.stringify(bmf, null, 2)}\n`;
}
/** One hyperfine result from measured runs (their wall times are `times`). */
function hyperfineResult(command, runs) {
    const times = runs.map((r) => r.duration_s).filter((t) => Number.isFinite(t));
    if (times.length === 0)
        return null;
    const stats = (0,_analysis_benchmark_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .benchmarkStats */ .Xw)(times);
    const meanOf = (values) => {
        const known = values.filter((v) => v !== null && Number.isFinite(v));
        return known.length === values.length && known.length > 0
            ? known.reduce((a, b) => a + b, 0) / known.length
            : null;
    };
    return {
        command,
        mean: stats.mean,
        stddev: stats.n > 1 ? stats.stddev : null,
        median: stats.median,
        user: meanOf(runs.map((r) => r.cpu_user_s)),
        system: meanOf(runs.map((r) => r.cpu_system_s)),
        min: stats.min,
        max: stats.max,
        times,
        exit_codes: runs.map((r) => r.exit_code),
    };
}
/** hyperfine's JSON of a run or suite: a result per script, over its measured runs (`--repeat N`) or its one run. */
function hyperfineJson(records) {
    const results = records.flatMap((record) => {
        const result = hyperfineResult(record.script || record.name, record.repeats ?? [record]);
        return result ? [result] : [];
    });
    return `${JSON.stringify({ results }, null, 2)}\n`;
}
/** hyperfine's JSON of `pyrun ab`: A's and B's measured runs, each named by its side's label. */
function abHyperfineJson(record) {
    const side = (name) => record.runs.filter((r) => r.side === name);
    const results = [
        hyperfineResult(record.a.label, side('A')),
        hyperfineResult(record.b.label, side('B')),
    ].filter((r) => r !== null);
    return `${JSON.stringify({ results }, null, 2)}\n`;
}
function round(value) {
    return Number(value.toPrecision(4));
}


/***/ })

};
;