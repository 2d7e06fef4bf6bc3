"use strict";
exports.id = 184;
exports.ids = [184,962];
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
// EXTERNAL MODULE: ./src/engine/visible-text.ts
var visible_text = __webpack_require__(1914);
;// CONCATENATED MODULE: ./src/engine/history/csv.ts
/**
 * Runs as CSV (RFC 4180): one header row, one row per run. The metric columns come from the metric table (every
 * run metric, each followed by its exact-bytes field), framed by the run's identity and its fingerprint.
 * Fields holding a comma, a double quote, CR or LF are quoted, quotes doubled; lines end CRLF; null is empty.
 *
 * A field whose text would put a workflow command at the start of a line (`::error::…`, a run name from an imported
 * record such as "x\n::add-mask::…") is neutralised as pyrun's tables are (a backslash before the `::`): CSV on
 * stdout is often printed into a CI log, where such a line would be obeyed. A text field starting with `=`, `+`,
 * `-`, `@`, a tab or CR gets a leading `'`, so a spreadsheet shows it as text instead of running it as a formula.
 * No ordinary field is touched.
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
    let text = (0,log_text/* holdsWorkflowCommand */.v)(raw) ? (0,log_text/* neutralizeWorkflowCommands */.t)(raw) : raw; // ordinary fields keep CRLF
    // Invisible format characters (U+202E…) and controls show as `\u202E` escapes in a spreadsheet, never raw.
    if (typeof value === 'string')
        text = (0,visible_text/* showInvisible */.jQ)(text);
    // A text cell a spreadsheet would read as a formula (OWASP's CSV injection advice): a leading apostrophe keeps
    // it text. Numbers are never touched (-1.5 stays a number).
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text))
        text = `'${text}`;
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
// EXTERNAL MODULE: ./src/engine/history/import.ts + 1 modules
var history_import = __webpack_require__(5962);
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
        throw new errors/* PyrunError */.Pu(`--last must be a whole number of at least 1 (got '${opts.last}')`);
    if (opts.json && opts.csv)
        throw new errors/* PyrunError */.Pu('--json and --csv both name the output format: choose one');
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
            ctx.stderr.write(`${(0,table/* shown */.SP)(`pyrun: no runs${opts.name ? ` named '${opts.name}'` : ''} in ${opts.db}`)}\n`);
            return 0;
        }
        ctx.stdout.write((0,table/* formatTable */.ku)(['started', 'name', 'status', 'duration s', 'cpu s', 'peak MB', 'ref', 'sha'], runs.map((r) => [
            r.started_at.replace('T', ' ').slice(0, 19),
            r.name,
            r.is_pull_request ? `${r.status} (PR)` : r.status,
            (0,table/* fixed */.Zu)(r.duration_s, 3),
            (0,table/* fixed */.Zu)(r.cpu_time_s, 3),
            (0,table/* fixed */.Zu)(r.peak_rss_mb, 1),
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
        ctx.stderr.write(`${(0,table/* shown */.SP)(`pyrun: warning: ${w}`)}\n`);
    const results = [];
    try {
        // Under the history's lock: read as it is now, merge, write atomically (a running pyrun's runs are kept).
        const { warnings } = await history.update((store) => importFiles(store, files, ctx, results));
        for (const w of warnings)
            ctx.stderr.write(`${(0,table/* shown */.SP)(`pyrun: warning: ${w}`)}\n`);
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
                text = await (0,history_import/* readImportText */.d)(full);
            }
            catch (error) {
                if (error instanceof errors/* PyrunError */.Pu)
                    throw error;
                throw new errors/* PyrunError */.Pu(`cannot read ${file}: ${error.message}`);
            }
            result = await store.importJsonl(file.toLowerCase().endsWith('.json') ? asJsonl(text) : text);
        }
        else {
            result = await store.importDatabase(full);
        }
        results.push({ file, ...result });
        for (const problem of result.invalid)
            ctx.stderr.write(`${(0,table/* shown */.SP)(`pyrun: warning: ${file}: ${problem}`)}\n`);
        ctx.stderr.write(`${(0,table/* shown */.SP)(`pyrun: ${file}: ${result.imported} imported, ${result.skipped} already present`)}\n`);
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
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1914);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2170);
/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */




async function openExistingHistory(db, ctx) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.cwd, db);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`);
    }
    const store = await _engine_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HistoryStore */ .K.open(file, { read_only: true });
    for (const w of store.warnings)
        ctx.stderr.write(`${(0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .shown */ .SP)(`pyrun: warning: ${w}`)}\n`);
    return store;
}
/** The series to read: --name, or the only series there is. */
function chooseSeries(store, name) {
    const names = store.seriesNames();
    if (name !== undefined) {
        if (!names.includes(name)) {
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`);
        }
        return name;
    }
    if (names.length === 1)
        return names[0];
    throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
}
function writeJson(ctx, value) {
    // Format characters in strings as `\u` escapes: the same JSON value, visible to whoever reads it.
    ctx.stdout.write(`${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_5__/* .visibleJson */ .$m)(JSON.stringify(value, null, 2))}\n`);
}


/***/ }),

/***/ 2170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   Zu: () => (/* binding */ fixed),
/* harmony export */   ku: () => (/* binding */ formatTable)
/* harmony export */ });
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4202);
/** Aligned plain-text tables for the terminal (numbers right-aligned, text left-aligned). */

/**
 * A line of pyrun's own output from outside text (names from a history): inert as a workflow command, and
 * invisible format characters (U+202E…) and controls shown as `\u202E` escapes, never raw.
 */
function shown(text) {
    return (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)((0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .t)(text));
}
function formatTable(headers, rows) {
    // Cells are often names from a history (imported, foreign): one line each, and no workflow command.
    const cells = rows.map((r) => r.map((c) => (c === null ? '–' : (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(String(c).replace(/[\r\n]+/g, ' ')))));
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
    const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null));
    const line = (r) => r
        .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return shown([line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n')) + '\n';
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

/***/ 5962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importDatabase: () => (/* binding */ importDatabase),
  importJsonl: () => (/* binding */ importJsonl),
  d: () => (/* binding */ readImportText)
});

// EXTERNAL MODULE: ./src/engine/history/errors.ts
var errors = __webpack_require__(2998);
// EXTERNAL MODULE: ./src/engine/history/load.ts
var load = __webpack_require__(6125);
// EXTERNAL MODULE: ./src/engine/history/rows.ts
var rows = __webpack_require__(5164);
// EXTERNAL MODULE: ./src/engine/history/schema.ts
var schema = __webpack_require__(546);
// EXTERNAL MODULE: ./src/engine/history/sql.ts
var sql = __webpack_require__(2701);
// EXTERNAL MODULE: ./src/engine/history/target.ts
var history_target = __webpack_require__(7616);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/history/validate.ts
/**
 * Checking run records that arrive from outside (a JSONL file being imported) before they enter history.
 *
 * Required: the identity (`name`, `run_id`, `started_at` as an ISO 8601 time, `status`), every run metric of the
 * metric table (one added after history v1, such as the rusage counters, reads null when missing), and
 * the fingerprint's `os`, `arch`, `python_version`, `executor` (baselines match on them). Lenient where a value
 * can be derived or is plainly empty: missing `*_bytes` are computed from the MB figures, missing collections
 * (`series`, `gates`, `alerts`, `baseline`, `verdicts`, `attempts`) are empty, `samples` defaults to the series
 * length, `git_ref`/`git_sha`/`signal` to null, `script`/`pyrun_version` to '' and `interval_s` to 0.
 * `profile` and `profile_diff` are optional. Unknown fields are dropped.
 *
 * Strings are bounded and checked, because imported values reach job summaries, pull request comments and
 * workflow commands: no string may hold control characters (newlines included), and fields that are simple tokens
 * (`os`, `arch`, `python_version`, `git_sha`, `run_id`, `host`, `signal`, `git_ref`) may hold only the characters
 * such tokens have, which leaves out markdown's and HTML's metacharacters (`<>[]()*_|` and backticks, `@` outside
 * `host`). A record breaking a rule is refused with the field and the rule; nothing is silently rewritten.
 */



/**
 * No C0/C1 control characters (newlines, tabs, escapes, NUL), no Unicode line or paragraph separators, and no
 * format characters (category Cf: U+202E right-to-left override, U+200B zero-width space, the U+2066–2069
 * isolates…), with which one series name can be made to look like another.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/u;
/** Free text (a name, a rule, a path): bounded, on one line. */
const line = (max) => schemas/* string */.YjP()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters or line breaks (nor invisible format characters)');
/** A simple token: bounded, only the characters given. */
const token = (max, chars, what) => schemas/* string */.YjP().max(max, `must be at most ${max} characters`).regex(chars, `may contain only ${what}`);
const OS_ARCH = token(32, /^[A-Za-z0-9._-]+$/, 'letters, digits, `.`, `_` and `-`');
const PYTHON_VERSION = token(32, /^[A-Za-z0-9.+_-]*$/, 'letters, digits, `.`, `+`, `_` and `-`');
const RUN_ID = token(128, /^[A-Za-z0-9._:-]+$/, 'letters, digits, `.`, `_`, `:` and `-`');
const GIT_SHA = token(64, /^[0-9a-fA-F]+$/, 'hexadecimal digits');
/** An SSH host (`user@host`) or a Docker image (`ghcr.io/org/image:tag@sha256:…`). */
const HOST = token(255, /^[A-Za-z0-9._:@/+-]+$/, 'letters, digits and `.` `_` `:` `@` `/` `+` `-`');
const SIGNAL = token(16, /^SIG[A-Z0-9+-]+$/, 'a signal name such as SIGKILL');
/** A metric name as a key of `baseline` and `verdicts`. */
const METRIC_KEY = token(64, /^[a-z_][a-z0-9_]*$/, 'lower-case letters, digits and `_`');
/** What git allows in a ref name, less the characters markdown and HTML give a meaning to. */
const GIT_REF = token(255, /^[A-Za-z0-9._/+=,#%!$&'-]+$/, "letters, digits and `.` `_` `/` `+` `=` `,` `#` `%` `!` `$` `&` `'` `-`");
const num = schemas/* number */.aig();
const nullableNum = schemas/* number */.aig().nullable();
/** A metric's value: a number, or null where the table allows it; missing means null for a metric added later. */
function metricValue(row) {
    if (!row.nullable)
        return num;
    return row.since_schema > 1 || row.kind === 'sample' ? nullableNum.default(null) : nullableNum;
}
const sampleSchema = schemas/* object */.Ikc(Object.fromEntries(metrics/* SAMPLE_ROWS */.l6.map((row) => [row.name, metricValue(row)])));
/** Every run metric of the table; exact-bytes fields are optional (computed from the MB figure when missing). */
const metricsShape = Object.fromEntries(metrics/* RUN_ROWS */.kg.flatMap((row) => {
    const own = [row.name, metricValue(row)];
    return 'bytes_field' in row ? [own, [row.bytes_field, num.optional()]] : [own];
}));
const metricsSchema = schemas/* object */.Ikc(metricsShape);
const profileEntrySchema = schemas/* object */.Ikc({ function: line(1000), calls: num, own_s: num, cumulative_s: num });
const profileSchema = schemas/* object */.Ikc({
    top_own: schemas/* array */.YOg(profileEntrySchema),
    top_cumulative: schemas/* array */.YOg(profileEntrySchema),
    total_s: num,
    pstats_path: line(4096),
    speedscope_path: line(4096),
    overhead_note: line(1000).optional(),
    error: line(2000).optional(),
});
const profileDiffSchema = schemas/* object */.Ikc({
    baseline_run_id: RUN_ID,
    grown: schemas/* array */.YOg(schemas/* object */.Ikc({
        function: line(1000),
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
    name: line(200).pipe(schemas/* string */.YjP().min(1)),
    run_id: RUN_ID,
    started_at: schemas/* string */.YjP().refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time'),
    status: schemas/* enum */.k5n(['passed', 'failed', 'timeout', 'gate_failed', 'regressed']),
    signal: SIGNAL.nullable().default(null),
    samples: num.optional(),
    series: schemas/* array */.YOg(sampleSchema).default([]),
    interval_s: num.default(0),
    gates: schemas/* array */.YOg(schemas/* object */.Ikc({
        expr: line(500),
        passed: schemas/* boolean */.zMY(),
        status: schemas/* enum */.k5n(['passed', 'failed', 'insufficient_history']).optional(),
        actual: nullableNum.default(null),
        limit: nullableNum.default(null),
    }))
        .default([]),
    alerts: schemas/* array */.YOg(schemas/* object */.Ikc({
        rule: line(500),
        at_s: num,
        value: nullableNum.default(null),
        channels: schemas/* array */.YOg(token(32, /^[a-z_-]+$/, 'lower-case letters, `_` and `-`')).default([]),
    }))
        .default([]),
    baseline: schemas/* record */.g1P(METRIC_KEY, schemas/* object */.Ikc({ value: num, spread: num, runs: num })).default({}),
    verdicts: schemas/* record */.g1P(METRIC_KEY, schemas/* object */.Ikc({
        verdict: schemas/* enum */.k5n(['regressed', 'improved', 'unchanged', 'insufficient_history', 'not_judged']),
        change_pct: nullableNum,
        statistic: line(100),
        p_value: num.optional(),
        detectable_pct: num.optional(),
        limit: num.optional(),
        reruns: schemas/* array */.YOg(num).max(10).optional(),
        busy_machine: schemas/* object */.Ikc({
            cores: schemas/* array */.YOg(num).max(11),
            baseline_cores: num,
            calibration: schemas/* array */.YOg(num).max(11).optional(),
            baseline_calibration: num.optional(),
        })
            .optional(),
    }))
        .default({}),
    attempts: schemas/* array */.YOg(schemas/* object */.Ikc({
        attempt: num,
        exit_code: nullableNum,
        signal: SIGNAL.nullable(),
        duration_s: num,
        timed_out: schemas/* boolean */.zMY(),
    }))
        .default([]),
    repeats: schemas/* array */.YOg(metricsSchema).optional(),
    profile: profileSchema.optional(),
    profile_diff: profileDiffSchema.optional(),
    is_pull_request: schemas/* boolean */.zMY().optional(),
    oom_killed: schemas/* boolean */.zMY().optional(),
    os: OS_ARCH,
    arch: OS_ARCH,
    python_version: PYTHON_VERSION,
    executor: schemas/* enum */.k5n(['local', 'ssh', 'docker']),
    host: HOST.nullable().default(null),
    git_ref: GIT_REF.nullable().default(null),
    git_sha: GIT_SHA.nullable().default(null),
    script: line(4096).default(''),
    pyrun_version: token(64, /^[A-Za-z0-9.+_-]*$/, 'letters, digits, `.`, `+`, `_` and `-`').default(''),
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
        ...withBytes(r),
        samples: r.samples ?? r.series.length,
        gates: r.gates.map((g) => ({ ...g, status: g.status ?? (g.passed ? 'passed' : 'failed') })),
        repeats: r.repeats?.map(withBytes),
    };
    if (record.repeats === undefined)
        delete record.repeats;
    if (record.is_pull_request === undefined)
        delete record.is_pull_request;
    if (record.oom_killed === undefined)
        delete record.oom_killed;
    if (record.profile === undefined)
        delete record.profile;
    if (record.profile_diff === undefined)
        delete record.profile_diff;
    return { ok: true, record };
}
/** The run metrics of `m` with every missing exact-bytes field computed from its MB figure. */
function withBytes(m) {
    const out = { ...m };
    for (const row of metrics/* RUN_ROWS */.kg) {
        if ('bytes_field' in row && typeof out[row.bytes_field] !== 'number') {
            out[row.bytes_field] = Math.round(m[row.name] * types/* BYTES_PER_MB */.o_);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/history/import.ts







/**
 * One JSON run record a line (blank lines ignored). Lines that are not run records are refused and listed in
 * `invalid`; the others still import.
 */
function importJsonl(db, text) {
    const result = { imported: 0, skipped: 0, invalid: [] };
    const writer = new rows/* RunWriter */.Xn(db);
    try {
        (0,sql/* transaction */.Rn)(db, () => {
            // `pyrun ab --json` writes one pretty-printed A/B record: say what it is rather than fail on its first line.
            if (isAbRecord(parseOrNull(text))) {
                result.invalid.push(AB_RECORD_MESSAGE);
                return;
            }
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
                    result.invalid.push(`line ${i + 1}: not JSON (${(0,sql/* errorMessage */.gJ)(error)})`);
                    continue;
                }
                if (isAbRecord(value)) {
                    result.invalid.push(`line ${i + 1}: ${AB_RECORD_MESSAGE}`);
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
/**
 * The text of a file of run records to import, read the way a history file is (target.ts): a regular file only,
 * opened without blocking and checked on the open descriptor, so a FIFO under any name is refused (exit 125) and
 * never waited on; bounded in size.
 */
async function readImportText(path) {
    const target = await (0,history_target/* inspectTarget */.WL)(path, 'file to import');
    if (!target.exists)
        throw new errors/* HistoryError */.t(`cannot import ${path}: no such file`);
    (0,history_target/* checkSize */.C1)(target);
    const bytes = await (0,history_target/* readTargetBytes */.db)(target);
    return Buffer.from(bytes ?? new Uint8Array()).toString('utf8');
}
/** The runs of another history file (any schema version up to ours), in the order they started. */
async function importDatabase(db, SQL, otherPath) {
    const target = await (0,history_target/* inspectTarget */.WL)(otherPath, 'history to import');
    if (!target.exists)
        throw new errors/* HistoryError */.t(`cannot import ${otherPath}: no such file`);
    (0,history_target/* checkSize */.C1)(target);
    const bytes = await (0,history_target/* readTargetBytes */.db)(target);
    const result = { imported: 0, skipped: 0, invalid: [] };
    if (bytes === null || bytes.length === 0)
        return result;
    const loaded = (0,load/* loadDatabase */.qY)(SQL, bytes);
    if (!loaded.ok)
        throw new errors/* HistoryError */.t(`cannot import ${otherPath}: not a usable history file (${loaded.problem})`);
    const other = loaded.db;
    if (loaded.newer) {
        other.close();
        throw new errors/* HistoryError */.t(`cannot import ${otherPath}: its schema v${loaded.version} is newer than this pyrun's v${schema/* LATEST_SCHEMA_VERSION */.Zz}`);
    }
    const reader = new rows/* RunReader */.b1(other);
    const writer = new rows/* RunWriter */.Xn(db);
    try {
        const statement = other.prepare('SELECT * FROM runs ORDER BY started_ms, id');
        try {
            (0,sql/* transaction */.Rn)(db, () => {
                for (let n = 1; statement.step(); n++) {
                    // The same checks a JSONL record gets: the other file is as untrusted as any record from outside.
                    const run = reader.fullRun(statement.getAsObject());
                    const checked = checkRunRecord(JSON.parse(JSON.stringify(run)));
                    if (!checked.ok) {
                        result.invalid.push(`run ${n} (${JSON.stringify(String(run.run_id).slice(0, 80))}): ${checked.error}`);
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
const AB_RECORD_MESSAGE = 'an A/B record (schema pyrun-ab/1, written by `pyrun ab --json`), not a run record: ' +
    'it compares two scripts and belongs to no series, so it is not imported';
function parseOrNull(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return null;
    }
}
function isAbRecord(value) {
    return (value !== null &&
        typeof value === 'object' &&
        typeof value.schema === 'string' &&
        value.schema.startsWith('pyrun-ab/'));
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
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/history/target.ts
var history_target = __webpack_require__(7616);
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
/**
 * A pyrun lock is always a directory (made by mkdir). A file, symlink, FIFO or socket at the lock's path was put
 * there by something else: proper-lockfile would take it for a held lock, find it stale, fail to remove it (rmdir
 * on a non-directory) and retry for the whole wait. Refused at once instead (exit 125), naming the path; pyrun
 * removes nothing it did not make.
 */
async function refuseForeignLock(file) {
    const path = lockPath(file);
    let info;
    try {
        info = await (0,promises_.lstat)(path);
    }
    catch {
        return; // nothing there (the usual case)
    }
    if (info.isDirectory())
        return;
    throw new history_target/* HistoryTargetError */.qc(`the lock of history file ${file}, ${path}, is ${info.isFile() ? 'a regular file' : (0,history_target/* describeKind */.SB)(info)} ` +
        `where pyrun makes a directory: not a lock pyrun made; remove it if no pyrun is running`);
}
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
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await refuseForeignLock(file);
    let lost = null;
    let release;
    // One attempt at a time (proper-lockfile takes a stale lock over within an attempt), and the waits between them
    // are pyrun's own, so a signal ends the wait at once and no attempt is left running to take the lock later.
    const deadline = Date.now() + waitMs;
    for (let attempt = 0;; attempt++) {
        try {
            release = await proper_lockfile_default().lock(file, {
                realpath: false,
                lockfilePath: lockPath(file),
                stale,
                retries: 0,
                onCompromised: (error) => {
                    lost = error;
                },
            });
            break;
        }
        catch (error) {
            const held = error.code === 'ELOCKED';
            if (!held || Date.now() >= deadline) {
                throw new errors/* HistoryError */.t(`could not lock history file ${file} (${error.message}); ` +
                    `another pyrun may be writing it, or remove ${lockPath(file)} if none is`);
            }
            if (attempt === 0)
                options.onWait?.();
            const interruptedBy = await pauseUnlessAborted(lockDelayMs(attempt), options.signal);
            if (interruptedBy !== null) {
                throw new engine_errors/* PyrunInterrupted */.bQ(interruptedBy, `interrupted by ${interruptedBy} while waiting for the lock of history file ${file}, held by another ` +
                    'pyrun: this run was not recorded and no report was written; the other pyrun’s lock is left as it is');
            }
        }
    }
    try {
        return await work(() => lost === null);
    }
    finally {
        if (lost === null)
            await release().catch(() => undefined);
    }
}
/** The wait before attempt `attempt + 1`: growing from 10 ms by 1.3× to at most 200 ms, with jitter. */
function lockDelayMs(attempt) {
    return Math.min(200, 10 * 1.3 ** attempt) * (0.5 + Math.random());
}
/** Waits `ms`; resolves with the abort's reason (a signal name) if `signal` aborts first, else null. */
function pauseUnlessAborted(ms, signal) {
    const reasonOf = (s) => (typeof s.reason === 'string' ? s.reason : 'SIGTERM');
    if (signal?.aborted)
        return Promise.resolve(reasonOf(signal));
    return new Promise((resolve) => {
        const onAbort = () => {
            clearTimeout(timer);
            resolve(reasonOf(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve(null);
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
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
    written = null;
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
            lock: options.lock,
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
            const before = this.store.warnings.length;
            const snapshot = (0,history_snapshot/* classifySnapshot */.Dm)(this.SQL, this.target, bytes);
            const fresh = snapshot.kind === 'history'
                ? history_store/* HistoryStore */.K.fromSnapshot(this.SQL, this.target, snapshot, this.options.now)
                : null;
            const forged = fresh !== null && !this.store.isDamagedPending() ? unexplainedChange(this.store, fresh) : null;
            if (fresh !== null && forged !== null) {
                // Changed under us in a way no pyrun writer changes a history (the script it measured can write this
                // file): nothing of it is merged. The file as found is moved aside; what was read before is kept.
                fresh.close();
                this.store.markDamaged(`changed during the run in a way no pyrun writer changes a history: ${forged}`);
            }
            else if (fresh !== null && snapshot.kind === 'history') {
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
            return this.write(this.store, change, options, stillHeld, before);
        }, { ...this.options.lock, ...options.lock });
    }
    /** Whether `bytes` (the file now) are what the store in memory holds, and the store may simply go on. */
    holdsExactly(bytes) {
        const seen = this.seen;
        if (seen === null || bytes === null || !this.store.isWritable || this.store.isDamagedPending())
            return false;
        return Buffer.from(seen.buffer, seen.byteOffset, seen.byteLength).equals(bytes);
    }
    async write(store, change, options, stillHeld, before = store.warnings.length) {
        this.seen = null; // the store is about to differ from the file: known again only once written
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
        this.written = bytes;
        return { value, saved: true, runs: store.countRuns(), warnings: store.warnings.slice(before) };
    }
    close() {
        this.store.close();
    }
}
/**
 * Why the history `now` cannot have come from `before` through pyrun writers, or null when it can. A pyrun writer
 * adds runs, and deletes a series' oldest runs only when newer ones push them out (retention); it never rewrites a
 * stored run. So: a run of `before` that is gone while no newer run of its series was added or while an older one
 * was kept, or a run whose row differs, is a change no pyrun made. (Deleting a series' oldest run and adding a newer
 * one looks exactly like another pyrun's run with retention, and is not told apart: see docs/guarantees.md.)
 */
function unexplainedChange(before, now) {
    const mine = before.runIdentities();
    const theirs = now.runIdentities();
    const newestAdded = new Map();
    const oldestKept = new Map();
    for (const [id, run] of theirs) {
        if (mine.has(id)) {
            oldestKept.set(run.name, Math.min(oldestKept.get(run.name) ?? Infinity, run.started_ms));
        }
        else {
            newestAdded.set(run.name, Math.max(newestAdded.get(run.name) ?? -Infinity, run.started_ms));
        }
    }
    let removed = 0;
    let rewritten = 0;
    for (const [id, run] of mine) {
        const other = theirs.get(id);
        if (other === undefined) {
            // Retention removes a series' oldest runs, and only when newer ones were added.
            const pushedOut = (newestAdded.get(run.name) ?? -Infinity) > run.started_ms &&
                (oldestKept.get(run.name) ?? Infinity) >= run.started_ms;
            if (!pushedOut)
                removed++;
        }
        else if (other.digest !== run.digest)
            rewritten++;
    }
    if (removed === 0 && rewritten === 0)
        return null;
    return [
        removed > 0 ? `${removed} run(s) removed` : '',
        rewritten > 0 ? `${rewritten} run(s) rewritten` : '',
    ]
        .filter(Boolean)
        .join(', ');
}


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
 * where there is one: node:crypto would load many modules on the run's critical path, before
 * the script starts. Elsewhere (Windows) from Web Crypto, which Node loads only then.
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


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o_: () => (/* binding */ BYTES_PER_MB)
/* harmony export */ });
/**
 * The engine's vocabulary. Metric names (docs/metrics.md) are identical in JSON, SQL, rules and reports.
 * MB is always 2^20 bytes; exact byte counts travel beside the MB figures.
 */
const BYTES_PER_MB = 1024 * 1024;
/** Metric names, kinds, dimensions and the shapes of a sample and of a run summary: all from the metric table. */



/***/ })

};
;