"use strict";
exports.id = 184;
exports.ids = [184];
exports.modules = {

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  historyCommand: () => (/* binding */ historyCommand),
  historyImportCommand: () => (/* binding */ historyImportCommand)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/log-text.ts
var log_text = __webpack_require__(4202);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/engine/history/csv.ts
/**
 * Runs as CSV (RFC 4180): one header row, one row per run. The metric columns come from the metric table (every
 * run metric, each followed by its exact-bytes field), framed by the run's identity and its fingerprint.
 * Fields holding a comma, a double quote, CR or LF are quoted, quotes doubled; lines end CRLF; null is empty.
 *
 * A field whose text would put a workflow command at the start of a line (`::error::…`, a run name from an imported
 * record such as "x\n::add-mask::…") is neutralised as pyrun's tables are (a backslash before the `::`): CSV on
 * stdout is often printed into a CI log, where such a line would be obeyed. No ordinary field is touched.
 */


const IDENTITY = ['run_id', 'name', 'started_at', 'status', 'signal'];
const FINGERPRINT = [
    'os',
    'arch',
    'python_version',
    'executor',
    'host',
    'git_ref',
    'git_sha',
    'is_pull_request',
];
/** The header row, in column order. */
const CSV_COLUMNS = [...IDENTITY, ...metrics/* RUN_METRIC_FIELDS */.tG, ...FINGERPRINT];
/** One field as RFC 4180 writes it. */
function csvField(value) {
    if (value === null || value === undefined)
        return '';
    const raw = typeof value === 'number' && !Number.isFinite(value) ? '' : String(value);
    const text = (0,log_text/* holdsWorkflowCommand */.v)(raw) ? (0,log_text/* neutralizeWorkflowCommands */.t)(raw) : raw; // ordinary fields keep CRLF
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function runsToCsv(runs) {
    const row = (run) => CSV_COLUMNS.map((column) => {
        const value = run[column];
        return csvField(column === 'is_pull_request' ? value === true : value);
    }).join(',');
    return [CSV_COLUMNS.join(','), ...runs.map(row)].map((line) => `${line}\r\n`).join('');
}

// EXTERNAL MODULE: ./src/engine/history/open.ts + 1 modules
var history_open = __webpack_require__(6963);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cli/table.ts
var table = __webpack_require__(2170);
// EXTERNAL MODULE: ./src/cli/commands/store.ts
var commands_store = __webpack_require__(1016);
;// CONCATENATED MODULE: ./src/cli/commands/history.ts
/** `pyrun history` (list runs, as a table, JSON or CSV) and `pyrun history import FILE…` (merge JSONL records or another history). */





async function historyCommand(opts, ctx) {
    const last = opts.last === undefined ? 20 : Number(opts.last);
    if (!Number.isInteger(last) || last < 1)
        throw new errors/* PyrunError */.P(`--last must be a whole number of at least 1 (got '${opts.last}')`);
    if (opts.json && opts.csv)
        throw new errors/* PyrunError */.P('--json and --csv both name the output format: choose one');
    const store = await (0,commands_store/* openExistingHistory */.MZ)(opts.db, ctx);
    try {
        const runs = store.listRuns({ ...(opts.name ? { name: opts.name } : {}), last });
        if (opts.json) {
            (0,commands_store/* writeJson */.GF)(ctx, runs);
            return 0;
        }
        if (opts.csv) {
            ctx.stdout.write(runsToCsv(runs));
            return 0;
        }
        if (runs.length === 0) {
            ctx.stderr.write(`${(0,log_text/* neutralizeWorkflowCommands */.t)(`pyrun: no runs${opts.name ? ` named '${opts.name}'` : ''} in ${opts.db}`)}\n`);
            return 0;
        }
        ctx.stdout.write((0,table/* formatTable */.k)(['started', 'name', 'status', 'duration s', 'cpu s', 'peak MB', 'ref', 'sha'], runs.map((r) => [
            r.started_at.replace('T', ' ').slice(0, 19),
            r.name,
            r.is_pull_request ? `${r.status} (PR)` : r.status,
            (0,table/* fixed */.Z)(r.duration_s, 3),
            (0,table/* fixed */.Z)(r.cpu_time_s, 3),
            (0,table/* fixed */.Z)(r.peak_rss_mb, 1),
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
    const history = await (0,history_open/* openHistory */.j)(external_node_path_default().resolve(ctx.cwd, opts.db), { mode: 'merge' });
    for (const w of history.warnings)
        ctx.stderr.write(`${(0,log_text/* neutralizeWorkflowCommands */.t)(`pyrun: warning: ${w}`)}\n`);
    const results = [];
    try {
        // Under the history's lock: read as it is now, merge, write atomically (a running pyrun's runs are kept).
        const { warnings } = await history.update((store) => importFiles(store, files, ctx, results));
        for (const w of warnings)
            ctx.stderr.write(`${(0,log_text/* neutralizeWorkflowCommands */.t)(`pyrun: warning: ${w}`)}\n`);
    }
    finally {
        history.close();
    }
    if (opts.json)
        (0,commands_store/* writeJson */.GF)(ctx, results);
    return 0;
}
async function importFiles(store, files, ctx, results) {
    results.length = 0;
    for (const file of files) {
        const full = external_node_path_default().resolve(ctx.cwd, file);
        let result;
        if (/\.(jsonl|ndjson|json)$/i.test(file)) {
            let text;
            try {
                text = await (0,promises_.readFile)(full, 'utf8');
            }
            catch (error) {
                throw new errors/* PyrunError */.P(`cannot read ${file}: ${error.message}`);
            }
            result = await store.importJsonl(file.toLowerCase().endsWith('.json') ? asJsonl(text) : text);
        }
        else {
            result = await store.importDatabase(full);
        }
        results.push({ file, ...result });
        for (const problem of result.invalid)
            ctx.stderr.write(`${(0,log_text/* neutralizeWorkflowCommands */.t)(`pyrun: warning: ${file}: ${problem}`)}\n`);
        ctx.stderr.write(`${(0,log_text/* neutralizeWorkflowCommands */.t)(`pyrun: ${file}: ${result.imported} imported, ${result.skipped} already present`)}\n`);
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
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4872);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4202);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */



async function openExistingHistory(db, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, db);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`);
    }
    const store = await _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HistoryStore */ .K.open(file, { read_only: true });
    for (const w of store.warnings)
        ctx.stderr.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_4__/* .neutralizeWorkflowCommands */ .t)(`pyrun: warning: ${w}`)}\n`);
    return store;
}
/** The series to read: --name, or the only series there is. */
function chooseSeries(store, name) {
    const names = store.seriesNames();
    if (name !== undefined) {
        if (!names.includes(name)) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`);
        }
        return name;
    }
    if (names.length === 1)
        return names[0];
    throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .P(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
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
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4202);
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
    return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .t)([line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n')) + '\n';
}
/** A number with a fixed count of decimals, or null kept as null for the table. */
function fixed(n, digits) {
    return n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));
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
 * gate failed or a metric regressed (PRODUCT.md §2). A failed or timed-out script measures nothing comparable.
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

/***/ 6963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ beginHistory),
  j: () => (/* binding */ openHistory)
});

// EXTERNAL MODULE: ./src/engine/history/errors.ts
var errors = __webpack_require__(2998);
// EXTERNAL MODULE: ./src/engine/history/file.ts
var file = __webpack_require__(7935);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/proper-lockfile/index.js
var proper_lockfile = __webpack_require__(3648);
var proper_lockfile_default = /*#__PURE__*/__webpack_require__.n(proper_lockfile);
;// CONCATENATED MODULE: ./src/engine/history/lock.ts
/**
 * The lock that serialises writers of one history file (proper-lockfile: a `<file>.lock` directory made with an
 * atomic mkdir, its mtime refreshed while held). A lock left by a pyrun that was SIGKILLed is stale once its
 * mtime is older than LOCK_STALE_MS, and the next writer removes it and goes on.
 */




/** A lock not refreshed for this long belongs to a dead pyrun (proper-lockfile refreshes it every half of it). */
const LOCK_STALE_MS = 10_000;
/** How long a writer waits for the lock before giving up (several stale periods, for a crowd of writers). */
const LOCK_WAIT_MS = 120_000;
/** The lock directory's path for a history file. */
function lockPath(file) {
    return `${file}.lock`;
}
/**
 * Runs `work` holding the lock of `file` (an absolute path, symlinks already followed). Throws HistoryError when
 * the lock cannot be had within `wait_ms`, or when it was lost while held (another pyrun judged it stale):
 * `work` receives `stillHeld()` to ask before it replaces the file.
 */
async function withFileLock(file, work, options = {}) {
    const stale = Math.max(2000, options.stale_ms ?? LOCK_STALE_MS);
    const waitMs = options.wait_ms ?? LOCK_WAIT_MS;
    const maxTimeout = 200;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    let lost = null;
    let release;
    try {
        release = await proper_lockfile_default().lock(file, {
            realpath: false,
            lockfilePath: lockPath(file),
            stale,
            retries: {
                retries: Math.ceil(waitMs / maxTimeout),
                factor: 1.3,
                minTimeout: 10,
                maxTimeout,
                randomize: true,
            },
            onCompromised: (error) => {
                lost = error;
            },
        });
    }
    catch (error) {
        throw new errors/* HistoryError */.t(`could not lock history file ${file} (${error.message}); ` +
            `another pyrun may be writing it, or remove ${lockPath(file)} if none is`);
    }
    try {
        return await work(() => lost === null);
    }
    finally {
        if (lost === null)
            await release().catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/engine/history/retention.ts
var retention = __webpack_require__(8283);
// EXTERNAL MODULE: ./src/engine/history/load.ts
var load = __webpack_require__(6125);
// EXTERNAL MODULE: ./src/engine/history/snapshot.ts
var history_snapshot = __webpack_require__(8645);
// EXTERNAL MODULE: ./src/engine/history/sql.ts
var sql = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/engine/history/sqljs.ts
var sqljs = __webpack_require__(3050);
// EXTERNAL MODULE: ./src/engine/history/store.ts
var history_store = __webpack_require__(4872);
// EXTERNAL MODULE: ./src/engine/history/target.ts
var history_target = __webpack_require__(7616);
;// CONCATENATED MODULE: ./src/engine/history/open.ts










/**
 * Opens the history at `path` for recording (see the header). Throws a HistoryTargetError (exit 125) when `path`
 * is not a regular file or absent (a device, FIFO, socket, directory), is larger than the store can hold, or is
 * not a pyrun history; nothing is written, renamed or read beyond the bound. A damaged pyrun history opens as an
 * empty one with a warning (it is moved aside by the first commit).
 */
async function openHistory(path, options) {
    return (await beginHistory(path, options)).open();
}
/**
 * The part of openHistory that must come before the script starts: the target is checked (a device, a folder, a
 * file too large or not a pyrun history is refused with a HistoryTargetError, exit 125) and its bytes are read
 * (the copy `replace` mode writes from, read before the script could touch the file). What is left — loading
 * SQLite (WebAssembly) and building the store, most of the time a recorded run spends on its history — can run
 * while the script does: `open()`. Only a file whose header cannot tell (a SQLite database without pyrun's
 * application_id, which may be another program's) is parsed here, so that it too is refused before anything runs.
 */
async function beginHistory(path, options) {
    const target = await (0,history_target/* inspectTarget */.WL)(path);
    (0,history_target/* checkSize */.C1)(target, options.max_bytes);
    const bytes = await (0,history_target/* readTargetBytes */.db)(target, options.max_bytes);
    const open = async () => {
        const SQL = await (0,sqljs/* loadSqlJs */.W8)();
        const snapshot = (0,history_snapshot/* classifySnapshot */.Dm)(SQL, target, bytes);
        const store = history_store/* HistoryStore */.K.fromSnapshot(SQL, target, snapshot, options.now);
        return new History(SQL, target, store, options, snapshot.kind === 'history' ? bytes : null);
    };
    const header = bytes === null || bytes.length === 0 ? null : (0,load/* headerVerdict */.NE)(bytes);
    if (header?.kind === 'foreign')
        throw (0,history_snapshot/* foreignFileError */.Jm)(target, header.problem);
    if (header?.kind === 'unmarked') {
        const opened = await open(); // throws the HistoryTargetError of another program's database
        return { open: () => Promise.resolve(opened) };
    }
    return { open };
}
class History {
    SQL;
    target;
    store;
    options;
    seen;
    path;
    file;
    mode;
    warnings;
    constructor(SQL, target, store, options, 
    /** The file's bytes that `store` holds exactly (read at open or written by a commit); null: none known. */
    seen) {
        this.SQL = SQL;
        this.target = target;
        this.store = store;
        this.options = options;
        this.seen = seen;
        this.path = target.path;
        this.file = target.file;
        this.mode = options.mode;
        this.warnings = [...store.warnings];
    }
    async commit(record, options = {}) {
        const { value, ...rest } = await this.update((store) => store.insert(record), {
            keep_runs: options.keep_runs ?? retention/* DEFAULT_MAX_RUNS_PER_SERIES */.eP,
            retention: options.retention,
        });
        return { ...rest, added: value };
    }
    async update(change, options = {}) {
        if (this.options.mode === 'replace')
            return this.write(this.store, change, options, () => true);
        return withFileLock(this.target.file, async (stillHeld) => {
            await (0,file/* removeStaleTemps */.jH)(this.target.file); // left by a writer killed mid-write
            this.target = await (0,history_target/* recheckTarget */.Vw)(this.target);
            (0,history_target/* checkSize */.C1)(this.target, this.options.max_bytes);
            const bytes = await (0,history_target/* readTargetBytes */.db)(this.target, this.options.max_bytes);
            if (this.holdsExactly(bytes))
                return this.write(this.store, change, options, stillHeld);
            const snapshot = (0,history_snapshot/* classifySnapshot */.Dm)(this.SQL, this.target, bytes);
            if (snapshot.kind === 'history') {
                const fresh = history_store/* HistoryStore */.K.fromSnapshot(this.SQL, this.target, snapshot, this.options.now);
                this.store.adopt(fresh);
                if (snapshot.newer) {
                    return {
                        value: await change(this.store),
                        saved: false,
                        runs: this.store.countRuns(),
                        warnings: [(0,history_snapshot/* newerWarning */.Qm)(this.target.path, snapshot.version)],
                    };
                }
            }
            else if (snapshot.kind === 'damaged' && !this.store.isDamagedPending()) {
                // Healthy when read, damaged now: keep the runs read before the script, move the damaged file aside.
                this.store.markDamaged(snapshot.problem);
            }
            return this.write(this.store, change, options, stillHeld);
        }, this.options.lock);
    }
    /** Whether `bytes` (the file now) are what the store in memory holds, and the store may simply go on. */
    holdsExactly(bytes) {
        const seen = this.seen;
        if (seen === null || bytes === null || !this.store.isWritable || this.store.isDamagedPending())
            return false;
        return Buffer.from(seen.buffer, seen.byteOffset, seen.byteLength).equals(bytes);
    }
    async write(store, change, options, stillHeld) {
        this.seen = null; // the store is about to differ from the file: known again only once written
        const before = store.warnings.length;
        const value = await change(store);
        if (!store.isWritable) {
            return { value, saved: false, runs: store.countRuns(), warnings: store.warnings.slice(before) };
        }
        if (options.keep_runs !== undefined)
            store.retain(options.keep_runs, options.retention ?? {});
        const bytes = store.exportBytes();
        await store.moveDamagedAside();
        if (!stillHeld()) {
            throw new errors/* HistoryError */.t(`lost the lock on history file ${this.target.path} while writing (another pyrun judged it stale); ` +
                'this run was not recorded');
        }
        try {
            await (0,file/* writeFileAtomic */.Zf)(this.target.file, bytes, this.target);
        }
        catch (error) {
            throw new errors/* HistoryError */.t(`cannot save history to ${this.target.path}: ${(0,sql/* errorMessage */.gJ)(error)}`);
        }
        this.seen = bytes;
        return { value, saved: true, runs: store.countRuns(), warnings: store.warnings.slice(before) };
    }
    close() {
        this.store.close();
    }
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