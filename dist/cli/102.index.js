export const id = 102;
export const ids = [102,478];
export const modules = {

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand),
/* harmony export */   u: () => (/* binding */ parseMetric)
/* harmony export */ });
/* unused harmony export parseMinBaselineRuns */
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7740);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2170);
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
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`--metric '${metric}' is not a run metric; use one of: ${_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.join(', ')}`);
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
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`no runs named '${name}'`);
        const result = (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compareRun */ .XZ)(store, newest, {
            baseline_ref: opts.baselineRef ?? null,
            min_baseline_runs,
            metrics,
        });
        if (opts.json)
            (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJson */ .GF)(ctx, result);
        else {
            ctx.stdout.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`${name}: run ${newest.run_id} (${newest.started_at}) against ${result.baseline_runs} earlier runs: ${result.status}`)}\n\n`);
            ctx.stdout.write((0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTable */ .k)(['metric', 'value', 'baseline', '± spread', 'change %', 'verdict'], result.rows.map((r) => [
                r.metric,
                (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .fixed */ .Z)(r.value, 3),
                (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .fixed */ .Z)(r.baseline?.value, 3),
                (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .fixed */ .Z)(r.baseline?.spread, 3),
                (0,_table_js__WEBPACK_IMPORTED_MODULE_1__/* .fixed */ .Z)(r.verdict.change_pct, 1),
                r.verdict.verdict,
            ])));
        }
        return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .Rr)({ status: result.status, exit_code: newest.exit_code, signal: newest.signal });
    }
    finally {
        store.close();
    }
}
/** `--min-baseline-runs N`: an integer ≥ 2 (default 5, as for `pyrun run`). */
function parseMinBaselineRuns(text) {
    if (text === undefined)
        return _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_BASELINE_RUNS */ .mV;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 2) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`--min-baseline-runs must be a whole number ≥ 2 (got '${text}')`);
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
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7740);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */



async function openExistingHistory(db, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.cwd, db);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`);
    }
    const store = await _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .HistoryStore */ .KU.open(file);
    for (const w of store.warnings)
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: warning: ${w}`)}\n`);
    return store;
}
/** The series to read: --name, or the only series there is. */
function chooseSeries(store, name) {
    const names = store.seriesNames();
    if (name !== undefined) {
        if (!names.includes(name)) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`);
        }
        return name;
    }
    if (names.length === 1)
        return names[0];
    throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
}
function writeJson(ctx, value) {
    ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trendCommand: () => (/* binding */ trendCommand)
/* harmony export */ });
/* unused harmony export multivariateLines */
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7740);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7478);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1016);
/** `pyrun trend`: slopes per run and per day, robust slopes, forecasts against gates, anomalies, correlation. */



async function trendCommand(opts, ctx) {
    const metrics = (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMetric */ .u)(opts.metric);
    const gates = (opts.gate ?? []).map((g) => {
        try {
            return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGate */ .Xi)(g);
        }
        catch (error) {
            if (error instanceof _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleError */ .FB)
                throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`bad rule: ${error.message}`);
            throw error;
        }
    });
    const last = opts.last === undefined ? 200 : Number(opts.last);
    if (!Number.isInteger(last) || last < 2)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`--last must be a whole number of at least 2 (got '${opts.last}')`);
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .openExistingHistory */ .MZ)(opts.db, ctx);
    try {
        const name = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .chooseSeries */ .f7)(store, opts.name);
        const runs = store.listRuns({ name, last }).reverse();
        const report = (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .trendReport */ .W9)(name, runs, metrics, gates);
        if (opts.json) {
            (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJson */ .GF)(ctx, report);
            return 0;
        }
        if (report.metrics.length === 0) {
            ctx.stdout.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`${name}: ${runs.length} run(s) — a trend needs at least 2`)}\n`);
            return 0;
        }
        ctx.stdout.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`${name}: ${runs.length} runs, oldest first`)}\n`);
        for (const m of report.metrics) {
            const daily = m.per_day ? `; ${m.per_day.replace(`${m.metric} `, '')}` : '';
            ctx.stdout.write(`  ${m.per_run}${daily}; ${m.robust_per_run?.replace(`${m.metric} `, '')}\n`);
            for (const f of m.forecasts) {
                const when = f.runs === null
                    ? 'never at this trend'
                    : f.runs === 0
                        ? 'already crossed'
                        : `in ${f.runs} runs${f.days !== null ? ` (${f.days.toFixed(1)} days)` : ''}`;
                ctx.stdout.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`    gate ${f.gate}: ${when}`)}\n`);
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
        return [`  combinations: need at least ${_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_MULTIVARIATE_RUNS */ .O1} runs (have ${mv.runs})`];
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


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ fixed),
/* harmony export */   k: () => (/* binding */ formatTable)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7740);
/** Aligned plain-text tables for the terminal (numbers right-aligned, text left-aligned). */

function formatTable(headers, rows) {
    // Cells are often names from a history (imported, foreign): one line each, and no workflow command.
    const cells = rows.map((r) => r.map((c) => (c === null ? '–' : String(c).replace(/[\r\n]+/g, ' '))));
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
    const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
    const line = (r) => r
        .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)([line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n')) + '\n';
}
/** A number with a fixed count of decimals, or null kept as null for the table. */
function fixed(n, digits) {
    return n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));
}


/***/ })

};
