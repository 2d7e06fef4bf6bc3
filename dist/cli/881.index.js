export const id = 881;
export const ids = [881];
export const modules = {

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

/***/ 7881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eP: () => (/* reexport */ DEFAULT_MAX_RUNS_PER_SERIES),
  tx: () => (/* reexport */ HistoryError),
  KU: () => (/* reexport */ HistoryStore)
});

// UNUSED EXPORTS: DEFAULT_BASELINE_LIMIT, DEFAULT_FULL_RESOLUTION_RUNS, DEFAULT_THINNED_SAMPLES, LATEST_SCHEMA_VERSION, MAX_SERIES_SAMPLES, MIGRATIONS, MIN_DOWNSAMPLE_MAX, checkRunRecord, downsample, loadSqlJs, migrate, schemaVersion

// EXTERNAL MODULE: ./src/engine/history/downsample.ts
var downsample = __webpack_require__(2911);
;// CONCATENATED MODULE: ./src/engine/history/sql.ts
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

;// CONCATENATED MODULE: ./src/engine/history/schema.ts

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
const MIGRATIONS = [
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
const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
function schemaVersion(db) {
    return Number(scalar(db, 'PRAGMA user_version') ?? 0);
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
            transaction(db, () => {
                migration.up(db);
                db.exec(`PRAGMA user_version = ${migration.version}`);
            });
        }
        catch (error) {
            throw new Error(`history migration to v${migration.version} (${migration.description}) failed: ${errorMessage(error)}`, { cause: error });
        }
        current = migration.version;
    }
    return { from, to: current };
}

;// CONCATENATED MODULE: ./src/engine/history/rows.ts


/** Columns of `runs` that a record fills, in insert order (schema v3). */
const RUN_COLUMNS = [
    'run_id',
    'name',
    'started_at',
    'started_ms',
    'status',
    'exit_code',
    'signal',
    'duration_s',
    'cpu_time_s',
    'cpu_percent_avg',
    'cpu_percent_max',
    'peak_rss_mb',
    'peak_rss_bytes',
    'max_threads',
    'max_processes',
    'read_mb',
    'read_bytes',
    'write_mb',
    'write_bytes',
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
const placeholders = (n) => Array.from({ length: n }, () => '?').join(', ');
const INSERT_SAMPLE_SQL = 'INSERT INTO samples (run, seq, elapsed_s, cpu_percent, rss_mb, threads, processes, read_mb, write_mb, open_fds) ' +
    `VALUES (${placeholders(10)})`;
function sampleValues(run, seq, s) {
    return [
        run,
        seq,
        s.elapsed_s,
        s.cpu_percent,
        s.rss_mb,
        s.threads,
        s.processes,
        s.read_mb,
        s.write_mb,
        s.open_fds,
    ];
}
function runValues(record, started_ms) {
    const values = {
        run_id: record.run_id,
        name: record.name,
        started_at: record.started_at,
        started_ms,
        status: record.status,
        exit_code: record.exit_code,
        signal: record.signal,
        duration_s: record.duration_s,
        cpu_time_s: record.cpu_time_s,
        cpu_percent_avg: record.cpu_percent_avg,
        cpu_percent_max: record.cpu_percent_max,
        peak_rss_mb: record.peak_rss_mb,
        peak_rss_bytes: record.peak_rss_bytes,
        max_threads: record.max_threads,
        max_processes: record.max_processes,
        read_mb: record.read_mb,
        read_bytes: record.read_bytes,
        write_mb: record.write_mb,
        write_bytes: record.write_bytes,
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
    return RUN_COLUMNS.map((column) => values[column]);
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
        const started_ms = startedMs(record.started_at);
        if (started_ms === null) {
            throw new Error(`run ${record.run_id}: started_at ${JSON.stringify(record.started_at)} is not an ISO 8601 time`);
        }
        this.insertRun.bind(runValues(record, started_ms));
        const inserted = this.insertRun.step();
        const run = inserted ? this.insertRun.get()[0] : -1;
        this.insertRun.reset();
        if (!inserted)
            return false;
        const series = record.series.length > downsample/* MAX_SERIES_SAMPLES */.vu
            ? (0,downsample/* downsample */.Jd)(record.series, downsample/* MAX_SERIES_SAMPLES */.vu)
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
        this.selectSamples = db.prepare('SELECT elapsed_s, cpu_percent, rss_mb, threads, processes, read_mb, write_mb, open_fds ' +
            'FROM samples WHERE run = ? ORDER BY seq');
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
        return this.rows(this.selectSamples, run).map((r) => ({
            elapsed_s: r.elapsed_s,
            cpu_percent: r.cpu_percent,
            rss_mb: r.rss_mb,
            threads: r.threads,
            processes: r.processes,
            read_mb: r.read_mb,
            write_mb: r.write_mb,
            open_fds: r.open_fds,
        }));
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
        exit_code: r.exit_code,
        signal: r.signal,
        duration_s: r.duration_s,
        cpu_time_s: r.cpu_time_s,
        cpu_percent_avg: r.cpu_percent_avg,
        cpu_percent_max: r.cpu_percent_max,
        peak_rss_mb: r.peak_rss_mb,
        peak_rss_bytes: r.peak_rss_bytes,
        max_threads: r.max_threads,
        max_processes: r.max_processes,
        read_mb: r.read_mb,
        read_bytes: r.read_bytes,
        write_mb: r.write_mb,
        write_bytes: r.write_bytes,
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

;// CONCATENATED MODULE: ./src/engine/history/retention.ts



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
    if (!(thinTo >= downsample/* MIN_DOWNSAMPLE_MAX */.zS)) {
        throw new RangeError(`retention: thinnedSamples must be at least ${downsample/* MIN_DOWNSAMPLE_MAX */.zS}, got ${thinTo}`);
    }
    const result = transaction(db, () => {
        const thinnedRuns = thinOldRuns(db, fullRuns, keep, thinTo);
        const doomed = allRows(db, `SELECT id FROM (${RANKED_RUNS}) WHERE rank > ?`, [keep]).map((r) => r.id);
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
    const candidates = allRows(db, `SELECT r.id AS id FROM (${RANKED_RUNS}) AS r ` +
        'WHERE r.rank > ? AND r.rank <= ? AND (SELECT COUNT(*) FROM samples s WHERE s.run = r.id) > ?', [fullRuns, keep, thinTo]).map((r) => r.id);
    if (candidates.length === 0)
        return 0;
    const reader = new RunReader(db);
    const remove = db.prepare('DELETE FROM samples WHERE run = ?');
    const insert = db.prepare(INSERT_SAMPLE_SQL);
    try {
        for (const run of candidates) {
            const thinned = (0,downsample/* downsample */.Jd)(reader.series(run), thinTo);
            remove.run([run]);
            thinned.forEach((sample, seq) => insert.run(sampleValues(run, seq, sample)));
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/engine/history/sqljs.ts
/**
 * Loading sql.js (SQLite compiled to WebAssembly).
 *
 * sql.js does not survive the ncc bundler, so the build copies `sql-wasm.js` (as `sql-wasm.cjs`) and
 * `sql-wasm.wasm` into dist/. At run time we look for that pair next to the running bundle (its directory, then
 * the parent directory) and load the .cjs through a `require` made by `createRequire`; when the pair is not there
 * (running from source, jest), we fall back to the installed package. `createRequire` is reached through
 * `process.getBuiltinModule` so that the bundler does not recognise the call and try to inline sql.js.
 *
 * The initialised module is cached: the WebAssembly is compiled once per process.
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
    return init({
        locateFile: (file) => file.endsWith('.wasm') ? location.wasm_path : (0,external_node_path_.join)((0,external_node_path_.dirname)(location.wasm_path), file),
    });
}
/** Finds the sql.js pair: next to the bundle first, then the installed package. */
function locateSqlJs(nodeModule) {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [here, (0,external_node_path_.dirname)(here)]) {
        const script_path = (0,external_node_path_.join)(dir, SQLJS_SCRIPT_FILE);
        const wasm_path = (0,external_node_path_.join)(dir, SQLJS_WASM_FILE);
        if ((0,external_node_fs_.existsSync)(script_path) && (0,external_node_fs_.existsSync)(wasm_path))
            return { script_path, wasm_path, source: 'bundle' };
    }
    let script_path;
    try {
        script_path = nodeModule.createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.js');
    }
    catch (error) {
        throw new Error(`sql.js not found: neither ${SQLJS_SCRIPT_FILE} + ${SQLJS_WASM_FILE} next to ${here} nor the sql.js package ` +
            `(${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    return { script_path, wasm_path: (0,external_node_path_.join)((0,external_node_path_.dirname)(script_path), 'sql-wasm.wasm'), source: 'package' };
}
async function nodeModuleApi() {
    const getBuiltin = process
        .getBuiltinModule;
    if (typeof getBuiltin === 'function')
        return getBuiltin.call(process, 'node:module');
    // Node before 20.16 has no process.getBuiltinModule.
    return Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8995, 23));
}

;// CONCATENATED MODULE: ./src/engine/history/errors.ts
/** A history problem the caller should report (a file that cannot be read or imported, a save that failed). */
class HistoryError extends Error {
    name = 'HistoryError';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/engine/history/file.ts
/**
 * The history file on disk: reading it, recognising a damaged one, moving a damaged one aside, and writing a new
 * version atomically (temp file in the same directory, fsync, rename), so a crash mid-write leaves either the old
 * file or the new one, never half of one.
 */




const SQLITE_MAGIC = 'SQLite format 3\u0000';
const SQLITE_HEADER_BYTES = 100;
/** The file's bytes, or null when it does not exist. */
async function readHistoryFile(path) {
    try {
        return await (0,promises_.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
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
            const handle = await (0,promises_.open)(target, external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_WRONLY);
            await handle.close();
        }
        catch (error) {
            if (error.code === 'EEXIST' && n < 1000)
                continue;
            throw error;
        }
        await (0,promises_.rename)(path, target);
        return target;
    }
}
/**
 * Writes `bytes` to `path` atomically: parent directories are created, the bytes go to a temp file in the same
 * directory, which is fsynced and renamed over `path`; the directory is then fsynced (best effort) so the rename
 * itself survives a power cut. On failure the temp file is removed and the error is rethrown.
 */
async function writeFileAtomic(path, bytes) {
    const dir = (0,external_node_path_.dirname)(path);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const temp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.tmp-${(0,external_node_crypto_.randomUUID)()}`);
    try {
        const handle = await (0,promises_.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(bytes);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
    await syncDirectory(dir);
}
async function syncDirectory(dir) {
    try {
        const handle = await (0,promises_.open)(dir, 'r');
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

;// CONCATENATED MODULE: ./src/engine/history/load.ts



const TABLES = ['runs', 'samples', 'gates', 'alerts'];
/**
 * Opens `bytes` as a history database and brings it to LATEST_SCHEMA_VERSION. A file whose schema is newer than
 * this code knows is opened as it is, with `newer: true` (it must not be written by us). Damage of any kind —
 * a foreign or truncated file, a failed integrity check, a failed migration, missing tables — is a `problem`.
 */
function loadDatabase(SQL, bytes) {
    const headerProblem = sqliteHeaderProblem(bytes);
    if (headerProblem !== null)
        return { ok: false, problem: headerProblem };
    let db;
    try {
        db = new SQL.Database(bytes);
        const check = allRows(db, 'PRAGMA quick_check')
            .map((row) => String(Object.values(row)[0]))
            .filter((line) => line !== 'ok');
        if (check.length > 0)
            throw new Error(`integrity check failed: ${check.slice(0, 3).join('; ')}`);
        const from_version = schemaVersion(db);
        const newer = from_version > LATEST_SCHEMA_VERSION;
        const version = newer ? from_version : migrate(db).to;
        for (const table of TABLES)
            db.exec(`SELECT * FROM ${table} LIMIT 1`);
        return { ok: true, db, from_version, version, newer };
    }
    catch (error) {
        db?.close();
        return { ok: false, problem: errorMessage(error) };
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/history/validate.ts
/**
 * Checking run records that arrive from outside (a JSONL file being imported) before they enter history.
 *
 * Required: the identity (`name`, `run_id`, `started_at` as an ISO 8601 time, `status`), every run metric, and
 * the fingerprint's `os`, `arch`, `python_version`, `executor` (baselines match on them). Lenient where a value
 * can be derived or is plainly empty: missing `*_bytes` are computed from the MB figures, missing collections
 * (`series`, `gates`, `alerts`, `baseline`, `verdicts`, `attempts`) are empty, `samples` defaults to the series
 * length, `git_ref`/`git_sha`/`signal` to null, `script`/`pyrun_version` to '' and `interval_s` to 0.
 * `profile` and `profile_diff` are optional. Unknown fields are dropped.
 */


const num = schemas/* number */.aig();
const nullableNum = schemas/* number */.aig().nullable();
const sampleSchema = schemas/* object */.Ikc({
    elapsed_s: num,
    cpu_percent: num,
    rss_mb: num,
    threads: num,
    processes: num,
    read_mb: num,
    write_mb: num,
    open_fds: nullableNum.default(null),
});
const metricsShape = {
    duration_s: num,
    cpu_time_s: num,
    cpu_percent_avg: num,
    cpu_percent_max: num,
    peak_rss_mb: num,
    peak_rss_bytes: num.optional(),
    max_threads: num,
    max_processes: num,
    read_mb: num,
    read_bytes: num.optional(),
    write_mb: num,
    write_bytes: num.optional(),
    exit_code: nullableNum,
};
const metricsSchema = schemas/* object */.Ikc(metricsShape);
const profileEntrySchema = schemas/* object */.Ikc({ function: schemas/* string */.YjP(), calls: num, own_s: num, cumulative_s: num });
const profileSchema = schemas/* object */.Ikc({
    top_own: schemas/* array */.YOg(profileEntrySchema),
    top_cumulative: schemas/* array */.YOg(profileEntrySchema),
    total_s: num,
    pstats_path: schemas/* string */.YjP(),
    speedscope_path: schemas/* string */.YjP(),
    overhead_note: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
});
const profileDiffSchema = schemas/* object */.Ikc({
    baseline_run_id: schemas/* string */.YjP(),
    grown: schemas/* array */.YOg(schemas/* object */.Ikc({
        function: schemas/* string */.YjP(),
        baseline_own_s: nullableNum,
        current_own_s: num,
        growth_s: num,
        growth_pct: nullableNum,
        baseline_cumulative_s: nullableNum,
        current_cumulative_s: num,
    })),
});
const recordSchema = schemas/* object */.Ikc({
    ...metricsShape,
    name: schemas/* string */.YjP().min(1),
    run_id: schemas/* string */.YjP().min(1),
    started_at: schemas/* string */.YjP().refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time'),
    status: schemas/* enum */.k5n(['passed', 'failed', 'timeout', 'gate_failed']),
    signal: schemas/* string */.YjP().nullable().default(null),
    samples: num.optional(),
    series: schemas/* array */.YOg(sampleSchema).default([]),
    interval_s: num.default(0),
    gates: schemas/* array */.YOg(schemas/* object */.Ikc({
        expr: schemas/* string */.YjP(),
        passed: schemas/* boolean */.zMY(),
        status: schemas/* enum */.k5n(['passed', 'failed', 'insufficient_history']).optional(),
        actual: nullableNum.default(null),
        limit: nullableNum.default(null),
    }))
        .default([]),
    alerts: schemas/* array */.YOg(schemas/* object */.Ikc({
        rule: schemas/* string */.YjP(),
        at_s: num,
        value: nullableNum.default(null),
        channels: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    }))
        .default([]),
    baseline: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({ value: num, spread: num, runs: num })).default({}),
    verdicts: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({
        verdict: schemas/* enum */.k5n(['regressed', 'improved', 'unchanged', 'insufficient_history']),
        change_pct: nullableNum,
        statistic: schemas/* string */.YjP(),
        p_value: num.optional(),
    }))
        .default({}),
    attempts: schemas/* array */.YOg(schemas/* object */.Ikc({
        attempt: num,
        exit_code: nullableNum,
        signal: schemas/* string */.YjP().nullable(),
        duration_s: num,
        timed_out: schemas/* boolean */.zMY(),
    }))
        .default([]),
    repeats: schemas/* array */.YOg(metricsSchema).optional(),
    profile: profileSchema.optional(),
    profile_diff: profileDiffSchema.optional(),
    is_pull_request: schemas/* boolean */.zMY().optional(),
    os: schemas/* string */.YjP(),
    arch: schemas/* string */.YjP(),
    python_version: schemas/* string */.YjP(),
    executor: schemas/* enum */.k5n(['local', 'ssh', 'docker']),
    host: schemas/* string */.YjP().nullable().default(null),
    git_ref: schemas/* string */.YjP().nullable().default(null),
    git_sha: schemas/* string */.YjP().nullable().default(null),
    script: schemas/* string */.YjP().default(''),
    pyrun_version: schemas/* string */.YjP().default(''),
});
/** A RunRecord from untrusted JSON, or the reason it is not one (field path and what was expected). */
function checkRunRecord(value) {
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return { ok: false, error: `${where}${issue?.message ?? 'not a run record'}` };
    }
    const r = parsed.data;
    const record = {
        ...r,
        peak_rss_bytes: r.peak_rss_bytes ?? toBytes(r.peak_rss_mb),
        read_bytes: r.read_bytes ?? toBytes(r.read_mb),
        write_bytes: r.write_bytes ?? toBytes(r.write_mb),
        samples: r.samples ?? r.series.length,
        gates: r.gates.map((g) => ({ ...g, status: g.status ?? (g.passed ? 'passed' : 'failed') })),
        repeats: r.repeats?.map((m) => ({
            ...m,
            peak_rss_bytes: m.peak_rss_bytes ?? toBytes(m.peak_rss_mb),
            read_bytes: m.read_bytes ?? toBytes(m.read_mb),
            write_bytes: m.write_bytes ?? toBytes(m.write_mb),
        })),
    };
    if (record.repeats === undefined)
        delete record.repeats;
    if (record.is_pull_request === undefined)
        delete record.is_pull_request;
    if (record.profile === undefined)
        delete record.profile;
    if (record.profile_diff === undefined)
        delete record.profile_diff;
    return { ok: true, record };
}
function toBytes(mb) {
    return Math.round(mb * types/* BYTES_PER_MB */.o_);
}

;// CONCATENATED MODULE: ./src/engine/history/import.ts







/**
 * One JSON run record a line (blank lines ignored). Lines that are not run records are refused and listed in
 * `invalid`; the others still import.
 */
function importJsonl(db, text) {
    const result = { imported: 0, skipped: 0, invalid: [] };
    const writer = new RunWriter(db);
    try {
        transaction(db, () => {
            const lines = text.split('\n');
            for (let i = 0; i < lines.length; i++) {
                const line = lines[i].trim();
                if (line === '')
                    continue;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch (error) {
                    result.invalid.push(`line ${i + 1}: not JSON (${errorMessage(error)})`);
                    continue;
                }
                const checked = checkRunRecord(value);
                if (!checked.ok) {
                    result.invalid.push(`line ${i + 1}: ${checked.error}`);
                    continue;
                }
                if (writer.write(checked.record))
                    result.imported++;
                else
                    result.skipped++;
            }
        });
    }
    finally {
        writer.free();
    }
    return result;
}
/** The runs of another history file (any schema version up to ours), in the order they started. */
async function importDatabase(db, SQL, otherPath) {
    let bytes;
    try {
        bytes = await readHistoryFile(otherPath);
    }
    catch (error) {
        throw new HistoryError(`cannot import ${otherPath}: ${errorMessage(error)}`);
    }
    if (bytes === null)
        throw new HistoryError(`cannot import ${otherPath}: no such file`);
    const result = { imported: 0, skipped: 0, invalid: [] };
    if (bytes.length === 0)
        return result;
    const loaded = loadDatabase(SQL, bytes);
    if (!loaded.ok)
        throw new HistoryError(`cannot import ${otherPath}: not a usable history file (${loaded.problem})`);
    const other = loaded.db;
    if (loaded.newer) {
        other.close();
        throw new HistoryError(`cannot import ${otherPath}: its schema v${loaded.version} is newer than this pyrun's v${LATEST_SCHEMA_VERSION}`);
    }
    const reader = new RunReader(other);
    const writer = new RunWriter(db);
    try {
        const statement = other.prepare('SELECT * FROM runs ORDER BY started_ms, id');
        try {
            transaction(db, () => {
                while (statement.step()) {
                    if (writer.write(reader.fullRun(statement.getAsObject())))
                        result.imported++;
                    else
                        result.skipped++;
                }
            });
        }
        finally {
            statement.free();
        }
    }
    finally {
        writer.free();
        reader.free();
        other.close();
    }
    return result;
}

;// CONCATENATED MODULE: ./src/engine/history/store.ts










const DEFAULT_BASELINE_LIMIT = 30;
const NEWEST_FIRST = 'ORDER BY started_ms DESC, id DESC';
class HistoryStore {
    /** The file this store saves to; null for an in-memory store. */
    path;
    db;
    warningList;
    writable;
    constructor(db, path, warnings, writable) {
        this.db = db;
        this.path = path;
        this.warningList = warnings;
        this.writable = writable;
    }
    /** What went wrong without stopping the store (a damaged file moved aside, a file too new to write). */
    get warnings() {
        return this.warningList;
    }
    /**
     * Opens the history at `path` (a missing file is an empty history; nothing is written until `save`).
     * Throws only when the file exists but cannot be read at all (e.g. permission denied).
     */
    static async open(path, options = {}) {
        const SQL = await loadSqlJs();
        let bytes;
        try {
            bytes = await readHistoryFile(path);
        }
        catch (error) {
            throw new HistoryError(`cannot read history file ${path}: ${errorMessage(error)}`);
        }
        const warnings = [];
        if (bytes !== null && bytes.length > 0) {
            const loaded = loadDatabase(SQL, bytes);
            if (loaded.ok) {
                if (loaded.newer) {
                    warnings.push(`history file ${path} has schema v${loaded.version}, newer than this pyrun understands ` +
                        `(v${LATEST_SCHEMA_VERSION}); it is read but will not be written: upgrade pyrun or use another --db`);
                }
                return new HistoryStore(loaded.db, path, warnings, !loaded.newer);
            }
            const now = (options.now ?? (() => new Date()))();
            try {
                const aside = await moveAside(path, now);
                warnings.push(`history file ${path} is damaged (${loaded.problem}); moved it aside to ${aside} and started a new history`);
            }
            catch (error) {
                warnings.push(`history file ${path} is damaged (${loaded.problem}) and could not be moved aside ` +
                    `(${errorMessage(error)}); a new history was started and will replace it on save`);
            }
        }
        const db = new SQL.Database();
        migrate(db);
        return new HistoryStore(db, path, warnings, true);
    }
    /** An empty history that lives only in memory (`save` writes nothing). For --no-history and tests. */
    static async openInMemory() {
        const SQL = await loadSqlJs();
        const db = new SQL.Database();
        migrate(db);
        return new HistoryStore(db, null, [], true);
    }
    /** Adds a run; false (and nothing changed) when a run with its run_id is already stored. */
    insert(record) {
        const db = this.database();
        const writer = new RunWriter(db);
        try {
            return transaction(db, () => writer.write(record));
        }
        finally {
            writer.free();
        }
    }
    /** One run with its series, gates and alerts; null when no run has this run_id. */
    getRun(run_id) {
        const rows = allRows(this.database(), 'SELECT * FROM runs WHERE run_id = ?', [run_id]);
        return rows[0] === undefined ? null : this.read(rows, (reader, row) => reader.fullRun(row))[0];
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
        const sql = `SELECT * FROM runs ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ${NEWEST_FIRST} LIMIT ?`;
        return this.read(allRows(this.database(), sql, params), (reader, row) => reader.storedRun(row));
    }
    /**
     * The runs a baseline is built from, newest first: runs of the series that passed, on the same fingerprint,
     * not from a pull request, of `ref` when given, profiled or not as `profiled` says, except `excludeRunId`;
     * at most `limit` (default 30).
     */
    baselineRuns(query) {
        const { fingerprint } = query;
        const params = [
            query.name,
            fingerprint.os,
            fingerprint.arch,
            fingerprint.python_version,
            fingerprint.executor,
        ];
        let sql = 'SELECT * FROM runs WHERE name = ? AND os = ? AND arch = ? AND python_version = ? AND executor = ? ' +
            "AND status = 'passed' AND is_pull_request = 0";
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
        if (query.excludeRunId !== undefined) {
            sql += ' AND run_id <> ?';
            params.push(query.excludeRunId);
        }
        sql += ` ${NEWEST_FIRST} LIMIT ?`;
        params.push(Math.max(0, Math.floor(query.limit ?? DEFAULT_BASELINE_LIMIT)));
        return this.read(allRows(this.database(), sql, params), (reader, row) => reader.storedRun(row));
    }
    /** Every series name, sorted. */
    seriesNames() {
        return allRows(this.database(), 'SELECT DISTINCT name FROM runs ORDER BY name').map((r) => r.name);
    }
    /** How many runs are stored (of one series when `name` is given). */
    countRuns(name) {
        const db = this.database();
        const count = name === undefined
            ? scalar(db, 'SELECT COUNT(*) FROM runs')
            : scalar(db, 'SELECT COUNT(*) FROM runs WHERE name = ?', [name]);
        return Number(count ?? 0);
    }
    /**
     * Merges run records, one JSON object a line (blank lines ignored), in one transaction. Runs already present
     * are skipped; lines that are not run records are refused and listed in `invalid` (the rest still import).
     */
    importJsonl(text) {
        return importJsonl(this.database(), text);
    }
    /** Merges the runs of another history file (any schema version up to ours), skipping runs already present. */
    async importDatabase(otherPath) {
        return importDatabase(this.database(), await loadSqlJs(), otherPath);
    }
    /** Bounds history: see retention.ts for the rule (thin old runs' series, delete runs beyond the cap). */
    retain(maxRunsPerSeries, options = {}) {
        return applyRetention(this.database(), maxRunsPerSeries, options);
    }
    /**
     * Writes the history to its file atomically (temp file in the same directory, fsync, rename; parent
     * directories created). Returns false without writing for an in-memory store or a file of a newer schema.
     * Throws HistoryError when the file cannot be written.
     */
    async save() {
        const db = this.database();
        if (this.path === null)
            return false;
        if (!this.writable)
            return false;
        try {
            await writeFileAtomic(this.path, db.export());
        }
        catch (error) {
            throw new HistoryError(`cannot save history to ${this.path}: ${errorMessage(error)}`);
        }
        return true;
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
    read(rows, map) {
        const reader = new RunReader(this.database());
        try {
            return rows.map((row) => map(reader, row));
        }
        finally {
            reader.free();
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/history/index.ts
/** The history of runs: a sql.js store with migrations, retention and import/merge. */








/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ks: () => (/* binding */ RUN_METRICS),
/* harmony export */   aP: () => (/* binding */ METRIC_DIMENSION),
/* harmony export */   fm: () => (/* binding */ COMPARABLE_METRICS),
/* harmony export */   o_: () => (/* binding */ BYTES_PER_MB),
/* harmony export */   p0: () => (/* binding */ SAMPLE_METRICS)
/* harmony export */ });
/**
 * The engine's vocabulary. Metric names are PRODUCT.md §1's and are identical in JSON, SQL, rules and reports.
 * MB is always 2^20 bytes; exact byte counts travel beside the MB figures.
 */
const BYTES_PER_MB = 1024 * 1024;
/** Metrics of one live sample, summed over the script's whole process tree. */
const SAMPLE_METRICS = [
    'elapsed_s',
    'cpu_percent',
    'rss_mb',
    'threads',
    'processes',
    'read_mb',
    'write_mb',
    'open_fds',
];
/** Metrics of one run (the summary). */
const RUN_METRICS = [
    'duration_s',
    'cpu_time_s',
    'cpu_percent_avg',
    'cpu_percent_max',
    'peak_rss_mb',
    'max_threads',
    'max_processes',
    'read_mb',
    'write_mb',
    'exit_code',
];
/** Run metrics that can regress (every run metric but the exit code). */
const COMPARABLE_METRICS = RUN_METRICS.filter((m) => m !== 'exit_code');
const METRIC_DIMENSION = {
    elapsed_s: 'time',
    cpu_percent: 'percent',
    rss_mb: 'size',
    threads: 'count',
    processes: 'count',
    read_mb: 'size',
    write_mb: 'size',
    open_fds: 'count',
    duration_s: 'time',
    cpu_time_s: 'time',
    cpu_percent_avg: 'percent',
    cpu_percent_max: 'percent',
    peak_rss_mb: 'size',
    max_threads: 'count',
    max_processes: 'count',
    exit_code: 'count',
};


/***/ })

};
