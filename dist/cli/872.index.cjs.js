"use strict";
exports.id = 872;
exports.ids = [872];
exports.modules = {

/***/ 3101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ PYRUN_APPLICATION_ID),
/* harmony export */   ni: () => (/* binding */ APPLICATION_ID_OFFSET),
/* harmony export */   wW: () => (/* binding */ isPyrunHeader)
/* harmony export */ });
/**
 * How a pyrun history is known by its first bytes, without SQLite: a SQLite header whose `application_id` is
 * pyrun's. Apart from load.ts so that code writing other files (reports) can tell a history it must not replace
 * without loading the history's modules.
 */
/** `PRAGMA application_id` of a pyrun history: "PyRn" in ASCII. */
const PYRUN_APPLICATION_ID = 0x5079526e;
/** Where SQLite keeps the application id in the 100-byte header (big-endian). */
const APPLICATION_ID_OFFSET = 68;
const SQLITE_MAGIC = 'SQLite format 3\u0000';
/** Whether `header` (a file's first 100 bytes) is a SQLite header marked as a pyrun history. */
function isPyrunHeader(header) {
    if (header.length < 100)
        return false;
    if (String.fromCharCode(...header.subarray(0, SQLITE_MAGIC.length)) !== SQLITE_MAGIC)
        return false;
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    return view.getUint32(APPLICATION_ID_OFFSET) === PYRUN_APPLICATION_ID;
}


/***/ }),

/***/ 2998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ HistoryError)
/* harmony export */ });
/** A history problem the caller should report (a file that cannot be read or imported, a save that failed). */
class HistoryError extends Error {
    name = 'HistoryError';
}


/***/ }),

/***/ 7935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ moveAside),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   lh: () => (/* binding */ sqliteHeaderProblem)
/* harmony export */ });
/* unused harmony export fileTimestamp */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3681);
/**
 * The history file on disk (reading it is target.ts's job): recognising a damaged one, moving one aside, and writing a new
 * version atomically (temp file in the same directory, fsync, rename), so a crash mid-write leaves either the old
 * file or the new one, never half of one.
 */




const SQLITE_MAGIC = 'SQLite format 3\u0000';
const SQLITE_HEADER_BYTES = 100;
/**
 * Why these bytes cannot be a whole SQLite database, or null when the header looks sound.
 * Catches a foreign file (bad magic), a file cut short (not a whole number of pages, or fewer pages than the
 * header promises). Damage inside the pages is left to SQLite's own `PRAGMA quick_check`.
 */
function sqliteHeaderProblem(bytes) {
    if (bytes.length < SQLITE_HEADER_BYTES)
        return `too short to be a SQLite database (${bytes.length} bytes)`;
    const magic = String.fromCharCode(...bytes.subarray(0, SQLITE_MAGIC.length));
    if (magic !== SQLITE_MAGIC)
        return 'not a SQLite database (bad header)';
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const rawPageSize = view.getUint16(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
        return `not a SQLite database (page size ${rawPageSize})`;
    }
    if (bytes.length % pageSize !== 0) {
        return `truncated: ${bytes.length} bytes is not a whole number of ${pageSize}-byte pages`;
    }
    const changeCounter = view.getUint32(24);
    const pageCount = view.getUint32(28);
    const versionValidFor = view.getUint32(92);
    if (changeCounter === versionValidFor && pageCount > 0 && pageCount * pageSize > bytes.length) {
        return `truncated: the header promises ${pageCount} pages of ${pageSize} bytes, the file holds ${bytes.length / pageSize}`;
    }
    return null;
}
/** `2024-05-01T12-00-00-000Z`: an ISO time usable in a file name everywhere. */
function fileTimestamp(date) {
    return date.toISOString().replace(/[:.]/g, '-');
}
/**
 * Renames a damaged file to `<path>.corrupt-<timestamp>` (with `-1`, `-2`… if that name is taken) and returns
 * the new path.
 */
async function moveAside(path, now) {
    const base = `${path}.corrupt-${fileTimestamp(now)}`;
    for (let n = 0;; n++) {
        const target = n === 0 ? base : `${base}-${n}`;
        try {
            // Fails with EEXIST rather than overwriting an earlier damaged copy.
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(target, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY);
            await handle.close();
        }
        catch (error) {
            if (error.code === 'EEXIST' && n < 1000)
                continue;
            throw error;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(path, target);
        return target;
    }
}
function tempPrefix(path) {
    return `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.tmp-`;
}
/**
 * Removes temp files an earlier writer of `path` left when it was killed mid-write. Only safe while holding the
 * file's lock (no other writer can be using one). Returns how many were removed; never throws.
 */
async function removeStaleTemps(path) {
    let removed = 0;
    try {
        const prefix = tempPrefix(path);
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path))) {
            if (!name.startsWith(prefix))
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), name), { force: true });
            removed++;
        }
    }
    catch {
        // best effort: a leftover temp file harms nothing but disk space
    }
    return removed;
}
/**
 * Writes `bytes` to `path` atomically: parent directories are created, the bytes go to a temp file in the same
 * directory, which is fsynced and renamed over `path`; the directory is then fsynced (best effort) so the rename
 * itself survives a power cut. The new file gets `mode` exactly (not reduced by the umask) and, when pyrun may,
 * the owner of the file it replaces. On failure the temp file is removed and the error is rethrown.
 */
async function writeFileAtomic(path, bytes, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${tempPrefix(path)}${(0,_run_id_js__WEBPACK_IMPORTED_MODULE_3__/* .randomHex */ .n)(16)}`); // no node:crypto on a run's path (run-id.ts)
    const mode = options.mode ?? 0o644;
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', mode);
        try {
            await handle.writeFile(bytes);
            await handle.chmod(mode);
            if (options.uid != null && options.gid != null) {
                await handle.chown(options.uid, options.gid).catch(() => undefined);
            }
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw error;
    }
    await syncDirectory(dir);
}
async function syncDirectory(dir) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Some platforms (Windows) and file systems cannot fsync a directory; the rename is still atomic.
    }
}


/***/ }),

/***/ 6125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ headerVerdict),
/* harmony export */   gB: () => (/* binding */ markAsHistory),
/* harmony export */   gL: () => (/* binding */ newDatabase),
/* harmony export */   qY: () => (/* binding */ loadDatabase)
/* harmony export */ });
/* unused harmony export applicationId */
/* harmony import */ var _application_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3101);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7935);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(546);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2701);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8575);






const TABLES = ['runs', 'samples', 'gates', 'alerts'];
/** Columns every pyrun history's `runs` table has had since v1. */
const MARKER_COLUMNS = ['run_id', 'name', 'started_at', 'peak_rss_mb', 'duration_s'];
/** The application id in a SQLite header, or null when the bytes are not a SQLite file. */
function applicationId(bytes) {
    if ((0,_file_js__WEBPACK_IMPORTED_MODULE_0__/* .sqliteHeaderProblem */ .lh)(bytes)?.startsWith('not a SQLite') || bytes.length < 100)
        return null;
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(_application_id_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLICATION_ID_OFFSET */ .ni);
}
/**
 * Whether an open database has pyrun's schema (for files from before the application id), or no schema at all
 * (an empty SQLite database holds nothing to lose and becomes a history).
 */
function hasPyrunSchema(db) {
    try {
        if (Number((0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .allRows */ .Pl)(db, 'SELECT COUNT(*) AS n FROM sqlite_master')[0]?.n ?? 0) === 0)
            return true;
        const columns = (0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .allRows */ .Pl)(db, "SELECT name FROM pragma_table_info('runs')").map((r) => String(r.name));
        return MARKER_COLUMNS.every((c) => columns.includes(c));
    }
    catch {
        return false;
    }
}
/** Marks a database as a pyrun history (done before every write). */
function markAsHistory(db) {
    db.exec(`PRAGMA application_id = ${_application_id_js__WEBPACK_IMPORTED_MODULE_1__/* .PYRUN_APPLICATION_ID */ .Ac}`);
}
/**
 * What the first 100 bytes say, without SQLite: `foreign` (not a SQLite database, or another application's: the
 * problem says which), `pyrun` (marked with pyrun's application_id: a history, healthy or damaged, never another
 * program's file) or `unmarked` (a SQLite database whose tables must be looked at to tell).
 */
function headerVerdict(bytes) {
    const id = applicationId(bytes);
    if (id === null)
        return { kind: 'foreign', problem: (0,_file_js__WEBPACK_IMPORTED_MODULE_0__/* .sqliteHeaderProblem */ .lh)(bytes) ?? 'not a SQLite database' };
    if (id === _application_id_js__WEBPACK_IMPORTED_MODULE_1__/* .PYRUN_APPLICATION_ID */ .Ac)
        return { kind: 'pyrun' };
    if (id === 0)
        return { kind: 'unmarked' };
    return {
        kind: 'foreign',
        problem: `a SQLite database of another application (application_id 0x${id.toString(16)})`,
    };
}
/**
 * Opens `bytes` as a history database and brings it to LATEST_SCHEMA_VERSION. A file whose schema is newer than
 * this code knows is opened as it is, with `newer: true` (it must not be written by us). A file that is not a
 * pyrun history is `foreign`; damage of any kind to a pyrun history — a truncated file, a failed integrity check,
 * a failed migration, missing tables — is a `problem` with `foreign: false`.
 */
function loadDatabase(SQL, bytes, options = {}) {
    const header = headerVerdict(bytes);
    if (header.kind === 'foreign')
        return { ok: false, foreign: true, problem: header.problem };
    const marked = header.kind === 'pyrun';
    const headerProblem = (0,_file_js__WEBPACK_IMPORTED_MODULE_0__/* .sqliteHeaderProblem */ .lh)(bytes);
    if (headerProblem !== null) {
        return marked
            ? { ok: false, foreign: false, problem: headerProblem }
            : { ok: false, foreign: true, problem: `not recognisable as a pyrun history (${headerProblem})` };
    }
    let db;
    let pyrun = marked;
    try {
        db = new SQL.Database(bytes);
        pyrun = marked || hasPyrunSchema(db);
        if (!pyrun) {
            db.close();
            return { ok: false, foreign: true, problem: 'a SQLite database without pyrun’s tables' };
        }
        // Before any statement that could fire a trigger (the migrations write): see untrusted.ts.
        const stripped = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .defuseSchema */ .Yb)(SQL, db);
        const check = options.integrity_check === false
            ? []
            : (0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .allRows */ .Pl)(db, 'PRAGMA quick_check')
                .map((row) => String(Object.values(row)[0]))
                .filter((line) => line !== 'ok');
        if (check.length > 0)
            throw new Error(`integrity check failed: ${check.slice(0, 3).join('; ')}`);
        const from_version = (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaVersion */ .CZ)(db);
        const newer = from_version > _schema_js__WEBPACK_IMPORTED_MODULE_4__/* .LATEST_SCHEMA_VERSION */ .Zz;
        const version = newer ? from_version : (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .migrate */ ._r)(db).to;
        const foreignTable = newer ? null : (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .foreignTableDefinition */ .KA)(SQL, db);
        if (foreignTable !== null)
            throw new Error(foreignTable);
        for (const table of TABLES)
            db.exec(`SELECT * FROM ${table} LIMIT 1`);
        return { ok: true, db, from_version, version, newer, stripped };
    }
    catch (error) {
        db?.close();
        return pyrun
            ? { ok: false, foreign: false, problem: (0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error) }
            : { ok: false, foreign: true, problem: `not recognisable as a pyrun history (${(0,_sql_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)})` };
    }
}
/** A new, empty history at the latest schema, marked as pyrun's. */
function newDatabase(SQL) {
    const db = new SQL.Database();
    (0,_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .migrate */ ._r)(db);
    markAsHistory(db);
    return db;
}


/***/ }),

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dX: () => (/* binding */ applyRetention),
/* harmony export */   eP: () => (/* binding */ DEFAULT_MAX_RUNS_PER_SERIES)
/* harmony export */ });
/* unused harmony exports DEFAULT_FULL_RESOLUTION_RUNS, DEFAULT_THINNED_SAMPLES */
/* harmony import */ var _downsample_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2911);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5164);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2701);



const DEFAULT_MAX_RUNS_PER_SERIES = 1000;
const DEFAULT_FULL_RESOLUTION_RUNS = 100;
const DEFAULT_THINNED_SAMPLES = 50;
const RANKED_RUNS = 'SELECT id, ROW_NUMBER() OVER (PARTITION BY name ORDER BY started_ms DESC, id DESC) AS rank FROM runs';
function applyRetention(db, maxRunsPerSeries, options = {}) {
    const keep = Math.floor(maxRunsPerSeries);
    if (!(keep >= 1))
        throw new RangeError(`retention: maxRunsPerSeries must be at least 1, got ${maxRunsPerSeries}`);
    const fullRuns = Math.max(0, Math.floor(options.fullResolutionRuns ?? DEFAULT_FULL_RESOLUTION_RUNS));
    const thinTo = Math.floor(options.thinnedSamples ?? DEFAULT_THINNED_SAMPLES);
    if (!(thinTo >= _downsample_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_DOWNSAMPLE_MAX */ .zS)) {
        throw new RangeError(`retention: thinnedSamples must be at least ${_downsample_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_DOWNSAMPLE_MAX */ .zS}, got ${thinTo}`);
    }
    const result = (0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .transaction */ .Rn)(db, () => {
        const thinnedRuns = thinOldRuns(db, fullRuns, keep, thinTo);
        const doomed = (0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .allRows */ .Pl)(db, `SELECT id FROM (${RANKED_RUNS}) WHERE rank > ?`, [keep]).map((r) => r.id);
        for (const table of ['samples', 'gates', 'alerts'])
            deleteIn(db, table, 'run', doomed);
        deleteIn(db, 'runs', 'id', doomed);
        return { deletedRuns: doomed.length, thinnedRuns };
    });
    if (result.deletedRuns > 0 || result.thinnedRuns > 0)
        db.exec('VACUUM');
    return result;
}
/** Thins the series of runs ranked in (fullRuns, keep] that hold more than `thinTo` samples. */
function thinOldRuns(db, fullRuns, keep, thinTo) {
    const candidates = (0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .allRows */ .Pl)(db, `SELECT r.id AS id FROM (${RANKED_RUNS}) AS r ` +
        'WHERE r.rank > ? AND r.rank <= ? AND (SELECT COUNT(*) FROM samples s WHERE s.run = r.id) > ?', [fullRuns, keep, thinTo]).map((r) => r.id);
    if (candidates.length === 0)
        return 0;
    const reader = new _rows_js__WEBPACK_IMPORTED_MODULE_2__/* .RunReader */ .b1(db);
    const remove = db.prepare('DELETE FROM samples WHERE run = ?');
    const insert = db.prepare(_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .INSERT_SAMPLE_SQL */ .ee);
    try {
        for (const run of candidates) {
            const thinned = (0,_downsample_js__WEBPACK_IMPORTED_MODULE_0__/* .downsample */ .Jd)(reader.series(run), thinTo);
            remove.run([run]);
            thinned.forEach((sample, seq) => insert.run((0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .sampleValues */ .xW)(run, seq, sample)));
        }
    }
    finally {
        reader.free();
        remove.free();
        insert.free();
    }
    return candidates.length;
}
function deleteIn(db, table, column, ids) {
    const CHUNK = 500; // well under SQLite's bound-parameter limit
    for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        db.run(`DELETE FROM ${table} WHERE ${column} IN (${chunk.map(() => '?').join(', ')})`, chunk);
    }
}


/***/ }),

/***/ 5164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xn: () => (/* binding */ RunWriter),
/* harmony export */   b1: () => (/* binding */ RunReader),
/* harmony export */   ee: () => (/* binding */ INSERT_SAMPLE_SQL),
/* harmony export */   xW: () => (/* binding */ sampleValues)
/* harmony export */ });
/* unused harmony export RUN_COLUMNS */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _downsample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2911);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(546);



/** Columns of `runs` that a record fills besides its metrics. */
const IDENTITY_COLUMNS = ['run_id', 'name', 'started_at', 'started_ms', 'status', 'signal'];
const OTHER_COLUMNS = [
    'os',
    'arch',
    'python_version',
    'executor',
    'host',
    'git_ref',
    'git_sha',
    'is_pull_request',
    'interval_s',
    'script',
    'pyrun_version',
    'samples',
    'baseline',
    'verdicts',
    'attempts',
    'repeats',
    'profile',
    'profile_diff',
];
/** Columns of `runs` that a record fills, in insert order: every run metric's (and exact bytes') from the table. */
const RUN_COLUMNS = [...IDENTITY_COLUMNS, ..._metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_METRIC_FIELDS */ .tG, ...OTHER_COLUMNS];
const placeholders = (n) => Array.from({ length: n }, () => '?').join(', ');
const INSERT_SAMPLE_SQL = `INSERT INTO samples (run, seq, ${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0.join(', ')}) ` +
    `VALUES (${placeholders(_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0.length + 2)})`;
function sampleValues(run, seq, s) {
    return [run, seq, ..._metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0.map((m) => s[m])];
}
function runValues(record, started_ms) {
    const values = {
        run_id: record.run_id,
        name: record.name,
        started_at: record.started_at,
        started_ms,
        status: record.status,
        signal: record.signal,
        os: record.os,
        arch: record.arch,
        python_version: record.python_version,
        executor: record.executor,
        host: record.host ?? null,
        git_ref: record.git_ref,
        git_sha: record.git_sha,
        is_pull_request: record.is_pull_request ? 1 : 0,
        interval_s: record.interval_s,
        script: record.script,
        pyrun_version: record.pyrun_version,
        samples: record.samples,
        baseline: JSON.stringify(record.baseline ?? {}),
        verdicts: JSON.stringify(record.verdicts ?? {}),
        attempts: JSON.stringify(record.attempts ?? []),
        repeats: record.repeats === undefined ? null : JSON.stringify(record.repeats),
        profile: record.profile === undefined ? null : JSON.stringify(record.profile),
        profile_diff: record.profile_diff === undefined ? null : JSON.stringify(record.profile_diff),
    };
    return RUN_COLUMNS.map((column) => column in values ? values[column] : (record[column] ?? null));
}
/** Inserts records, skipping any whose run_id is already stored. */
class RunWriter {
    insertRun;
    insertSample;
    insertGate;
    insertAlert;
    constructor(db) {
        this.insertRun = db.prepare(`INSERT INTO runs (${RUN_COLUMNS.join(', ')}) VALUES (${placeholders(RUN_COLUMNS.length)}) ` +
            'ON CONFLICT (run_id) DO NOTHING RETURNING id');
        this.insertSample = db.prepare(INSERT_SAMPLE_SQL);
        this.insertGate = db.prepare(`INSERT INTO gates (run, seq, expr, passed, status, actual, "limit") VALUES (${placeholders(7)})`);
        this.insertAlert = db.prepare(`INSERT INTO alerts (run, seq, rule, at_s, value, channels) VALUES (${placeholders(6)})`);
    }
    /**
     * Writes one record; false when its run_id was already stored (nothing is changed then).
     * The series is bounded to MAX_SERIES_SAMPLES (peaks kept). Call inside a transaction.
     */
    write(record) {
        const started_ms = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .startedMs */ ._5)(record.started_at);
        if (started_ms === null) {
            throw new Error(`run ${record.run_id}: started_at ${JSON.stringify(record.started_at)} is not an ISO 8601 time`);
        }
        this.insertRun.bind(runValues(record, started_ms));
        const inserted = this.insertRun.step();
        const run = inserted ? this.insertRun.get()[0] : -1;
        this.insertRun.reset();
        if (!inserted)
            return false;
        const series = record.series.length > _downsample_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SERIES_SAMPLES */ .vu
            ? (0,_downsample_js__WEBPACK_IMPORTED_MODULE_2__/* .downsample */ .Jd)(record.series, _downsample_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_SERIES_SAMPLES */ .vu)
            : record.series;
        series.forEach((sample, seq) => this.insertSample.run(sampleValues(run, seq, sample)));
        record.gates.forEach((gate, seq) => this.insertGate.run([run, seq, gate.expr, gate.passed ? 1 : 0, gate.status, gate.actual, gate.limit]));
        record.alerts.forEach((alert, seq) => this.insertAlert.run([run, seq, alert.rule, alert.at_s, alert.value, JSON.stringify(alert.channels)]));
        return true;
    }
    free() {
        for (const statement of [this.insertRun, this.insertSample, this.insertGate, this.insertAlert]) {
            statement.free();
        }
    }
}
/** Reads stored runs back into records. */
class RunReader {
    selectSamples;
    selectGates;
    selectAlerts;
    constructor(db) {
        this.selectSamples = db.prepare(`SELECT ${_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0.join(', ')} FROM samples WHERE run = ? ORDER BY seq`);
        this.selectGates = db.prepare('SELECT expr, passed, status, actual, "limit" FROM gates WHERE run = ? ORDER BY seq');
        this.selectAlerts = db.prepare('SELECT rule, at_s, value, channels FROM alerts WHERE run = ? ORDER BY seq');
    }
    /** A `runs` row (selected with `SELECT *`) with its gates and alerts. */
    storedRun(row) {
        const id = row.id;
        return { ...runFromRow(row), gates: this.gates(id), alerts: this.alerts(id) };
    }
    /** A `runs` row with its gates, alerts and series. */
    fullRun(row) {
        const stored = this.storedRun(row);
        return { ...stored, series: this.series(row.id) };
    }
    series(run) {
        return this.rows(this.selectSamples, run).map((r) => Object.fromEntries(_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0.map((m) => [m, r[m] ?? null])));
    }
    gates(run) {
        return this.rows(this.selectGates, run).map((r) => ({
            expr: r.expr,
            passed: r.passed === 1,
            status: r.status,
            actual: r.actual,
            limit: r.limit,
        }));
    }
    alerts(run) {
        return this.rows(this.selectAlerts, run).map((r) => ({
            rule: r.rule,
            at_s: r.at_s,
            value: r.value,
            channels: parseJson(r.channels, []),
        }));
    }
    rows(statement, run) {
        statement.bind([run]);
        const rows = [];
        try {
            while (statement.step())
                rows.push(statement.getAsObject());
        }
        finally {
            statement.reset();
        }
        return rows;
    }
    free() {
        for (const statement of [this.selectSamples, this.selectGates, this.selectAlerts])
            statement.free();
    }
}
function runFromRow(r) {
    const record = {
        name: r.name,
        run_id: r.run_id,
        started_at: r.started_at,
        status: r.status,
        signal: r.signal,
        // A column added after the run was stored (a newer metric) reads null.
        ...Object.fromEntries(_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_METRIC_FIELDS */ .tG.map((f) => [f, r[f] ?? null])),
        os: r.os,
        arch: r.arch,
        python_version: r.python_version,
        executor: r.executor,
        host: r.host ?? null,
        git_ref: r.git_ref,
        git_sha: r.git_sha,
        is_pull_request: r.is_pull_request === 1,
        interval_s: r.interval_s,
        script: r.script,
        pyrun_version: r.pyrun_version,
        samples: r.samples,
        baseline: parseJson(r.baseline, {}),
        verdicts: parseJson(r.verdicts, {}),
        attempts: parseJson(r.attempts, []),
    };
    if (r.repeats !== null && r.repeats !== undefined)
        record.repeats = parseJson(r.repeats, []);
    const profile = parseJson(r.profile, null);
    if (profile !== null)
        record.profile = profile;
    const profile_diff = parseJson(r.profile_diff, null);
    if (profile_diff !== null)
        record.profile_diff = profile_diff;
    return record;
}
/** A JSON column's value; `fallback` when the text is missing or not JSON (a hand-edited file must not crash). */
function parseJson(text, fallback) {
    if (typeof text !== 'string')
        return fallback;
    try {
        return JSON.parse(text);
    }
    catch {
        return fallback;
    }
}


/***/ }),

/***/ 546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ schemaVersion),
/* harmony export */   Zz: () => (/* binding */ LATEST_SCHEMA_VERSION),
/* harmony export */   _5: () => (/* binding */ startedMs),
/* harmony export */   _r: () => (/* binding */ migrate)
/* harmony export */ });
/* unused harmony exports metricColumnMigrations, MIGRATIONS */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1161);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2701);


const V1_SCHEMA = `
CREATE TABLE runs (
  id              INTEGER PRIMARY KEY,
  run_id          TEXT    NOT NULL UNIQUE,
  name            TEXT    NOT NULL,
  started_at      TEXT    NOT NULL,
  status          TEXT    NOT NULL,
  exit_code       INTEGER,
  signal          TEXT,
  duration_s      REAL    NOT NULL,
  cpu_time_s      REAL    NOT NULL,
  cpu_percent_avg REAL    NOT NULL,
  cpu_percent_max REAL    NOT NULL,
  peak_rss_mb     REAL    NOT NULL,
  peak_rss_bytes  INTEGER NOT NULL,
  max_threads     INTEGER NOT NULL,
  max_processes   INTEGER NOT NULL,
  read_mb         REAL    NOT NULL,
  read_bytes      INTEGER NOT NULL,
  write_mb        REAL    NOT NULL,
  write_bytes     INTEGER NOT NULL,
  os              TEXT    NOT NULL,
  arch            TEXT    NOT NULL,
  python_version  TEXT    NOT NULL,
  executor        TEXT    NOT NULL,
  git_ref         TEXT,
  git_sha         TEXT,
  is_pull_request INTEGER NOT NULL DEFAULT 0,
  interval_s      REAL    NOT NULL,
  script          TEXT    NOT NULL,
  pyrun_version   TEXT    NOT NULL,
  samples         INTEGER NOT NULL,
  baseline        TEXT    NOT NULL DEFAULT '{}',
  verdicts        TEXT    NOT NULL DEFAULT '{}',
  attempts        TEXT    NOT NULL DEFAULT '[]',
  repeats         TEXT
);
CREATE TABLE samples (
  run         INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  elapsed_s   REAL    NOT NULL,
  cpu_percent REAL    NOT NULL,
  rss_mb      REAL    NOT NULL,
  threads     INTEGER NOT NULL,
  processes   INTEGER NOT NULL,
  read_mb     REAL    NOT NULL,
  write_mb    REAL    NOT NULL,
  open_fds    INTEGER,
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE gates (
  run     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  expr    TEXT    NOT NULL,
  passed  INTEGER NOT NULL,
  status  TEXT    NOT NULL,
  actual  REAL,
  "limit" REAL,
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE alerts (
  run      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  rule     TEXT    NOT NULL,
  at_s     REAL    NOT NULL,
  value    REAL,
  channels TEXT    NOT NULL DEFAULT '[]',
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
`;
const V2_INDEXES = `
CREATE INDEX runs_by_series ON runs (name, started_ms);
CREATE INDEX runs_by_fingerprint ON runs (name, os, arch, python_version, executor, status, started_ms);
`;
/** Milliseconds since the epoch of an ISO 8601 time, or null when it cannot be parsed. */
function startedMs(started_at) {
    const ms = Date.parse(started_at);
    return Number.isFinite(ms) ? ms : null;
}
/** The migrations written by hand; the metric table's later columns follow them (metricColumnMigrations). */
const HAND_MIGRATIONS = [
    {
        version: 1,
        description: 'runs, samples, gates and alerts tables',
        up: (db) => {
            db.exec(V1_SCHEMA);
        },
    },
    {
        version: 2,
        description: 'runs.started_ms (start time as a number, so runs recorded with different UTC offsets order correctly) ' +
            'and indexes for listing a series and for the baseline query',
        up: (db) => {
            db.exec('ALTER TABLE runs ADD COLUMN started_ms INTEGER');
            const rows = db.exec('SELECT id, started_at FROM runs')[0]?.values ?? [];
            const update = db.prepare('UPDATE runs SET started_ms = ? WHERE id = ?');
            try {
                for (const [id, started_at] of rows)
                    update.run([startedMs(String(started_at)), id]);
            }
            finally {
                update.free();
            }
            db.exec(V2_INDEXES);
        },
    },
    {
        version: 3,
        description: 'runs.profile and runs.profile_diff (JSON): where a `--profile` run spent its time, and which ' +
            "functions' time grew against the baseline's profile",
        up: (db) => {
            db.exec('ALTER TABLE runs ADD COLUMN profile TEXT');
            db.exec('ALTER TABLE runs ADD COLUMN profile_diff TEXT');
        },
    },
    {
        version: 4,
        description: 'runs.host: the SSH host or Docker image a remote run ran on (null for a local run)',
        up: (db) => {
            db.exec('ALTER TABLE runs ADD COLUMN host TEXT');
        },
    },
];
/**
 * One migration per schema version that the metric table introduces columns in (`since_schema` beyond the
 * hand-written migrations): each adds those metrics' columns (and exact-bytes columns) to `runs` or `samples`,
 * nullable, so runs recorded before read them as null. v5: the six rusage metrics.
 */
function metricColumnMigrations(after) {
    const versions = [...new Set(_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_TABLE */ .I.map((r) => r.since_schema))]
        .filter((v) => v > after)
        .sort((a, b) => a - b);
    return versions.map((version) => {
        const rows = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_TABLE */ .I.filter((r) => r.since_schema === version);
        const columns = rows.flatMap((row) => {
            const table = row.kind === 'run' ? 'runs' : 'samples';
            const own = { table, column: row.name, type: row.sql_type };
            return 'bytes_field' in row
                ? [own, { table, column: row.bytes_field, type: 'INTEGER' }]
                : [own];
        });
        return {
            version,
            description: `metric columns ${columns.map((c) => `${c.table}.${c.column}`).join(', ')} (null for earlier runs)`,
            up: (db) => {
                for (const c of columns)
                    db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} ${c.type}`);
            },
        };
    });
}
const MIGRATIONS = [
    ...HAND_MIGRATIONS,
    ...metricColumnMigrations(HAND_MIGRATIONS.length),
];
const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
function schemaVersion(db) {
    return Number((0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(db, 'PRAGMA user_version') ?? 0);
}
/**
 * Applies the migrations the file has not had yet, up to `target` (default: the latest).
 * Returns the versions before and after. A file newer than `target` is left untouched.
 */
function migrate(db, target = LATEST_SCHEMA_VERSION) {
    const from = schemaVersion(db);
    let current = from;
    for (const migration of MIGRATIONS) {
        if (migration.version <= current || migration.version > target)
            continue;
        try {
            (0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .transaction */ .Rn)(db, () => {
                migration.up(db);
                db.exec(`PRAGMA user_version = ${migration.version}`);
            });
        }
        catch (error) {
            throw new Error(`history migration to v${migration.version} (${migration.description}) failed: ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { cause: error });
        }
        current = migration.version;
    }
    return { from, to: current };
}


/***/ }),

/***/ 8645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ classifySnapshot),
/* harmony export */   Jm: () => (/* binding */ foreignFileError),
/* harmony export */   Qm: () => (/* binding */ newerWarning),
/* harmony export */   RA: () => (/* binding */ readSnapshot)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6125);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(546);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7616);



/** What pyrun says about a file that is not its history; the file is left as it is. */
function foreignFileError(target, problem) {
    const advice = target.role === '--db' ? ': point --db at a pyrun history or at a path that does not exist yet' : '';
    return new _target_js__WEBPACK_IMPORTED_MODULE_0__/* .HistoryTargetError */ .qc(`${target.role} ${target.path} is not a pyrun history (${problem}); pyrun leaves it as it is${advice}`);
}
/** The warning for a history whose schema is newer than this pyrun's. */
function newerWarning(path, version) {
    return (`history file ${path} has schema v${version}, newer than this pyrun understands ` +
        `(v${_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .LATEST_SCHEMA_VERSION */ .Zz}); it is read but will not be written: upgrade pyrun or use another --db`);
}
/** Reads and classifies the target (bounded, never blocking); throws HistoryTargetError for a foreign file. */
async function readSnapshot(SQL, target, max_bytes, load = {}) {
    return classifySnapshot(SQL, target, await (0,_target_js__WEBPACK_IMPORTED_MODULE_0__/* .readTargetBytes */ .db)(target, max_bytes), load);
}
/** Classifies the bytes read from the target (null: no file); throws HistoryTargetError for a foreign file. */
function classifySnapshot(SQL, target, bytes, load = {}) {
    if (bytes === null || bytes.length === 0)
        return { kind: 'absent' };
    const loaded = (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDatabase */ .qY)(SQL, bytes, load);
    if (loaded.ok) {
        return {
            kind: 'history',
            db: loaded.db,
            newer: loaded.newer,
            version: loaded.version,
            stripped: loaded.stripped,
        };
    }
    if (loaded.foreign)
        throw foreignFileError(target, loaded.problem);
    return { kind: 'damaged', problem: loaded.problem };
}


/***/ }),

/***/ 2701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ allRows),
/* harmony export */   Rn: () => (/* binding */ transaction),
/* harmony export */   d_: () => (/* binding */ scalar),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** Runs `work` inside one transaction: committed when it returns, rolled back when it throws. */
function transaction(db, work) {
    db.exec('BEGIN');
    let result;
    try {
        result = work();
    }
    catch (error) {
        try {
            db.exec('ROLLBACK');
        }
        catch {
            // SQLite already rolled back (e.g. after SQLITE_FULL); the original error is the one to report.
        }
        throw error;
    }
    db.exec('COMMIT');
    return result;
}
/** Every row of a query, as objects keyed by column name. */
function allRows(db, sql, params = null) {
    const statement = db.prepare(sql);
    try {
        if (params !== null)
            statement.bind(params);
        const rows = [];
        while (statement.step())
            rows.push(statement.getAsObject());
        return rows;
    }
    finally {
        statement.free();
    }
}
/** The first column of the first row, or null when there is no row. */
function scalar(db, sql, params = null) {
    const statement = db.prepare(sql);
    try {
        if (params !== null)
            statement.bind(params);
        return statement.step() ? (statement.get()[0] ?? null) : null;
    }
    finally {
        statement.free();
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 3050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ loadSqlJs)
/* harmony export */ });
/* unused harmony exports SQLJS_SCRIPT_FILE, SQLJS_WASM_FILE, locateSqlJs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Loading sql.js (SQLite compiled to WebAssembly).
 *
 * sql.js does not survive the ncc bundler, so the build copies `sql-wasm.js` (as `sql-wasm.cjs`) and
 * `sql-wasm.wasm` into dist/. At run time we look for that pair next to the running bundle (its directory, then
 * the parent directory) and load the .cjs through a `require` made by `createRequire`; when the pair is not there
 * (running from source, jest), we fall back to the installed package. `createRequire` is reached through
 * `process.getBuiltinModule` so that the bundler does not recognise the call and try to inline sql.js.
 *
 * The initialised module is cached: the WebAssembly is compiled once per process, by Liftoff (V8's baseline
 * compiler) only. By default V8 also recompiles SQLite's hot functions with TurboFan on background threads; for what
 * pyrun asks of a history (read it, check it, add a run, write it) that cost more than it saved: more CPU, more
 * memory and a slower run (measured in docs/costs.md). `--liftoff-only` is a V8 flag read when a module is compiled, so setting it before sql.js compiles
 * affects nothing else (pyrun runs no other WebAssembly); it is undone at exit (see below).
 */




/** The JavaScript half of sql.js, as copied into dist/ by the build. */
const SQLJS_SCRIPT_FILE = 'sql-wasm.cjs';
/** The WebAssembly half of sql.js, as copied into dist/ by the build. */
const SQLJS_WASM_FILE = 'sql-wasm.wasm';
let cached;
/** The initialised sql.js module (loaded once, then cached). */
function loadSqlJs() {
    if (cached === undefined) {
        cached = initialise().catch((error) => {
            cached = undefined; // a later call may try again
            throw error;
        });
    }
    return cached;
}
async function initialise() {
    const nodeModule = await nodeModuleApi();
    const location = locateSqlJs(nodeModule);
    const requireFromHere = nodeModule.createRequire(location.script_path);
    const loaded = requireFromHere(location.script_path);
    const init = typeof loaded === 'function' ? loaded : loaded.default;
    if (typeof init !== 'function') {
        throw new Error(`sql.js at ${location.script_path} did not export its init function`);
    }
    (0,node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString)(LIFTOFF_ONLY);
    // V8 stamps code caches with a hash of its flags, and the compile cache (src/compile-cache.ts, Node's own on
    // Node ≥ 22) writes at exit: the flags are put back first (this listener runs before the cache's), or everything
    // this run compiled would be cached under a hash no fresh start has. Not sooner: while sql.js runs, the flags
    // it implies keep it from tiering up (putting them back at once tiered it up: 4x the CPU of keeping them).
    process.prependOnceListener('exit', () => (0,node_v8__WEBPACK_IMPORTED_MODULE_1__.setFlagsFromString)(LIFTOFF_ONLY_UNDONE));
    return init({
        locateFile: (file) => file.endsWith('.wasm') ? location.wasm_path : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(location.wasm_path), file),
    });
}
const LIFTOFF_ONLY = '--liftoff-only';
/**
 * --liftoff-only and what V8 sets with it, undone: its implications (flag-definitions.h, the same from Node 20's V8
 * to the newest read) are --liftoff (already on), --no-wasm-tier-up and --no-wasm-dynamic-tiering.
 */
const LIFTOFF_ONLY_UNDONE = '--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering';
/** Finds the sql.js pair: next to the bundle first, then the installed package. */
function locateSqlJs(nodeModule) {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
    for (const dir of [here, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(here)]) {
        const script_path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SQLJS_SCRIPT_FILE);
        const wasm_path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SQLJS_WASM_FILE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(script_path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(wasm_path))
            return { script_path, wasm_path, source: 'bundle' };
    }
    let script_path;
    try {
        script_path = nodeModule.createRequire(require("url").pathToFileURL(__filename).href).resolve('sql.js/dist/sql-wasm.js');
    }
    catch (error) {
        throw new Error(`sql.js not found: neither ${SQLJS_SCRIPT_FILE} + ${SQLJS_WASM_FILE} next to ${here} nor the sql.js package ` +
            `(${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    return { script_path, wasm_path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(script_path), 'sql-wasm.wasm'), source: 'package' };
}
async function nodeModuleApi() {
    const getBuiltin = process
        .getBuiltinModule;
    if (typeof getBuiltin === 'function')
        return getBuiltin.call(process, 'node:module');
    // Node before 20.16 has no process.getBuiltinModule.
    return Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8995, 23));
}


/***/ }),

/***/ 4872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ HistoryStore)
/* harmony export */ });
/* harmony import */ var _baseline_query_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1275);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2998);
/* harmony import */ var _file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7935);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6125);
/* harmony import */ var _retention_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8283);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5164);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8645);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2701);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8575);
/* harmony import */ var _sqljs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3050);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7616);












class HistoryStore {
    /** The file this store saves to; null for an in-memory store. */
    path;
    /** @internal Where the file is (symlinks followed) and how to rewrite it; null in memory. */
    target;
    db;
    warningList;
    writable;
    /** Why the file this store was read from is damaged (it is moved aside before the first save). */
    damaged;
    now;
    /** Opened with `read_only`: not integrity-checked, so never saved. */
    readOnly = false;
    constructor(db, target, warnings, writable, damaged, now) {
        this.db = db;
        this.target = target;
        this.path = target?.path ?? null;
        this.warningList = warnings;
        this.writable = writable;
        this.damaged = damaged;
        this.now = now ?? (() => new Date());
    }
    /** Whether `save()` may write this history (false for a file of a newer schema). */
    get isWritable() {
        return this.writable;
    }
    /** What went wrong without stopping the store (a damaged file moved aside, a file too new to write). */
    get warnings() {
        return this.warningList;
    }
    /**
     * Opens the history at `path` for reading (a missing or empty file is an empty history). Never writes, renames
     * or blocks: `path` must be a regular file or absent (symlinks followed), at most `max_bytes` long, and a pyrun
     * history; anything else throws a HistoryTargetError (exit 125). A damaged pyrun history is read as empty, with
     * a warning; only `save()` (a writing path) moves it aside. Use `openHistory` to record runs.
     */
    static async open(path, options = {}) {
        const SQL = await (0,_sqljs_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSqlJs */ .W8)();
        const target = await (0,_target_js__WEBPACK_IMPORTED_MODULE_1__/* .inspectTarget */ .WL)(path);
        (0,_target_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSize */ .C1)(target, options.max_bytes);
        const read_only = options.read_only === true;
        const snapshot = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .readSnapshot */ .RA)(SQL, target, options.max_bytes, { integrity_check: !read_only });
        const store = HistoryStore.fromSnapshot(SQL, target, snapshot, options.now);
        if (read_only)
            store.readOnly = true;
        return store;
    }
    /** @internal A store over a classified reading of `target` (see snapshot.ts). */
    static fromSnapshot(SQL, target, snapshot, now) {
        if (snapshot.kind === 'history') {
            const warnings = snapshot.newer ? [(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .newerWarning */ .Qm)(target.path, snapshot.version)] : [];
            if (snapshot.stripped.length > 0)
                warnings.push((0,_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .strippedWarning */ .oQ)(target.path, snapshot.stripped));
            return new HistoryStore(snapshot.db, target, warnings, !snapshot.newer, null, now);
        }
        const warnings = snapshot.kind === 'damaged'
            ? [
                `history file ${target.path} is damaged (${snapshot.problem}); it is read as empty and will be ` +
                    'moved aside when a run is recorded',
            ]
            : [];
        const damaged = snapshot.kind === 'damaged' ? snapshot.problem : null;
        return new HistoryStore((0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .newDatabase */ .gL)(SQL), target, warnings, true, damaged, now);
    }
    /** An empty history that lives only in memory (`save` writes nothing). For --no-history and tests. */
    static async openInMemory() {
        const SQL = await (0,_sqljs_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSqlJs */ .W8)();
        return new HistoryStore((0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .newDatabase */ .gL)(SQL), null, [], true, null, undefined);
    }
    /** Adds a run; false (and nothing changed) when a run with its run_id is already stored. */
    insert(record) {
        const db = this.database();
        const writer = new _rows_js__WEBPACK_IMPORTED_MODULE_5__/* .RunWriter */ .Xn(db);
        try {
            return (0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .transaction */ .Rn)(db, () => writer.write(record));
        }
        finally {
            writer.free();
        }
    }
    /** One run with its series, gates and alerts; null when no run has this run_id. */
    getRun(run_id) {
        return this.guard(() => {
            const rows = (0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .allRows */ .Pl)(this.database(), 'SELECT * FROM runs WHERE run_id = ?', [run_id]);
            return rows[0] === undefined ? null : this.read(rows, (reader, row) => reader.fullRun(row))[0];
        });
    }
    /** Runs newest first (by start time), without their series. */
    listRuns(options = {}) {
        const where = [];
        const params = [];
        if (options.name !== undefined) {
            where.push('name = ?');
            params.push(options.name);
        }
        const limit = options.last === undefined ? -1 : Math.max(0, Math.floor(options.last));
        params.push(limit);
        const sql = `SELECT * FROM runs ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ${_baseline_query_js__WEBPACK_IMPORTED_MODULE_7__/* .NEWEST_FIRST */ .cg} LIMIT ?`;
        return this.guard(() => this.read((0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .allRows */ .Pl)(this.database(), sql, params), (reader, row) => reader.storedRun(row)));
    }
    /**
     * The runs a baseline is built from, newest first (docs/verdicts.md, "The baseline"): runs of the series whose script succeeded
     * (BASELINE_STATUSES), on the same fingerprint, not from a pull request, of `ref` when given, profiled or not
     * as `profiled` says, started by `startedBy`, except `excludeRunId`; at most `limit` (default 30).
     * Build the query with baseline-query.ts `baselineQueryFor`, so every caller chooses the same runs.
     */
    baselineRuns(query) {
        const { sql, params } = (0,_baseline_query_js__WEBPACK_IMPORTED_MODULE_7__/* .baselineRunsSql */ .K)(query);
        return this.guard(() => this.read((0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .allRows */ .Pl)(this.database(), sql, params), (reader, row) => reader.storedRun(row)));
    }
    /** Every series name, sorted. */
    seriesNames() {
        return this.guard(() => (0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .allRows */ .Pl)(this.database(), 'SELECT DISTINCT name FROM runs ORDER BY name').map((r) => r.name));
    }
    /** How many runs are stored (of one series when `name` is given). */
    countRuns(name) {
        const db = this.database();
        const count = this.guard(() => name === undefined
            ? (0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .scalar */ .d_)(db, 'SELECT COUNT(*) FROM runs')
            : (0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .scalar */ .d_)(db, 'SELECT COUNT(*) FROM runs WHERE name = ?', [name]));
        return Number(count ?? 0);
    }
    /**
     * Merges run records, one JSON object a line (blank lines ignored), in one transaction. Runs already present
     * are skipped; lines that are not run records are refused and listed in `invalid` (the rest still import).
     */
    async importJsonl(text) {
        const { importJsonl } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(962)]).then(__webpack_require__.bind(__webpack_require__, 5962)); // with zod, which only importing needs
        return importJsonl(this.database(), text);
    }
    /** Merges the runs of another history file (any schema version up to ours), skipping runs already present. */
    async importDatabase(otherPath) {
        const { importDatabase } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(962)]).then(__webpack_require__.bind(__webpack_require__, 5962));
        return importDatabase(this.database(), await (0,_sqljs_js__WEBPACK_IMPORTED_MODULE_0__/* .loadSqlJs */ .W8)(), otherPath);
    }
    /** Bounds history: see retention.ts for the rule (thin old runs' series, delete runs beyond the cap). */
    retain(maxRunsPerSeries, options = {}) {
        return (0,_retention_js__WEBPACK_IMPORTED_MODULE_8__/* .applyRetention */ .dX)(this.database(), maxRunsPerSeries, options);
    }
    /**
     * Writes the history to its file atomically (temp file in the same directory, fsync, rename; parent
     * directories created). Returns false without writing for an in-memory store or a file of a newer schema.
     * Throws HistoryError when the file cannot be written.
     */
    async save() {
        if (this.target === null)
            return false;
        if (!this.writable || this.readOnly)
            return false;
        const bytes = this.exportBytes();
        await this.moveDamagedAside();
        try {
            await (0,_file_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(this.target.file, bytes, this.target);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .HistoryError */ .t(`cannot save history to ${this.target.path}: ${(0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}`);
        }
        return true;
    }
    /** @internal The database as file bytes, marked as a pyrun history. */
    exportBytes() {
        const db = this.database();
        (0,_load_js__WEBPACK_IMPORTED_MODULE_4__/* .markAsHistory */ .gB)(db);
        return db.export();
    }
    /** @internal Moves the damaged file this store was read from aside (once), with a warning; best effort. */
    async moveDamagedAside() {
        if (this.damaged === null || this.target === null)
            return;
        const { path, file } = this.target;
        const problem = this.damaged;
        this.damaged = null;
        try {
            const aside = await (0,_file_js__WEBPACK_IMPORTED_MODULE_9__/* .moveAside */ .WA)(file, this.now());
            this.warningList.push(`history file ${path} is damaged (${problem}); moved it aside to ${aside} and started a new history`);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return;
            this.warningList.push(`history file ${path} is damaged (${problem}) and could not be moved aside ` +
                `(${(0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}); it is replaced by a new history`);
        }
    }
    /** @internal Whether a damaged file is still to be moved aside before the next write. */
    isDamagedPending() {
        return this.damaged !== null;
    }
    /**
     * @internal What identifies each stored run and what no pyrun writer changes once it is written (retention only
     * thins samples and deletes whole runs): run_id → series, start and a digest of the run's row.
     */
    runIdentities() {
        const rows = (0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .allRows */ .Pl)(this.database(), `SELECT run_id, name, started_ms, json_array(name, started_at, status, exit_code, signal, duration_s,
         cpu_time_s, peak_rss_bytes, os, arch, python_version, executor, git_ref, git_sha, is_pull_request, baseline,
         verdicts) AS digest FROM runs`);
        return new Map(rows.map((r) => [
            String(r.run_id),
            { name: String(r.name), started_ms: Number(r.started_ms), digest: String(r.digest) },
        ]));
    }
    /** @internal The file turned out damaged after it was read: move it aside before the next write. */
    markDamaged(problem) {
        this.damaged = problem;
    }
    /** @internal Takes over another store's database (a fresher reading of the same file), closing this one's. */
    adopt(other) {
        this.db?.close();
        this.db = other.database();
        other.db = null;
        this.damaged = null;
        this.warningList.push(...other.warningList);
    }
    /** Frees the database. Does not save. */
    close() {
        this.db?.close();
        this.db = null;
    }
    database() {
        if (this.db === null)
            throw new Error('history store is closed');
        return this.db;
    }
    /**
     * Runs a query; SQLite's word for a damaged page (SQLITE_CORRUPT: "database disk image is malformed") becomes a
     * HistoryError that names the file and what to do, since a store opened `read_only` was not checked at open.
     */
    guard(query) {
        try {
            return query();
        }
        catch (error) {
            const message = (0,_sql_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error);
            if (!/malformed|corrupt/i.test(message))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .HistoryError */ .t(`history file ${this.path ?? '(in memory)'} is damaged (${message}); ` +
                '`pyrun run` moves it aside and starts a new history when it next records a run');
        }
    }
    read(rows, map) {
        const reader = new _rows_js__WEBPACK_IMPORTED_MODULE_5__/* .RunReader */ .b1(this.database());
        try {
            return rows.map((row) => map(reader, row));
        }
        finally {
            reader.free();
        }
    }
}


/***/ }),

/***/ 7616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ checkSize),
/* harmony export */   SB: () => (/* binding */ describeKind),
/* harmony export */   Vw: () => (/* binding */ recheckTarget),
/* harmony export */   WL: () => (/* binding */ inspectTarget),
/* harmony export */   db: () => (/* binding */ readTargetBytes),
/* harmony export */   qc: () => (/* binding */ HistoryTargetError)
/* harmony export */ });
/* unused harmony export MAX_HISTORY_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/**
 * What `--db` points at, checked before anything runs: a regular file, a path that does not exist yet, or a
 * symlink that leads to one of those (the symlink is kept; pyrun reads and writes the file it points at).
 * Anything else (a directory, a character or block device such as /dev/null or /dev/zero, a FIFO, a socket) is
 * refused with a HistoryTargetError naming the path and what it is: pyrun never writes over it, renames it, or
 * blocks reading it.
 *
 * Reads are bounded: the file is opened without blocking (a FIFO swapped in later cannot hang us), checked to be
 * regular on the open descriptor, and refused when it is larger than MAX_HISTORY_BYTES.
 */




/**
 * The largest history file pyrun opens. sql.js holds the whole database in memory, and writing it back holds a
 * second copy; 512 MiB keeps both well inside a WebAssembly heap (retention keeps real histories far smaller).
 */
const MAX_HISTORY_BYTES = 512 * 1024 * 1024;
const MAX_SYMLINK_HOPS = 40;
/** `--db` (or a history to import) is not something pyrun may use as a history file. Exit 125. */
class HistoryTargetError extends _outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .PyrunError */ .Pu {
    name = 'HistoryTargetError';
}
/** The kind of a non-regular file, in words. */
function describeKind(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
function refuse(role, given, file, what) {
    const via = file === given ? '' : ` (through a symlink to ${file})`;
    return new HistoryTargetError(`${role} ${given}${via} is ${what}, not a history file: ` +
        (role === '--db'
            ? 'point --db at a regular file or at a path that does not exist yet'
            : 'give a history file'));
}
/** Follows symlinks one hop at a time (a dangling one leads to where its target will be created). */
async function followLinks(role, path) {
    let current = path;
    for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return { file: current, info: null };
            throw error;
        }
        if (!info.isSymbolicLink())
            return { file: current, info };
        const link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(current);
        current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(link) ? link : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current), link);
    }
    throw new HistoryTargetError(`${role} ${path}: too many levels of symbolic links`);
}
/**
 * Checks what `path` is (see the header). Throws HistoryTargetError for anything but a regular file or a path
 * that does not exist; other failures (permission denied on a parent) are HistoryTargetErrors naming the cause.
 */
async function inspectTarget(path, role = '--db') {
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    let followed;
    try {
        followed = await followLinks(role, given);
    }
    catch (error) {
        if (error instanceof HistoryTargetError)
            throw error;
        throw new HistoryTargetError(`${role} ${given}: cannot be examined (${error.message})`);
    }
    const { file, info } = followed;
    if (info === null) {
        return { role, path: given, file, exists: false, size_bytes: 0, mode: 0o644, uid: null, gid: null };
    }
    if (!info.isFile())
        throw refuse(role, given, file, describeKind(info));
    return {
        role,
        path: given,
        file,
        exists: true,
        size_bytes: info.size,
        mode: info.mode & 0o7777,
        uid: info.uid,
        gid: info.gid,
    };
}
function tooLarge(target, size, max) {
    return new HistoryTargetError(`${target.role} ${target.path} is ${size} bytes, larger than the ${max} bytes a history can hold: ` +
        'it is not a pyrun history');
}
/**
 * The bytes of the regular file `target.file`, or null when it does not exist. Never blocks on a FIFO, never
 * reads a device, never reads more than `max_bytes` (default MAX_HISTORY_BYTES).
 */
async function readTargetBytes(target, max_bytes = MAX_HISTORY_BYTES) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(target.file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return null;
        throw new HistoryTargetError(`cannot read history file ${target.path}: ${error.message}`);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw refuse(target.role, target.path, target.file, describeKind(info));
        if (info.size > max_bytes)
            throw tooLarge(target, info.size, max_bytes);
        const bytes = new Uint8Array(info.size);
        let filled = 0;
        while (filled < bytes.length) {
            const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
            if (bytesRead === 0)
                break; // the file shrank while we read: what is there is what we judge
            filled += bytesRead;
        }
        return filled === bytes.length ? bytes : bytes.subarray(0, filled);
    }
    finally {
        await handle.close();
    }
}
/** Refuses a target whose size (from inspectTarget) is already over the bound, before reading anything. */
function checkSize(target, max_bytes = MAX_HISTORY_BYTES) {
    if (target.size_bytes > max_bytes)
        throw tooLarge(target, target.size_bytes, max_bytes);
}
/** The target as it is now (after the script ran): still a regular file or absent, else refused. */
async function recheckTarget(target) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(target.file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { ...target, exists: false, size_bytes: 0 };
        throw new HistoryTargetError(`cannot read history file ${target.path}: ${error.message}`);
    }
    if (!info.isFile())
        throw refuse(target.role, target.path, target.file, describeKind(info));
    return {
        ...target,
        exists: true,
        size_bytes: info.size,
        mode: info.mode & 0o7777,
        uid: info.uid,
        gid: info.gid,
    };
}


/***/ }),

/***/ 8575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ foreignTableDefinition),
/* harmony export */   Yb: () => (/* binding */ defuseSchema),
/* harmony export */   oQ: () => (/* binding */ strippedWarning)
/* harmony export */ });
/* unused harmony export PYRUN_TABLES */
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(546);
/* harmony import */ var _sql_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2701);


/** The tables pyrun's data lives in. */
const PYRUN_TABLES = ['runs', 'samples', 'gates', 'alerts'];
function schemaEntries(db) {
    return (0,_sql_js__WEBPACK_IMPORTED_MODULE_0__/* .allRows */ .Pl)(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master').map((r) => ({
        type: String(r.type),
        name: String(r.name),
        tbl_name: String(r.tbl_name),
        sql: r.sql === null || r.sql === undefined ? null : String(r.sql),
    }));
}
/** SQL text with its whitespace runs collapsed, for comparing definitions. */
function normalised(sql) {
    return (sql ?? '').replace(/\s+/g, ' ').trim();
}
function quoteName(name) {
    return `"${name.replace(/"/g, '""')}"`;
}
/** A name as shown in a warning: JSON-quoted, so a newline or a workflow command in it stays on one line. */
function shown(name) {
    return JSON.stringify(name.slice(0, 80));
}
let reference;
/** What pyrun's own migrations create, by name (computed once from a fresh database). */
function referenceSchema(SQL) {
    if (reference === undefined) {
        const db = new SQL.Database();
        try {
            (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .migrate */ ._r)(db);
            reference = new Map(schemaEntries(db).map((e) => [e.name, e]));
        }
        finally {
            db.close();
        }
    }
    return reference;
}
/**
 * Removes every trigger, view and index that pyrun does not create (see the header) and turns untrusted schema
 * functions off. Returns one warning per object removed. Throws when a pyrun table is not a table.
 */
function defuseSchema(SQL, db) {
    db.exec('PRAGMA trusted_schema = OFF');
    const ours = referenceSchema(SQL);
    const entries = schemaEntries(db);
    for (const table of PYRUN_TABLES) {
        const entry = entries.find((e) => e.name.toLowerCase() === table);
        if (entry !== undefined && entry.type !== 'table') {
            throw new Error(`\`${table}\` is a ${entry.type}, not pyrun's table (not a file pyrun wrote)`);
        }
    }
    const removed = [];
    // Triggers first: dropping a view or an index fires nothing, but a trigger must be gone before any write.
    for (const kind of ['trigger', 'view', 'index']) {
        for (const entry of entries.filter((e) => e.type === kind)) {
            if (kind === 'index' && entry.sql === null)
                continue; // SQLite's own index of a UNIQUE or PRIMARY KEY
            const own = ours.get(entry.name);
            if (own !== undefined && own.type === kind && normalised(own.sql) === normalised(entry.sql))
                continue;
            db.exec(`DROP ${kind.toUpperCase()} IF EXISTS ${quoteName(entry.name)}`);
            removed.push(`${kind} ${shown(entry.name)}`);
            // One of pyrun's own index names holding another definition: put pyrun's back (it only speeds queries).
            if (kind === 'index' && own?.type === 'index' && own.sql !== null)
                db.exec(own.sql);
        }
    }
    return removed;
}
/**
 * The first pyrun table whose definition differs from what pyrun's migrations make at the latest schema (a
 * database already migrated), or null when they all match.
 */
function foreignTableDefinition(SQL, db) {
    const ours = referenceSchema(SQL);
    const entries = schemaEntries(db);
    for (const table of PYRUN_TABLES) {
        const entry = entries.find((e) => e.name === table && e.type === 'table');
        const own = ours.get(table);
        if (entry === undefined || own === undefined)
            return `table \`${table}\` is missing`;
        if (normalised(entry.sql) !== normalised(own.sql)) {
            return `table \`${table}\` is not defined as pyrun defines it (not a file pyrun wrote)`;
        }
    }
    return null;
}
/** The warning for what defuseSchema removed. */
function strippedWarning(path, removed) {
    return (`history file ${path} held SQLite objects pyrun never creates (${removed.slice(0, 5).join(', ')}` +
        `${removed.length > 5 ? `, and ${removed.length - 5} more` : ''}): they were removed, never run; ` +
        'someone else wrote this file');
}


/***/ })

};
;