"use strict";
exports.id = 529;
exports.ids = [529];
exports.modules = {

/***/ 2529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/visible-text.ts
var visible_text = __webpack_require__(1914);
// EXTERNAL MODULE: ./src/engine/log-text.ts
var log_text = __webpack_require__(4202);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
;// CONCATENATED MODULE: ./src/cli/context.ts
function processContext() {
    return {
        env: process.env,
        cwd: process.cwd(),
        stdout: process.stdout,
        stderr: process.stderr,
        onSignal(handler) {
            const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
            for (const s of signals)
                process.on(s, handler);
            return () => {
                for (const s of signals)
                    process.off(s, handler);
            };
        },
    };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(3508);
;// CONCATENATED MODULE: ./src/cli/program.ts
/**
 * Each command's code is loaded when that command runs, so `pyrun run` starts without the report renderers.
 *
 * The CLI's shape: commander parses flags into the raw options of ../config, which validate them once for both
 * faces. Every command returns its exit code; nothing here calls process.exit.
 */





const collect = (value, previous = []) => [...previous, value];
/**
 * `argv`: the command line the program will parse (what follows `--` there is `pyrun ab`'s scripts' arguments;
 * commander hands it to `<scripts...>` as well).
 */
function buildProgram(ctx, setExitCode, argv = []) {
    const program = new esm/* Command */.uB('pyrun')
        .description('Run a Python script under live monitoring, remember every run, and gate CI on regressions.')
        .version(version/* PYRUN_VERSION */.I)
        .enablePositionalOptions()
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride()
        // Commander's errors quote what was typed (an unknown command or option may hold a line break): they pass the
        // same workflow-command filter as pyrun's own messages.
        .configureOutput({
        writeOut: (s) => ctx.stdout.write(s),
        writeErr: (s) => ctx.stderr.write((0,log_text/* neutralizeWorkflowCommands */.t)(s)),
        outputError: (s, write) => write((0,log_text/* neutralizeWorkflowCommands */.t)(s)),
    });
    const run = program
        .command('run')
        .description('Run SCRIPT (or -m MODULE, or with neither the suite of the config file) under monitoring; exits with ' +
        'the script’s code, 99 for a failed gate or a regression, 124 on timeout, 125 when it cannot run')
        .argument('[script]', 'the Python script (with -m: the first argument for the module)')
        .argument('[args...]', 'arguments for the script, passed exactly as given (use -- before ones starting with -)')
        .passThroughOptions()
        .option('--config <file>', 'the config file (default: pyrun.toml or [tool.pyrun] of pyproject.toml here)')
        .option('--only <name>', 'run only this script of the config file’s suite (repeatable)', collect)
        .option('--dry-run', 'check the config, rules, flags and paths; run nothing (exit 0 or 125)')
        .option('-q, --quiet', 'only warnings and errors from pyrun')
        .option('-v, --verbose', "also print pyrun's own CPU, peak memory and compile cache");
    (0,options/* addRunOptions */.L)(run).action(async (script, args, _opts, command) => {
        const { runCommand } = await Promise.all(/* import() */[__webpack_require__.e(445), __webpack_require__.e(228), __webpack_require__.e(144), __webpack_require__.e(412), __webpack_require__.e(281)]).then(__webpack_require__.bind(__webpack_require__, 7281));
        setExitCode(await runCommand(script, args, command, ctx));
    });
    const DB = ['--db <path>', schema/* OPTIONS */.lw.db.doc, schema/* OPTIONS */.lw.db.default];
    const history = program
        .command('history')
        .description('List recorded runs, newest first')
        .option(...DB)
        .option('--name <name>', 'only this series')
        .option('--last <k>', 'how many runs', '20')
        .option('--json', 'machine-readable output on stdout')
        .option('--csv', 'CSV on stdout (RFC 4180): a header row of field names, then one row per run')
        .action(async (opts) => {
        const { historyCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(648), __webpack_require__.e(872), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 2860));
        setExitCode(await historyCommand(opts, ctx));
    });
    history
        .command('import')
        .description('Merge JSONL run records or another history file; runs already present are skipped')
        .argument('<files...>', 'FILE.jsonl or OTHER.sqlite')
        .option(...DB)
        .option('--json', 'machine-readable output on stdout')
        .action(async (files, opts) => {
        const { historyImportCommand } = await Promise.all(/* import() */[__webpack_require__.e(816), __webpack_require__.e(648), __webpack_require__.e(872), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 2860));
        setExitCode(await historyImportCommand(files, opts, ctx));
    });
    program
        .command('trend')
        .description('Trend of each metric over the history: slope per run and per day, forecasts, anomalies')
        .option(...DB)
        .option('--name <name>', 'the series (required when the history holds several)')
        .option('--metric <metric>', 'only this metric')
        .option('--gate <rule>', 'forecast when this gate would fail at the current trend (repeatable)', collect)
        .option('--last <k>', 'how many recent runs', '200')
        .option('--json', 'machine-readable output on stdout (with correlation matrices)')
        .action(async (opts) => {
        const { trendCommand } = await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(872), __webpack_require__.e(228), __webpack_require__.e(144), __webpack_require__.e(478), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 3102));
        setExitCode(await trendCommand(opts, ctx));
    });
    program
        .command('compare')
        .description('Judge the newest run of a series against the baseline from the runs before it (99 if regressed)')
        .option(...DB)
        .option('--name <name>', 'the series (required when the history holds several)')
        .option('--metric <metric>', 'only this metric')
        .option('--baseline-ref <ref>', 'only runs of this git ref form the baseline')
        .option('--min-baseline-runs <n>', 'runs needed for an automatic verdict (default 5)')
        .option('--json', 'machine-readable output on stdout')
        .action(async (opts) => {
        const { compareCommand } = await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(872), __webpack_require__.e(228), __webpack_require__.e(144), __webpack_require__.e(478)]).then(__webpack_require__.bind(__webpack_require__, 7478));
        setExitCode(await compareCommand(opts, ctx));
    });
    program
        .command('report')
        .description('Write an HTML (or markdown) report of a series, with its history charts')
        .option(...DB)
        .option('--name <name>', 'the series; repeat for a combined report of several', collect)
        .option('--all', 'a combined report of every series in the history')
        .option('--html <file>', 'self-contained HTML report')
        .option('--summary <file>', 'markdown report')
        .action(async (opts) => {
        const { reportCommand } = await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(872), __webpack_require__.e(210), __webpack_require__.e(255), __webpack_require__.e(851)]).then(__webpack_require__.bind(__webpack_require__, 4595));
        setExitCode(await reportCommand(opts, ctx));
    });
    program
        .command('site')
        .description('Write the whole history as a static site: every series, its charts and its runs')
        .option(...DB)
        .option('--out <dir>', 'the folder to write the site to (index.html and its files)')
        .option('--title <text>', 'the site’s title', 'pyrun history')
        .option('--repo-url <url>', 'the repository’s URL, for links to each run’s commit (https://github.com/OWNER/REPO)')
        .option('--baseline-ref <ref>', 'the index’s trend and latest status follow this git ref (default: every run)')
        .action(async (opts) => {
        const { siteCommand } = await Promise.all(/* import() */[__webpack_require__.e(872), __webpack_require__.e(144), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 9452));
        setExitCode(await siteCommand(opts, ctx));
    });
    // pyrun ab: A and B side by side, interleaved (docs/side-by-side.md).
    program
        .command('ab')
        .description('Run A and B (or REF’s copy of SCRIPT and this one) interleaved; 99 if B regressed beyond a gate')
        .argument('<scripts...>', 'A B (two scripts), or SCRIPT with --against REF; after --, the arguments both get')
        .option('--against <ref>', 'A is SCRIPT as of this git ref (checked out in a temporary worktree)')
        .option('--repeat <n>', 'measured pairs', '10')
        .option('--warmup <n>', 'unmeasured runs of each side first', '1')
        .option('--gate <rule>', 'gate on B, `a` meaning A’s median: duration_s < 1.1 * a (repeatable)', collect)
        .option('--judge <metric>', 'metrics called improved or regressed (default: duration_s, cpu_time_s, peak_rss_mb); others only "changed" (repeatable)', collect)
        .option('--max-regression <percent>', 'fail when the ratio interval of duration, CPU time or peak memory lies above 1 + this (default 5% without --gate)')
        .option('--name <name>', 'name in the reports (default: ab:SCRIPT)')
        .option('--python <path>', 'interpreter (default: python3, then python)')
        .option('--cwd <dir>', 'working directory of the scripts')
        .option('--interval <seconds>', 'sampling interval', '0.5')
        .option('--timeout <seconds>', 'kill a run’s whole process tree after this long')
        .option('--json <file>', 'write every number as JSON (schema pyrun-ab/1)')
        .option('--summary <file>', 'write a markdown report')
        .option('--junit <file>', 'write a JUnit XML report: a test per metric and per gate')
        .option('--tap <file>', 'write a TAP version 13 report: a test per metric and per gate')
        .option('--html <file>', 'write a self-contained HTML report with a chart of the interleaved runs')
        .option('--instructions', 'count the instructions of each run (valgrind): exact enough that a handful of pairs decides, ~30x slower')
        .option('--export-hyperfine <file>', "write A's and B's wall times as hyperfine's JSON (--export-json)")
        .option('-q, --quiet', 'only the result, warnings and errors from pyrun')
        .action(async (scripts, opts) => {
        const { abCommand } = await Promise.all(/* import() */[__webpack_require__.e(228), __webpack_require__.e(412), __webpack_require__.e(777)]).then(__webpack_require__.bind(__webpack_require__, 8938));
        setExitCode(await abCommand(scripts, opts, ctx, argv));
    });
    return program;
}


;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * Runs the CLI and maps every way it can end to an exit code: commander's usage errors, configuration and rule
 * errors, and pyrun's own failures all become 125 with one line that names the cause.
 */




async function main(argv, ctx = processContext()) {
    let exitCode = 0;
    try {
        const program = buildProgram(ctx, (code) => {
            exitCode = code;
        }, argv);
        await program.parseAsync(argv);
        return exitCode;
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            // --help and --version end "successfully"; every usage error is pyrun's 125.
            return error.exitCode === 0 ? 0 : errors/* EXIT_PYRUN_ERROR */.ZX;
        }
        const message = error instanceof Error ? error.message : String(error);
        ctx.stderr.write(`${(0,visible_text/* showInvisible */.jQ)((0,log_text/* neutralizeWorkflowCommands */.t)(`pyrun: error: ${message}`))}\n`);
        // pyrun's own errors are 125; stopped by a signal while it waited, 128+N (PyrunInterrupted).
        return error instanceof errors/* PyrunError */.Pu ? error.exitCode : errors/* EXIT_PYRUN_ERROR */.ZX;
    }
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ addRunOptions),
/* harmony export */   s: () => (/* binding */ rawOptionsFromFlags)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3508);
/**
 * `pyrun run`'s flags, generated from the option table (src/config/schema.ts), and commander's parsed values turned
 * back into the table's raw options. A new option is a row in the table; it appears here by itself.
 *
 * commander is given no defaults: the table's defaults are applied by parseConfig, after a config file's values,
 * so only what the user typed can override the file. `--help` still shows each default.
 */


const collect = (value, previous = []) => [...previous, value];
/** Options that are positional on the command line, not flags. */
const POSITIONAL = ['script', 'args'];
function addRunOptions(command) {
    for (const name of _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .OPTION_NAMES */ .TM) {
        if (POSITIONAL.includes(name))
            continue;
        const spec = (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .optionSpec */ .HE)(name);
        if (typeof spec.default === 'boolean') {
            // A switch; `history` defaults to on, so its flag is the negation.
            command.addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(spec.default ? `--no-${name}` : `--${name}`, spec.doc));
            continue;
        }
        const short = spec.short ? `-${spec.short}, ` : '';
        const shown = typeof spec.default === 'string' ? ` (default: ${spec.default})` : '';
        const option = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$(`${short}--${name} <${spec.arg}>`, `${spec.doc}${shown}`);
        if (spec.repeatable)
            option.argParser(collect);
        command.addOption(option);
    }
    return command;
}
/** The options the user gave on the command line (never commander's implicit values), as raw options. */
function rawOptionsFromFlags(command) {
    const raw = {};
    for (const [key, value] of Object.entries(command.opts())) {
        const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        if (!_config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .OPTION_NAMES */ .TM.includes(name) || command.getOptionValueSource(key) !== 'cli')
            continue;
        raw[name] = value;
    }
    return raw;
}


/***/ }),

/***/ 3508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lw: () => (/* binding */ OPTIONS),
  TM: () => (/* binding */ OPTION_NAMES),
  HE: () => (/* binding */ optionSpec)
});

// UNUSED EXPORTS: SECRET_OPTIONS, inputName

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
var metrics = __webpack_require__(8703);
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

// EXTERNAL MODULE: ./src/engine/rules/metrics.ts
var rules_metrics = __webpack_require__(8503);
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
            for (const m of metrics/* DEFAULT_JUDGED_METRICS */.UP)
                wanted.add(m);
        }
        else if ((0,metrics/* isShapeMetric */.Gj)(name)) {
            return fail(`'${name}' is a shape of the run, not a cost, and is never judged (gate it instead, e.g. '${name} < 150')`);
        }
        else if (!metrics/* JUDGEABLE_METRICS */.Gn.some((m) => m === name)) {
            const near = (0,rules_metrics/* closest */.kp)(name, [...metrics/* JUDGEABLE_METRICS */.Gn, DEFAULT_JUDGED_WORD]);
            const kind = (0,metrics/* metricRow */.dh)(name)?.kind === 'sample' ? 'a live sample metric' : 'not a run metric';
            return fail(`'${name}' is ${kind}${near ? `; did you mean '${near}'?` : ''} (one of: ${DEFAULT_JUDGED_WORD}, ${metrics/* JUDGEABLE_METRICS */.Gn.join(', ')})`);
        }
        else
            wanted.add(name);
    }
    if (wanted.size === 0)
        return fail(`names no metric (e.g. ${DEFAULT_JUDGED_WORD})`);
    return ok(metrics/* JUDGEABLE_METRICS */.Gn.filter((m) => wanted.has(m)));
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
        doc: `Metrics the automatic verdict judges (repeat or comma-separate; \`${DEFAULT_JUDGED_WORD}\` is ${metrics/* DEFAULT_JUDGED_METRICS */.UP.join(', ')}); the others are measured and shown, not judged.`,
        input_doc: `Metrics the automatic verdict judges, one a line or comma-separated; \`${DEFAULT_JUDGED_WORD}\` is ${metrics/* DEFAULT_JUDGED_METRICS */.UP.join(', ')}. Other metrics are measured, shown with their change and gateable, but never make a run regressed.`,
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

/***/ 4202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ neutralizeWorkflowCommands),
/* harmony export */   v: () => (/* binding */ holdsWorkflowCommand)
/* harmony export */ });
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

/***/ 8503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YT: () => (/* binding */ metricProblem),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony exports allowedMetrics, editDistance */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8703);
/** Which metric names a rule may use, and what to suggest when a name is wrong. */


function allowedMetrics(kind) {
    return kind === 'gate' ? _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_METRICS */ .Ks : _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0;
}
/** Null when `name` is a metric this kind of rule may use; otherwise the problem, with a suggestion. */
function metricProblem(name, kind) {
    const allowed = allowedMetrics(kind);
    if (allowed.includes(name))
        return null;
    if (kind === 'gate' && _types_js__WEBPACK_IMPORTED_MODULE_0__/* .SAMPLE_METRICS */ .p0.includes(name)) {
        const instead = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleMetricRow */ .$T)(name)?.counterpart;
        const hint = instead === undefined ? `gates can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
        return `${name} is a live sample metric, but a gate is checked on the run summary; ${hint}`;
    }
    if (kind === 'alert' && _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_METRICS */ .Ks.includes(name)) {
        const instead = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .metricRow */ .dh)(name)?.counterpart;
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ PYRUN_VERSION)
/* harmony export */ });
/** pyrun's version; a test keeps it equal to package.json's. */
const PYRUN_VERSION = '0.1.0';


/***/ })

};
;