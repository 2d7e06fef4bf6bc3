export const id = 962;
export const ids = [962];
export const modules = {

/***/ 5962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importDatabase: () => (/* binding */ importDatabase),
  importJsonl: () => (/* binding */ importJsonl)
});

// UNUSED EXPORTS: readImportText

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
    const target = await inspectTarget(path, 'file to import');
    if (!target.exists)
        throw new HistoryError(`cannot import ${path}: no such file`);
    checkSize(target);
    const bytes = await readTargetBytes(target);
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


/***/ })

};
