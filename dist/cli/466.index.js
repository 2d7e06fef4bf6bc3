export const id = 466;
export const ids = [466];
export const modules = {

/***/ 7336:
/***/ ((module) => {

let p = process || {}, argv = p.argv || [], env = p.env || {}
let isColorSupported =
	!(!!env.NO_COLOR || argv.includes("--no-color")) &&
	(!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || ((p.stdout || {}).isTTY && env.TERM !== "dumb") || !!env.CI)

let formatter = (open, close, replace = open) =>
	input => {
		let string = "" + input, index = string.indexOf(close, open.length)
		return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close
	}

let replaceClose = (string, close, replace, index) => {
	let result = "", cursor = 0
	do {
		result += string.substring(cursor, index) + replace
		cursor = index + close.length
		index = string.indexOf(close, cursor)
	} while (~index)
	return result + string.substring(cursor)
}

let createColors = (enabled = isColorSupported) => {
	let f = enabled ? formatter : () => String
	return {
		isColorSupported: enabled,
		reset: f("\x1b[0m", "\x1b[0m"),
		bold: f("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m"),
		dim: f("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
		italic: f("\x1b[3m", "\x1b[23m"),
		underline: f("\x1b[4m", "\x1b[24m"),
		inverse: f("\x1b[7m", "\x1b[27m"),
		hidden: f("\x1b[8m", "\x1b[28m"),
		strikethrough: f("\x1b[9m", "\x1b[29m"),

		black: f("\x1b[30m", "\x1b[39m"),
		red: f("\x1b[31m", "\x1b[39m"),
		green: f("\x1b[32m", "\x1b[39m"),
		yellow: f("\x1b[33m", "\x1b[39m"),
		blue: f("\x1b[34m", "\x1b[39m"),
		magenta: f("\x1b[35m", "\x1b[39m"),
		cyan: f("\x1b[36m", "\x1b[39m"),
		white: f("\x1b[37m", "\x1b[39m"),
		gray: f("\x1b[90m", "\x1b[39m"),

		bgBlack: f("\x1b[40m", "\x1b[49m"),
		bgRed: f("\x1b[41m", "\x1b[49m"),
		bgGreen: f("\x1b[42m", "\x1b[49m"),
		bgYellow: f("\x1b[43m", "\x1b[49m"),
		bgBlue: f("\x1b[44m", "\x1b[49m"),
		bgMagenta: f("\x1b[45m", "\x1b[49m"),
		bgCyan: f("\x1b[46m", "\x1b[49m"),
		bgWhite: f("\x1b[47m", "\x1b[49m"),

		blackBright: f("\x1b[90m", "\x1b[39m"),
		redBright: f("\x1b[91m", "\x1b[39m"),
		greenBright: f("\x1b[92m", "\x1b[39m"),
		yellowBright: f("\x1b[93m", "\x1b[39m"),
		blueBright: f("\x1b[94m", "\x1b[39m"),
		magentaBright: f("\x1b[95m", "\x1b[39m"),
		cyanBright: f("\x1b[96m", "\x1b[39m"),
		whiteBright: f("\x1b[97m", "\x1b[39m"),

		bgBlackBright: f("\x1b[100m", "\x1b[49m"),
		bgRedBright: f("\x1b[101m", "\x1b[49m"),
		bgGreenBright: f("\x1b[102m", "\x1b[49m"),
		bgYellowBright: f("\x1b[103m", "\x1b[49m"),
		bgBlueBright: f("\x1b[104m", "\x1b[49m"),
		bgMagentaBright: f("\x1b[105m", "\x1b[49m"),
		bgCyanBright: f("\x1b[106m", "\x1b[49m"),
		bgWhiteBright: f("\x1b[107m", "\x1b[49m"),
	}
}

module.exports = createColors()
module.exports.createColors = createColors


/***/ }),

/***/ 9466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   abCommand: () => (/* binding */ abCommand)
/* harmony export */ });
/* unused harmony export parsePercent */
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8353);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7740);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6094);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7644);
/**
 * `pyrun ab [options] A B | --against REF SCRIPT`: two scripts, or REF's copy of SCRIPT (A) and this tree's (B),
 * run interleaved on this machine and compared metric by metric (the engine's runAbPipeline). Exit 0 when every
 * gate held, 99 when B regressed beyond `--gate` or `--max-regression`, a failed run's own code, 125 when pyrun
 * could not run. Translation only.
 */




async function abCommand(scripts, opts, ctx) {
    const log = (0,_log_js__WEBPACK_IMPORTED_MODULE_3__/* .createCliLogger */ .x)(ctx.stderr, Boolean(opts.quiet), (text) => text, ctx.env);
    const against = typeof opts.against === 'string' ? opts.against : null;
    if (against !== null && scripts.length !== 1) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`pyrun ab --against ${against} takes one SCRIPT, got ${scripts.length}`);
    }
    if (against === null && scripts.length !== 2) {
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`pyrun ab takes two scripts A B (or --against REF SCRIPT), got ${scripts.length}`);
    }
    const config = abConfig(scripts[scripts.length - 1], opts);
    const pending = [];
    let removeSignalHandler = ctx.onSignal((sig) => pending.push(sig));
    try {
        const outcome = await (0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runAbPipeline */ .P6)({
            config,
            a: against !== null ? { ref: against } : { script: scripts[0] },
            gates: opts.gate ?? [],
            max_regression_pct: parsePercent(opts.maxRegression),
            name: typeof opts.name === 'string' ? opts.name : null,
            facts: {
                base_dir: ctx.cwd,
                ...(0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .gitIdentity */ .R)(ctx.env, ctx.cwd),
                is_pull_request: false,
                run_url: null,
                pyrun_version: _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PYRUN_VERSION */ .IP,
            },
        }, {
            clock: _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml,
            proc: new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .LinuxProcSource */ .AB(),
            log,
            env: ctx.env,
            stdout: ctx.stdout,
            stderr: ctx.stderr,
            hooks: {
                onProgress: (message) => log.info(message),
                onSample: log.status,
                onInterruptible: (interrupt) => {
                    removeSignalHandler();
                    for (const sig of pending.splice(0))
                        interrupt(sig);
                    removeSignalHandler = ctx.onSignal((sig) => {
                        log.warn(`received ${sig}: stopping the script's process tree`);
                        interrupt(sig);
                    });
                },
            },
        });
        log.endStatus();
        const lines = outcome.explanation.filter((l) => !l.startsWith('warning: '));
        ctx.stderr.write(`\n${lines.join('\n')}\n`);
        for (const l of outcome.explanation.filter((x) => x.startsWith('warning: ')))
            log.warn(l.slice(9));
        return outcome.exit_code;
    }
    finally {
        removeSignalHandler();
    }
}
/** The options `pyrun ab` shares with `pyrun run`, validated by the same schema (messages name the flag). */
function abConfig(script, opts) {
    const raw = { script, args: [] };
    for (const key of [
        'python',
        'cwd',
        'interval',
        'timeout',
        'repeat',
        'warmup',
        'json',
        'summary',
    ]) {
        if (opts[key] !== undefined)
            raw[key] = opts[key];
    }
    try {
        return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfig */ .o4)(raw);
    }
    catch (error) {
        if (error instanceof _config_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL)
            throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(error.problems.join('\n       '));
        throw error;
    }
}
/** `--max-regression 10%` (or `10`) → 10; absent → null. */
function parsePercent(value) {
    if (value === undefined || value === null)
        return null;
    const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(String(value));
    if (!match)
        throw new _engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PyrunError */ .Pu(`--max-regression takes a percentage such as 10%, got '${String(value)}'`);
    return Number(match[1]);
}


/***/ }),

/***/ 6094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ gitIdentity)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/** The git ref and commit of the run, from the CI's variables or the checkout itself. */

function gitIdentity(env, cwd) {
    const ref = env.GITHUB_HEAD_REF ||
        env.GITHUB_REF_NAME ||
        env.CI_COMMIT_REF_NAME ||
        env.BUILDKITE_BRANCH ||
        env.GIT_BRANCH;
    const sha = env.GITHUB_SHA || env.CI_COMMIT_SHA || env.BUILDKITE_COMMIT || env.GIT_COMMIT;
    return {
        git_ref: ref || git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd),
        git_sha: sha || git(['rev-parse', 'HEAD'], cwd),
    };
}
function git(args, cwd) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 })
            .toString()
            .trim();
        return out === '' || out === 'HEAD' ? null : out;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 7644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createCliLogger)
/* harmony export */ });
/* unused harmony export formatStatus */
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7336);
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picocolors__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7740);
/**
 * pyrun's own lines, always on stderr (stdout belongs to the script). On a TTY a live status line is redrawn in
 * place; elsewhere (CI logs, pipes) only plain lines appear, and no ANSI codes.
 */


function createCliLogger(stream = process.stderr, quiet = false, mask = (text) => text, env = {}) {
    // A CI log is not a terminal even when a runner allocates one: plain lines there, no redrawing.
    const tty = Boolean(stream.isTTY) && !env.CI;
    const colors = picocolors__WEBPACK_IMPORTED_MODULE_1___default().createColors(tty);
    let statusShown = false;
    let lastDraw_ms = 0;
    const clear = () => {
        if (statusShown) {
            stream.write('\r\x1b[K');
            statusShown = false;
        }
    };
    const line = (text) => {
        clear();
        // A CI runner reads stderr for workflow commands too: a name with a newline must not start one.
        stream.write(`${mask((0,_engine_index_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralizeWorkflowCommands */ .tW)(text))}\n`);
    };
    return {
        info: (message) => {
            if (!quiet)
                line(`${colors.dim('pyrun:')} ${message}`);
        },
        warn: (message) => line(`${colors.yellow('pyrun: warning:')} ${message}`),
        error: (message) => line(`${colors.red('pyrun: error:')} ${message}`),
        status: tty
            ? (s) => {
                const now = Date.now();
                if (now - lastDraw_ms < 200)
                    return;
                lastDraw_ms = now;
                stream.write(`\r\x1b[K${colors.dim(formatStatus(s))}`);
                statusShown = true;
            }
            : undefined,
        endStatus: clear,
    };
}
function formatStatus(s) {
    return (`⏱ ${s.elapsed_s.toFixed(1)} s  CPU ${s.cpu_percent.toFixed(0)}%  RSS ${s.rss_mb.toFixed(1)} MB  ` +
        `${s.processes} proc  ${s.threads} thr`);
}


/***/ }),

/***/ 8353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   VU: () => (/* binding */ cliLabel),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* harmony import */ var _engine_export_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2092);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);


class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
const cliLabel = (name) => (name === 'script' ? 'SCRIPT' : `--${name}`);
function parseConfig(raw, label = cliLabel) {
    const problems = [];
    const values = {};
    for (const name of _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .OPTION_NAMES */ .TM) {
        const option = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .optionSpec */ .HE)(name);
        let value = raw[name];
        if ((value === undefined || value === '') && 'default' in option)
            value = option.default;
        if (value === undefined || (value === '' && (name !== 'script' || raw.module)))
            continue;
        const result = option.schema.safeParse(value);
        if (result.success)
            values[name] = result.data;
        else {
            const shown = Array.isArray(value) ? value.join(' ') : String(value);
            const why = result.error.issues[0]?.message ?? 'is not valid';
            const secret = option.secret === true;
            problems.push(name === 'script' || secret
                ? `${label(name)} ${why}`
                : `${label(name)} ${why} (got '${redactUrl(shown)}')`);
        }
    }
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
    if (values.executor === 'docker' && !values['docker-image'])
        problems.push(`${label('executor')} docker needs ${label('docker-image')}`);
    try {
        (0,_engine_export_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseExportTargets */ .E3)(values.export ?? []);
    }
    catch (error) {
        for (const line of error.message.split('\n'))
            problems.push(`bad ${label('export')} ${line}`);
    }
    if (problems.length > 0)
        throw new ConfigError([...new Set(problems)]);
    const str = (name) => values[name] ?? null;
    const env = {};
    for (const pair of values.env) {
        const eq = pair.indexOf('=');
        env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const script = values.script ?? '';
    const module = str('module');
    return {
        script,
        module,
        args: values.args,
        python: str('python'),
        cwd: str('cwd'),
        name: str('name') ?? module ?? script,
        env,
        interval_s: values.interval,
        timeout_s: values.timeout ?? null,
        grace_s: values['grace-period'],
        retries: values.retries,
        retry_delay_s: values['retry-delay'],
        retry_backoff: values['retry-backoff'],
        min_baseline_runs: values['min-baseline-runs'],
        repeat: values.repeat,
        warmup: values.warmup,
        gates: values.gate,
        alerts: values.alert,
        slack_webhook: str('slack-webhook'),
        webhook_url: str('webhook'),
        webhook_secret: str('webhook-secret'),
        smtp_url: str('smtp'),
        email_to: str('email-to'),
        db_path: values.db,
        history: values.history,
        keep_runs: values['keep-runs'],
        baseline_ref: str('baseline-ref'),
        json_path: str('json'),
        junit_path: str('junit'),
        tap_path: str('tap'),
        summary_path: str('summary'),
        html_path: str('html'),
        exports: values.export,
        executor: values.executor,
        ssh: {
            host: str('ssh-host'),
            user: str('ssh-user'),
            port: values['ssh-port'] ?? null,
            key: str('ssh-key'),
            known_hosts: str('ssh-known-hosts'),
            accept_unknown_host: values['ssh-accept-unknown-host'],
        },
        docker_image: str('docker-image'),
        profile: values.profile,
        profile_dir: str('profile-dir'),
    };
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


/***/ })

};
