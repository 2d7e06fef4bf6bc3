"use strict";
exports.id = 102;
exports.ids = [102];
exports.modules = {

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trendCommand: () => (/* binding */ trendCommand)
/* harmony export */ });
/* unused harmony export multivariateLines */
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(988);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(407);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8478);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2170);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7478);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1016);
/** `pyrun trend`: slopes per run and per day, robust slopes, forecasts against gates, anomalies, correlation. */




async function trendCommand(opts, ctx) {
    const metrics = (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetric */ .u)(opts.metric);
    const gates = (opts.gate ?? []).map((g) => {
        try {
            return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGate */ .Xi)(g);
        }
        catch (error) {
            if (error instanceof _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .RuleError */ .F)
                throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PyrunError */ .Pu(`bad rule: ${error.message}`);
            throw error;
        }
    });
    const last = opts.last === undefined ? 200 : Number(opts.last);
    if (!Number.isInteger(last) || last < 2)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .PyrunError */ .Pu(`--last must be a whole number of at least 2 (got '${opts.last}')`);
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openExistingHistory */ .MZ)(opts.db, ctx);
    try {
        const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .chooseSeries */ .f7)(store, opts.name);
        const runs = store.listRuns({ name, last }).reverse();
        const report = (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__/* .trendReport */ .W9)(name, runs, metrics, gates);
        if (opts.json) {
            (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJson */ .GF)(ctx, report);
            return 0;
        }
        if (report.metrics.length === 0) {
            ctx.stdout.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(`${name}: ${runs.length} run(s) — a trend needs at least 2`)}\n`);
            return 0;
        }
        ctx.stdout.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(`${name}: ${runs.length} runs, oldest first`)}\n`);
        for (const m of report.metrics) {
            const daily = m.per_day ? `; ${m.per_day.replace(`${m.metric} `, '')}` : '';
            ctx.stdout.write(`  ${m.per_run}${daily}; ${m.robust_per_run?.replace(`${m.metric} `, '')}\n`);
            for (const f of m.forecasts) {
                const when = f.runs === null
                    ? 'never at this trend'
                    : f.runs === 0
                        ? 'already crossed'
                        : `in ${f.runs} runs${f.days !== null ? ` (${f.days.toFixed(1)} days)` : ''}`;
                ctx.stdout.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_6__/* .shown */ .SP)(`    gate ${f.gate}: ${when}`)}\n`);
            }
            for (const a of m.anomalies) {
                ctx.stdout.write(`    anomaly: run ${a.run_id} (${a.started_at}) ${m.metric} = ${a.value.toPrecision(4)} (z ${a.z.toFixed(1)})\n`);
            }
        }
        for (const line of multivariateLines(report.multivariate))
            ctx.stdout.write(`${line}\n`);
        return 0;
    }
    finally {
        store.close();
    }
}
/** The multivariate section: which metrics, at what rate, and each run whose combination is unusual. */
function multivariateLines(mv) {
    if (mv.status === 'too_few_runs')
        return [`  combinations: need at least ${_engine_index_js__WEBPACK_IMPORTED_MODULE_7__/* .MIN_MULTIVARIATE_RUNS */ .O1} runs (have ${mv.runs})`];
    if (mv.status === 'too_few_metrics')
        return ['  combinations: fewer than two metrics vary'];
    const rate = `${Number((mv.false_positive_rate * 100).toPrecision(3))}%`;
    const lines = [
        `  combinations of ${mv.metrics.join(', ')} (robust Mahalanobis, ${rate} false positives): ${mv.outliers.length === 0 ? 'none unusual' : `${mv.outliers.length} unusual`}`,
    ];
    for (const o of mv.outliers) {
        const top = [...o.contributions]
            .sort((a, b) => b.share - a.share)
            .slice(0, 2)
            .map((c) => `${c.metric} z ${c.z >= 0 ? '+' : ''}${c.z.toFixed(1)}`)
            .join(', ');
        lines.push(`    unusual: run ${o.run_id} (${o.started_at}) distance² ${o.distance_sq.toFixed(1)} > ${(mv.threshold_sq ?? 0).toFixed(1)}: ${top}`);
    }
    return lines;
}


/***/ })

};
;