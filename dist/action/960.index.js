export const id = 960;
export const ids = [960];
export const modules = {

/***/ 7960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/report/export/target.ts
var target = __webpack_require__(2315);
;// CONCATENATED MODULE: ./src/config/check.ts
const ok = (data) => ({ success: true, data });
const fail = (message) => ({ success: false, message });
/** A string that passes `test` (else `message`). */
function textThat(test, message) {
    return (raw) => {
        if (typeof raw !== 'string')
            return fail('must be text');
        return test(raw) ? ok(raw) : fail(message);
    };
}
/** Any string. */
const check_text = textThat(() => true, 'is not valid');
/** A string matching `pattern`. */
const matching = (pattern, message) => textThat((s) => pattern.test(s), message);
function isTextList(raw) {
    return Array.isArray(raw) && raw.every((s) => typeof s === 'string');
}
/** A list of strings, each passing `item` when given. */
function list(item) {
    return (raw) => {
        if (!isTextList(raw))
            return fail('must be a list of text');
        if (item === undefined)
            return ok(raw);
        return raw.every((s) => item.pattern.test(s)) ? ok(raw) : fail(item.message);
    };
}
/** A list of strings read by `read` (`notList` when it is no list of strings). */
function listOf(read, notList = 'must be a list of text') {
    return (raw) => (isTextList(raw) ? read(raw) : fail(notList));
}
/** A number written as text (surrounding blanks ignored) that passes `test`; the value is the number. */
function number(message, test) {
    return (raw) => {
        if (typeof raw !== 'string')
            return fail(message);
        const s = raw.trim();
        const n = Number(s);
        return s !== '' && Number.isFinite(n) && test(n) ? ok(n) : fail(message);
    };
}
const flag = (raw) => typeof raw === 'boolean' ? ok(raw) : fail('must be true or false');
/** One of `values`; the value keeps its literal type (`'local' | 'ssh' | 'docker'`). */
function oneOf(values) {
    const isOne = (raw) => typeof raw === 'string' && values.some((v) => v === raw);
    return (raw) => (isOne(raw) ? ok(raw) : fail(`must be one of: ${values.join(', ')}`));
}
/** A URL whose scheme is one of `schemes`. */
function url(schemes) {
    return textThat((s) => {
        try {
            return schemes.includes(new URL(s).protocol.replace(':', ''));
        }
        catch {
            return false;
        }
    }, `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`);
}

// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
;// CONCATENATED MODULE: ./src/config/alert-channel-options.ts
/**
 * The option table's alert channels (./schema.ts): where fired alerts go. Each is a secret or names a recipient,
 * so none is ever repeated in a message (`secret: true`); a config file names the environment variable holding a
 * secret instead of the secret itself (./keys.ts).
 */

const ALERT_CHANNEL_OPTIONS = {
    'slack-webhook': {
        check: url(['https', 'http']),
        field: 'slack_webhook',
        arg: 'url',
        secret: true,
        doc: 'Slack incoming webhook URL for alerts.',
        input_doc: 'Slack incoming webhook URL for alerts (pass a secret).',
    },
    webhook: {
        check: url(['https', 'http']),
        field: 'webhook_url',
        arg: 'url',
        secret: true,
        doc: 'Webhook URL receiving alerts as JSON.',
        input: 'webhook-url',
        input_doc: 'Webhook URL receiving alerts as JSON (pass a secret).',
    },
    'webhook-secret': {
        check: check_text,
        field: 'webhook_secret',
        arg: 'secret',
        secret: true,
        doc: 'Signs webhook bodies (X-Pyrun-Signature-256, HMAC-SHA256).',
    },
    smtp: {
        check: url(['smtp', 'smtps']),
        field: 'smtp_url',
        arg: 'url',
        secret: true,
        doc: 'SMTP server for email alerts, smtp(s)://user:password@host:port.',
        input: 'smtp-url',
        input_doc: 'SMTP server for email alerts, smtp(s)://user:password@host:port (pass a secret).',
    },
    'email-to': {
        // One address, local@domain, nothing else: a CR or LF would add mail headers (`Bcc:`).
        check: matching(/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/, 'must be one e-mail address (name@example.com), with no spaces or line breaks'),
        field: 'email_to',
        arg: 'address',
        doc: 'Recipient of email alerts.',
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/metrics.ts
/** Which metric names a rule may use, and what to suggest when a name is wrong. */


function allowedMetrics(kind) {
    return kind === 'gate' ? engine_metrics/* RUN_METRICS */.Ks : engine_metrics/* SAMPLE_METRICS */.p0;
}
/** Null when `name` is a metric this kind of rule may use; otherwise the problem, with a suggestion. */
function metricProblem(name, kind) {
    const allowed = allowedMetrics(kind);
    if (allowed.includes(name))
        return null;
    if (kind === 'gate' && engine_metrics/* SAMPLE_METRICS */.p0.includes(name)) {
        const instead = (0,engine_metrics/* sampleMetricRow */.$T)(name)?.counterpart;
        const hint = instead === undefined ? `gates can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
        return `${name} is a live sample metric, but a gate is checked on the run summary; ${hint}`;
    }
    if (kind === 'alert' && engine_metrics/* RUN_METRICS */.Ks.includes(name)) {
        const instead = (0,engine_metrics/* metricRow */.dh)(name)?.counterpart;
        const hint = instead === undefined ? `alerts can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
        return `${name} is a run metric known only when the run ends, but an alert is checked live on samples; ${hint}`;
    }
    const close = closest(name, allowed);
    return close === null
        ? `unknown metric ${name}; ${kind}s can use: ${allowed.join(', ')}`
        : `unknown metric ${name}; did you mean ${close}?`;
}
/** The candidate nearest to `word` by edit distance, if near enough to be a likely typo. */
function closest(word, candidates) {
    const lower = word.toLowerCase();
    const limit = Math.max(2, Math.ceil(word.length * 0.4));
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Levenshtein distance: insertions, deletions and substitutions, one each. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(substitution, previous[j] + 1, current[j - 1] + 1));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/config/option-checks.ts
/**
 * The checks of the option table (./schema.ts) that know pyrun: the ranges of times and counts, the environment's
 * KEY=VALUE lines, and `--judge`'s metric names. The generic ones (text, lists, URLs) are in ./check.ts.
 */



/** The shortest sampling interval: below it the sampler's own reads would be most of the machine's work. */
const MIN_INTERVAL_S = 0.01;
/** The longest timer of any kind pyrun accepts (a year): timers are chained, so anything up to it works. */
const MAX_SECONDS = 365 * 24 * 3600;
const seconds = number(`must be a number of seconds greater than 0 and at most ${MAX_SECONDS}, e.g. 0.5`, (n) => n > 0 && n <= MAX_SECONDS);
const secondsOrZero = number(`must be a number of seconds from 0 to ${MAX_SECONDS}, e.g. 5`, (n) => n >= 0 && n <= MAX_SECONDS);
const interval = number(`must be a number of seconds from ${MIN_INTERVAL_S} to 3600, e.g. 0.5`, (n) => n >= MIN_INTERVAL_S && n <= 3600);
/** A whole number from `min` to `max`. */
const count = (min, max = 1_000_000) => number(`must be a whole number from ${min} to ${max}`, (n) => Number.isInteger(n) && n >= min && n <= max);
/** `--env KEY=VALUE` lines → the variables; a later line wins for the same KEY. */
const envVariables = listOf((pairs) => {
    if (!pairs.every((pair) => /^[^=\s]+=/.test(pair)))
        return fail('must be KEY=VALUE');
    const env = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return ok(env);
});
/** The word in `--judge` that stands for the metrics judged by default. */
const DEFAULT_JUDGED_WORD = 'default';
/**
 * `--judge`: metric names (repeated or comma-separated) and the word `default`; the value is the metrics in table
 * order. A shape of the run (CPU share) is refused: more parallelism at the same CPU time is not worse.
 */
const judgedMetrics = listOf((items) => {
    const names = items.flatMap((s) => s.split(',')).map((s) => s.trim());
    const wanted = new Set();
    for (const name of names) {
        if (name === '')
            continue;
        if (name === DEFAULT_JUDGED_WORD) {
            for (const m of engine_metrics/* DEFAULT_JUDGED_METRICS */.UP)
                wanted.add(m);
        }
        else if ((0,engine_metrics/* isShapeMetric */.Gj)(name)) {
            return fail(`'${name}' is a shape of the run, not a cost, and is never judged (gate it instead, e.g. '${name} < 150')`);
        }
        else if (!engine_metrics/* JUDGEABLE_METRICS */.Gn.some((m) => m === name)) {
            const near = closest(name, [...engine_metrics/* JUDGEABLE_METRICS */.Gn, DEFAULT_JUDGED_WORD]);
            const kind = (0,engine_metrics/* metricRow */.dh)(name)?.kind === 'sample' ? 'a live sample metric' : 'not a run metric';
            return fail(`'${name}' is ${kind}${near ? `; did you mean '${near}'?` : ''} (one of: ${DEFAULT_JUDGED_WORD}, ${engine_metrics/* JUDGEABLE_METRICS */.Gn.join(', ')})`);
        }
        else
            wanted.add(name);
    }
    if (wanted.size === 0)
        return fail(`names no metric (e.g. ${DEFAULT_JUDGED_WORD})`);
    return ok(engine_metrics/* JUDGEABLE_METRICS */.Gn.filter((m) => wanted.has(m)));
}, 'must be a list of metric names');

;// CONCATENATED MODULE: ./src/config/executor-options.ts
/**
 * The option table's executors (./schema.ts): where the script runs — here, on a host over SSH, or in a Docker
 * container — with each one's own settings. Their fields in the run config: `executor`, `ssh.*`, `docker_*`.
 */


const EXECUTOR_OPTIONS = {
    executor: {
        check: oneOf(['local', 'ssh', 'docker']),
        field: 'executor',
        default: 'local',
        arg: 'kind',
        doc: 'Where the script runs: local, ssh or docker; a Docker image or an SSH host given alone names its executor.',
    },
    'ssh-host': { check: check_text, field: 'ssh.host', arg: 'host', doc: 'SSH executor: the host.' },
    'ssh-user': { check: check_text, field: 'ssh.user', arg: 'user', doc: 'SSH executor: the user.' },
    'ssh-port': { check: count(1, 65535), field: 'ssh.port', arg: 'port', doc: 'SSH executor: the port.' },
    'ssh-key': {
        check: check_text,
        field: 'ssh.key',
        arg: 'file',
        doc: 'SSH executor: the private key file.',
        input: false,
    },
    'ssh-known-hosts': {
        check: check_text,
        field: 'ssh.known_hosts',
        arg: 'file',
        doc: 'SSH executor: a known_hosts file holding the host key.',
        input: false,
    },
    'ssh-accept-unknown-host': {
        check: flag,
        field: 'ssh.accept_unknown_host',
        default: false,
        doc: 'SSH executor: connect even when the host key is not known (turns strict host key checking off).',
        input: false,
    },
    'docker-image': { check: check_text, field: 'docker_image', arg: 'image', doc: 'Docker executor: the image.' },
    'docker-memory': {
        check: matching(/^[1-9][0-9]*[bkmg]?$/i, 'must be a size as docker takes it: a number with b, k, m or g, e.g. 512m'),
        field: 'docker_memory',
        arg: 'size',
        doc: 'Docker executor: the memory limit of the container (docker run --memory), e.g. 512m or 2g; no swap beyond it.',
        input_doc: 'Docker executor: the memory limit of the container, as `docker run --memory` takes it (e.g. 512m, 2g), with no swap beyond it. A script killed by it exits 137 and is reported as killed by the memory limit of the container. Empty means no limit.',
    },
    'docker-cpus': {
        check: number('must be a number of CPUs greater than 0, e.g. 1 or 1.5', (n) => n > 0 && n <= 1024),
        field: 'docker_cpus',
        arg: 'n',
        doc: 'Docker executor: the CPUs the container may use (docker run --cpus), e.g. 1.5.',
        input_doc: 'Docker executor: the CPUs the container may use, as `docker run --cpus` takes it (e.g. 1.5). Empty means no limit.',
    },
    'docker-network': {
        check: matching(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'must be a Docker network name such as none, bridge or host'),
        field: 'docker_network',
        default: 'none',
        arg: 'network',
        doc: 'Docker executor: the network of the container (docker run --network); none unless asked, e.g. bridge.',
    },
};

;// CONCATENATED MODULE: ./src/config/report-options.ts
/**
 * The option table's report files and metric exports (./schema.ts): the files a run writes (its record, JUnit,
 * TAP, markdown, HTML, and other tools' formats) and the monitoring systems its metrics are sent to.
 */

const REPORT_OPTIONS = {
    json: {
        check: check_text,
        field: 'json_path',
        arg: 'file',
        doc: 'Write the run record as JSON to this file.',
        input: false,
    },
    junit: {
        check: check_text,
        field: 'junit_path',
        arg: 'file',
        doc: 'Write a JUnit XML report to this file.',
        input: 'junit-path',
        input_doc: 'Write a JUnit XML report to this path (its folders are created). Empty means none.',
    },
    tap: {
        check: check_text,
        field: 'tap_path',
        arg: 'file',
        doc: 'Write a TAP version 13 report to this file.',
        input: 'tap-path',
        input_doc: 'Write a TAP version 13 report to this path (its folders are created). Empty means none.',
    },
    summary: {
        check: check_text,
        field: 'summary_path',
        arg: 'file',
        doc: 'Write a markdown report to this file.',
        input: false,
    },
    html: {
        check: check_text,
        field: 'html_path',
        arg: 'file',
        doc: 'Write a self-contained HTML report to this file.',
        input: false,
    },
    'export-benchmark-action': {
        check: check_text,
        field: 'benchmark_action_path',
        arg: 'file',
        doc: "Write the judged metrics as github-action-benchmark's customSmallerIsBetter JSON to this file.",
        input_doc: "Write the judged metrics as github-action-benchmark's `customSmallerIsBetter` JSON to this path (its folders are created), for its `output-file-path`. Empty means none.",
    },
    'export-bmf': {
        check: check_text,
        field: 'bmf_path',
        arg: 'file',
        doc: 'Write the judged metrics in Bencher Metric Format (BMF JSON) to this file.',
        input_doc: 'Write the judged metrics in Bencher Metric Format (BMF JSON) to this path (its folders are created), for `bencher run --file`. Empty means none.',
    },
    'export-hyperfine': {
        check: check_text,
        field: 'hyperfine_path',
        arg: 'file',
        doc: "Write the wall times of the measured runs as hyperfine's JSON (--export-json) to this file.",
        input_doc: "Write the wall times of the measured runs (`repeat`) as hyperfine's `--export-json` JSON to this path (its folders are created). Empty means none.",
    },
    export: {
        check: list(),
        field: 'exports',
        default: [],
        arg: 'kind=target',
        repeatable: true,
        doc: "Send the run's metrics: prometheus=URL (Pushgateway), otlp=URL (OTLP/HTTP) or statsd=HOST:PORT.",
        input_doc: "Send the run's metrics, one target per line, `prometheus=URL` (a Pushgateway), `otlp=URL` (OTLP/HTTP) or `statsd=HOST:PORT`. A failed export is a warning.",
    },
};

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The option table: every option pyrun takes, once. Both faces are generated from it — the CLI's `pyrun run` flags
 * (commander), the action's inputs (names, defaults, descriptions in action.yml, checked by a test) — and one parser
 * validates every value, so a default or a message cannot differ between the faces.
 *
 * Each row carries its check (raw value → typed value, or why not: ./check.ts, ./option-checks.ts) and its field
 * in the run config, whose type TypeScript derives from the rows (./run-config.ts): a new option is one row.
 * The rows of a few concepts live beside this file: ./alert-channel-options.ts, ./report-options.ts and
 * ./executor-options.ts.
 *
 * An option's `input` is its action input's name (default: the option's own name); `input: false` keeps it off the
 * action (the CLI-only file paths, and options whose action input means something else, like `ssh-key`, which the
 * action takes as the key's text: see src/action/inputs.ts).
 */






/** The table, in the order of `--help` and of action.yml's inputs. */
const OPTIONS = {
    script: {
        check: textThat((s) => s.length >= 1, 'is required: the Python script to run'),
        field: 'script',
        // '' when a module runs instead: parseConfig refuses a run with neither.
        fallback: () => '',
        doc: 'The Python script to run.',
    },
    module: {
        check: matching(/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u, 'must be a dotted module name such as reports.build (a file is a script)'),
        field: 'module',
        arg: 'module',
        short: 'm',
        doc: 'Run this module as `python -m MODULE` does, instead of a script (not both).',
    },
    args: {
        check: list(),
        field: 'args',
        default: [],
        doc: 'Arguments passed to the script exactly as given.',
        repeatable: true,
        input_doc: 'Arguments for the script, one per line, passed exactly as written (no shell).',
    },
    python: {
        check: check_text,
        field: 'python',
        arg: 'path',
        doc: 'The interpreter (default: python3, then python).',
        input_doc: 'The interpreter (a path or a command on PATH). Empty means python3, then python.',
    },
    cwd: {
        check: check_text,
        field: 'cwd',
        arg: 'dir',
        doc: 'Directory the script runs in.',
        // The action's `working-directory` is the directory everything is relative to (see src/action/inputs.ts).
        input: false,
    },
    name: {
        // No invisible format character (U+202E, U+200B…): with one, a name could pass for another series in the
        // summary, the comment and the check run's name. (Line breaks are made harmless wherever a name is shown.)
        check: textThat((s) => !/\p{Cf}/u.test(s), 'must not contain invisible format characters (U+202E, U+200B, U+2066…U+2069…)'),
        field: 'name',
        fallback: (run) => run.module ?? run.script,
        arg: 'name',
        doc: 'Series name: runs of one name are compared (default: the script path).',
        input_doc: 'Series name; runs of one name are compared with each other. Empty means the script path.',
    },
    env: {
        check: envVariables,
        field: 'env',
        default: [],
        arg: 'KEY=VALUE',
        repeatable: true,
        doc: 'Extra environment variables for the script, KEY=VALUE.',
        input_doc: 'Extra environment variables for the script, one KEY=VALUE a line.',
    },
    interval: {
        check: interval,
        field: 'interval_s',
        default: '0.5',
        arg: 'seconds',
        doc: 'Sampling interval in seconds.',
    },
    timeout: {
        check: seconds,
        field: 'timeout_s',
        arg: 'seconds',
        doc: 'Kill the whole process tree after this many seconds.',
        input_doc: "Kill the script's whole process tree after this many seconds. Empty means no limit.",
    },
    'grace-period': {
        check: seconds,
        field: 'grace_s',
        default: '2',
        arg: 'seconds',
        doc: 'Seconds between SIGTERM and SIGKILL when ending the tree.',
    },
    retries: {
        check: count(0, 100),
        field: 'retries',
        default: '0',
        arg: 'n',
        doc: 'Re-run a failed script up to N times; the last attempt decides.',
    },
    'retry-delay': {
        check: secondsOrZero,
        field: 'retry_delay_s',
        default: '0',
        arg: 'seconds',
        doc: 'Seconds to wait before the first retry; later waits grow by --retry-backoff (at most 60 s, with jitter).',
    },
    'retry-backoff': {
        check: number('must be a number from 1 to 100, e.g. 2', (n) => n >= 1 && n <= 100),
        field: 'retry_backoff',
        default: '2',
        arg: 'factor',
        doc: 'Each wait between retries is this many times the one before.',
    },
    repeat: {
        check: count(1, 10_000),
        field: 'repeat',
        default: '1',
        arg: 'n',
        doc: 'Benchmark mode: N measured runs, statistics over them.',
    },
    warmup: {
        check: count(0, 10_000),
        field: 'warmup',
        default: '0',
        arg: 'n',
        doc: 'Benchmark mode: runs before the measured ones, not recorded.',
    },
    'min-baseline-runs': {
        check: count(1, 1000),
        field: 'min_baseline_runs',
        default: '5',
        arg: 'n',
        doc: 'Baseline runs needed for an automatic verdict (a gate against `baseline` needs one).',
    },
    'confirm-runs': {
        check: count(0, 10),
        field: 'confirm_runs',
        default: '2',
        arg: 'n',
        doc: 'When a judged metric looks regressed, run the script again up to N times; it stands only if every run regressed (0: never).',
        input_doc: 'When a judged metric looks regressed, run the script again up to this many times; the regression stands only if every run regressed, so a slow run on a busy machine is not a regression. 0 judges the run alone.',
    },
    'busy-machine': {
        check: oneOf(['withhold', 'judge']),
        field: 'busy_machine',
        default: 'withhold',
        arg: 'mode',
        doc: "A time metric that regressed while the machine was busier (other work) or slower (pyrun's calibration loop) than in the baseline runs, every re-run too: `withhold` its verdict (not judged, shown with the readings) or `judge` it anyway.",
        input_doc: 'A slower run while the machine was busier (other jobs kept more than a quarter of a core more busy) or slower (a calibration loop pyrun times took more than 1.25× as long) than in the baseline runs, every re-run too: `withhold` leaves its time metrics not judged and says so; `judge` calls them regressed anyway. Memory and instruction counts are always judged.',
    },
    judge: {
        check: judgedMetrics,
        field: 'judge',
        default: [DEFAULT_JUDGED_WORD],
        arg: 'metric',
        repeatable: true,
        doc: `Metrics the automatic verdict judges (repeat or comma-separate; \`${DEFAULT_JUDGED_WORD}\` is ${engine_metrics/* DEFAULT_JUDGED_METRICS */.UP.join(', ')}); the others are measured and shown, not judged.`,
        input_doc: `Metrics the automatic verdict judges, one a line or comma-separated; \`${DEFAULT_JUDGED_WORD}\` is ${engine_metrics/* DEFAULT_JUDGED_METRICS */.UP.join(', ')}. Other metrics are measured, shown with their change and gateable, but never make a run regressed.`,
    },
    gate: {
        check: list(),
        field: 'gates',
        default: [],
        arg: 'rule',
        repeatable: true,
        doc: 'Gate rule checked on the run summary, e.g. `duration_s <= 1.2 * baseline`.',
        input: 'gates',
        input_doc: 'Gate rules checked on the run summary, one per line, e.g. `peak_rss_mb < 512` or `duration_s <= 1.2 * baseline`.',
    },
    alert: {
        check: list(),
        field: 'alerts',
        default: [],
        arg: 'rule',
        repeatable: true,
        doc: 'Alert rule checked live on every sample, e.g. `rss_mb > 400`.',
        input: 'alerts',
        input_doc: 'Alert rules checked live while the script runs, one per line, e.g. `rss_mb > 400` or `on failure`.',
    },
    ...ALERT_CHANNEL_OPTIONS,
    db: {
        check: check_text,
        field: 'db_path',
        default: '.pyrun/history.sqlite',
        arg: 'path',
        doc: 'History file.',
        input: false,
    },
    history: {
        check: flag,
        field: 'history',
        default: true,
        doc: 'Open no history: the run is measured, gated and reported, but neither recorded nor judged against earlier runs.',
        input: false,
    },
    'keep-runs': {
        check: count(1),
        field: 'keep_runs',
        default: '1000',
        arg: 'n',
        doc: 'Runs kept per series in the history; older ones are dropped, old samples thinned first.',
    },
    'baseline-ref': {
        check: check_text,
        field: 'baseline_ref',
        arg: 'ref',
        doc: 'Whose history is the baseline (default: every run of this name).',
        input_doc: 'Whose history is the baseline. Empty means the default branch (for pull requests, their base branch).',
    },
    ...REPORT_OPTIONS,
    ...EXECUTOR_OPTIONS,
    profile: {
        check: flag,
        field: 'profile',
        default: false,
        doc: "Run the script under Python's cProfile and report where its time went (slower: keep it off unless needed).",
        input_doc: "Run the script under Python's cProfile and report where its time went, with the functions whose time grew most when a run regressed; files in .pyrun/profiles. Slows the script (1.3x to 4x, most on code made of many small calls), so profiled runs are compared only with profiled runs.",
    },
    'profile-dir': {
        check: check_text,
        field: 'profile_dir',
        arg: 'dir',
        doc: 'Directory for the profile files (default: beside --json, else .pyrun/profiles).',
        input: false,
    },
    instructions: {
        check: flag,
        field: 'instructions',
        default: false,
        doc: 'Count the instructions the whole process tree executes (valgrind): a measure a busy machine cannot disturb, ~30x slower.',
        input_doc: 'Count the instructions the whole process tree executes, under valgrind (the runner needs it: add a `sudo apt-get install -y valgrind` step). Exact to ~0.02% from run to run, where time wanders by 10% on a shared runner; the run is ~30x slower, so its other metrics are those of a slowed run, and such runs are compared only with each other.',
    },
    'instructions-dir': {
        check: check_text,
        field: 'instructions_dir',
        arg: 'dir',
        doc: 'Directory for the callgrind files of --instructions runs, one folder per run (default: .pyrun/instructions).',
        input: false,
    },
};
const OPTION_NAMES = Object.keys(OPTIONS);
/** Every row, typed by what its check gives: `optionSpec('interval').check` is a `Check<number>`. */
const SPECS = OPTIONS;
/** The option's row. */
function optionSpec(name) {
    return SPECS[name];
}
/** The action input of an option, or null when the action has none. */
function inputName(name) {
    const input = optionSpec(name).input;
    return input === false ? null : (input ?? name);
}
/** Options whose values are secrets: redacted in every message whatever their shape. */
const SECRET_OPTIONS = OPTION_NAMES.filter((n) => optionSpec(n).secret === true);

;// CONCATENATED MODULE: ./src/config/run-config.ts
/**
 * The typed configuration of one run (the engine's RunConfig), derived by TypeScript from the option table
 * (./schema.ts). Each row's `field` names a field of the run config; its type is what the row's check gives, with
 * null added when the option has neither a default nor a fallback (`timeout_s: number | null`). A dotted field
 * (`ssh.host`) is a field of a group (`config.ssh.host`). Nothing here is written per option: a new row is a new
 * field, typed and filled in by itself.
 */

/**
 * The run config from the checked values (of the options given or defaulted): each option's value at its field,
 * else its fallback, else null. The object is assembled field by field from the table, which TypeScript cannot
 * follow: its type is the one derived above from the same rows, and the one `as` below says so.
 */
function toRunConfig(values) {
    const config = {};
    const groups = new Map();
    const groupOf = (name) => {
        let group = groups.get(name);
        if (group === undefined) {
            group = {};
            groups.set(name, group);
            config[name] = group;
        }
        return group;
    };
    const source = { script: values.script ?? '', module: values.module ?? null };
    for (const name of OPTION_NAMES) {
        const spec = optionSpec(name);
        const dot = spec.field.indexOf('.');
        const target = dot < 0 ? config : groupOf(spec.field.slice(0, dot));
        target[spec.field.slice(dot + 1)] = values[name] ?? spec.fallback?.(source) ?? null;
    }
    return config;
}

;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * parseConfig: raw option values (strings, lists, booleans, as a CLI or the action's inputs give them) → a typed
 * Config, or every error at once, each naming the option the way its face spells it.
 */



class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
const cliLabel = (name) => (name === 'script' ? 'SCRIPT' : `--${name}`);
function parseConfig(given, label = cliLabel) {
    const problems = [];
    const raw = withImpliedExecutor(given, label, problems);
    const values = {};
    const checkOption = (name) => {
        const option = optionSpec(name);
        let value = raw[name];
        if ((value === undefined || value === '') && option.default !== undefined)
            value = option.default;
        if (value === undefined || (value === '' && (name !== 'script' || raw.module)))
            return;
        const result = option.check(value);
        if (result.success)
            values[name] = result.data;
        else {
            const shown = Array.isArray(value) ? value.join(' ') : String(value);
            const why = result.message;
            const secret = option.secret === true;
            problems.push(name === 'script' || secret
                ? `${label(name)} ${why}`
                : `${label(name)} ${why} (got '${redactUrl(shown)}')`);
        }
    };
    for (const name of OPTION_NAMES)
        checkOption(name);
    const hasScript = raw.script !== undefined && raw.script !== '';
    if (!hasScript && !raw.module)
        problems.push(`${label('script')} is required: the Python script to run (or ${label('module')})`);
    if (hasScript && raw.module)
        problems.push(`${label('script')} and ${label('module')} exclude each other: give one`);
    if (raw['email-to'] && !raw.smtp)
        problems.push(`${label('email-to')} needs ${label('smtp')}: the server to send through`);
    if (raw.smtp && !raw['email-to'])
        problems.push(`${label('smtp')} needs ${label('email-to')}: who receives the alerts`);
    if (raw['webhook-secret'] && !raw.webhook) {
        problems.push(`${label('webhook-secret')} needs ${label('webhook')}: the URL whose bodies it signs`);
    }
    if (values.executor === 'ssh' && !values['ssh-host'])
        problems.push(`${label('executor')} ssh needs ${label('ssh-host')}`);
    if (values.profile === true && values.executor !== undefined && values.executor !== 'local')
        problems.push(`${label('profile')} works with ${label('executor')} local only`);
    if (values.instructions === true && values.executor !== undefined && values.executor !== 'local')
        problems.push(`${label('instructions')} works with ${label('executor')} local only`);
    if (values.instructions === true && values.profile === true)
        problems.push(`${label('instructions')} and ${label('profile')} exclude each other: valgrind would count the profiler`);
    if (values.executor === 'docker' && !values['docker-image'])
        problems.push(`${label('executor')} docker needs ${label('docker-image')}`);
    try {
        (0,target/* parseExportTargets */.E3)(values.export ?? []);
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        for (const line of error.message.split('\n'))
            problems.push(`bad ${label('export')} ${line}`);
    }
    if (problems.length > 0)
        throw new ConfigError([...new Set(problems)]);
    return toRunConfig(values);
}
/**
 * An executor's own setting names the executor when none is given: `--docker-image IMG` alone runs the script in the
 * container, `--ssh-host H` alone on H (they used to be ignored, the script running here without a word). Both
 * without `--executor` is a problem: which one was meant?
 */
function withImpliedExecutor(raw, label, problems) {
    if (raw.executor !== undefined && raw.executor !== '')
        return raw;
    const given = (name) => typeof raw[name] === 'string' && raw[name] !== '';
    const ssh = given('ssh-host');
    const docker = given('docker-image');
    if (ssh && docker) {
        problems.push(`${label('ssh-host')} and ${label('docker-image')} name two executors: give ${label('executor')}`);
        return raw;
    }
    if (ssh)
        return { ...raw, executor: 'ssh' };
    if (docker)
        return { ...raw, executor: 'docker' };
    return raw;
}
/** Hides credentials and paths of a URL (webhook tokens live there) before it appears in a message. */
function redactUrl(text) {
    try {
        const u = new URL(text);
        if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol.startsWith('smtp')) {
            return `${u.protocol}//${u.host}/***`;
        }
    }
    catch {
        /* not a URL */
    }
    return text;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/engine/rules/ast.ts
const COMPARE_OPS = ['<', '<=', '>', '>=', '==', '!='];
const ALERT_EVENTS = ['failure', 'timeout', 'regression', 'gate_failed'];
/** The distinct metrics an expression mentions, in the order they first appear. */
function metricsOf(expr) {
    const found = [];
    const visit = (e) => {
        if (e.kind === 'metric') {
            if (!found.includes(e.name))
                found.push(e.name);
        }
        else if (e.kind === 'negate')
            visit(e.operand);
        else if (e.kind === 'arithmetic') {
            visit(e.left);
            visit(e.right);
        }
    };
    visit(expr);
    return found;
}
/** Every comparison of a condition, in the order they appear in the text. */
function comparisonsOf(condition) {
    if (condition.kind === 'compare')
        return [condition];
    if (condition.kind === 'not')
        return comparisonsOf(condition.operand);
    return [...comparisonsOf(condition.left), ...comparisonsOf(condition.right)];
}
function usesBaseline(expr) {
    if (expr.kind === 'baseline')
        return true;
    if (expr.kind === 'negate')
        return usesBaseline(expr.operand);
    if (expr.kind === 'arithmetic')
        return usesBaseline(expr.left) || usesBaseline(expr.right);
    return false;
}

;// CONCATENATED MODULE: ./src/engine/rules/units.ts
/** Units a number may carry, and the factor to the metric's own unit (seconds, MB = 2^20 bytes, percent). */
const UNITS = {
    ms: { dimension: 'time', multiplier: 1, divisor: 1000 },
    s: { dimension: 'time', multiplier: 1, divisor: 1 },
    m: { dimension: 'time', multiplier: 60, divisor: 1 },
    KB: { dimension: 'size', multiplier: 1, divisor: 1024 },
    MB: { dimension: 'size', multiplier: 1, divisor: 1 },
    GB: { dimension: 'size', multiplier: 1024, divisor: 1 },
    '%': { dimension: 'percent', multiplier: 1, divisor: 1 },
};
const UNIT_HELP = 'ms, s, m (time), KB, MB, GB (size), % (percent)';
function isUnit(text) {
    return Object.hasOwn(UNITS, text);
}
/** The value in the metric's own unit: `1GB` → 1024, `512KB` → 0.5, `500ms` → 0.5, `2m` → 120. */
function applyUnit(value, unit) {
    // Integer factors keep results exact where they can be (500 / 1000 is exactly 0.5; 500 * 0.001 need not be).
    const { multiplier, divisor } = UNITS[unit];
    return (value * multiplier) / divisor;
}
/** "a time", "a size", "a percentage", "a count". */
function describeDimension(dimension) {
    return dimension === 'percent' ? 'a percentage' : `a ${dimension}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/comparison-check.ts
/** The checks that need a whole comparison: where `baseline` stands, and whether units fit the metrics. */



/** The first problem of a comparison that starts at `pos`, or null. */
function comparisonProblem(comparison, pos, marks, example) {
    const left = metricsOf(comparison.left);
    const [onLeft] = baselinesIn(comparison.left, marks);
    if (onLeft !== undefined) {
        return {
            problem: 'baseline belongs on the right of a comparison, as in duration_s <= 1.2 * baseline',
            pos: onLeft,
        };
    }
    const [onRight] = baselinesIn(comparison.right, marks);
    if (onRight !== undefined && left.length !== 1) {
        const found = left.length === 0 ? 'none' : left.join(', ');
        return {
            problem: `baseline is the baseline of the metric on the left, so the left side needs exactly one metric (found ${found})`,
            pos: onRight,
        };
    }
    const metrics = [...new Set([...left, ...metricsOf(comparison.right)])];
    if (metrics.length === 0)
        return { problem: `this comparison mentions no metric; compare one, as in ${example}`, pos };
    // A unit must fit a metric of the comparison: `rss_mb > 5s` compares a size with a time.
    const dimensions = metrics.map((m) => engine_metrics/* METRIC_DIMENSION */.aP[m]);
    for (const mark of [...unitsIn(comparison.left, marks), ...unitsIn(comparison.right, marks)]) {
        const dimension = UNITS[mark.unit].dimension;
        if (dimensions.includes(dimension))
            continue;
        const actual = metrics.map((m) => `${m} is ${describeDimension(engine_metrics/* METRIC_DIMENSION */.aP[m])}`).join(' and ');
        return { problem: `unit ${mark.unit} is ${describeDimension(dimension)} but ${actual}`, pos: mark.pos };
    }
    return null;
}
function baselinesIn(expr, marks) {
    return nodes(expr).flatMap((node) => marks.baselinePos.get(node) ?? []);
}
function unitsIn(expr, marks) {
    return nodes(expr).flatMap((node) => marks.unitOf.get(node) ?? []);
}
/** Every node of an expression, in text order. */
function nodes(expr) {
    if (expr.kind === 'negate')
        return [expr, ...nodes(expr.operand)];
    if (expr.kind === 'arithmetic')
        return [...nodes(expr.left), expr, ...nodes(expr.right)];
    return [expr];
}

;// CONCATENATED MODULE: ./src/engine/rules/errors.ts
/**
 * The one error a rule can raise: what is wrong, the rule text, and a caret under the place.
 *
 *   unknown metric peak_rss; did you mean peak_rss_mb?
 *     peak_rss < 512
 *     ^
 */
class RuleError extends Error {
    /** The rule text exactly as given. */
    rule;
    /** 0-based column (UTF-16 index) the error points at; `rule.length` means "at the end". */
    position;
    /** The problem alone, on one line, without the rule and the caret. */
    problem;
    constructor(problem, rule, position) {
        super(renderRuleError(problem, rule, position));
        this.name = 'RuleError';
        this.rule = rule;
        this.position = position;
        this.problem = problem;
    }
}
function renderRuleError(problem, rule, position) {
    // One character in, one character out, so the caret stays under the right column.
    const shown = Array.from(rule, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch)).join('');
    return `${problem}\n  ${shown}\n  ${' '.repeat(position)}^`;
}

;// CONCATENATED MODULE: ./src/engine/rules/tokens.ts
/** The tokenizer: rule text → tokens with their 0-based column. */

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATOR = /<=|>=|==|!=|<|>|\+|-|\*|\//y;
/** Characters other languages use, with the word this one uses instead. */
const MISTAKES = [
    [/&&?/y, 'use and to join conditions'],
    [/\|\|?/y, 'use or to join conditions'],
    [/!/y, 'use not to negate a condition'],
    [/=/y, 'use == to test equality'],
];
function tokenize(rule) {
    const tokens = [];
    let pos = 0;
    while (pos < rule.length) {
        if (/\s/.test(rule[pos])) {
            pos += 1;
            continue;
        }
        const token = readToken(rule, pos);
        tokens.push(token);
        pos += token.text.length;
    }
    tokens.push({ kind: 'end', text: '', pos: rule.length, value: NaN });
    return tokens;
}
function readToken(rule, pos) {
    const number = match(NUMBER, rule, pos);
    if (number !== null) {
        const value = Number(number);
        if (!Number.isFinite(value))
            throw new RuleError(`number ${number} is too large`, rule, pos);
        return { kind: 'number', text: number, pos, value };
    }
    const word = match(WORD, rule, pos);
    if (word !== null)
        return { kind: 'word', text: word, pos, value: NaN };
    const op = match(OPERATOR, rule, pos);
    if (op !== null)
        return { kind: 'op', text: op, pos, value: NaN };
    const ch = rule[pos];
    if (ch === '(' || ch === ')' || ch === '%')
        return { kind: ch, text: ch, pos, value: NaN };
    for (const [pattern, advice] of MISTAKES) {
        const wrong = match(pattern, rule, pos);
        if (wrong !== null)
            throw new RuleError(`unexpected ${wrong}: ${advice}`, rule, pos);
    }
    const shown = /[\x21-\x7e]/.test(ch) ? ch : JSON.stringify(ch);
    throw new RuleError(`unexpected character ${shown}`, rule, pos);
}
function match(pattern, text, pos) {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    return m === null ? null : m[0];
}

;// CONCATENATED MODULE: ./src/engine/rules/parser.ts
/**
 * Recursive-descent parser: rule text → typed tree, or a RuleError pointing at the fault.
 *
 *   rule       := condition                       (gate)
 *               | condition [for duration]        (threshold alert)
 *               | on event                        (event alert)
 *   condition  := and (or and)*
 *   and        := not (and not)*
 *   not        := not not | comparison
 *   comparison := sum [(< <= > >= == !=) sum]
 *   sum        := product ((+ | -) product)*
 *   product    := unary ((* | /) unary)*
 *   unary      := - unary | primary
 *   primary    := number [unit] | metric | baseline | ( condition )
 */






const MAX_RULE_CHARS = 1000;
const MAX_NESTING = 40;
const KEYWORDS = new Set(['and', 'or', 'not', 'baseline', 'for', 'on']);
/** A rule checked once on the run summary: `peak_rss_mb < 1GB`, `duration_s <= 1.2 * baseline`. */
function parseGate(text) {
    return parseGateWithAliases(text, []);
}
/** parseGate where other words also mean `baseline` (`pyrun ab` adds `a`: A's median of the metric). */
function parseGateWithAliases(text, baselineAliases) {
    const parser = new Parser(text, 'gate', baselineAliases);
    if (parser.atWord('on')) {
        parser.fail('on <event> is only for alerts; a gate is a comparison such as peak_rss_mb < 512', 0);
    }
    const condition = parser.ruleCondition();
    if (parser.atWord('for')) {
        parser.fail('for <duration> is only for alerts; a gate is checked once, on the run summary');
    }
    parser.expectEnd();
    return { kind: 'gate', source: text, condition };
}
/** A rule checked live on samples (`cpu_percent > 95 for 10s`) or at the end of the run (`on failure`). */
function parseAlert(text) {
    const parser = new Parser(text, 'alert');
    if (parser.atWord('on')) {
        parser.take();
        const event = parser.event();
        parser.expectEnd();
        return { kind: 'event', source: text, event };
    }
    const condition = parser.ruleCondition();
    let for_s = null;
    if (parser.atWord('for')) {
        parser.take();
        for_s = parser.duration();
    }
    parser.expectEnd();
    return { kind: 'threshold', source: text, condition, for_s };
}
class Parser {
    rule;
    kind;
    baselineAliases;
    tokens;
    index = 0;
    nesting = 0;
    /** Side tables, so the tree itself stays free of positions. */
    marks = { unitOf: new Map(), baselinePos: new Map() };
    constructor(rule, kind, baselineAliases = []) {
        this.rule = rule;
        this.kind = kind;
        this.baselineAliases = baselineAliases;
        if (rule.length > MAX_RULE_CHARS)
            this.fail(`rule is longer than ${MAX_RULE_CHARS} characters`, MAX_RULE_CHARS);
        this.tokens = tokenize(rule);
        if (this.peek().kind === 'end')
            this.fail(`empty rule; a ${kind} looks like ${this.example()}`, 0);
    }
    fail(problem, pos = this.peek().pos) {
        throw new RuleError(problem, this.rule, pos);
    }
    peek() {
        return this.tokens[this.index];
    }
    take() {
        const token = this.peek();
        if (token.kind !== 'end')
            this.index += 1;
        return token;
    }
    atWord(word) {
        const token = this.peek();
        return token.kind === 'word' && token.text === word;
    }
    atOp(...ops) {
        const token = this.peek();
        return token.kind === 'op' && ops.includes(token.text);
    }
    example() {
        return this.kind === 'gate' ? 'peak_rss_mb < 512' : 'rss_mb > 400';
    }
    ruleCondition() {
        const parsed = this.or();
        if (parsed.type === 'number')
            this.fail(`a ${this.kind} must compare, such as ${this.example()}`, parsed.pos);
        return parsed.cond;
    }
    expectEnd() {
        const token = this.peek();
        if (token.kind === 'end')
            return;
        if (token.kind === ')')
            this.fail('unmatched )');
        this.fail(`unexpected ${token.text} after a complete rule`);
    }
    event() {
        const token = this.take();
        const known = ALERT_EVENTS.includes(token.text);
        if (token.kind === 'word' && known)
            return token.text;
        const list = ALERT_EVENTS.map((e) => `on ${e}`).join(', ');
        if (token.kind === 'end')
            this.fail(`expected an event after on: ${list}`, token.pos);
        const near = closest(token.text, ALERT_EVENTS);
        this.fail(`unknown event ${token.text}; ${near === null ? `events are ${list}` : `did you mean on ${near}?`}`, token.pos);
    }
    duration() {
        const token = this.peek();
        if (token.kind !== 'number')
            this.unexpected('a duration such as 10s');
        this.take();
        const mark = this.unit(token);
        if (mark === null)
            return token.value;
        const dimension = UNITS[mark.unit].dimension;
        if (dimension !== 'time') {
            this.fail(`unit ${mark.unit} is ${describeDimension(dimension)} but for needs a time (ms, s or m)`, mark.pos);
        }
        return applyUnit(token.value, mark.unit);
    }
    or() {
        let left = this.and();
        while (this.atWord('or')) {
            this.take();
            const right = this.and();
            const cond = {
                kind: 'logic',
                op: 'or',
                left: this.cond(left, 'or'),
                right: this.cond(right, 'or'),
            };
            left = { type: 'condition', cond, pos: left.pos };
        }
        return left;
    }
    and() {
        let left = this.not();
        while (this.atWord('and')) {
            this.take();
            const right = this.not();
            const cond = {
                kind: 'logic',
                op: 'and',
                left: this.cond(left, 'and'),
                right: this.cond(right, 'and'),
            };
            left = { type: 'condition', cond, pos: left.pos };
        }
        return left;
    }
    not() {
        if (!this.atWord('not'))
            return this.comparison();
        const token = this.take();
        const operand = this.nested(token, () => this.not());
        return { type: 'condition', cond: { kind: 'not', operand: this.cond(operand, 'not') }, pos: token.pos };
    }
    comparison() {
        const left = this.sum();
        if (!this.atOp(...COMPARE_OPS))
            return left;
        const opToken = this.take();
        const op = opToken.text;
        const right = this.sum();
        const comparison = {
            kind: 'compare',
            op,
            left: this.num(left, op),
            right: this.num(right, op),
        };
        if (this.atOp(...COMPARE_OPS)) {
            this.fail('comparisons cannot be chained; join them with and, as in 1 < threads and threads < 9');
        }
        const problem = comparisonProblem(comparison, left.pos, this.marks, this.example());
        if (problem !== null)
            this.fail(problem.problem, problem.pos);
        return { type: 'condition', cond: comparison, pos: left.pos };
    }
    sum() {
        let left = this.product();
        while (this.atOp('+', '-')) {
            const op = this.take().text;
            const right = this.product();
            left = this.arithmetic(op, left, right);
        }
        return left;
    }
    product() {
        let left = this.unary();
        while (this.atOp('*', '/')) {
            const op = this.take().text;
            const right = this.unary();
            left = this.arithmetic(op, left, right);
        }
        return left;
    }
    arithmetic(op, left, right) {
        const expr = { kind: 'arithmetic', op, left: this.num(left, op), right: this.num(right, op) };
        return { type: 'number', expr, pos: left.pos };
    }
    unary() {
        if (!this.atOp('-'))
            return this.primary();
        const token = this.take();
        const operand = this.nested(token, () => this.unary());
        return { type: 'number', expr: { kind: 'negate', operand: this.num(operand, '-') }, pos: token.pos };
    }
    primary() {
        const token = this.peek();
        if (token.kind === 'number') {
            this.take();
            const mark = this.unit(token);
            const expr = { kind: 'number', value: mark ? applyUnit(token.value, mark.unit) : token.value };
            if (mark)
                this.marks.unitOf.set(expr, mark);
            return { type: 'number', expr, pos: token.pos };
        }
        if (token.kind === '(') {
            this.take();
            const inner = this.nested(token, () => this.or());
            const close = this.peek();
            if (close.kind === 'end')
                this.fail('unclosed (: expected ) before the end of the rule', token.pos);
            if (close.kind !== ')')
                this.fail(`expected ) to close the ( at column ${token.pos}, but found ${close.text}`);
            this.take();
            return { ...inner, pos: token.pos };
        }
        if (token.kind === 'word' && (token.text === 'baseline' || this.baselineAliases.includes(token.text))) {
            if (this.kind === 'alert')
                this.fail('baseline is only for gates: an alert is checked live, on samples');
            this.take();
            const expr = { kind: 'baseline' };
            this.marks.baselinePos.set(expr, token.pos);
            return { type: 'number', expr, pos: token.pos };
        }
        if (token.kind === 'word' && !KEYWORDS.has(token.text)) {
            const problem = metricProblem(token.text, this.kind);
            if (problem !== null)
                this.fail(problem);
            this.take();
            return { type: 'number', expr: { kind: 'metric', name: token.text }, pos: token.pos };
        }
        return this.unexpected('a number, a metric or (');
    }
    /** The unit after a number, glued (`5s`) or spaced (`5 s`); a glued word that is no unit is refused. */
    unit(number) {
        const token = this.peek();
        if (token.kind === '%') {
            this.take();
            return { unit: '%', pos: token.pos };
        }
        if (token.kind !== 'word')
            return null;
        if (isUnit(token.text)) {
            this.take();
            return { unit: token.text, pos: token.pos };
        }
        if (token.pos !== number.pos + number.text.length)
            return null;
        const same = Object.keys(UNITS).find((u) => u.toLowerCase() === token.text.toLowerCase());
        this.fail(`unknown unit ${token.text}; ${same ? `did you mean ${same}?` : `units are ${UNIT_HELP}`}`);
    }
    num(parsed, op) {
        if (parsed.type === 'number')
            return parsed.expr;
        const problem = ['+', '-', '*', '/'].includes(op)
            ? `${op} needs a number, but this is a comparison`
            : `${op} compares numbers, but this side is a comparison; join comparisons with and / or`;
        return this.fail(problem, parsed.pos);
    }
    cond(parsed, op) {
        if (parsed.type === 'condition')
            return parsed.cond;
        const where = op === 'not' ? 'after it' : 'on each side';
        return this.fail(`${op} needs a comparison ${where}, such as ${this.example()}`, parsed.pos);
    }
    nested(token, parse) {
        this.nesting += 1;
        if (this.nesting > MAX_NESTING)
            this.fail(`rule is nested more than ${MAX_NESTING} deep`, token.pos);
        const parsed = parse();
        this.nesting -= 1;
        return parsed;
    }
    unexpected(expected) {
        const token = this.peek();
        if (token.kind === 'end')
            this.fail(`expected ${expected}, but the rule ends here`);
        this.fail(`expected ${expected}, but found ${token.text}`);
    }
}

;// CONCATENATED MODULE: ./src/config/keys.ts
/**
 * The config file's keys (docs/cli.md, "Suites: the config file"): the long option names in snake_case, derived from the option table, so
 * a new option is a new key with nothing else to change. A few keys differ from their flag on purpose: lists are
 * plural (`gates`, `alerts`), and a secret is never written in the file: its key names the environment variable
 * that holds it (`slack_webhook_env = "SLACK_WEBHOOK"`).
 */

/** The first of `candidates` that is an option today (the option table is being renamed in places). */
function keys_option(...candidates) {
    for (const name of candidates)
        if (name in OPTIONS)
            return name;
    return null;
}
const options = (...names) => names.map((n) => keys_option(n)).filter((n) => n !== null);
const GATES = keys_option('gates', 'gate') ?? 'gate';
const ALERTS = keys_option('alerts', 'alert') ?? 'alert';
const ENV = 'env';
const SMTP = keys_option('smtp-url', 'smtp');
const EMAIL_TO = keys_option('email-to');
const WEBHOOK = keys_option('webhook-url', 'webhook');
const WEBHOOK_SECRET = keys_option('webhook-secret');
/** Secret options: the file key that names the environment variable holding the secret. */
const SECRET_ENV_KEYS = [
    ['slack_webhook_env', keys_option('slack-webhook')],
    ['webhook_url_env', WEBHOOK],
    ['webhook_secret_env', WEBHOOK_SECRET],
    ['smtp_url_env', SMTP],
];
/** Options about one invocation, never a project's settings. */
const NOT_IN_FILE = new Set([
    'config',
    'only',
    'dry-run',
    'github-token',
    'working-directory',
]);
/** Keys only a `[[tool.pyrun.scripts]]` entry may set. */
const SCRIPT_ONLY = options('script', 'module', 'name', 'args');
/** Keys only the suite level may set: one report file per format and one history for the whole suite. */
const SUITE_WIDE = options('json', 'junit', 'tap', 'summary', 'html', 'export-benchmark-action', 'export-bmf', 'export-hyperfine', 'db', 'history');
/** Path options: relative paths in a config file are relative to the file's directory. */
const PATH_OPTIONS = options('cwd', 'db', 'json', 'junit', 'tap', 'summary', 'html', 'export-benchmark-action', 'export-bmf', 'export-hyperfine', 'profile-dir', 'instructions-dir', 'ssh-key', 'ssh-known-hosts');
function buildKeys() {
    const keys = new Map();
    const secrets = new Map(); // a key that would hold a secret → the key to use instead
    const secretTargets = new Set();
    for (const [key, target] of SECRET_ENV_KEYS) {
        if (target === null)
            continue;
        keys.set(key, { key, option: target, from_env: true });
        secretTargets.add(target);
        secrets.set(key.replace(/_env$/, ''), key);
        secrets.set(snake(target), key);
    }
    for (const name of Object.keys(OPTIONS)) {
        if (NOT_IN_FILE.has(name) || secretTargets.has(name))
            continue;
        const key = name === GATES ? 'gates' : name === ALERTS ? 'alerts' : snake(name);
        keys.set(key, { key, option: name, from_env: false });
    }
    return { keys, secrets };
}
function snake(name) {
    return name.replace(/-/g, '_');
}
const built = buildKeys();
/** Every key a config file may hold, at the suite level or in a script entry. */
const FILE_KEYS = built.keys;
/** Keys that would put a secret in the file, each with the `_env` key to use instead. */
const SECRET_KEYS = built.secrets;
/** The option's kind of value, from its default: a switch, a list, the env map, or one value. */
function valueKind(name) {
    if (name === ENV)
        return 'env';
    const def = optionSpec(name).default;
    if (typeof def === 'boolean')
        return 'boolean';
    if (Array.isArray(def))
        return 'list';
    return 'scalar';
}

;// CONCATENATED MODULE: ./src/config/file-values.ts
/**
 * One key of a config file: its TOML value → the raw option parseConfig takes (numbers as text, lists as lists,
 * the env table as KEY=VALUE), checked by the same schema as the flag, rules parsed, relative paths made relative
 * to the file's folder, and secrets taken from the environment variable a `*_env` key names.
 */





function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
/** A `*_env` key: the value names an environment variable; an unset one turns the channel off, with a warning. */
function readSecret(info, value, where, raw, ctx) {
    if (typeof value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
        const shown = typeof value === 'string' ? ` (got '${redactUrl(value)}')` : '';
        ctx.problems.push(`${ctx.shown}: ${where} takes the name of an environment variable holding the secret, e.g. "SLACK_WEBHOOK"${shown}`);
        return;
    }
    const secret = ctx.env[value];
    if (secret === undefined || secret === '') {
        raw[info.option] = undefined; // set, and off: overrides the suite level's channel
        ctx.warnings.push(`${ctx.shown}: ${where} names ${value}, which is not set: ${channelOf(info.key)} are off`);
        return;
    }
    const result = optionSpec(info.option).check(secret);
    if (!result.success) {
        const why = result.message;
        ctx.problems.push(`${ctx.shown}: ${where}: the value of ${value} ${why}`);
        return;
    }
    raw[info.option] = secret;
}
function channelOf(key) {
    if (key.startsWith('slack'))
        return 'Slack alerts';
    if (key.startsWith('smtp'))
        return 'email alerts';
    return 'webhook alerts';
}
function readValue(info, value, where, raw, ctx) {
    // A problem inside the value (`.KEY …` of the env table) continues the dotted key.
    const problem = (what) => ctx.problems.push(`${ctx.shown}: ${where}${what.startsWith('.') ? '' : ' '}${what}`);
    const converted = toRaw(info.option, value);
    if (typeof converted === 'object' && !Array.isArray(converted) && converted !== null) {
        problem(converted.problem);
        return;
    }
    let final = converted;
    if (typeof final === 'string' && isPath(info.option, final))
        final = external_node_path_default().resolve(ctx.dir, final);
    const result = optionSpec(info.option).check(final);
    if (!result.success) {
        const why = result.message;
        const shown = Array.isArray(final) ? final.join(' ') : String(final);
        problem(`${why} (got '${redactUrl(shown)}')`);
        return;
    }
    if (info.option === GATES || info.option === ALERTS) {
        const rules = final;
        const check = info.option === GATES ? parseGate : parseAlert;
        rules.forEach((rule, i) => {
            try {
                check(rule);
            }
            catch (e) {
                if (!(e instanceof RuleError))
                    throw e;
                ctx.problems.push(`${ctx.shown}: ${where}[${i}]: ${e.message}`);
            }
        });
    }
    raw[info.option] = final;
}
function isPath(option, value) {
    if (value === '')
        return false;
    if (option === 'python')
        return value.includes('/') || value.includes('\\');
    return PATH_OPTIONS.includes(option);
}
/** A TOML value → what parseConfig takes for the option (numbers as text, lists, KEY=VALUE for env). */
function toRaw(option, value) {
    const kind = valueKind(option);
    if (kind === 'boolean')
        return typeof value === 'boolean' ? value : { problem: 'must be true or false' };
    if (kind === 'env') {
        if (!isTable(value))
            return { problem: 'must be a table of variables, e.g. env = { PYTHONHASHSEED = "0" }' };
        const pairs = [];
        for (const [k, v] of Object.entries(value)) {
            const text = scalarText(v);
            if (text === null)
                return { problem: `.${k} must be text or a number` };
            pairs.push(`${k}=${text}`);
        }
        return pairs;
    }
    if (kind === 'list') {
        if (!Array.isArray(value))
            return { problem: 'must be a list, e.g. ["…", "…"]' };
        const items = [];
        for (const v of value) {
            const text = scalarText(v);
            if (text === null)
                return { problem: 'must be a list of text or numbers' };
            items.push(text);
        }
        return items;
    }
    if (Array.isArray(value))
        return { problem: 'must be one value, not a list' };
    if (typeof value === 'boolean')
        return { problem: 'must be text or a number, not true or false' };
    return scalarText(value) ?? { problem: 'must be text or a number' };
}
function scalarText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean')
        return String(v);
    return null;
}

;// CONCATENATED MODULE: ./src/config/file.ts
/**
 * The config file (docs/cli.md, "Suites: the config file"): find it, parse it as TOML, and turn its suite-level table and its script
 * entries into raw options, every problem at once, each naming the file, the dotted key and the closest valid key.
 *
 * Where it is looked for: `--config FILE` names it; otherwise the working directory's `pyrun.toml` (keys at the
 * top level) or `pyproject.toml` (keys under `[tool.pyrun]`; a pyproject.toml without that table is no config).
 * When both hold pyrun settings, pyrun.toml wins, as a tool's own file beats pyproject.toml for ruff, pytest and
 * mypy, and a warning names the table that was ignored. Relative paths in the file are relative to its directory.
 */







/** The config file's settings, or null when there is none. Throws ConfigError listing every problem. */
function loadConfigFile(opts) {
    const warnings = [];
    const found = findConfig(opts, warnings);
    if (found === null)
        return null;
    const shown = displayName(found.file, opts.cwd);
    const table = found.prefix === '' ? found.doc : tableAt(found.doc, ['tool', 'pyrun']);
    if (table === null)
        throw new ConfigError([`${shown}: has no [tool.pyrun] table: pyrun's settings go there`]);
    const ctx = {
        shown,
        suite: found.prefix === '' ? 'the top level' : '[tool.pyrun]',
        dir: external_node_path_default().dirname(found.file),
        env: opts.env,
        problems: [],
        warnings,
    };
    const defaults = readTable(table, found.prefix, 'suite', ctx);
    const scripts = readScripts(table.scripts, `${found.prefix}scripts`, ctx);
    if (ctx.problems.length > 0)
        throw new ConfigError(ctx.problems);
    return { file: found.file, shown, dir: ctx.dir, defaults, scripts, warnings };
}
function findConfig(opts, warnings) {
    if (opts.path) {
        const file = external_node_path_default().resolve(opts.cwd, opts.path);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new ConfigError([`config file not found: ${opts.path} (in ${opts.cwd})`]);
        const doc = readToml(file, opts.cwd);
        // A pyproject-style file keeps pyrun's keys under [tool.pyrun]; `tool` is no pyrun key, so it tells.
        return {
            file,
            doc,
            prefix: 'tool' in doc || external_node_path_default().basename(file) === 'pyproject.toml' ? 'tool.pyrun.' : '',
        };
    }
    const pyrunToml = external_node_path_default().join(opts.cwd, 'pyrun.toml');
    const pyproject = external_node_path_default().join(opts.cwd, 'pyproject.toml');
    const own = (0,external_node_fs_.existsSync)(pyrunToml) ? readToml(pyrunToml, opts.cwd) : null;
    // Beside a pyrun.toml, pyproject.toml is read only to warn that its [tool.pyrun] is ignored.
    const project = !(0,external_node_fs_.existsSync)(pyproject)
        ? null
        : own === null
            ? readToml(pyproject, opts.cwd)
            : tryToml(pyproject);
    const projectHasPyrun = project !== null && tableAt(project, ['tool', 'pyrun']) !== null;
    if (own !== null) {
        if (projectHasPyrun)
            warnings.push('pyrun.toml and [tool.pyrun] in pyproject.toml both exist: using pyrun.toml, ignoring the other');
        return { file: pyrunToml, doc: own, prefix: '' };
    }
    if (projectHasPyrun)
        return { file: pyproject, doc: project, prefix: 'tool.pyrun.' };
    return null;
}
function readToml(file, cwd) {
    const shown = displayName(file, cwd);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new ConfigError([`${shown}: cannot be read: ${e.message}`]);
    }
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        if (e instanceof dist/* TomlError */.zx) {
            const what = e.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
            throw new ConfigError([`${shown}:${e.line}:${e.column}: not valid TOML: ${what}\n${e.codeblock}`]);
        }
        throw e;
    }
}
function tryToml(file) {
    try {
        return (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return null;
    }
}
function tableAt(doc, keys) {
    let at = doc;
    for (const key of keys) {
        if (!isTable(at))
            return null;
        at = at[key];
    }
    return isTable(at) ? at : null;
}
/** The file as the user would name it: relative to the working directory when inside it. */
function displayName(file, cwd) {
    const rel = external_node_path_default().relative(cwd, file);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel : file;
}
function readScripts(value, where, ctx) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every(isTable)) {
        ctx.problems.push(`${ctx.shown}: ${where} must be a list of tables: write each script as [[${where}]]`);
        return [];
    }
    const seen = new Map();
    return value.map((entry, i) => {
        const at = `${where}[${i}]`;
        const raw = readTable(entry, `${at}.`, 'script', ctx);
        const name = raw.name;
        if (entry.name === undefined)
            ctx.problems.push(`${ctx.shown}: ${at} needs a name: the series its runs are kept as`);
        else if (typeof name !== 'string' || name.trim() === '')
            ctx.problems.push(`${ctx.shown}: ${at}.name must not be empty`);
        else if (seen.has(name)) {
            ctx.problems.push(`${ctx.shown}: ${at}.name "${name}" is taken by ${where}[${seen.get(name)}]: each script needs its own name`);
        }
        else
            seen.set(name, i);
        const hasScript = entry.script !== undefined;
        const hasModule = entry.module !== undefined;
        if (hasScript && hasModule)
            ctx.problems.push(`${ctx.shown}: ${at} has both script and module: give one (module = "pkg.mod" runs python -m pkg.mod)`);
        else if (!hasScript && !hasModule)
            ctx.problems.push(`${ctx.shown}: ${at} needs script (a file) or module (run as python -m MODULE)`);
        return raw;
    });
}
/** One level's keys as raw options; problems go to ctx. */
function readTable(table, prefix, level, ctx) {
    const raw = {};
    const valid = [...FILE_KEYS.keys()].filter((k) => allowedAt(FILE_KEYS.get(k).option, level));
    for (const [key, value] of Object.entries(table)) {
        if (level === 'suite' && key === 'scripts')
            continue;
        const where = `${prefix}${key}`;
        const problem = (what) => ctx.problems.push(`${ctx.shown}: ${where} ${what}`);
        const info = FILE_KEYS.get(key);
        if (info === undefined) {
            const instead = SECRET_KEYS.get(key);
            if (instead !== undefined) {
                problem(`would put a secret in the file: use ${instead} = "VARIABLE", naming the environment variable that holds it`);
            }
            else {
                // Suggest from every key: the right key at the wrong level gets its own message once spelt right.
                const near = closest(key, level === 'suite' ? [...FILE_KEYS.keys(), 'scripts'] : [...FILE_KEYS.keys()]);
                problem(near === null
                    ? `is not a pyrun key; keys are: ${valid.join(', ')}`
                    : `is not a pyrun key; did you mean \`${near}\`?`);
            }
            continue;
        }
        if (!allowedAt(info.option, level)) {
            problem(level === 'suite'
                ? `belongs in a script entry ([[${prefix}scripts]]), not at the suite level`
                : `is set once for the whole suite (one report, one history): move it to ${ctx.suite}`);
            continue;
        }
        if (info.from_env)
            readSecret(info, value, where, raw, ctx);
        else
            readValue(info, value, where, raw, ctx);
    }
    return raw;
}
function allowedAt(option, level) {
    return level === 'suite' ? !SCRIPT_ONLY.includes(option) : !SUITE_WIDE.includes(option);
}

;// CONCATENATED MODULE: ./src/config/suite.ts
/**
 * A suite's scripts as raw options, one per script, each ready for parseConfig (docs/cli.md, "Suites: the config file").
 *
 * Precedence: flags > the script's entry > the suite level > built-in defaults (parseConfig applies those).
 * `gates` and `alerts` add up across levels (identical rules kept once); `env` adds up too, a later level winning
 * for the same variable. A secret whose variable is unset turns its channel off at that level and below.
 */



const ADDITIVE = new Set([GATES, ALERTS, ENV]);
/** One RawOptions per script to run, in config order. Throws ConfigError naming every problem. */
function resolveSuite(opts) {
    const { config } = opts;
    const label = opts.label ?? cliLabel;
    const flags = givenOnly(opts.flags);
    const problems = [];
    for (const name of ['script', 'module', 'name', 'args']) {
        if (flags[name] !== undefined)
            problems.push(`${label(name)} cannot be given for a suite: each entry in ${shownFile(config)} sets its own ${name}`);
    }
    if (config.scripts.length === 0)
        problems.push(`${shownFile(config)} has no scripts: add [[tool.pyrun.scripts]] entries, or name a script to run`);
    const names = config.scripts.map((s) => s.name);
    const only = [...new Set(opts.only ?? [])];
    for (const wanted of only) {
        if (names.includes(wanted))
            continue;
        const near = closest(wanted, names);
        problems.push(`--only ${wanted}: no script of that name in ${shownFile(config)}; ` +
            `${near === null ? '' : `did you mean ${near}? `}scripts: ${names.join(', ')}`);
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    return config.scripts
        .filter((s) => only.length === 0 || only.includes(s.name))
        .map((entry) => mergeLevels([{ cwd: config.dir }, config.defaults, entry, flags]));
}
/** One script named on the command line, with the config file's suite-level settings under the flags. */
function applyDefaults(config, flags) {
    return mergeLevels(config === null ? [givenOnly(flags)] : [config.defaults, givenOnly(flags)]);
}
/**
 * Levels from lowest to highest precedence. A level's key that is present replaces the levels below (even when
 * its value is undefined: a secret whose variable is unset), except the additive keys, which concatenate.
 */
function mergeLevels(levels) {
    const merged = {};
    for (const level of levels) {
        for (const name of Object.keys(level)) {
            const value = level[name];
            if (ADDITIVE.has(name)) {
                if (value === undefined)
                    continue;
                const before = merged[name] ?? [];
                const added = [...before, ...value];
                merged[name] = name === ENV ? added : [...new Set(added)];
            }
            else
                merged[name] = value;
        }
    }
    // A channel whose secret is unset is off, and so is what only makes sense with it.
    const off = (name) => name !== null && name in merged && merged[name] === undefined;
    if (off(SMTP) && EMAIL_TO !== null)
        delete merged[EMAIL_TO];
    if (off(WEBHOOK_SECRET) && WEBHOOK !== null)
        delete merged[WEBHOOK];
    for (const name of Object.keys(merged))
        if (merged[name] === undefined)
            delete merged[name];
    return merged;
}
/**
 * The flags a user actually gave: undefined, '' (an action input left empty) and [] (a repeatable flag never
 * used) mean "not given", so they never hide a config file's value.
 */
function givenOnly(flags) {
    const given = {};
    for (const name of Object.keys(flags)) {
        const value = flags[name];
        if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
            continue;
        given[name] = value;
    }
    return given;
}
function shownFile(config) {
    return config.shown;
}

;// CONCATENATED MODULE: ./src/config/plan.ts
/**
 * What `pyrun run` (or one action step) runs, decided once for both faces: one named script or module with the
 * config file's suite-level settings under the flags, or, with no SCRIPT, every script of the config file's
 * suite (`--only` picks). Every problem, of the file, the flags or any script, is reported at once, before
 * anything runs.
 */



/** Decides and validates every run. Throws ConfigError listing every problem. */
function planRuns(input) {
    const label = input.label ?? cliLabel;
    const flags = givenOnly(input.flags);
    const file = loadConfigFile({ cwd: input.cwd, path: input.config, env: input.env });
    const warnings = file?.warnings ?? [];
    const named = flags.script !== undefined || flags.module !== undefined;
    if (named) {
        if ((input.only ?? []).length > 0)
            throw new ConfigError([
                `--only picks scripts of the config file's suite: give it without ${label('script')}`,
            ]);
        return { file, suite: false, runs: [parseConfig(applyDefaults(file, flags), label)], warnings };
    }
    if (file === null) {
        throw new ConfigError([
            `${label('script')} is required: the Python script to run, or ${label('module')}, ` +
                `or a suite in pyrun.toml or [tool.pyrun] of pyproject.toml (none in ${input.cwd})`,
        ]);
    }
    const raws = resolveSuite({ config: file, flags, only: input.only, label });
    return { file, suite: true, runs: parseEach(raws, label), warnings };
}
/**
 * parseConfig on every script, every problem at once: one a flag causes for all scripts is said once; one of a
 * single script names it.
 */
function parseEach(raws, label = cliLabel) {
    const configs = [];
    const byScript = [];
    for (const raw of raws) {
        try {
            configs.push(parseConfig(raw, label));
        }
        catch (e) {
            if (!(e instanceof ConfigError))
                throw e;
            byScript.push({ name: String(raw.name ?? raw.script ?? raw.module), problems: e.problems });
        }
    }
    if (byScript.length === 0)
        return configs;
    const shared = (p) => byScript.length === raws.length && byScript.every((s) => s.problems.includes(p));
    const problems = new Set();
    for (const s of byScript)
        for (const p of s.problems)
            problems.add(shared(p) ? p : `script ${s.name}: ${p}`);
    throw new ConfigError([...problems]);
}

// EXTERNAL MODULE: ./src/engine/visible-text.ts
var visible_text = __webpack_require__(1914);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/engine/alerts/mask.ts
var mask = __webpack_require__(1150);
;// CONCATENATED MODULE: ./src/engine/alerts/config.ts
/**
 * What an alert channel needs to know: where it goes (ChannelConfig), what run it speaks of (AlertContext) and
 * what fired (AlertEventPayload). Problems with the configuration are found here, in messages that name the
 * field and never repeat its value (the value is a secret).
 */
const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_RETRIES = 2;
const FIRST_BACKOFF_MS = 250;
/** No more than this many extra attempts, whatever the configuration says. */
const MAX_RETRIES = 10;
function isHttpUrl(raw) {
    try {
        const url = new URL(raw);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}
function isSmtpUrl(raw) {
    try {
        const url = new URL(raw);
        return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
    }
    catch {
        return false;
    }
}
/** Each problem as one line naming the field and what would be valid; empty when the configuration is usable. */
function channelProblems(channels) {
    const problems = [];
    if (channels.slack_webhook && !isHttpUrl(channels.slack_webhook)) {
        problems.push('slack_webhook is not an http(s) URL (expected https://hooks.slack.com/services/…)');
    }
    if (channels.webhook_url && !isHttpUrl(channels.webhook_url)) {
        problems.push('webhook_url is not an http(s) URL');
    }
    if (channels.webhook_secret && !channels.webhook_url) {
        problems.push('webhook_secret is set but webhook_url is not');
    }
    if (channels.smtp_url && !isSmtpUrl(channels.smtp_url)) {
        problems.push('smtp_url is not an smtp:// or smtps:// URL (expected smtps://user:password@host:465)');
    }
    if (channels.smtp_url && !channels.email_to)
        problems.push('smtp_url is set but email_to is not');
    if (channels.email_to && !channels.smtp_url)
        problems.push('email_to is set but smtp_url is not');
    const { timeout_ms, retries } = channels;
    if (timeout_ms !== undefined && !(Number.isFinite(timeout_ms) && timeout_ms > 0)) {
        problems.push('timeout_ms must be a positive number of milliseconds');
    }
    if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0 && retries <= MAX_RETRIES)) {
        problems.push(`retries must be a whole number from 0 to ${MAX_RETRIES}`);
    }
    return problems;
}
/** The configured channel kinds, in a fixed order. */
function configuredKinds(channels) {
    const kinds = [];
    if (channels.slack_webhook)
        kinds.push('slack');
    if (channels.webhook_url)
        kinds.push('webhook');
    if (channels.smtp_url && channels.email_to)
        kinds.push('email');
    return kinds;
}

;// CONCATENATED MODULE: ./src/engine/alerts/message.ts
const MAX_SUBJECT_CHARS = 200;
/**
 * A value in an alert's text: two decimals for ordinary numbers, three significant digits below 1, integers as
 * they are. Kept apart from the reports' formatNumber (engine/metric-format.ts: one decimal from 100 up, `n/a` for
 * a missing value) on purpose: this is the text Slack, e-mail and webhook receivers already get, and the reports'
 * figures are pinned by their golden files; one rounding for both would change one of them.
 */
function alertNumber(value) {
    if (!Number.isFinite(value) || Number.isInteger(value))
        return String(value);
    if (Math.abs(value) < 1)
        return String(Number(value.toPrecision(3)));
    return value.toFixed(2).replace(/\.?0+$/, '');
}
/** Collapses line breaks and runs of white space, so user text cannot break a header or a line. */
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function truncate(text, max_chars) {
    return text.length <= max_chars ? text : `${text.slice(0, max_chars - 1)}…`;
}
/** `ALERT rss_mb > 400` */
function alertHeadline(alert) {
    return `ALERT ${oneLine(alert.rule)}`;
}
/** `[pyrun] ALERT rss_mb > 400 on train` */
function alertSubject(alert, ctx) {
    return truncate(`[pyrun] ${alertHeadline(alert)} on ${oneLine(ctx.series)}`, MAX_SUBJECT_CHARS);
}
/** The facts of an alert, in reading order; the value only when there is one, the link only when given. */
function alertFacts(alert, ctx) {
    const facts = [{ label: 'Rule', value: oneLine(alert.rule) }];
    if (alert.value !== null)
        facts.push({ label: 'Value', value: alertNumber(alert.value) });
    facts.push({ label: 'At', value: `${alertNumber(alert.at_s)} s after start` }, { label: 'Series', value: oneLine(ctx.series) }, { label: 'Script', value: oneLine(ctx.script) }, { label: 'Host', value: oneLine(ctx.host) }, { label: 'Run', value: oneLine(ctx.run_id) });
    if (ctx.run_url)
        facts.push({ label: 'Link', value: oneLine(ctx.run_url) });
    return facts;
}
/** One line: `pyrun ALERT rss_mb > 400: value 431.23 at 12.5 s (series train, script train.py)`. */
function alertSummary(alert, ctx) {
    const value = alert.value === null ? '' : ` value ${alertNumber(alert.value)}`;
    return (`pyrun ${alertHeadline(alert)}:${value} at ${alertNumber(alert.at_s)} s` +
        ` (series ${oneLine(ctx.series)}, script ${oneLine(ctx.script)})`);
}
/** The plain-text body of an e-mail: the summary, then one fact a line. */
function alertText(alert, ctx) {
    const width = Math.max(...alertFacts(alert, ctx).map((f) => f.label.length)) + 1;
    const lines = alertFacts(alert, ctx).map((f) => `${`${f.label}:`.padEnd(width)} ${f.value}`);
    return `${alertSummary(alert, ctx)}\n\n${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/engine/alerts/retry.ts
var retry = __webpack_require__(9506);
;// CONCATENATED MODULE: ./src/engine/alerts/email.ts


/** The URL query that lets credentials go to a server without STARTTLS, in clear text. */
const SMTP_INSECURE_QUERY = 'insecure=true';
const SMTPS_PORT = 465;
const SUBMISSION_PORT = 587;
const BACKSTOP_MS = 1000;
function decode(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** Reads an `smtp://` or `smtps://` URL; throws on anything else (the dispatcher checks first). */
function smtpSettings(raw) {
    const url = new URL(raw);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
        throw new Error('smtp_url must be smtp:// or smtps://');
    const secure = url.protocol === 'smtps:';
    const user = decode(url.username);
    const auth = user !== '' ? { user, pass: decode(url.password) } : null;
    const insecure = url.searchParams.get('insecure') === 'true';
    return {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port ? Number(url.port) : secure ? SMTPS_PORT : SUBMISSION_PORT,
        secure,
        auth,
        from: url.searchParams.get('from'),
        require_tls: auth !== null && !secure && !insecure,
    };
}
function senderAddress(settings, email_to) {
    if (settings.from)
        return settings.from;
    if (settings.auth && settings.auth.user.includes('@'))
        return settings.auth.user;
    return email_to.split(',')[0].trim();
}
/** SMTP trouble worth another try: the connection failed, timed out or broke, or the server said 4xx. */
function isRetryable(error) {
    if (typeof error.responseCode === 'number')
        return error.responseCode >= 400 && error.responseCode < 500;
    if ((0,retry/* isCertificateFailure */.G5)(error.originalCode))
        return false;
    return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(String(error.code));
}
/** nodemailer's refusal to go on when `requireTLS` is set and the server offers no STARTTLS. */
function isMissingStarttls(error) {
    const e = (error ?? {});
    return e.code === 'ETLS' || /STARTTLS/i.test(String(e.message ?? ''));
}
async function attemptEmail(settings, message, options, signal) {
    const { default: nodemailer } = await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 6739));
    const timeout = AbortSignal.timeout(options.timeout_ms);
    const transport = nodemailer.createTransport({
        host: settings.host,
        port: settings.port,
        secure: settings.secure,
        requireTLS: settings.require_tls,
        auth: settings.auth ?? undefined,
        // The attempt's abort signal ends it at timeout_ms; nodemailer's own timers are only a backstop.
        connectionTimeout: options.timeout_ms + BACKSTOP_MS,
        greetingTimeout: options.timeout_ms + BACKSTOP_MS,
        socketTimeout: options.timeout_ms + BACKSTOP_MS,
        tls: { rejectUnauthorized: options.insecure_tls !== true },
        disableFileAccess: true,
        disableUrlAccess: true,
    });
    try {
        await transport.sendMail({
            ...message,
            from: { name: 'pyrun', address: message.from },
            signal: AbortSignal.any([signal, timeout]),
        });
        return { ok: true };
    }
    catch (error) {
        if (signal.aborted)
            return { ok: false, retryable: false, reason: 'abandoned' };
        if (timeout.aborted) {
            return { ok: false, retryable: true, reason: `no answer within ${options.timeout_ms} ms` };
        }
        if (settings.require_tls && isMissingStarttls(error)) {
            return {
                ok: false,
                retryable: false,
                reason: 'the SMTP server does not offer STARTTLS, and pyrun never sends credentials in clear text: use ' +
                    `smtps://, a server with STARTTLS, or add ?${SMTP_INSECURE_QUERY} to the URL to allow it`,
            };
        }
        return {
            ok: false,
            retryable: isRetryable((error ?? {})),
            reason: (0,retry/* describeError */.Uc)(error),
        };
    }
    finally {
        transport.close();
    }
}
function sendEmail(smtp_url, email_to, alert, ctx, options) {
    let settings;
    try {
        settings = smtpSettings(smtp_url);
    }
    catch {
        return Promise.resolve({
            ok: false,
            attempts: 0,
            reason: 'smtp_url is not a valid SMTP URL',
            aborted: false,
        });
    }
    const message = {
        from: senderAddress(settings, email_to),
        to: email_to,
        subject: alertSubject(alert, ctx),
        text: alertText(alert, ctx),
    };
    return (0,retry/* withRetries */.LH)((signal) => attemptEmail(settings, message, options, signal), options.policy, options.signal);
}

// EXTERNAL MODULE: ./src/engine/alerts/http.ts
var http = __webpack_require__(3066);
;// CONCATENATED MODULE: ./src/engine/alerts/slack.ts


/** Slack's own limits: header text 150, a section field 2000, a section's text 3000. */
const MAX_HEADER_CHARS = 150;
const MAX_FIELD_CHARS = 2000;
const MAX_TEXT_CHARS = 3000;
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function slackMessage(alert, ctx) {
    const facts = alertFacts(alert, ctx).filter((f) => f.label !== 'Rule' && f.label !== 'Link');
    const fields = facts.map((f) => ({
        type: 'mrkdwn',
        text: truncate(`*${f.label}*\n${escapeMrkdwn(f.value)}`, MAX_FIELD_CHARS),
    }));
    const blocks = [
        {
            type: 'header',
            text: { type: 'plain_text', text: truncate(`pyrun ${alertHeadline(alert)}`, MAX_HEADER_CHARS) },
        },
        { type: 'section', fields },
    ];
    let text = escapeMrkdwn(alertSummary(alert, ctx));
    if (ctx.run_url) {
        const link = `<${escapeMrkdwn(ctx.run_url).replace(/\|/g, '%7C')}|Open the run>`;
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: link } });
        text += ` ${link}`;
    }
    return { text: truncate(text, MAX_TEXT_CHARS), blocks };
}
function sendSlack(webhook_url, alert, ctx, options) {
    return (0,http/* postJson */.B2)(webhook_url, JSON.stringify(slackMessage(alert, ctx)), {}, options);
}

;// CONCATENATED MODULE: ./src/engine/timers.ts
/**
 * Timers of any length. Node's setTimeout takes at most 2^31-1 ms (about 24.8 days) and fires at once, with a
 * warning, for anything longer: a `--timeout 2592000` (30 days) would kill the script immediately. A long timer
 * here is a chain of short ones, each re-armed for what is left on the monotonic clock until the deadline.
 */
/** The longest delay one Node timer takes. */
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;
/**
 * Milliseconds on the monotonic clock (CLOCK_MONOTONIC on Linux, the clock the launcher's time.monotonic reads).
 * `performance.now()` would do, but Node loads perf_hooks (eight modules) for it on the run's critical path.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
const nodeTimerHost = {
    now_ms: monotonicMs,
    set: (callback, delay_ms) => setTimeout(callback, delay_ms),
    clear: (handle) => clearTimeout(handle),
};
/**
 * Calls `callback` once, `delay_ms` from now, however long that is. A delay of Infinity never fires; a negative or
 * NaN delay fires as soon as possible.
 */
function setLongTimer(host, callback, delay_ms) {
    let handle = null;
    let cancelled = false;
    const wait = Number.isNaN(delay_ms) ? 0 : Math.max(0, delay_ms);
    if (wait === Infinity)
        return { cancel: () => undefined };
    const deadline_ms = host.now_ms() + wait;
    const arm = (left_ms) => {
        handle = host.set(fire, Math.min(left_ms, MAX_TIMER_DELAY_MS));
    };
    const fire = () => {
        if (cancelled)
            return;
        const left_ms = deadline_ms - host.now_ms();
        if (left_ms > 0 && wait > MAX_TIMER_DELAY_MS) {
            arm(left_ms); // a link of the chain: the deadline is still ahead
            return;
        }
        handle = null;
        callback();
    };
    arm(wait);
    return {
        cancel() {
            cancelled = true;
            if (handle !== null)
                host.clear(handle);
            handle = null;
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/alerts/dispatcher.ts
/**
 * Sends each fired alert to every configured channel at once. `fire` only starts the deliveries and returns;
 * each delivery retries on its own and, if it fails for good, says so in one warning that names the channel
 * kind and host, never the URL. `drain` waits for what is still in flight, up to a bound, then abandons it with
 * one warning. Nothing here throws into the caller once the dispatcher exists.
 */






function hostOf(raw) {
    try {
        return new URL(raw).host || 'unknown host';
    }
    catch {
        return 'unknown host';
    }
}
function buildChannels(config, ctx, deps) {
    const policy = {
        retries: config.retries ?? DEFAULT_RETRIES,
        first_backoff_ms: FIRST_BACKOFF_MS,
    };
    const timeout_ms = config.timeout_ms ?? DEFAULT_TIMEOUT_MS;
    const fetchImpl = deps.fetch ?? globalThis.fetch;
    const now = deps.now ?? (() => new Date());
    const http = (signal) => ({ fetch: fetchImpl, timeout_ms, policy, signal });
    return configuredKinds(config).map((kind) => {
        switch (kind) {
            case 'slack': {
                const url = config.slack_webhook;
                return {
                    kind,
                    host: hostOf(url),
                    deliver: (alert, signal) => sendSlack(url, alert, ctx, http(signal)),
                };
            }
            case 'webhook': {
                const url = config.webhook_url;
                const secret = config.webhook_secret ?? null;
                return {
                    kind,
                    host: hostOf(url),
                    // Loaded at the first delivery: signing brings node:crypto, which a run without alerts never needs.
                    deliver: async (alert, signal) => (await __webpack_require__.e(/* import() */ 981).then(__webpack_require__.bind(__webpack_require__, 981))).sendWebhook(url, secret, alert, ctx, { ...http(signal), now }),
                };
            }
            case 'email': {
                const url = config.smtp_url;
                const to = config.email_to;
                const settings = smtpSettings(url);
                const options = { timeout_ms, policy, insecure_tls: deps.insecure_tls === true };
                return {
                    kind,
                    host: `${settings.host}:${settings.port}`,
                    deliver: (alert, signal) => sendEmail(url, to, alert, ctx, { ...options, signal }),
                };
            }
        }
    });
}
function listChannels(channels) {
    return channels.map((c) => `${c.kind} (${c.host})`).join(', ');
}
class AlertDispatcher {
    deps;
    channels;
    secrets;
    inFlight = new Set();
    /** Throws when the configuration is unusable, naming the fields at fault (never their values). */
    constructor(channels, ctx, deps) {
        this.deps = deps;
        const problems = channelProblems(channels);
        if (problems.length > 0)
            throw new Error(`alert channels: ${problems.join('; ')}`);
        this.secrets = (0,mask/* channelSecrets */.zF)(channels);
        this.channels = buildChannels(channels, ctx, deps);
    }
    /** The configured kinds, e.g. `['slack', 'webhook', 'email']`. */
    channelKinds() {
        return this.channels.map((c) => c.kind);
    }
    /** Starts delivery to every channel and returns at once with the kinds it was sent to. Never throws. */
    fire(alert) {
        const sent = [];
        for (const channel of this.channels) {
            try {
                this.start(channel, alert);
                sent.push(channel.kind);
            }
            catch (error) {
                this.warnFailure(channel, alert, (0,retry/* describeError */.Uc)(error));
            }
        }
        return sent;
    }
    /** Waits for the deliveries in flight, at most `max_wait_ms`; then abandons the rest with one warning. */
    async drain(max_wait_ms) {
        const deadline_ms = monotonicMs() + Math.max(0, max_wait_ms);
        while (this.inFlight.size > 0) {
            const left_ms = deadline_ms - monotonicMs();
            if (left_ms <= 0 || !(await this.settleWithin([...this.inFlight], left_ms)))
                break;
        }
        if (this.inFlight.size === 0)
            return;
        const pending = [...this.inFlight];
        for (const delivery of pending) {
            delivery.controller.abort();
            this.inFlight.delete(delivery);
        }
        const channels = [...new Set(pending.map((d) => d.channel))];
        this.warn(`alert delivery still pending after ${Math.max(0, max_wait_ms)} ms, given up: ${listChannels(channels)}`);
    }
    start(channel, alert) {
        const controller = new AbortController();
        const delivery = {
            channel,
            controller,
            settled: Promise.resolve()
                .then(() => channel.deliver(alert, controller.signal))
                .then((result) => {
                if (!result.ok && !result.aborted && !controller.signal.aborted) {
                    const tries = result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`;
                    this.warnFailure(channel, alert, `${result.reason} (${tries})`);
                }
            }, (error) => {
                if (!controller.signal.aborted)
                    this.warnFailure(channel, alert, (0,retry/* describeError */.Uc)(error));
            })
                .finally(() => this.inFlight.delete(delivery)),
        };
        this.inFlight.add(delivery);
    }
    /** True when every delivery settled in time. */
    async settleWithin(deliveries, wait_ms) {
        let timer;
        const timedOut = new Promise((resolve) => {
            timer = setTimeout(() => resolve(false), wait_ms);
        });
        const settled = Promise.all(deliveries.map((d) => d.settled)).then(() => true);
        try {
            return await Promise.race([settled, timedOut]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    warnFailure(channel, alert, reason) {
        this.warn(`alert "${alert.rule}" was not delivered to ${channel.kind} (${channel.host}): ${reason}`);
    }
    /** Every warning passes through the mask, and a failing logger cannot hurt the run. */
    warn(message) {
        try {
            this.deps.warn((0,mask/* maskSecrets */.QU)(message, this.secrets));
        }
        catch {
            // The logger is the adapter's; losing one warning is better than breaking the run.
        }
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/engine/execute/exec/errors.ts
/**
 * The one way an executor fails before the script runs: the interpreter (or the launcher under it) could not start
 * the script. `RunningScript.started` rejects with it; both faces show its message as one line and exit 125.
 */

class ScriptStartError extends errors/* PyrunError */.Pu {
    /** The interpreter as given (`--python`), or the transport that should have run it. */
    interpreter;
    constructor(interpreter, message) {
        super(message);
        this.name = 'ScriptStartError';
        this.interpreter = interpreter;
    }
}

// EXTERNAL MODULE: ./src/engine/execute/exec/python-files.ts
var python_files = __webpack_require__(5988);
;// CONCATENATED MODULE: ./src/engine/execute/exec/remote-launcher.ts
/**
 * The remote launcher's program: what runs beside the script on an SSH host or in a container
 * (src/python/remote.py, with launcher.py's reaper), as one `python3 -S -E -c PROGRAM` argument.
 *
 * PROGRAM is src/python/bootstrap.py with its `SOURCES = {}` line filled in with launcher.py and remote.py, read
 * from the files at run time (./python-files.ts). Why at run time rather than inlined by the build: the local
 * launcher must be a file at run time anyway (so `ps` shows `python3 … launcher.py SCRIPT`), so both executors
 * read the same files through one mechanism, and running from source (jest) needs no build step.
 *
 * A JSON string is a valid Python string literal (JSON's escapes are a subset of Python's), so the sources travel
 * as `SOURCES = {"launcher": "…", "remote": "…"}`, every character beyond ASCII escaped (`\uXXXX`) so the program
 * means the same whatever the remote locale.
 */

const SOURCES_LINE = /^SOURCES = \{\}.*$/m;
let cached;
/** The whole remote program, as `python3 -S -E -c` takes it. */
function remoteLauncherProgram() {
    if (cached !== undefined)
        return cached;
    const bootstrap = (0,python_files/* pythonSource */.Wj)('bootstrap.py');
    if (!SOURCES_LINE.test(bootstrap))
        throw new Error('bootstrap.py has no `SOURCES = {}` line to fill in');
    const sources = { launcher: (0,python_files/* pythonSource */.Wj)('launcher.py'), remote: (0,python_files/* pythonSource */.Wj)('remote.py') };
    const filled = `SOURCES = {${Object.entries(sources)
        .map(([name, text]) => `${pythonString(name)}: ${pythonString(text)}`)
        .join(', ')}}`;
    cached = bootstrap.replace(SOURCES_LINE, () => filled);
    return cached;
}
/** A Python string literal of pure ASCII for any text (astral characters as one `\UXXXXXXXX`, not two halves). */
function pythonString(text) {
    return JSON.stringify(text).replace(/[^\t\n\r\u0020-\u007e]/gu, (c) => {
        const code = c.codePointAt(0);
        return code > 0xffff
            ? `\\U${code.toString(16).padStart(8, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/execute/sample/tree.ts
/** The live descendants of `rootPid` (the root itself excluded), each with its stat. */
function descendants(source, rootPid) {
    return new TreeFinder(source, rootPid).find();
}
/**
 * Finds the tree again and again (one call a tick). Where it must scan /proc, it remembers which pids were
 * outside the tree: a process outside can never move in (orphans are reparented to an ancestor subreaper — the
 * launcher — or to init), so only pids new since the last scan are read. A pid is not reused within one tick.
 */
class TreeFinder {
    source;
    rootPid;
    foreign = new Set();
    constructor(source, rootPid) {
        this.source = source;
        this.rootPid = rootPid;
    }
    find() {
        const direct = this.source.children(this.rootPid);
        return direct === null ? this.scan() : walkDescendants(this.source, direct);
    }
    scan() {
        const { source, rootPid } = this;
        const byParent = new Map();
        const read = new Map();
        const listed = source.allPids();
        for (const pid of listed) {
            if (pid === rootPid || this.foreign.has(pid))
                continue;
            const stat = source.stat(pid);
            if (stat === null)
                continue;
            read.set(pid, stat);
            const siblings = byParent.get(stat.ppid);
            if (siblings)
                siblings.push(stat);
            else
                byParent.set(stat.ppid, [stat]);
        }
        const found = collect(byParent, rootPid);
        const inTree = new Set(found.map((p) => p.pid));
        // Outside for good: what was outside before, and what was read now outside the tree under a parent known to
        // be outside. A process whose parent vanished mid-scan is left to be read again (it may be an orphan on its
        // way to the launcher).
        const foreign = new Set();
        for (const pid of listed)
            if (this.foreign.has(pid))
                foreign.add(pid);
        for (const [pid, stat] of read) {
            if (inTree.has(pid))
                continue;
            if (stat.ppid === 0 ||
                foreign.has(stat.ppid) ||
                (read.has(stat.ppid) && !inTree.has(stat.ppid) && stat.ppid !== rootPid)) {
                foreign.add(pid);
            }
        }
        this.foreign = foreign;
        return found;
    }
}
function walkDescendants(source, firstChildren) {
    const found = [];
    const seen = new Set();
    const queue = [...firstChildren];
    while (queue.length > 0) {
        const pid = queue.pop();
        if (seen.has(pid))
            continue;
        seen.add(pid);
        const stat = source.stat(pid);
        if (stat === null)
            continue; // exited between the parent's listing and now
        found.push(stat);
        const kids = source.children(pid);
        if (kids)
            queue.push(...kids);
    }
    return found;
}
function collect(byParent, rootPid) {
    const found = [];
    const queue = [rootPid];
    const seen = new Set([rootPid]);
    while (queue.length > 0) {
        const parent = queue.pop();
        for (const child of byParent.get(parent) ?? []) {
            if (seen.has(child.pid))
                continue;
            seen.add(child.pid);
            found.push(child);
            queue.push(child.pid);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/totals.ts
function emptyTotals() {
    return {
        samples: 0,
        peak_tree_rss_bytes: 0,
        peak_process_rss_bytes: 0,
        cpu_percent_sum: 0,
        cpu_percent_max: 0,
        max_threads: 0,
        max_processes: 0,
        cpu_time_s: 0,
        read_bytes: 0,
        write_bytes: 0,
    };
}
/**
 * A sample that found no live process of the script: taken after the tree was gone (the launcher had reaped it
 * but not yet reported the exit) or before anything ran. It says nothing about the script's memory, threads or
 * CPU rate, and drawn in a chart it is a phantom drop to zero: it is never kept as a sample. Its cumulative
 * figures (CPU time, bytes read and written, all already moved into the launcher) still count.
 */
function treeGone(m) {
    return m.sample.processes === 0;
}
function addSample(totals, m) {
    totals.cpu_time_s = Math.max(totals.cpu_time_s, m.cpu_time_s);
    totals.read_bytes = Math.max(totals.read_bytes, m.read_bytes);
    totals.write_bytes = Math.max(totals.write_bytes, m.write_bytes);
    if (treeGone(m))
        return;
    const s = m.sample;
    totals.samples += 1;
    totals.cpu_percent_sum += s.cpu_percent;
    totals.cpu_percent_max = Math.max(totals.cpu_percent_max, s.cpu_percent);
    addPeaks(totals, {
        rss_bytes: m.rss_bytes,
        largest_process_rss_bytes: m.largest_process_rss_bytes,
        threads: s.threads,
        processes: s.processes,
    });
}
function addPeaks(totals, p) {
    totals.peak_tree_rss_bytes = Math.max(totals.peak_tree_rss_bytes, p.rss_bytes);
    totals.peak_process_rss_bytes = Math.max(totals.peak_process_rss_bytes, p.largest_process_rss_bytes);
    totals.max_threads = Math.max(totals.max_threads, p.threads);
    totals.max_processes = Math.max(totals.max_processes, p.processes);
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/sampler.ts



class TreeSampler {
    source;
    opts;
    tree;
    prev_ms;
    prev_cpu_ticks = 0;
    rootIo0;
    rootCpu0_ticks = 0;
    prev_read_bytes = 0;
    prev_write_bytes = 0;
    seen = new Set();
    sampled = [];
    /** Each live process's CPU ticks at its last look, by `pid:starttime`. */
    lastTicks = new Map();
    /** The tree's CPU ticks by the core each process was on when they were seen (coreWeights). */
    ticksByCore = new Map();
    /** How often a live process was seen on each core (coreWeights, when no tick was seen). */
    looksByCore = new Map();
    /** Distinct processes seen, keyed by (pid, start time) so a reused pid is a new process. */
    distinct_processes = 0;
    totals = emptyTotals();
    constructor(source, opts) {
        this.source = source;
        this.opts = opts;
        this.tree = new TreeFinder(source, opts.rootPid);
        this.prev_ms = opts.start_ms;
        // The launcher's own reads, and the CPU of whatever it reaped before it became the launcher (a pyenv
        // shim's helpers), are not the script's.
        if (opts.rootIsLauncher) {
            this.rootIo0 = source.io(opts.rootPid);
            const root = source.stat(opts.rootPid);
            this.rootCpu0_ticks = root ? root.cutime + root.cstime : 0;
        }
    }
    /** Takes one sample at monotonic time `now_ms`. */
    sample(now_ms) {
        return this.measure(now_ms).sample;
    }
    /** Takes one sample and returns it with its exact byte and CPU figures; the totals are updated. */
    measure(now_ms) {
        const { source, opts } = this;
        const procs = this.tree.find();
        let cpu_ticks = 0;
        for (const p of procs)
            cpu_ticks += p.utime + p.stime + p.cutime + p.cstime;
        const { peaks, live } = this.look(procs);
        let rchar = 0;
        let wchar = 0;
        let fds = null;
        for (const p of live) {
            const io = source.io(p.pid);
            if (io) {
                rchar += io.rchar;
                wchar += io.wchar;
            }
            if (opts.count_fds !== false) {
                const n = source.fdCount(p.pid);
                if (n !== null)
                    fds = (fds ?? 0) + n;
            }
        }
        if (opts.rootIsLauncher) {
            const root = source.stat(opts.rootPid);
            if (root)
                cpu_ticks += root.cutime + root.cstime - this.rootCpu0_ticks;
            const io = source.io(opts.rootPid);
            if (io && this.rootIo0) {
                rchar += io.rchar - this.rootIo0.rchar;
                wchar += io.wchar - this.rootIo0.wchar;
            }
        }
        // Totals only grow; a child reaped by a parent that ignores SIGCHLD takes its CPU with it, and the
        // sample must not then show negative usage.
        cpu_ticks = Math.max(cpu_ticks, this.prev_cpu_ticks);
        rchar = Math.max(rchar, this.prev_read_bytes);
        wchar = Math.max(wchar, this.prev_write_bytes);
        this.prev_read_bytes = rchar;
        this.prev_write_bytes = wchar;
        const dt_s = (now_ms - this.prev_ms) / 1000;
        const cpu_percent = dt_s > 0 ? ((cpu_ticks - this.prev_cpu_ticks) / opts.clk_tck / dt_s) * 100 : 0;
        this.prev_ms = now_ms;
        this.prev_cpu_ticks = cpu_ticks;
        const measured = {
            sample: {
                elapsed_s: (now_ms - opts.start_ms) / 1000,
                cpu_percent,
                rss_mb: peaks.rss_bytes / types/* BYTES_PER_MB */.o_,
                threads: peaks.threads,
                processes: peaks.processes,
                read_mb: rchar / types/* BYTES_PER_MB */.o_,
                write_mb: wchar / types/* BYTES_PER_MB */.o_,
                open_fds: fds,
            },
            rss_bytes: peaks.rss_bytes,
            read_bytes: rchar,
            write_bytes: wchar,
            cpu_time_s: cpu_ticks / opts.clk_tck,
            largest_process_rss_bytes: peaks.largest_process_rss_bytes,
        };
        addSample(this.totals, measured);
        return measured;
    }
    /**
     * Looks at the tree's memory, processes and threads only (one stat per process, no I/O or descriptor reads) and
     * adds them to the peaks; no sample is made. True when it found a process no sample or probe had seen.
     */
    probe() {
        const before = this.distinct_processes;
        const { peaks } = this.look(this.tree.find());
        if (peaks.processes > 0)
            addPeaks(this.totals, peaks);
        return this.distinct_processes > before;
    }
    /** The live processes of `procs` (an exited one not yet reaped has no memory or threads) and their peaks. */
    look(procs) {
        const live = [];
        let rss_pages = 0;
        let largest_pages = 0;
        let threads = 0;
        for (const p of procs) {
            if (p.state === 'Z' || p.state === 'X')
                continue;
            live.push(p);
            threads += p.num_threads;
            rss_pages += p.rss_pages;
            largest_pages = Math.max(largest_pages, p.rss_pages);
            const key = `${p.pid}:${p.starttime}`; // survives pid reuse
            this.noteProcess(p, key);
            this.noteCore(p, key);
        }
        const page = this.opts.page_size;
        const peaks = {
            rss_bytes: rss_pages * page,
            largest_process_rss_bytes: largest_pages * page,
            threads,
            processes: live.length,
        };
        return { peaks, live };
    }
    /** Every live process a sample or probe has counted, once each, as (pid, start time). */
    sampledProcesses() {
        return this.sampled;
    }
    /**
     * Where the tree's CPU time went: for each core, the ticks the tree's processes used since their last look, put to
     * the core each was on at this look (a process seldom moves between two looks; where it did, the ticks are put to
     * one of them). When the tree used no whole tick between looks (a script shorter than a few ticks), how often a
     * process was seen on each core. ./calibration.ts weighs the launcher's per-core readings by it.
     */
    coreWeights() {
        return this.ticksByCore.size > 0 ? this.ticksByCore : this.looksByCore;
    }
    noteCore(p, key) {
        if (p.processor === undefined)
            return;
        const ticks = p.utime + p.stime;
        const used = ticks - (this.lastTicks.get(key) ?? 0);
        this.lastTicks.set(key, ticks);
        if (used > 0)
            this.ticksByCore.set(p.processor, (this.ticksByCore.get(p.processor) ?? 0) + used);
        this.looksByCore.set(p.processor, (this.looksByCore.get(p.processor) ?? 0) + 1);
    }
    noteProcess(p, key) {
        if (!this.seen.has(key)) {
            this.seen.add(key);
            this.sampled.push({ pid: p.pid, starttime: p.starttime });
            this.distinct_processes += 1;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/procfs.ts
/**
 * Parses /proc/<pid>/stat. The command name (field 2) may contain spaces and parentheses, so fields are counted
 * from the last ')'. Returns null for text that is not a stat line (a process that vanished mid-read).
 */
function parseStat(text) {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 1 || close < open)
        return null;
    const pid = Number(text.slice(0, open).trim());
    // After ") " come fields 3.. : state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
    // utime(14) stime(15) cutime(16) cstime(17) priority nice num_threads(20) itrealvalue starttime(22) vsize rss(24)
    // … processor(39), the core it last ran on
    const f = text.slice(close + 2).split(' ');
    if (f.length < 22)
        return null;
    const n = (field) => Number(f[field - 3]);
    const stat = {
        pid,
        ppid: n(4),
        state: f[0] ?? '?',
        utime: n(14),
        stime: n(15),
        cutime: n(16),
        cstime: n(17),
        num_threads: n(20),
        starttime: n(22),
        rss_pages: n(24),
    };
    const processor = n(39);
    if (Number.isInteger(processor) && processor >= 0)
        stat.processor = processor;
    return Number.isFinite(stat.pid) && Number.isFinite(stat.rss_pages) ? stat : null;
}
/** Parses /proc/<pid>/io for the bytes through read/write system calls. */
function parseIo(text) {
    let rchar;
    let wchar;
    for (const line of text.split('\n')) {
        if (line.startsWith('rchar:'))
            rchar = Number(line.slice(6));
        else if (line.startsWith('wchar:'))
            wchar = Number(line.slice(6));
    }
    return rchar === undefined || wchar === undefined ? null : { rchar, wchar };
}
/**
 * Parses the first line of /proc/stat, the whole machine's CPU time in ticks (USER_HZ): `busy` is everything but
 * idle and I/O wait (user, nice, system, irq, softirq, and steal: time the hypervisor gave another guest).
 * guest and guest_nice are already inside user and nice.
 */
function parseHostCpu(text) {
    const words = text.split('\n', 1)[0].trim().split(/\s+/);
    if (words[0] !== 'cpu' || words.length < 5)
        return null;
    const ticks = words.slice(1, 9).map(Number);
    if (ticks.some((t) => !Number.isFinite(t) || t < 0))
        return null;
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
    return { busy_ticks: user + nice + system + irq + softirq + steal };
}
/** Parses /proc/<pid>/task/<tid>/children: space-separated pids. */
function parseChildren(text) {
    const pids = [];
    for (const word of text.split(' ')) {
        const pid = Number(word);
        if (word !== '' && Number.isInteger(pid))
            pids.push(pid);
    }
    return pids;
}
/** Parses /proc/loadavg (`0.08 0.03 0.01 1/123 4567`) for its last field, the pid most recently given out. */
function parseLastPid(text) {
    const words = text.trim().split(/\s+/);
    const pid = Number(words[4]);
    return words.length === 5 && Number.isInteger(pid) && pid > 0 ? pid : null;
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/snapshot.ts

class SnapshotProcSource {
    procs = new Map();
    /** Replaces what the source shows with one snapshot; entries whose stat is not a stat line are left out. */
    load(raw) {
        const procs = new Map();
        for (const p of raw) {
            const stat = parseStat(p.stat);
            if (stat === null || stat.pid !== p.pid)
                continue;
            procs.set(p.pid, { stat, io: p.io === null ? null : parseIo(p.io), fds: p.fds ?? null });
        }
        this.procs = procs;
    }
    stat(pid) {
        return this.procs.get(pid)?.stat ?? null;
    }
    /** Unknown: the tree is rebuilt from each stat's parent (the sampler's scan). */
    children() {
        return null;
    }
    allPids() {
        return [...this.procs.keys()];
    }
    io(pid) {
        return this.procs.get(pid)?.io ?? null;
    }
    fdCount(pid) {
        return this.procs.get(pid)?.fds ?? null;
    }
}
/** The snapshot in a remote message, checked: a list of `RawProc`; anything malformed is dropped. */
function rawProcsFrom(value) {
    if (!Array.isArray(value))
        return [];
    const out = [];
    for (const item of value) {
        if (typeof item !== 'object' || item === null)
            continue;
        const p = item;
        if (typeof p.pid !== 'number' || !Number.isInteger(p.pid) || typeof p.stat !== 'string')
            continue;
        out.push({
            pid: p.pid,
            stat: p.stat,
            io: typeof p.io === 'string' ? p.io : null,
            fds: typeof p.fds === 'number' && Number.isFinite(p.fds) ? p.fds : null,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/launcher-report.ts

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
function exitReportFrom(m, wallFallback_s) {
    const user = num(m.cpu_user_s);
    const sys = num(m.cpu_sys_s);
    return {
        exit_code: num(m.exit_code),
        signal: typeof m.signal === 'string' ? m.signal : null,
        wall_s: num(m.wall_s) ?? wallFallback_s,
        cpu_time_s: user === null && sys === null ? null : (user ?? 0) + (sys ?? 0),
        maxrss_bytes: num(m.maxrss_bytes),
        read_bytes: num(m.rchar),
        write_bytes: num(m.wchar),
        exact: true,
        rusage: rusageFrom(m),
        ...(m.oom_killed === true ? { oom_killed: true } : {}),
    };
}
/** The report's rusage figures, or null unless every one of them is there. */
function rusageFrom(m) {
    const rusage = {
        cpu_user_s: num(m.cpu_user_s),
        cpu_system_s: num(m.cpu_sys_s),
        minor_faults: num(m.minor_faults),
        major_faults: num(m.major_faults),
        voluntary_ctx_switches: num(m.voluntary_ctx_switches),
        involuntary_ctx_switches: num(m.involuntary_ctx_switches),
    };
    return Object.values(rusage).every((v) => v !== null) ? rusage : null;
}
/** The report for a tree that ended without the launcher's word (the launcher, container or connection was killed). */
function lostExitReport(wall_s, signal) {
    return {
        exit_code: null,
        signal,
        wall_s,
        cpu_time_s: null,
        maxrss_bytes: null,
        read_bytes: null,
        write_bytes: null,
        exact: false,
        rusage: null,
    };
}
/**
 * The launchers' calibration readings (`{"ms": {CPU: MS}, "cpu_s"}`: the local launcher's message, the remote one's
 * `calibration`), or undefined when it is not one.
 */
function calibrationFrom(msg) {
    if (typeof msg !== 'object' || msg === null)
        return undefined;
    const { ms, cpu_s: cpu } = msg;
    const cpu_s = Number(cpu);
    if (typeof ms !== 'object' || ms === null || !Number.isFinite(cpu_s))
        return undefined;
    const ms_by_cpu = new Map();
    for (const [cpu, value] of Object.entries(ms)) {
        if (Number.isInteger(Number(cpu)) && typeof value === 'number' && Number.isFinite(value) && value > 0)
            ms_by_cpu.set(Number(cpu), value);
    }
    return ms_by_cpu.size === 0 ? undefined : { ms_by_cpu, cpu_s };
}
/**
 * A remote launcher's reading of its machine's CPU (`{"stat": the first line of /proc/stat, "own_cpu_s", "at_s"}`,
 * src/python/remote.py host_reading), or null when it is not one.
 */
function hostReadingFrom(v) {
    if (typeof v !== 'object' || v === null)
        return null;
    const m = v;
    const host = typeof m.stat === 'string' ? parseHostCpu(m.stat) : null;
    const own_cpu_s = num(m.own_cpu_s);
    const at_s = num(m.at_s);
    if (host === null || own_cpu_s === null || own_cpu_s < 0 || at_s === null)
        return null;
    return { ticks: { ...host, own_cpu_s }, at_s };
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/mux.ts
/**
 * The remote launcher's wire format (./remote-launcher.ts): one byte stream carrying several ordered streams.
 *
 * Frame = 1 byte stream id + 4-byte big-endian payload length + payload. Binary-safe: a payload is never escaped
 * or split on newlines, so a script's output arrives byte for byte, and frames of one connection keep their order.
 *
 * Launcher → pyrun: 1 the script's stdout, 2 its stderr, 3 a control message (UTF-8 JSON: started, sample, exited,
 * error). pyrun → launcher: 1 bytes for the script's stdin (an empty payload closes it), 3 a control request
 * (start, signal, kill, end).
 */
const STREAM_STDOUT = 1;
const STREAM_STDERR = 2;
const STREAM_CONTROL = 3;
/** pyrun → launcher: the script's stdin shares id 1. */
const STREAM_STDIN = 1;
const FRAME_HEADER_BYTES = 5;
/** Larger than anything the launcher writes (64 KiB reads) or a start request carries; more is a broken stream. */
const MAX_FRAME_PAYLOAD_BYTES = 64 * 1024 * 1024;
function encodeFrame(stream, payload) {
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    if (!Number.isInteger(stream) || stream < 0 || stream > 255)
        throw new RangeError(`bad stream id ${stream}`);
    if (body.length > MAX_FRAME_PAYLOAD_BYTES)
        throw new RangeError(`frame payload of ${body.length} bytes is too large`);
    const header = Buffer.alloc(FRAME_HEADER_BYTES);
    header.writeUInt8(stream, 0);
    header.writeUInt32BE(body.length, 1);
    return Buffer.concat([header, body]);
}
function encodeControl(message) {
    return encodeFrame(STREAM_CONTROL, JSON.stringify(message));
}
class FrameError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FrameError';
    }
}
/**
 * A streaming frame parser: feed it chunks cut anywhere (inside a header, inside a payload, several frames at once)
 * and it calls `onFrame` once per complete frame, in order.
 */
class FrameDecoder {
    onFrame;
    pending = [];
    pendingBytes = 0;
    /** The header of the frame whose payload is being collected, once its 5 bytes have arrived. */
    stream = -1;
    need = -1;
    constructor(onFrame) {
        this.onFrame = onFrame;
    }
    /** Bytes received that do not yet form a whole frame. */
    get bufferedBytes() {
        return this.pendingBytes;
    }
    push(chunk) {
        if (chunk.length === 0)
            return;
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        for (;;) {
            if (this.need < 0) {
                if (this.pendingBytes < FRAME_HEADER_BYTES)
                    return;
                const header = this.take(FRAME_HEADER_BYTES);
                this.stream = header.readUInt8(0);
                this.need = header.readUInt32BE(1);
                if (this.need > MAX_FRAME_PAYLOAD_BYTES) {
                    throw new FrameError(`frame of ${this.need} bytes on stream ${this.stream}: the stream is not framed`);
                }
            }
            if (this.pendingBytes < this.need)
                return;
            const payload = this.take(this.need);
            const stream = this.stream;
            this.need = -1;
            this.stream = -1;
            this.onFrame(stream, payload);
        }
    }
    /** Whether the input ended cleanly, on a frame boundary. */
    get atBoundary() {
        return this.need < 0 && this.pendingBytes === 0;
    }
    take(n) {
        if (n === 0)
            return Buffer.alloc(0);
        const first = this.pending[0];
        let out;
        if (first.length >= n) {
            out = first.subarray(0, n);
            if (first.length === n)
                this.pending.shift();
            else
                this.pending[0] = first.subarray(n);
        }
        else {
            const all = Buffer.concat(this.pending, this.pendingBytes);
            out = all.subarray(0, n);
            this.pending = all.length > n ? [all.subarray(n)] : [];
        }
        this.pendingBytes -= n;
        return out;
    }
}
/**
 * Writes stdout and stderr frames to their streams as they arrive and hands control messages to `onControl`.
 * Returns the decoder to push chunks into.
 */
function createDemuxer(targets) {
    let waiting = 0;
    const write = (stream, payload) => {
        if (payload.length === 0)
            return;
        if (stream.write(payload) || !targets.onBackpressure)
            return;
        waiting += 1;
        if (waiting === 1)
            targets.onBackpressure(true);
        stream.once('drain', () => {
            waiting -= 1;
            if (waiting === 0)
                targets.onBackpressure?.(false);
        });
    };
    return new FrameDecoder((stream, payload) => {
        if (stream === STREAM_STDOUT)
            write(targets.stdout, payload);
        else if (stream === STREAM_STDERR)
            write(targets.stderr, payload);
        else if (stream === STREAM_CONTROL) {
            let message;
            try {
                message = JSON.parse(payload.toString('utf8'));
            }
            catch {
                targets.onProtocolError?.(`control frame is not JSON: ${payload.toString('utf8').slice(0, 200)}`);
                return;
            }
            if (typeof message === 'object' && message !== null && !Array.isArray(message)) {
                targets.onControl(message);
            }
            else
                targets.onProtocolError?.('control frame is not a JSON object');
        }
        else
            targets.onProtocolError?.(`frame on unknown stream ${stream}`);
    });
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/remote-types.ts
const remote_types_num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** `uname -m` in Node's words, so a remote run's fingerprint matches a local one on the same hardware. */
function nodeArch(machine) {
    if (machine === null)
        return null;
    const names = {
        x86_64: 'x64',
        amd64: 'x64',
        aarch64: 'arm64',
        arm64: 'arm64',
        i686: 'ia32',
        i386: 'ia32',
    };
    return names[machine] ?? machine;
}
function startInfoFrom(m, spawnedAt_ms) {
    const text = (v) => (typeof v === 'string' ? v : null);
    return {
        platform: text(m.platform),
        machine: text(m.machine),
        script_pid: remote_types_num(m.pid) ?? -1,
        sampler_root_pid: remote_types_num(m.sampler_root_pid) ?? -1,
        clk_tck: remote_types_num(m.clk_tck) ?? 100,
        page_size: remote_types_num(m.page_size) ?? 4096,
        python_version: typeof m.python_version === 'string' ? m.python_version : '',
        spawned_at_ms: spawnedAt_ms,
        // Remote samples carry their own elapsed time, dated from the fork on the remote clock.
        fork_age_ms: 0,
        os: text(m.platform),
        arch: nodeArch(text(m.machine)),
    };
}
/**
 * Variables that describe the machine pyrun runs on, not the one the script runs on: never sent to a remote host
 * or a container (the remote side keeps its own).
 */
const HOST_ONLY_VARIABLES = [
    /^(PATH|HOME|USER|LOGNAME|SHELL|PWD|OLDPWD|HOSTNAME|HOSTTYPE|MAIL|SHLVL|_|TERM|TERMCAP|COLUMNS|LINES)$/,
    /^(TMPDIR|TMP|TEMP|DISPLAY|XAUTHORITY|LD_LIBRARY_PATH|LD_PRELOAD|VIRTUAL_ENV|CONDA_PREFIX)$/,
    /^(PYTHONHOME|PYTHONPATH|PYTHONSTARTUP|PYTHONUSERBASE|PYTHONEXECUTABLE)$/,
    /^SSH_/,
    /^XDG_/,
    /^DOCKER_/,
    /^PYENV/,
    /^DBUS_/,
];
/** The part of the script's environment that travels to where it runs. */
function remoteEnvironment(env) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            continue;
        if (HOST_ONLY_VARIABLES.some((re) => re.test(key)))
            continue;
        out[key] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/remote-session.ts







const STDERR_TAIL_CHARS = 4000;
function driveRemoteLauncher(child, opts) {
    const interpreter = opts.python ?? 'python3';
    let resolveStarted;
    let rejectStarted;
    const started = new Promise((resolve, reject) => {
        resolveStarted = resolve;
        rejectStarted = reject;
    });
    started.catch(() => undefined); // observed through `done` too
    let info = null;
    let exitMessage = null;
    let errorMessage = null;
    let closed = false;
    let stderrTail = '';
    const pendingSamples = [];
    let onSample = null;
    let killFallback = null;
    const procs = new SnapshotProcSource();
    let sampler = null;
    /** The remote machine's CPU as the script started (Linux there): `neighbour_cores` begins here. */
    let hostStart = null;
    /** Writes a frame to the launcher; false when the transport's buffer is full (or it is gone). */
    const send = (frame) => {
        const input = child.stdin;
        if (closed || !input || input.destroyed || input.writableEnded)
            return false;
        return input.write(frame);
    };
    const control = (request) => void send(encodeControl(request));
    child.stdin?.on('error', () => undefined); // EPIPE once the transport is gone: `close` tells the story
    const demux = createDemuxer({
        stdout: opts.stdout,
        stderr: opts.stderr,
        onBackpressure: (paused) => (paused ? child.stdout?.pause() : child.stdout?.resume()),
        onProtocolError: (message) => (errorMessage ??= `remote launcher protocol error: ${message}`),
        onControl: (m) => {
            if (m.event === 'started' && info === null) {
                info = startInfoFrom(m, opts.spawnedAt_ms);
                hostStart = hostReadingFrom(m.host);
                procs.load(rawProcsFrom(m.procs)); // the reaper at the start: the baseline of its CPU and I/O
                sampler = new TreeSampler(procs, {
                    rootPid: info.sampler_root_pid,
                    rootIsLauncher: true,
                    clk_tck: info.clk_tck,
                    page_size: info.page_size,
                    start_ms: 0, // snapshots are dated from the fork, on the remote clock
                });
                resolveStarted(info);
            }
            else if (m.event === 'proc') {
                const elapsed_s = typeof m.elapsed_s === 'number' && Number.isFinite(m.elapsed_s) ? m.elapsed_s : null;
                if (sampler === null || elapsed_s === null || exitMessage !== null)
                    return;
                procs.load(rawProcsFrom(m.procs));
                const sample = sampler.measure(elapsed_s * 1000);
                if (onSample)
                    onSample(sample);
                else
                    pendingSamples.push(sample); // `started` resolves a microtask later than its samples may arrive
            }
            else if (m.event === 'exited') {
                exitMessage = m;
                child.stdin?.end(); // the launcher is done: closing its stdin now is not a lost connection
            }
            else if (m.event === 'error') {
                errorMessage = typeof m.message === 'string' ? m.message : 'the remote launcher failed';
            }
        },
    });
    child.stdout?.on('data', (chunk) => {
        try {
            demux.push(chunk);
        }
        catch (error) {
            const hint = info === null ? ' (did a login script print to stdout before the launcher started?)' : '';
            errorMessage ??= `remote launcher protocol error${hint}: ${error.message}`;
            opts.forceKill();
        }
    });
    child.stderr?.on('data', (chunk) => {
        stderrTail = (stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });
    // What the launcher is told first; then the script's stdin, if any, as frames.
    send(encodeControl(opts.request));
    const stdin = opts.stdin ?? null;
    const onStdinData = (chunk) => {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (bytes.length === 0)
            return; // an empty frame would mean end of input
        if (!send(encodeFrame(STREAM_STDIN, bytes)) && stdin && !closed) {
            stdin.pause(); // flow control: read no more input than the connection takes
            child.stdin?.once('drain', () => {
                if (!closed)
                    stdin.resume();
            });
        }
    };
    const onStdinEnd = () => void send(encodeFrame(STREAM_STDIN, Buffer.alloc(0)));
    if (stdin) {
        stdin.on('data', onStdinData);
        stdin.once('end', onStdinEnd);
    }
    else
        onStdinEnd();
    const detachStdin = () => {
        if (!stdin)
            return;
        stdin.off('data', onStdinData);
        stdin.off('end', onStdinEnd);
        stdin.pause();
    };
    const done = new Promise((resolve, reject) => {
        const fail = (error) => {
            rejectStarted(error);
            reject(error);
        };
        child.once('error', (error) => {
            closed = true;
            detachStdin();
            fail(new ScriptStartError(interpreter, error.code === 'ENOENT' ? `cannot run ${child.spawnfile}: not found` : error.message));
        });
        // 'close' comes after stdout has been read to its end: every frame has been seen.
        child.once('close', (code, signal) => {
            closed = true;
            detachStdin();
            if (killFallback)
                clearTimeout(killFallback);
            const wall_s = (monotonicMs() - opts.spawnedAt_ms) / 1000;
            if (exitMessage !== null && info !== null) {
                resolve(remoteExitReport(exitMessage, wall_s, hostStart));
                return;
            }
            if (errorMessage !== null) {
                fail(info === null ? new ScriptStartError(interpreter, errorMessage) : new Error(errorMessage));
                return;
            }
            const lost = opts.onLost({ code, signal, started: info !== null, stderr: stderrTail.trim() });
            if (lost)
                fail(lost);
            else if (info === null)
                fail(new ScriptStartError(interpreter, `the remote launcher ended (${signal ?? code}) before the script started`));
            else
                resolve(lostExitReport(wall_s, 'SIGKILL'));
        });
    });
    done.catch(() => undefined); // the caller awaits `started` first; an early failure must not be unhandled
    return {
        started,
        done,
        signal(sig) {
            control({ op: 'signal', signal: sig });
        },
        subscribeSamples(callback) {
            onSample = callback;
            for (const sample of pendingSamples.splice(0))
                callback(sample);
        },
        coreWeights: () => sampler?.coreWeights() ?? new Map(),
        killTree() {
            control({ op: 'kill' });
            if (closed || killFallback)
                return;
            killFallback = setTimeout(() => {
                if (!closed)
                    opts.forceKill();
            }, (opts.kill_fallback_s ?? 5) * 1000);
            killFallback.unref?.();
        },
    };
}
/**
 * The remote launcher's exit report, with its calibration readings and its machine's CPU between `hostStart` and
 * its reading after the tree was gone (each where the launcher sent it).
 */
function remoteExitReport(m, wall_s, hostStart) {
    const report = exitReportFrom(m, wall_s);
    const calibration = calibrationFrom(m.calibration);
    const hostEnd = hostReadingFrom(m.host);
    return {
        ...report,
        ...(calibration === undefined ? {} : { calibration }),
        ...(hostStart === null || hostEnd === null || hostEnd.at_s <= hostStart.at_s
            ? {}
            : {
                host_cpu: { start: hostStart.ticks, end: hostEnd.ticks, between_s: hostEnd.at_s - hostStart.at_s },
            }),
    };
}
/** The last few lines a client wrote on stderr, as one line. */
function lastLines(text, lines = 5) {
    return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .slice(-lines)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}

// EXTERNAL MODULE: ./src/engine/run-id.ts
var engine_run_id = __webpack_require__(3681);
;// CONCATENATED MODULE: ./src/engine/execute/exec/docker.ts
/**
 * The Docker executor: `docker run --rm -i` with the remote launcher (./remote-launcher.ts) as the container's
 * command, so the script is measured inside the container's own /proc, and its output, samples and exit report
 * come back as frames on the container's stdout (./mux.ts).
 *
 * The working directory (and the script's directory, when it lies outside it) is bind-mounted read-only at the
 * same path, so paths in arguments, tracebacks and `open()` calls mean the same inside and out. Variables travel
 * as `-e KEY` with their values in the docker client's environment, never on its command line; arguments travel
 * in the first frame on stdin. The container has a name of ours (`pyrun-<random>`), so `docker kill` can end it
 * when the launcher cannot be asked.
 *
 * The container has no network unless one is asked for, and the limits asked for (`--memory`, with no swap beyond it,
 * and `--cpus`). The launcher is its PID 1: it handles SIGTERM itself (the kernel would drop a signal PID 1 has no
 * handler for), and it ends the tree and exits when its stdin closes, which happens when pyrun or the docker client
 * dies, however it is killed; `--rm` then removes the container. It reports whether the kernel's OOM killer struck
 * in the container's memory cgroup while the script ran, so a script killed by the memory limit is told from one
 * killed by anything else.
 */








/** Host directories that must never be mounted over the image's own. */
const SYSTEM_DIRS = new Set([
    '/',
    '/bin',
    '/boot',
    '/dev',
    '/etc',
    '/lib',
    '/lib64',
    '/proc',
    '/sbin',
    '/sys',
    '/usr',
    '/var',
]);
function randomContainerName() {
    return `pyrun-${(0,engine_run_id/* randomHex */.n)(6)}`;
}
/** The exact argv of `docker run` for a plan (without the program name). */
function dockerArgs(plan) {
    if (!plan.image || plan.image.startsWith('-') || /\s/.test(plan.image)) {
        throw new Error(`bad docker image: ${JSON.stringify(plan.image)}`);
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(plan.name))
        throw new Error(`bad container name: ${plan.name}`);
    const args = ['run', '--rm', '-i', '--name', plan.name];
    if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(plan.network))
        throw new Error(`bad docker network: ${plan.network}`);
    args.push('--network', plan.network);
    if (plan.memory !== null) {
        if (!/^[1-9][0-9]*[bkmg]?$/i.test(plan.memory))
            throw new Error(`bad docker memory limit: ${plan.memory}`);
        args.push('--memory', plan.memory, '--memory-swap', plan.memory);
    }
    if (plan.cpus !== null) {
        if (!(plan.cpus > 0))
            throw new Error(`bad docker CPU limit: ${plan.cpus}`);
        args.push('--cpus', String(plan.cpus));
    }
    for (const m of plan.mounts) {
        for (const p of [m.host, m.container]) {
            if (!external_node_path_default().isAbsolute(p) || p.includes(':') || p.includes(',')) {
                throw new Error(`cannot mount ${p} into a container: it must be absolute and free of ':' and ','`);
            }
            if (SYSTEM_DIRS.has(external_node_path_default().resolve(p)))
                throw new Error(`refusing to mount ${p} over the image's own ${p}`);
        }
        args.push('-v', `${m.host}:${m.container}${m.readonly ? ':ro' : ''}`);
    }
    args.push('-w', plan.workdir);
    for (const key of plan.envKeys) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            throw new Error(`bad variable name: ${key}`);
        args.push('-e', key);
    }
    args.push(plan.image, plan.python, '-S', '-E', '-c', remoteLauncherProgram());
    return args;
}
/** Plans the container for one launch: mounts, working directory, variables, and the start request. */
function planDockerRun(spec, opts) {
    const cwd = external_node_path_default().resolve(spec.cwd);
    const script = external_node_path_default().resolve(cwd, spec.script);
    const mounts = [{ host: cwd, container: cwd, readonly: true }];
    const scriptDir = external_node_path_default().dirname(script);
    if (external_node_path_default().relative(cwd, scriptDir).startsWith('..') || external_node_path_default().isAbsolute(external_node_path_default().relative(cwd, scriptDir))) {
        mounts.push({ host: scriptDir, container: scriptDir, readonly: true });
    }
    const env = opts.env ?? remoteEnvironment(spec.env);
    const plan = {
        name: opts.name ?? randomContainerName(),
        image: opts.image,
        python: spec.python || 'python3',
        mounts,
        workdir: cwd,
        envKeys: Object.keys(env).sort(),
        network: opts.network ?? 'none',
        memory: opts.memory ?? null,
        cpus: opts.cpus ?? null,
    };
    const request = {
        op: 'start',
        interval_s: opts.interval_s,
        grace_s: opts.grace_s ?? 2,
        args: spec.args,
        env: null, // already the container's, through -e
        script_path: script,
        cwd,
        oom_cgroup: true, // the container's own memory cgroup: its OOM kills are the script's
        calibrate: true, // the machine's speed as the container sees it (`calibration_ms`)
    };
    return { plan, request, clientEnv: { ...spec.env, ...env } };
}
function startDocker(spec, opts) {
    const { plan, request, clientEnv } = planDockerRun(spec, opts);
    const docker = opts.dockerPath ?? 'docker';
    const child = (0,external_node_child_process_.spawn)(docker, dockerArgs(plan), {
        env: clientEnv,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const spawnedAt_ms = monotonicMs();
    const killContainer = () => {
        const killer = (0,external_node_child_process_.spawn)(docker, ['kill', plan.name], { env: clientEnv, stdio: 'ignore', windowsHide: true });
        killer.on('error', () => undefined);
    };
    return driveRemoteLauncher(child, {
        request,
        python: plan.python,
        stdout: opts.stdout,
        stderr: opts.stderr,
        stdin: opts.stdin,
        spawnedAt_ms,
        kill_fallback_s: opts.kill_fallback_s,
        forceKill: killContainer,
        onLost: (end) => describeDockerEnd(plan, end),
    });
}
/** A container that ended without the launcher's report: an error before the start, else killed from outside. */
function describeDockerEnd(plan, end) {
    if (end.started)
        return null;
    const detail = lastLines(end.stderr);
    if (end.code === 126 || end.code === 127) {
        return new ScriptStartError(plan.python, `the interpreter ${plan.python} cannot run in image ${plan.image}: ${detail || `exit ${end.code}`}`);
    }
    return new ScriptStartError(plan.python, `docker run ${plan.image} failed (${end.signal ?? `exit ${end.code}`})${detail ? `: ${detail}` : ''}`);
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/env.ts
/**
 * The script's environment: the caller's, plus `--env` pairs, minus everything the runner and the action keep
 * for themselves. Every `ACTIONS_*` variable (the runtime and results tokens and URLs, the OIDC request token,
 * the cache service, debug switches, and whatever the runner adds next) and every `INPUT_*` variable (the
 * action's inputs hold tokens and webhook secrets) is dropped, whatever the workflow does. `--env` pairs the user
 * gives explicitly are kept as given.
 */
const DROPPED_PREFIXES = ['ACTIONS_', 'INPUT_'];
function dropped(name) {
    const upper = name.toUpperCase();
    return DROPPED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
function scriptEnvironment(base, extra) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined || dropped(key))
            continue;
        env[key] = value;
    }
    for (const [key, value] of Object.entries(extra))
        env[key] = value;
    return env;
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/direct.ts
/**
 * Windows: no fork, no process groups, no launcher. The interpreter runs the script directly, stdio inherited;
 * figures come from the samples alone (`exact: false`), and ending the run kills the script (and, through
 * `taskkill /T`, its tree).
 */



function startDirect(spec) {
    const child = (0,external_node_child_process_.spawn)(spec.python, [spec.script, ...spec.args], {
        cwd: spec.cwd,
        env: spec.env,
        stdio: 'inherit',
        windowsHide: true,
    });
    const spawnedAt_ms = monotonicMs();
    const started = new Promise((resolve, reject) => {
        child.once('spawn', () => resolve({
            script_pid: child.pid,
            sampler_root_pid: child.pid,
            clk_tck: 100,
            page_size: 4096,
            python_version: '',
            spawned_at_ms: spawnedAt_ms,
            fork_age_ms: 0,
            sample_root_included: true,
        }));
        child.once('error', (error) => reject(new Error(error.code === 'ENOENT' ? `interpreter not found: ${spec.python}` : error.message)));
    });
    started.catch(() => undefined);
    const done = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => 
        // No launcher: only what Node saw, the figures come from the samples.
        resolve({
            ...lostExitReport((monotonicMs() - spawnedAt_ms) / 1000, signal ?? null),
            exit_code: code,
        }));
    });
    done.catch(() => undefined);
    const killTree = () => {
        if (process.platform === 'win32' && child.pid) {
            (0,external_node_child_process_.execFile)('taskkill', ['/PID', String(child.pid), '/T', '/F'], () => undefined);
        }
        else
            child.kill('SIGKILL');
    };
    return {
        started,
        done,
        signal: (sig) => (sig === 'SIGKILL' ? killTree() : child.kill(sig)),
        killTree,
    };
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/launcher.ts

/** The interpreter's arguments that run `spec` under the launcher. */
function launcherArgs(spec) {
    const options = spec.profile_path ? [`--profile=${spec.profile_path}`] : [];
    if (spec.module)
        options.push('--module');
    if (spec.calibrate)
        options.push('--calibrate');
    if (spec.counter) {
        options.push(`--valgrind=${spec.counter.valgrind}`, `--instructions=${spec.counter.out_dir}`);
    }
    return ['-S', '-E', (0,python_files/* pythonFile */.PB)('launch.py'), ...options, '--', spec.script, ...spec.args];
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/survivors.ts
/**
 * Processes of a run that outlived it: a daemon the script started with `setsid` and a double fork, after the
 * launcher (the subreaper that ends the tree) was itself killed, is reparented to init and seen by no one. Every
 * process the script starts inherits its environment, so the local executor puts a random marker in it
 * (RUN_MARKER_VAR) and, once the launcher is gone, ends every process of this user whose initial environment
 * (`/proc/<pid>/environ`, which a process cannot rewrite short of exec) still carries the marker: they are frozen
 * with SIGSTOP until a scan finds no new one (so none can fork away meanwhile), then SIGKILLed, and waited for.
 *
 * Not covered: a process that exec'd itself with an environment without the marker before the launcher died (it
 * left pyrun's marker behind on purpose), and processes of another user (a setuid program). Those need a cgroup or
 * a container (the docker executor); see docs/guarantees.md.
 */


/** The variable every process of a local run inherits; its value is unique to the run. */
const RUN_MARKER_VAR = 'PYRUN_RUN_MARKER';
function newRunMarker() {
    return (0,engine_run_id/* randomHex */.n)(16);
}
/** Pids whose initial environment holds `RUN_MARKER_VAR=marker` (this process excluded). */
function markedPids(marker, proc = '/proc') {
    const needle = Buffer.from(`${RUN_MARKER_VAR}=${marker}\0`);
    const pids = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(proc);
    }
    catch {
        return pids; // no /proc (macOS): nothing to scan
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const pid = Number(entry);
        if (pid === process.pid)
            continue;
        let environ;
        try {
            environ = (0,external_node_fs_.readFileSync)(`${proc}/${entry}/environ`);
        }
        catch {
            continue; // gone, or another user's
        }
        const at = environ.indexOf(needle);
        if (at === 0 || (at > 0 && environ[at - 1] === 0))
            pids.push(pid);
    }
    return pids;
}
function signal(pid, sig) {
    try {
        process.kill(pid, sig);
        return true;
    }
    catch {
        return false;
    }
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Ends every process still marked with `marker` (see the header); returns how many there were. Waits up to
 * `wait_ms` for them to be gone (a zombie whose parent is init is reaped by it at once).
 */
async function killMarkedSurvivors(marker, wait_ms = 2000) {
    const frozen = new Set();
    for (let round = 0; round < 50; round++) {
        const fresh = markedPids(marker).filter((pid) => !frozen.has(pid));
        if (fresh.length === 0)
            break;
        for (const pid of fresh)
            if (signal(pid, 'SIGSTOP'))
                frozen.add(pid);
    }
    for (const pid of frozen)
        signal(pid, 'SIGKILL');
    const deadline = Date.now() + wait_ms;
    while (frozen.size > 0 && Date.now() < deadline) {
        const left = new Set(markedPids(marker));
        for (const pid of [...frozen])
            if (!left.has(pid))
                frozen.delete(pid);
        if (frozen.size > 0)
            await sleep(20);
    }
    return frozen.size === 0 ? 0 : frozen.size;
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/local.ts
/**
 * The local executor: starts the launcher (src/python/launcher.py, see ./launcher.ts) on the script in its own
 * session, so the whole tree can be signalled as a group, and reads the launcher's report from fd 3.
 * stdin/stdout/stderr are inherited: the script's output reaches the terminal or log unchanged and unbuffered by
 * pyrun, whatever its size.
 *
 * The launcher's life is tied to pyrun's: it asks the kernel for a signal when pyrun dies and then ends the tree
 * (Linux). If the launcher itself is killed, the script's group is killed here.
 */






const LAUNCHER_SUPPORTED = process.platform !== 'win32';
function startLocal(spec) {
    const marker = newRunMarker(); // every process of the run inherits it: see ./survivors.ts
    // On Linux the launcher times its calibration loop on each core once the tree is gone (the `calibration_ms` metric).
    const args = launcherArgs({ ...spec, calibrate: process.platform === 'linux' });
    const child = (0,external_node_child_process_.spawn)(spec.python, args, {
        cwd: spec.cwd,
        env: { ...spec.env, [RUN_MARKER_VAR]: marker },
        stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
        detached: true, // its own session and process group: signals to pyrun's group do not reach it by accident
        windowsHide: true,
    });
    const spawnedAt_ms = monotonicMs();
    let resolveStarted;
    let rejectStarted;
    const started = new Promise((resolve, reject) => {
        resolveStarted = resolve;
        rejectStarted = reject;
    });
    started.catch(() => undefined); // observed through `done` too
    let scriptPid = null;
    let exitMessage = null;
    let calibration = undefined;
    let startError = null;
    const channel = child.stdio[3];
    if (channel && 'on' in channel) {
        onLines(channel, (line) => {
            let msg;
            try {
                msg = JSON.parse(line);
            }
            catch {
                return;
            }
            if (msg.event === 'started') {
                scriptPid = Number(msg.pid);
                const age_ms = Number(process.hrtime.bigint()) / 1e6 - Number(msg.t_fork) * 1000;
                resolveStarted({
                    script_pid: scriptPid,
                    sampler_root_pid: child.pid,
                    clk_tck: Number(msg.clk_tck) || 100,
                    page_size: Number(msg.page_size) || 4096,
                    python_version: String(msg.python_version ?? ''),
                    spawned_at_ms: spawnedAt_ms,
                    // A clock that disagrees (another base on an exotic platform) must not distort the samples.
                    fork_age_ms: Number.isFinite(age_ms) && age_ms >= 0 && age_ms < 5000 ? age_ms : 0,
                });
            }
            else if (msg.event === 'exited') {
                exitMessage = msg;
            }
            else if (msg.event === 'calibration') {
                calibration = calibrationFrom(msg);
            }
            else if (msg.event === 'error') {
                startError = String(msg.message);
            }
        });
    }
    const done = new Promise((resolve, reject) => {
        const fail = (error) => {
            rejectStarted(error);
            reject(error);
        };
        child.once('error', (error) => {
            fail(new ScriptStartError(spec.python, error.code === 'ENOENT'
                ? `python '${spec.python}' not found`
                : `python '${spec.python}' could not be run: ${error.message}`));
        });
        // 'close' waits for fd 3 to drain, so the launcher's last line has been read.
        child.once('close', (code, signal) => {
            // Whatever the launcher ended, nothing of the run may outlive it (a setsid daemon after the launcher died).
            const wall_fallback_s = (monotonicMs() - spawnedAt_ms) / 1000;
            void killMarkedSurvivors(marker).then(() => settle(code, signal, wall_fallback_s));
        });
        const settle = (code, signal, wall_fallback_s) => {
            if (startError !== null || scriptPid === null) {
                fail(new ScriptStartError(spec.python, startError ?? diedBeforeStart(spec.python, code, signal)));
                return;
            }
            if (exitMessage === null) {
                // The launcher itself was killed: the script's own status is unknown; make sure nothing outlives it.
                killGroup(scriptPid, 'SIGKILL');
                resolve(lostExitReport(wall_fallback_s, signal ?? 'SIGKILL'));
                return;
            }
            const report = exitReportFrom(exitMessage, wall_fallback_s);
            resolve(calibration === undefined ? report : { ...report, calibration });
        };
    });
    done.catch(() => undefined); // the caller awaits `started` first; an early failure must not be unhandled
    return {
        started,
        done,
        signal(sig) {
            if (scriptPid !== null)
                killGroup(scriptPid, sig);
        },
    };
}
/**
 * Calls `online` with each newline-terminated line of `stream` (UTF-8) and with a last unterminated one at its end.
 * (node:readline does the same, but loads six modules on the run's critical path for it.)
 */
function onLines(stream, online) {
    let pending = '';
    stream.setEncoding('utf8'); // a character split across two reads is joined, not mangled
    stream.on('data', (chunk) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop();
        for (const line of lines)
            online(line.endsWith('\r') ? line.slice(0, -1) : line);
    });
    stream.on('end', () => {
        if (pending !== '')
            online(pending);
        pending = '';
    });
}
/** Why the interpreter ended before the launcher could start the script, in one line. */
function diedBeforeStart(python, code, signal) {
    const how = signal !== null ? `was killed by ${signal}` : `exited ${code ?? '?'}`;
    return `python '${python}' ${how} before the script started`;
}
/** Signals a whole process group; a group that has already gone is not an error. */
function killGroup(pgid, sig) {
    try {
        process.kill(-pgid, sig);
    }
    catch {
        /* already gone */
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/python.ts
/**
 * Finds the interpreter and the script before anything runs, so a missing one is one clear line (exit 125)
 * rather than a confusing failure later.
 */



/** Resolves `--python` (or python3, then python) against PATH from the script's environment. */
function resolvePython(requested, envPath, cwd) {
    const candidates = requested ? [requested] : ['python3', 'python'];
    for (const candidate of candidates) {
        const found = findExecutable(candidate, envPath, cwd);
        if (found)
            return found;
    }
    throw new errors/* PyrunError */.Pu(requested
        ? `interpreter not found: ${requested} (--python takes a path or a command on PATH)`
        : 'no Python interpreter found: neither python3 nor python is on PATH (use --python PATH)');
}
function findExecutable(name, envPath, cwd) {
    const exts = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
    const isExecutable = (file) => {
        try {
            if (!(0,external_node_fs_.statSync)(file).isFile())
                return false;
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    };
    if (name.includes('/') || name.includes('\\')) {
        const file = external_node_path_default().resolve(cwd, name);
        return isExecutable(file) ? file : null;
    }
    for (const dir of (envPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const file = external_node_path_default().join(dir, name + ext);
            if (isExecutable(file))
                return file;
        }
    }
    return null;
}
/** The script must be a readable file (relative paths are relative to the working directory). */
function checkScript(script, cwd) {
    const file = external_node_path_default().resolve(cwd, script);
    let ok;
    try {
        ok = (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new errors/* PyrunError */.Pu(`script not found: ${script}${external_node_path_default().isAbsolute(script) ? '' : ` (in ${cwd})`}`);
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/ssh.ts
/**
 * The SSH executor: runs the script on another host with the system `ssh` client (so ~/.ssh/config, the agent and
 * known_hosts apply), measured there by the remote launcher (./remote-launcher.ts).
 *
 * One connection per run. The remote command is `exec PYTHON -S -E -c LAUNCHER`, quoted for the remote POSIX
 * shell; nothing else is on the command line. The script's bytes, arguments and environment travel in the first
 * frame on stdin, so no secret shows in a process list; the launcher writes the script into a private
 * `mkdtemp` directory (mode 700), runs it there and removes the directory when the tree has ended.
 *
 * `signal()` and `killTree()` are control frames on the same connection. Closing the connection ends the tree
 * too: the launcher reads EOF on its stdin (ssh sends no SIGHUP without a tty) and terminates the script's
 * process group (TERM, grace, KILL). If the launcher does not report within `kill_fallback_s` of `killTree()`,
 * the ssh client is killed, which closes the connection and so reaches the same end.
 *
 * A connection lost mid-run (ssh exits 255 without the launcher's exit report) rejects `done` with
 * `SshConnectionLost`; a failure to connect or authenticate rejects `started` with ssh's own message.
 */








class SshConnectionLost extends Error {
    host;
    constructor(host, detail) {
        super(`ssh connection to ${host} lost${detail ? `: ${detail}` : ''}`);
        this.name = 'SshConnectionLost';
        this.host = host;
    }
}
/** Quotes one word for a POSIX shell: the shell reads it back as exactly these bytes. */
function shellQuote(word) {
    if (word.includes('\0'))
        throw new Error('a shell word cannot contain a NUL byte');
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The remote command line: the launcher under the remote interpreter, exec'd so it is sshd's direct child. */
function remoteCommand(python) {
    return ['exec', shellQuote(python), '-S', '-E', '-c', shellQuote(remoteLauncherProgram())].join(' ');
}
/** The ssh client's argv (without the program): options, `--`, destination, remote command. */
function sshArgs(target, command) {
    const { host } = target;
    if (!host || host.startsWith('-') || /[\s\0]/.test(host))
        throw new Error(`bad ssh host: ${JSON.stringify(host)}`);
    const args = ['-T', '-e', 'none', '-o', 'BatchMode=yes'];
    args.push('-o', `StrictHostKeyChecking=${target.strictHostKeyChecking === false ? 'no' : 'yes'}`);
    if (target.knownHosts)
        args.push('-o', `UserKnownHostsFile=${configWord(target.knownHosts)}`);
    args.push('-o', `ConnectTimeout=${Math.max(1, Math.round(target.connect_timeout_s ?? 10))}`);
    // A dead network is noticed within 15 s instead of TCP's minutes: the run then reports the lost connection.
    args.push('-o', 'ServerAliveInterval=5', '-o', 'ServerAliveCountMax=3', '-o', 'LogLevel=ERROR');
    if (target.port !== undefined && target.port !== null) {
        if (!Number.isInteger(target.port) || target.port < 1 || target.port > 65535) {
            throw new Error(`bad ssh port: ${target.port}`);
        }
        args.push('-p', String(target.port));
    }
    if (target.key)
        args.push('-i', target.key, '-o', 'IdentitiesOnly=yes');
    if (target.user) {
        if (target.user.startsWith('-'))
            throw new Error(`bad ssh user: ${JSON.stringify(target.user)}`);
        args.push('-l', target.user);
    }
    args.push('--', host, command);
    return args;
}
/** ssh's config reader splits values on whitespace: a path with spaces goes in double quotes. */
function configWord(value) {
    if (value.includes('"'))
        throw new Error(`a path for ssh cannot contain '"': ${value}`);
    return /\s/.test(value) ? `"${value}"` : value;
}
function startSsh(spec, ssh) {
    const scriptFile = external_node_path_default().resolve(spec.cwd, spec.script);
    const request = {
        op: 'start',
        interval_s: ssh.interval_s,
        grace_s: ssh.grace_s ?? 2,
        args: spec.args,
        env: ssh.env ?? remoteEnvironment(spec.env),
        script_b64: (0,external_node_fs_.readFileSync)(scriptFile).toString('base64'),
        script_name: external_node_path_default().basename(scriptFile),
        calibrate: true, // the machine's speed there, as a local run reads its own (`calibration_ms`)
    };
    const python = spec.python || 'python3';
    const child = (0,external_node_child_process_.spawn)(ssh.sshPath ?? 'ssh', sshArgs(ssh, remoteCommand(python)), {
        env: spec.env, // HOME, SSH_AUTH_SOCK: the client's own configuration and agent
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const spawnedAt_ms = monotonicMs();
    const where = ssh.user ? `${ssh.user}@${ssh.host}` : ssh.host;
    return driveRemoteLauncher(child, {
        request,
        python,
        stdout: ssh.stdout,
        stderr: ssh.stderr,
        stdin: ssh.stdin,
        spawnedAt_ms,
        kill_fallback_s: ssh.kill_fallback_s,
        forceKill: () => child.kill('SIGTERM'),
        onLost: (end) => describeSshEnd(where, python, end),
    });
}
/** Why an ssh run ended without the launcher's report, as the error its caller shows. */
function describeSshEnd(where, python, end) {
    const detail = lastLines(end.stderr);
    if (end.started) {
        if (end.code === 255 || end.signal !== null) {
            return new SshConnectionLost(where, detail || (end.signal ? `ssh ended by ${end.signal}` : 'ssh exited 255'));
        }
        return new Error(`the remote launcher on ${where} ended (exit ${end.code}) without reporting${detail ? `: ${detail}` : ''}`);
    }
    if (end.code === 255)
        return new ScriptStartError(python, `ssh to ${where} failed: ${detail || 'no message from ssh'}`);
    if (end.code === 126 || end.code === 127) {
        return new ScriptStartError(python, `the remote interpreter ${python} cannot run on ${where}: ${detail || `exit ${end.code}`}`);
    }
    return new ScriptStartError(python, `the remote launcher on ${where} ended (${end.signal ?? end.code}) before the script started${detail ? `: ${detail}` : ''}`);
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/choose.ts







function chooseExecutor(config, io) {
    if (config.module !== null && config.executor !== 'local') {
        // The remote executors ship one script file; a module needs its package on the remote side.
        throw new errors/* PyrunError */.Pu(`--module runs with the local executor only (not ${config.executor}): run a script there`);
    }
    if (config.module === null)
        checkScript(config.script, io.cwd); // every executor ships or mounts the local script
    const env = scriptEnvironment(io.env, config.env);
    if (config.executor === 'ssh') {
        return {
            python: config.python ?? 'python3',
            env,
            start: (spec) => startSsh(spec, {
                host: config.ssh.host,
                user: config.ssh.user,
                port: config.ssh.port,
                key: io.ssh_key_file ?? config.ssh.key,
                knownHosts: io.ssh_known_hosts_file ?? config.ssh.known_hosts,
                strictHostKeyChecking: !config.ssh.accept_unknown_host,
                interval_s: config.interval_s,
                grace_s: config.grace_s,
                stdout: io.stdout,
                stderr: io.stderr,
                stdin: io.stdin ?? null,
                env: config.env,
            }),
        };
    }
    if (config.executor === 'docker') {
        return {
            python: config.python ?? 'python3',
            env,
            start: (spec) => startDocker(spec, {
                image: config.docker_image,
                memory: config.docker_memory,
                cpus: config.docker_cpus,
                network: config.docker_network,
                interval_s: config.interval_s,
                grace_s: config.grace_s,
                stdout: io.stdout,
                stderr: io.stderr,
                stdin: io.stdin ?? null,
                env: config.env,
            }),
        };
    }
    return {
        python: resolvePython(config.python, env.PATH, io.cwd),
        env,
        start: LAUNCHER_SUPPORTED ? startLocal : startDirect,
    };
}

;// CONCATENATED MODULE: ./src/engine/execute/profile/paths.ts
/**
 * Where a profiled run's files go. Apart from ./index.ts, so that preparing a run does not load the profile readers
 * (and node:fs/promises) unless the run is profiled: an unprofiled run's start-up stays short.
 */

const DEFAULT_PROFILE_DIR = '.pyrun/profiles';
/**
 * Where a run's profile files go: `<profile_dir>/<run_id>.pstats` and `.speedscope.json` when a directory is
 * given; else beside the `--json` file (`out/run.json` → `out/run.pstats`, `out/run.speedscope.json`); else in
 * DEFAULT_PROFILE_DIR. Relative paths are resolved against `base_dir`.
 */
function profilePaths(options) {
    let stem;
    if (options.profile_dir)
        stem = external_node_path_default().join(external_node_path_default().resolve(options.base_dir, options.profile_dir), options.run_id);
    else if (options.json_path) {
        const json = external_node_path_default().resolve(options.base_dir, options.json_path);
        stem = external_node_path_default().join(external_node_path_default().dirname(json), external_node_path_default().basename(json, external_node_path_default().extname(json)));
    }
    else
        stem = external_node_path_default().join(external_node_path_default().resolve(options.base_dir, DEFAULT_PROFILE_DIR), options.run_id);
    return { pstats_path: `${stem}.pstats`, speedscope_path: `${stem}.speedscope.json` };
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/types.ts
/** What ran, as people write it: the script's path, or `-m package.module`. */
function launchLabel(launch) {
    return launch.module ? `-m ${launch.script}` : launch.script;
}

;// CONCATENATED MODULE: ./src/engine/rules/evaluate.ts

function evaluateCondition(condition, scope) {
    const comparisons = [];
    const truth = evaluate(condition, scope, comparisons);
    return { truth, comparisons };
}
/**
 * The comparison that explains an outcome: the first that agrees with the overall result
 * (the first failing one of a failed gate, the first holding one of a passed gate), else the first.
 */
function explainingComparison(outcome) {
    return outcome.comparisons.find((c) => c.truth === outcome.truth) ?? outcome.comparisons[0];
}
/** Checks every gate on the run's metrics. `baseline(metric)` is undefined when there is no history. */
function evaluateGates(rules, metrics, baseline) {
    const scope = { metric: (name) => metrics[name] ?? null, baseline };
    return rules.map((rule) => {
        const outcome = evaluateCondition(rule.condition, scope);
        const { actual, limit } = explainingComparison(outcome);
        if (outcome.truth === 'unknown') {
            return { expr: rule.source, passed: true, status: 'insufficient_history', actual, limit: null };
        }
        return {
            expr: rule.source,
            passed: outcome.truth,
            status: outcome.truth ? 'passed' : 'failed',
            actual,
            limit,
        };
    });
}
function evaluate(condition, scope, out) {
    switch (condition.kind) {
        case 'compare':
            return compare(condition, scope, out);
        case 'not': {
            const inner = evaluate(condition.operand, scope, out);
            return inner === 'unknown' ? 'unknown' : !inner;
        }
        case 'logic': {
            // Both sides are always evaluated, so every comparison is reported.
            const left = evaluate(condition.left, scope, out);
            const right = evaluate(condition.right, scope, out);
            const decisive = condition.op === 'and' ? false : true;
            if (left === decisive || right === decisive)
                return decisive;
            if (left === 'unknown' || right === 'unknown')
                return 'unknown';
            return !decisive;
        }
    }
}
function compare(comparison, scope, out) {
    // baseline stands for the baseline of the one metric on the left (the parser guarantees there is one).
    const subject = metricsOf(comparison.left)[0];
    const left = value(comparison.left, scope, subject);
    const right = value(comparison.right, scope, subject);
    let truth;
    if (left === 'no-baseline' || right === 'no-baseline')
        truth = 'unknown';
    else if (left === 'null-metric' || right === 'null-metric')
        truth = false;
    else
        truth = holds(comparison.op, left, right);
    out.push({ comparison, truth, actual: reported(left), limit: reported(right) });
    return truth;
}
function holds(op, left, right) {
    switch (op) {
        case '<':
            return left < right;
        case '<=':
            return left <= right;
        case '>':
            return left > right;
        case '>=':
            return left >= right;
        case '==':
            return left === right;
        case '!=':
            return left !== right;
    }
}
function value(expr, scope, subject) {
    switch (expr.kind) {
        case 'number':
            return expr.value;
        case 'metric':
            return scope.metric(expr.name) ?? 'null-metric';
        case 'baseline':
            return (subject === undefined ? undefined : scope.baseline(subject)) ?? 'no-baseline';
        case 'negate': {
            const operand = value(expr.operand, scope, subject);
            return typeof operand === 'number' ? -operand : operand;
        }
        case 'arithmetic': {
            const left = value(expr.left, scope, subject);
            const right = value(expr.right, scope, subject);
            if (left === 'no-baseline' || right === 'no-baseline')
                return 'no-baseline';
            if (left === 'null-metric' || right === 'null-metric')
                return 'null-metric';
            return arithmetic(expr.op, left, right);
        }
    }
}
function arithmetic(op, left, right) {
    switch (op) {
        case '+':
            return left + right;
        case '-':
            return left - right;
        case '*':
            return left * right;
        case '/':
            return left / right; // x / 0 is ±Infinity or NaN, and NaN compares false: no crash, no special case.
    }
}
/** JSON has no NaN or Infinity: a side that is not a finite number is reported as null. */
function reported(side) {
    return typeof side === 'number' && Number.isFinite(side) ? side : null;
}

;// CONCATENATED MODULE: ./src/engine/rules/alerts-live.ts

/** Tolerance for sample times that are sums of binary fractions (0.1 + 0.2 is not 0.3). */
const TIME_EPSILON_S = 1e-9;
class AlertEvaluator {
    states;
    /** Takes every alert rule; event rules (`on failure`, …) are left to `firesOnEvent`. */
    constructor(rules) {
        this.states = thresholdRules(rules).map((rule) => ({ rule, holding_since_s: null, fired: false }));
    }
    observe(sample) {
        const scope = {
            metric: (name) => sample[name] ?? null,
            baseline: () => undefined,
        };
        const triggers = [];
        for (const state of this.states) {
            const outcome = evaluateCondition(state.rule.condition, scope);
            if (outcome.truth !== true) {
                state.holding_since_s = null;
                state.fired = false;
                continue;
            }
            state.holding_since_s ??= sample.elapsed_s;
            const held_s = sample.elapsed_s - state.holding_since_s;
            if (state.fired || held_s + TIME_EPSILON_S < (state.rule.for_s ?? 0))
                continue;
            state.fired = true;
            triggers.push({
                rule: state.rule.source,
                at_s: sample.elapsed_s,
                value: explainingComparison(outcome).actual,
            });
        }
        return triggers;
    }
}
function thresholdRules(rules) {
    return rules.filter((rule) => rule.kind === 'threshold');
}
/** The `on <event>` rules. */
function eventRules(rules) {
    return rules.filter((rule) => rule.kind === 'event');
}
/** Whether an event rule fires for a run that ended with these events. */
function firesOnEvent(rule, events) {
    return events.has(rule.event);
}

// EXTERNAL MODULE: ./src/engine/verdicts.ts
var engine_verdicts = __webpack_require__(5094);
;// CONCATENATED MODULE: ./src/engine/alerts/run-alerts.ts
/**
 * The pipeline's alert step, for one run: its alert rules of both kinds. Threshold rules (`rss_mb > 400`,
 * `cpu_percent > 95 for 10s`) watch every sample while the script runs and fire at once; end-of-run events
 * (`on failure`, `on timeout`, `on regression`, `on gate_failed`) fire once the run is judged. Each firing goes to the
 * run's channels (the dispatcher, which never blocks), is one warning line, and is one entry of the record's
 * `alerts`. Deliveries still in flight are awaited after the run is remembered, so a slow channel never delays the
 * history write.
 */


class RunAlerts {
    rules;
    sink;
    warn;
    fired = [];
    live;
    constructor(rules, sink, warn) {
        this.rules = rules;
        this.sink = sink;
        this.warn = warn;
        this.live = new AlertEvaluator(rules);
    }
    /** The run's hooks with each sample checked against the threshold rules first. */
    watching(hooks) {
        return {
            ...hooks,
            onSample: (sample) => {
                for (const t of this.live.observe(sample))
                    this.fire(t.rule, t.at_s, t.value, 'threshold');
                hooks.onSample?.(sample);
            },
        };
    }
    /** The end-of-run events of the judged run fire; the record comes back with every alert of the run. */
    atEnd(judged) {
        const events = new Set();
        if (judged.status === 'failed')
            events.add('failure');
        if (judged.status === 'timeout')
            events.add('timeout');
        if ((0,engine_verdicts/* regressedMetrics */.k)(judged).length > 0)
            events.add('regression');
        if (judged.gates.some((g) => !g.passed))
            events.add('gate_failed');
        for (const rule of eventRules(this.rules)) {
            if (firesOnEvent(rule, events))
                this.fire(rule.source, judged.duration_s, null, 'event');
        }
        return { ...judged, alerts: this.fired };
    }
    /** Waits for the deliveries still in flight, at most `max_wait_ms` (the dispatcher warns about what it abandons). */
    async delivered(max_wait_ms) {
        await this.sink?.drain(max_wait_ms);
    }
    fire(rule, at_s, value, kind) {
        const channels = this.sink?.fire({ rule, at_s, value, kind }) ?? [];
        this.fired.push({ rule, at_s, value, channels });
        const shown = value === null ? '' : ` (value ${round(value)})`;
        this.warn(`alert: ${rule}${shown} at ${at_s.toFixed(1)} s${channels.length ? ` → ${channels.join(', ')}` : ''}`);
    }
}
function round(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

;// CONCATENATED MODULE: ./src/engine/execute/instructions/valgrind.ts
/**
 * `--instructions` needs valgrind where the script runs. It is looked up before anything runs, so a machine without
 * it is one line that says how to install it (exit 125), never a silent fallback to timing.
 */


/** What installs valgrind, by the package managers of the systems it runs on (Linux; Intel macOS only). */
const VALGRIND_INSTALL_HINT = 'install it: `sudo apt-get install -y valgrind` (Debian, Ubuntu, GitHub runners), `sudo dnf install valgrind` ' +
    '(Fedora, RHEL), `sudo apk add valgrind` (Alpine); valgrind does not run on macOS on Apple silicon or on Windows';
/** The valgrind on PATH, or a PyrunError naming the flag and how to install it. */
function resolveValgrind(envPath, cwd) {
    const found = findExecutable('valgrind', envPath, cwd);
    if (found === null) {
        throw new errors/* PyrunError */.Pu(`--instructions needs valgrind, which is not on PATH: ${VALGRIND_INSTALL_HINT}`);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/engine/prepare.ts
/**
 * The pipeline's prepare step: everything that can be refused is refused here, before any script starts — rules,
 * export targets, the script and the interpreter, the executor's settings, a report path that is the history file.
 * A refusal is a PyrunError naming the input at fault (exit 125); what comes out is each run ready to execute, the
 * report files resolved, and the history file's path.
 */












/** Where `--instructions` runs keep their callgrind files, one folder per run, without --instructions-dir. */
const DEFAULT_INSTRUCTIONS_DIR = '.pyrun/instructions';
/** Parses every rule; a bad one is a PyrunError naming the rule and the position. */
function parseRules(gates, alerts) {
    try {
        return { gates: gates.map((g) => parseGate(g)), alerts: alerts.map((a) => parseAlert(a)) };
    }
    catch (error) {
        if (error instanceof RuleError)
            throw new errors/* PyrunError */.Pu(`bad rule: ${error.message}`);
        throw error;
    }
}
function channelConfig(config) {
    return {
        slack_webhook: config.slack_webhook,
        webhook_url: config.webhook_url,
        webhook_secret: config.webhook_secret,
        smtp_url: config.smtp_url,
        email_to: config.email_to,
    };
}
/** Every secret a configuration holds, so a face can mask it before anything prints. */
function configSecrets(config) {
    const secrets = (0,mask/* channelSecrets */.zF)(channelConfig(config));
    try {
        secrets.push(...(0,target/* parseExportTargets */.E3)(config.exports).flatMap(target/* targetSecrets */.$h));
    }
    catch {
        /* refused by prepareRun, with the input named */
    }
    return secrets;
}
function prepareRun(config, facts, io, warn, choose = chooseExecutor) {
    const rules = parseRules(config.gates, config.alerts);
    let exports;
    try {
        exports = (0,target/* parseExportTargets */.E3)(config.exports);
    }
    catch (error) {
        const lines = error.message.split('\n');
        throw new errors/* PyrunError */.Pu(lines.map((line) => `bad --export ${line}`).join('\n'));
    }
    const executor = choose(config, io);
    const run_id = (0,engine_run_id/* newRunId */.F)();
    const profile = config.profile
        ? {
            ...profilePaths({
                run_id,
                base_dir: facts.base_dir,
                profile_dir: config.profile_dir,
                json_path: config.json_path,
            }),
            base_dir: io.cwd,
        }
        : null;
    const instructions = config.instructions
        ? {
            valgrind: resolveValgrind(executor.env.PATH, io.cwd),
            out_dir: external_node_path_default().join(external_node_path_default().resolve(facts.base_dir, config.instructions_dir ?? DEFAULT_INSTRUCTIONS_DIR), run_id),
        }
        : null;
    const spec = {
        name: config.name,
        launch: {
            python: executor.python,
            script: config.module ?? config.script,
            ...(config.module !== null ? { module: true } : {}),
            args: config.args,
            cwd: io.cwd,
            // Counts repeat only if str and bytes hashes do: a fixed seed unless the user chose one (it is recorded).
            env: instructions ? { PYTHONHASHSEED: '0', ...executor.env } : executor.env,
            ...(instructions ? { counter: instructions } : {}),
        },
        interval_s: config.interval_s,
        timeout_s: config.timeout_s,
        grace_s: config.grace_s,
        retries: config.retries,
        retry_delay_s: config.retry_delay_s,
        retry_backoff: config.retry_backoff,
        repeat: config.repeat,
        warmup: config.warmup,
        executor: config.executor,
        host: config.executor === 'ssh' ? config.ssh.host : config.executor === 'docker' ? config.docker_image : null,
        git_ref: facts.git_ref,
        git_sha: facts.git_sha,
        is_pull_request: facts.is_pull_request,
        pyrun_version: facts.pyrun_version,
        run_id,
    };
    const channels = channelConfig(config);
    const alertSink = channels.slack_webhook || channels.webhook_url || channels.smtp_url
        ? new AlertDispatcher(channels, {
            series: config.name,
            script: launchLabel(spec.launch),
            run_id,
            host: (0,external_node_os_.hostname)(),
            run_url: facts.run_url,
        }, { warn })
        : null;
    return {
        config,
        spec,
        start: executor.start,
        rules,
        exports,
        alerts: new RunAlerts(rules.alerts, alertSink, warn),
        profile,
        secrets: configSecrets(config),
    };
}
/** Resolves a user's path against the directory the run was started from. */
function resolveFrom(facts, file) {
    return external_node_path_default().resolve(facts.base_dir, file);
}
/** Refuses bad input (PyrunError, exit 125) and returns the runs ready to execute; nothing is started. */
function preparePipeline(request, ports) {
    return request.configs.map((config) => prepareRun(config, request.facts, { ...ports, cwd: resolveFrom(request.facts, config.cwd ?? '.') }, (message) => ports.log.warn(message), ports.chooseExecutor));
}
/** The prepare step: the report files resolved, the runs prepared (preparePipeline), then no report may be the history file. */
async function prepare(request, ports) {
    const reports = reportPathsOf(request.configs[0], request.facts);
    const runs = preparePipeline(request, ports);
    const history = request.history
        ? { file: resolveFrom(request.facts, request.history.path), mode: request.history.mode }
        : null;
    if (Object.values(reports).some(Boolean)) {
        // A report path that is a history (this run's or any other pyrun history), its lock, or a symlink to either:
        // refused before anything runs, with or without a history of its own.
        const { refuseReportOverHistory } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3706));
        await refuseReportOverHistory({ ...reports }, history === null ? [] : [history.file]);
    }
    return { runs, reports, history };
}
/** The report files a config asks for, resolved against the run's base directory. */
function reportPathsOf(config, facts) {
    const at = (file) => (file ? resolveFrom(facts, file) : null);
    return {
        json: at(config.json_path),
        junit: at(config.junit_path),
        tap: at(config.tap_path),
        summary: at(config.summary_path),
        html: at(config.html_path),
        benchmark_action: at(config.benchmark_action_path),
        bmf: at(config.bmf_path),
        hyperfine: at(config.hyperfine_path),
    };
}

;// CONCATENATED MODULE: ./src/version.ts
/** pyrun's version; a test keeps it equal to package.json's. */
const PYRUN_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/engine/ports.ts
/**
 * The engine's ports: everything it needs from the outside world, as small interfaces. Real implementations live
 * beside the code that uses them; tests pass hand-written fakes (a manual clock, a scripted /proc).
 */

/** The real clock; its timers take any delay (./timers.ts chains Node's, which stop at 2^31-1 ms). */
const systemClock = {
    now_ms: monotonicMs,
    setTimer: (callback, delay_ms) => setLongTimer(nodeTimerHost, callback, delay_ms),
    clearTimer: (handle) => handle.cancel(),
};

;// CONCATENATED MODULE: ./src/engine/execute/sample/linux.ts
/**
 * The only /proc reads in pyrun. Synchronous on purpose: each read is a few microseconds of kernel text, far
 * cheaper than a promise round-trip per file, and a tick must not interleave with the process tree changing.
 */


/** One buffer for every read: /proc files are small, and readFileSync's stat-and-allocate doubles the cost. */
let buffer = Buffer.alloc(16 * 1024);
function read(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch {
        return null; // the process exited between listing and reading: not an error
    }
    try {
        let length = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
            if (length === buffer.length) {
                const bigger = Buffer.alloc(buffer.length * 2);
                buffer.copy(bigger);
                buffer = bigger;
            }
        }
        return buffer.toString('latin1', 0, length);
    }
    catch {
        return null;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
class LinuxProcSource {
    root;
    /** Whether this kernel has /proc/<pid>/task/<tid>/children (CONFIG_PROC_CHILDREN); probed on first use. */
    childrenFiles;
    constructor(root = '/proc') {
        this.root = root;
    }
    stat(pid) {
        const text = read(`${this.root}/${pid}/stat`);
        return text === null ? null : parseStat(text);
    }
    children(pid) {
        if (this.childrenFiles === false)
            return null;
        let tids;
        try {
            tids = (0,external_node_fs_.readdirSync)(`${this.root}/${pid}/task`);
        }
        catch {
            return this.childrenFiles ? [] : null;
        }
        const pids = [];
        for (const tid of tids) {
            const text = read(`${this.root}/${pid}/task/${tid}/children`);
            if (text === null) {
                if (this.childrenFiles === undefined)
                    this.childrenFiles = false;
                if (this.childrenFiles === false)
                    return null;
                continue;
            }
            this.childrenFiles = true;
            pids.push(...parseChildren(text));
        }
        return pids;
    }
    allPids() {
        const pids = [];
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(this.root);
        }
        catch {
            return pids; // no /proc here (macOS): nothing to walk
        }
        for (const name of names) {
            const c = name.charCodeAt(0);
            if (c >= 48 && c <= 57)
                pids.push(Number(name));
        }
        return pids;
    }
    io(pid) {
        const text = read(`${this.root}/${pid}/io`);
        return text === null ? null : parseIo(text);
    }
    fdCount(pid) {
        try {
            return (0,external_node_fs_.readdirSync)(`${this.root}/${pid}/fd`).length;
        }
        catch {
            return null;
        }
    }
    hostCpu() {
        const text = read(`${this.root}/stat`);
        const host = text === null ? null : parseHostCpu(text);
        if (host === null)
            return null;
        const own = process.cpuUsage();
        return { ...host, own_cpu_s: (own.user + own.system) / 1e6 };
    }
    lastPid() {
        const text = read(`${this.root}/loadavg`);
        return text === null ? null : parseLastPid(text);
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/profile/diff.ts
const DEFAULT_PROFILE_DIFF_ROWS = 10;
const DEFAULT_MIN_GROWTH_FRACTION = 0.01;
/** Every function either list names, once (own-time list first). */
function functionsOf(profile) {
    const out = new Map();
    for (const entry of [...profile.top_own, ...profile.top_cumulative])
        if (!out.has(entry.function))
            out.set(entry.function, entry);
    return out;
}
/** `file:line(name)` → `file(name)`; names without a line (built-ins) stay as they are. */
function withoutLine(fn) {
    return fn.replace(/:\d+\(/, '(');
}
function profileDiff(current, baseline, opts = {}) {
    const rows = opts.rows ?? DEFAULT_PROFILE_DIFF_ROWS;
    const minGrowth = (opts.min_growth_fraction ?? DEFAULT_MIN_GROWTH_FRACTION) * (current.total_s ?? 0);
    const now = functionsOf(current);
    const before = functionsOf(baseline);
    const top_n = opts.top_n ?? Math.max(baseline.top_own.length, baseline.top_cumulative.length);
    // A full own-time list hides functions below its last entry; a shorter one listed them all.
    const ownBound = baseline.top_own.length >= top_n && baseline.top_own.length > 0
        ? Math.min(...baseline.top_own.map((e) => e.own_s))
        : 0;
    const unique = (names) => {
        const seen = new Map();
        for (const name of names) {
            const key = withoutLine(name);
            seen.set(key, seen.has(key) ? null : name);
        }
        const out = new Map();
        for (const [key, name] of seen)
            if (name !== null)
                out.set(key, name);
        return out;
    };
    const beforeByName = unique([...before.keys()].filter((name) => !now.has(name)));
    const nowByName = unique([...now.keys()].filter((name) => !before.has(name)));
    const grown = [];
    for (const [name, entry] of now) {
        let old = before.get(name);
        if (old === undefined) {
            const key = withoutLine(name);
            const candidate = beforeByName.get(key);
            if (candidate !== undefined && nowByName.get(key) === name)
                old = before.get(candidate);
        }
        const baseOwn = old?.own_s ?? ownBound;
        const growth_s = entry.own_s - baseOwn;
        if (!(growth_s > 0) || growth_s < minGrowth)
            continue;
        grown.push({
            function: name,
            baseline_own_s: old === undefined ? null : old.own_s,
            current_own_s: entry.own_s,
            growth_s,
            growth_pct: old !== undefined && old.own_s > 0 ? (growth_s / old.own_s) * 100 : null,
            baseline_cumulative_s: old === undefined ? null : old.cumulative_s,
            current_cumulative_s: entry.cumulative_s,
        });
    }
    grown.sort((a, b) => b.growth_s - a.growth_s || (a.function < b.function ? -1 : 1));
    return { baseline_run_id: baseline.run_id, grown: grown.slice(0, rows) };
}

;// CONCATENATED MODULE: ./src/engine/execute/profile/run.ts
/**
 * `--profile` around one run, in one place. Before the script starts: the profile's folder made, stale files of
 * an earlier run removed, and the launch pointed at the stats file. After it ends: the stats read into the record's
 * `profile` (top functions) and a speedscope file written beside them. Once the run is judged: its profile diffed
 * against the newest baseline run that has one. Trouble is a warning, never a lost record. The readers (and
 * node:fs/promises) are loaded only for a profiled run, so an unprofiled run's start-up does without them.
 */

/**
 * The launch to start: with the profile path set when `--profile` asks for one and its folder can be made; else
 * the launch unchanged (a remote executor cannot profile: one warning).
 */
async function profiledLaunch(launch, executor, profile, warn) {
    if (!profile)
        return launch;
    if (executor !== 'local') {
        warn(`--profile works with the local executor only; this run (${executor}) is not profiled`);
        return launch;
    }
    const { prepareProfileFiles } = await __webpack_require__.e(/* import() */ 395).then(__webpack_require__.bind(__webpack_require__, 7395));
    try {
        await prepareProfileFiles(profile);
    }
    catch (error) {
        warn(`cannot profile this run: ${error.message}`);
        return launch;
    }
    return { ...launch, profile_path: profile.pstats_path };
}
/** The record's `profile` from the stats the run left; when they cannot be read, an empty one saying why. */
async function readRunProfile(profile, run, warn) {
    const { collectProfile, missingProfile } = await __webpack_require__.e(/* import() */ 395).then(__webpack_require__.bind(__webpack_require__, 7395));
    try {
        return await collectProfile({
            ...profile,
            python: run.python,
            name: run.name,
            exporter: `pyrun@${run.pyrun_version}`,
        });
    }
    catch (error) {
        const why = error.message;
        warn(`no profile for this run: ${why}`);
        return missingProfile(profile, why);
    }
}
/** The profile diff against the newest baseline run with a readable profile (baseline runs come newest first). */
function withProfileDiff(record, baselineRuns) {
    if (!record.profile || record.profile.error !== undefined)
        return record;
    const base = baselineRuns.find((r) => r.profile && r.profile.error === undefined && r.profile.top_own.length > 0);
    if (!base?.profile)
        return record;
    return { ...record, profile_diff: profileDiff(record.profile, { ...base.profile, run_id: base.run_id }) };
}

// EXTERNAL MODULE: ./src/engine/history/downsample.ts
var downsample = __webpack_require__(2911);
// EXTERNAL MODULE: ./src/engine/analysis/benchmark-stats.ts
var benchmark_stats = __webpack_require__(1808);
;// CONCATENATED MODULE: ./src/engine/execute/sample/portable.ts
/**
 * Sampling where there is no /proc (macOS, Windows): one `ps` a tick finds the tree (Windows: the root only) and
 * pidusage reads each process. Less exact than ./sampler.ts, and documented so: no thread counts (one a process),
 * no I/O counters, no open fds, and CPU of a child that lived and died between two ticks is missed unless the
 * launcher reports it at the end (it does on macOS).
 */



function psProcesses() {
    if (process.platform === 'win32')
        return Promise.resolve([]);
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 5000 }, (error, stdout) => {
            if (error)
                return resolve([]);
            const rows = [];
            for (const line of stdout.split('\n')) {
                const [pid, ppid] = line.trim().split(/\s+/).map(Number);
                if (Number.isInteger(pid) && Number.isInteger(ppid))
                    rows.push({ pid: pid, ppid: ppid });
            }
            resolve(rows);
        });
    });
}
class PortableSampler {
    opts;
    totals = emptyTotals();
    prev_ms;
    prev_cpu_s = 0;
    constructor(opts) {
        this.opts = opts;
        this.prev_ms = opts.start_ms;
    }
    /** The pids of the tree under the root (and the root itself when counted). */
    async treePids() {
        const all = await (this.opts.listProcesses ?? psProcesses)();
        const children = new Map();
        for (const { pid, ppid } of all)
            children.set(ppid, [...(children.get(ppid) ?? []), pid]);
        const found = this.opts.includeRoot ? [this.opts.rootPid] : [];
        const queue = [this.opts.rootPid];
        const seen = new Set(queue);
        while (queue.length > 0) {
            for (const child of children.get(queue.pop()) ?? []) {
                if (seen.has(child))
                    continue;
                seen.add(child);
                found.push(child);
                queue.push(child);
            }
        }
        return found;
    }
    async measure(now_ms) {
        const pids = await this.treePids();
        // One call per pid: a process that exits mid-tick must not spoil the others' figures.
        // pidusage is loaded here, on the platforms that sample this way: a Linux run never loads it.
        const { default: pidusage } = await __webpack_require__.e(/* import() */ 636).then(__webpack_require__.t.bind(__webpack_require__, 7636, 23));
        const stats = await Promise.allSettled(pids.map((pid) => pidusage(pid)));
        let cpu_s = 0;
        let rss_bytes = 0;
        let largest = 0;
        let processes = 0;
        for (const s of stats) {
            if (s.status !== 'fulfilled')
                continue;
            processes += 1;
            cpu_s += s.value.ctime / 1000;
            rss_bytes += s.value.memory;
            largest = Math.max(largest, s.value.memory);
        }
        cpu_s = Math.max(cpu_s, this.prev_cpu_s);
        const dt_s = (now_ms - this.prev_ms) / 1000;
        const cpu_percent = dt_s > 0 ? ((cpu_s - this.prev_cpu_s) / dt_s) * 100 : 0;
        this.prev_ms = now_ms;
        this.prev_cpu_s = cpu_s;
        const measured = {
            sample: {
                elapsed_s: (now_ms - this.opts.start_ms) / 1000,
                cpu_percent,
                rss_mb: rss_bytes / types/* BYTES_PER_MB */.o_,
                threads: processes,
                processes,
                read_mb: 0,
                write_mb: 0,
                open_fds: null,
            },
            rss_bytes,
            read_bytes: 0,
            write_bytes: 0,
            cpu_time_s: cpu_s,
            largest_process_rss_bytes: largest,
        };
        addSample(this.totals, measured);
        return measured;
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/ticker.ts
function startTicker(clock, interval_s, tick) {
    const interval_ms = interval_s * 1000;
    if (!(interval_ms > 0) || !Number.isFinite(interval_ms))
        throw new RangeError(`a tick interval must be a positive number of seconds (got ${interval_s})`);
    const start_ms = clock.now_ms();
    let k = 1;
    let handle;
    let stopped = false;
    const schedule = () => {
        const now = clock.now_ms();
        k = nextTick(start_ms, interval_ms, k, now);
        handle = clock.setTimer(fire, start_ms + k * interval_ms - now);
    };
    const fire = () => {
        if (stopped)
            return;
        k += 1;
        tick(clock.now_ms());
        if (!stopped)
            schedule();
    };
    schedule();
    return {
        stop() {
            stopped = true;
            clock.clearTimer(handle);
        },
    };
}
/**
 * The index of the next tick on the schedule start + k·interval: at least `k`, and after `now`. Deadlines already
 * missed (a stalled event loop) are skipped in one step, however many, rather than fired in a burst.
 */
function nextTick(start_ms, interval_ms, k, now_ms) {
    let next = Math.max(k, Math.floor((now_ms - start_ms) / interval_ms) + 1);
    if (start_ms + next * interval_ms <= now_ms)
        next += 1; // floating point put it on the deadline itself
    return next;
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/probes.ts
/** The most a window of probing every gap lasts, whatever the interval. */
const MAX_WINDOW_MS = 1000;
/** The gap is the interval over this, kept between the bounds below. */
const PROBES_PER_INTERVAL = 20;
const MIN_GAP_MS = 10;
const MAX_GAP_MS = 25;
/** Between windows, how often pyrun asks whether a process was created. */
const WATCH_GAP_MS = 100;
/** The gap is at least this many times the last probe's cost. */
const COST_FACTOR = 20;
function startProbes(clock, interval_s, hooks) {
    const interval_ms = interval_s * 1000;
    const window_ms = Math.min(interval_ms, MAX_WINDOW_MS);
    const gap_ms = Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, interval_ms / PROBES_PER_INTERVAL));
    let watching = hooks.spawned !== undefined; // until it first says it cannot tell
    let dense_until = clock.now_ms() + window_ms;
    let handle = null;
    let stopped = false;
    let cost_ms = 0;
    const schedule = () => {
        handle = null;
        const dense = clock.now_ms() < dense_until;
        if (stopped || (!watching && !dense))
            return;
        handle = clock.setTimer(fire, Math.max(dense ? gap_ms : WATCH_GAP_MS, gap_ms, COST_FACTOR * cost_ms));
    };
    const fire = () => {
        if (stopped)
            return;
        const before = clock.now_ms();
        const spawned = watching ? (hooks.spawned?.() ?? null) : null;
        if (spawned === null)
            watching = false;
        if (before < dense_until || spawned === true) {
            const fresh = hooks.probe();
            const after = clock.now_ms();
            cost_ms = after - before;
            if (fresh)
                dense_until = after + window_ms;
        }
        schedule();
    };
    schedule();
    return {
        wake() {
            if (stopped)
                return;
            dense_until = clock.now_ms() + window_ms;
            if (handle === null)
                schedule();
        },
        stop() {
            stopped = true;
            if (handle !== null)
                clock.clearTimer(handle);
            handle = null;
        },
    };
}
/** `spawned` for a source of the last pid given out: whether it moved since the last call. */
function pidWatch(lastPid) {
    let last = lastPid();
    return () => {
        const now = lastPid();
        if (now === null)
            return null;
        const moved = now !== last;
        last = now;
        return moved;
    };
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/survivors.ts

/**
 * Finds the survivors among `sampled` and their descendants, then calls `kill` on each (parents first, all found
 * before any is killed, so no child is lost to a reparenting). Returns the pids killed.
 */
function endSurvivors(source, sampled, kill) {
    const doomed = [];
    const seen = new Set();
    const add = (p) => {
        if (seen.has(p.pid) || p.state === 'Z' || p.state === 'X')
            return;
        seen.add(p.pid);
        doomed.push(p.pid);
    };
    for (const { pid, starttime } of sampled) {
        const now = source.stat(pid);
        if (now === null || now.starttime !== starttime)
            continue; // gone, or the pid is someone else's now
        add(now);
        for (const child of descendants(source, pid))
            add(child);
    }
    for (const pid of doomed)
        kill(pid);
    return doomed;
}
/** SIGKILL to one process by pid; one that is already gone is no error. */
function killPid(pid) {
    try {
        process.kill(pid, 'SIGKILL');
    }
    catch {
        /* already gone */
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/sample/calibration.ts
/**
 * How fast the cores the script ran on ran ordinary interpreter work: the `calibration_ms` metric.
 *
 * A run on a shared VM can take 1.5–1.9× its usual CPU time while nothing in the VM looks busier: the host slows one
 * vCPU at a time, for seconds to minutes (another guest's thread on its hyperthread sibling), and the guest counts
 * the lost time as the script's own (no steal is reported). On this project's 2-core VM one core ran a fixed Python
 * loop in 0.65 ms while the other took 1.2 ms, and a minute later the other way round. Once the script's tree is
 * gone, the launcher (src/python/launcher.py, `calibrate`) times a fixed loop of Python work pinned on each core in
 * turn; the sampler has noted which cores the tree's CPU time went to (TreeSampler.coreWeights); the reading is
 * the loop's time on those cores, weighted by the script's CPU time on each. A loop timed on whichever core pyrun
 * happened to run on read a slowed script's machine as normal as often as not.
 */
/**
 * The loop's milliseconds on the cores the script ran on: the mean of the launcher's readings weighted by the
 * script's CPU time on each core, rounded to the microsecond. Without weights for any core that has a reading (a
 * script too short for the sampler to see where it ran), the slowest core's reading: a slow core may have been the
 * script's. An unpinned reading (key -1) stands for every core. Null without readings.
 */
function calibrationOnCores(readings, weights) {
    if (readings === undefined || readings.size === 0)
        return null;
    const unpinned = readings.get(-1);
    if (unpinned !== undefined)
        return calibration_round(unpinned);
    let sum = 0;
    let weight = 0;
    for (const [cpu, w] of weights) {
        const ms = readings.get(cpu);
        if (ms === undefined || !(w > 0))
            continue;
        sum += ms * w;
        weight += w;
    }
    return calibration_round(weight > 0 ? sum / weight : Math.max(...readings.values()));
}
const calibration_round = (ms) => Math.round(ms * 1000) / 1000;

;// CONCATENATED MODULE: ./src/engine/execute/sample/series-buffer.ts
const MAX_BUFFERED_SAMPLES = 20_000;
class SeriesBuffer {
    buffer = [];
    max_samples;
    constructor(max_samples = MAX_BUFFERED_SAMPLES) {
        this.max_samples = Math.max(2, max_samples);
    }
    push(sample) {
        this.buffer.push(sample);
        if (this.buffer.length > this.max_samples)
            this.halve();
    }
    samples() {
        return this.buffer.slice();
    }
    halve() {
        const kept = [];
        for (let i = 0; i < this.buffer.length; i += 2) {
            const a = this.buffer[i];
            const b = this.buffer[i + 1];
            if (b === undefined)
                kept.push(a);
            else if (b.rss_mb > a.rss_mb || (b.rss_mb === a.rss_mb && b.cpu_percent > a.cpu_percent))
                kept.push(b);
            else
                kept.push(a);
        }
        this.buffer = kept;
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/once.ts









async function executeOnce(spec, deps, opts) {
    const { clock, proc } = deps;
    const running = deps.start(spec);
    opts.onSpawned?.();
    const start = await running.started; // throws when the script cannot start: nothing else to clean up
    const series = new SeriesBuffer();
    let ended = false;
    const take = (m) => {
        // A tick after the tree is gone (or before it began) is no sample of the script: no phantom zero.
        if (ended || treeGone(m))
            return;
        series.push(m.sample);
        opts.onSample?.(m.sample);
    };
    let totals;
    let stopSampling = () => undefined;
    /** The machine's CPU as the script starts, where pyrun samples it here (a remote launcher reads its own). */
    let hostStart = null;
    /** After the run: end what survived a launcher that is gone (local /proc sampling only). */
    let endLeftovers = () => undefined;
    /** Where the tree's CPU time went, by core (local /proc sampling only). */
    let coreWeights = () => new Map();
    if (running.subscribeSamples) {
        totals = emptyTotals();
        const remoteTotals = totals;
        running.subscribeSamples((m) => {
            if (ended)
                return;
            addSample(remoteTotals, m);
            take(m);
        });
        coreWeights = () => running.coreWeights?.() ?? new Map();
    }
    else if ((deps.sampling ?? (process.platform === 'linux' ? 'procfs' : 'portable')) === 'portable') {
        const sampler = new PortableSampler({
            rootPid: start.sampler_root_pid,
            includeRoot: start.sample_root_included === true,
            start_ms: clock.now_ms() - start.fork_age_ms,
        });
        totals = sampler.totals;
        let busy = false; // a slow `ps` must not pile ticks up
        const ticker = startTicker(clock, opts.interval_s, (now_ms) => {
            if (busy)
                return;
            busy = true;
            void sampler
                .measure(now_ms)
                .then(take, () => undefined)
                .finally(() => (busy = false));
        });
        stopSampling = () => ticker.stop();
    }
    else {
        const sampler = new TreeSampler(proc, {
            rootPid: start.sampler_root_pid,
            rootIsLauncher: true,
            clk_tck: start.clk_tck,
            page_size: start.page_size,
            start_ms: clock.now_ms() - start.fork_age_ms,
        });
        totals = sampler.totals;
        const ticks = proc.hostCpu?.() ?? null;
        if (ticks !== null)
            hostStart = { ticks, at_ms: clock.now_ms() };
        // Between samples, probes for the tree's peaks (./sample/probes.ts); a sample that finds a new process wakes them.
        const lastPid = proc.lastPid?.bind(proc);
        const probes = startProbes(clock, opts.interval_s, {
            probe: () => sampler.probe(),
            spawned: lastPid === undefined ? undefined : pidWatch(lastPid),
        });
        const ticker = startTicker(clock, opts.interval_s, (now_ms) => {
            const seen = sampler.distinct_processes;
            take(sampler.measure(now_ms));
            if (sampler.distinct_processes > seen)
                probes.wake();
        });
        stopSampling = () => {
            ticker.stop();
            probes.stop();
        };
        endLeftovers = () => void endSurvivors(proc, sampler.sampledProcesses(), killPid);
        coreWeights = () => sampler.coreWeights();
    }
    let timed_out = false;
    let interrupted = null;
    const timers = [];
    const end = (first) => {
        running.signal(first);
        timers.push(clock.setTimer(() => {
            running.signal('SIGKILL');
            if (running.killTree)
                running.killTree();
            // A descendant that left the script's process group (setsid) is still in the tree: end it by pid.
            else
                for (const p of descendants(proc, start.sampler_root_pid))
                    killPid(p.pid);
        }, opts.grace_s * 1000));
    };
    if (opts.timeout_s !== null) {
        timers.push(clock.setTimer(() => {
            timed_out = true;
            end('SIGTERM');
        }, opts.timeout_s * 1000));
    }
    opts.onInterruptible?.((sig) => {
        if (interrupted !== null) {
            running.signal('SIGKILL'); // a second Ctrl-C means now
            return;
        }
        interrupted = sig;
        end(sig);
    });
    try {
        const exit = await running.done;
        const hostEnd = hostStart === null ? null : (proc.hostCpu?.() ?? null);
        // The launcher's calibration loop ran before this reading: its CPU is pyrun's own, not a neighbour's.
        const launcherOwn_s = exit.calibration?.cpu_s ?? 0;
        // A remote launcher reads its own machine, and counts its calibration in its own CPU.
        const host_cpu = hostStart === null || hostEnd === null
            ? (exit.host_cpu ?? null)
            : {
                start: hostStart.ticks,
                end: { ...hostEnd, own_cpu_s: hostEnd.own_cpu_s + launcherOwn_s },
                between_s: (clock.now_ms() - hostStart.at_ms) / 1000,
            };
        const calibration_ms = host_cpu === null ? null : calibrationOnCores(exit.calibration?.ms_by_cpu, coreWeights());
        // Without the launcher's report nothing reaped the tree: end any process of it that is still there.
        if (!exit.exact)
            endLeftovers();
        return {
            start,
            exit,
            series: series.samples(),
            totals,
            timed_out,
            interrupted,
            host_cpu,
            calibration_ms,
        };
    }
    finally {
        ended = true;
        stopSampling();
        for (const t of timers)
            clock.clearTimer(t);
    }
}

;// CONCATENATED MODULE: ./src/engine/execute/retry.ts
/** Waits grow no longer than this (unless the first wait asked for is longer: then that one is the cap). */
const MAX_RETRY_DELAY_S = 60;
/** Each wait is drawn uniformly within ±20% of its nominal length. */
const RETRY_JITTER = 0.2;
/**
 * The wait before retry number `retry` (1 = the first retry): `delay_s × backoff^(retry−1)`, at most the cap,
 * jittered by `random()` (in [0, 1); 0.5 means no jitter) and never past the cap. 0 when `delay_s` is 0.
 */
function retryDelay_s(retry, delay_s, backoff, random) {
    if (!(delay_s > 0))
        return 0;
    const cap_s = Math.max(MAX_RETRY_DELAY_S, delay_s);
    const nominal_s = Math.min(delay_s * backoff ** (retry - 1), cap_s);
    const jittered_s = nominal_s * (1 + RETRY_JITTER * (2 * random() - 1));
    return Math.min(Math.max(jittered_s, 0), cap_s);
}
/**
 * Waits `delay_s` on the clock. `onInterruptible` receives a function that ends the wait early (pyrun got
 * SIGINT/SIGTERM between attempts); resolves with that signal, or null when the wait ran its course.
 */
function pause(clock, delay_s, onInterruptible) {
    return new Promise((resolve) => {
        const timer = clock.setTimer(() => resolve(null), delay_s * 1000);
        onInterruptible?.((sig) => {
            clock.clearTimer(timer);
            resolve(sig);
        });
    });
}

// EXTERNAL MODULE: ./src/engine/analysis/robust.ts
var robust = __webpack_require__(9456);
;// CONCATENATED MODULE: ./src/engine/medians.ts
/** Benchmark mode's medians over repeated runs: one implementation, for the record and for the verdicts. */


/** Per field, the median of its finite values over `runs`; null where no run has one. The one median of repeats. */
function medians_medianByField(runs, fields) {
    const out = {};
    for (const field of fields) {
        const values = runs
            .map((r) => r[field])
            .filter((v) => typeof v === 'number' && Number.isFinite(v));
        out[field] = values.length === 0 ? null : (0,robust/* median */.JZ)(values);
    }
    return out;
}
/**
 * The record's metrics in benchmark mode: every run metric the median of the measured runs (exact bytes stay
 * whole numbers), except the exit code, which is the last run's.
 */
function medianRunMetrics(runs) {
    const medians = medians_medianByField(runs, engine_metrics/* RUN_METRIC_FIELDS */.tG);
    for (const row of engine_metrics/* RUN_ROWS */.kg) {
        if ('bytes_field' in row) {
            const bytes = medians[row.bytes_field];
            medians[row.bytes_field] = bytes === null ? null : Math.round(bytes);
        }
    }
    return { ...medians, exit_code: runs[runs.length - 1]?.exit_code ?? null };
}

;// CONCATENATED MODULE: ./src/engine/execute/measure.ts

function measure(m) {
    const { exit, totals } = m;
    const duration_s = exit.wall_s;
    const cpu_time_s = exit.cpu_time_s ?? totals.cpu_time_s;
    const sampled = totals.samples > 0;
    const whole_run_percent = duration_s > 0 ? (cpu_time_s / duration_s) * 100 : 0;
    const peak_rss_bytes = Math.max(totals.peak_tree_rss_bytes, totals.peak_process_rss_bytes, exit.maxrss_bytes ?? 0);
    const read_bytes = exit.read_bytes ?? totals.read_bytes;
    const write_bytes = exit.write_bytes ?? totals.write_bytes;
    return {
        duration_s,
        cpu_time_s,
        // A run shorter than one interval has no samples: its whole-run average is the honest figure.
        cpu_percent_avg: sampled ? totals.cpu_percent_sum / totals.samples : whole_run_percent,
        cpu_percent_max: sampled ? totals.cpu_percent_max : whole_run_percent,
        peak_rss_mb: peak_rss_bytes / types/* BYTES_PER_MB */.o_,
        peak_rss_bytes,
        max_threads: Math.max(totals.max_threads, 1),
        max_processes: Math.max(totals.max_processes, 1),
        read_mb: read_bytes / types/* BYTES_PER_MB */.o_,
        read_bytes,
        write_mb: write_bytes / types/* BYTES_PER_MB */.o_,
        write_bytes,
        cpu_user_s: exit.rusage?.cpu_user_s ?? null,
        cpu_system_s: exit.rusage?.cpu_system_s ?? null,
        minor_faults: exit.rusage?.minor_faults ?? null,
        major_faults: exit.rusage?.major_faults ?? null,
        voluntary_ctx_switches: exit.rusage?.voluntary_ctx_switches ?? null,
        involuntary_ctx_switches: exit.rusage?.involuntary_ctx_switches ?? null,
        instructions: m.instruction_count ?? null,
        neighbour_cores: neighbourCores(m, cpu_time_s),
        calibration_ms: m.calibration_ms ?? null,
        exit_code: exit.exit_code,
    };
}
/**
 * The cores other work kept busy while the script ran: the machine's busy CPU time between the two readings, less
 * the tree's own and pyrun's own, over the time between them. Null where the machine's CPU was not read (remote
 * runs, no /proc).
 */
function neighbourCores(m, cpu_time_s) {
    const host = m.host_cpu;
    if (host === null || host.between_s <= 0 || m.start.clk_tck <= 0)
        return null;
    const busy_s = (host.end.busy_ticks - host.start.busy_ticks) / m.start.clk_tck;
    const own_s = host.end.own_cpu_s - host.start.own_cpu_s;
    const others = (busy_s - cpu_time_s - own_s) / host.between_s;
    return Math.round(Math.max(0, others) * 1000) / 1000;
}
/** The status of one execution, before gates and regressions are judged. */
function executionStatus(m) {
    if (m.timed_out)
        return 'timeout';
    return m.exit.exit_code === 0 && m.exit.signal === null ? 'passed' : 'failed';
}

;// CONCATENATED MODULE: ./src/engine/execute/run-script.ts
/**
 * Runs the script as the run asks: once, with retries of a failed attempt, or as a benchmark of warm-up plus
 * measured runs; executes each (./once.ts), measures each (./measure.ts), and assembles the run record's measured
 * part. Judging it (gates, baseline, verdicts) is ../judge.ts's work; this file only measures.
 */








/** The measured run record: everything but gates, alerts, baseline and verdicts (empty here). */
async function runScript(spec, deps, hooks = {}) {
    const started_at = new Date().toISOString();
    const attempts = [];
    let executions = 0;
    let lastInstrumented;
    const options = {
        interval_s: spec.interval_s,
        timeout_s: spec.timeout_s,
        grace_s: spec.grace_s,
        onSample: hooks.onSample,
        onInterruptible: hooks.onInterruptible,
        onSpawned: hooks.onSpawned,
    };
    /** One execution; under `--instructions`, in its own folder of callgrind files, and its count read after. */
    const executeOne = async () => {
        executions += 1;
        // Loaded only for an instrumented run (node:fs/promises and the callgrind reader are off the plain path).
        const counting = spec.launch.counter ? await __webpack_require__.e(/* import() */ 358).then(__webpack_require__.bind(__webpack_require__, 2358)) : null;
        const launch = counting ? await counting.instrumentedLaunch(spec.launch, executions) : spec.launch;
        const m = await executeOnce(launch, deps, options);
        if (!counting)
            return m;
        const counts = await counting.executionCounts(launch, executionStatus(m) === 'passed');
        lastInstrumented = counting.instrumentation(launch, counts);
        return { ...m, instruction_count: counts?.total ?? null };
    };
    const executeWithRetries = async (label) => {
        for (let attempt = 1;; attempt += 1) {
            const m = await executeOne();
            attempts.push({
                attempt, // counted per run: under --repeat every measured run's first try is attempt 1
                exit_code: m.exit.exit_code,
                signal: m.exit.signal,
                duration_s: m.exit.wall_s,
                timed_out: m.timed_out,
            });
            const ok = executionStatus(m) === 'passed';
            if (ok || m.interrupted !== null || attempt > spec.retries)
                return m;
            const wait_s = retryDelay_s(attempt, spec.retry_delay_s ?? 0, spec.retry_backoff ?? 2, deps.random ?? Math.random);
            const when = wait_s > 0 ? ` in ${wait_s.toFixed(1)} s` : '';
            hooks.onProgress?.(`${label}attempt ${attempt} of ${spec.retries + 1} ${describeFailure(m)}; retrying${when}`);
            if (wait_s > 0) {
                const interrupted = await pause(deps.clock, wait_s, hooks.onInterruptible);
                if (interrupted !== null)
                    return { ...m, interrupted }; // stopped while waiting: no more attempts
            }
        }
    };
    let last;
    let metrics;
    let repeats;
    if (spec.repeat <= 1 && spec.warmup === 0) {
        last = await executeWithRetries('');
        metrics = measure(last);
    }
    else {
        for (let i = 1; i <= spec.warmup; i += 1) {
            hooks.onProgress?.(`warm-up ${i}/${spec.warmup}`);
            last = await executeWithRetries(`warm-up ${i}: `);
            if (executionStatus(last) !== 'passed' || last.interrupted)
                break;
        }
        attempts.length = 0; // warm-ups are not part of the record
        repeats = [];
        for (let i = 1; i <= spec.repeat; i += 1) {
            hooks.onProgress?.(`run ${i}/${spec.repeat}`);
            last = await executeWithRetries(`run ${i}: `);
            repeats.push(measure(last));
            if (executionStatus(last) !== 'passed' || last.interrupted)
                break;
        }
        last = last;
        metrics = { ...medianRunMetrics(repeats), exit_code: last.exit.exit_code };
    }
    return {
        name: spec.name,
        run_id: spec.run_id ?? (0,engine_run_id/* newRunId */.F)(),
        started_at,
        status: executionStatus(last),
        signal: last.exit.signal,
        ...(last.exit.oom_killed ? { oom_killed: true } : {}),
        ...metrics,
        samples: last.totals.samples,
        series: (0,downsample/* downsample */.Jd)(last.series, downsample/* MAX_SERIES_SAMPLES */.vu),
        interval_s: spec.interval_s,
        gates: [],
        alerts: [],
        baseline: {},
        verdicts: {},
        attempts,
        ...(repeats ? { repeats, benchmark: (0,benchmark_stats/* repeatStatistics */.rH)(repeats) } : {}),
        ...(lastInstrumented ? { instrumentation: lastInstrumented } : {}),
        is_pull_request: spec.is_pull_request,
        os: last.start.os ?? process.platform,
        arch: last.start.arch ?? process.arch,
        python_version: last.start.python_version,
        executor: spec.executor,
        host: spec.host ?? null,
        git_ref: spec.git_ref,
        git_sha: spec.git_sha,
        script: launchLabel(spec.launch),
        pyrun_version: spec.pyrun_version,
    };
}
function describeFailure(m) {
    if (m.timed_out)
        return 'timed out';
    if (m.exit.signal)
        return `was killed by ${m.exit.signal}`;
    return `exited ${m.exit.exit_code}`;
}

;// CONCATENATED MODULE: ./src/engine/execute/index.ts
/**
 * The pipeline's execute step, for one prepared run: run the script as the run asks (./run-script.ts: retries,
 * warm-ups, measured runs) and measure it, under cProfile when `--profile` asks (./profile/run.ts). Nothing else:
 * judging it, its end-of-run alerts and the history are later steps. The live alerts watch the samples through
 * the hooks they are given.
 */




/** The measured record: metrics, samples, attempts; its gates, baseline, verdicts and alerts still empty. */
async function execute(run, deps) {
    const warn = (message) => deps.log.warn(message);
    const launch = await profiledLaunch(run.spec.launch, run.spec.executor, run.profile, warn);
    const measured = await runScript({ ...run.spec, launch }, { clock: deps.clock, proc: deps.proc, start: run.start }, deps.hooks);
    if (!run.profile || launch.profile_path === undefined)
        return measured;
    const about = { python: launch.python, name: run.spec.name, pyrun_version: run.spec.pyrun_version };
    return { ...measured, profile: await readRunProfile(run.profile, about, warn) };
}
/**
 * The record of a run whose script never started (its interpreter died first, ScriptStartError): no measurement,
 * status failed, `error` naming the cause. It exits 125 and is never remembered.
 */
function unstartedRecord(run, error) {
    const metrics = Object.fromEntries(engine_metrics/* RUN_METRIC_FIELDS */.tG.map((field) => [field, (0,engine_metrics/* metricRow */.dh)(field)?.nullable ? null : 0]));
    return {
        ...metrics,
        name: run.spec.name,
        run_id: run.spec.run_id ?? '',
        started_at: new Date().toISOString(),
        status: 'failed',
        signal: null,
        error,
        samples: 0,
        series: [],
        interval_s: run.spec.interval_s,
        gates: [],
        alerts: [],
        baseline: {},
        verdicts: {},
        attempts: [],
        is_pull_request: run.spec.is_pull_request,
        os: process.platform,
        arch: process.arch,
        python_version: 'unknown',
        executor: run.spec.executor,
        host: run.spec.host ?? null,
        git_ref: run.spec.git_ref,
        git_sha: run.spec.git_sha,
        script: launchLabel(run.spec.launch),
        pyrun_version: run.spec.pyrun_version,
    };
}

// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/report/benchmark.ts
var benchmark = __webpack_require__(7922);
// EXTERNAL MODULE: ./src/engine/report/gates.ts
var report_gates = __webpack_require__(2118);
// EXTERNAL MODULE: ./src/engine/report/numbers.ts
var numbers = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/engine/report/script-outcome.ts
var script_outcome = __webpack_require__(1315);
// EXTERNAL MODULE: ./src/engine/analysis/baseline.ts
var analysis_baseline = __webpack_require__(7602);
;// CONCATENATED MODULE: ./src/engine/analysis/ranks.ts
/** Ranks of a sample with ties averaged (mid-ranks), shared by Spearman's rho and the Mann-Whitney U test. */
/** Mid-ranks of `values` (which must be finite). Deterministic: ties are resolved by value, not by position. */
function rankWithTies(values) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const ranks = new Array(values.length);
    const tie_sizes = [];
    let start = 0;
    while (start < order.length) {
        let end = start;
        while (end + 1 < order.length && values[order[end + 1]] === values[order[start]])
            end += 1;
        // Positions start..end (0-based) hold ranks start+1..end+1; their mean is (start+end)/2 + 1.
        const midRank = (start + end) / 2 + 1;
        for (let k = start; k <= end; k += 1)
            ranks[order[k]] = midRank;
        tie_sizes.push(end - start + 1);
        start = end + 1;
    }
    return { ranks, tie_sizes };
}
/** Mid-ranks only. */
function midRanks(values) {
    return rankWithTies(values).ranks;
}

;// CONCATENATED MODULE: ./src/engine/analysis/mannwhitney.ts
/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided.
 *
 * U_x counts the pairs (x_i, y_j) with x_i > y_j, a tie counting one half; equivalently U_x = R_x − n_x(n_x+1)/2
 * where R_x is the sum of the mid-ranks of x in the pooled sample.
 *
 * The p-value is the normal approximation with both corrections:
 *   mean = n_x·n_y/2,
 *   variance = n_x·n_y/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1)))   (tie correction, t = size of each tie group),
 *   'greater' (x tends to be larger):  z = (U_x − mean − 0.5)/sd,  p = P(Z ≥ z),
 *   'less'    (x tends to be smaller): z = (U_x − mean + 0.5)/sd,  p = P(Z ≤ z)   (continuity correction).
 * When every value is tied the variance is 0 and there is no evidence either way: p = 1.
 *
 * mannWhitneyExactP gives the exact null distribution for samples without ties, to check the approximation.
 */


/** P(Z ≤ z) for a standard normal Z (erf of simple-statistics, absolute error below 1.2e-7). */
function normalCdf(z) {
    if (z === Infinity)
        return 1;
    if (z === -Infinity)
        return 0;
    return Math.min(1, Math.max(0, 0.5 * (1 + (0,robust/* errorFunction */.T7)(z / Math.SQRT2))));
}
/** One-sided Mann-Whitney U test of `x` against `y` (both non-empty, finite). */
function mannWhitneyU(x, y, alternative) {
    const n_x = x.length;
    const n_y = y.length;
    if (n_x === 0 || n_y === 0)
        throw new Error('mannWhitneyU needs two non-empty samples');
    if (![...x, ...y].every(Number.isFinite))
        throw new Error('mannWhitneyU needs finite values');
    const n = n_x + n_y;
    const { ranks, tie_sizes } = rankWithTies([...x, ...y]);
    let rankSumX = 0;
    for (let i = 0; i < n_x; i += 1)
        rankSumX += ranks[i];
    const u = rankSumX - (n_x * (n_x + 1)) / 2;
    const mean = (n_x * n_y) / 2;
    const tieTerm = tie_sizes.reduce((sum, t) => sum + (t * t * t - t), 0);
    const variance = ((n_x * n_y) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return { u, n_x, n_y, z: 0, p_value: 1 };
    const sd = Math.sqrt(variance);
    if (alternative === 'greater') {
        const z = (u - mean - 0.5) / sd;
        return { u, n_x, n_y, z, p_value: 1 - normalCdf(z) };
    }
    const z = (u - mean + 0.5) / sd;
    return { u, n_x, n_y, z, p_value: normalCdf(z) };
}
/** Largest n_x·n_y for which the exact distribution is computed (the work grows as (n_x·n_y)²/4). */
const MAX_EXACT_CELLS = 10_000;
/**
 * The exact null distribution of U_x for samples of sizes n_x and n_y without ties: element u is P(U_x = u).
 * Recursion on the largest pooled value: it belongs to x with probability a/(a+b) and then beats all b values
 * of y, so P_{a,b}(u) = a/(a+b)·P_{a−1,b}(u − b) + b/(a+b)·P_{a,b−1}(u).
 */
function mannWhitneyExactDistribution(n_x, n_y) {
    if (!Number.isInteger(n_x) || !Number.isInteger(n_y) || n_x < 0 || n_y < 0) {
        throw new Error(`sample sizes must be non-negative integers, got ${n_x} and ${n_y}`);
    }
    if (n_x * n_y > MAX_EXACT_CELLS) {
        throw new Error(`exact distribution limited to n_x·n_y ≤ ${MAX_EXACT_CELLS}, got ${n_x * n_y}`);
    }
    // previous[a] holds P_{a,b-1}; current[a] is built as P_{a,b}.
    let previous = [];
    for (let a = 0; a <= n_x; a += 1)
        previous.push([1]); // b = 0: U is always 0.
    for (let b = 1; b <= n_y; b += 1) {
        const current = [[1]]; // a = 0: U is always 0.
        for (let a = 1; a <= n_x; a += 1) {
            const dist = new Array(a * b + 1).fill(0);
            const withX = current[a - 1]; // P_{a-1,b}
            const withY = previous[a]; // P_{a,b-1}
            for (let u = 0; u < withX.length; u += 1)
                dist[u + b] += (a / (a + b)) * withX[u];
            for (let u = 0; u < withY.length; u += 1)
                dist[u] += (b / (a + b)) * withY[u];
            current.push(dist);
        }
        previous = current;
    }
    return previous[n_x];
}
/** Exact one-sided p-value of an observed U_x without ties: P(U ≥ u) for 'greater', P(U ≤ u) for 'less'. */
function mannWhitneyExactP(n_x, n_y, u, alternative) {
    const dist = mannWhitneyExactDistribution(n_x, n_y);
    let p = 0;
    for (let k = 0; k < dist.length; k += 1) {
        if (alternative === 'greater' ? k >= u : k <= u)
            p += dist[k];
    }
    return Math.min(1, p);
}

;// CONCATENATED MODULE: ./src/engine/analysis/rank-guard.ts
/**
 * The rank guard of a verdict: whatever the spreads say, a value is called regressed only when it is also above the
 * baseline's highest value (its second highest from RANK_GUARD_SECOND_FROM = 10 baseline runs on), improved only
 * below the lowest (second lowest).
 *
 * Real runs on a shared machine are not log-normal: a busy neighbour makes CPU and wall time two-humped (a run shares
 * a core for its whole length or not), a sampler sees two workers overlap or not, and a robust spread learnt from the
 * lower hump calls the upper one "regressed" again and again. A run no slower than one the baseline already holds as
 * unchanged is no evidence of a regression, whatever its shape. When runs are exchangeable, an unchanged run passes
 * the guard with probability at most 1/(n+1) (2/(n+1) from 10 runs), and with two confirming re-runs (./confirm.ts)
 * all three together at most 1/C(n+3,3) (4/C(n+3,3)).
 */
/** From this many baseline values on, the rank guard is the second highest (lowest) value, below it the highest. */
const RANK_GUARD_SECOND_FROM = 10;
/** The baseline value a rise must exceed ('up') or a fall undercut ('down'); null without baseline values. */
function rankGuard(history, direction) {
    const finite = history.filter(Number.isFinite);
    if (finite.length === 0)
        return null;
    const sorted = [...finite].sort((a, b) => (direction === 'up' ? b - a : a - b));
    return sorted[finite.length >= RANK_GUARD_SECOND_FROM ? 1 : 0];
}
/** Whether `value` passes the rank guard of `history` in the direction it moved from `centre`. */
function passesRankGuard(value, centre, history) {
    if (history === undefined)
        return true;
    const up = value > centre;
    const guard = rankGuard(history, up ? 'up' : 'down');
    return guard === null || (up ? value > guard : value < guard);
}

;// CONCATENATED MODULE: ./src/engine/analysis/verdict-factors.ts
/**
 * Generated by scripts/calibrate-verdict.mjs (400000 seeded draws per n): do not edit by hand.
 *
 * SMALL_SAMPLE_FACTORS[n − 2] is k(n) for n = 2..30 baseline runs: under iid normal noise a new run lies
 * above median + k(n)·spread of the n runs (spread: 1.0483·median|xᵢ − xⱼ|) with probability 0.005 (one-sided). More runs than 30 use k(30).
 */
const SMALL_SAMPLE_ALPHA = 0.005;
const SMALL_SAMPLE_MIN_N = 2;
const SMALL_SAMPLE_FACTORS = [
    52.87, // n = 2
    8.225, // n = 3
    5.314, // n = 4
    5.274, // n = 5
    4.314, // n = 6
    3.962, // n = 7
    3.717, // n = 8
    3.498, // n = 9
    3.372, // n = 10
    3.289, // n = 11
    3.207, // n = 12
    3.159, // n = 13
    3.079, // n = 14
    3.053, // n = 15
    3.026, // n = 16
    2.994, // n = 17
    2.961, // n = 18
    2.946, // n = 19
    2.93, // n = 20
    2.915, // n = 21
    2.896, // n = 22
    2.867, // n = 23
    2.859, // n = 24
    2.849, // n = 25
    2.819, // n = 26
    2.82, // n = 27
    2.812, // n = 28
    2.818, // n = 29
    2.795, // n = 30
];
/**
 * WINDOW_FACTORS[n − 2] is k₃(n): under the same noise the median of 3 more runs lies above median + k₃(n)·spread of
 * the n runs before them with probability 0.0025 (one-sided). More runs than 30 use k₃(30).
 */
const WINDOW_RUNS = 3;
const WINDOW_ALPHA = 0.0025;
const WINDOW_FACTORS = [
    83.593, // n = 2
    8.709, // n = 3
    5.116, // n = 4
    4.994, // n = 5
    3.922, // n = 6
    3.416, // n = 7
    3.158, // n = 8
    2.932, // n = 9
    2.795, // n = 10
    2.672, // n = 11
    2.595, // n = 12
    2.519, // n = 13
    2.479, // n = 14
    2.421, // n = 15
    2.378, // n = 16
    2.336, // n = 17
    2.305, // n = 18
    2.312, // n = 19
    2.252, // n = 20
    2.273, // n = 21
    2.232, // n = 22
    2.223, // n = 23
    2.191, // n = 24
    2.188, // n = 25
    2.162, // n = 26
    2.174, // n = 27
    2.153, // n = 28
    2.141, // n = 29
    2.147, // n = 30
];

;// CONCATENATED MODULE: ./src/engine/analysis/verdict.ts
/**
 * The verdict on one metric: did this run get worse (or better) than its baseline? For every metric higher is
 * worse (duration, CPU, memory, I/O, threads, processes).
 *
 * Single run ('median±k·spread'): regressed when the value is above the baseline centre by more than the
 * metric's relative threshold AND by more than k(n) baseline spreads; improved symmetrically below; otherwise
 * unchanged. k(n) is the small-sample factor for n baseline runs (verdict-factors.ts, generated by
 * scripts/calibrate-verdict.mjs): under normal noise a new run passes median + k(n)·spread by chance with
 * probability 0.5% at every n, where a fixed factor such as 3 would raise false alarms several-fold on the
 * 5–10 runs a young series has. Time and size are compared on a log scale (median and spread of the logs of the
 * baseline values): their noise is multiplicative and skewed. Both conditions guard each other: the relative threshold ignores changes too
 * small to matter on a very quiet metric, the spreads ignore changes inside the metric's own noise.
 *
 * Benchmark mode ('mann-whitney-u', N ≥ 5 repeats): regressed when the one-sided Mann-Whitney U test of the
 * repeats against the baseline runs gives p < alpha (0.01) AND the median of the repeats is above the baseline
 * centre by more than the relative threshold; improved symmetrically. The p_value reported is the one-sided
 * p-value in the direction the median of the repeats moved ('greater' when it rose, else 'less').
 *
 * The rank guard (./rank-guard.ts): whatever the spreads say, a value is called regressed only when it is also above
 * the baseline's highest value (second highest from 10 baseline runs on), improved only below the lowest.
 *
 * Fewer than `min_baseline_runs` (5) baseline runs: insufficient_history.
 *
 * The window ('last 3 runs', judgeWindow): a regression that stays is judged on more than one run. On a run of
 * the baseline ref itself (never a pull request's), time and size are also judged as the median of this run and
 * the two baseline runs before it against the runs before those: regressed when that median is above their centre
 * by more than the relative threshold AND by more than k₃(n) of their spreads, and this run itself is above it by
 * more than the relative threshold (the run after a fix is not blamed for the two before it); k₃(n) holds a chance
 * passage to 0.25% under normal noise (with the single-run rule's 0.5%, within 0.75% of runs together). The median of three
 * has a third of one run's noise to beat, so a +25% change at CV 5% is caught within its first three pushes far
 * more often than by its first run alone (docs/verdicts.md, "How verdicts are decided"). The median of the three must
 * pass the rank guard of the runs before them too.
 */







/**
 * Default relative thresholds, in percent of the baseline centre. Duration and CPU 10%; memory and I/O 5%;
 * thread and process counts 20% (small integers: on a constant history of 5 threads, one more is +20% and
 * does not count, two more does; on 1–4, one more does).
 */
const DEFAULT_RELATIVE_THRESHOLD_PCT = engine_metrics/* DEFAULT_THRESHOLD_PCT */._5; // the metric table's (engine/metrics.ts)
const DEFAULT_MIN_BASELINE_RUNS = 5;
const DEFAULT_ALPHA = 0.01;
const DEFAULT_MIN_REPEATS = 5;
function resolveVerdictOptions(opts = {}) {
    const relative_threshold_pct = { ...DEFAULT_RELATIVE_THRESHOLD_PCT };
    for (const [metric, pct] of Object.entries(opts.relative_threshold_pct ?? {})) {
        if (!(metric in DEFAULT_RELATIVE_THRESHOLD_PCT)) {
            throw new Error(`relative_threshold_pct: unknown metric '${metric}'`);
        }
        if (typeof pct !== 'number' || !Number.isFinite(pct) || pct < 0) {
            throw new Error(`relative_threshold_pct.${metric} must be a number ≥ 0, got ${String(pct)}`);
        }
        relative_threshold_pct[metric] = pct;
    }
    const resolved = {
        relative_threshold_pct,
        spreads: opts.spreads ?? null,
        min_baseline_runs: opts.min_baseline_runs ?? DEFAULT_MIN_BASELINE_RUNS,
        alpha: opts.alpha ?? DEFAULT_ALPHA,
        min_repeats: opts.min_repeats ?? DEFAULT_MIN_REPEATS,
    };
    if (resolved.spreads !== null && !(Number.isFinite(resolved.spreads) && resolved.spreads >= 0)) {
        throw new Error(`spreads must be a number ≥ 0, got ${resolved.spreads}`);
    }
    if (!(Number.isInteger(resolved.min_baseline_runs) && resolved.min_baseline_runs >= SMALL_SAMPLE_MIN_N)) {
        throw new Error(`min_baseline_runs must be an integer ≥ ${SMALL_SAMPLE_MIN_N}, got ${resolved.min_baseline_runs}`);
    }
    if (!(resolved.alpha > 0 && resolved.alpha < 1)) {
        throw new Error(`alpha must be between 0 and 1, got ${resolved.alpha}`);
    }
    if (!(Number.isInteger(resolved.min_repeats) && resolved.min_repeats >= 2)) {
        throw new Error(`min_repeats must be an integer ≥ 2, got ${resolved.min_repeats}`);
    }
    return resolved;
}
/** 100·(value − centre)/|centre|; 0 when both are 0; null when the centre is 0 and the value is not. */
function changePct(value, centre) {
    if (centre === 0)
        return value === 0 ? 0 : null;
    return (100 * (value - centre)) / Math.abs(centre);
}
/**
 * The small-sample factor k(n) for n baseline runs: a new run of the same noise passes median + k(n)·spread with
 * probability SMALL_SAMPLE_ALPHA (0.5%). Infinite below SMALL_SAMPLE_MIN_N runs; beyond the table, its last entry.
 */
function smallSampleFactor(n) {
    if (n < SMALL_SAMPLE_MIN_N)
        return Number.POSITIVE_INFINITY;
    const table = SMALL_SAMPLE_FACTORS;
    return table[Math.min(n - SMALL_SAMPLE_MIN_N, table.length - 1)];
}
/** How a window verdict's statistic begins (it names its own runs: explain adds no "over N runs"). */
const WINDOW_STATISTIC = `last ${WINDOW_RUNS} runs`;
/** k₃(n): the window rule's factor for n runs before the window (see smallSampleFactor). */
function windowFactor(n) {
    if (n < SMALL_SAMPLE_MIN_N)
        return Number.POSITIVE_INFINITY;
    return WINDOW_FACTORS[Math.min(n - SMALL_SAMPLE_MIN_N, WINDOW_FACTORS.length - 1)];
}
/** The statistic string of the single-value rule, e.g. `median±5.21·spread`. */
function spreadStatistic(spreads) {
    return Number.isFinite(spreads) ? `median±${round2(spreads)}·spread` : 'median±k·spread';
}
function round2(x) {
    return String(Math.round(x * 100) / 100);
}
const MANN_WHITNEY_STATISTIC = 'mann-whitney-u';
/** Whether `diff` (value − centre) is beyond the relative threshold. A zero centre makes any change relative. */
function beyondRelative(diff, centre, thresholdPct) {
    return Math.abs(diff) > (thresholdPct / 100) * Math.abs(centre);
}
/** Time and size wander multiplicatively (a run is "3% slower", not "30 ms slower"): judged on a log scale. */
function multiplicative(metric) {
    const dimension = engine_metrics/* METRIC_DIMENSION */.aP[metric];
    return dimension === 'time' || dimension === 'size';
}
/** How far `value` is from the baseline, in baseline spreads; on a log scale for time and size when it can be. */
function spreadsAway(metric, value, baseline, history) {
    const logs = history !== undefined &&
        multiplicative(metric) &&
        value > 0 &&
        history.length > 0 &&
        history.every((x) => x > 0);
    if (!logs)
        return { distance: Math.abs(value - baseline.value) / baseline.spread, log: false };
    const { centre, spread } = logBaseline(metric, history);
    return { distance: Math.abs(Math.log(value) - centre) / spread, log: true };
}
/** Median and Shamos spread of the logs of positive `values`, the spread floored as the metric's is. */
function logBaseline(metric, values) {
    const logs = values.map(Math.log);
    const centre = (0,robust/* median */.JZ)(logs);
    const floor = Math.log1p((0,analysis_baseline/* spreadFloor */.Om)(metric, Math.exp(centre)) / Math.exp(centre));
    return { centre, spread: Math.max((0,analysis_baseline/* pairwiseSpread */.SV)(logs), floor) };
}
/**
 * Verdict on one value of `metric` against its baseline (null or too few runs: insufficient_history). With the
 * baseline runs' values as `history`, time and size metrics are judged on a log scale (their noise is
 * multiplicative and skewed: on a linear scale a slow tail would raise false alarms); the baseline entry shown
 * stays in the metric's unit.
 */
function judgeValue(metric, value, baseline, opts, history) {
    const spreads = opts.spreads ?? smallSampleFactor(baseline?.runs ?? 0);
    if (baseline === null) {
        return { verdict: 'insufficient_history', change_pct: null, statistic: spreadStatistic(spreads) };
    }
    const change_pct = changePct(value, baseline.value);
    if (baseline.runs < opts.min_baseline_runs) {
        return { verdict: 'insufficient_history', change_pct, statistic: spreadStatistic(spreads) };
    }
    const diff = value - baseline.value;
    const { distance, log } = spreadsAway(metric, value, baseline, history);
    const statistic = `${log ? 'log ' : ''}${spreadStatistic(spreads)}`;
    const significant = beyondRelative(diff, baseline.value, opts.relative_threshold_pct[metric]) &&
        distance > spreads &&
        passesRankGuard(value, baseline.value, history);
    const verdict = !significant ? 'unchanged' : diff > 0 ? 'regressed' : 'improved';
    if (verdict !== 'unchanged')
        return { verdict, change_pct, statistic };
    const detectable_pct = detectableRisePct(metric, baseline, opts, spreads, log ? history : undefined, history);
    return { verdict, change_pct, statistic, ...(detectable_pct === null ? {} : { detectable_pct }) };
}
/**
 * The smallest rise above the baseline centre, in percent of it, that judgeValue would call regressed: the largest
 * of the relative threshold, `spreads` baseline spreads (on the log scale where the verdict used it) and, with the
 * baseline's values as `guardHistory`, the rank guard. Null when the centre is 0 (no relative change is defined).
 */
function detectableRisePct(metric, baseline, opts, spreads, logHistory, guardHistory) {
    if (baseline.value === 0 || !Number.isFinite(spreads))
        return null;
    const centre = Math.abs(baseline.value);
    let bySpread;
    if (logHistory !== undefined) {
        const { centre: logCentre, spread } = logBaseline(metric, logHistory);
        bySpread = Math.exp(logCentre + spreads * spread) / centre - 1;
    }
    else {
        bySpread = (spreads * baseline.spread) / centre;
    }
    const guard = guardHistory === undefined ? null : rankGuard(guardHistory, 'up');
    const byRank = guard === null ? 0 : guard / centre - 1;
    return 100 * Math.max(opts.relative_threshold_pct[metric] / 100, bySpread, byRank);
}
/**
 * The window rule (see the header): `value` and the two newest baseline values (`history` newest first) against
 * the baseline values before them. Time and size only, single values only; 'regressed' or null (nothing to add:
 * too few runs before the window, another dimension, or no regression). `change_pct` stays this run's against the
 * whole baseline, as the single-run verdict gives it; the statistic names the window.
 */
function judgeWindow(metric, value, baseline, opts, history) {
    const earlier = WINDOW_RUNS - 1;
    const before = history.slice(earlier);
    if (baseline === null || !multiplicative(metric) || before.length < opts.min_baseline_runs)
        return null;
    const window = [value, ...history.slice(0, earlier)];
    if (![...window, ...before].every((x) => x > 0 && Number.isFinite(x)))
        return null;
    const { centre, spread } = logBaseline(metric, before);
    const windowCentre = (0,robust/* median */.JZ)(window.map(Math.log));
    const k = windowFactor(before.length);
    const threshold = opts.relative_threshold_pct[metric];
    const beyond = (x) => x > Math.exp(centre) && beyondRelative(x - Math.exp(centre), Math.exp(centre), threshold);
    // The median of the three (two of them high is a regression that stays), and this run itself: the run after a
    // fix, beside two slow ones, is not called regressed.
    const guard = rankGuard(before, 'up');
    if (!(windowCentre - centre > k * spread &&
        Math.exp(windowCentre) > guard &&
        beyond(Math.exp(windowCentre)) &&
        beyond(value)))
        return null;
    return {
        verdict: 'regressed',
        change_pct: changePct(value, baseline.value),
        statistic: `${WINDOW_STATISTIC}: log median±${round2(k)}·spread of the ${before.length} runs before them`,
    };
}
/**
 * Benchmark-mode verdict: the repeats of this run against the (outlier-free) values of the baseline runs.
 * With fewer than `min_repeats` repeats, the median of the repeats is judged by judgeValue.
 */
function judgeRepeatValues(metric, repeats, baseline, baselineValues, opts) {
    const finite = repeats.filter(Number.isFinite);
    if (finite.length === 0)
        throw new Error(`no finite repeat value of ${metric}`);
    const centreOfRepeats = (0,robust/* median */.JZ)(finite);
    if (finite.length < opts.min_repeats)
        return judgeValue(metric, centreOfRepeats, baseline, opts);
    const statistic = MANN_WHITNEY_STATISTIC;
    if (baseline === null)
        return { verdict: 'insufficient_history', change_pct: null, statistic };
    const change_pct = changePct(centreOfRepeats, baseline.value);
    if (baseline.runs < opts.min_baseline_runs || baselineValues.length < opts.min_baseline_runs) {
        return { verdict: 'insufficient_history', change_pct, statistic };
    }
    const diff = centreOfRepeats - baseline.value;
    const relative = beyondRelative(diff, baseline.value, opts.relative_threshold_pct[metric]);
    const direction = diff > 0 ? 'greater' : 'less';
    const { p_value } = mannWhitneyU(finite, baselineValues, direction);
    const verdict = relative && diff !== 0 && p_value < opts.alpha ? (diff > 0 ? 'regressed' : 'improved') : 'unchanged';
    return { verdict, change_pct, statistic, p_value };
}

;// CONCATENATED MODULE: ./src/engine/analysis/index.ts
/**
 * The analysis of a run against its history: baseline and verdict per metric (judgeRun, judgeRepeats), plus
 * the history tools (trend, forecast, anomalies, correlation). Pure and deterministic.
 */
















/** The finite values of `metric` over `runs`, in their order. */
function finiteValues(runs, metric) {
    const out = [];
    for (const run of runs) {
        const v = run[metric];
        if (typeof v === 'number' && Number.isFinite(v))
            out.push(v);
    }
    return out;
}
/**
 * Judge this run's metrics against the baseline runs (the caller's choice: history/baseline-query.ts: earlier runs of the same
 * series and fingerprint on the baseline ref). Throws only on invalid options.
 */
function judgeRun(current, baselineRuns, opts = {}) {
    const resolved = resolveVerdictOptions(opts);
    const judged = new Set(opts.judged ?? engine_metrics/* DEFAULT_JUDGED_METRICS */.UP);
    const judgement = { baseline: {}, verdicts: {} };
    for (const metric of opts.metrics ?? engine_metrics/* COMPARABLE_METRICS */.fm) {
        const repeats = opts.repeats === undefined ? [] : finiteValues(opts.repeats, metric);
        const value = current[metric];
        const hasValue = typeof value === 'number' && Number.isFinite(value);
        if (!hasValue && repeats.length === 0)
            continue;
        const history = finiteValues(baselineRuns, metric);
        const baseline = (0,analysis_baseline/* buildBaseline */.ET)(metric, history);
        if (baseline !== null)
            judgement.baseline[metric] = baseline;
        if (!judged.has(metric)) {
            const centre = repeats.length > 0 ? (0,robust/* median */.JZ)(repeats) : value;
            judgement.verdicts[metric] = notJudged(centre, baseline);
            continue;
        }
        if (repeats.length > 0) {
            const verdict = judgeRepeatValues(metric, repeats, baseline, (0,analysis_baseline/* baselineValues */.sr)(history), resolved);
            // Fewer repeats than the rank test needs: their median was judged as one value, on the metric's own scale.
            judgement.verdicts[metric] = withLimit(metric, verdict, baseline, resolved, undefined);
            continue;
        }
        const single = withLimit(metric, judgeValue(metric, value, baseline, resolved, history), baseline, resolved, history);
        const window = opts.window === true && single.verdict === 'unchanged' && resolved.spreads === null
            ? judgeWindow(metric, value, baseline, resolved, history)
            : null;
        judgement.verdicts[metric] =
            window === null ? single : single.limit === undefined ? window : { ...window, limit: single.limit };
    }
    return judgement;
}
/**
 * The verdict with the value it was measured against (`limit`): the baseline centre plus the smallest rise the
 * single-value rule calls regressed (its rank guard included), computed as judgeValue computed it (on the log scale where its statistic says
 * so). Kept on every verdict of that rule, so a chart can draw what the judge saw; a rank test has no such value.
 */
function withLimit(metric, verdict, baseline, opts, history) {
    const ruled = verdict.verdict === 'unchanged' || verdict.verdict === 'regressed' || verdict.verdict === 'improved';
    if (baseline === null || !ruled || verdict.statistic === MANN_WHITNEY_STATISTIC)
        return verdict;
    const log = verdict.statistic.startsWith('log ');
    const pct = verdict.detectable_pct ??
        detectableRisePct(metric, baseline, opts, opts.spreads ?? smallSampleFactor(baseline.runs), log ? history : undefined, history);
    if (pct === null)
        return verdict;
    return { ...verdict, limit: baseline.value + (Math.abs(baseline.value) * pct) / 100 };
}
/** The statistic of a metric that is compared but not weighed by the verdict. */
const NOT_JUDGED_STATISTIC = 'measured, not judged';
function notJudged(value, baseline) {
    return {
        verdict: 'not_judged',
        change_pct: baseline === null ? null : changePct(value, baseline.value),
        statistic: NOT_JUDGED_STATISTIC,
    };
}
/** Median of each metric over the repeats (metrics with no finite value are left out). */
function medianOfRepeats(repeats) {
    const medians = medianByField(repeats, COMPARABLE_METRICS);
    return Object.fromEntries(Object.entries(medians).filter(([, v]) => v !== null));
}
/** Benchmark mode: judgeRun on the medians of the repeats, with the repeats themselves for the rank test. */
function judgeRepeats(repeats, baselineRuns, opts = {}) {
    return judgeRun(medianOfRepeats(repeats), baselineRuns, { ...opts, repeats });
}

;// CONCATENATED MODULE: ./src/engine/analysis/confirm.ts
/**
 * Confirming a suspected regression by running the script again.
 *
 * Real run-to-run noise on a shared machine is heavy-tailed and comes in bursts: a run lands far out (a neighbour's
 * job shares the core or its caches for the whole run, two worker processes happen to overlap at a sample), further
 * than any spread learnt from a handful of runs predicts. Such noise only ever adds: a neighbour makes a run slower,
 * never faster. So when a judged metric of a run looks regressed, the script is run up to `--confirm-runs` (2) more
 * times, and the regression stands only when EVERY run is regressed: the least of the runs is judged against the
 * same baseline, by the single-run rule and its rank guard (analysis/verdict.ts). One fast run shows the code can
 * still run fast, and clears the suspicion at once (the confirming stops there); a real regression makes every run
 * slower. It costs time only when something already looks wrong.
 *
 * The median of the runs, judged instead, kept calling a burst regressed: on real runs recorded on a 2-core machine
 * beside a busy core, 15% of unchanged runs still exited 99 with the median, under 1% with the least and the guard
 * (docs/verdicts.md, "On real runs").
 *
 * A metric suspected by the three-run window (the two runs before this one were slow too) is confirmed against the
 * runs before those, as the window judged it: a slow run's own kind must not widen the spread it is judged by.
 * The verdict keeps the re-runs' values (`reruns`), so `pyrun compare` re-judges a stored run to the same verdict.
 */





/** The baseline values a suspected metric's re-runs are judged against (newest first in `baselineRuns`). */
function baselineFor(metric, baselineRuns, opts) {
    const windowed = opts.suspected[metric]?.statistic.startsWith(WINDOW_STATISTIC) === true;
    return finiteValues(windowed ? baselineRuns.slice(WINDOW_RUNS - 1) : baselineRuns, metric);
}
function suspectedMetrics(opts) {
    return Object.keys(opts.suspected);
}
/**
 * The value the least of the runs must exceed to be a regression: the single-run rule's bound (the larger of the
 * relative threshold and k(n) baseline spreads, on the log scale for time and size) and the rank guard. Null: no
 * verdict possible (too few baseline runs, or a zero centre).
 */
function confirmationBound(metric, history, guardHistory, min_baseline_runs) {
    const baseline = (0,analysis_baseline/* buildBaseline */.ET)(metric, history);
    if (baseline === null || baseline.runs < min_baseline_runs)
        return null;
    const log = multiplicative(metric) && history.every((x) => x > 0);
    const k = smallSampleFactor(history.length);
    const opts = resolveVerdictOptions({ min_baseline_runs });
    const pct = detectableRisePct(metric, baseline, opts, k, log ? history : undefined, guardHistory);
    if (pct === null)
        return null;
    const statistic = `${log ? 'log ' : ''}${spreadStatistic(k)}`;
    return { bound: baseline.value * (1 + pct / 100), statistic, centre: baseline.value };
}
/**
 * The verdicts of the least of `runs` (the suspected run first, then its re-runs) against `baselineRuns`, for the
 * suspected metrics, each carrying the re-runs' values.
 */
function confirmedVerdicts(runs, baselineRuns, opts) {
    const out = {};
    for (const metric of suspectedMetrics(opts)) {
        const values = finiteValues(runs, metric);
        const history = baselineFor(metric, baselineRuns, opts);
        const everyRun = finiteValues(baselineRuns, metric);
        const found = confirmationBound(metric, history, everyRun, opts.min_baseline_runs);
        if (found === null || values.length === 0)
            continue;
        const least = Math.min(...values);
        const all = everyRun.length;
        const guard = all >= RANK_GUARD_SECOND_FROM ? 'second highest' : 'highest';
        const against = history.length === all
            ? `the ${all} baseline runs, above the ${guard}`
            : `the ${history.length} runs before the last ${WINDOW_RUNS}, above the ${guard} of all ${all}`;
        out[metric] = {
            verdict: least > found.bound ? 'regressed' : 'unchanged',
            change_pct: changePct(least, found.centre),
            statistic: `${confirmedStatistic(values.length)}${found.statistic} of ${against}`,
            reruns: finiteValues(runs.slice(1), metric),
            limit: found.bound,
        };
    }
    return out;
}
const CONFIRMED_PREFIX = 'least of ';
/** How confirmed verdicts began when the median was judged (histories written then keep it). */
const MEDIAN_CONFIRMED = /^median of \d+ runs \(this and /;
/** `least of 3 runs (this and 2 re-runs): ` — how a confirmed verdict's statistic begins. */
function confirmedStatistic(runs) {
    const re = runs - 1;
    return `${CONFIRMED_PREFIX}${runs} runs (this and ${re} re-run${re === 1 ? '' : 's'}): `;
}
/** Whether a verdict's statistic came from re-runs (it names the runs it judged itself). */
function isConfirmedStatistic(statistic) {
    return statistic.startsWith(CONFIRMED_PREFIX) || MEDIAN_CONFIRMED.test(statistic);
}
/**
 * The re-runs kept in a stored run's verdicts, as metric values per re-run (for re-judging it), with the machine's
 * readings of each where a verdict was withheld for them.
 */
function rerunsOf(verdicts) {
    const out = [];
    for (const [metric, v] of Object.entries(verdicts)) {
        v?.reruns?.forEach((value, i) => {
            out[i] ??= {};
            out[i][metric] = value;
        });
        v?.busy_machine?.cores.slice(1).forEach((cores, i) => {
            out[i] ??= {};
            out[i].neighbour_cores = cores;
        });
        v?.busy_machine?.calibration?.slice(1).forEach((ms, i) => {
            out[i] ??= {};
            out[i].calibration_ms = ms;
        });
    }
    return out;
}
/**
 * Whether the runs so far settle every suspected metric: one run at or under its bound clears it (the least can
 * only fall), and it stands only once all 1 + `planned` runs are above it.
 */
function settled(runs, baselineRuns, planned, opts) {
    for (const metric of suspectedMetrics(opts)) {
        const found = confirmationBound(metric, baselineFor(metric, baselineRuns, opts), finiteValues(baselineRuns, metric), opts.min_baseline_runs);
        if (found === null)
            continue;
        const values = finiteValues(runs, metric);
        const cleared = values.some((v) => v <= found.bound);
        if (!cleared && values.length < 1 + planned)
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/engine/analysis/busy-machine.ts
var busy_machine = __webpack_require__(7376);
;// CONCATENATED MODULE: ./src/engine/outcome.ts
/**
 * The one mapping from a run's outcome to `pyrun run`'s exit code (docs/cli.md, "Exit codes"; after GNU timeout):
 * 0 passed · N the script's own code · 128+N killed by signal N · 99 gate failed or regressed · 124 timeout ·
 * 125 pyrun could not run the script.
 */



const EXIT_GATE_FAILED = 99;
const EXIT_TIMEOUT = 124;
function exitCodeFor(outcome) {
    if (outcome.error !== undefined)
        return errors/* EXIT_PYRUN_ERROR */.ZX;
    switch (outcome.status) {
        case 'passed':
            return 0;
        case 'gate_failed':
        case 'regressed':
            return EXIT_GATE_FAILED;
        case 'timeout':
            return EXIT_TIMEOUT;
        case 'failed': {
            if (outcome.signal !== null) {
                return 128 + signalNumber(outcome.signal);
            }
            return outcome.exit_code === null || outcome.exit_code === 0 ? 1 : outcome.exit_code;
        }
    }
}
/**
 * A suite's exit code: the code of the first run (in config order) that failed, timed out or was
 * killed; else 99 if any gate failed or any metric regressed; else 0. A single run is a suite of one.
 */
function suiteExitCode(records) {
    const codes = records.map(exitCodeFor);
    const broken = codes.find((c) => c !== 0 && c !== EXIT_GATE_FAILED);
    if (broken !== undefined)
        return broken;
    return codes.includes(EXIT_GATE_FAILED) ? EXIT_GATE_FAILED : 0;
}
/**
 * The number of a signal as the launcher names it: Node's table, else the real-time signals Python names
 * `SIGRTMIN` (34), `SIGRTMAX` (64) and `SIG35`…`SIG63` (Linux numbering), so a script killed by any of them exits
 * 128+N as under GNU timeout. 0 for a name that is none of these.
 */
function signalNumber(name) {
    const known = external_node_os_.constants.signals[name];
    if (known !== undefined)
        return known;
    if (name === 'SIGRTMIN')
        return 34;
    if (name === 'SIGRTMAX')
        return 64;
    const numbered = /^SIG(\d{1,2})$/.exec(name);
    return numbered ? Number(numbered[1]) : 0;
}

;// CONCATENATED MODULE: ./src/engine/explain.ts
/**
 * The pipeline's explain step: the exit code, and the words both faces show for each finished run. The CLI prints
 * them, the action logs them and uses the first failing reason for its one `setFailed` line. One headline, then one
 * line per failed gate (with actual and limit in the metric's unit), per regressed metric (by how much, against
 * what), and a note when history was too short.
 */











/**
 * The explain step: every run's words, and the exit code of `pyrun run` (docs/cli.md, "Exit codes"). A run the
 * history could not save makes it pyrun's own failure, 125, said in one more line.
 */
function explainRuns(records, unsaved) {
    const explanation = records.flatMap((r) => explain(r));
    if (unsaved.length > 0) {
        explanation.push(`the history could not be saved for ${unsaved.join(', ')}: exit ${errors/* EXIT_PYRUN_ERROR */.ZX}`);
        return { exit_code: errors/* EXIT_PYRUN_ERROR */.ZX, explanation };
    }
    return { exit_code: suiteExitCode(records), explanation };
}
function explain(record) {
    if (record.error !== undefined)
        return [`${record.name}: could not run: ${record.error}`];
    const lines = [`${record.name}: ${headline(record)} · ${figures(record)}`];
    for (const gate of record.gates) {
        if (!gate.passed)
            lines.push(`  gate failed: ${gate.expr} (${(0,report_gates/* describeGate */.l7)(gate)})`);
    }
    for (const metric of (0,engine_verdicts/* regressedMetrics */.k)(record)) {
        const verdict = record.verdicts[metric];
        const base = record.baseline[metric];
        const p = verdict.p_value !== undefined ? `, p = ${(0,numbers/* formatPValue */.td)(verdict.p_value)}` : '';
        lines.push(`  regressed: ${metric} ${(0,metric_format/* formatMetricValue */.dd)(metric, record[metric])} vs baseline ` +
            `${(0,metric_format/* formatMetricValue */.dd)(metric, base?.value)} (${(0,numbers/* formatChangePct */.jj)(verdict.change_pct)}; ` +
            `${namesItsRuns(verdict.statistic) ? verdict.statistic : `${verdict.statistic} over ${(0,numbers/* plural */.LS)(base?.runs ?? 0, 'run')}`}${p})`);
    }
    lines.push(...withheldLines(record));
    if (record.instrumentation) {
        const ins = record.instrumentation;
        const n = ins.per_process.length;
        lines.push(`  instructions: ${record.instructions === null ? 'n/a' : record.instructions.toLocaleString('en-US')} ` +
            `in ${n} process${n === 1 ? '' : 'es'} (callgrind files in ${ins.out_dir}); ${ins.note}`);
    }
    if (record.benchmark)
        lines.push(...benchmarkLines(record));
    const insufficient = record.gates.filter((g) => g.status === 'insufficient_history');
    if (insufficient.length > 0) {
        lines.push(`  not yet judged (no baseline run yet): ${insufficient.map((g) => g.expr).join('; ')}`);
    }
    const judged = (0,engine_verdicts/* judgedMetrics */.P)(record);
    if (judged.length > 0 && judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
        const runs = Math.max(0, ...Object.values(record.baseline).map((b) => b?.runs ?? 0));
        lines.push(`  verdict: insufficient history (${runs} baseline run${runs === 1 ? '' : 's'} so far)`);
    }
    const unseen = detectableLine(record);
    if (unseen !== null)
        lines.push(unseen);
    return lines;
}
/**
 * `withheld: duration_s 2.1 s vs baseline 1.02 s (+106%): other work kept 1.35 cores busy during this run and its
 * 2 re-runs (least 1.1), 0.02 in the baseline runs; a slower run on a busier machine is not called regressed`, or
 * for a slower machine `pyrun's calibration loop took 1.52 ms after this run and its 2 re-runs (least 1.4), 1.05 ms
 * after the baseline runs`. Under `--busy-machine judge` the regression stands and one line says why it could have
 * been withheld.
 */
function withheldLines(record) {
    const lines = [];
    for (const [metric, verdict] of Object.entries(record.verdicts)) {
        const readings = verdict.busy_machine;
        if (readings === undefined)
            continue;
        const excuse = (0,busy_machine/* machineExcuse */.LQ)(readings);
        const runs = readings.cores.length;
        const during = (values) => runs === 1
            ? 'this run'
            : `this run and its ${(0,numbers/* plural */.LS)(runs - 1, 're-run')} (least ${(0,metric_format/* formatNumber */.ZV)(Math.min(...values))})`;
        const company = `other work kept ${(0,metric_format/* formatNumber */.ZV)(readings.cores[0])} cores busy during ${during(readings.cores)}, ` +
            `${(0,metric_format/* formatNumber */.ZV)(readings.baseline_cores)} in the baseline runs`;
        const calibration = readings.calibration === undefined || readings.baseline_calibration === undefined
            ? null
            : `pyrun's calibration loop took ${(0,metric_format/* formatNumber */.ZV)(readings.calibration[0])} ms after ` +
                `${during(readings.calibration)}, ${(0,metric_format/* formatNumber */.ZV)(readings.baseline_calibration)} ms after the ` +
                'baseline runs';
        const why = excuse === 'busier' || calibration === null
            ? company
            : excuse === 'slower'
                ? calibration
                : `${company}; ${calibration}`;
        if (verdict.verdict === 'regressed') {
            lines.push(`  ${excuse} machine: ${metric} judged anyway (--busy-machine judge): ${why}`);
            continue;
        }
        lines.push(`  withheld: ${metric} ${(0,metric_format/* formatMetricValue */.dd)(metric, record[metric])} vs baseline ` +
            `${(0,metric_format/* formatMetricValue */.dd)(metric, record.baseline[metric]?.value)} (${(0,numbers/* formatChangePct */.jj)(verdict.change_pct)}): ` +
            `${why}; a slower run on a ${excuse} machine is not called regressed`);
    }
    return lines;
}
/**
 * What the baseline could not have seen: `with these 5 baseline runs, a rise under +38% in duration_s … would pass
 * unseen`. Shown for a run with nothing regressed, when at least one judged metric's baseline is noisier than its
 * relative threshold (a quiet baseline sees down to the threshold, which the docs state once).
 */
function detectableLine(record) {
    if ((0,engine_verdicts/* regressedMetrics */.k)(record).length > 0)
        return null;
    const parts = [];
    let noisy = false;
    let runs = 0;
    for (const metric of (0,engine_verdicts/* judgedMetrics */.P)(record)) {
        const verdict = record.verdicts[metric];
        if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined)
            continue;
        runs = Math.max(runs, record.baseline[metric]?.runs ?? 0);
        parts.push(`${(0,numbers/* formatChangePct */.jj)(verdict.detectable_pct)} in ${metric}`);
        if (verdict.detectable_pct > engine_metrics/* DEFAULT_THRESHOLD_PCT */._5[metric] + 0.05)
            noisy = true;
    }
    if (parts.length === 0 || !noisy)
        return null;
    return `  with these ${runs} baseline runs, a rise under ${parts.join(', ')} would pass unseen`;
}
function namesItsRuns(statistic) {
    return statistic.startsWith(WINDOW_STATISTIC) || isConfirmedStatistic(statistic);
}
/** What happened, in a few words: `passed`, `regressed`, `failed 2 gates`, `failed (exit 3)`, `timed out`. */
function headline(record) {
    const failedGates = record.gates.filter((g) => !g.passed).length;
    const regressed = (0,engine_verdicts/* regressedMetrics */.k)(record);
    switch (record.status) {
        case 'passed':
            return 'passed';
        case 'timeout':
            return 'timed out; its process tree was killed';
        case 'failed':
            if (record.signal && record.oom_killed)
                return `was ${script_outcome/* OOM_KILLED */.A4} (${record.signal})`;
            return record.signal ? `was killed by ${record.signal}` : `failed (${(0,script_outcome/* describeScriptOutcome */.r$)(record)})`;
        default: {
            const parts = [];
            if (failedGates > 0)
                parts.push(`failed ${failedGates} gate${failedGates === 1 ? '' : 's'}`);
            if (regressed.length > 0)
                parts.push(`regressed in ${regressed.join(', ')}`);
            return parts.length > 0 ? parts.join(' and ') : String(record.status).replace(/_/g, ' ');
        }
    }
}
function figures(r) {
    return (`${(0,metric_format/* formatNumber */.ZV)(r.duration_s)} s · CPU ${(0,metric_format/* formatNumber */.ZV)(r.cpu_time_s)} s ` +
        `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · ` +
        `peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ${r.max_processes} proc · ${r.max_threads} thr · ` +
        `read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`);
}
/** Benchmark mode, as hyperfine shows it: mean ± σ, median, min … max of the measured runs, and what to do. */
function benchmarkLines(record) {
    const summary = (0,benchmark/* benchmarkSummary */.c)(record);
    if (summary === null)
        return [];
    return [
        ...summary.rows.map((r) => `  ${r.metric}: ${r.mean_sd} (mean ± σ of ${(0,numbers/* plural */.LS)(r.runs, 'run')}) · median ${r.median} · range ${r.range}`),
        ...summary.warnings.map((w) => `  warning: ${w}`),
    ];
}

// EXTERNAL MODULE: ./src/engine/history/baseline-query.ts
var baseline_query = __webpack_require__(1275);
;// CONCATENATED MODULE: ./src/engine/history/planned.ts
/**
 * The pipeline's history step. The history file is checked and read before any script starts, so a --db that is
 * not a history file is refused (HistoryTargetError, exit 125) before anything runs; it is parsed while the first
 * script runs (sql.js loads meanwhile), and awaited when the judge step first needs its baseline runs
 * (`baselineRunsFor`). A history that cannot be read or parsed is one warning, told when it is first needed: the runs
 * are then judged without history and not remembered. Loaded only for a run with a history: sql.js, the lock and the record schema stay off the plain path.
 */

/** Checks and reads the history file at `file` (absolute); null when there is none or it cannot be used (told). */
async function planHistory(file, mode, warn) {
    const { HistoryError, HistoryTargetError, beginHistory } = await __webpack_require__.e(/* import() */ 941).then(__webpack_require__.bind(__webpack_require__, 8941));
    const unusable = (error) => warn(`${error.message}; runs are judged without history and not remembered`);
    let beginning;
    try {
        beginning = await beginHistory(file, { mode });
    }
    catch (error) {
        if (error instanceof HistoryTargetError || !(error instanceof HistoryError))
            throw error;
        unusable(error);
        return null;
    }
    // Settles, never rejects: it runs unawaited beside the script, and its trouble is told when it is awaited.
    let opening = null;
    let result = null;
    const start = () => {
        opening ??= beginning.open().then((history) => ({ history }), (error) => ({ error }));
    };
    const ready = () => {
        start();
        result ??= opening.then((settled) => {
            if ('error' in settled) {
                unusable(settled.error);
                return null;
            }
            for (const w of settled.history.warnings)
                warn(w);
            return settled.history;
        });
        return result;
    };
    return {
        start,
        ready,
        store: async () => (await ready())?.store ?? null,
        close: async () => {
            if (opening)
                (await ready())?.close();
        },
    };
}
/**
 * The earlier runs a run is judged against, newest first, chosen by the one baseline query (./baseline-query.ts):
 * the pipeline hands them to its judge step, and `pyrun compare` judges a stored run against the same ones.
 */
function planned_baselineRunsFor(store, run, baseline_ref) {
    return store?.baselineRuns((0,baseline_query/* baselineQueryFor */.f$)(run, baseline_ref)) ?? [];
}
/** Earlier runs of a series for the HTML report's history charts (oldest first), without their samples. */
function pastRuns(store, name) {
    if (!store)
        return [];
    try {
        return store
            .listRuns({ name, last: 100 })
            .reverse()
            .map((r) => ({ ...r, series: [] }));
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/engine/history/remember.ts
/**
 * The pipeline's remember step: the judged run written to the history. In merge mode (the CLI) under the lock,
 * the file re-read first so that parallel runs all stay; in replace mode (the action) from memory. A run that could
 * not be written is one warning naming the cause, and the pipeline's own failure (exit 125), never a silent loss.
 */

/** False (after one warning) when the run could not be written; true when written, or when there is no history. */
async function remember(history, record, keep_runs, out) {
    const opened = history ? await history.ready() : null;
    if (!opened)
        return true;
    // A signal to pyrun while it waits for the lock another pyrun holds ends the wait, and pyrun (PyrunInterrupted).
    const waiting = new AbortController();
    out.hooks?.onInterruptible?.((sig) => waiting.abort(sig), 'the wait for the history’s lock');
    try {
        const result = await opened.commit(record, {
            keep_runs,
            lock: {
                signal: waiting.signal,
                onWait: () => out.info(`waiting for the lock of history file ${opened.path}, held by another pyrun ` +
                    '(Ctrl-C stops the wait; this run is then not recorded)'),
            },
        });
        for (const w of result.warnings)
            out.warn(w);
        return true;
    }
    catch (error) {
        if (error instanceof errors/* PyrunInterrupted */.bQ)
            throw error;
        out.warn(`could not save the history to ${opened.path}: ${error.message}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/engine/judge.ts
/**
 * The pipeline's judge step, and the one judge. A measured run is judged against its history: baseline and verdict
 * per metric, then the gates, then the final status; a run that looks regressed is run again to confirm it
 * (`--confirm-runs`, the rule in ./analysis/confirm.ts) and judged on those runs too; a profiled run's profile is diffed
 * against its baseline's. The run record, `pyrun compare`, the summary, the comment and the action's outputs all
 * read what `judge` returns. Outcomes are values (the run record's `status`):
 * - a failed or timed-out script keeps its own status;
 * - a script that succeeded with a failed gate is `gate_failed`;
 * - a script that succeeded, passed every gate and regressed on a metric is `regressed`.
 * Both `gate_failed` and `regressed` exit 99 (outcome.ts); whether that fails a CI step is the face's choice
 * (the action's `fail-on`), never a different status.
 */










/** The automatic verdict needs this many baseline runs by default (`--min-baseline-runs`). */
const MIN_BASELINE_RUNS = 5;
/** A gate written against `baseline` needs one baseline run: the user's own factor is the tolerance. */
const MIN_GATE_BASELINE_RUNS = 1;
function judge(input) {
    const { record } = input;
    const options = {
        min_baseline_runs: MIN_BASELINE_RUNS,
        // The last three runs together (analysis/verdict.ts judgeWindow): only on the baseline ref's own line. A pull
        // request's run beside main's two newest would be blamed for what main did.
        window: record.is_pull_request !== true,
        ...input.options,
        ...(record.repeats ? { repeats: record.repeats } : {}),
    };
    const judgement = judgeRun(record, input.baselineRuns, options);
    const { baseline } = judgement;
    let { verdicts } = judgement;
    const suspected = Object.fromEntries((0,engine_verdicts/* regressedMetrics */.k)({ verdicts }).map((m) => [m, verdicts[m]]));
    if (input.reruns !== undefined && input.reruns.length > 0 && Object.keys(suspected).length > 0) {
        const confirmed = confirmedVerdicts([record, ...input.reruns], input.baselineRuns, {
            min_baseline_runs: options.min_baseline_runs ?? MIN_BASELINE_RUNS,
            suspected,
        });
        verdicts = { ...verdicts, ...confirmed };
    }
    // A slower run on a busier machine (and every re-run busier too) is withheld, not called (analysis/busy-machine.ts).
    verdicts = (0,busy_machine/* withheldOnBusyMachine */.rM)(verdicts, [record, ...(input.reruns ?? [])], input.baselineRuns, input.busy_machine);
    const gates = evaluateGates(input.gates, record, (metric) => {
        const entry = baseline[metric];
        return entry && entry.runs >= MIN_GATE_BASELINE_RUNS ? entry.value : undefined;
    });
    const gateFailed = gates.some((g) => !g.passed);
    const regressed = Object.values(verdicts).some((v) => v?.verdict === 'regressed');
    return { ...record, baseline, verdicts, gates, status: judgedStatus(record.status, gateFailed, regressed) };
}
function judgedStatus(measured, gateFailed, regressed) {
    if (measured !== 'passed')
        return measured;
    if (gateFailed)
        return 'gate_failed';
    return regressed ? 'regressed' : 'passed';
}
/**
 * The baseline runs of `record` chosen by the one baseline query (history/planned.ts `baselineRunsFor`), then
 * judge(). `pyrun compare` calls this; the pipeline's judge step is handed the runs of that same query, so they
 * agree field for field.
 */
function judgeAgainstHistory(input) {
    const baselineRuns = baselineRunsFor(input.store, input.record, input.baseline_ref);
    return { record: judge({ ...input, baselineRuns }), baselineRuns };
}
/**
 * The judge step: judge() against the baseline runs it is handed (none: judged against nothing), chosen by the
 * query `pyrun compare` uses (history/planned.ts `baselineRunsFor`), so they agree field for field; confirmation
 * re-runs when the run looks regressed, and judge() again on them; the profile diff. The re-runs start the script
 * again, so a ScriptStartError may come from here too.
 */
async function judgeMeasured(run, measured, baselineRuns, deps) {
    const input = {
        record: measured,
        baselineRuns,
        gates: run.rules.gates,
        options: { min_baseline_runs: run.config.min_baseline_runs, judged: run.config.judge },
        busy_machine: run.config.busy_machine,
    };
    const judged = judge(input);
    const reruns = await confirmationRuns(run, judged, baselineRuns, deps);
    const record = reruns.length > 0 ? judge({ ...input, reruns }) : judged;
    return withProfileDiff(record, baselineRuns);
}
/**
 * A run that looks regressed is run again, up to `confirm_runs` times, until its suspected metrics are settled
 * (./analysis/confirm.ts): the re-runs' metrics, or none when nothing is suspected or confirming is off. Re-runs fire no
 * alerts and are not recorded as runs of their own; a re-run that fails ends the confirming (the suspicion stands).
 */
async function confirmationRuns(run, judged, baselineRuns, deps) {
    const planned = run.config.confirm_runs;
    const regressed = (0,engine_verdicts/* regressedMetrics */.k)(judged);
    // Benchmark mode already judges many runs; an instruction count is exact (its re-runs would only repeat it, at
    // valgrind's cost).
    if (planned === 0 || judged.status !== 'regressed' || judged.repeats !== undefined)
        return [];
    if (judged.instrumentation !== undefined)
        return [];
    const suspected = Object.fromEntries(regressed.map((m) => [m, judged.verdicts[m]]));
    const opts = { min_baseline_runs: run.config.min_baseline_runs, suspected };
    const shown = regressed.map((m) => `${m} ${(0,numbers/* formatChangePct */.jj)(judged.verdicts[m]?.change_pct)}`).join(', ');
    const reruns = [];
    for (let i = 1; i <= planned; i += 1) {
        deps.hooks?.onProgress?.(`${run.spec.name} looks regressed (${shown}): confirming, re-run ${i} of at most ${planned}`);
        const again = await runScript({ ...run.spec, retries: 0, repeat: 1, warmup: 0 }, { clock: deps.clock, proc: deps.proc, start: run.start }, { onInterruptible: deps.hooks?.onInterruptible });
        if (again.status !== 'passed') {
            deps.log.warn(`re-run ${i} to confirm the regression did not pass (${again.status}); the suspicion stands`);
            break;
        }
        reruns.push(runMetricsOf(again));
        if (settled([judged, ...reruns], baselineRuns, planned, opts))
            break;
    }
    return reruns;
}
function runMetricsOf(record) {
    return Object.fromEntries(engine_metrics/* RUN_METRIC_FIELDS */.tG.map((f) => [f, record[f]]));
}

;// CONCATENATED MODULE: ./src/engine/source-file.ts
/**
 * The file a run executes, as a path from the directory pyrun was started in (the repository root in CI), for
 * reports whose readers open it: JUnit's `file` attribute is where annotating actions place their annotations. A
 * suite's script is relative to its config file's folder, and a module is a dotted name, so neither is such a path
 * as given. A module is looked up as `python -m` looks first (in the run's working directory: `a/b.py`, then the
 * package's `a/b/__main__.py`); a module found elsewhere (installed, or on PYTHONPATH) gives null.
 */


function sourceFile(launch, base_dir) {
    const candidates = launch.module
        ? [
            external_node_path_default().join(launch.cwd, ...launch.script.split('.')) + '.py',
            external_node_path_default().join(launch.cwd, ...launch.script.split('.'), '__main__.py'),
        ]
        : [external_node_path_default().resolve(launch.cwd, launch.script)];
    const found = candidates.find((file) => isFile(file));
    if (found === undefined)
        return launch.module ? null : relativeTo(base_dir, candidates[0]);
    return relativeTo(base_dir, found);
}
function isFile(file) {
    try {
        return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
/** `examples/etl.py` (always `/`-separated, as report readers expect); the absolute path when it is not below. */
function relativeTo(base_dir, file) {
    const relative = external_node_path_default().relative(base_dir, file);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return file;
    return relative.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/engine/report/files.ts


/** As a run ends: its metrics to every `--export` target (trouble with one is a warning). */
async function exportMetrics(record, targets, log) {
    if (targets.length === 0)
        return;
    const { exportRun } = await __webpack_require__.e(/* import() */ 348).then(__webpack_require__.bind(__webpack_require__, 1348));
    await exportRun(record, targets, { warn: (m) => log.warn(m) });
}
/** Once every run has ended: the report files, one per format, covering every record. */
async function report(records, paths, deps) {
    const store = paths.html ? await deps.history() : null;
    await writeReports(records, paths, {
        log: deps.log,
        source_files: deps.runs.map((run) => sourceFile(run.spec.launch, deps.base_dir)),
        history: (name) => pastRuns(store, name),
        protect: deps.protect, // checked again at write time: the script may have put a symlink there meanwhile
    });
}
async function writeReports(records, paths, deps) {
    if (records.length === 0 || Object.values(paths).every((p) => !p))
        return;
    // Each renderer is loaded only when its format is asked for: a JSON record must not pay for the XML builder.
    const one = records.length === 1 ? records[0] : null;
    const outputs = [
        [
            paths.json,
            async () => one ? (await __webpack_require__.e(/* import() */ 511).then(__webpack_require__.bind(__webpack_require__, 3511))).renderJson(one) : `${JSON.stringify(records, null, 2)}\n`,
        ],
        [
            paths.junit,
            async () => (await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(661)]).then(__webpack_require__.bind(__webpack_require__, 4661))).renderJunit(one ?? records, { files: deps.source_files }),
        ],
        [paths.tap, async () => (await __webpack_require__.e(/* import() */ 528).then(__webpack_require__.bind(__webpack_require__, 1528))).renderTap(one ?? records)],
        [
            paths.summary,
            async () => one
                ? (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1210))).renderMarkdown(one)
                : (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8900))).renderMarkdownMulti(records),
        ],
        [
            paths.html,
            async () => {
                const { renderHtml, renderHtmlMulti } = await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(882)]).then(__webpack_require__.bind(__webpack_require__, 3882));
                return one ? renderHtml(one, { history: deps.history(one.name) }) : renderHtmlMulti(records);
            },
        ],
    ];
    const interop = () => __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 6937));
    outputs.push([paths.benchmark_action, async () => (await interop()).benchmarkActionJson(records)], [paths.bmf, async () => (await interop()).bmfJson(records)], [paths.hyperfine, async () => (await interop()).hyperfineJson(records)]);
    const { writeReportFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4709)); // with fs/promises: only when asked
    for (const [file, render] of outputs) {
        if (!file)
            continue;
        const written = await writeReportFile(file, await render(), { protect: deps.protect ?? [] });
        if (!written.ok)
            deps.log.warn(`could not write the report ${file}: ${written.error}`);
    }
}

;// CONCATENATED MODULE: ./src/engine/pipeline.ts








async function runPipeline(request, ports) {
    const warn = (message) => ports.log.warn(message);
    // 1. prepare
    const prepared = await prepare(request, ports);
    // 2. history: parsed while the first script runs (started as it is spawned), awaited when it is needed
    const history = prepared.history
        ? await planHistory(prepared.history.file, prepared.history.mode, warn)
        : null;
    const hooks = {
        ...ports.hooks,
        onSpawned: () => {
            ports.hooks?.onSpawned?.();
            history?.start();
        },
    };
    const records = [];
    /** Series whose run could not be written to the history: pyrun's own failure, exit 125 (not a silent loss). */
    const unsaved = [];
    let history_bytes = null;
    try {
        for (const run of prepared.runs) {
            let judged;
            try {
                // 3. execute, the live alerts watching
                const measured = await execute(run, { ...ports, hooks: run.alerts.watching(hooks) });
                // 4. judge, against the baseline runs the history holds for this run (read before it, parsed meanwhile)
                const baseline_ref = run.config.baseline_ref ?? request.history?.default_baseline_ref ?? null;
                const baselineRuns = planned_baselineRunsFor(history ? await history.store() : null, measured, baseline_ref);
                judged = await judgeMeasured(run, measured, baselineRuns, { ...ports, hooks });
            }
            catch (error) {
                // An interpreter that dies before the script starts: a record that says so (exit 125), never remembered.
                if (!(error instanceof ScriptStartError))
                    throw error;
                records.push(unstartedRecord(run, error.message));
                continue;
            }
            // 5. alert
            const record = run.alerts.atEnd(judged);
            // 6. remember; the alerts' deliveries are awaited only then, so a slow channel never delays the history write
            if (!(await remember(history, record, run.config.keep_runs, { ...ports.log, hooks: ports.hooks })))
                unsaved.push(record.name);
            history_bytes = (history ? (await history.ready())?.written : null) ?? history_bytes;
            await run.alerts.delivered(ports.alert_drain_ms ?? 10_000);
            // 7. report, as the run ends: its metrics to the --export targets
            await exportMetrics(record, run.exports, ports.log);
            records.push(record);
        }
        // 7. report, once every run has ended: the files
        await report(records, prepared.reports, {
            log: ports.log,
            runs: prepared.runs,
            base_dir: request.facts.base_dir,
            history: async () => (history ? await history.store() : null),
            protect: prepared.history ? [prepared.history.file] : [],
        });
    }
    finally {
        await history?.close();
    }
    // 8. explain
    return { records, ...explainRuns(records, unsaved), history_bytes };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/action/cache-key.ts
/**
 * Actions-cache keys for a series' history. Pure: every fact about the run arrives as an argument.
 *
 * Layout (one entry per run, keys are immutable):
 *
 *   pyrun-v1-<os>-<arch>-<identity>-<ref>_<run_id>-<run_attempt>
 *
 * - `<os>`, `<arch>`: RUNNER_OS / RUNNER_ARCH (`Linux`, `X64`), reduced to [A-Za-z0-9_.] so they hold no `-`.
 * - `<identity>`: 16 hex digits of SHA-256 over (workflow, job, series, matrix identity). The series name and the
 *   matrix can be any text; hashing keeps the key short and valid, and parallel matrix legs, jobs and series never
 *   share a key or a restore prefix. The matrix JSON is canonicalised (object keys sorted) before hashing.
 * - `<ref>`: the full git ref (`refs/heads/main`, `refs/pull/7/merge`). A short branch name (`main`, as
 *   GITHUB_BASE_REF gives it) becomes `refs/heads/main`, so a pull request finds the history its base branch's
 *   pushes saved. Every character but letters, digits, `.` and `-` is percent-encoded (`refs%2Fheads%2Fmain`), so a
 *   key is also a valid file name: stand-ins that store an entry as a file named after its key (the cache stub of
 *   @github/local-action) cannot meet a `/`, and the cache service never meets a `,`. A ref too long for the
 *   512-character limit is replaced by `~` and its hash (an encoded ref always starts with `refs`).
 * - `_` ends the ref and occurs nowhere else in it (it is encoded), so the restore prefix `…-refs%2Fheads%2Fmain_`
 *   can never match the history of `refs/heads/main-2` (a `-` separator would).
 * - Entries saved before this encoding (`…-refs/heads/main:…`) are still restored: each prefix in the older form
 *   follows the new ones, so an upgrade keeps the history.
 *
 * Restore prefixes, newest entry wins within a prefix, first prefix that matches wins:
 * - a pull request (or any run given `baseRef`): the base ref's prefix only. Its baseline is the base branch's
 *   history, and since its own runs are saved under the pull request's ref, they never become anyone's baseline.
 * - otherwise: this ref's prefix, then `defaultRef`'s (when given and different) so a new branch starts from the
 *   default branch's history.
 */

const HISTORY_KEY_VERSION = 'pyrun-v1';
/** The cache service refuses longer keys. */
const MAX_CACHE_KEY_CHARS = 512;
/** Encoded refs longer than this are hashed, which keeps every key well under the limit. */
const MAX_REF_CHARS = 300;
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** `Linux` stays `Linux`; anything outside [A-Za-z0-9_.] becomes `_` (and never `-`, the separator). */
function token(text, fallback) {
    const cleaned = text.trim().replace(/[^A-Za-z0-9_.]/g, '_');
    return cleaned === '' ? fallback : cleaned;
}
/** Sorts object keys recursively, so `{"b":1,"a":2}` and `{"a":2,"b":1}` are the same identity. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return value.map(canonicalJson);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
        return Object.fromEntries(entries.map(([k, v]) => [k, canonicalJson(v)]));
    }
    return value;
}
/** The matrix identity as stable text: canonical JSON when it parses, the text itself otherwise. */
function matrixIdentity(matrix) {
    if (matrix === null || matrix.trim() === '' || matrix.trim() === 'null')
        return null;
    try {
        return JSON.stringify(canonicalJson(JSON.parse(matrix)));
    }
    catch {
        return matrix.trim();
    }
}
/** 16 hex digits naming (workflow, job, series, matrix). */
function seriesIdentity(input) {
    const parts = [input.workflow, input.job, input.series, matrixIdentity(input.matrix)];
    return sha256Hex(JSON.stringify(parts)).slice(0, 16);
}
/** `main` → `refs/heads/main`; full refs unchanged. */
function fullRef(ref) {
    const trimmed = ref.trim();
    if (trimmed === '')
        return 'refs/heads/unknown';
    return trimmed.startsWith('refs/') ? trimmed : `refs/heads/${trimmed}`;
}
/** The ref as it appears in a key: all but `[A-Za-z0-9.-]` percent-encoded (UTF-8), or `~<hash>` when too long. */
function encodeRef(ref) {
    const full = fullRef(ref);
    const encoded = Array.from(Buffer.from(full, 'utf8'))
        .map((byte) => {
        const char = String.fromCharCode(byte);
        return /[A-Za-z0-9.-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
        .join('');
    return encoded.length <= MAX_REF_CHARS ? encoded : `~${sha256Hex(full).slice(0, 32)}`;
}
/** The ref in the keys of earlier versions: `%`, `,` and `:` encoded, `:` the terminator. */
function legacyEncodeRef(ref) {
    const full = fullRef(ref);
    const encoded = full.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A');
    return encoded.length <= MAX_REF_CHARS ? encoded : `~${sha256Hex(full).slice(0, 32)}`;
}
function stem(input) {
    return [HISTORY_KEY_VERSION, token(input.os, 'os'), token(input.arch, 'arch'), seriesIdentity(input)].join('-');
}
function historyCacheKeys(input) {
    const base = stem(input);
    const prefixOf = (ref) => `${base}-${encodeRef(ref)}_`;
    const legacyPrefixOf = (ref) => `${base}-${legacyEncodeRef(ref)}:`;
    const saveKey = `${prefixOf(input.ref)}${token(input.run_id, '0')}-${token(input.run_attempt, '1')}`;
    let refs;
    if (input.baseRef && input.baseRef.trim() !== '') {
        refs = [input.baseRef];
    }
    else {
        refs = [input.ref];
        if (input.defaultRef && input.defaultRef.trim() !== '')
            refs.push(input.defaultRef);
    }
    const restorePrefixes = [...new Set([...refs.map(prefixOf), ...refs.map(legacyPrefixOf)])];
    return { saveKey, restorePrefixes };
}
/**
 * The git ref a restore prefix (`…-<encoded ref>_`, or the older `…-<ref>:`) was made for, or null when it was
 * hashed (too long) or the text is not such a prefix. The REST cache listing filters on it.
 */
function refOfPrefix(prefix) {
    if (!prefix.startsWith(`${HISTORY_KEY_VERSION}-`))
        return null;
    const match = /^[^-]+-[^-]+-[0-9a-f]{16}-(.*)([_:])$/.exec(prefix.slice(HISTORY_KEY_VERSION.length + 1));
    const encoded = match?.[1];
    if (encoded === undefined || !encoded.startsWith('refs'))
        return null;
    if (match?.[2] === ':') {
        if (!encoded.startsWith('refs/'))
            return null;
        return encoded.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    }
    if (!/^[A-Za-z0-9.%-]*$/.test(encoded))
        return null;
    try {
        return decodeURIComponent(encoded);
    }
    catch {
        return null;
    }
}
/** The restore prefix a saved key lives under (the ref's, ending in `_`, or `:` in the older form); null if none. */
function prefixOfKey(key) {
    const match = /^[^-]+-[^-]+-[^-]+-[^-]+-[0-9a-f]{16}-(?:refs[A-Za-z0-9.%-]*|~[0-9a-f]{32})_/.exec(key);
    if (match)
        return match[0];
    const cut = key.lastIndexOf(':');
    return cut > 0 ? key.slice(0, cut + 1) : null;
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 344 modules
var cache = __webpack_require__(2077);
;// CONCATENATED MODULE: ./src/action/cache.ts
/**
 * History in the Actions cache, through the real `@actions/cache` client.
 *
 * Caching is best-effort: these functions never throw. No cache service (outside Actions, or a runner without
 * one) is one info line; a broken service, a 5xx, a read-only token for an untrusted trigger, or anything else is
 * ONE warning through `warn`, and the run goes on.
 *
 * Keys are immutable: save under a key unique to the run (see cache-key.ts) and restore by prefix, newest entry
 * first. Pass the identical `path` string to both: the client hashes it into the entry's version, and a different
 * spelling of the same file is a miss. An absolute path (e.g. under RUNNER_TEMP) restores to the same place on the
 * next runner; the archive is made relative to GITHUB_WORKSPACE.
 *
 * One warning, not three: the client reports its own trouble through `@actions/core` annotations (a warning, a
 * second one for a failed upload, an `::error::` annotation for some 5xx) and a failed reservation only as debug
 * text. While a client call runs we hold back the client's `::warning::`/`::error::` lines from stdout and read its
 * "Failed to reserve cache" debug line; afterwards we emit a single warning (or an info line when the only problem
 * is that the key already exists). Everything else the client prints (progress, `::add-mask::`, debug) passes
 * through untouched. Nothing else may print annotations while a cache call is in flight; in the action nothing does.
 */


/** The client accepts at most this many keys in one restore. */
const MAX_RESTORE_KEYS = 10;
const NO_SERVICE = 'The Actions cache service is not available here (no ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL, as outside ' +
    'GitHub Actions), so history is not kept between runs. Set `history: none` to skip this step.';
function unescapeCommandData(text) {
    return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}
const ANNOTATION = /^::(?:warning|error)(?: [^:]*)?::(.*)$/;
const RESERVE_FAILURE = /^::debug::Failed to reserve cache: (.*)$/;
/** Runs one client call while holding back its annotations (see the header). */
async function withClientReport(call) {
    const report = { problems: [], reserveFailure: null };
    const stdout = process.stdout;
    const originalWrite = stdout.write;
    const patchedWrite = function (chunk, ...rest) {
        const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
        if (text === null)
            return originalWrite.call(stdout, chunk, ...rest);
        const kept = [];
        for (const line of text.split(/(?<=\n)/)) {
            const bare = line.replace(/\r?\n$/, '');
            const annotation = ANNOTATION.exec(bare);
            if (annotation) {
                report.problems.push(unescapeCommandData(annotation[1] ?? ''));
                continue;
            }
            const reserve = RESERVE_FAILURE.exec(bare);
            if (reserve)
                report.reserveFailure = unescapeCommandData(reserve[1] ?? '');
            kept.push(line);
        }
        if (kept.length > 0) {
            return originalWrite.call(stdout, kept.join(''), ...rest);
        }
        const callback = rest.find((r) => typeof r === 'function');
        if (callback)
            process.nextTick(callback);
        return true;
    };
    stdout.write = patchedWrite;
    try {
        const value = await call();
        return { value, report };
    }
    finally {
        stdout.write = originalWrite;
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A warning names what failed, the client's reason, and that the run goes on. */
function cache_explain(raw) {
    const problem = raw.replace(/^Failed to (?:save|restore): /, '').replace(/^Error: /, '');
    if (problem.includes('cache write denied')) {
        return `${problem} (the cache token of this run is read-only, as for untrusted triggers such as pull requests from forks)`;
    }
    if (problem.includes('cache read denied')) {
        return `${problem} (the cache token of this run may not read the cache)`;
    }
    return problem;
}
/**
 * Restores the newest history entry under the first prefix that has one. Returns the key it came from, or null
 * (nothing yet, no service, or trouble, which was reported once).
 */
async function restoreHistory(opts) {
    try {
        // @github/local-action's stub of @actions/cache has no isFeatureAvailable: there the cache is a local folder.
        if (typeof cache/* isFeatureAvailable */.w3 === 'function' && !cache/* isFeatureAvailable */.w3()) {
            opts.info(NO_SERVICE);
            return { restoredKey: null };
        }
        // The primary key is matched exactly and then as a prefix; it is repeated first among the restore keys, so
        // the lookup does not depend on the service prefix-matching a primary key.
        const keys = [...new Set([opts.keyPrefix, ...opts.restorePrefixes].filter((k) => k !== ''))];
        const primary = keys[0];
        if (primary === undefined) {
            opts.info('No history cache key to restore from; this run starts a new history.');
            return { restoredKey: null };
        }
        const restoreKeys = keys.slice(0, MAX_RESTORE_KEYS - 1);
        const { value, report } = await withClientReport(() => cache/* restoreCache */.P3([opts.path], primary, restoreKeys));
        if (value) {
            for (const problem of report.problems)
                opts.info(`The cache client reported: ${problem}`);
            opts.info(`History restored from the Actions cache entry ${value}.`);
            return { restoredKey: value };
        }
        if (report.problems.length > 0) {
            opts.warn(`Could not restore history from the Actions cache: ${cache_explain(report.problems[0])}. ` +
                'This run goes on without earlier runs to compare with.');
            return { restoredKey: null };
        }
        opts.info(`No history in the Actions cache yet under ${keys.join(' or ')}; this run starts a new one.`);
        return { restoredKey: null };
    }
    catch (error) {
        opts.warn(`Could not restore history from the Actions cache: ${messageOf(error)}. ` +
            'This run goes on without earlier runs to compare with.');
        return { restoredKey: null };
    }
}
/** Saves the history file under `key`. True when an entry was written. */
async function saveHistory(opts) {
    try {
        // @github/local-action's stub of @actions/cache has no isFeatureAvailable: there the cache is a local folder.
        if (typeof cache/* isFeatureAvailable */.w3 === 'function' && !cache/* isFeatureAvailable */.w3()) {
            opts.info(NO_SERVICE);
            return false;
        }
        if (!(0,external_node_fs_.existsSync)(opts.path)) {
            opts.info(`No history file at ${opts.path}; nothing to save to the Actions cache.`);
            return false;
        }
        const refused = (await opts.checkBefore?.()) ?? null;
        if (refused !== null) {
            opts.warn(`History not saved to the Actions cache: the file to save changed after pyrun wrote it (${refused}); ` +
                'a process the script left may still be running. The run itself is unaffected; the next run will not see this one.');
            return false;
        }
        const { value: entryId, report } = await withClientReport(() => cache/* saveCache */.Io([opts.path], opts.key));
        if (entryId !== -1) {
            for (const problem of report.problems)
                opts.info(`The cache client reported: ${problem}`);
            const changed = (await opts.checkAfter?.()) ?? null;
            if (changed !== null) {
                opts.warn(`The history saved to the Actions cache as ${opts.key} may not be the one pyrun wrote: the file changed ` +
                    `while the cache client read it (${changed}); a process the script left may still be running. ` +
                    'Delete that cache entry if you cannot rule that out.');
                return true;
            }
            opts.info(`History saved to the Actions cache as ${opts.key}.`);
            return true;
        }
        if (report.problems.length > 0) {
            opts.warn(`Could not save history to the Actions cache: ${cache_explain(report.problems[0])}. ` +
                'The run itself is unaffected; the next run will not see this one.');
            return false;
        }
        if (report.reserveFailure !== null && !/\(409\)|already exists/i.test(report.reserveFailure)) {
            opts.warn(`Could not save history to the Actions cache: ${cache_explain(report.reserveFailure)}. ` +
                'The run itself is unaffected; the next run will not see this one.');
            return false;
        }
        if (report.reserveFailure !== null) {
            opts.info(`History not saved: the cache key ${opts.key} already exists (keys are immutable).`);
            return false;
        }
        opts.info(`History not saved to the Actions cache (the cache client declined, e.g. a read-only cache-mode).`);
        return false;
    }
    catch (error) {
        opts.warn(`Could not save history to the Actions cache: ${messageOf(error)}. ` +
            'The run itself is unaffected; the next run will not see this one.');
        return false;
    }
}
/**
 * Restores exactly the entry `key` to `path` (no prefix matching). True when restored; trouble is one warning
 * through `warn` and false. For merging several entries (history-merge.ts); the caller checks availability.
 */
async function restoreExactEntry(opts) {
    try {
        const { value, report } = await withClientReport(() => cache/* restoreCache */.P3([opts.path], opts.key, []));
        if (value === opts.key)
            return true;
        if (report.problems.length > 0) {
            opts.warn(`Could not restore the history entry ${opts.key}: ${cache_explain(report.problems[0])}.`);
        }
        return false;
    }
    catch (error) {
        opts.warn(`Could not restore the history entry ${opts.key}: ${messageOf(error)}.`);
        return false;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/action/history-copy.ts
/**
 * What the action saves to the Actions cache is a private copy of the history pyrun wrote, never the file the
 * script could reach. The file pyrun wrote lives in a folder the script can write (same user): a process the script
 * left could replace it between pyrun's write and the cache client's read, and the next run — of the whole
 * branch — would take its baseline from that.
 *
 * So, once the scripts and every process they left have ended, the history's folder (its path string is fixed: the
 * cache client hashes it into the entry's version) is moved aside with whatever is in it and made anew, empty,
 * mode 0700; the bytes pyrun wrote (held in memory, PipelineResult.history_bytes) are written there to a new file;
 * just before the client reads it, the file is checked to hold exactly those bytes (same SHA-256), and after the
 * client has read it, to be the same file, unchanged. A process holding the old folder open writes only there.
 */




function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
function history_copy_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Writes `bytes` to `file` in a fresh private folder (see the header). Throws when it cannot; the caller saves
 * nothing then.
 */
async function writePrivateCopy(file, bytes) {
    const dir = external_node_path_default().dirname(file);
    const aside = `${dir}.replaced-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    try {
        await (0,promises_.rename)(dir, aside);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    // Best effort: a process still writing into the old folder may keep it from going away; it is never read again.
    await (0,promises_.rm)(aside, { recursive: true, force: true }).catch(() => undefined);
    await (0,promises_.mkdir)(dir, { mode: 0o700 }); // EEXIST: something made it meanwhile, and nothing is saved
    await (0,promises_.chmod)(dir, 0o700); // whatever the umask
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, 0o600);
    try {
        await handle.writeFile(bytes);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    return { file, sha256: sha256(bytes), size: bytes.length };
}
/**
 * Whether the copy still holds exactly what pyrun wrote: its folder a directory of this user with mode 0700, the
 * file a regular file (not a symlink) of the same size and SHA-256. `same` (the check made before the cache client
 * read it): also the very same file, untouched since (inode, modification and change times).
 */
async function checkPrivateCopy(copy, same) {
    try {
        const dir = await (0,promises_.lstat)(external_node_path_default().dirname(copy.file));
        const uid = process.getuid?.();
        if (!dir.isDirectory() || (dir.mode & 0o777) !== 0o700 || (uid !== undefined && dir.uid !== uid)) {
            return { ok: false, problem: 'its private folder was replaced or opened up' };
        }
        const handle = await (0,promises_.open)(copy.file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        try {
            const stats = await handle.stat();
            if (!stats.isFile())
                return { ok: false, problem: 'it is no longer a regular file' };
            if (same &&
                (stats.dev !== same.dev ||
                    stats.ino !== same.ino ||
                    stats.mtimeMs !== same.mtimeMs ||
                    stats.ctimeMs !== same.ctimeMs)) {
                return { ok: false, problem: 'it was replaced or written to' };
            }
            const bytes = await handle.readFile();
            if (bytes.length !== copy.size || sha256(bytes) !== copy.sha256) {
                return { ok: false, problem: 'it no longer holds the bytes pyrun wrote' };
            }
            return { ok: true, stats };
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return { ok: false, problem: history_copy_messageOf(error) };
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var lib_github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/engine/history/open.ts + 1 modules
var history_open = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/engine/history/errors.ts
var history_errors = __webpack_require__(2998);
// EXTERNAL MODULE: ./src/engine/history/target.ts
var history_target = __webpack_require__(7616);
;// CONCATENATED MODULE: ./src/action/history-merge.ts
/**
 * Overlapping workflow runs of one series (two quick pushes) each restore the same newest cache entry and each
 * save their own, so the next restore, which takes only the newest, would lose a run. Here the action lists its
 * prefix's newest entries through the REST API (`GET /repos/{owner}/{repo}/actions/caches?key=<prefix>&ref=<ref>`,
 * which needs `permissions: actions: read`), restores each one (the cache client restores to the same path
 * string every time: restore, move aside, next…), and merges them by run_id into the one history the run then
 * reads and saves under its own key. Without a token or without the permission: the newest entry alone, and one
 * notice saying which permission to add.
 *
 * After the merged history is saved, `pruneHistoryCaches` may delete the entries it superseded
 * (`permissions: actions: write`), so old histories do not fill the repository's cache quota.
 */





/** Entries merged at most (the newest first): enough for a burst of pushes, few downloads. */
const DEFAULT_MAX_MERGED_ENTRIES = 5;
const READ_NOTICE = 'pyrun merges the history entries of overlapping runs (two quick pushes) only when it may list the ' +
    'repository’s caches: add `permissions: actions: read` to the job (and pass `github-token`). Until then ' +
    'the newest entry alone is restored, and a run saved at the same time by another workflow run may be missed.';
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
function history_merge_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
function octokitFor(github) {
    return (0,lib_github/* getOctokit */.Q)(github.token, { baseUrl: github.apiUrl.replace(/\/+$/, '') });
}
function ownerRepo(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    return owner && repo && rest.length === 0 ? { owner, repo } : null;
}
/** The keys under `prefix` (and `ref`, when known), newest first; or the HTTP status that refused. */
async function listKeys(github, prefix, max) {
    const where = ownerRepo(github.repository);
    if (where === null)
        return { status: null, message: `GITHUB_REPOSITORY '${github.repository}' is not owner/repo` };
    const ref = refOfPrefix(prefix);
    try {
        const response = await octokitFor(github).request('GET /repos/{owner}/{repo}/actions/caches', {
            ...where,
            key: prefix,
            ...(ref === null ? {} : { ref }),
            sort: 'created_at',
            direction: 'desc',
            per_page: Math.min(100, Math.max(max, 1)),
        });
        const listing = response.data;
        const entries = (listing.actions_caches ?? [])
            .filter((e) => typeof e.key === 'string' && e.key.startsWith(prefix))
            .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
        return { keys: [...new Set(entries.map((e) => e.key))].slice(0, max) };
    }
    catch (error) {
        return { status: statusOf(error), message: history_merge_messageOf(error) };
    }
}
/**
 * Restores the history: the newest entry of the first prefix that has one, merged with that prefix's other
 * newest entries when the token may list them (see the header). Never throws; trouble is one warning or notice.
 */
async function restoreMergedHistory(opts) {
    const notice = opts.notice ?? opts.info;
    const log = { warn: opts.warn, info: opts.info };
    const { restoredKey } = await restoreHistory({
        ...log,
        path: opts.path,
        keyPrefix: opts.keyPrefix,
        restorePrefixes: opts.restorePrefixes,
    });
    if (restoredKey === null)
        return { path: opts.path, restoredKeys: [] };
    const alone = { path: opts.path, restoredKeys: [restoredKey] };
    if (!opts.github?.token) {
        notice(READ_NOTICE);
        return alone;
    }
    const prefix = [opts.keyPrefix, ...opts.restorePrefixes].find((p) => p !== '' && restoredKey.startsWith(p)) ??
        opts.keyPrefix;
    const max = Math.max(1, opts.maxEntries ?? DEFAULT_MAX_MERGED_ENTRIES);
    const listed = await listKeys(opts.github, prefix, max);
    if ('status' in listed) {
        if (listed.status === 403 || listed.status === 404)
            notice(READ_NOTICE);
        else
            opts.info(`Could not list the history cache entries (${listed.message}); the newest entry alone is used.`);
        return alone;
    }
    const others = listed.keys.filter((k) => k !== restoredKey).slice(0, max - 1);
    if (others.length === 0)
        return alone;
    return mergeEntries(opts.path, restoredKey, others, log);
}
/** Restores each of `others` beside the newest (already at `path`) and merges them all into `path`. */
async function mergeEntries(path, newest, others, log) {
    const parts = [{ key: newest, file: `${path}.merge-0` }];
    try {
        await (0,promises_.rename)(path, parts[0].file);
        for (const [i, key] of others.entries()) {
            if (!(await restoreExactEntry({ ...log, path, key })))
                continue;
            const file = `${path}.merge-${i + 1}`;
            await (0,promises_.rename)(path, file);
            parts.push({ key, file });
        }
        await (0,promises_.rm)(path, { force: true });
        const merged = [];
        const history = await (0,history_open/* openHistory */.j)(path, { mode: 'replace' });
        try {
            await history.update(async (store) => {
                for (const part of parts) {
                    try {
                        await store.importDatabase(part.file);
                        merged.push(part.key);
                    }
                    catch (error) {
                        if (!(error instanceof history_errors/* HistoryError */.t || error instanceof history_target/* HistoryTargetError */.qc))
                            throw error;
                        log.info(`The history entry ${part.key} is left out: ${error.message}`);
                    }
                }
            });
        }
        finally {
            history.close();
        }
        log.info(`History merged from ${merged.length} Actions cache entries: ${merged.join(', ')}.`);
        return { path, restoredKeys: merged };
    }
    catch (error) {
        log.warn(`Could not merge the history cache entries (${history_merge_messageOf(error)}); the newest entry alone is used.`);
        await (0,promises_.rename)(parts[0].file, path).catch(() => undefined);
        return { path, restoredKeys: [newest] };
    }
    finally {
        for (const part of parts)
            await (0,promises_.rm)(part.file, { force: true }).catch(() => undefined);
    }
}
/**
 * Deletes the cache entries merged into the history this run saved (input `prune-history-caches`; needs
 * `permissions: actions: write`). Only entries under the saved key's own prefix, never the saved key itself, and
 * only after the save succeeded. Returns how many were deleted; never throws.
 */
async function pruneHistoryCaches(opts) {
    const notice = opts.notice ?? opts.info;
    const prefix = prefixOfKey(opts.savedKey);
    const doomed = opts.supersededKeys.filter((k) => k !== opts.savedKey && prefix !== null && k.startsWith(prefix));
    if (doomed.length === 0)
        return 0;
    if (!opts.github?.token) {
        notice('prune-history-caches needs `github-token` with `permissions: actions: write`; nothing was deleted.');
        return 0;
    }
    const where = ownerRepo(opts.github.repository);
    if (where === null)
        return 0;
    const ref = refOfPrefix(prefix ?? '');
    const octokit = octokitFor(opts.github);
    let deleted = 0;
    for (const key of doomed) {
        try {
            await octokit.request('DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}', {
                ...where,
                key,
                ...(ref === null ? {} : { ref }),
            });
            deleted++;
        }
        catch (error) {
            if (statusOf(error) === 403) {
                notice('prune-history-caches could not delete superseded history entries: add `permissions: actions: write` to the job.');
            }
            else {
                opts.info(`Could not delete the superseded history entry ${key}: ${history_merge_messageOf(error)}.`);
            }
            return deleted;
        }
    }
    opts.info(`Deleted ${deleted} superseded history cache ${deleted === 1 ? 'entry' : 'entries'}.`);
    return deleted;
}

;// CONCATENATED MODULE: ./src/action/context.ts
/** The facts of the workflow run the action needs, read once from the runner's environment and event payload. */

function readRunContext(env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const event_name = env.GITHUB_EVENT_NAME ?? '';
    const pr = payload.pull_request;
    const is_pull_request = pr !== undefined;
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        event_name,
        is_pull_request,
        pr_number: pr?.number ?? payload.number ?? null,
        ref_name: (is_pull_request ? env.GITHUB_HEAD_REF || pr?.head?.ref : env.GITHUB_REF_NAME) || null,
        base_ref: is_pull_request ? env.GITHUB_BASE_REF || pr?.base?.ref || null : null,
        default_branch: payload.repository?.default_branch ?? null,
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? null,
        head_sha: pr?.head?.sha ?? env.GITHUB_SHA ?? null,
        base_sha: pr?.base?.sha ?? null,
        owner,
        repo,
        api_url: env.GITHUB_API_URL ?? 'https://api.github.com',
        run_url: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
            ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : null,
        run_id: env.GITHUB_RUN_ID ?? '0',
        run_attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        runner_os: env.RUNNER_OS ?? process.platform,
        runner_arch: env.RUNNER_ARCH ?? process.arch,
        runner_temp: env.RUNNER_TEMP ?? (env.TMPDIR || '/tmp'),
    };
}

;// CONCATENATED MODULE: ./src/engine/ab/worktree.ts
/**
 * `pyrun ab --against REF`: REF checked out into a temporary `git worktree` (detached, so no branch is locked),
 * removed again afterwards. git runs through execFile: no shell, arguments as they are. Every problem a user can
 * cause is a PyrunError (exit 125) that says what is wrong: not a git repository, a ref that does not exist, the
 * script missing from REF's tree.
 */





const GIT_TIMEOUT_MS = 120_000;
function git(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: GIT_TIMEOUT_MS, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ ok: error === null, stdout: String(stdout).trim(), stderr: String(stderr).trim() }));
    });
}
/**
 * Makes sure the commit `sha` is in the repository that contains `cwd`: a CI checkout is often shallow and holds
 * only the commit under test, so the base of a pull request is fetched (that one commit) from `origin`.
 */
async function ensureCommit(sha, cwd) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        throw new errors/* PyrunError */.Pu(`not a commit sha: '${sha}'`);
    const have = await git(['cat-file', '-e', `${sha}^{commit}`], cwd);
    if (have.ok)
        return;
    const fetched = await git(['fetch', '--no-tags', '--depth=1', 'origin', sha], cwd);
    if (!fetched.ok) {
        throw new errors/* PyrunError */.Pu(`could not fetch the base commit ${sha.slice(0, 12)} from origin: ${fetched.stderr.split('\n')[0] ?? ''}`);
    }
}
/** Checks REF out beside the working tree that contains `cwd`. */
async function checkoutRef(ref, cwd) {
    if (ref === '' || ref.startsWith('-'))
        throw new errors/* PyrunError */.Pu(`--against: not a git ref: '${ref}'`);
    const top = await git(['rev-parse', '--show-toplevel'], cwd);
    if (!top.ok) {
        const why = top.stderr.split('\n')[0] || 'git failed';
        throw new errors/* PyrunError */.Pu(`--against needs a git repository, but ${cwd} is not in one (${why})`);
    }
    const repo_root = top.stdout;
    const resolved = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], repo_root);
    if (!resolved.ok || resolved.stdout === '') {
        throw new errors/* PyrunError */.Pu(`--against: no commit named '${ref}' in ${repo_root} (a branch, tag or sha; fetch it first if it is remote)`);
    }
    const sha = resolved.stdout;
    const parent = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'pyrun-ab-'));
    const dir = external_node_path_default().join(parent, 'tree');
    const added = await git(['worktree', 'add', '--detach', '--quiet', dir, sha], repo_root);
    let removed = false;
    const remove = async () => {
        if (removed)
            return;
        removed = true;
        await git(['worktree', 'remove', '--force', dir], repo_root);
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        await git(['worktree', 'prune'], repo_root);
    };
    if (!added.ok) {
        await remove();
        throw new errors/* PyrunError */.Pu(`--against: could not check out '${ref}': ${added.stderr.split('\n')[0] ?? ''}`);
    }
    return { repo_root, dir, ref, sha, remove };
}
/**
 * The same path inside REF's tree: `file` (absolute, or relative to `cwd`) must lie in the repository. Throws a
 * PyrunError when it does not, or when REF's tree has no such file.
 */
async function pathInRefTree(tree, cwd, file) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const inRepo = external_node_path_default().relative(await realPath(tree.repo_root), await realPath(absolute));
    if (inRepo.startsWith('..') || external_node_path_default().isAbsolute(inRepo)) {
        throw new errors/* PyrunError */.Pu(`--against: ${file} is outside the repository ${tree.repo_root}`);
    }
    const there = external_node_path_default().join(tree.dir, inRepo);
    const found = await (0,promises_.stat)(there).then((s) => s.isFile(), () => false);
    if (!found)
        throw new errors/* PyrunError */.Pu(`--against: ${inRepo} does not exist in ${tree.ref} (${tree.sha.slice(0, 12)})`);
    return there;
}
/** The working directory inside REF's tree that corresponds to `cwd` (the tree's root when cwd is outside). */
async function dirInRefTree(tree, cwd) {
    const inRepo = external_node_path_default().relative(await realPath(tree.repo_root), await realPath(cwd));
    if (inRepo.startsWith('..') || external_node_path_default().isAbsolute(inRepo))
        return tree.dir;
    return external_node_path_default().join(tree.dir, inRepo);
}
/** The real path of a file or of its deepest existing ancestor (symlinked /tmp on macOS). */
async function realPath(file) {
    try {
        return await (0,promises_.realpath)(file);
    }
    catch {
        const parent = external_node_path_default().dirname(file);
        if (parent === file)
            return file;
        return external_node_path_default().join(await realPath(parent), external_node_path_default().basename(file));
    }
}

// EXTERNAL MODULE: ./src/engine/report/protect.ts
var report_protect = __webpack_require__(3706);
// EXTERNAL MODULE: ./src/engine/report/write-file.ts
var write_file = __webpack_require__(4709);
;// CONCATENATED MODULE: ./src/engine/ab/signed-rank.ts
/**
 * The Wilcoxon signed-rank test on paired differences (here: the log ratios log(B/A) of interleaved pairs), and
 * the Hodges–Lehmann estimate of their centre with its distribution-free confidence interval. The two are one
 * method: the interval is the set of shifts the test would not reject, so "the interval excludes 0" and
 * "p ≤ alpha" agree (exactly, for the exact distribution).
 *
 * Exact for n ≤ MAX_EXACT_PAIRS: the null distribution of W+ is counted over all 2^n sign assignments of the
 * (mid-)ranks actually observed, so ties are handled exactly too. Beyond that: the normal approximation with the
 * tie correction of the variance and a continuity correction.
 */

/** Differences this close to 0 count as zero (identical measurements give exactly 0; rounding noise a little more). */
const ZERO_DIFFERENCE = 1e-12;
/** Up to this many non-zero differences the p-value is exact. */
const MAX_EXACT_PAIRS = 60;
/** Two-sided Wilcoxon signed-rank test of "the differences are centred on 0". */
function signedRankTest(differences) {
    const nonZero = differences.filter((d) => Math.abs(d) > ZERO_DIFFERENCE);
    const zeros = differences.length - nonZero.length;
    const n = nonZero.length;
    if (n === 0)
        return { n, zeros, w_plus: 0, p_value: 1, method: 'exact' };
    const { ranks, tie_sizes } = rankWithTies(nonZero.map(Math.abs));
    const w_plus = nonZero.reduce((sum, d, i) => (d > 0 ? sum + ranks[i] : sum), 0);
    if (n <= MAX_EXACT_PAIRS) {
        // Doubled mid-ranks are integers: count sign assignments by their doubled W+.
        const doubled = ranks.map((r) => Math.round(2 * r));
        const counts = signedRankCounts(doubled);
        const w2 = Math.round(2 * w_plus);
        const total = 2 ** n;
        let below = 0;
        let above = 0;
        for (let s = 0; s < counts.length; s += 1) {
            if (s <= w2)
                below += counts[s];
            if (s >= w2)
                above += counts[s];
        }
        const p_value = Math.min(1, (2 * Math.min(below, above)) / total);
        return { n, zeros, w_plus, p_value, method: 'exact' };
    }
    const mean = (n * (n + 1)) / 4;
    const ties = tie_sizes.reduce((sum, t) => sum + (t ** 3 - t), 0);
    const variance = (n * (n + 1) * (2 * n + 1)) / 24 - ties / 48;
    if (variance <= 0)
        return { n, zeros, w_plus, p_value: 1, method: 'normal' };
    const z = Math.max(0, Math.abs(w_plus - mean) - 0.5) / Math.sqrt(variance);
    return { n, zeros, w_plus, p_value: Math.min(1, 2 * (1 - normalCdf(z))), method: 'normal' };
}
/** counts[s] = how many of the 2^n sign assignments give a (doubled) W+ of s. Floating counts: exact to 2^53. */
function signedRankCounts(integerRanks) {
    const max = integerRanks.reduce((a, b) => a + b, 0);
    let counts = new Array(max + 1).fill(0);
    counts[0] = 1;
    let reach = 0;
    for (const r of integerRanks) {
        const next = counts.slice();
        for (let s = 0; s <= reach; s += 1)
            if (counts[s])
                next[s + r] += counts[s];
        // (next[s + r] exists: s + r ≤ reach + r ≤ max)
        counts = next;
        reach += r;
    }
    return counts;
}
/**
 * The largest c with P(W+ ≤ c) ≤ tail under the null for n differences without ties, or -1 when even W+ = 0 is
 * more likely than `tail` (n ≤ 5 at tail 0.025). Normal approximation beyond MAX_EXACT_PAIRS.
 */
function signedRankCritical(n, tail) {
    if (n <= MAX_EXACT_PAIRS) {
        const counts = signedRankCounts(Array.from({ length: n }, (_, i) => i + 1));
        const total = 2 ** n;
        let cumulative = 0;
        let c = -1;
        for (let s = 0; s < counts.length; s += 1) {
            cumulative += counts[s];
            if (cumulative / total > tail)
                break;
            c = s;
        }
        return c;
    }
    // The largest c whose (continuity-corrected) normal tail is still within `tail`.
    let c = Math.floor((n * (n + 1)) / 4);
    while (c >= 0 && nullCdf(n, c) > tail)
        c -= 1;
    return c;
}
/**
 * Hodges–Lehmann estimate and confidence interval (at least `confidence` where n allows it; with n ≤ 5 pairs the
 * widest interval [min, max] has only 1 − 2/2^n) of the centre of the differences.
 */
function hodgesLehmann(differences, confidence = 0.95) {
    const n = differences.length;
    if (n === 0)
        throw new Error('hodgesLehmann needs at least one difference');
    const walsh = [];
    for (let i = 0; i < n; i += 1) {
        for (let j = i; j < n; j += 1)
            walsh.push((differences[i] + differences[j]) / 2);
    }
    walsh.sort((a, b) => a - b);
    const m = walsh.length;
    const mid = Math.floor(m / 2);
    const estimate = m % 2 === 1 ? walsh[mid] : (walsh[mid - 1] + walsh[mid]) / 2;
    const c = Math.max(0, signedRankCritical(n, (1 - confidence) / 2));
    // The interval [W_(c+1), W_(m−c)] (1-based) has confidence 1 − 2·P(W+ ≤ c).
    const lower = walsh[c];
    const upper = walsh[m - 1 - c];
    return { estimate, lower, upper, confidence: 1 - 2 * nullCdf(n, c) };
}
/** P(W+ ≤ c) under the null for n differences without ties. */
function nullCdf(n, c) {
    if (n > MAX_EXACT_PAIRS) {
        const mean = (n * (n + 1)) / 4;
        const sd = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24);
        return normalCdf((c + 0.5 - mean) / sd);
    }
    const counts = signedRankCounts(Array.from({ length: n }, (_, i) => i + 1));
    let cumulative = 0;
    for (let s = 0; s <= c && s < counts.length; s += 1)
        cumulative += counts[s];
    return cumulative / 2 ** n;
}

;// CONCATENATED MODULE: ./src/engine/ab/compare.ts
/**
 * The side-by-side judgement of interleaved pairs (A_i, B_i): per metric, the medians of A and B, the ratio B/A
 * with a confidence interval, a paired test and a verdict; then the gates.
 *
 * Why log ratios: run i of A and run i of B share the machine's state of that moment (a slow VM, a busy
 * neighbour), which scales both roughly by the same factor. log(B_i / A_i) cancels that factor; the pairs'
 * log ratios are then compared with 0.
 *
 * Why Hodges–Lehmann with the signed-rank test, not a bootstrap: with 10 pairs a percentile bootstrap
 * under-covers (it resamples only 10 values, and its interval is too narrow), and it needs a PRNG in a
 * verdict that should be reproducible. Hodges–Lehmann's interval is exact and distribution-free for any n (its
 * coverage is known: 95.1% for 10 pairs), deterministic, robust to one disturbed pair, and it is the inversion
 * of the Wilcoxon signed-rank test, so the interval and the p-value never disagree.
 *
 * A value that can be 0 (read_mb of a script that reads nothing) is offset by the metric's resolution before
 * the ratio (METRIC_EPSILON), so 0 → 0 is a ratio of exactly 1 and 0 → something is finite.
 */





/** Added to both sides of a ratio: the smallest amount of each dimension worth telling apart. */
const METRIC_EPSILON = {
    time: 0.001, // 1 ms
    size: 0.001, // ~1 KB in MB
    percent: 0.1,
    count: 0.001,
};
const DEFAULT_AB_CONFIDENCE = 0.95;
/**
 * `pyrun ab` with neither --gate nor --max-regression: fail when a headline metric is, at 95% confidence, more than
 * 5% worse. Statistically significant but smaller changes are still reported as regressed, without failing.
 */
const DEFAULT_MAX_REGRESSION_PCT = 5;
/**
 * A consistent change smaller than this (a few bytes more read, 0.2% more RSS) is reported as no difference:
 * with paired runs such changes are easily significant, and never worth a red mark.
 */
const MIN_EFFECT_PCT = 1;
function judgeAb(pairs, opts) {
    const confidence = opts.confidence ?? DEFAULT_AB_CONFIDENCE;
    const alpha = 1 - confidence;
    const compared = opts.metrics ?? engine_metrics/* COMPARABLE_METRICS */.fm;
    // A shape of the run (CPU share) is never better or worse, whatever the list says.
    const judged = new Set((opts.judged ?? engine_metrics/* DEFAULT_JUDGED_METRICS */.UP).filter((m) => compared.includes(m) && !(0,engine_metrics/* isShapeMetric */.Gj)(m)));
    // The family is the judged metrics this comparison measured (an instruction count only under --instructions).
    const measured = [...judged].filter((m) => pairs.some((p) => Number.isFinite(p.a[m]) && Number.isFinite(p.b[m])));
    const judgedAlpha = alpha / Math.max(1, measured.length);
    const metrics = {};
    const over = [];
    for (const metric of compared) {
        // Metrics this platform does not measure (null) are left out, as a baseline leaves them out.
        const usable = pairs.flatMap((p) => {
            const a = p.a[metric];
            const b = p.b[metric];
            return typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)
                ? [{ a, b }]
                : [];
        });
        if (usable.length === 0)
            continue;
        const eps = METRIC_EPSILON[engine_metrics/* METRIC_DIMENSION */.aP[metric]];
        const logRatios = usable.map((p) => Math.log((p.b + eps) / (p.a + eps)));
        const test = signedRankTest(logRatios);
        const shift = hodgesLehmann(logRatios, confidence);
        const change_pct = (Math.exp(shift.estimate) - 1) * 100;
        const isJudged = judged.has(metric);
        const significant = test.p_value <= (isJudged ? judgedAlpha : alpha) &&
            Math.abs(change_pct) >= (opts.min_effect_pct ?? MIN_EFFECT_PCT);
        const verdict = !significant
            ? 'no_difference'
            : !isJudged
                ? 'changed'
                : shift.lower > 0
                    ? 'regressed'
                    : shift.upper < 0
                        ? 'improved'
                        : 'no_difference';
        const ratio_low = Math.exp(shift.lower);
        const over_max_regression = opts.max_regression_pct !== null &&
            isJudged &&
            verdict === 'regressed' &&
            ratio_low > 1 + opts.max_regression_pct / 100;
        if (over_max_regression)
            over.push(metric);
        metrics[metric] = {
            a: (0,benchmark_stats/* benchmarkStats */.Xw)(usable.map((p) => p.a)),
            b: (0,benchmark_stats/* benchmarkStats */.Xw)(usable.map((p) => p.b)),
            ratio: Math.exp(shift.estimate),
            ratio_low,
            ratio_high: Math.exp(shift.upper),
            confidence: shift.confidence,
            p_value: test.p_value,
            test: test.method === 'exact' ? 'wilcoxon-signed-rank-exact' : 'wilcoxon-signed-rank-normal',
            change_pct,
            verdict,
            over_max_regression,
        };
    }
    const bMedians = {};
    for (const [metric, result] of Object.entries(metrics))
        bMedians[metric] = result.b.median;
    bMedians.exit_code = pairs.at(-1)?.b.exit_code ?? null;
    const gates = evaluateGates(opts.gates, bMedians, (metric) => metric === 'exit_code'
        ? undefined
        : metrics[metric]?.a.median);
    return {
        metrics,
        gates,
        over_max_regression: over,
        gate_failed: over.length > 0 || gates.some((g) => !g.passed),
    };
}

// EXTERNAL MODULE: ./src/engine/ab/describe.ts
var describe = __webpack_require__(9147);
;// CONCATENATED MODULE: ./src/engine/ab/run-ab.ts
/**
 * `pyrun ab`: A and B measured side by side on one machine, interleaved as hyperfine does. Warm-ups first (A then
 * B, unrecorded), then `repeat` pairs, each run measured exactly as `pyrun run` measures it (runScript).
 *
 * Order alternates pair by pair, AB BA AB BA … (ABBA): whatever drifts during a session — a VM's CPU credit
 * running out, caches filling, a neighbour's job starting — makes the second run of a pair a little slower (or
 * faster) than the first. Always running A first would put that drift into every pair's ratio, in one direction;
 * alternating gives it to A in half the pairs and to B in the other half, so a linear drift cancels over every
 * two pairs and a carry-over from the previous run (warm page cache, CPU frequency) cancels on average.
 *
 * A run that fails, times out or is interrupted ends the session: a ratio to a broken run means nothing.
 */







/**
 * The fewest pairs with which a two-sided signed-rank test can reach p ≤ `alpha` (its smallest p with n pairs is
 * 2/2ⁿ): 6 at 0.05, 7 at 0.05/3 (the level each of the three metrics judged by default is tested at).
 */
function minDecisivePairs(alpha) {
    let n = 1;
    while (2 / 2 ** n > alpha)
        n += 1;
    return n;
}
async function runAb(spec, deps, hooks = {}) {
    const started_at = new Date().toISOString();
    let interrupted = null;
    let python_version = null;
    let os = null;
    let arch = null;
    const runHooks = {
        onSample: hooks.onSample,
        onInterruptible: (interrupt) => hooks.onInterruptible?.((sig) => {
            interrupted ??= sig;
            interrupt(sig);
        }),
    };
    const once = async (side, pair) => {
        const base = side === 'A' ? spec.a : spec.b;
        const record = await runScript({
            ...base,
            launch: ownFolder(base.launch, side, pair),
            repeat: 1,
            warmup: 0,
            retries: 0,
            run_id: undefined,
        }, deps, runHooks);
        python_version ??= record.python_version;
        os ??= record.os;
        arch ??= record.arch;
        const { status, exit_code, signal } = record;
        // Every run metric and its exact bytes, as the metric table lists them.
        const metrics = Object.fromEntries(engine_metrics/* RUN_METRIC_FIELDS */.tG.map((f) => [f, record[f]]));
        return { pair, side, status, exit_code, signal, metrics };
    };
    const runs = [];
    const order = [];
    let failure = null;
    const stopped = (run) => {
        if (interrupted !== null)
            return true;
        if (run.status === 'passed')
            return false;
        failure = {
            side: run.side,
            pair: run.pair,
            status: run.status,
            exit_code: run.exit_code,
            signal: run.signal,
        };
        return true;
    };
    session: {
        for (let w = 1; w <= spec.warmup; w += 1) {
            for (const side of ['A', 'B']) {
                hooks.onProgress?.(`warm-up ${w}/${spec.warmup}: ${side}`);
                if (stopped(await once(side, 0)))
                    break session;
            }
        }
        for (let pair = 1; pair <= spec.repeat; pair += 1) {
            const sides = pair % 2 === 1 ? ['A', 'B'] : ['B', 'A'];
            order.push(pair % 2 === 1 ? 'AB' : 'BA');
            for (const side of sides) {
                const run = await once(side, pair);
                runs.push(run);
                hooks.onRun?.(run);
                hooks.onProgress?.(`pair ${pair}/${spec.repeat} ${side}: ${run.metrics.duration_s.toFixed(3)} s` +
                    (run.status === 'passed' ? '' : ` (${run.status})`));
                if (stopped(run))
                    break session;
            }
        }
    }
    const pairs = [];
    for (let pair = 1; pair <= order.length; pair += 1) {
        const a = runs.find((r) => r.pair === pair && r.side === 'A');
        const b = runs.find((r) => r.pair === pair && r.side === 'B');
        if (a && b)
            pairs.push({ a: a.metrics, b: b.metrics, order: order[pair - 1] });
    }
    const complete = interrupted === null && failure === null;
    const judgement = complete ? judgeAb(pairs, spec.judge) : null;
    const f = failure;
    const status = interrupted !== null
        ? 'interrupted'
        : f !== null
            ? f.status === 'timeout'
                ? 'timeout'
                : 'failed'
            : judgement?.gate_failed
                ? 'gate_failed'
                : 'passed';
    const warnings = [];
    const judgedCount = (spec.judge.judged ?? engine_metrics/* DEFAULT_JUDGED_METRICS */.UP).filter((m) => runs.length === 0 || runs.some((r) => typeof r.metrics[m] === 'number')).length;
    const alpha = 1 - (spec.judge.confidence ?? DEFAULT_AB_CONFIDENCE);
    const needed = minDecisivePairs(alpha / Math.max(1, judgedCount));
    if (spec.repeat < needed) {
        warnings.push(`with ${spec.repeat} pairs no difference can be shown at ${Math.round((1 - alpha) * 100)}% confidence ` +
            `over ${judgedCount} judged metric${judgedCount === 1 ? '' : 's'}: use --repeat ${needed} or more`);
    }
    if (complete) {
        for (const side of ['A', 'B']) {
            const durations = runs.filter((r) => r.side === side).map((r) => r.metrics.duration_s);
            for (const w of (0,benchmark_stats/* benchmarkWarnings */.x2)('duration_s', durations))
                warnings.push(`${side}: ${w.message}`);
        }
    }
    return {
        started_at,
        finished_at: new Date().toISOString(),
        repeat: spec.repeat,
        warmup: spec.warmup,
        order,
        runs,
        pairs,
        judgement,
        status,
        failure: f,
        interrupted_by: interrupted,
        warnings,
        python_version,
        os,
        arch,
    };
}
/**
 * The exit code of `pyrun ab`: 0 when every gate held, 99 when B regressed beyond a gate, a failed run's own
 * code as `pyrun run` gives it (N, 128+N, 124), 128+N when pyrun itself was interrupted by signal N.
 */
function abExitCode(result) {
    switch (result.status) {
        case 'passed':
            return 0;
        case 'gate_failed':
            return EXIT_GATE_FAILED;
        case 'interrupted': {
            const n = result.interrupted_by
                ? external_node_os_.constants.signals[result.interrupted_by]
                : 0;
            return n ? 128 + n : errors/* EXIT_PYRUN_ERROR */.ZX;
        }
        case 'failed':
        case 'timeout':
            return result.failure ? exitCodeFor(result.failure) : errors/* EXIT_PYRUN_ERROR */.ZX;
    }
}
/**
 * `--instructions`: each run of the session counts into its own folder of callgrind files (`A-3`: A's run of pair
 * 3; pair 0 is the warm-up), so no run's count includes another's processes.
 */
function ownFolder(launch, side, pair) {
    if (!launch.counter)
        return launch;
    const out_dir = external_node_path_default().join(launch.counter.out_dir, `${side}-${pair}`);
    return { ...launch, counter: { ...launch.counter, out_dir } };
}

;// CONCATENATED MODULE: ./src/engine/ab/record.ts

const AB_SCHEMA = 'pyrun-ab/1';
function abRecord(result, facts) {
    return {
        schema: AB_SCHEMA,
        name: facts.name,
        status: result.status,
        exit_code: abExitCode(result),
        a: facts.a,
        b: facts.b,
        started_at: result.started_at,
        finished_at: result.finished_at,
        repeat: result.repeat,
        warmup: result.warmup,
        order: result.order,
        confidence: facts.confidence,
        max_regression_pct: facts.max_regression_pct,
        metrics: result.judgement?.metrics ?? {},
        gates: result.judgement?.gates ?? [],
        over_max_regression: result.judgement?.over_max_regression ?? [],
        runs: result.runs.map((r) => ({
            pair: r.pair,
            side: r.side,
            status: r.status,
            signal: r.signal,
            ...r.metrics,
        })),
        failure: result.failure,
        interrupted_by: result.interrupted_by,
        warnings: result.warnings,
        os: result.os,
        arch: result.arch,
        python_version: result.python_version,
        pyrun_version: facts.pyrun_version,
    };
}

;// CONCATENATED MODULE: ./src/engine/ab/pipeline.ts












async function runAbPipeline(request, ports) {
    const { config, facts } = request;
    const gates = request.gates.map((text) => {
        try {
            return parseGateWithAliases(text, ['a']);
        }
        catch (error) {
            if (error instanceof RuleError)
                throw new errors/* PyrunError */.Pu(`bad rule: ${error.message}`);
            throw error;
        }
    });
    const max_regression_pct = request.max_regression_pct ?? (gates.length === 0 ? DEFAULT_MAX_REGRESSION_PCT : null);
    const cwd = resolveFrom(facts, config.cwd ?? '.');
    // A report never goes over a history (the one `pyrun run` keeps here, any other pyrun history, or a lock):
    // refused before anything runs, and checked again when each report is written.
    const protect = [resolveFrom(facts, config.db_path)];
    await (0,report_protect.refuseReportOverHistory)(pipeline_reportPathsOf(config, facts), protect);
    const b = prepareRun({ ...config, gates: [], alerts: [] }, facts, { ...ports, cwd }, (m) => ports.log.warn(m), ports.chooseExecutor);
    const sideB = {
        label: 'ref' in request.a ? 'working tree' : config.script,
        script: config.script,
        cwd,
        git_ref: facts.git_ref,
        git_sha: facts.git_sha,
    };
    let tree = null;
    try {
        let specA = b.spec;
        let sideA;
        if ('ref' in request.a) {
            const { ref } = request.a;
            ports.log.info(`checking out ${ref} into a temporary worktree`);
            tree = await checkoutRef(ref, cwd);
            const cwdA = await dirInRefTree(tree, cwd);
            const scriptA = await pathInRefTree(tree, cwd, config.script);
            specA = {
                ...specA,
                launch: { ...specA.launch, script: scriptA, cwd: cwdA },
                git_ref: ref,
                git_sha: tree.sha,
            };
            sideA = {
                label: `${ref} (${tree.sha.slice(0, 12)})`,
                script: config.script,
                cwd: cwdA,
                git_ref: ref,
                git_sha: tree.sha,
            };
        }
        else {
            const { script } = request.a;
            checkScript(script, cwd);
            specA = { ...specA, launch: { ...specA.launch, script } };
            sideA = { label: script, script, cwd, git_ref: facts.git_ref, git_sha: facts.git_sha };
        }
        const result = await runAb({
            a: specA,
            b: b.spec,
            repeat: config.repeat,
            warmup: config.warmup,
            judge: { max_regression_pct, gates, confidence: DEFAULT_AB_CONFIDENCE, judged: config.judge },
        }, { clock: ports.clock, proc: ports.proc, start: b.start }, ports.hooks ?? {});
        const record = abRecord(result, {
            name: request.name ?? `ab:${config.script}`,
            a: sideA,
            b: sideB,
            confidence: DEFAULT_AB_CONFIDENCE,
            max_regression_pct,
            pyrun_version: facts.pyrun_version,
        });
        await writeAbReports(record, config, facts, ports, protect);
        return {
            record,
            exit_code: record.exit_code,
            explanation: [...(0,describe/* describeAb */.jK)(record), ...record.warnings.map((w) => `warning: ${w}`)],
        };
    }
    finally {
        if (tree)
            await tree.remove();
    }
}
/** The report files `pyrun ab` writes, by kind, resolved against the run's base directory. */
function pipeline_reportPathsOf(config, facts) {
    const at = (file) => (file ? resolveFrom(facts, file) : null);
    return {
        json: at(config.json_path),
        summary: at(config.summary_path),
        junit: at(config.junit_path),
        tap: at(config.tap_path),
        html: at(config.html_path),
        hyperfine: at(config.hyperfine_path),
    };
}
async function writeAbReports(record, config, facts, ports, protect) {
    const files = [
        [config.json_path, async () => `${JSON.stringify(record, null, 2)}\n`],
        [config.summary_path, async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6330))).renderAbMarkdown(record)],
        [
            config.junit_path,
            async () => (await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 1614))).renderAbJunit(record, sourceFile({ script: record.b.script, cwd: record.b.cwd }, facts.base_dir)),
        ],
        [config.tap_path, async () => (await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(614)]).then(__webpack_require__.bind(__webpack_require__, 1614))).renderAbTap(record)],
        [config.html_path, async () => (await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 7266))).renderAbHtml(record)],
        [
            config.hyperfine_path,
            async () => (await __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 6937))).abHyperfineJson(record),
        ],
    ];
    for (const [file, render] of files) {
        if (!file)
            continue;
        const written = await (0,write_file.writeReportFile)(resolveFrom(facts, file), await render(), { protect });
        if (!written.ok)
            ports.log.warn(`could not write the report ${file}: ${written.error}`);
    }
}

// EXTERNAL MODULE: ./src/engine/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9010);
// EXTERNAL MODULE: ./src/engine/report/ab-markdown.ts
var ab_markdown = __webpack_require__(6330);
;// CONCATENATED MODULE: ./src/action/compare-base.ts
/**
 * `compare-with: base` on a pull request: each script of the step is run again as the base commit's copy and this
 * head's, interleaved on this runner (the engine's A/B road), so the verdict does not depend on which machine
 * built the history. The pull request is then judged by that result; its history verdict is still recorded and
 * shown, and where the two disagree the report says so.
 */

/** Pairs run when the step's `repeat` says nothing more (hyperfine's and `pyrun ab`'s default). */
const DEFAULT_BASE_PAIRS = 10;
async function compareWithBase(configs, base_sha, facts, ports) {
    await ensureCommit(base_sha, facts.base_dir);
    const outcomes = [];
    for (const config of configs) {
        ports.log.info(`${config.name}: the base (${base_sha.slice(0, 12)}) and this head side by side`);
        outcomes.push(await runAbPipeline({
            config: {
                ...config,
                repeat: config.repeat > 1 ? config.repeat : DEFAULT_BASE_PAIRS,
                // The action's report files are the run's: the side-by-side comparison writes none of its own.
                json_path: null,
                summary_path: null,
                junit_path: null,
                tap_path: null,
                html_path: null,
                benchmark_action_path: null,
                bmf_path: null,
                hyperfine_path: null,
            },
            a: { ref: base_sha },
            gates: [],
            max_regression_pct: null,
            name: config.name,
            facts,
        }, ports));
    }
    return { base_sha, outcomes };
}
/** Did the side-by-side comparison find a regression (beyond its 5% default) in any script? */
function baseRegressed(comparison) {
    return comparison.outcomes.some((o) => o.record.status === 'gate_failed');
}
/** Markdown for the summary and the comment: each A/B result, and a note where history judged otherwise. */
function baseComparisonMarkdown(comparison, records) {
    const parts = ['## Side by side with the base', ''];
    for (const outcome of comparison.outcomes) {
        const record = records.find((r) => r.name === outcome.record.name);
        const history = record && (0,engine_verdicts/* regressedMetrics */.k)(record).length > 0;
        const sideBySide = outcome.record.status === 'gate_failed';
        if (record && history !== sideBySide) {
            parts.push(`> **The two verdicts disagree for ${(0,markdown_escape/* mdCode */.x)(record.name)}:** against its history this run ` +
                `${history ? 'regressed' : 'did not regress'}; side by side with the base it ` +
                `${sideBySide ? 'regressed' : 'did not regress'}. The pull request is judged side by side, on one runner.`, '');
        }
        parts.push((0,ab_markdown.renderAbMarkdown)(outcome.record, { heading: '###' }), '');
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./src/action/file-commands.ts
/**
 * The runner's file commands and the script. A step talks to the runner by appending to files named in its
 * environment: `$GITHUB_ENV` (variables for later steps — `NODE_OPTIONS=--require …` runs code in every later
 * Node step), `$GITHUB_PATH`, `$GITHUB_OUTPUT`, `$GITHUB_STATE` and `$GITHUB_STEP_SUMMARY` (the job summary, where
 * a forged "✅ passed" would read as pyrun's verdict). The runner applies them when the step ends. What the script
 * writes there must never pass for pyrun's, so:
 *
 * - the script gets private files of its own for these five variables (fresh, empty, in a 0700 folder). After the
 *   run pyrun reads what it wrote (bounded) and applies none of it: the summary text is shown apart, labelled and
 *   as plain text; for the others one warning names the variables the script tried to set, never their values;
 * - the script can still find the runner's real files (same user: `/proc/<pid>/environ` of pyrun, the runner's
 *   temp folder). pyrun itself writes nothing to them while scripts run, so it keeps their content from before the
 *   first script and, once the scripts and every process they left have ended, puts back exactly that: appended
 *   bytes are cut off, a rewritten, replaced or removed file is restored, each with a warning.
 */



const FILE_COMMANDS = [
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_OUTPUT',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
];
/** Bytes of one of the script's files read back; the rest is counted, never read. */
const MAX_SCRIPT_FILE_BYTES = 1 << 20;
/** Characters of the script's summary text shown in the job summary. */
const MAX_SCRIPT_SUMMARY_CHARS = 16_384;
const APPLIES_NOTHING = "pyrun applies nothing a script writes to the runner's file commands";
/** Variable names listed in one warning. */
const MAX_NAMES_SHOWN = 12;
/** The runner's files are the step's own (fresh and nearly empty): their content is kept whole up to this size. */
const MAX_KEPT_BYTES = 4 << 20;
/** Reads at most `max` bytes of a regular file, never following a symlink nor blocking on a FIFO. */
function readBounded(file, max) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { problem: 'removed' };
        if (code === 'ELOOP')
            return { problem: 'replaced by a symlink' };
        return { problem: `unreadable (${code ?? String(error)})` };
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return { problem: 'replaced by something that is not a file' };
        const head = Buffer.alloc(Math.min(max, stats.size));
        let got = 0;
        while (got < head.length) {
            const n = (0,external_node_fs_.readSync)(fd, head, got, head.length - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return { size: stats.size, head: head.subarray(0, got), stats };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The names a file command's text sets, in order, each once: `NAME=value` lines and `NAME<<DELIMITER` blocks (the
 * runner's two forms; a block's value lines are skipped up to its delimiter). Values are never returned.
 */
function fileCommandNames(text) {
    const names = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const equals = line.indexOf('=');
        const heredoc = line.indexOf('<<');
        if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
            names.push(line.slice(0, equals));
        }
        else if (heredoc >= 0) {
            names.push(line.slice(0, heredoc));
            const delimiter = line.slice(heredoc + 2);
            while (i + 1 < lines.length && lines[i + 1] !== delimiter)
                i++;
            i++;
        }
    }
    return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}
/** Names for a log line: escaped (a name may hold anything), cut short, a bounded list. */
function nameList(names) {
    const shown = names
        .slice(0, MAX_NAMES_SHOWN)
        .map((n) => (0,visible_text/* showInvisible */.jQ)(n.length > 64 ? `${n.slice(0, 63)}…` : n));
    const more = names.length - shown.length;
    return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** What writing `text` to `variable` would have done, in words; names only. */
function whatItSets(variable, text, truncated) {
    if (variable === 'GITHUB_PATH') {
        const entries = text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
        return `${entries}${truncated ? '+' : ''} PATH ${entries === 1 && !truncated ? 'entry' : 'entries'}`;
    }
    if (variable === 'GITHUB_STEP_SUMMARY')
        return 'job summary text';
    const names = fileCommandNames(text);
    const what = { GITHUB_ENV: 'variable', GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state' }[variable];
    if (names.length === 0)
        return `no ${what} pyrun could name`;
    return `${what}${names.length === 1 ? '' : 's'} ${nameList(names)}${truncated ? ' (and what it wrote past the first MiB)' : ''}`;
}
/** Fresh private files (a new 0700 folder under `parent`) for the script's file commands. */
function privateFileCommands(parent) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(parent, 'script-file-commands-'));
    const env = {};
    for (const variable of FILE_COMMANDS) {
        const file = external_node_path_default().join(dir, variable.toLowerCase());
        (0,external_node_fs_.writeFileSync)(file, '', { mode: 0o600, flag: 'wx' });
        env[variable] = file;
    }
    return {
        env,
        collect: () => FILE_COMMANDS.flatMap((variable) => {
            const read = readBounded(env[variable], MAX_SCRIPT_FILE_BYTES);
            if ('problem' in read)
                return [{ variable, size: 0, head: Buffer.alloc(0), problem: read.problem }];
            return read.size === 0 ? [] : [{ variable, size: read.size, head: read.head, problem: null }];
        }),
    };
}
/** What the action shows of the script's file commands (see the header). */
function reportScriptWrites(writes) {
    const warnings = [];
    let summary_markdown = null;
    for (const write of writes) {
        if (write.problem !== null) {
            warnings.push(`the script's private $${write.variable} file was ${write.problem}; nothing of it is applied`);
            continue;
        }
        if (write.variable === 'GITHUB_STEP_SUMMARY') {
            summary_markdown = scriptSummarySection(write);
            continue;
        }
        const truncated = write.size > write.head.length;
        warnings.push(`the script wrote ${write.size} bytes to its $${write.variable} (${whatItSets(write.variable, write.head.toString('utf8'), truncated)}); ` +
            `not applied: ${APPLIES_NOTHING} (values are not shown)`);
    }
    return { warnings, summary_markdown };
}
/**
 * The script's summary text as a section of the job summary: a heading that says whose it is, then the text as
 * written inside a code block (no heading, link, image, HTML or mention renders there; the fence outgrows any run
 * of backticks in the text), invisible characters escaped, cut to MAX_SCRIPT_SUMMARY_CHARS.
 */
function scriptSummarySection(write) {
    const whole = write.head.toString('utf8').replace(/\r\n?/g, '\n');
    const cut = [...whole].length > MAX_SCRIPT_SUMMARY_CHARS;
    const text = (0,visible_text/* showInvisible */.jQ)(cut ? [...whole].slice(0, MAX_SCRIPT_SUMMARY_CHARS).join('') : whole).replace(/\n$/, '');
    const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    const note = cut || write.size > write.head.length ? ` (its first ${MAX_SCRIPT_SUMMARY_CHARS} characters)` : '';
    return [
        '### Written by the script to `$GITHUB_STEP_SUMMARY`',
        '',
        `Not pyrun's report: ${write.size} bytes the script itself wrote${note}, shown as plain text, not rendered.`,
        '',
        `${fence}text`,
        text,
        fence,
    ].join('\n');
}
/**
 * Keeps the runner's own file commands (the paths in `env`) as they are before the first script starts; call
 * `restore()` once every script and every process they left have ended (see the header).
 */
function guardRunnerFileCommands(env) {
    const kept = [];
    for (const variable of FILE_COMMANDS) {
        const file = env[variable];
        if (!file)
            continue;
        const read = readBounded(file, MAX_KEPT_BYTES);
        if ('problem' in read) {
            // Not a regular file of the runner's (absent, or something pyrun will not guess about): only its absence
            // is kept, so a file the script creates there is removed.
            if (read.problem === 'removed')
                kept.push({ variable, file, stats: null, content: null });
            continue;
        }
        kept.push({
            variable,
            file,
            stats: read.stats,
            content: read.size <= MAX_KEPT_BYTES ? read.head : null,
        });
    }
    return {
        restore: () => kept.flatMap((k) => {
            try {
                const warning = restoreOne(k);
                return warning === null ? [] : [warning];
            }
            catch (error) {
                return [
                    `the runner's $${k.variable} file could not be checked or restored after the script ran ` +
                        `(${error.message}); what the script may have written there could be applied by the runner`,
                ];
            }
        }),
    };
}
/** Puts one file back; the warning, or null when the script left it as it was. */
function restoreOne(k) {
    const where = `the runner's $${k.variable} file`;
    const now = readBounded(k.file, (k.stats?.size ?? 0) + MAX_SCRIPT_FILE_BYTES);
    if (k.stats === null) {
        if ('problem' in now && now.problem === 'removed')
            return null;
        (0,external_node_fs_.unlinkSync)(k.file);
        return `the script created ${where} during its run; removed: ${APPLIES_NOTHING}`;
    }
    const sameFile = !('problem' in now) && now.stats.dev === k.stats.dev && now.stats.ino === k.stats.ino;
    if (!sameFile) {
        if (k.content === null) {
            return `the script replaced ${where} during its run, and it was too large to restore; its content may be applied by the runner`;
        }
        if (!('problem' in now && now.problem === 'removed'))
            (0,external_node_fs_.unlinkSync)(k.file);
        (0,external_node_fs_.writeFileSync)(k.file, k.content, { mode: k.stats.mode & 0o7777, flag: 'wx' });
        const how = 'problem' in now ? now.problem : 'replaced';
        return `the script ${how === 'removed' ? 'removed' : 'replaced'} ${where} during its run; restored: ${APPLIES_NOTHING}`;
    }
    const before = k.stats.size;
    const prefixKept = k.content === null || now.head.subarray(0, before).equals(k.content);
    if (now.size === before && prefixKept)
        return null;
    const fd = (0,external_node_fs_.openSync)(k.file, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        if (now.size > before && prefixKept) {
            (0,external_node_fs_.ftruncateSync)(fd, before);
            const added = now.head.subarray(before);
            const what = k.variable === 'GITHUB_STEP_SUMMARY'
                ? ''
                : ` (${whatItSets(k.variable, added.toString('utf8'), now.size > now.head.length)})`;
            return `the script appended ${now.size - before} bytes to ${where} during its run${what}; removed: ${APPLIES_NOTHING}`;
        }
        if (k.content === null) {
            return `the script changed ${where} during its run, and it was too large to restore; its content may be applied by the runner`;
        }
        (0,external_node_fs_.ftruncateSync)(fd, 0);
        (0,external_node_fs_.writeSync)(fd, k.content, 0, k.content.length, 0);
        return `the script rewrote ${where} during its run; restored: ${APPLIES_NOTHING}`;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
/**
 * The action's inputs → the same raw options the CLI builds (names from the option table), through the same config
 * parser, plus the settings only the action has (ACTION_INPUTS). Every bad input is reported at once, each naming
 * the input and what would be valid. action.yml's inputs are checked against both tables by a test.
 */


/** Inputs the action has and the CLI does not: their action.yml description and default. */
const ACTION_INPUTS = {
    'working-directory': {
        doc: 'Directory the script runs in and every relative path (script, config, reports) is relative to.',
        default: '.',
    },
    config: {
        doc: 'The config file holding a suite (`[tool.pyrun]` of pyproject.toml or pyrun.toml). Empty means either of those in working-directory, when `script` is empty.',
        default: '',
    },
    history: { doc: 'Where history lives, `cache` (the Actions cache) or `none`.', default: 'cache' },
    'prune-history-caches': {
        doc: 'Delete the history cache entries this run merged and superseded, so old histories do not fill the repository’s cache quota (needs `permissions: actions: write`).',
        default: 'false',
    },
    'save-pull-request-history': {
        doc: 'Also save the history of pull request runs (their runs never become a baseline either way).',
        default: 'false',
    },
    matrix: {
        doc: 'The matrix identity, so parallel legs keep separate histories; pass `${{ toJSON(matrix) }}`.',
        default: '',
    },
    'fail-on': {
        doc: 'What fails the step besides a failing script, `gate`, `regression` (both, comma-separated) or `never`.',
        default: 'gate,regression',
    },
    comment: { doc: 'Sticky pull request comment, `always`, `on-regression` or `never`.', default: 'always' },
    summary: { doc: 'Write the report to the job summary.', default: 'true' },
    'site-dir': {
        doc: 'After the run, write the whole history (this run included) as a static site to this folder, for a later step to publish to GitHub Pages (needs `history` to be `cache`). Empty means no site.',
        default: '',
    },
    'ssh-key': {
        doc: 'SSH executor, the private key itself (pass a secret); it is written to a private temporary file.',
        default: '',
    },
    'ssh-known-hosts': {
        doc: 'SSH executor, known_hosts lines for the host (strict host key checking is always on).',
        default: '',
    },
    'compare-with': {
        doc: 'On pull requests, `base`: also run the base commit’s copy of each script interleaved with the head’s on this runner (10 pairs, or `repeat`), and judge the pull request by that side-by-side result; the history verdict is still recorded and shown. Empty means judge by history alone.',
        default: '',
    },
    'check-run': {
        doc: 'Publish one check run per step, named `pyrun: <series or suite>`, on the commit under test, so branch protection can require it (needs `permissions: checks: write`; without it, one warning).',
        default: 'true',
    },
    'github-token': { doc: 'Token for the pull request comment.', default: '${{ github.token }}' },
};
/** How the action names an option in messages. */
const inputLabel = (name) => `input '${inputName(name) ?? name}'`;
function readInputs(get = (name) => core/* getInput */.V4(name)) {
    const secretInputs = [...SECRET_OPTIONS.map((n) => inputName(n)), 'github-token', 'ssh-key'];
    for (const name of secretInputs) {
        const value = name ? get(name) : '';
        if (value)
            core/* setSecret */.Pq(value);
    }
    maskUrlPassword(get('smtp-url'));
    const problems = [];
    const flags = {};
    for (const name of OPTION_NAMES) {
        const input = inputName(name);
        if (input === null)
            continue;
        const spec = optionSpec(name);
        const text = get(input);
        if (spec.repeatable) {
            if (lines(text).length > 0)
                flags[name] = lines(text);
        }
        else if (text.trim() === '')
            continue;
        else if (typeof spec.default === 'boolean')
            flags[name] = parseBoolean(input, text, problems);
        else
            flags[name] = text;
    }
    const history = (get('history') || 'cache');
    if (history !== 'cache' && history !== 'none')
        problems.push(`input 'history' must be cache or none (got '${history}')`);
    const fail_on = parseFailOn(get('fail-on') || ACTION_INPUTS['fail-on'].default, problems);
    const comment = (get('comment') || 'always');
    if (!['always', 'on-regression', 'never'].includes(comment)) {
        problems.push(`input 'comment' must be one of: always, on-regression, never (got '${comment}')`);
    }
    const summary = parseBoolean('summary', get('summary') || 'true', problems);
    const check_run = parseBoolean('check-run', get('check-run') || 'true', problems);
    const compareWith = get('compare-with').trim();
    if (compareWith !== '' && compareWith !== 'base')
        problems.push(`input 'compare-with' must be base or empty (got '${compareWith}')`);
    const save_pull_request_history = parseBoolean('save-pull-request-history', get('save-pull-request-history') || 'false', problems);
    const prune_history_caches = parseBoolean('prune-history-caches', get('prune-history-caches') || 'false', problems);
    const matrix = get('matrix');
    return {
        problems,
        flags,
        working_directory: get('working-directory') || '.',
        config_file: get('config') || null,
        history,
        fail_on,
        comment,
        summary,
        check_run,
        site_dir: get('site-dir').trim() || null,
        compare_with: compareWith === 'base' ? 'base' : null,
        github_token: tokenInput(get('github-token')),
        matrix: matrix && matrix !== 'null' ? matrix : null,
        save_pull_request_history,
        prune_history_caches,
        ssh_key_text: get('ssh-key') || null,
        ssh_known_hosts: get('ssh-known-hosts') || null,
    };
}
function lines(text) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
}
/** The password inside an SMTP URL is a secret of its own (the runner masks whole values only). */
function maskUrlPassword(text) {
    if (!text)
        return;
    try {
        const password = decodeURIComponent(new URL(text).password);
        if (password)
            core/* setSecret */.Pq(password);
    }
    catch {
        /* reported by the config parser */
    }
}
function parseFailOn(text, problems) {
    const words = text
        .split(/[\s,]+/)
        .map((w) => w.trim())
        .filter((w) => w !== '');
    if (words.length === 1 && words[0] === 'never')
        return [];
    const bad = words.filter((w) => w !== 'gate' && w !== 'regression');
    if (bad.length > 0 || words.length === 0) {
        problems.push(`input 'fail-on' must be gate, regression (or both, comma-separated) or never (got '${text}')`);
    }
    return words.filter((w) => w === 'gate' || w === 'regression');
}
function parseBoolean(name, text, problems) {
    const t = text.trim().toLowerCase();
    if (t === 'true')
        return true;
    if (t === 'false')
        return false;
    problems.push(`input '${name}' must be true or false (got '${text}')`);
    return false;
}
/**
 * The token, or '' for none. A runner always expands the default `${{ github.token }}`; a local runner
 * (@github/local-action) passes the expression through as text when the input is empty, and that text is no token:
 * sent as one, it would only reach the GitHub API to be refused.
 */
function tokenInput(value) {
    return /^\$\{\{\s*github\.token\s*\}\}$/.test(value.trim()) ? '' : value;
}

;// CONCATENATED MODULE: ./src/engine/log-text.ts
/**
 * Text on its way to a CI log. The GitHub runner reads every line of a step's stdout and stderr for workflow
 * commands: a line that starts (after blanks) with `::` (`::add-mask::`, `::error::`, `::stop-commands::`), and
 * the older form `##[command]` anywhere in a line. A series name, a rule or an imported field with a newline in it
 * must never become such a line, so every line of pyrun's own messages passes through here.
 */
/** Whether some line of `text` would be read as a workflow command (what neutralizeWorkflowCommands changes). */
function holdsWorkflowCommand(text) {
    return /(^|[\r\n])\s*::|##\[/.test(text);
}
/** Each line of `text` made inert as a workflow command, line breaks kept (`\r` and `\r\n` read as `\n`). */
function neutralizeWorkflowCommands(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => (/^\s*::/.test(line) ? `\\${line}` : line).replace(/##\[/g, '#\\#['))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/action/log.ts
/**
 * The engine's Logger in an Actions log: plain lines, warnings as annotations, secrets masked by the runner.
 * Messages carry names and rules from outside: no line of them may act as a workflow command.
 */


/** Inert as a workflow command, and with invisible format characters shown as `\u202E` escapes. */
const shown = (text) => (0,visible_text/* showInvisible */.jQ)(neutralizeWorkflowCommands(text));
const actionLogger = {
    info: (message) => core/* info */.pq(shown(`pyrun: ${message}`)),
    // core.warning escapes line breaks itself (%0A): the annotation stays one command line.
    warn: (message) => core/* warning */.$e(shown(message), { title: 'pyrun' }),
};

// EXTERNAL MODULE: ./src/engine/report/status.ts
var report_status = __webpack_require__(255);
// EXTERNAL MODULE: ./src/engine/report/markdown.ts + 2 modules
var markdown = __webpack_require__(1210);
// EXTERNAL MODULE: ./src/engine/report/markdown-multi.ts
var markdown_multi = __webpack_require__(8900);
// EXTERNAL MODULE: ./src/engine/report/budget.ts
var budget = __webpack_require__(8460);
;// CONCATENATED MODULE: ./src/action/check-run.ts
/**
 * The check run (input `check-run`, docs/action.md): one per step, named `pyrun: <series or suite>`, on the commit
 * under test (the pull request's head for pull requests), concluding success / failure / neutral, with the
 * markdown report as its output and an annotation per failed gate. Branch protection can then require it by name.
 *
 * Within the API's limits: the summary is at most 65535 characters (cut with a note), and at most 50 annotations
 * go in one request, the rest in follow-up updates (the API appends them).
 *
 * Never throws: without `checks: write` (a pull request from a fork gets a read-only token) the API answers 403,
 * which is one warning saying what to grant; any other trouble is one warning too.
 */


/** GitHub refuses a check run output summary (and text) longer than this. */
const MAX_CHECK_SUMMARY_CHARS = 65535;
/** GitHub takes at most this many annotations in one create or update request. */
const MAX_ANNOTATIONS_PER_REQUEST = 50;
/** The check's name: `pyrun: ` and the series (or suite) name on one line. */
function checkRunName(seriesOrSuite) {
    return (0,visible_text/* showInvisible */.jQ)(`pyrun: ${seriesOrSuite.replace(/[\r\n]+/g, ' ')}`).slice(0, 255);
}
/**
 * `failure` when the step fails (the script, or what `fail-on` names); `neutral` when something needs a look
 * that does not fail the step (a failed gate or a regression that `fail-on` leaves out); else `success`.
 */
function checkRunConclusion(stepFails, records) {
    if (stepFails)
        return 'failure';
    const attention = records.some((r) => r.status !== 'passed' ||
        r.gates.some((g) => g.status === 'failed') ||
        Object.values(r.verdicts).some((v) => v?.verdict === 'regressed'));
    return attention ? 'neutral' : 'success';
}
/** The check's one-line title: `gate failed: 2 of 5 gates failed · 1 m 00.2 s`, or for several series the worst. */
function checkRunTitle(records) {
    const [only] = records;
    if (records.length === 1 && only !== undefined) {
        const gates = (0,report_gates/* countGates */.gp)(only.gates);
        const regressed = Object.values(only.verdicts).filter((v) => v?.verdict === 'regressed').length;
        const facts = [
            gates.failed > 0 ? `${gates.failed} of ${only.gates.length} gates failed` : '',
            regressed > 0 ? `${regressed} metrics regressed` : '',
            (0,numbers/* formatDuration */.a3)(only.duration_s),
        ].filter(Boolean);
        return `${(0,report_status/* humanize */.I3)(only.status)}: ${facts.join(' · ')}`;
    }
    const notPassed = records.filter((r) => r.status !== 'passed').length;
    return `${(0,report_status/* humanize */.I3)((0,report_status/* worstStatus */.A4)(records))}: ${records.length} series, ${notPassed} not passed`;
}
/** One `failure` annotation per failed gate, on the script's file (a path relative to the repository root). */
function gateAnnotations(record, scriptPath) {
    return record.gates
        .filter((g) => g.status === 'failed')
        .map((g) => ({
        path: scriptPath,
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        title: (0,visible_text/* showInvisible */.jQ)(`pyrun: gate failed (${record.name})`).slice(0, 255),
        message: `${g.expr}: ${(0,report_gates/* describeGate */.l7)(g)}`,
    }));
}
function check_run_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
function problemMessage(error, opts) {
    const status = check_run_statusOf(error);
    const reason = error instanceof Error ? error.message : String(error);
    const what = `Could not publish the check run '${opts.name}' on ${opts.owner}/${opts.repo}@${opts.head_sha.slice(0, 7)}`;
    if (status === 403 && !/rate limit/i.test(reason)) {
        return (`${what}: the token may not write checks (HTTP 403: ${reason}). Grant \`permissions: checks: write\` ` +
            "to the job; pull requests from forks get a read-only token (set `check-run: 'false'` there). The run goes on.");
    }
    const http = status === null ? '' : ` (HTTP ${status})`;
    return `${what}${http}: ${reason}. The run goes on.`;
}
async function publishCheckRun(opts) {
    if (opts.token === '') {
        opts.info?.('No github-token: the check run is skipped.');
        return { outcome: 'skipped' };
    }
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(opts.head_sha)) {
        opts.warn(`Could not publish the check run '${opts.name}': no commit to attach it to. The run goes on.`);
        return { outcome: 'skipped' };
    }
    const summary = (0,budget/* cutToFit */.XL)(opts.summary_markdown, MAX_CHECK_SUMMARY_CHARS, 'full report in the job summary');
    const title = opts.title.replace(/[\r\n]+/g, ' ').slice(0, 255);
    const annotations = opts.annotations ?? [];
    const batches = [];
    for (let i = 0; i < annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST) {
        batches.push(annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST));
    }
    try {
        const octokit = (0,lib_github/* getOctokit */.Q)(opts.token, { baseUrl: opts.apiUrl.replace(/\/+$/, '') });
        const target = { owner: opts.owner, repo: opts.repo };
        const created = await octokit.rest.checks.create({
            ...target,
            name: opts.name,
            head_sha: opts.head_sha,
            status: 'completed',
            conclusion: opts.conclusion,
            completed_at: new Date().toISOString(),
            ...(opts.details_url ? { details_url: opts.details_url } : {}),
            output: { title, summary, annotations: batches[0] ?? [] },
        });
        const id = created.data.id;
        for (const batch of batches.slice(1)) {
            await octokit.rest.checks.update({
                ...target,
                check_run_id: id,
                output: { title, summary, annotations: batch },
            });
        }
        opts.info?.(`Check run '${opts.name}' (${opts.conclusion}) published on ${opts.head_sha.slice(0, 7)}.`);
        return { outcome: 'created', id };
    }
    catch (error) {
        opts.warn(problemMessage(error, opts));
        return { outcome: 'skipped' };
    }
}

;// CONCATENATED MODULE: ./src/action/comment.ts
/**
 * The sticky pull request comment: one comment per series, created once and then edited in place.
 *
 * Which comment is ours:
 * - its body starts with the hidden marker `<!-- pyrun:<series> -->` (the series percent-encoded, so no name can
 *   close the HTML comment early);
 * - its author is the identity of our token. We ask GraphQL for `viewer { login }`, which answers for every kind
 *   of token: `github-actions[bot]` for the default GITHUB_TOKEN, `<app>[bot]` for a GitHub App token, the user
 *   for a personal token. (REST `GET /user` refuses installation tokens, so it is not used.) The REST comment
 *   author's `user.login` has the same spelling, `[bot]` included;
 * - it is not minimized ("hidden" as outdated, resolved, …): REST does not say, so the same GraphQL query asks
 *   `isMinimized` for the candidate comments' node ids.
 * All issue comments are read, page by page (`octokit.paginate`, 100 a page). When several qualify, the oldest
 * is kept. If GraphQL fails, we fall back to author `github-actions[bot]` (type Bot) and treat every candidate as
 * not minimized, and say so in an info line.
 *
 * Never throws: a 403 (the read-only token of a pull request from a fork) is one warning pointing to docs/action.md's
 * two-workflow recipe; any other API trouble is one warning; both return 'skipped'.
 */

/** GitHub refuses comment bodies longer than this. */
const MAX_COMMENT_CHARS = 65536;
/** The bot behind the default GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
const FORK_HELP = 'see docs/action.md, "Pull requests from forks",';
/** GraphQL `nodes` takes at most this many ids. */
const MAX_NODE_IDS = 100;
function stickyMarker(series) {
    return `<!-- pyrun:${encodeURIComponent(series)} -->`;
}
/** The marker, a newline, then the body, cut to fit GitHub's limit. */
function markedBody(series, body) {
    const text = `${stickyMarker(series)}\n${body}`;
    if (text.length <= MAX_COMMENT_CHARS)
        return text;
    const note = '\n\n… (cut to fit GitHub’s comment size limit)';
    return text.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
const normalize = (text) => text.replace(/\r\n/g, '\n');
const QUERY = `query pyrunStickyComment($ids: [ID!]!) {
  viewer { login }
  nodes(ids: $ids) { ... on IssueComment { id isMinimized } }
}`;
function comment_statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : null;
}
function comment_messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Our author login and the minimized node ids among the candidates; a documented fallback when GraphQL fails. */
async function identify(octokit, candidates, info) {
    const ids = candidates.map((c) => c.node_id);
    try {
        const data = await octokit.graphql(QUERY, { ids });
        const minimized = new Set(data.nodes
            .filter((n) => n?.isMinimized === true && typeof n.id === 'string')
            .map((n) => n?.id));
        return { login: data.viewer.login, fallback: false, minimized };
    }
    catch (error) {
        info(`Could not ask GraphQL who we are and which comments are hidden (${comment_messageOf(error)}); ` +
            `assuming comments by ${ACTIONS_BOT_LOGIN} are ours and none is hidden.`);
        return { login: ACTIONS_BOT_LOGIN, fallback: true, minimized: new Set() };
    }
}
function comment_problemMessage(error, owner, repo, issueNumber) {
    const status = comment_statusOf(error);
    const where = `${owner}/${repo}#${issueNumber}`;
    const reason = comment_messageOf(error);
    if (status === 403 && /rate limit/i.test(reason)) {
        return `Could not write the pyrun comment on ${where}: GitHub's rate limit (HTTP 403: ${reason}). The run goes on.`;
    }
    if (status === 403) {
        return (`Could not write the pyrun comment on ${where}: the token may not comment (HTTP 403: ${reason}). ` +
            `Pull requests from forks get a read-only token; ${FORK_HELP} for the two-workflow \`workflow_run\` ` +
            'recipe. Otherwise grant `permissions: pull-requests: write`. The run goes on.');
    }
    if (status === 404) {
        return (`Could not write the pyrun comment on ${where}: not found (HTTP 404). Check the repository, the pull ` +
            'request number and that the token may see them. The run goes on.');
    }
    const http = status === null ? '' : ` (HTTP ${status})`;
    return `Could not write the pyrun comment on ${where}${http}: ${reason}. The run goes on.`;
}
async function upsertStickyComment(opts) {
    if (opts.token === '') {
        opts.info('No github-token: the pull request comment is skipped.');
        return 'skipped';
    }
    try {
        const octokit = (0,lib_github/* getOctokit */.Q)(opts.token, { baseUrl: opts.apiUrl.replace(/\/+$/, '') });
        const target = { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber };
        const marker = stickyMarker(opts.series);
        const body = markedBody(opts.series, opts.body);
        const comments = (await octokit.paginate(octokit.rest.issues.listComments, {
            ...target,
            per_page: 100,
        }));
        // The newest candidates are enough: only their hidden state can be asked in one query.
        const candidates = comments.filter((c) => (c.body ?? '').startsWith(marker)).slice(-MAX_NODE_IDS);
        let ours;
        if (candidates.length > 0) {
            const who = await identify(octokit, candidates, opts.info);
            ours = candidates.find((c) => c.user?.login === who.login &&
                (!who.fallback || c.user?.type === 'Bot') &&
                !who.minimized.has(c.node_id));
        }
        if (!ours) {
            await octokit.rest.issues.createComment({ ...target, body });
            opts.info(`Created the pyrun comment for ${opts.series} on ${opts.owner}/${opts.repo}#${opts.issueNumber}.`);
            return 'created';
        }
        if (normalize(ours.body ?? '') === normalize(body)) {
            opts.info(`The pyrun comment for ${opts.series} is already up to date.`);
            return 'unchanged';
        }
        await octokit.rest.issues.updateComment({
            owner: opts.owner,
            repo: opts.repo,
            comment_id: ours.id,
            body,
        });
        opts.info(`Updated the pyrun comment for ${opts.series} on ${opts.owner}/${opts.repo}#${opts.issueNumber}.`);
        return 'updated';
    }
    catch (error) {
        opts.warn(comment_problemMessage(error, opts.owner, opts.repo, opts.issueNumber));
        return 'skipped';
    }
}

;// CONCATENATED MODULE: ./src/action/publish.ts
/**
 * Everything the action shows of a finished run or suite: outputs (always, even for a failed script), the job
 * summary, annotations, the sticky PR comment, and the step's conclusion in the engine's own words.
 */








async function publish(result, what, settings, gh, base = null) {
    const { records } = result;
    const first = records[0];
    // With compare-with: base, a regression is what the side-by-side run found; the history verdict is still shown.
    const regressed = base ? baseRegressed(base) : records.some((r) => (0,engine_verdicts/* regressedMetrics */.k)(r).length > 0);
    const status = (0,report_status/* worstStatus */.A4)(records);
    core/* setOutput */.uH('status', status);
    core/* setOutput */.uH('exit-code', String(base ? exitCodeWithBase(result, base) : result.exit_code));
    core/* setOutput */.uH('duration-s', String(first.duration_s));
    core/* setOutput */.uH('cpu-time-s', String(first.cpu_time_s));
    core/* setOutput */.uH('peak-rss-mb', String(first.peak_rss_mb));
    core/* setOutput */.uH('regressed', String(regressed));
    core/* setOutput */.uH('report-json', what.report_json);
    // A report that could not be written was one warning; its output is then empty.
    core/* setOutput */.uH('junit-path', what.junit_path && (0,external_node_fs_.existsSync)(what.junit_path) ? what.junit_path : '');
    core/* setOutput */.uH('tap-path', what.tap_path && (0,external_node_fs_.existsSync)(what.tap_path) ? what.tap_path : '');
    for (const record of records)
        annotate(record, base === null);
    for (const line of result.explanation)
        actionLogger.info(line);
    for (const line of base?.outcomes.flatMap((o) => o.explanation) ?? [])
        actionLogger.info(line);
    const render = (maxChars, hint) => {
        const sideBySide = base ? baseComparisonMarkdown(base, records) : '';
        const room = Math.max(0, maxChars - sideBySide.length - 2);
        const main = records.length === 1
            ? (0,markdown.renderMarkdown)(first, { maxChars: room, ...(hint ? { fullReportHint: hint } : {}) })
            : (0,markdown_multi.renderMarkdownMulti)(records, { maxChars: room, ...(hint ? { fullReportHint: hint } : {}) });
        return sideBySide ? `${main}\n\n${sideBySide}` : main;
    };
    if (settings.summary) {
        // The script's own summary text comes after pyrun's report, apart and labelled, never inside it.
        const scriptPart = what.script_summary ? `\n\n---\n\n${what.script_summary}\n` : '';
        try {
            await core/* summary */.z.addRaw(render(markdown.MAX_SUMMARY_CHARS - scriptPart.length) + scriptPart).write();
        }
        catch (error) {
            actionLogger.warn(`could not write the job summary: ${error.message}`);
        }
    }
    else if (what.script_summary) {
        actionLogger.info('the script wrote to its $GITHUB_STEP_SUMMARY; not shown, as input summary is false');
    }
    const wantComment = gh.is_pull_request &&
        gh.pr_number !== null &&
        (settings.comment === 'always' ||
            (settings.comment === 'on-regression' && (regressed || status !== 'passed')));
    if (wantComment && settings.github_token) {
        const { series } = what;
        const outcome = await upsertStickyComment({
            token: settings.github_token,
            apiUrl: gh.api_url,
            owner: gh.owner,
            repo: gh.repo,
            issueNumber: gh.pr_number,
            series,
            body: render(markdown.MAX_COMMENT_CHARS - stickyMarker(series).length - 1, 'full report in the job summary'),
            warn: actionLogger.warn,
            info: actionLogger.info,
        });
        actionLogger.info(`pull request comment: ${outcome}`);
    }
    const reasonsToFail = failureLines(records, settings, base);
    if (settings.check_run && gh.head_sha && settings.github_token) {
        await publishCheckRun({
            token: settings.github_token,
            apiUrl: gh.api_url,
            owner: gh.owner,
            repo: gh.repo,
            head_sha: gh.head_sha,
            name: checkRunName(what.series),
            conclusion: checkRunConclusion(reasonsToFail.length > 0, records),
            title: checkRunTitle(records),
            summary_markdown: render(MAX_CHECK_SUMMARY_CHARS),
            annotations: records.flatMap((r) => gateAnnotations(r, repositoryPath(what.base_dir, r.script))),
            details_url: gh.run_url,
            warn: actionLogger.warn,
            info: actionLogger.info,
        });
    }
    if (reasonsToFail.length > 0)
        core/* setFailed */.C1((0,visible_text/* showInvisible */.jQ)(reasonsToFail.join('\n')));
}
/**
 * Why the step fails, in the engine's words: a failing script always; a failed gate or a regression as `fail-on`
 * says — the regression found side by side when `compare-with: base` ran, else the history's.
 */
function failureLines(records, settings, base) {
    const lines = [];
    for (const record of records) {
        const broken = record.status === 'failed' || record.status === 'timeout';
        const gateFailed = record.gates.some((g) => !g.passed) && settings.fail_on.includes('gate');
        const regressed = base === null && (0,engine_verdicts/* regressedMetrics */.k)(record).length > 0 && settings.fail_on.includes('regression');
        if (broken || gateFailed || regressed) {
            lines.push(explain(record)[0], ...reasons(record).filter((l) => base === null || !l.startsWith('regressed:')));
        }
    }
    for (const outcome of base?.outcomes ?? []) {
        const code = outcome.exit_code;
        const regressed = outcome.record.status === 'gate_failed' && settings.fail_on.includes('regression');
        if ((code !== 0 && code !== EXIT_GATE_FAILED) || regressed)
            lines.push(...outcome.explanation);
    }
    return lines;
}
/** The step's exit code when the base ran side by side: a broken run first, then 99 for a gate or a regression. */
function exitCodeWithBase(result, base) {
    if (result.exit_code !== 0 && result.exit_code !== EXIT_GATE_FAILED)
        return result.exit_code;
    const broken = base.outcomes.find((o) => o.exit_code !== 0 && o.exit_code !== EXIT_GATE_FAILED);
    if (broken)
        return broken.exit_code;
    const gateFailed = result.records.some((r) => r.gates.some((g) => !g.passed));
    return gateFailed || baseRegressed(base) ? EXIT_GATE_FAILED : 0;
}
/** The explanation's detail lines (failed gates, regressed metrics), without the headline. */
function reasons(record) {
    return explain(record)
        .slice(1)
        .filter((line) => /^\s+(gate failed|regressed):/.test(line))
        .map((line) => line.trim());
}
function annotate(record, withRegressions) {
    for (const line of reasons(record)) {
        if (!withRegressions && line.startsWith('regressed:'))
            continue;
        const kind = line.startsWith('gate failed') ? 'gate failed' : `${line.split(' ')[1]} regressed`;
        core/* error */.z3((0,visible_text/* showInvisible */.jQ)(line), { title: (0,visible_text/* showInvisible */.jQ)(`pyrun: ${kind} (${record.name})`) });
    }
}
/** A script's path relative to the repository (the workspace), for annotations on the file. */
function repositoryPath(base_dir, script) {
    return external_node_path_default().relative(process.cwd(), external_node_path_default().resolve(base_dir, script)) || script;
}

// EXTERNAL MODULE: ./src/engine/history/store.ts
var history_store = __webpack_require__(4872);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/engine/site/assets.ts
/**
 * The site's static files: the browser side (src/site/: kit.js, charts.js, app.js and site.css, pyrun's own) and uPlot, the chart
 * library (its minified script and stylesheet). The build copies them all to dist/site/, so the bundles find them
 * beside themselves with no node_modules; from source (jest), src/site/ holds pyrun's own and uPlot comes from the
 * installed package. Found the way ../execute/exec/python-files.ts finds the Python helpers: names in variables, searched
 * up from the running code, so the bundler neither inlines nor relocates them.
 */



/** Where each asset goes in the site. */
const ASSET_FILES = {
    kit: 'assets/kit.js',
    charts: 'assets/charts.js',
    app: 'assets/app.js',
    css: 'assets/site.css',
    uplotJs: 'assets/uPlot.iife.min.js',
    uplotCss: 'assets/uPlot.min.css',
};
const SITE_DIR_NAME = 'site';
const UPLOT_DIST = ['uplot', 'dist'];
/** The asset files. Throws, naming every place looked at, when one is missing. */
function siteAssets() {
    const own = findDir(SITE_DIR_NAME, 'app.js');
    const uplot = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(own, 'uPlot.iife.min.js'))
        ? own
        : findDir((0,external_node_path_.join)('node_modules', ...UPLOT_DIST), 'uPlot.iife.min.js');
    return [
        { path: ASSET_FILES.kit, source: (0,external_node_path_.join)(own, 'kit.js') },
        { path: ASSET_FILES.charts, source: (0,external_node_path_.join)(own, 'charts.js') },
        { path: ASSET_FILES.app, source: (0,external_node_path_.join)(own, 'app.js') },
        { path: ASSET_FILES.css, source: (0,external_node_path_.join)(own, 'site.css') },
        { path: ASSET_FILES.uplotJs, source: (0,external_node_path_.join)(uplot, 'uPlot.iife.min.js') },
        { path: ASSET_FILES.uplotCss, source: (0,external_node_path_.join)(uplot, 'uPlot.min.css') },
    ];
}
function findDir(name, marker) {
    const tried = [];
    for (let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), up = 0; up < 6; up += 1, dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        tried.push(candidate);
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, marker)))
            return candidate;
    }
    throw new Error(`pyrun's site files are missing: no ${marker} in ${tried.join(', ')}`);
}

// EXTERNAL MODULE: ./src/engine/report/html-escape.ts
var html_escape = __webpack_require__(6918);
// EXTERNAL MODULE: ./src/engine/report/downsample.ts
var report_downsample = __webpack_require__(9875);
// EXTERNAL MODULE: ./src/engine/report/profile-format.ts
var profile_format = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/site/run.ts
/**
 * One run as the site ships it: raw values, which the browser side (src/site/kit.js) formats as pyrun's reports do.
 * Whatever repeats from run to run is said once per series (the metric columns with their units, the gate rules,
 * the verdict words, each group's environment) and a run refers to it by position, so a long history stays small.
 * Only what the page cannot compute comes already in words: the verdict as `pyrun run` prints it, and a profile.
 * Values stay data: the browser side sets them as text.
 */





/** The verdict kinds, in the order a run's `vd` refers to them. */
const VERDICT_KINDS = [
    'regressed',
    'improved',
    'unchanged',
    'insufficient_history',
    'not_judged',
];
/** Every run metric, in table order, with the unit it is shown in: the columns of a run's `v` and `vd`. */
function siteColumns() {
    return engine_metrics/* RUN_METRICS */.Ks.map((name) => [name, (0,metric_format/* metricUnit */.n2)(name)]);
}
/** What a series says once for all its runs; a run refers into it. */
class SeriesTables {
    columns = siteColumns();
    /** Gate rules as [expr, unit of the gated metric]. */
    rules = [];
    ruleIndex = new Map();
    rule(expr, metric) {
        let i = this.ruleIndex.get(expr);
        if (i === undefined) {
            i = this.rules.length;
            this.ruleIndex.set(expr, i);
            this.rules.push([expr, (0,metric_format/* metricUnit */.n2)(metric)]);
        }
        return i;
    }
}
function siteRun(run, group, metrics, words, tables) {
    const values = run;
    const v = tables.columns.map(([name]) => {
        const x = values[name];
        return typeof x === 'number' && Number.isFinite(x) ? x : null;
    });
    const vd = tables.columns.map(([name]) => {
        const verdict = run.verdicts[name];
        if (!verdict)
            return null;
        const kind = VERDICT_KINDS.indexOf(verdict.verdict);
        return kind < 0 ? null : [kind, changeAsShown(verdict.change_pct)];
    });
    const charted = new Set(metrics.map((x) => x.name));
    return {
        id: run.run_id,
        t: Date.parse(run.started_at),
        status: run.status,
        g: group,
        ref: run.git_ref,
        sha: run.git_sha,
        pr: run.is_pull_request === true,
        v,
        vd,
        b: metrics.map((m) => judgedBand(run, m.name)),
        regressed: (0,engine_verdicts/* regressedMetrics */.k)(run).filter((x) => charted.has(x)),
        gates: run.gates.map((g) => [tables.rule(g.expr, (0,report_gates/* gateMetric */.kC)(g)), g.status, g.actual, g.limit]),
        words,
        e: [run.started_at, run.script, run.interval_s, run.samples, run.attempts.length || 1, run.pyrun_version],
        alerts: run.alerts.map((a) => [a.rule, a.at_s]),
        profile: profileOf(run),
    };
}
/** A change in percent rounded half away from zero to 0.1, as the reports show it (report/format.ts). */
function changeAsShown(change_pct) {
    if (change_pct === null || !Number.isFinite(change_pct))
        return null;
    return (Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10;
}
/**
 * The baseline centre and the limit the judge measured this run's metric against, as its verdict recorded them:
 * the verdict's `limit`, or for a run recorded before verdicts kept it, the centre plus the `detectable_pct` an
 * unchanged verdict carries. Null where the judge gave no such limit (too few runs, not judged, a rank test).
 */
function judgedBand(run, metric) {
    const base = run.baseline[metric];
    const verdict = run.verdicts[metric];
    if (!base || !verdict || !Number.isFinite(base.value))
        return null;
    const limit = verdict.limit ??
        (verdict.verdict === 'unchanged' && verdict.detectable_pct !== undefined
            ? base.value + (Math.abs(base.value) * verdict.detectable_pct) / 100
            : undefined);
    return limit !== undefined && Number.isFinite(limit) ? [base.value, limit] : null;
}
function profileOf(run) {
    const p = run.profile;
    if (!p)
        return null;
    return {
        total: (0,profile_format/* formatSeconds */.Xo)(p.total_s),
        top: p.top_own
            .slice(0, profile_format/* PROFILE_TOP_ROWS */.oO)
            .map((e) => [
            (0,profile_format/* shortFunction */.zR)(e.function),
            (0,profile_format/* formatSeconds */.Xo)(e.own_s),
            (0,profile_format/* formatSeconds */.Xo)(e.cumulative_s),
            String(e.calls),
        ]),
        error: p.error ?? null,
    };
}

;// CONCATENATED MODULE: ./src/engine/site/model.ts
/**
 * The site's data: every run of the history turned into the plain values the pages draw. Pure: runs in, values
 * out. Everything here is data for the browser side (src/site/app.js), which shows it with textContent only, so
 * a name or a commit message holding HTML stays text.
 *
 * Charts are drawn for the metrics judged by default (the metric table's headline costs, plus `instructions`
 * where a run counted them); each chart is thinned to MAX_CHART_POINTS runs with every bucket's highest and lowest
 * kept, and every regressed run or failed gate kept on top, so neither a spike nor a marked run is ever lost.
 */





/** Points per chart; beyond this a chart shows each bucket's highest and lowest run and every marked run. */
const MAX_CHART_POINTS = 1500;
/** Points of an index sparkline (the newest runs). */
const SPARK_POINTS = 60;
/** The metrics the charts show, in table order. */
function siteMetrics() {
    const judged = engine_metrics/* COMPARABLE_METRICS */.fm.filter((m) => engine_metrics/* HEADLINE_METRICS */.jM.includes(m) || m === 'instructions');
    return judged.map((name) => {
        const row = (0,engine_metrics/* metricRow */.dh)(name);
        return {
            name,
            unit: row?.unit ?? '',
            help: row?.help ?? '',
        };
    });
}
/** A file-name-safe, collision-free name for a series: readable letters, then a hash of the exact name. */
function seriesSlug(name) {
    const readable = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 10);
    return readable ? `${readable}-${hash}` : hash;
}
/** One series' page data; `runs` in any order (they are sorted by start time, oldest first). */
function buildSeries(name, stored) {
    const ordered = [...stored].sort(byStart);
    const all = siteMetrics();
    const metrics = all.filter((m) => ordered.some((r) => isNumber(model_valueOf(r, m.name))));
    const groupIndex = new Map();
    const groups = [];
    const tables = new SeriesTables();
    const runs = ordered.map((run) => {
        const key = groupLabel(run);
        let g = groupIndex.get(key);
        if (g === undefined) {
            g = groups.length;
            groupIndex.set(key, g);
            groups.push({
                label: key,
                ref: run.git_ref,
                runs: 0,
                os: `${run.os}/${run.arch}`,
                python: run.python_version,
                executor: run.host ? `${run.executor} (${run.host})` : run.executor,
            });
        }
        groups[g].runs += 1;
        return siteRun(run, g, metrics, explain({ ...run, series: [] }), tables);
    });
    const series = {
        name,
        slug: seriesSlug(name),
        metrics,
        columns: tables.columns,
        rules: tables.rules,
        verdict_kinds: VERDICT_KINDS,
        groups,
        runs,
        charts: [],
    };
    series.charts = metrics.map((m) => chartPoints(series, m.name));
    return series;
}
/** A run's value of a metric, from its row of values. */
function runValue(series, run, metric) {
    const column = series.columns.findIndex(([name]) => name === metric);
    return column < 0 ? null : (run.v[column] ?? null);
}
/** The index: one entry per series, in name order. */
function buildIndex(series, options) {
    return {
        title: options.title,
        repo_url: options.repo_url,
        baseline_ref: options.baseline_ref,
        built_at: options.built_at,
        total_runs: series.reduce((n, s) => n + s.runs.length, 0),
        series: series.map((s) => indexEntry(s, options.baseline_ref)),
    };
}
function indexEntry(series, baselineRef) {
    const onLine = baselineRef === null ? series.runs : series.runs.filter((r) => r.ref === baselineRef);
    const line = onLine.length > 0 ? onLine : series.runs;
    const latest = line[line.length - 1];
    const metric = series.metrics[0]?.name ?? 'duration_s';
    const spark = line.slice(-SPARK_POINTS).map((r) => runValue(series, r, metric));
    let last_regression = null;
    let last_gate_failure = null;
    for (let i = series.runs.length - 1; i >= 0 && (!last_regression || !last_gate_failure); i--) {
        const run = series.runs[i];
        if (!last_regression && run.regressed.length > 0)
            last_regression = { t: run.t, run_id: run.id, metrics: run.regressed };
        if (!last_gate_failure && run.gates.some((g) => g[1] === 'failed'))
            last_gate_failure = { t: run.t, run_id: run.id };
    }
    return {
        name: series.name,
        slug: series.slug,
        runs: series.runs.length,
        latest: { status: latest.status, t: latest.t, ref: latest.ref, sha: latest.sha, run_id: latest.id },
        spark: { metric, values: spark },
        last_regression,
        last_gate_failure,
    };
}
function chartPoints(series, metric) {
    const { runs } = series;
    const column = series.columns.findIndex(([name]) => name === metric);
    const withValue = [];
    for (let i = 0; i < runs.length; i++)
        if (isNumber(runs[i].v[column]))
            withValue.push(i);
    const value = (i) => runs[i].v[column];
    const kept = new Set((0,report_downsample/* downsampleKeepingPeaks */.q)(withValue, MAX_CHART_POINTS, value, { keep_lows: true }));
    if (kept.size < withValue.length) {
        for (const i of withValue)
            if (isMarked(runs[i], metric))
                kept.add(i);
    }
    return { metric, points: [...kept].sort((a, b) => a - b), of: withValue.length };
}
function isMarked(run, metric) {
    return run.regressed.includes(metric) || run.gates.some((g) => g[1] === 'failed');
}
/** Branch and fingerprint: runs compare only within one, so each is its own line. */
function groupLabel(run) {
    const where = run.host ? `${run.executor}:${run.host}` : run.executor;
    return `${run.git_ref ?? '(no ref)'} · ${run.os}/${run.arch} · Python ${run.python_version} · ${where}`;
}
function model_valueOf(run, metric) {
    return run[metric];
}
function isNumber(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
function byStart(a, b) {
    const d = Date.parse(a.started_at) - Date.parse(b.started_at);
    return d !== 0 && Number.isFinite(d) ? d : a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/site/render.ts




/** Every page and data file of the site for these runs (any order, any number of series). */
function renderSite(runs, options) {
    const bySeries = new Map();
    for (const run of runs) {
        const list = bySeries.get(run.name);
        if (list)
            list.push(run);
        else
            bySeries.set(run.name, [run]);
    }
    const names = [...bySeries.keys()].sort();
    const series = names.map((name) => buildSeries(name, bySeries.get(name)));
    const index = buildIndex(series, options);
    const files = [
        { path: 'index.html', text: page('index', options.title, '', 'data/index.js', '') },
        { path: 'data/index.js', text: dataScript({ index }) },
    ];
    for (const s of series)
        files.push(...seriesFiles(s, index, options));
    // GitHub Pages runs Jekyll over a site unless told not to; nothing here needs it.
    files.push({ path: '.nojekyll', text: '' });
    return { files, index };
}
function seriesFiles(series, index, options) {
    const data = `data/${series.slug}.js`;
    const meta = {
        title: index.title,
        repo_url: index.repo_url,
        baseline_ref: index.baseline_ref,
        built_at: index.built_at,
    };
    return [
        {
            path: `series/${series.slug}.html`,
            text: page('series', `${series.name} · ${options.title}`, '../', `../${data}`, series.name),
        },
        { path: data, text: dataScript({ index: meta, series }) },
    ];
}
/**
 * A page shell. The title and heading are escaped here; the rest of the page is built from the data as text.
 * The content security policy lets the page load only its own files: nothing can be fetched from elsewhere.
 */
function page(kind, title, root, data, heading) {
    const h1 = kind === 'index' ? title : heading;
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
        `<title>${(0,html_escape/* escapeHtml */.Z)(title)}</title>`,
        `<link rel="stylesheet" href="${root}${ASSET_FILES.uplotCss}">`,
        `<link rel="stylesheet" href="${root}${ASSET_FILES.css}">`,
        '</head>',
        `<body data-page="${kind}">`,
        '<a class="skip" href="#main">Skip to content</a>',
        '<header class="top">',
        kind === 'series' ? `<nav><a href="${root}index.html">← All series</a></nav>` : '',
        `<h1 id="title">${(0,html_escape/* escapeHtml */.Z)(h1)}</h1>`,
        '</header>',
        '<main id="main" tabindex="-1">',
        '<noscript><p>This page draws its charts and tables with JavaScript; please enable it.</p></noscript>',
        '</main>',
        '<footer id="foot"></footer>',
        kind === 'series' ? `<script src="${root}${ASSET_FILES.uplotJs}"></script>` : '',
        `<script src="${(0,html_escape/* escapeHtml */.Z)(data)}"></script>`,
        `<script src="${root}${ASSET_FILES.kit}"></script>`,
        kind === 'series' ? `<script src="${root}${ASSET_FILES.charts}"></script>` : '',
        `<script src="${root}${ASSET_FILES.app}"></script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
const CSP = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
/**
 * A data script: `window.PYRUN_SITE = <JSON>;`. Every `<`, `>`, `&` and line separator in the JSON is written as a
 * `\u` escape, so no string from the history can close a script element or start markup, whichever way the
 * data is later embedded.
 */
function dataScript(value) {
    return `window.PYRUN_SITE = ${safeJson(visibleStrings(value))};\n`;
}
/**
 * Every string in the site's data with invisible format characters (U+202E…) and controls written as visible
 * `\u202E` escapes: the browser shows the data as text (textContent), so they must not reach it raw. Applied to
 * every string alike, so a name used as a key still matches itself.
 */
function visibleStrings(value) {
    if (typeof value === 'string')
        return (0,visible_text/* showInvisible */.jQ)(value);
    if (Array.isArray(value))
        return value.map(visibleStrings);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [(0,visible_text/* showInvisible */.jQ)(k), visibleStrings(v)]));
    }
    return value;
}
function safeJson(value) {
    // Plain string replacements: on a large history's data this is several times faster than one callback.
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

;// CONCATENATED MODULE: ./src/engine/site/write.ts
/**
 * Writing a rendered site to a directory: its pages and data, then the static assets. The directory is created;
 * files pyrun wrote there before are overwritten, others are left alone (a site folder may hold a CNAME).
 */




function writeSite(dir, runs, options) {
    const root = (0,external_node_path_.resolve)(dir);
    const assets = siteAssets();
    const { files, index } = renderSite(runs, options);
    for (const file of files) {
        const target = (0,external_node_path_.join)(root, ...file.path.split('/'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, file.text, 'utf8');
    }
    for (const asset of assets) {
        const target = (0,external_node_path_.join)(root, ...asset.path.split('/'));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.copyFileSync)(asset.source, target);
    }
    return {
        dir: root,
        series: index.series.length,
        runs: index.total_runs,
        files: files.length + assets.length,
    };
}
/** A repository URL for commit links: http(s) only, without a trailing slash; null for anything else. */
function repoUrlOrNull(text) {
    if (!text)
        return null;
    try {
        const url = new URL(text);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return null;
        return url.href.replace(/\/+$/, '');
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/action/site.ts
/**
 * Input `site-dir`: after the run, the merged history (every run the cache brought back, and this one) as a static
 * site in that folder, for a later step to publish (actions/upload-pages-artifact, then actions/deploy-pages).
 * Trouble writing it is one warning: the run and its history are already safe.
 */




async function writeActionSite(siteDir, dbPath, baseDir, gh, serverUrl) {
    if (dbPath === null || !(0,external_node_fs_.existsSync)(dbPath)) {
        actionLogger.warn(`site-dir: no history to build a site from (it needs input 'history' to be cache); no site written`);
        return;
    }
    const dir = external_node_path_default().resolve(baseDir, siteDir);
    try {
        const store = await history_store/* HistoryStore */.K.open(dbPath, { read_only: true });
        let runs;
        try {
            runs = store.listRuns();
        }
        finally {
            store.close();
        }
        const repository = gh.owner ? `${gh.owner}/${gh.repo}` : '';
        const written = writeSite(dir, runs, {
            title: repository ? `${repository} · pyrun` : 'pyrun history',
            repo_url: repository ? repoUrlOrNull(`${serverUrl || 'https://github.com'}/${repository}`) : null,
            baseline_ref: gh.default_branch,
            built_at: new Date().toISOString(),
        });
        actionLogger.info(`site of ${written.series} series (${written.runs} runs) written to ${written.dir}`);
    }
    catch (error) {
        actionLogger.warn(`site-dir: could not write the site to ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action: inputs → the engine's pipeline → history back to the Actions cache, then what the action shows
 * (./publish.ts). The step fails only for the script itself or for what `fail-on` names, with the engine's own
 * words; infrastructure trouble is a warning and never fails it.
 */

















async function run(env = process.env) {
    try {
        await runAction(env);
    }
    catch (error) {
        if (error instanceof ConfigError)
            core/* setFailed */.C1((0,visible_text/* showInvisible */.jQ)(`pyrun: bad input:\n${error.problems.join('\n')}`));
        else if (error instanceof errors/* PyrunError */.Pu)
            core/* setFailed */.C1((0,visible_text/* showInvisible */.jQ)(`pyrun: ${error.message}`));
        else
            core/* setFailed */.C1(`pyrun: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        core/* setOutput */.uH('exit-code', String(errors/* EXIT_PYRUN_ERROR */.ZX));
    }
}
async function runAction(env) {
    const settings = readInputs();
    const gh = readRunContext(env);
    const base_dir = external_node_path_default().resolve(settings.working_directory);
    const plan = planOrRefuse(() => planRuns({
        cwd: base_dir,
        config: settings.config_file,
        env,
        flags: settings.flags,
        label: inputLabel,
    }), settings.problems);
    for (const warning of plan.warnings)
        actionLogger.warn(warning);
    dropReadSecrets(env);
    const configs = plan.runs;
    // Secrets inside values (a password in an export URL, an SMTP URL) are masked before anything prints.
    for (const secret of configs.flatMap(configSecrets))
        core/* setSecret */.Pq(secret);
    // One step, one history file, one comment and one check: named after the series, or the suite's file.
    const series = plan.suite && plan.file ? `suite ${plan.file.shown}` : configs[0].name;
    // The history's folder holds the history alone: the cache ties an entry to its path string, and the folder is
    // made anew, private, before the cache saves from it (./history-copy.ts). Everything else goes to a folder of
    // this run's own with a name the script cannot predict.
    const historyDir = external_node_path_default().join(gh.runner_temp, 'pyrun');
    (0,external_node_fs_.mkdirSync)(historyDir, { recursive: true });
    const workDir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(gh.runner_temp, 'pyrun-work-'));
    // History: restore the newest file by key prefix (the base branch's for a pull request), same path on save.
    const useCache = settings.history === 'cache';
    const keyParts = { workflow: gh.workflow, job: gh.job, series, matrix: settings.matrix };
    const dbPath = external_node_path_default().join(historyDir, `history-${seriesIdentity(keyParts)}.sqlite`);
    const keys = historyCacheKeys({
        ...keyParts,
        os: gh.runner_os,
        arch: gh.runner_arch,
        run_id: gh.run_id,
        run_attempt: gh.run_attempt,
        ref: gh.ref,
        baseRef: gh.base_ref,
        defaultRef: gh.default_branch ? `refs/heads/${gh.default_branch}` : null,
    });
    // Overlapping runs of the series each saved an entry: restore the newest few and merge them by run id.
    const github = gh.owner
        ? { token: settings.github_token || null, apiUrl: gh.api_url, repository: `${gh.owner}/${gh.repo}` }
        : null;
    const restored = useCache
        ? await core/* group */.Os('pyrun: restore history', () => restoreMergedHistory({
            path: dbPath,
            keyPrefix: keys.restorePrefixes[0],
            restorePrefixes: keys.restorePrefixes,
            github,
            warn: actionLogger.warn,
            info: actionLogger.info,
            notice: (message) => core/* notice */.lm(message, { title: 'pyrun' }),
        }))
        : { restoredKeys: [] };
    const safeName = series.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80);
    // In a folder of its own with a random name (mode 0700): the script cannot plant a FIFO or symlink at a path it
    // cannot predict.
    const reportJson = external_node_path_default().join((0,external_node_fs_.mkdtempSync)(external_node_path_default().join(workDir, 'report-')), `${safeName}-${gh.run_id}-${gh.run_attempt}.json`);
    const facts = {
        base_dir,
        git_ref: gh.ref_name,
        git_sha: gh.sha,
        is_pull_request: gh.is_pull_request,
        run_url: gh.run_url,
        pyrun_version: PYRUN_VERSION,
    };
    // The script's $GITHUB_ENV, $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY… are private files of its own: nothing it
    // writes there is applied, and the runner's real files are put back as they were (./file-commands.ts).
    const scriptFiles = privateFileCommands(workDir);
    const ports = {
        clock: systemClock,
        proc: new LinuxProcSource(),
        log: actionLogger,
        env: { ...env, ...scriptFiles.env },
        stdout: process.stdout,
        stderr: process.stderr,
        ...sshFiles(settings, workDir),
    };
    // pyrun writes nothing to the runner's file commands from here until the guard restores them: every script of
    // the step (and the base's copy side by side) has ended, with every process it left, when `restore` runs.
    const runnerFiles = guardRunnerFileCommands(env);
    let result;
    let base;
    try {
        result = await runPipeline({
            configs: configs.map((c) => ({ ...c, json_path: reportJson })),
            facts,
            history: useCache
                ? { path: dbPath, default_baseline_ref: gh.base_ref ?? gh.default_branch, mode: 'replace' }
                : null,
        }, ports);
        // History first: nothing the reports do may cost a run its place in the history.
        if (useCache && (!gh.is_pull_request || settings.save_pull_request_history)) {
            const written = result.history_bytes;
            await core/* group */.Os('pyrun: save history', async () => {
                const saved = await saveHistoryCopy(dbPath, written, keys.saveKey);
                if (saved && settings.prune_history_caches) {
                    await pruneHistoryCaches({
                        github,
                        savedKey: keys.saveKey,
                        supersededKeys: restored.restoredKeys,
                        warn: actionLogger.warn,
                        info: actionLogger.info,
                        notice: (message) => core/* notice */.lm(message, { title: 'pyrun' }),
                    });
                }
            });
        }
        base = await sideBySide(settings, gh, configs, facts, ports);
    }
    finally {
        for (const warning of runnerFiles.restore())
            actionLogger.warn(warning);
    }
    const scriptWrites = reportScriptWrites(scriptFiles.collect());
    for (const warning of scriptWrites.warnings)
        actionLogger.warn(warning);
    await publish(result, {
        series,
        report_json: reportJson,
        junit_path: configs[0].junit_path ? external_node_path_default().resolve(base_dir, configs[0].junit_path) : null,
        tap_path: configs[0].tap_path ? external_node_path_default().resolve(base_dir, configs[0].tap_path) : null,
        base_dir,
        script_summary: scriptWrites.summary_markdown,
    }, settings, gh, base);
    if (settings.site_dir) {
        await core/* group */.Os('pyrun: site', () => writeActionSite(settings.site_dir, useCache ? dbPath : null, base_dir, gh, env.GITHUB_SERVER_URL));
    }
}
/**
 * Saves the history pyrun wrote (`bytes`, from memory) to the cache from a private copy at `dbPath`, checked just
 * before and just after the cache client reads it (./history-copy.ts). Trouble is one warning; never throws.
 */
async function saveHistoryCopy(dbPath, bytes, key) {
    if (bytes === null) {
        actionLogger.info('This run wrote no history (see the warnings above); nothing to save to the Actions cache.');
        return false;
    }
    let copy;
    try {
        copy = await writePrivateCopy(dbPath, bytes);
    }
    catch (error) {
        actionLogger.warn(`History not saved to the Actions cache: could not write its private copy at ${dbPath} ` +
            `(${error instanceof Error ? error.message : String(error)}). The run itself is unaffected.`);
        return false;
    }
    let checked;
    return saveHistory({
        path: dbPath,
        key,
        warn: actionLogger.warn,
        info: actionLogger.info,
        checkBefore: async () => {
            const check = await checkPrivateCopy(copy);
            if (!check.ok)
                return check.problem;
            checked = check.stats;
            return null;
        },
        checkAfter: async () => {
            const check = await checkPrivateCopy(copy, checked);
            return check.ok ? null : check.problem;
        },
    });
}
/**
 * Once the inputs are read (they hold the token, webhook secrets, SSH keys), they and the OIDC request token, which
 * pyrun never uses, leave pyrun's own environment, so no process pyrun starts later (git, ssh, docker, valgrind)
 * inherits them. This cannot hide them from /proc/<pyrun's pid>/environ: Linux shows the environment block the
 * process started with, and unsetting a variable does not change it (docs/guarantees.md). The runtime token and
 * the cache service's URLs stay: @actions/cache reads them from the environment on every call.
 */
function dropReadSecrets(env) {
    for (const name of Object.keys(env)) {
        const upper = name.toUpperCase();
        if (upper.startsWith('INPUT_') || upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_'))
            delete env[name];
    }
}
/** `compare-with: base` on a pull request; trouble reaching the base commit is a warning, and history judges. */
async function sideBySide(settings, gh, configs, facts, ports) {
    if (settings.compare_with !== 'base')
        return null;
    if (!gh.is_pull_request || !gh.base_sha) {
        actionLogger.info('compare-with: base applies to pull_request events; this run is judged by its history');
        return null;
    }
    try {
        return await core/* group */.Os('pyrun: side by side with the base', () => compareWithBase(configs, gh.base_sha, facts, ports));
    }
    catch (error) {
        if (!(error instanceof errors/* PyrunError */.Pu))
            throw error;
        actionLogger.warn(`${error.message}; this pull request is judged by its history alone`);
        return null;
    }
}
/** The action receives the SSH key and known hosts as text (secrets): they go to private files for the client. */
function sshFiles(settings, workDir) {
    const files = {};
    if (settings.ssh_key_text) {
        files.ssh_key_file = external_node_path_default().join(workDir, 'ssh-key');
        (0,external_node_fs_.writeFileSync)(files.ssh_key_file, settings.ssh_key_text.replace(/\r\n/g, '\n').replace(/\n?$/, '\n'), {
            mode: 0o600,
        });
    }
    if (settings.ssh_known_hosts) {
        files.ssh_known_hosts_file = external_node_path_default().join(workDir, 'known_hosts');
        (0,external_node_fs_.writeFileSync)(files.ssh_known_hosts_file, `${settings.ssh_known_hosts}\n`, { mode: 0o600 });
    }
    return files;
}
/** Plans the runs; every bad input, of the action's own and of the run options, is refused together. */
function planOrRefuse(plan, problems) {
    let planned = null;
    const all = [...problems];
    try {
        planned = plan();
    }
    catch (error) {
        if (!(error instanceof ConfigError))
            throw error;
        all.unshift(...error.problems);
    }
    if (all.length > 0 || planned === null)
        throw new ConfigError(all);
    return planned;
}


/***/ }),

/***/ 9147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ formatP),
/* harmony export */   Pe: () => (/* binding */ describeRatio),
/* harmony export */   jK: () => (/* binding */ describeAb),
/* harmony export */   zF: () => (/* binding */ formatStats)
/* harmony export */ });
/* unused harmony export decimalsFor */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8703);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/**
 * The words of an A/B result, as hyperfine would print them: one aligned line per metric,
 *
 *   duration_s   A 0.234 s ± 0.004   B 0.297 s ± 0.005   B is 1.27 ± 0.02 × slower than A [1.25, 1.29]  p = 0.002  regressed
 *
 * then the gates and the warnings. Returned as lines; the face decides where they go.
 */


/** Decimals that show a value's differences without noise: 1.204, 12.35, 612.4, 1520. */
function decimalsFor(value) {
    const m = Math.abs(value);
    return m >= 1000 ? 0 : m >= 100 ? 1 : m >= 10 ? 2 : 3;
}
function unitOf(metric) {
    const unit = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricUnit */ .n2)(metric);
    return unit === '' ? '' : unit === '%' ? '%' : ` ${unit}`;
}
/** `1.204 s ± 0.012`; integers stay integers when nothing varied (`4`). */
function formatStats(metric, s) {
    if (Number.isInteger(s.mean) && s.stddev === 0)
        return `${s.mean}${unitOf(metric)}`;
    const d = decimalsFor(s.mean);
    return `${s.mean.toFixed(d)}${unitOf(metric)} ± ${s.stddev.toFixed(d)}`;
}
const MORE_LESS = {
    time: ['higher', 'lower'],
    size: ['larger', 'smaller'],
    percent: ['higher', 'lower'],
    count: ['higher', 'lower'],
};
function words(metric) {
    return metric === 'duration_s' ? ['slower', 'faster'] : MORE_LESS[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_DIMENSION */ .aP[metric]];
}
function formatP(p) {
    if (p < 0.001)
        return 'p < 0.001';
    return `p = ${p < 0.01 ? p.toFixed(4) : p.toFixed(3)}`;
}
/** `B is 1.31 ± 0.04 × slower than A [1.27, 1.35]` or `no difference: B/A 1.00 [0.98, 1.03]`. */
function describeRatio(metric, r) {
    const interval = (lo, hi) => `[${lo.toFixed(2)}, ${hi.toFixed(2)}]`;
    if (r.verdict === 'no_difference') {
        return `no difference: B/A ${r.ratio.toFixed(2)} ${interval(r.ratio_low, r.ratio_high)}`;
    }
    const [up, down] = words(metric);
    const [factor, lo, hi, word] = r.ratio >= 1
        ? [r.ratio, r.ratio_low, r.ratio_high, up]
        : [1 / r.ratio, 1 / r.ratio_high, 1 / r.ratio_low, down];
    return `B is ${factor.toFixed(2)} ± ${((hi - lo) / 2).toFixed(2)} × ${word} than A ${interval(lo, hi)}`;
}
/** Every line of the result: who A and B are, one line per metric, gates, --max-regression, warnings. */
function describeAb(record) {
    const lines = [
        `A: ${record.a.label}  (${record.a.script})`,
        `B: ${record.b.label}  (${record.b.script})`,
    ];
    const entries = Object.entries(record.metrics);
    if (entries.length > 0) {
        const confidence = Math.round(Math.min(...entries.map(([, r]) => r.confidence)) * 1000) / 10;
        lines.push(`${record.runs.length / 2} pairs interleaved (AB BA …), ${record.warmup} warm-up each; ` +
            `B/A with its ≥${confidence}% interval (Hodges–Lehmann) and the Wilcoxon signed-rank p`, '');
        const rows = entries.map(([metric, r]) => [
            metric,
            `A ${formatStats(metric, r.a)}`,
            `B ${formatStats(metric, r.b)}`,
            describeRatio(metric, r),
            formatP(r.p_value),
            r.verdict === 'no_difference'
                ? ''
                : r.verdict + (r.over_max_regression ? ' (over --max-regression)' : ''),
        ]);
        const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
        for (const row of rows)
            lines.push(row
                .map((c, i) => c.padEnd(widths[i]))
                .join('   ')
                .trimEnd());
    }
    if (record.gates.length > 0)
        lines.push('');
    for (const g of record.gates) {
        const detail = g.actual === null
            ? ''
            : ` (B ${round(g.actual)} vs limit ${g.limit === null ? 'n/a' : round(g.limit)})`;
        lines.push(`gate ${g.status === 'failed' ? 'FAILED' : g.status}: ${g.expr}${detail}`);
    }
    if (record.max_regression_pct !== null && entries.length > 0) {
        lines.push(record.over_max_regression.length > 0
            ? `--max-regression ${record.max_regression_pct}%: B regressed beyond it in ${record.over_max_regression.join(', ')}`
            : `--max-regression ${record.max_regression_pct}%: held`);
    }
    if (record.failure) {
        const f = record.failure;
        const how = f.status === 'timeout' ? 'timed out' : f.signal ? `was killed by ${f.signal}` : `exited ${f.exit_code}`;
        const which = f.pair === 0 ? 'warm-up run' : `run of pair ${f.pair}`;
        lines.push(`${f.side}'s ${which} ${how}: no comparison`);
    }
    if (record.interrupted_by)
        lines.push(`interrupted by ${record.interrupted_by}: no comparison`);
    return lines;
}
function round(value) {
    return value.toFixed(decimalsFor(value));
}


/***/ }),

/***/ 3066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ postJson),
/* harmony export */   d8: () => (/* binding */ networkReason)
/* harmony export */ });
/* unused harmony export USER_AGENT */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9506);
/**
 * POST a JSON body with the built-in fetch: one timeout per attempt, retries on network errors, timeouts and
 * server errors (5xx, and 408/429 which say "try again"), none on other answers. Redirects are not followed: a
 * signed alert must not wander to another host.
 */

const USER_AGENT = 'pyrun';
const FRIENDLY_CODES = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed by the server',
};
/** Errors are read by shape, not `instanceof`: fetch's errors may come from another realm. */
function asErrorLike(value) {
    return typeof value === 'object' && value !== null ? value : null;
}
/** The underlying error of a failed fetch (fetch itself only says "fetch failed"). */
function causeOf(error) {
    const outer = asErrorLike(error);
    return asErrorLike(outer?.cause) ?? outer;
}
function codeOf(error) {
    const code = causeOf(error)?.code;
    return typeof code === 'string' ? code : undefined;
}
/** Why a request failed to reach the server, without the URL (fetch's own messages never carry it either). */
function networkReason(error) {
    const cause = causeOf(error);
    const message = typeof cause?.message === 'string' && cause.message !== '' ? cause.message : String(error);
    const code = codeOf(error);
    if (code === undefined)
        return message;
    return `${FRIENDLY_CODES[code] ?? message} (${code})`;
}
function isRetryableStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
async function attemptPost(url, body, headers, options, signal) {
    const timeout = AbortSignal.timeout(options.timeout_ms);
    let response;
    try {
        response = await options.fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, ...headers },
            body,
            redirect: 'manual',
            signal: AbortSignal.any([signal, timeout]),
        });
    }
    catch (error) {
        if (signal.aborted)
            return { ok: false, retryable: false, reason: 'abandoned' };
        if (timeout.aborted) {
            return { ok: false, retryable: true, reason: `no answer within ${options.timeout_ms} ms` };
        }
        return { ok: false, retryable: !(0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .isCertificateFailure */ .G5)(codeOf(error)), reason: networkReason(error) };
    }
    // The answer's body is of no interest; drop it so the connection is released.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300)
        return { ok: true };
    // node:http only for its table of reason phrases, and only on a failure: a run never loads it otherwise.
    const phrase = response.statusText || (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).STATUS_CODES[response.status];
    const status = `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`;
    if (response.status >= 300 && response.status < 400) {
        return { ok: false, retryable: false, reason: `${status} (redirects are not followed)` };
    }
    return { ok: false, retryable: isRetryableStatus(response.status), reason: status };
}
/** Delivers one JSON body; never rejects. */
function postJson(url, body, headers, options) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .withRetries */ .LH)((signal) => attemptPost(url, body, headers, options, signal), options.policy, options.signal);
}


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   zF: () => (/* binding */ channelSecrets)
/* harmony export */ });
/* unused harmony exports MASK, MIN_SECRET_CHARS */
const MASK = '***';
/**
 * Shorter pieces are not masked: a 1–3 character password guards nothing, and masking it would garble every
 * line that happens to hold those letters. Whole URLs are always long enough.
 */
const MIN_SECRET_CHARS = 4;
/** A path segment or query value is token-like when it is long, or fairly long and holds a digit. */
const TOKEN_MIN_CHARS = 8;
const TOKEN_ANY_MIN_CHARS = 20;
function isTokenLike(part) {
    return part.length >= TOKEN_ANY_MIN_CHARS || (part.length >= TOKEN_MIN_CHARS && /\d/.test(part));
}
function decoded(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
/** The URL as given, as normalised, its path and query, token-like pieces and any password in it. */
function urlSecrets(raw) {
    const secrets = [raw];
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return secrets;
    }
    secrets.push(url.href);
    const pathAndQuery = url.pathname + url.search;
    if (pathAndQuery !== '/')
        secrets.push(pathAndQuery, decoded(pathAndQuery));
    for (const segment of url.pathname.split('/')) {
        if (isTokenLike(segment))
            secrets.push(segment, decoded(segment));
    }
    for (const value of url.searchParams.values())
        if (isTokenLike(value))
            secrets.push(value);
    if (url.password !== '')
        secrets.push(url.password, decoded(url.password));
    return secrets;
}
/**
 * Every string that must never reach a log: the Slack and webhook URLs (whole, and their paths and tokens), the
 * webhook secret, the SMTP URL and its password; pieces shorter than MIN_SECRET_CHARS are left out.
 */
function channelSecrets(channels) {
    const secrets = [];
    for (const url of [channels.slack_webhook, channels.webhook_url, channels.smtp_url]) {
        if (url)
            secrets.push(...urlSecrets(url));
    }
    if (channels.webhook_secret)
        secrets.push(channels.webhook_secret);
    return [...new Set(secrets.filter((s) => s.length >= MIN_SECRET_CHARS))];
}
/** Replaces every occurrence of every secret with `***`, longest secret first. */
function maskSecrets(text, secrets) {
    const ordered = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    let masked = text;
    for (const secret of ordered)
        masked = masked.split(secret).join(MASK);
    return masked;
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ isCertificateFailure),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Uc: () => (/* binding */ describeError)
/* harmony export */ });
/* unused harmony export backoff_ms */
/**
 * Bounded retries with exponential backoff, for any channel. An attempt reports whether it is worth repeating
 * (network trouble, timeouts, server errors) or not (the request itself was refused); an abort signal ends the
 * whole delivery at once, backoff included.
 */
/** Resolves after `delay_ms`, or as soon as the signal aborts. */
function pause(delay_ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, delay_ms);
        signal.addEventListener('abort', done, { once: true });
    });
}
/** An error's message, read by shape (errors from another realm are not `instanceof Error`). */
function describeError(error) {
    const message = error?.message;
    return typeof message === 'string' && message !== '' ? message : String(error);
}
/** TLS verification failures (Node's codes): repeating the attempt meets the same certificate. */
function isCertificateFailure(code) {
    return typeof code === 'string' && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code);
}
function backoff_ms(policy, retry) {
    return policy.first_backoff_ms * 2 ** (retry - 1);
}
/**
 * Runs `attempt` until it succeeds, fails for good, runs out of retries or the signal aborts. Never rejects: an
 * attempt that throws counts as a retryable failure with the error's message as the reason.
 */
async function withRetries(attempt, policy, signal) {
    let attempts = 0;
    let reason = 'not attempted';
    for (;;) {
        if (signal.aborted)
            return { ok: false, attempts, reason, aborted: true };
        attempts += 1;
        let outcome;
        try {
            outcome = await attempt(signal);
        }
        catch (error) {
            outcome = {
                ok: false,
                retryable: true,
                reason: error instanceof Error ? error.message : String(error),
            };
        }
        if (outcome.ok)
            return { ok: true, attempts };
        reason = outcome.reason;
        if (signal.aborted)
            return { ok: false, attempts, reason, aborted: true };
        if (!outcome.retryable || attempts > policy.retries)
            return { ok: false, attempts, reason, aborted: false };
        await pause(backoff_ms(policy, attempts), signal);
    }
}


/***/ }),

/***/ 7602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ buildBaseline),
/* harmony export */   LA: () => (/* binding */ SPREAD_PER_MAD),
/* harmony export */   Om: () => (/* binding */ spreadFloor),
/* harmony export */   SV: () => (/* binding */ pairwiseSpread),
/* harmony export */   sr: () => (/* binding */ baselineValues)
/* harmony export */ });
/* unused harmony exports SPREAD_PER_PAIRWISE, MIN_SPREAD_FRACTION, MIN_SPREAD_BY_DIMENSION, robustSummary */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/**
 * The baseline of one metric: where the baseline runs of a series sit, and how much they wander.
 *
 * Rule (robust, deterministic, every run counted):
 * 1. Non-finite values are dropped; every other value is used. Nothing is excluded as an "outlier": a cold
 *    first run or a run that regressed is ordinary history, and the centre and spread below are robust to a
 *    few of them. So the number of runs a baseline reports is the number of runs it was given.
 * 2. centre = median.
 * 3. spread = max(1.048·median|xᵢ − xⱼ| over pairs i < j, floor): Shamos' estimator of the standard deviation
 *    (86% as efficient as the standard deviation under normal noise, where 1.4826·MAD is 37%: it matters on the
 *    5–10 runs a young series has; one wild run in four or more does not move it much).
 *
 * The floor keeps a constant metric (thread counts, a quantised clock) from a zero spread that any tiny change
 * would exceed: floor = max(MIN_SPREAD_FRACTION of |median|, the metric dimension's absolute floor).
 */



/** Scale from the median absolute deviation to a standard deviation under normal noise (1/Φ⁻¹(3/4)). */
const SPREAD_PER_MAD = 1.4826;
/** Scale from the median pairwise distance to a standard deviation under normal noise (1/(√2·Φ⁻¹(3/4))). */
const SPREAD_PER_PAIRWISE = 1.0483;
/** The spread is never below this fraction of |median| (0.5%). */
const MIN_SPREAD_FRACTION = 0.005;
/**
 * The spread is never below this absolute amount, in the metric's own unit. Set from noise measured on this
 * project's CI machine (2 shared cores), 20 runs of a small script through `pyrun run` (robust σ = 1.4826·MAD):
 *   - a 77 ms script: duration σ 6.5 ms (8.4%), CPU time σ 5.8 ms (7.6%), peak RSS σ 0.026 MB (0.15%),
 *     average CPU σ 0.43 percentage points, threads constant;
 *   - a 0.94 s script (median), while other jobs shared the cores: duration σ 0.42 s (45%: waiting for a
 *     core is part of wall time), CPU time σ 25 ms (4.0%), peak RSS σ 0.035 MB (0.1%), average CPU σ 24 points.
 * Time 10 ms: every run pays Python's start-up and the scheduler's jitter (σ 6–7 ms above, with a heavier tail:
 * 0.083, 0.083, 0.084, 0.087 then 0.135 s for five runs of one fixture), so a tiny script's five runs that happen
 * to agree to the millisecond must not make the next run's ordinary jitter a "regression". Size 0.05 MB, percent
 * 0.25 percentage point: above the measurement's resolution, below what real runs showed. Count 0.15: on a constant
 * history one more thread is more than k(5) = 5.3 spreads away, and the relative threshold decides.
 */
const MIN_SPREAD_BY_DIMENSION = {
    time: 0.01,
    size: 0.05,
    percent: 0.25,
    count: 0.15,
};
/** The smallest spread a metric's baseline may have around a centre `centre`. */
function spreadFloor(metric, centre) {
    const row = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(metric);
    const absolute = row?.spread_floor ?? MIN_SPREAD_BY_DIMENSION[_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric]];
    return Math.max((row?.spread_floor_fraction ?? MIN_SPREAD_FRACTION) * Math.abs(centre), absolute);
}
/** Median and floored MAD spread of non-empty finite `values` (anomaly scores use it). */
function robustSummary(values, floor) {
    if (values.length === 0)
        throw new Error('robustSummary needs at least one value');
    const centre = median(values);
    const mad = medianAbsoluteDeviation(values);
    return { median: centre, spread: Math.max(SPREAD_PER_MAD * mad, floor(centre)) };
}
/** Shamos' scale: 1.0483 · the median of |xᵢ − xⱼ| over all pairs; 0 for fewer than two values. */
function pairwiseSpread(values) {
    if (values.length < 2)
        return 0;
    const distances = [];
    for (let i = 0; i < values.length; i += 1) {
        for (let j = i + 1; j < values.length; j += 1)
            distances.push(Math.abs(values[i] - values[j]));
    }
    return SPREAD_PER_PAIRWISE * (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(distances);
}
/**
 * The baseline of `metric` from the values of the baseline runs (the caller chooses them, see
 * history/baseline-query.ts). Returns null when no finite value is given; `runs` counts every finite value.
 */
function buildBaseline(metric, values) {
    const kept = baselineValues(values);
    if (kept.length === 0)
        return null;
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(kept);
    const spread = Math.max(pairwiseSpread(kept), spreadFloor(metric, centre));
    return { value: centre, spread, runs: kept.length };
}
/** The values a baseline is built from: the finite ones, in their order (for rank tests). */
function baselineValues(values) {
    return values.filter(Number.isFinite);
}


/***/ }),

/***/ 1808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xw: () => (/* binding */ benchmarkStats),
/* harmony export */   rH: () => (/* binding */ repeatStatistics),
/* harmony export */   x2: () => (/* binding */ benchmarkWarnings)
/* harmony export */ });
/* unused harmony exports OUTLIER_FACTOR, SLOW_FIRST_FACTOR, MIN_NOTICEABLE_S */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8703);
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9456);
/**
 * Benchmark statistics of repeated runs (`pyrun run --repeat N`, and each side of `pyrun ab`): mean ± σ,
 * median, min, max per metric, and hyperfine-style warnings that say what to do:
 *
 * - an outlier: a run at least OUTLIER_FACTOR (3) × the median of its metric — something else ran meanwhile;
 * - a slow first run: the first run of a time metric at least SLOW_FIRST_FACTOR (1.5) × the median of the
 *   others (n ≥ 3) — cold caches (file system, .pyc, imports); a warm-up run fixes it.
 *
 * Pure: values in, numbers and sentences out.
 */
// From the metric table itself, not ../types.js: types.ts imports RepeatStatistics from here.


const OUTLIER_FACTOR = 3;
const SLOW_FIRST_FACTOR = 1.5;
/** A time difference below this is noise in a warning, whatever the ratio (hyperfine warns from tens of ms). */
const MIN_NOTICEABLE_S = 0.05;
/** Statistics of one metric's values (finite numbers; throws on an empty list). */
function benchmarkStats(values) {
    if (values.length === 0)
        throw new Error('benchmarkStats needs at least one value');
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const variance = n > 1 ? values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
    return {
        n,
        mean,
        stddev: Math.sqrt(variance),
        median: (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values),
        min: Math.min(...values),
        max: Math.max(...values),
    };
}
/** The warnings of one metric's values, in run order. */
function benchmarkWarnings(metric, values) {
    const warnings = [];
    if (values.length < 3)
        return warnings;
    const isTime = _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_DIMENSION */ .aP[metric] === 'time';
    const rest = (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values.slice(1));
    const first = values[0];
    // A few milliseconds of system time are no cold cache worth a warning: the gap must be noticeable too.
    const slowFirst = isTime && rest > 0 && first >= SLOW_FIRST_FACTOR * rest && first - rest >= MIN_NOTICEABLE_S;
    if (slowFirst) {
        warnings.push({
            metric,
            kind: 'slow_first_run',
            run: 1,
            value: first,
            median: rest,
            message: `${metric}: the first run (${shown(first)}) was much slower than the rest (median ${shown(rest)}); ` +
                'caches were probably cold: more warm-up runs (--warmup N, unmeasured) keep it out',
        });
    }
    const centre = (0,_robust_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(values);
    if (centre <= 0)
        return warnings;
    values.forEach((value, i) => {
        if (value < OUTLIER_FACTOR * centre || (slowFirst && i === 0))
            return;
        if (isTime && value - centre < MIN_NOTICEABLE_S)
            return;
        warnings.push({
            metric,
            kind: 'outlier',
            run: i + 1,
            value,
            median: centre,
            message: `${metric}: run ${i + 1} (${shown(value)}) is ${(value / centre).toFixed(1)}× the median ` +
                `(${shown(centre)}); another program probably interfered: rerun on a quieter machine or raise --repeat`,
        });
    });
    return warnings;
}
/** Statistics and warnings of every comparable metric over the measured runs of a benchmark. */
function repeatStatistics(runs) {
    const out = { metrics: {}, warnings: [] };
    for (const metric of _metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .COMPARABLE_METRICS */ .fm) {
        const values = runs.map((r) => r[metric]).filter((v) => Number.isFinite(v));
        if (values.length === 0)
            continue;
        out.metrics[metric] = benchmarkStats(values);
        if (values.length === runs.length)
            out.warnings.push(...benchmarkWarnings(metric, values));
    }
    return out;
}
function shown(value) {
    return Number(value.toPrecision(4)).toString();
}


/***/ }),

/***/ 7376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ machineExcuse),
/* harmony export */   rM: () => (/* binding */ withheldOnBusyMachine)
/* harmony export */ });
/* unused harmony exports BUSIER_BY_CORES, SLOWER_BY, withheldStatistic, busyMachineModeOf, machineReadingsAgainst */
/* harmony import */ var _robust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9456);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/**
 * A slower run on a busier or slower machine is no evidence against the script.
 *
 * On a shared runner other jobs start and stop beside the script: for minutes at a time every run is slower, in wall
 * time (the script waits for a core) and in CPU time too (a neighbour in the shared caches slows each instruction).
 * On a VM the host's other guests do the same unseen: the guest counts the lost time as the script's own, and on
 * this project's 2-core VM CPU times rose 1.5–1.8× for minutes while nothing in the VM was busier. Re-running the
 * script does not help, since the re-runs share the stretch; no rule on the series' own history tells that from a
 * regression. What does is the machine itself. Each run on Linux records two readings (execute/measure.ts):
 * `neighbour_cores`, the cores other work kept busy while it ran, and `calibration_ms`, the CPU time a fixed loop
 * took on the cores it ran on right after it (execute/sample/calibration.ts). A time metric's regression is withheld when EVERY
 * judged run (the run and its confirming re-runs) had an excuse: clearly more company than the baseline's runs
 * usually had (more than their median plus BUSIER_BY_CORES), or a clearly slower machine (a calibration loop slower
 * than their median times SLOWER_BY). The verdict is then `not_judged`, its change still shown, with the readings
 * that withheld it; the next run on a calmer machine is judged as usual. Memory and instruction counts are not the
 * machine's speed and are never withheld.
 */


/** How many more cores than the baseline runs' median make a run's machine "busier". */
const BUSIER_BY_CORES = 0.25;
/** How many times the baseline runs' median calibration time makes a run's machine "slower". */
const SLOWER_BY = 1.25;
/** The verdict's statistic for a time withheld for `excuse`. */
function withheldStatistic(excuse) {
    return `withheld: the machine was ${excuse} than in the baseline runs`;
}
/**
 * `verdicts` with each time metric's regression withheld when every run in `runs` (this run first, then its
 * re-runs) was on a busier or slower machine than the baseline runs (machineReadingsAgainst). Under `judge` the
 * regression stands, the readings beside it. Unchanged where a run or the baseline has no reading (runs off Linux,
 * histories recorded before pyrun measured them).
 */
function withheldOnBusyMachine(verdicts, runs, baselineRuns, mode = 'withhold') {
    const busy = machineReadingsAgainst(runs, baselineRuns);
    if (busy === null)
        return verdicts;
    const statistic = withheldStatistic(machineExcuse(busy));
    const out = { ...verdicts };
    for (const [metric, verdict] of Object.entries(verdicts)) {
        if (verdict?.verdict !== 'regressed' || _types_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_DIMENSION */ .aP[metric] !== 'time')
            continue;
        out[metric] =
            mode === 'judge'
                ? { ...verdict, busy_machine: busy }
                : { ...verdict, verdict: 'not_judged', statistic, busy_machine: busy };
    }
    return out;
}
/** The mode a stored run was judged under: a regression that stands beside busy readings was judged anyway. */
function busyMachineModeOf(verdicts) {
    return Object.values(verdicts).some((v) => v?.busy_machine !== undefined && v.verdict === 'regressed')
        ? 'judge'
        : 'withhold';
}
/**
 * The readings that excuse every run in `runs` — more neighbour cores than the baseline runs' median plus
 * BUSIER_BY_CORES, or a calibration time above their median times SLOWER_BY — or null when some run has no excuse
 * (or no readings, or the baseline runs have none). The calibration times are kept only where the baseline runs
 * have them too.
 */
function machineReadingsAgainst(runs, baselineRuns) {
    const cores = runs.map((r) => r.neighbour_cores);
    if (cores.length === 0 || !cores.every(isReading))
        return null;
    const beforeCores = baselineRuns.map((r) => r.neighbour_cores).filter(isReading);
    if (beforeCores.length === 0)
        return null;
    const beforeCalibration = baselineRuns.map((r) => r.calibration_ms).filter(isReading);
    const calibration = runs.map((r) => r.calibration_ms);
    const readings = {
        cores,
        baseline_cores: (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(beforeCores),
    };
    if (beforeCalibration.length > 0 && calibration.every(isReading)) {
        readings.calibration = calibration;
        readings.baseline_calibration = (0,_robust_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(beforeCalibration);
    }
    if (!runs.every((_, i) => isBusier(readings, i) || isSlower(readings, i)))
        return null;
    return readings;
}
/** Whether every run was busier, every run slower, or each one or the other (`readings` excuse every run). */
function machineExcuse(readings) {
    const runs = readings.cores.map((_, i) => i);
    if (runs.every((i) => isBusier(readings, i)))
        return 'busier';
    if (runs.every((i) => isSlower(readings, i)))
        return 'slower';
    return 'busier or slower';
}
function isBusier(r, i) {
    return r.cores[i] > r.baseline_cores + BUSIER_BY_CORES;
}
function isSlower(r, i) {
    const ms = r.calibration?.[i];
    return ms !== undefined && r.baseline_calibration !== undefined && ms > r.baseline_calibration * SLOWER_BY;
}
function isReading(v) {
    return typeof v === 'number' && Number.isFinite(v);
}


/***/ }),

/***/ 9456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   T7: () => (/* binding */ errorFunction)
/* harmony export */ });
/* unused harmony export medianAbsoluteDeviation */
/**
 * The few statistics every `pyrun run` needs (judging a run, the medians of repeats): the median, the median
 * absolute deviation and the error function, the same definitions simple-statistics uses, here in a few lines.
 *
 * Why not simple-statistics itself on this path: its one ES module computes a normal-distribution table when it
 * loads, hot enough that V8 runs its optimising compiler, which costs CPU time and peak memory on every run, before
 * the script starts (docs/costs.md). The analysis commands (trend, correlation,
 * multivariate) still use simple-statistics; a unit test checks that these agree with it.
 */
/**
 * The middle value of `values`; for an even count, halfway between the two middle ones (as lo + (hi − lo)/2, the
 * interpolation simple-statistics uses, so the two agree to the last bit). Throws when empty.
 */
function median(values) {
    if (values.length === 0)
        throw new Error('median requires at least one data point');
    const sorted = Float64Array.from(values).sort();
    const mid = sorted.length >> 1;
    if (sorted.length % 2 === 1)
        return sorted[mid];
    const lo = sorted[mid - 1];
    return lo + (sorted[mid] - lo) / 2;
}
/** The median of the absolute deviations from the median. Throws when empty. */
function medianAbsoluteDeviation(values) {
    const centre = median(values);
    return median(values.map((v) => Math.abs(v - centre)));
}
/**
 * The error function erf(x), by the Chebyshev fit of erfc in Numerical Recipes (Press et al., 2nd ed., §6.2,
 * `erfcc`): fractional error below 1.2e-7 everywhere, the approximation simple-statistics' errorFunction uses.
 */
function errorFunction(x) {
    const t = 1 / (1 + 0.5 * Math.abs(x));
    // Horner's rule for the polynomial in t, then −x² + t·(…) − 1.26551223 summed left to right.
    let p = 0.17087277;
    for (const c of [
        -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368,
    ])
        p = p * t + c;
    const erfc = t * Math.exp(-x * x + p * t - 1.26551223);
    return x >= 0 ? 1 - erfc : erfc - 1;
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ PyrunError),
/* harmony export */   ZX: () => (/* binding */ EXIT_PYRUN_ERROR),
/* harmony export */   bQ: () => (/* binding */ PyrunInterrupted)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** The exit code of everything that stops pyrun before or around the script (docs/cli.md, "Exit codes"). */
const EXIT_PYRUN_ERROR = 125;
/** Raised for what stops pyrun before or around the script: a bad flag or rule, a missing script or interpreter. */
class PyrunError extends Error {
    exitCode = EXIT_PYRUN_ERROR;
    constructor(message) {
        super(message);
        this.name = 'PyrunError';
    }
}
/**
 * pyrun itself was stopped by a signal (SIGINT, SIGTERM, SIGHUP) while it waited, after the script had ended (for
 * the history's lock): nothing more is written, and pyrun exits 128+N as a process killed by that signal does.
 */
class PyrunInterrupted extends PyrunError {
    signal;
    exitCode;
    constructor(signal, message) {
        super(message);
        this.signal = signal;
        this.name = 'PyrunInterrupted';
        this.exitCode = 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 0);
    }
}


/***/ }),

/***/ 5988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PB: () => (/* binding */ pythonFile),
/* harmony export */   Wj: () => (/* binding */ pythonSource)
/* harmony export */ });
/* unused harmony export pythonDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * pyrun's Python helpers are `.py` files (src/python/): the launcher (launch.py, its entry) and THE reaper, the
 * remote launcher and its bootstrap, the profile runner and the pstats reader. This finds them at run time,
 * wherever pyrun runs from:
 *
 *   - the bundles (dist/action/index.js, dist/cli/index.js): the build copies them to dist/python/;
 *   - the source (ts-jest runs src/engine/execute/exec/): src/python/.
 *
 * The directory is searched next to the running code and up from it, with names in variables, as
 * ../../history/sqljs.ts finds sql.js, so the bundler does not try to inline or relocate the files.
 */



const PYTHON_DIR_NAME = 'python';
const MARKER_FILE = 'launcher.py';
let cachedDir;
const cachedSources = new Map();
/** The directory holding pyrun's .py files. Throws, naming every place looked at, when there is none. */
function pythonDir() {
    if (cachedDir !== undefined)
        return cachedDir;
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    const tried = [];
    for (let dir = here, up = 0; up < 4; up += 1, dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, PYTHON_DIR_NAME);
        tried.push(candidate);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(candidate, MARKER_FILE))) {
            cachedDir = candidate;
            return candidate;
        }
    }
    throw new Error(`pyrun's Python files are missing: no ${MARKER_FILE} in ${tried.join(', ')}`);
}
/** The absolute path of one of pyrun's .py files. */
function pythonFile(name) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(pythonDir(), name);
}
/** The text of one of pyrun's .py files (read once). */
function pythonSource(name) {
    let text = cachedSources.get(name);
    if (text === undefined) {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pythonFile(name), 'utf8');
        cachedSources.set(name, text);
    }
    return text;
}


/***/ }),

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
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (const dir of [here, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(here)]) {
        const script_path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SQLJS_SCRIPT_FILE);
        const wasm_path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SQLJS_WASM_FILE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(script_path) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(wasm_path))
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


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dd: () => (/* binding */ formatMetricValue),
/* harmony export */   n2: () => (/* binding */ metricUnit)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** Metric values for people, in each metric's unit from the table (engine/metric-table.ts). */

/** The display unit of a metric (`s`, `MB`, `%`; empty for counts and unknown names). */
function metricUnit(name) {
    return (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(name)?.unit ?? '';
}
/**
 * A number in a report, in at most 3 significant decimals, trailing zeros dropped: 512, 612.4, 1.25, 0.042.
 * Non-finite values read `n/a`. (An alert's text rounds its own way: alertNumber in alerts/message.ts.)
 */
function formatNumber(value) {
    if (value === null || value === undefined || !Number.isFinite(value))
        return 'n/a';
    if (Number.isInteger(value))
        return String(value);
    const magnitude = Math.abs(value);
    const decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    const text = value.toFixed(decimals).replace(/\.?0+$/, '');
    return text === '-0' ? '0' : text;
}
/** A value with its metric's unit: `612.4 MB`, `12.5 s`, `87.5%`, `4`; `n/a` for null (not measured). */
function formatMetricValue(name, value) {
    const text = formatNumber(value);
    if (text === 'n/a')
        return text;
    const unit = metricUnit(name);
    if (unit === '')
        return text;
    if (unit === '%')
        return `${text}%`;
    return `${text} ${unit}`;
}


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ METRIC_TABLE)
/* harmony export */ });
/**
 * THE metric table: one row per metric (docs/metrics.md), and everything else about metrics derived from it —
 * the TypeScript types, the rule grammar's metric names and dimensions, report labels and units, exported
 * names, record validation, SQL columns and benchmark medians. A new metric is one row here plus its measurement
 * (where its value comes from, in execute/measure.ts); nothing else lists metric names. The lists and lookups derived from
 * the rows are in ./metrics.ts, which also re-exports this file: import from there. Benchmark medians: medians.ts.
 *
 * `read_mb` and `write_mb` are two metrics each: a sample's cumulative figure so far and the run's total. They
 * share a name (users see one) and have one row per kind.
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
        judged: true,
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
        judged: true,
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
        direction: 'none',
        threshold_pct: 10,
        export: { key: 'cpu_percent_avg', unit: 'percent' },
        help: 'Average CPU over the samples (100 = one core busy).',
    },
    {
        name: 'cpu_percent_max',
        counterpart: 'cpu_percent',
        ...RUN,
        ...PERCENT,
        direction: 'none',
        threshold_pct: 10,
        export: { key: 'cpu_percent_max', unit: 'percent' },
        help: 'Highest CPU of a sample (100 = one core busy).',
    },
    {
        name: 'peak_rss_mb',
        headline: true,
        judged: true,
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
        help: 'Most threads of the process tree at once (at a sample or a probe between samples).',
    },
    {
        name: 'max_processes',
        counterpart: 'processes',
        ...RUN,
        ...COUNT,
        threshold_pct: 20,
        export: { key: 'max_processes', unit: 'count' },
        help: 'Most processes of the tree at once (at a sample or a probe between samples).',
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
        name: 'instructions',
        // Only runs under `--instructions` have it (valgrind counts every instruction of the tree); null otherwise.
        ...RUSAGE,
        ...COUNT,
        since_schema: 6,
        // Identical runs agree to ~0.02%: a 1% change is real, and the spread floor must not hide it.
        threshold_pct: 1,
        judged: true,
        spread_floor_fraction: 0.001,
        export: { key: 'instructions', unit: 'count' },
        help: 'Instructions executed by the whole process tree, counted by valgrind (runs with --instructions only).',
    },
    {
        name: 'neighbour_cores',
        ...RUN,
        ...COUNT,
        sql_type: 'REAL',
        direction: 'none',
        threshold_pct: null,
        nullable: true,
        since_schema: 7,
        export: { key: 'neighbour_cores', unit: 'count' },
        help: "CPU cores that other work on the machine kept busy, on average, while the script ran (the machine's busy CPU " +
            "time less the tree's and pyrun's own, hypervisor steal included; runs on Linux, local or remote). Not a cost of the " +
            'script: the judge reads it to tell a busy machine from a slower script.',
    },
    {
        name: 'calibration_ms',
        ...RUN,
        ...COUNT,
        sql_type: 'REAL',
        direction: 'none',
        threshold_pct: null,
        nullable: true,
        since_schema: 8,
        export: { key: 'calibration_ms', unit: 'count' },
        help: 'CPU milliseconds a fixed loop of Python work took on the cores the script ran on, right after it ended ' +
            '(runs on Linux, local or remote). Not a cost of the script: a slowed core (another guest on the host, a busy sibling ' +
            'hyperthread) takes longer, and the judge reads it to tell a slower machine from a slower script.',
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


/***/ }),

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ sampleMetricRow),
/* harmony export */   Gj: () => (/* binding */ isShapeMetric),
/* harmony export */   Gn: () => (/* binding */ JUDGEABLE_METRICS),
/* harmony export */   Ks: () => (/* binding */ RUN_METRICS),
/* harmony export */   UP: () => (/* binding */ DEFAULT_JUDGED_METRICS),
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
/* harmony import */ var _metric_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1161);
/**
 * What is derived from the metric table (./metric-table.ts) at run time: its rows by kind, the lists of metric names
 * in table order, lookups by name, and the default thresholds and judged metrics. The table itself (rows and types)
 * is re-exported, so `engine/metrics.js` is the one import for anything about metrics.
 */


const isSample = (row) => row.kind === 'sample';
const isRun = (row) => row.kind === 'run';
const SAMPLE_ROWS = _metric_table_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_TABLE */ .I.filter(isSample);
const RUN_ROWS = _metric_table_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_TABLE */ .I.filter(isRun);
/** Metrics of one live sample, in table order. */
const SAMPLE_METRICS = SAMPLE_ROWS.map((r) => r.name);
/** Metrics of one run, in table order. */
const RUN_METRICS = RUN_ROWS.map((r) => r.name);
/** Run metrics that can regress, in table order. */
const COMPARABLE_METRICS = RUN_ROWS.filter((r) => r.threshold_pct !== null).map((r) => r.name);
const BY_NAME = new Map();
for (const row of _metric_table_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_TABLE */ .I)
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
const METRIC_DIMENSION = Object.fromEntries(_metric_table_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_TABLE */ .I.map((r) => [r.name, r.dimension]));
/** Default relative thresholds of the automatic verdict, in percent of the baseline centre. */
const DEFAULT_THRESHOLD_PCT = Object.fromEntries(RUN_ROWS.filter((r) => r.threshold_pct !== null).map((r) => [r.name, r.threshold_pct]));
/** The metrics the automatic verdict judges unless the user names others (`--judge`), in table order. */
const DEFAULT_JUDGED_METRICS = RUN_ROWS.filter((r) => 'judged' in r && r.judged === true).map((r) => r.name);
/** A shape of the run (direction `none`), not a cost: never judged better or worse, only shown as changed. */
function isShapeMetric(name) {
    return metricRow(name)?.direction === 'none';
}
/** Metrics the user may ask to be judged: every comparable metric that has a direction. */
const JUDGEABLE_METRICS = COMPARABLE_METRICS.filter((m) => !isShapeMetric(m));
/** The run metrics one-line summaries show, in table order. */
const HEADLINE_METRICS = RUN_ROWS.filter((r) => 'headline' in r && r.headline === true).map((r) => r.name);
/** Record fields of the run summary in table order: each run metric, followed by its exact-bytes field. */
const RUN_METRIC_FIELDS = RUN_ROWS.flatMap((r) => 'bytes_field' in r ? [r.name, r.bytes_field] : [r.name]);


/***/ }),

/***/ 6330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderAbMarkdown: () => (/* binding */ renderAbMarkdown)
/* harmony export */ });
/* harmony import */ var _ab_describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9147);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8460);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(766);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2118);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1210);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9010);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8495);
/* harmony import */ var _markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2305);
/**
 * The A/B result as GitHub-flavoured markdown (job summary, PR comment): a headline, one table row per metric
 * (A, B, the ratio with its interval, p, verdict), the gates, and a chart of the interleaved runs' durations
 * (pair by pair, A and B as two lines in colours that read on a light background).
 */








const STATUS_LINE = {
    passed: '✅ B held every gate',
    gate_failed: '❌ B regressed beyond its gate',
    failed: '💥 a run failed',
    timeout: '⏱️ a run timed out',
    interrupted: '⏹️ interrupted',
};
const VERDICT = {
    regressed: '🔴 regressed',
    improved: '🟢 improved',
    no_difference: '⚪ no difference',
    changed: '🔷 changed (not judged)',
};
/**
 * Blue for A, red for B (the default xychart palette is too pale on GitHub's light theme), on the run charts' base
 * theme: a transparent background and axis text that read in GitHub's dark theme too (the default theme's chart
 * keeps a light grey box there). The lines are named, so a mermaid that draws a legend draws one, in the axis text's
 * colour; the title names the colours for one that does not.
 */
const CHART_INIT = `%%{init: ${JSON.stringify({
    theme: 'base',
    xyChart: { showLegend: true },
    themeVariables: {
        xyChart: {
            ..._markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .MERMAID_CHART_THEME */ .t,
            legendTextColor: _markdown_chart_js__WEBPACK_IMPORTED_MODULE_0__/* .MERMAID_CHART_THEME */ .t.titleColor,
            plotColorPalette: '#3b82f6, #e5484d',
        },
    },
})}}%%`;
function renderAbMarkdown(record, opts = {}) {
    const h = opts.heading ?? '##';
    const lines = [
        `${h} ${STATUS_LINE[record.status]} — A/B ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.name)}`,
        '',
        `**A** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.a.label)} · **B** ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(record.b.label)} · ` +
            `${record.order.length} interleaved pairs (AB BA …), ${record.warmup} warm-up each` +
            (record.python_version ? ` · Python ${record.python_version}` : ''),
        '',
    ];
    const entries = Object.entries(record.metrics);
    if (entries.length > 0) {
        lines.push('| metric | A (mean ± σ) | B (mean ± σ) | B/A [interval] | p | verdict |', '|---|---:|---:|---|---:|---|', ...entries.map(([metric, r]) => `| \`${metric}\` | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatStats */ .zF)(metric, r.a)} | ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatStats */ .zF)(metric, r.b)} | ` +
            `${r.ratio.toFixed(2)} [${r.ratio_low.toFixed(2)}, ${r.ratio_high.toFixed(2)}] | ` +
            `${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .formatP */ .MA)(r.p_value).replace(/^p = /, '')} | ${VERDICT[r.verdict]}${r.over_max_regression ? ' ❗' : ''} |`), '');
        const confidence = Math.min(...entries.map(([, r]) => r.confidence));
        const summary = entries
            .filter(([, r]) => r.verdict !== 'no_difference')
            .map(([metric, r]) => `${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(metric)}: ${(0,_ab_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRatio */ .Pe)(metric, r)}`);
        if (summary.length > 0)
            lines.push(...summary.map((s) => `- ${s}`), '');
        lines.push(`<sub>Intervals: Hodges–Lehmann on the pairs' log ratios, ≥${(confidence * 100).toFixed(1)}% confidence; ` +
            `p: two-sided Wilcoxon signed-rank test.${record.max_regression_pct !== null ? ` ❗ over --max-regression ${record.max_regression_pct}%.` : ''}</sub>`, '');
    }
    if (record.gates.length > 0) {
        lines.push(`${h}# Gates`, '', '| | gate | B | limit |', '|---|---|---:|---:|', ...record.gates.map((g) => `| ${_gates_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_EMOJI */ .vY[g.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .x)(g.expr)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(g.actual)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(g.limit)} |`), '');
    }
    if (record.failure) {
        const f = record.failure;
        lines.push(`${f.side}'s ${f.pair === 0 ? 'warm-up run' : `run in pair ${f.pair}`} ended ${f.status}` +
            (f.signal ? ` (${f.signal})` : f.exit_code !== null ? ` (exit ${f.exit_code})` : '') +
            ': no comparison was made.', '');
    }
    lines.push(...runsChart(record, h));
    if (record.warnings.length > 0)
        lines.push('', ...record.warnings.map((w) => `> ⚠️ ${w}`));
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .cutToFit */ .XL)(`${lines.join('\n').trimEnd()}\n\n`, // a blank line ends it, as every markdown report
    opts.max_chars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_6__.MAX_COMMENT_CHARS, '(A/B report cut to fit)');
}
/** duration_s of every measured run, pair by pair: A and B as two lines. */
function runsChart(record, h) {
    const pairs = record.order.length;
    const side = (s) => Array.from({ length: pairs }, (_, i) => record.runs.find((r) => r.pair === i + 1 && r.side === s)?.duration_s);
    const a = side('A');
    const b = side('B');
    const values = [...a, ...b].filter((v) => v !== undefined && Number.isFinite(v));
    if (pairs < 2 || values.length < 4)
        return [];
    const scale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_7__/* .niceTicks */ .a)(Math.min(...values), Math.max(...values));
    const line = (xs) => `[${xs.map((v) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(v === undefined ? 0 : Math.round(v * 1000) / 1000)).join(', ')}]`;
    return [
        `${h}# Interleaved runs`,
        '',
        '```mermaid',
        CHART_INIT,
        'xychart-beta',
        '  title "duration_s per pair (blue: A, red: B)"',
        // Plain pair numbers: mermaid ends the last category's label exactly at the chart's right edge (it reserves
        // half the widest label there), so a mark after the number, which a font may draw past its own box, was cut.
        `  x-axis "pair" [${Array.from({ length: pairs }, (_, i) => `"${i + 1}"`).join(', ')}]`,
        `  y-axis "duration (s)" ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(scale.min)} --> ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(scale.max)}`,
        `  line "A" ${line(a)}`,
        `  line "B" ${line(b)}`,
        '```',
        '',
        `<sub>${orderNote(record.order)}</sub>`,
    ];
}
/** Which side ran first in each pair, in words. */
function orderNote(order) {
    const bFirst = order.flatMap((o, i) => (o === 'BA' ? [i + 1] : []));
    if (bFirst.length === 0)
        return 'A ran first in every pair.';
    if (order.every((o, i) => o === (i % 2 === 0 ? 'AB' : 'BA'))) {
        return 'A ran first in the odd-numbered pairs, B in the even-numbered ones.';
    }
    return `B ran first in pair${bFirst.length === 1 ? '' : 's'} ${bFirst.join(', ')}; A in the others.`;
}


/***/ }),

/***/ 7922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ benchmarkSummary)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** `--repeat N` in a report: the headline metrics' statistics over the measured runs, as hyperfine shows them. */


/**
 * `--repeat N`, as hyperfine shows it: mean ± σ, median and range of the headline metrics over the measured runs,
 * and the warnings on them (a count of context switches jumping is no advice to act on). Null for a single run.
 */
function benchmarkSummary(record) {
    const stats = record.benchmark;
    if (!stats)
        return null;
    const rows = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.flatMap((metric) => {
        const s = stats.metrics[metric];
        if (!s)
            return [];
        const v = (x) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMetricValue */ .dd)(metric, x);
        return [
            {
                metric,
                runs: s.n,
                mean_sd: `${v(s.mean)} ± ${v(s.stddev)}`,
                median: v(s.median),
                range: `${v(s.min)} … ${v(s.max)}`,
            },
        ];
    });
    if (rows.length === 0)
        return null;
    const warnings = stats.warnings.filter((w) => _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .HEADLINE_METRICS */ .jM.includes(w.metric)).map((w) => w.message);
    return { rows, warnings };
}


/***/ }),

/***/ 8460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XL: () => (/* binding */ cutToFit),
/* harmony export */   mz: () => (/* binding */ byteSize),
/* harmony export */   zV: () => (/* binding */ fitRows)
/* harmony export */ });
/* unused harmony export truncateToBytes */
/**
 * Size budgets for text reports. Sizes are UTF-8 bytes, never less than the character count, so a budget
 * holds whichever way a service counts.
 */
/** Size as UTF-8 bytes. */
function byteSize(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Cut `text` to at most `max_bytes` UTF-8 bytes without splitting a character. */
function truncateToBytes(text, max_bytes) {
    if (byteSize(text) <= max_bytes)
        return text;
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (bytes + size > max_bytes)
            break;
        bytes += size;
        end += char.length;
    }
    return text.slice(0, end);
}
/** `text` if it fits, else cut with a closing note that says so (the last resort of every budget). */
function cutToFit(text, max_bytes, hint) {
    if (byteSize(text) <= max_bytes)
        return text;
    const note = `\n\n… report cut to fit ${max_bytes} characters (${hint})\n\n`;
    if (byteSize(note) >= max_bytes)
        return truncateToBytes(note.trim(), max_bytes);
    return truncateToBytes(text, max_bytes - byteSize(note)) + note;
}
/**
 * Rows that fit in `budget_bytes`, given the head lines shown above them and the note shown when rows are
 * left out. Returns the block's lines (head, kept rows, note) and the bytes they take.
 */
function fitRows(head, rows, budget_bytes, note) {
    const joined = (lines) => byteSize(lines.join('\n')) + 2; // + the blank line after
    const all = [...head, ...rows];
    const allBytes = joined(all);
    if (allBytes <= budget_bytes)
        return { lines: all, bytes: allBytes };
    // The note for the worst case (every row hidden) is the longest one; reserve room for it.
    const noteReserve = byteSize(note(rows.length)) + 2;
    let used = byteSize(head.join('\n')) + 2 + noteReserve;
    if (used > budget_bytes) {
        // No room for even one row: the note alone still says what is missing, if it fits.
        const alone = [note(rows.length)];
        return joined(alone) <= budget_bytes ? { lines: alone, bytes: joined(alone) } : { lines: [], bytes: 0 };
    }
    const kept = [];
    for (const row of rows) {
        const size = byteSize(row) + 1;
        if (used + size > budget_bytes)
            break;
        kept.push(row);
        used += size;
    }
    const hidden = note(rows.length - kept.length);
    // A head that ends in a blank line (a heading) takes the note right after it when no row fits.
    const lines = kept.length === 0 && head.at(-1) === '' ? [...head, hidden] : [...head, ...kept, '', hidden];
    return { lines, bytes: joined(lines) };
}


/***/ }),

/***/ 9875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ downsampleKeepingPeaks)
/* harmony export */ });
/**
 * Thin a series for a chart without losing its peaks: the items are cut into equal buckets and each
 * bucket keeps its highest item (and, with `keep_lows`, its lowest too). The global maximum therefore
 * always survives, and the first and last items are kept so the time axis spans the whole run.
 * At most `max_points` items come back (but never fewer than 3 are allowed).
 */
function downsampleKeepingPeaks(items, max_points, value, options = {}) {
    // First and last are kept on their own, so three points is the least that still shows a peak.
    const limit = Math.max(3, Math.floor(max_points));
    if (items.length <= limit)
        return items.slice();
    // The buckets share what is left of the budget; too small a budget for pairs keeps peaks only.
    const keep_lows = options.keep_lows === true && limit >= 4;
    const buckets = Math.floor((limit - 2) / (keep_lows ? 2 : 1));
    const inner_start = 1;
    const inner_count = items.length - 2;
    const kept = [0];
    for (let b = 0; b < buckets; b++) {
        const from = inner_start + Math.floor((b * inner_count) / buckets);
        const to = inner_start + Math.floor(((b + 1) * inner_count) / buckets);
        if (to <= from)
            continue;
        let hi = from;
        let lo = from;
        for (let i = from + 1; i < to; i++) {
            const v = value(items[i]);
            if (v > value(items[hi]))
                hi = i;
            if (v < value(items[lo]))
                lo = i;
        }
        if (keep_lows && lo !== hi)
            kept.push(Math.min(lo, hi), Math.max(lo, hi));
        else
            kept.push(hi);
    }
    kept.push(items.length - 1);
    return kept.map((i) => items[i]);
}


/***/ }),

/***/ 2315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ targetSecrets),
/* harmony export */   E3: () => (/* binding */ parseExportTargets),
/* harmony export */   ex: () => (/* binding */ safeDecode),
/* harmony export */   ff: () => (/* binding */ describeTarget)
/* harmony export */ });
/* unused harmony exports EXPORT_KINDS, redactUrl, parseExportTarget */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Export targets (`--export KIND=TARGET`): `prometheus=URL` (a Pushgateway), `otlp=URL` (an OTLP/HTTP receiver)
 * and `statsd=HOST:PORT` (UDP). Parsing refuses a bad target before the script runs; messages show the target
 * with any credentials of its URL masked, so they can be printed as they are.
 */

const EXPORT_KINDS = ['prometheus', 'otlp', 'statsd'];
const FORMS = 'prometheus=URL, otlp=URL or statsd=HOST:PORT';
/** The URL with user name and password replaced by `***` (the text as given when it is no URL at all). */
function redactUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // Not a URL: still hide anything that looks like `user:pass@` after a scheme.
        return text.replace(/\/\/[^/@\s]*@/, '//***@');
    }
    if (url.username === '' && url.password === '')
        return text;
    url.username = '***';
    url.password = '';
    return url.href;
}
/** Every credential piece of a target, raw and decoded, so an adapter can mask them in its logs. */
function targetSecrets(target) {
    if (target.kind === 'statsd')
        return [];
    const url = new URL(target.url);
    const pieces = [url.password, safeDecode(url.password)];
    return [...new Set(pieces.filter((p) => p.length >= 4))];
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** `prometheus (host:port)`: how warnings name a target — kind and host, never a path, query or credential. */
function describeTarget(target) {
    if (target.kind === 'statsd')
        return `statsd (${formatHostPort(target.host, target.port)})`;
    return `${target.kind} (${new URL(target.url).host})`;
}
function formatHostPort(host, port) {
    return node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
function parseHttpUrl(kind, value, shown) {
    const expected = `${kind} needs an http:// or https:// URL, e.g. ${kind}=http://localhost:${defaultPort(kind)}`;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new Error(`'${shown}': ${expected}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`'${shown}': ${expected}`);
    if (url.hostname === '')
        throw new Error(`'${shown}': the URL has no host`);
    if (url.hash !== '')
        throw new Error(`'${shown}': the URL must not have a #fragment`);
    return url.href;
}
function defaultPort(kind) {
    return kind === 'prometheus' ? 9091 : kind === 'otlp' ? 4318 : 8125;
}
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;
function parseHostPort(value, shown) {
    const match = /^\[([^\]]+)\]:(\d+)$/.exec(value) ?? /^([^:[\]]+):(\d+)$/.exec(value);
    if (!match) {
        throw new Error(`'${shown}': statsd needs HOST:PORT, e.g. statsd=127.0.0.1:8125 (IPv6: statsd=[::1]:8125)`);
    }
    const host = match[1];
    const port = Number(match[2]);
    const bracketed = value.startsWith('[');
    if (bracketed ? !node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv6(host) : !(node_net__WEBPACK_IMPORTED_MODULE_0___default().isIPv4(host) || HOSTNAME.test(host))) {
        throw new Error(`'${shown}': '${host}' is not a host name or IP address`);
    }
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(`'${shown}': port ${match[2]} is not between 1 and 65535`);
    }
    return { host, port };
}
/** `KIND=TARGET` → an ExportTarget; throws an Error naming what is wrong (credentials masked). */
function parseExportTarget(text) {
    const trimmed = text.trim();
    const eq = trimmed.indexOf('=');
    const shown = redactUrl(eq < 0 ? trimmed : trimmed.slice(eq + 1));
    const shownWhole = eq < 0 ? shown : `${trimmed.slice(0, eq)}=${shown}`;
    if (eq < 0)
        throw new Error(`'${shownWhole}': expected KIND=TARGET, one of ${FORMS}`);
    const kind = trimmed.slice(0, eq).trim().toLowerCase();
    const value = trimmed.slice(eq + 1).trim();
    if (!EXPORT_KINDS.includes(kind)) {
        throw new Error(`'${shownWhole}': unknown exporter kind '${kind}'; use ${FORMS}`);
    }
    if (value === '')
        throw new Error(`'${shownWhole}': ${kind} needs a target; use ${FORMS}`);
    switch (kind) {
        case 'prometheus':
            return { kind: 'prometheus', url: parseHttpUrl('prometheus', value, shownWhole) };
        case 'otlp':
            return { kind: 'otlp', url: parseHttpUrl('otlp', value, shownWhole) };
        case 'statsd':
            return { kind: 'statsd', ...parseHostPort(value, shownWhole) };
    }
}
/** Several targets, e.g. the action's input (one a line, blank lines ignored); every problem at once. */
function parseExportTargets(lines) {
    const problems = [];
    const targets = [];
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        try {
            targets.push(parseExportTarget(line));
        }
        catch (error) {
            problems.push(error.message);
        }
    }
    if (problems.length > 0)
        throw new Error(problems.join('\n'));
    return targets;
}


/***/ }),

/***/ 2118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T$: () => (/* binding */ gatesFailingFirst),
/* harmony export */   gp: () => (/* binding */ countGates),
/* harmony export */   kC: () => (/* binding */ gateMetric),
/* harmony export */   l7: () => (/* binding */ describeGate),
/* harmony export */   vY: () => (/* binding */ GATE_EMOJI)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/** Gates in a report: each one's icon and its actual value against its limit, the failing ones first, counts. */

const GATE_EMOJI = {
    passed: '✅',
    failed: '❌',
    insufficient_history: '⏭️',
};
/** The metric a gate's rule compares first (`peak_rss_mb < 512` → `peak_rss_mb`), for its unit. */
function gateMetric(gate) {
    return /^\s*\(*\s*([a-z_][a-z0-9_]*)/.exec(gate.expr)?.[1] ?? '';
}
/**
 * `actual 612.4 MB, limit 512 MB` — the measured value against the evaluated limit, in the metric's unit. A gate on
 * a metric this run has no value for (null: rusage where the executor cannot report it) fails, and says so.
 */
function describeGate(gate) {
    const metric = gateMetric(gate);
    const actual = gate.actual === null && gate.status === 'failed'
        ? 'n/a (no value on this run)'
        : (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(metric, gate.actual);
    return `actual ${actual}, limit ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatMetricValue */ .dd)(metric, gate.limit)}`;
}
/** Rank for ordering: failed gates first, then insufficient history, then passed (stable within a rank). */
const GATE_RANK = { failed: 0, insufficient_history: 1, passed: 2 };
/** Gates with the failing ones first, keeping the user's order within each status. */
function gatesFailingFirst(gates) {
    return gates
        .map((gate, index) => ({ gate, index }))
        .sort((a, b) => GATE_RANK[a.gate.status] - GATE_RANK[b.gate.status] || a.index - b.index)
        .map((entry) => entry.gate);
}
/** Counts of gates by status. */
function countGates(gates) {
    const counts = { passed: 0, failed: 0, insufficient_history: 0 };
    for (const gate of gates)
        counts[gate.status] += 1;
    return counts;
}


/***/ }),

/***/ 6918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml),
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);

/**
 * Text for HTML element content and quoted attribute values: the five characters that matter, escaped, and
 * invisible format characters (U+202E…) and controls shown as `\u202E` escapes (visible-text.ts).
 */
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
function escapeHtml(text) {
    return (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(text).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
/** A table with escaped headers around rows already rendered as `<tr>` elements. */
function table(headers, rows, cls) {
    return [
        `<table class="${cls}">`,
        `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows,
        '</tbody>',
        '</table>',
    ].join('\n');
}


/***/ }),

/***/ 1490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ instructionsLines),
/* harmony export */   JM: () => (/* binding */ INSTRUCTIONS_TITLE),
/* harmony export */   xk: () => (/* binding */ instructionsHtml)
/* harmony export */ });
/* unused harmony exports INSTRUCTION_PROCESS_ROWS, groupDigits */
/* harmony import */ var _html_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6918);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9010);


/** More processes than this are summed into one "… N more" row. */
const INSTRUCTION_PROCESS_ROWS = 20;
const COMMAND_CHARS = 120;
const INSTRUCTIONS_TITLE = 'Where the instructions went';
/** 1234567 → `1,234,567`: exact counts read best grouped. */
function groupDigits(n) {
    return Math.round(n).toLocaleString('en-US');
}
function rows(record) {
    const processes = record.instrumentation?.per_process ?? [];
    const total = processes.reduce((sum, p) => sum + p.count, 0);
    const share = (n) => (total > 0 ? `${((100 * n) / total).toFixed(1)}%` : '—');
    const shown = [...processes].sort((a, b) => b.count - a.count);
    const out = shown.slice(0, INSTRUCTION_PROCESS_ROWS).map((p) => ({
        pid: String(p.pid),
        count: groupDigits(p.count),
        share: share(p.count),
        command: p.command.length > COMMAND_CHARS ? `${p.command.slice(0, COMMAND_CHARS - 1)}…` : p.command,
    }));
    const rest = shown.slice(INSTRUCTION_PROCESS_ROWS);
    if (rest.length > 0) {
        const sum = rest.reduce((s, p) => s + p.count, 0);
        out.push({
            pid: '',
            count: groupDigits(sum),
            share: share(sum),
            command: `… ${rest.length} more processes`,
        });
    }
    return out;
}
/** The markdown block, or nothing for a run without `--instructions`. */
function instructionsLines(record, heading = '###') {
    const ins = record.instrumentation;
    if (!ins)
        return [];
    return [
        `${heading} ${INSTRUCTIONS_TITLE}`,
        '',
        `> ${ins.note}.`,
        '',
        '| pid | instructions | share | command |',
        '|--:|--:|--:|:--|',
        ...rows(record).map((r) => `| ${r.pid} | ${r.count} | ${r.share} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(r.command)} |`),
        '',
        `PYTHONHASHSEED ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(ins.pythonhashseed || 'unset')} · callgrind files (KCachegrind): ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .x)(ins.out_dir)}`,
    ];
}
/** The HTML section's body, or null for a run without `--instructions`. */
function instructionsHtml(record) {
    const ins = record.instrumentation;
    if (!ins)
        return null;
    const code = (t) => `<code>${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(t)}</code>`;
    return [
        `<p>${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(ins.note)}.</p>`,
        (0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .t)(['pid', 'instructions', 'share', 'command'], rows(record).map((r) => `<tr><td class="num">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(r.pid)}</td><td class="num">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(r.count)}</td>` +
            `<td class="num">${(0,_html_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(r.share)}</td><td>${code(r.command)}</td></tr>`), 'instructions'),
        `<p>PYTHONHASHSEED ${code(ins.pythonhashseed || 'unset')} · callgrind files (KCachegrind): ${code(ins.out_dir)}</p>`,
    ].join('\n');
}


/***/ }),

/***/ 2305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ chartLines),
/* harmony export */   t: () => (/* binding */ MERMAID_CHART_THEME)
/* harmony export */ });
/* unused harmony exports MAX_CHART_POINTS, MAX_AXIS_LABELS, mermaidInitDirective, evenTimeGrid, mermaidChart */
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(766);
/* harmony import */ var _scale_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8495);


/** Points per mermaid line: enough for the shape, small enough for a comment. */
const MAX_CHART_POINTS = 60;
/** The most x-axis labels a chart may show (mermaid's numeric axis draws about ten). */
const MAX_AXIS_LABELS = 20;
/**
 * Colours that read on GitHub's white (#ffffff) and dark (#0d1117) backgrounds alike: text and axes in a
 * neutral grey with a contrast of at least 4:1 on both, lines in saturated mid-tones.
 */
const MERMAID_CHART_THEME = {
    backgroundColor: 'transparent',
    titleColor: '#768390',
    xAxisLabelColor: '#768390',
    xAxisTitleColor: '#768390',
    xAxisTickColor: '#768390',
    xAxisLineColor: '#768390',
    yAxisLabelColor: '#768390',
    yAxisTitleColor: '#768390',
    yAxisTickColor: '#768390',
    yAxisLineColor: '#768390',
    plotColorPalette: '#3b82f6, #f97316, #22c55e, #e5484d, #a855f7',
};
/** The directive line that opens every chart block. */
function mermaidInitDirective() {
    return `%%{init: ${JSON.stringify({ theme: 'base', themeVariables: { xyChart: MERMAID_CHART_THEME } })}}%%`;
}
/** A quoted mermaid string: mermaid has no escape for `"`, so it is replaced. */
function mermaidText(text) {
    return `"${text.replace(/"/g, "'").replace(/[\r\n]+/g, ' ')}"`;
}
/**
 * The samples on an even grid of at most `max_points` times from the first sample to the last: each sample goes
 * to its nearest grid point, which keeps the highest; a grid point no sample reached carries the one before it.
 * Null when fewer than two finite samples span a positive time.
 */
function evenTimeGrid(series, value, max_points = MAX_CHART_POINTS) {
    const finite = series.filter((s) => Number.isFinite(s.elapsed_s) && Number.isFinite(value(s)));
    if (finite.length < 2)
        return null;
    const from_s = Math.min(...finite.map((s) => s.elapsed_s));
    const to_s = Math.max(...finite.map((s) => s.elapsed_s));
    if (!(to_s > from_s))
        return null;
    const n = Math.max(2, Math.min(Math.floor(max_points), finite.length));
    const grid = new Array(n).fill(null);
    for (const s of finite) {
        const i = Math.min(n - 1, Math.max(0, Math.round(((s.elapsed_s - from_s) / (to_s - from_s)) * (n - 1))));
        const v = value(s);
        const held = grid[i];
        grid[i] = held === null || held === undefined ? v : Math.max(held, v);
    }
    const values = [];
    for (const v of grid)
        values.push(v ?? values.at(-1) ?? 0);
    return { from_s, to_s, values };
}
/** One mermaid `xychart-beta` line chart of a sample metric over elapsed time, peaks kept; [] when too short. */
function mermaidChart(series, metric, title, axis) {
    const even = evenTimeGrid(series, (s) => s[metric]);
    if (even === null)
        return [];
    const values = even.values.map((v) => Math.round(v * 10) / 10);
    const scale = (0,_scale_js__WEBPACK_IMPORTED_MODULE_0__/* .niceTicks */ .a)(Math.min(0, ...values), Math.max(...values));
    return [
        '```mermaid',
        mermaidInitDirective(),
        'xychart-beta',
        `  title ${mermaidText(title)}`,
        `  x-axis "elapsed (s)" ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(even.from_s)} --> ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(even.to_s)}`,
        `  y-axis ${mermaidText(axis)} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(scale.min)} --> ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(scale.max)}`,
        `  line [${values.map((v) => (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(v)).join(', ')}]`,
        '```',
    ];
}
/** RSS and CPU over the run; nothing when fewer than two samples were kept. */
function chartLines(series, heading = '###') {
    const rss = mermaidChart(series, 'rss_mb', 'RSS (MB) over time', 'RSS (MB)');
    const cpu = mermaidChart(series, 'cpu_percent', 'CPU (%) over time', 'CPU (%, 100 = one core)');
    if (rss.length === 0 && cpu.length === 0)
        return [];
    return [`${heading} Charts`, '', ...rss, ...(rss.length > 0 && cpu.length > 0 ? [''] : []), ...cpu];
}


/***/ }),

/***/ 9010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _visible_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1914);

/**
 * The one way a string from outside (a series name, a script path, a rule, a git ref, an imported record's `os`,
 * `arch`, `python_version`, signal or channel) enters markdown: as an inline code span. Inside a code span
 * GitHub renders no heading, emphasis, link, image, raw HTML, autolink, `@mention` or `#123` reference, so the
 * text shows exactly as written and can notify nobody. Line breaks are flattened (a code span cannot hold one
 * and a table row must not end), pipes are escaped (GFM reads `\|` as a literal pipe even inside code in a table
 * cell), and the fence grows past any run of backticks inside.
 */
function mdCode(text) {
    // Invisible format characters (U+202E…) and controls are shown as `\u202E` escapes, never raw (visible-text.ts).
    const flat = (0,_visible_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showInvisible */ .jQ)(text.replace(/[\r\n\u2028\u2029]+/g, ' ')).replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A span that starts or ends with a backtick, or is blank, needs a space inside each fence.
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 8900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdownMulti: () => (/* binding */ renderMarkdownMulti)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(766);
/* harmony import */ var _gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2118);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8627);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(255);
/* harmony import */ var _verdict_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8014);
/* harmony import */ var _markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9010);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8460);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1210);








function seriesRow(record) {
    const gates = (0,_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .countGates */ .gp)(record.gates);
    const gateText = record.gates.length === 0
        ? '—'
        : gates.failed > 0
            ? `${gates.failed} of ${record.gates.length} failed`
            : `${record.gates.length} passed`;
    const regressedText = (0,_verdict_text_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedSummary */ .Pl)(record);
    return `| ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_EMOJI */ .cu[record.status]} | ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(record.name)} | ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .humanize */ .I3)(record.status)} | ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(record.duration_s)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)('cpu_time_s', record.cpu_time_s)} | ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)('peak_rss_mb', record.peak_rss_mb)} | ${gateText} | ${regressedText} |`;
}
/** What went wrong in one series, as list items: its failing gates. */
function problemRows(record) {
    return record.gates
        .filter((g) => g.status === 'failed')
        .map((g) => `- ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(record.name)}: ${(0,_markdown_parts_js__WEBPACK_IMPORTED_MODULE_3__/* .mdCode */ .x)(g.expr)} — ${(0,_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGate */ .l7)(g)}`);
}
function renderMarkdownMulti(records, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? _markdown_js__WEBPACK_IMPORTED_MODULE_6__.MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? 'full report in the job summary';
    const worst = (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .worstStatus */ .A4)(records);
    const counts = new Map();
    for (const record of records)
        counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
    const tally = [...counts.entries()]
        .sort(([a], [b]) => _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[a] - _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[b])
        .map(([status, n]) => `${n} ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .humanize */ .I3)(status)}`)
        .join(', ');
    const header = [
        `## ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_EMOJI */ .cu[worst]} pyrun: ${records.length} series${records.length > 0 ? ` — ${tally}` : ''}`,
    ];
    // Failing series first (stable), so trimming keeps what needs attention.
    const ordered = records
        .map((record, index) => ({ record, index }))
        .sort((a, b) => _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[b.record.status] - _status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_RANK */ .Mo[a.record.status] || a.index - b.index)
        .map((entry) => entry.record);
    const tableHead = [
        '| | series | status | duration | CPU time | peak RSS | gates | regressed |',
        '|:-:|:--|:--|--:|--:|--:|:--|:--|',
    ];
    const problems = ordered.flatMap(problemRows);
    const problemsHead = ['### Failing gates', ''];
    const blocks = [header, [...tableHead, ...ordered.map(seriesRow)]];
    if (problems.length > 0)
        blocks.push([...problemsHead, ...problems]);
    const full = `${blocks.map((b) => b.join('\n')).join('\n\n')}\n\n`; // a blank line ends it (see markdown.ts)
    if ((0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .byteSize */ .mz)(full) <= max_bytes)
        return full;
    let budget = max_bytes - (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .byteSize */ .mz)(`${header.join('\n')}\n`);
    const table = (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .fitRows */ .zV)(tableHead, ordered.map(seriesRow), budget, (n) => `… ${n} more series not shown (${hint})`);
    budget -= table.bytes;
    const trimmedBlocks = [header, table.lines];
    if (problems.length > 0) {
        const fitted = (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .fitRows */ .zV)(problemsHead, problems, budget, (n) => `… ${n} more failing gates not shown (${hint})`);
        trimmedBlocks.push(fitted.lines);
    }
    const trimmed = `${trimmedBlocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n\n`;
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .cutToFit */ .XL)(trimmed, max_bytes, hint);
}


/***/ }),

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_COMMENT_CHARS: () => (/* binding */ MAX_COMMENT_CHARS),
  MAX_SUMMARY_CHARS: () => (/* binding */ MAX_SUMMARY_CHARS),
  renderMarkdown: () => (/* binding */ renderMarkdown)
});

// EXTERNAL MODULE: ./src/engine/report/budget.ts
var report_budget = __webpack_require__(8460);
// EXTERNAL MODULE: ./src/engine/report/benchmark.ts
var benchmark = __webpack_require__(7922);
// EXTERNAL MODULE: ./src/engine/report/gates.ts
var report_gates = __webpack_require__(2118);
// EXTERNAL MODULE: ./src/engine/metric-format.ts
var metric_format = __webpack_require__(766);
// EXTERNAL MODULE: ./src/engine/verdicts.ts
var verdicts = __webpack_require__(5094);
// EXTERNAL MODULE: ./src/engine/report/numbers.ts
var numbers = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/engine/report/script-outcome.ts
var script_outcome = __webpack_require__(1315);
// EXTERNAL MODULE: ./src/engine/report/status.ts
var report_status = __webpack_require__(255);
// EXTERNAL MODULE: ./src/engine/report/verdict-text.ts
var verdict_text = __webpack_require__(8014);
// EXTERNAL MODULE: ./src/engine/report/markdown-escape.ts
var markdown_escape = __webpack_require__(9010);
;// CONCATENATED MODULE: ./src/engine/report/markdown-parts.ts









/** `## ✅ passed — `name` in 12.3 s` and a line or two of context. */
function headerLines(record, heading = '##') {
    const gates = (0,report_gates/* countGates */.gp)(record.gates);
    const facts = [`script ${(0,markdown_escape/* mdCode */.x)(record.script)} ${(0,script_outcome/* describeScriptOutcome */.r$)(record, markdown_escape/* mdCode */.x)}`];
    if (record.gates.length > 0) {
        facts.push(gates.failed > 0
            ? `${gates.failed} of ${(0,numbers/* plural */.LS)(record.gates.length, 'gate')} failed`
            : `${(0,numbers/* plural */.LS)(record.gates.length, 'gate')} passed`);
    }
    const regressed = (0,verdicts/* regressedMetrics */.k)(record);
    if (regressed.length > 0)
        facts.push(`${(0,numbers/* plural */.LS)(regressed.length, 'metric')} regressed`);
    if (record.alerts.length > 0)
        facts.push(`${(0,numbers/* plural */.LS)(record.alerts.length, 'alert')} fired`);
    if (record.repeats !== undefined)
        facts.push(`median of ${(0,numbers/* plural */.LS)(record.repeats.length, 'measured run')}`);
    // Every field here may come from an imported record: each is a code span (see markdown-escape.ts).
    const where = [
        (0,markdown_escape/* mdCode */.x)(`${record.os}/${record.arch}`),
        `Python ${(0,markdown_escape/* mdCode */.x)(record.python_version)}`,
        (0,markdown_escape/* mdCode */.x)(record.executor),
    ];
    if (record.git_ref !== null || record.git_sha !== null) {
        const ref = [record.git_ref, record.git_sha?.slice(0, 7)].filter((p) => Boolean(p));
        where.push(ref.map(markdown_escape/* mdCode */.x).join(' @ '));
    }
    where.push(`run ${(0,markdown_escape/* mdCode */.x)(record.run_id)}`, `started ${(0,markdown_escape/* mdCode */.x)(record.started_at)}`);
    where.push(`${(0,numbers/* plural */.LS)(record.samples, 'sample')} every ${(0,metric_format/* formatNumber */.ZV)(record.interval_s)} s`);
    return [
        `${heading} ${report_status/* STATUS_EMOJI */.cu[record.status]} ${(0,report_status/* humanize */.I3)(record.status)} — ${(0,markdown_escape/* mdCode */.x)(record.name)} in ${(0,numbers/* formatDuration */.a3)(record.duration_s)}`,
        '',
        `${facts.join(' · ')}  `,
        where.join(' · '),
    ];
}
/** The metrics table: value with unit, baseline (value ± spread), change and verdict. */
function metricsLines(record, heading = '###') {
    const lines = [
        `${heading} Metrics`,
        '',
        '| metric | value | baseline | change | verdict |',
        '|:--|--:|--:|--:|:--|',
    ];
    for (const metric of (0,verdict_text/* shownMetrics */.fE)(record)) {
        const base = record.baseline[metric];
        const verdict = record.verdicts[metric];
        const baseText = base === undefined
            ? '—'
            : `${(0,metric_format/* formatMetricValue */.dd)(metric, base.value)} ± ${(0,metric_format/* formatMetricValue */.dd)(metric, base.spread)} (${(0,numbers/* plural */.LS)(base.runs, 'run')})`;
        lines.push(`| ${(0,markdown_escape/* mdCode */.x)(metric)} | ${(0,metric_format/* formatMetricValue */.dd)(metric, record[metric])} | ${baseText} | ${verdict === undefined ? '—' : (0,numbers/* formatChangePct */.jj)(verdict.change_pct)} | ${(0,verdict_text/* verdictCell */.s8)(metric, verdict)} |`);
    }
    return lines;
}
function gatesHeadLines(heading = '###') {
    return [`${heading} Gates`, '', '| | gate | actual | limit | status |', '|:-:|:--|--:|--:|:--|'];
}
/** One gate as a table row; actual and limit in the unit of the metric the rule compares (`690.4 MB`). */
function gateRow(gate) {
    const metric = (0,report_gates/* gateMetric */.kC)(gate);
    const actual = (0,metric_format/* formatMetricValue */.dd)(metric, gate.actual);
    const limit = (0,metric_format/* formatMetricValue */.dd)(metric, gate.limit);
    return `| ${report_gates/* GATE_EMOJI */.vY[gate.status]} | ${(0,markdown_escape/* mdCode */.x)(gate.expr)} | ${actual} | ${limit} | ${(0,report_status/* humanize */.I3)(gate.status)} |`;
}
function alertsHeadLines(heading = '###') {
    return [`${heading} Alerts`, ''];
}
function alertRow(alert) {
    const value = alert.value === null ? '' : ` (value ${(0,metric_format/* formatNumber */.ZV)(alert.value)})`;
    const channels = alert.channels.length > 0 ? ` → ${alert.channels.map(markdown_escape/* mdCode */.x).join(', ')}` : '';
    return `- 🔔 ${(0,markdown_escape/* mdCode */.x)(alert.rule)} at ${(0,numbers/* formatDuration */.a3)(alert.at_s)}${value}${channels}`;
}

// EXTERNAL MODULE: ./src/engine/report/markdown-chart.ts
var markdown_chart = __webpack_require__(2305);
// EXTERNAL MODULE: ./src/engine/report/profile-format.ts
var profile_format = __webpack_require__(8358);
;// CONCATENATED MODULE: ./src/engine/report/markdown-profile.ts



/** "Functions whose time grew most": only when the run regressed and a baseline profile was compared. */
function profileDiffLines(record, heading = '###') {
    const diff = (0,profile_format/* shownProfileDiff */.u_)(record);
    if (!diff)
        return [];
    const rows = diff.grown.map((g) => {
        const { growth, change } = (0,profile_format/* formatGrowth */.T9)(g);
        return `| ${(0,markdown_escape/* mdCode */.x)((0,profile_format/* shortFunction */.zR)(g.function))} | ${(0,profile_format/* formatSeconds */.Xo)(g.baseline_own_s)} | ${(0,profile_format/* formatSeconds */.Xo)(g.current_own_s)} | ${growth} | ${change} |`;
    });
    return [
        `${heading} ${profile_format/* PROFILE_DIFF_TITLE */.XB}`,
        '',
        `Own time (time in the function's body) against the profile of baseline run ${(0,markdown_escape/* mdCode */.x)(diff.baseline_run_id)}.`,
        '',
        '| function | baseline | this run | growth | change |',
        '|:--|--:|--:|--:|--:|',
        ...rows,
    ];
}
/** The top functions by own time, folded away (`<details>`), with where the files are. */
function profileTopLines(record) {
    const profile = record.profile;
    if (!profile)
        return [];
    if (profile.error !== undefined)
        return [`_No profile for this run:_ ${(0,markdown_escape/* mdCode */.x)(profile.error)}`];
    const rows = profile.top_own
        .slice(0, profile_format/* PROFILE_TOP_ROWS */.oO)
        .map((e) => `| ${(0,markdown_escape/* mdCode */.x)((0,profile_format/* shortFunction */.zR)(e.function))} | ${(0,profile_format/* formatSeconds */.Xo)(e.own_s)} | ${(0,profile_format/* formatSeconds */.Xo)(e.cumulative_s)} | ${(0,metric_format/* formatNumber */.ZV)(e.calls)} |`);
    return [
        '<details>',
        `<summary>${profile_format/* PROFILE_TOP_TITLE */.T0} (cProfile, top ${rows.length} functions by own time of ${(0,profile_format/* formatSeconds */.Xo)(profile.total_s)})</summary>`,
        '',
        '| function | own time | cumulative | calls |',
        '|:--|--:|--:|--:|',
        ...rows,
        '',
        `Files: ${(0,markdown_escape/* mdCode */.x)(profile.pstats_path)} (pstats), ${(0,markdown_escape/* mdCode */.x)(profile.speedscope_path)} (speedscope).${profile.overhead_note ? ` Note: ${(0,markdown_escape/* mdCode */.x)(profile.overhead_note)}.` : ''}`,
        '',
        '</details>',
    ];
}

// EXTERNAL MODULE: ./src/engine/report/instructions-format.ts
var instructions_format = __webpack_require__(1490);
;// CONCATENATED MODULE: ./src/engine/report/markdown.ts







/** GitHub refuses issue and pull-request comments longer than this. */
const MAX_COMMENT_CHARS = 65536;
/** GitHub's limit for one step's job summary (1 MiB). */
const MAX_SUMMARY_CHARS = 1048576;
const DEFAULT_HINT = 'full report in the job summary';
/**
 * Blocks joined by blank lines, ending with a blank line: whatever is appended to the file next (`cat report.md >>
 * "$GITHUB_STEP_SUMMARY"`) starts a new block instead of becoming a row of the last table.
 */
function assemble(blocks) {
    return `${blocks
        .filter((b) => b.length > 0)
        .map((b) => b.join('\n'))
        .join('\n\n')}\n\n`;
}
function renderMarkdown(record, options = {}) {
    const max_bytes = Math.max(0, Math.floor(options.maxChars ?? MAX_SUMMARY_CHARS));
    const hint = options.fullReportHint ?? DEFAULT_HINT;
    const header = headerLines(record);
    // Benchmark mode: the repeats' statistics belong with the metrics (their medians are the run's metrics).
    const metrics = [...metricsLines(record), ...benchmarkLines(record)];
    // Where the instructions went, and that the other figures are a slowed run's: kept with the metrics.
    const counted = (0,instructions_format/* instructionsLines */.Bt)(record);
    if (counted.length > 0)
        metrics.push('', ...counted);
    const gateRows = (0,report_gates/* gatesFailingFirst */.T$)(record.gates).map(gateRow);
    const gates = gateRows.length > 0 ? [...gatesHeadLines(), ...gateRows] : [];
    const alertRows = record.alerts.map(alertRow);
    const alerts = alertRows.length > 0 ? [...alertsHeadLines(), ...alertRows] : [];
    // The profile diff says where a regression came from: it stays as long as the metrics do.
    const grown = profileDiffLines(record);
    const profileTop = profileTopLines(record);
    const full = assemble([header, metrics, grown, gates, alerts, profileTop, (0,markdown_chart/* chartLines */.OV)(record.series)]);
    if ((0,report_budget/* byteSize */.mz)(full) <= max_bytes)
        return full;
    const left = [record.series.length >= 2 ? 'charts' : '', profileTop.length > 0 ? 'the profile' : '']
        .filter(Boolean)
        .join(' and ');
    const chartsNote = left
        ? [`_${left[0].toUpperCase()}${left.slice(1)} left out to fit the size limit._`]
        : [];
    const withoutCharts = assemble([header, metrics, grown, gates, alerts, chartsNote]);
    if ((0,report_budget/* byteSize */.mz)(withoutCharts) <= max_bytes)
        return withoutCharts;
    let budget = max_bytes - (0,report_budget/* byteSize */.mz)(assemble([header, metrics, grown, chartsNote]));
    const alertsNote = (n) => `… ${n} more alerts not shown (${hint})`;
    // Gates come first, but leave room for at least the note that alerts were left out.
    const alertsReserve = alertRows.length > 0 ? (0,report_budget/* byteSize */.mz)(alertsNote(alertRows.length)) + 2 : 0;
    let gateBlock = [];
    if (gateRows.length > 0) {
        const gateNote = (n) => `… ${n} more gates not shown (${hint})`;
        const fitted = (0,report_budget/* fitRows */.zV)(gatesHeadLines(), gateRows, budget - alertsReserve, gateNote);
        gateBlock = fitted.lines;
        budget -= fitted.bytes;
    }
    let alertBlock = [];
    if (alertRows.length > 0)
        alertBlock = (0,report_budget/* fitRows */.zV)(alertsHeadLines(), alertRows, budget, alertsNote).lines;
    // Even the header and metrics may not fit a tiny budget: then the text is cut.
    return (0,report_budget/* cutToFit */.XL)(assemble([header, metrics, grown, gateBlock, alertBlock, chartsNote]), max_bytes, hint);
}
/** `--repeat N`: the measured runs' statistics (./benchmark.ts's benchmarkSummary) as a table, then the warnings. */
function benchmarkLines(record) {
    const summary = (0,benchmark/* benchmarkSummary */.c)(record);
    if (summary === null)
        return [];
    return [
        '',
        "**Benchmark** (the measured runs; the run's metrics are their medians)",
        '',
        '| metric | runs | mean ± σ | median | range |',
        '|:--|--:|--:|--:|--:|',
        ...summary.rows.map((r) => `| \`${r.metric}\` | ${r.runs} | ${r.mean_sd} | ${r.median} | ${r.range} |`),
        ...(summary.warnings.length > 0 ? ['', ...summary.warnings.map((w) => `> ⚠️ ${w}`)] : []),
    ];
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   N: () => (/* binding */ junitTimestamp),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   jj: () => (/* binding */ formatChangePct),
/* harmony export */   td: () => (/* binding */ formatPValue)
/* harmony export */ });
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/**
 * Numbers for people, as every report writes them: durations, relative changes, p-values, instants and counts.
 * Deterministic (no locale, no clock), so golden files stay byte-identical. A metric's value with its unit is
 * ../metric-format.ts's.
 */

/** A wall time for people: `12.35 s`, `2 m 03.5 s`, `1 h 02 m 03 s`. */
function formatDuration(seconds) {
    if (seconds === null || seconds === undefined || !Number.isFinite(seconds))
        return 'n/a';
    if (seconds < 60)
        return `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(seconds)} s`;
    const whole_s = Math.round(seconds * 10) / 10;
    const hours = Math.floor(whole_s / 3600);
    const minutes = Math.floor((whole_s - hours * 3600) / 60);
    const rest_s = whole_s - hours * 3600 - minutes * 60;
    const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
    if (hours === 0) {
        const secText = rest_s.toFixed(1).padStart(4, '0');
        return `${minutes} m ${secText} s`;
    }
    return `${hours} h ${pad2(minutes)} m ${pad2(Math.round(rest_s))} s`;
}
/** A relative change to one decimal, with its sign: `+3.4%`, `-12%`, `0%`; `n/a` without a baseline. */
function formatChangePct(change_pct) {
    if (change_pct === null || change_pct === undefined || !Number.isFinite(change_pct))
        return 'n/a';
    // Round half away from zero, so +6.15% and -6.15% read alike.
    const text = (0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)((Math.sign(change_pct) * Math.round(Math.abs(change_pct) * 10)) / 10);
    if (text === '0')
        return '0%';
    return change_pct > 0 ? `+${text}%` : `${text}%`;
}
/** A p-value for people: `< 0.001` below a thousandth, else two significant digits (`0.012`, `0.43`). */
function formatPValue(p) {
    if (p === null || p === undefined || !Number.isFinite(p))
        return 'n/a';
    if (p < 0.001)
        return '< 0.001';
    if (p >= 1)
        return '1';
    return String(Number(p.toPrecision(2)));
}
/**
 * A JUnit `timestamp`: the instant in UTC, to the second, with no zone designator (`2025-03-14T09:26:53`). That is
 * the form the JUnit XSD's pattern allows (it has no zone), and the one the readers that interpret the attribute take
 * as UTC: Jenkins' junit plugin appends `Z` to a zone-less timestamp before parsing it. docs/exporting.md gives the
 * readers looked at.
 */
function junitTimestamp(started_at) {
    const date = new Date(started_at);
    if (Number.isNaN(date.getTime()))
        return started_at;
    return date.toISOString().slice(0, 19);
}
/** `1 sample`, `2 samples`, `1 retry`, `3 retries`: a count with its noun in the right number. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 8358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T0: () => (/* binding */ PROFILE_TOP_TITLE),
/* harmony export */   T9: () => (/* binding */ formatGrowth),
/* harmony export */   XB: () => (/* binding */ PROFILE_DIFF_TITLE),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   oO: () => (/* binding */ PROFILE_TOP_ROWS),
/* harmony export */   u_: () => (/* binding */ shownProfileDiff),
/* harmony export */   zR: () => (/* binding */ shortFunction)
/* harmony export */ });
/* unused harmony export MAX_FUNCTION_CHARS */
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(766);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5094);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);



/** Rows of the "where the time went" table. */
const PROFILE_TOP_ROWS = 10;
/** A function's name is cut to this many characters, keeping its end (the file's tail and the name). */
const MAX_FUNCTION_CHARS = 100;
function shortFunction(fn) {
    return fn.length <= MAX_FUNCTION_CHARS ? fn : `…${fn.slice(fn.length - MAX_FUNCTION_CHARS + 1)}`;
}
/** Seconds with a unit, small values kept readable: `0.0012 s`, `1.25 s`. */
function formatSeconds(value) {
    if (value === null)
        return '—';
    if (value !== 0 && Math.abs(value) < 0.001)
        return `${Number(value.toPrecision(2))} s`;
    return `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value)} s`;
}
function formatGrowth(g) {
    return {
        growth: `+${formatSeconds(g.growth_s)}`,
        change: g.growth_pct === null ? 'new in top' : (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(g.growth_pct),
    };
}
/** The profile diff to show: only for a run that regressed, and only when something grew. */
function shownProfileDiff(record) {
    const diff = record.profile_diff;
    if (!diff || diff.grown.length === 0)
        return null;
    return (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_2__/* .regressedMetrics */ .k)(record).length > 0 ? diff : null;
}
const PROFILE_DIFF_TITLE = 'Functions whose time grew most';
const PROFILE_TOP_TITLE = 'Where the time went';


/***/ }),

/***/ 3706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   refuseReportOverHistory: () => (/* binding */ refuseReportOverHistory)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7679);
/* harmony import */ var _write_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4709);
/**
 * A report path is never a history: refused before anything runs (and checked again by writeReportFile's
 * `protect` when each report is written, since a script may plant a symlink meanwhile).
 */


/** The flag that names each report file, for messages. */
const REPORT_FLAGS = {
    benchmark_action: '--export-benchmark-action',
    bmf: '--export-bmf',
    hyperfine: '--export-hyperfine',
};
/**
 * Refuses (PyrunError, exit 125), before anything runs, a report path that is a history file or its lock, or a
 * symlink to either (protectedFileAt). `reports` maps a report kind (`json`, `summary`, `hyperfine`…) to its path.
 * The check is repeated when each report is written (writeReportFile's `protect`): a script may plant a symlink
 * meanwhile.
 */
async function refuseReportOverHistory(reports, protect) {
    for (const [kind, file] of Object.entries(reports)) {
        if (!file)
            continue;
        const clash = await (0,_write_file_js__WEBPACK_IMPORTED_MODULE_0__/* .protectedFileAt */ .c)(file, protect);
        if (clash !== null) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`${REPORT_FLAGS[kind] ?? `--${kind}`} ${file} is ${clash}: a report would overwrite the history; ` +
                'choose another file');
        }
    }
}


/***/ }),

/***/ 8495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ niceTicks)
/* harmony export */ });
/* unused harmony export niceStep */
/**
 * Axis scales for charts: round tick steps (1, 2, 2.5 or 5 × 10^k) covering a data range, so axes read
 * 0, 200, 400, 600, 800 rather than 0, 172.6, 345.2.
 */
/** A round step so that about `target_ticks` intervals cover `span`. */
function niceStep(span, target_ticks) {
    if (!(span > 0) || !Number.isFinite(span))
        return 1;
    const raw = span / Math.max(1, target_ticks);
    const power = 10 ** Math.floor(Math.log10(raw));
    const fraction = raw / power;
    const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * power;
}
/** Strip binary noise from a tick value (0.30000000000000004 → 0.3). */
function clean(value) {
    return Number(value.toPrecision(12));
}
/**
 * Ticks covering [lo, hi], extended outwards to whole steps. With `from_zero` a positive range starts at 0
 * (memory and CPU read best against zero). A flat or empty range still gets a visible axis.
 */
function niceTicks(lo, hi, target_ticks = 5, from_zero = true) {
    let low = Number.isFinite(lo) ? lo : 0;
    let high = Number.isFinite(hi) ? hi : 1;
    if (from_zero && low > 0)
        low = 0;
    if (high < low)
        [low, high] = [high, low];
    if (high === low)
        high = low === 0 ? 1 : low + Math.abs(low) * 0.1;
    const step = niceStep(high - low, target_ticks);
    const min = clean(Math.floor(low / step) * step);
    const max = clean(Math.ceil(high / step) * step);
    const ticks = [];
    for (let k = 0;; k++) {
        const tick = clean(min + k * step);
        if (tick > max + step / 2)
            break;
        ticks.push(tick);
    }
    return { min, max, step, ticks };
}


/***/ }),

/***/ 1315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ OOM_KILLED),
/* harmony export */   Fr: () => (/* binding */ scriptSucceeded),
/* harmony export */   Ko: () => (/* binding */ retriesOf),
/* harmony export */   bl: () => (/* binding */ scriptTestName),
/* harmony export */   r$: () => (/* binding */ describeScriptOutcome)
/* harmony export */ });
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8627);

/**
 * Retries of a failed script (`--retries`) the record shows: attempts beyond one per run. `--repeat N` records one
 * attempt per measured run, so N attempts there mean nothing was retried.
 */
function retriesOf(record) {
    return Math.max(0, record.attempts.length - (record.repeats?.length ?? 1));
}
/** Did the script itself succeed (whatever the gates and verdicts said)? */
function scriptSucceeded(record) {
    return record.status === 'passed' || record.status === 'gate_failed' || record.status === 'regressed';
}
/** How a kill by the container's memory limit is told (the OOM killer, not a crash). */
const OOM_KILLED = "killed by the container's memory limit";
/**
 * What happened to the script, in one line: `exited 0`, `exit code 3`, `killed by signal SIGKILL`,
 * `timed out after 30 s; the process tree was killed`, with the attempt count when `--retries` retried.
 * `quote` wraps the one string from outside (the signal's name) for the format at hand (markdown: a code span).
 */
function describeScriptOutcome(record, quote = (text) => text) {
    let text;
    if (record.status === 'timeout') {
        text = `timed out after ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(record.duration_s)}; the process tree was killed`;
    }
    else if (record.signal !== null) {
        text = record.oom_killed
            ? `${OOM_KILLED} (signal ${quote(record.signal)})`
            : `killed by signal ${quote(record.signal)}`;
    }
    else if (record.exit_code !== null) {
        text = record.exit_code === 0 ? 'exited 0' : `exit code ${record.exit_code}`;
        if (record.oom_killed)
            text += `; a process of its tree was ${OOM_KILLED}`;
    }
    else {
        text = 'ended without an exit code';
    }
    const retries = retriesOf(record);
    if (retries > 0) {
        text +=
            record.repeats === undefined
                ? ` (after ${record.attempts.length} attempts)`
                : ` (${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(retries, 'retry', 'retries')} over ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(record.repeats.length, 'measured run')})`;
    }
    return text;
}
/** The stable name of the test case / test point for the script itself. */
function scriptTestName(record) {
    return `script: ${record.script}`;
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   I3: () => (/* binding */ humanize),
/* harmony export */   Mo: () => (/* binding */ STATUS_RANK),
/* harmony export */   cu: () => (/* binding */ STATUS_EMOJI)
/* harmony export */ });
const STATUS_EMOJI = {
    passed: '✅',
    regressed: '🔺',
    failed: '❌',
    gate_failed: '❌',
    timeout: '⏱️',
};
/** Worse statuses rank higher; a combined report takes the worst. */
const STATUS_RANK = {
    passed: 0,
    regressed: 1,
    gate_failed: 2,
    failed: 3,
    timeout: 4,
};
function worstStatus(records) {
    let worst = 'passed';
    for (const record of records)
        if (STATUS_RANK[record.status] > STATUS_RANK[worst])
            worst = record.status;
    return worst;
}
/** `insufficient_history` → `insufficient history`. */
function humanize(word) {
    // Only pyrun's own status words are shown: a history from elsewhere may hold any text in a status column, and
    // this word is written unescaped into markdown headings and check-run titles.
    return typeof word === 'string' && /^[a-z][a-z_]{0,40}$/.test(word) ? word.replace(/_/g, ' ') : 'unknown';
}


/***/ }),

/***/ 8014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ regressedSummary),
/* harmony export */   SG: () => (/* binding */ regressionOutcome),
/* harmony export */   fE: () => (/* binding */ shownMetrics),
/* harmony export */   jP: () => (/* binding */ REGRESSION_TEST_NAME),
/* harmony export */   mv: () => (/* binding */ unseenBelow),
/* harmony export */   s8: () => (/* binding */ verdictCell)
/* harmony export */ });
/* unused harmony exports REPORT_METRICS, VERDICT_LABEL */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5094);
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(766);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8627);
/* harmony import */ var _analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7376);
/**
 * Verdicts in a report: which metrics a table lists, each verdict's cell, the regressed metrics as one column, and
 * the regression check as one test outcome (JUnit, TAP).
 */






/** The run metrics in the order every report lists them. */
const REPORT_METRICS = _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm;
/**
 * The metrics a report's table lists for `record`: every one with a value, a baseline or a verdict. A metric the
 * executor could not measure (rusage over an executor that cannot report it) is left out rather than shown n/a.
 */
function shownMetrics(record) {
    return REPORT_METRICS.filter((m) => record[m] !== null || record.baseline[m] !== undefined || record.verdicts[m] !== undefined);
}
const VERDICT_LABEL = {
    regressed: '🔺 regressed',
    improved: '🟢 improved',
    unchanged: '⚪ unchanged',
    insufficient_history: '❔ insufficient history',
    not_judged: '· not judged',
};
/**
 * An `unchanged` verdict whose baseline was too noisy to see a rise of the metric's relative threshold: the
 * smallest rise it would have called (`+38%`); null otherwise.
 */
function unseenBelow(metric, verdict) {
    if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined)
        return null;
    if (verdict.detectable_pct <= _types_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_THRESHOLD_PCT */ ._5[metric] + 0.05)
        return null;
    return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(verdict.detectable_pct);
}
/**
 * The verdict in words for a table cell: `⚪ unchanged (sees ≥ +38%)` where the baseline was noisy, `⏸️ withheld
 * (busier machine: 1.2 vs 0.05 cores)` for a time that rose while other work kept the machine busier (or it ran
 * slower: `slower machine: calibration 1.52 vs 1.05 ms`).
 */
function verdictCell(metric, verdict) {
    if (verdict === undefined)
        return '—';
    if (verdict.busy_machine !== undefined) {
        const machine = machineCell(verdict.busy_machine);
        return verdict.verdict === 'regressed'
            ? `${VERDICT_LABEL.regressed} (${machine})`
            : `⏸️ withheld (${machine})`;
    }
    const unseen = unseenBelow(metric, verdict);
    return `${VERDICT_LABEL[verdict.verdict]}${unseen === null ? '' : ` (sees ≥ ${unseen})`}`;
}
/** `busier machine: 1.2 vs 0.05 cores`, `slower machine: calibration 1.52 vs 1.05 ms`, or both. */
function machineCell(readings) {
    const excuse = (0,_analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_2__/* .machineExcuse */ .LQ)(readings);
    const cores = `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(Math.min(...readings.cores))} vs ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(readings.baseline_cores)} cores`;
    const ms = readings.calibration;
    const base = readings.baseline_calibration;
    const calibration = ms === undefined || base === undefined
        ? null
        : `calibration ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(Math.min(...ms))} vs ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(base)} ms`;
    if (excuse === 'busier' || calibration === null)
        return `busier machine: ${cores}`;
    if (excuse === 'slower')
        return `slower machine: ${calibration}`;
    return `busier or slower machine: ${cores}, ${calibration}`;
}
/** The regressed metrics with their change (`duration_s +31%, cpu_time_s +28%`), or a dash: overviews' column. */
function regressedSummary(record) {
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .regressedMetrics */ .k)(record);
    if (regressed.length === 0)
        return '—';
    return regressed.map((m) => `${m} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(record.verdicts[m]?.change_pct)}`).join(', ');
}
/** The stable name of the test case / test point that collects regression verdicts. */
const REGRESSION_TEST_NAME = 'no regression against baseline';
/**
 * The regression check as one outcome: `null` when no verdict was reached at all (no history kept),
 * `skipped` when every verdict lacked history, else failed with the regressed metrics named.
 */
function regressionOutcome(record) {
    const judged = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .judgedMetrics */ .P)(record);
    if (judged.length === 0)
        return null;
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_4__/* .regressedMetrics */ .k)(record);
    if (regressed.length > 0) {
        const parts = regressed.map((m) => `${m} ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .formatChangePct */ .jj)(record.verdicts[m]?.change_pct)}`);
        return { status: 'failed', message: `regressed: ${parts.join(', ')}` };
    }
    if (judged.every((m) => record.verdicts[m]?.verdict === 'insufficient_history')) {
        return { status: 'skipped', message: 'insufficient history' };
    }
    return { status: 'passed', message: `${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(judged.length, 'metric')} within baseline` };
}


/***/ }),

/***/ 4709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ protectedFileAt),
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _history_application_id_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3101);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3681);
/**
 * Writes one report file the way every face must: its folders are created, the text goes to a temporary file in
 * the same folder and is then renamed over the target, so a full disk or a crash leaves the old file (or none),
 * never a truncated or 0-byte one. A symlink is followed and the file it points to replaced (the link stays); a
 * target that is not a regular file (`/dev/stdout`, a FIFO) is written in place, never replaced. Never throws:
 * trouble comes back as a value for the face to show as one warning.
 */





/** `report.xml` → `.report.xml.<random>.tmp` beside it: same folder, so the rename stays on one file system. */
function tempPathFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${(0,_run_id_js__WEBPACK_IMPORTED_MODULE_3__/* .randomHex */ .n)(6)}.tmp`);
}
async function writeReportFile(file, text, options = {}) {
    let target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file);
    let temp = null;
    try {
        const existing = await existingTarget(target);
        const clash = await protectedFileAt(existing?.path ?? target, options.protect ?? []);
        if (clash !== null) {
            return { ok: false, path: target, error: `it is ${clash}, which pyrun never writes a report over` };
        }
        if (existing?.kind === 'folder')
            throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
        if (existing?.kind === 'special') {
            await writeSpecial(existing.path, target, text);
            return { ok: true, path: target };
        }
        if (existing)
            target = existing.path;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
        temp = tempPathFor(target);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, target);
        temp = null;
        return { ok: true, path: target };
    }
    catch (error) {
        return { ok: false, path: target, error: describeWriteError(error) };
    }
    finally {
        if (temp !== null)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true }).catch(() => undefined);
    }
}
/**
 * What is at `target` now: null when nothing is; a regular file (a symlink's final target when it resolves to
 * one); a folder; or anything else — a device, a FIFO, `/dev/stdout` (a link to `/proc/self/fd/1`, which may be a
 * pipe no path resolves to), a dangling link — which is written in place, through the link, and never replaced.
 */
async function existingTarget(target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(target);
    }
    catch {
        return null;
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(target);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
        return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special', path: real };
    }
    catch {
        return { kind: 'special', path: target };
    }
}
/** Whether an open FIFO or socket is pyrun's own stdout or stderr (`--json /dev/stdout` into a pipe). */
function isOwnStream(info) {
    return [1, 2].some((fd) => {
        try {
            const own = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            return own.dev === info.dev && own.ino === info.ino;
        }
        catch {
            return false;
        }
    });
}
/**
 * Writes a target that is not a regular file, in place. Opened without blocking, so a FIFO nobody reads (one a
 * script made at a report path) fails at once (ENXIO) instead of hanging pyrun; a FIFO or socket at any other path
 * than pyrun's own stdout or stderr (`/dev/stdout` into a pipe) is refused: a report goes to a file, a device or
 * pyrun's own output, never into another process's pipe.
 */
async function writeSpecial(real, asked, text) {
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, flags).catch((error) => {
        if (error.code === 'ENXIO') {
            throw new Error(`${asked} is a FIFO or socket that nothing reads (ENXIO); pyrun does not wait on it`);
        }
        throw error;
    });
    try {
        const info = await handle.stat();
        if ((info.isFIFO() || info.isSocket()) && !isOwnStream(info)) {
            throw new Error(`${asked} is a FIFO or socket, not a file; pyrun writes reports only to files and devices`);
        }
        await handle.writeFile(text, 'utf8');
    }
    finally {
        await handle.close();
    }
}
/** The identity of a file (device and inode), or null when it does not exist. */
async function identity(file) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file);
        return `${info.dev}:${info.ino}`;
    }
    catch {
        return null;
    }
}
/**
 * Which history the path `file` is, as a phrase (`the history file X`, `the history file’s lock X`), or null: one of
 * `protect` or its lock `<file>.lock`, compared by resolved path (symlinks followed) and by device and inode; or
 * any other pyrun history (another `--db`), known by its header, or the lock path beside one.
 */
async function protectedFileAt(file, protect) {
    const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(file).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(file));
    const id = await identity(resolved);
    for (const guarded of protect) {
        for (const [candidate, what] of [
            [guarded, 'the history file'],
            [`${guarded}.lock`, 'the history file’s lock'],
        ]) {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(candidate).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(candidate));
            if (real === resolved)
                return `${what} ${guarded}`;
            const other = await identity(real);
            if (id !== null && other !== null && id === other)
                return `${what} ${guarded}`;
        }
    }
    if (await isPyrunHistory(resolved))
        return `the history file ${resolved}`;
    if (resolved.endsWith('.lock') && (await isPyrunHistory(resolved.slice(0, -'.lock'.length)))) {
        return `the history file’s lock ${resolved.slice(0, -'.lock'.length)}`;
    }
    return null;
}
/** Whether `file` is a regular file marked as a pyrun history (its first 100 bytes; never blocks on a FIFO). */
async function isPyrunHistory(file) {
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        try {
            if (!(await handle.stat()).isFile())
                return false;
            const header = new Uint8Array(100);
            const { bytesRead } = await handle.read(header, 0, header.length, 0);
            return bytesRead === header.length && (0,_history_application_id_js__WEBPACK_IMPORTED_MODULE_4__/* .isPyrunHeader */ .wW)(header);
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return false;
    }
}
/** `ENOTDIR: a parent of the path is a file` rather than Node's raw syscall text. */
function describeWriteError(error) {
    const code = error?.code;
    const raw = error?.message;
    const message = typeof raw === 'string' ? raw : String(error);
    const hints = {
        ENOTDIR: 'a folder on the path is a file',
        // mkdir -p answers EEXIST when a folder it must create is already a file.
        EEXIST: 'a folder on the path is a file',
        EISDIR: 'the path is a folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EROFS: 'read-only file system',
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
    };
    const hint = typeof code === 'string' ? hints[code] : undefined;
    return hint ? `${hint} (${message})` : message;
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



/***/ }),

/***/ 5094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ judgedMetrics),
/* harmony export */   k: () => (/* binding */ regressedMetrics)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/**
 * A judged record's verdicts as lists: the metrics the verdict weighed, and those that regressed. One order for
 * both, the metric table's (COMPARABLE_METRICS): the explanation, every report, the end-of-run alerts and the
 * confirming re-runs' progress line all name the regressed metrics in it, so a user reads them alike everywhere.
 */

/** Metrics judged `regressed`, in the metric table's order. */
function regressedMetrics(record) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}
/** Metrics the verdict weighed (not the ones only measured and shown), in the metric table's order. */
function judgedMetrics(record) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPARABLE_METRICS */ .fm.filter((m) => {
        const verdict = record.verdicts[m]?.verdict;
        return verdict !== undefined && verdict !== 'not_judged';
    });
}


/***/ }),

/***/ 1914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ visibleJson),
/* harmony export */   jQ: () => (/* binding */ showInvisible)
/* harmony export */ });
/* unused harmony export holdsInvisible */
/**
 * Text from outside (a stored series name, an imported record's field, what a script wrote) shown to a person.
 * Names with invisible format characters are refused on input, but a history from a cache, an import or an older
 * pyrun may still hold one: a right-to-left override (U+202E) makes `evil‮txt.py` read as `evilyp.txt`, a
 * zero-width space (U+200B) makes two different series look the same. Wherever such text is shown, each of these
 * characters is written as a visible escape (`\u202E`, `\u{E0001}`) instead, never raw.
 *
 * Escaped: every format character (Unicode category Cf: U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
 * U+2066–U+2069, U+FEFF, the tag characters…), the C0 and C1 control characters and DEL, and the line and
 * paragraph separators (U+2028, U+2029). Tab, line feed and carriage return are left to the caller (a code span
 * flattens them, a multi-line block keeps them). A backslash is not escaped: paths stay readable.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;
function escapeOf(char) {
    const code = char.codePointAt(0);
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}
/** `text` with every invisible or control character (see the header) written as a visible `\uXXXX` escape. */
function showInvisible(text) {
    return text.replace(HIDDEN, escapeOf);
}
/** Whether `text` holds a character showInvisible would escape. */
function holdsInvisible(text) {
    return new RegExp(HIDDEN.source, 'u').test(text);
}
/**
 * JSON text with every format character and line separator inside its strings written as a `\uXXXX` escape: the
 * same JSON value (any parser reads the escape back to the character), shown visibly to whoever reads the text.
 * JSON.stringify already escapes the C0 controls; outside strings JSON text holds no such character.
 */
function visibleJson(json) {
    return json.replace(/[\u007f-\u009f\u2028\u2029\p{Cf}]/gu, (char) => {
        const code = char.codePointAt(0);
        if (code <= 0xffff)
            return `\\u${code.toString(16).padStart(4, '0')}`;
        // JSON has no \u{…}: an astral character is escaped as its UTF-16 surrogate pair.
        const high = 0xd800 + ((code - 0x10000) >> 10);
        const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
        return `\\u${high.toString(16)}\\u${low.toString(16)}`;
    });
}


/***/ })

};
