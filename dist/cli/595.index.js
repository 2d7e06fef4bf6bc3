export const id = 595;
export const ids = [595];
export const modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7740);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1016);
/** `pyrun report`: HTML (and markdown) of a series' newest run with its history charts, or of every series. */


const HISTORY_RUNS = 100;
async function reportCommand(opts, ctx) {
    if (!opts.html && !opts.summary)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu('pyrun report needs --html FILE or --summary FILE');
    const store = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .openExistingHistory */ .MZ)(opts.db, ctx);
    try {
        const names = opts.all || (opts.name?.length ?? 0) > 1
            ? opts.name?.length
                ? opts.name
                : store.seriesNames()
            : [(0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .chooseSeries */ .f7)(store, opts.name?.[0])];
        const newest = names.map((n) => newestRun(store, n));
        const histories = new Map(names.map((n) => [n, history(store, n)]));
        let ok = true;
        if (opts.html) {
            const html = newest.length === 1
                ? (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderHtml */ .K2)(newest[0], { history: histories.get(names[0]) ?? [] })
                : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderHtmlMulti */ .bH)(newest, { histories });
            ok = (await write(opts.html, html, ctx)) && ok;
        }
        if (opts.summary) {
            const md = newest.length === 1 ? (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdown */ .Gc)(newest[0]) : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMarkdownMulti */ .L9)(newest);
            ok = (await write(opts.summary, md, ctx)) && ok;
        }
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: report of ${names.join(', ')} written`)}\n`);
        return ok ? 0 : 125;
    }
    finally {
        store.close();
    }
}
function newestRun(store, name) {
    const latest = store.listRuns({ name, last: 1 })[0];
    const run = latest ? store.getRun(latest.run_id) : null;
    if (!run)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu(`no runs named '${name}'`);
    return run;
}
function history(store, name) {
    return store
        .listRuns({ name, last: HISTORY_RUNS })
        .reverse()
        .map((r) => ({ ...r, series: [] }));
}
async function write(file, text, ctx) {
    const written = await (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .writeReportFile */ .aS)(file, text);
    if (!written.ok)
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(`pyrun: warning: could not write ${file}: ${written.error}`)}\n`);
    return written.ok;
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


/***/ })

};
