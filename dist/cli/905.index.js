export const id = 905;
export const ids = [905];
export const modules = {

/***/ 8905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCommand: () => (/* binding */ historyCommand),
/* harmony export */   historyImportCommand: () => (/* binding */ historyImportCommand)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7740);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2170);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1016);
/** `pyrun history` (list runs, as a table, JSON or CSV) and `pyrun history import FILE…` (merge JSONL records or another history). */





async function historyCommand(opts, ctx) {
    const last = opts.last === undefined ? 20 : Number(opts.last);
    if (!Number.isInteger(last) || last < 1)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`--last must be a whole number of at least 1 (got '${opts.last}')`);
    if (opts.json && opts.csv)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu('--json and --csv both name the output format: choose one');
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .openExistingHistory */ .MZ)(opts.db, ctx);
    try {
        const runs = store.listRuns({ ...(opts.name ? { name: opts.name } : {}), last });
        if (opts.json) {
            (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJson */ .GF)(ctx, runs);
            return 0;
        }
        if (opts.csv) {
            ctx.stdout.write((0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runsToCsv */ .Gt)(runs));
            return 0;
        }
        if (runs.length === 0) {
            ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: no runs${opts.name ? ` named '${opts.name}'` : ''} in ${opts.db}`)}\n`);
            return 0;
        }
        ctx.stdout.write((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTable */ .k)(['started', 'name', 'status', 'duration s', 'cpu s', 'peak MB', 'ref', 'sha'], runs.map((r) => [
            r.started_at.replace('T', ' ').slice(0, 19),
            r.name,
            r.is_pull_request ? `${r.status} (PR)` : r.status,
            (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .fixed */ .Z)(r.duration_s, 3),
            (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .fixed */ .Z)(r.cpu_time_s, 3),
            (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .fixed */ .Z)(r.peak_rss_mb, 1),
            r.git_ref ?? '–',
            r.git_sha?.slice(0, 8) ?? '–',
        ])));
        return 0;
    }
    finally {
        store.close();
    }
}
async function historyImportCommand(files, opts, ctx) {
    const history = await (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .openHistory */ .jC)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.cwd, opts.db), { mode: 'merge' });
    for (const w of history.warnings)
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: warning: ${w}`)}\n`);
    const results = [];
    try {
        // Under the history's lock: read as it is now, merge, write atomically (a running pyrun's runs are kept).
        const { warnings } = await history.update((store) => importFiles(store, files, ctx, results));
        for (const w of warnings)
            ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: warning: ${w}`)}\n`);
    }
    finally {
        history.close();
    }
    if (opts.json)
        (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJson */ .GF)(ctx, results);
    return 0;
}
async function importFiles(store, files, ctx, results) {
    results.length = 0;
    for (const file of files) {
        const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.cwd, file);
        let result;
        if (/\.(jsonl|ndjson|json)$/i.test(file)) {
            let text;
            try {
                text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(full, 'utf8');
            }
            catch (error) {
                throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`cannot read ${file}: ${error.message}`);
            }
            result = store.importJsonl(file.toLowerCase().endsWith('.json') ? asJsonl(text) : text);
        }
        else {
            result = await store.importDatabase(full);
        }
        results.push({ file, ...result });
        for (const problem of result.invalid)
            ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: warning: ${file}: ${problem}`)}\n`);
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: ${file}: ${result.imported} imported, ${result.skipped} already present`)}\n`);
    }
}
/** A `.json` file is one run record (what `--json` and `report-json` write) or an array of them. */
function asJsonl(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return text; // JSON lines under a .json name
    }
    return (Array.isArray(value) ? value : [value]).map((r) => JSON.stringify(r)).join('\n');
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
