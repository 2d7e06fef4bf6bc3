export const id = 842;
export const ids = [842];
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

/***/ 6842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/parse.ts

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
    for (const name of schema/* OPTION_NAMES */.TM) {
        const option = (0,schema/* optionSpec */.HE)(name);
        let value = raw[name];
        if ((value === undefined || value === '') && 'default' in option)
            value = option.default;
        if (value === undefined || (value === '' && name !== 'script'))
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
    if (raw.script === undefined || raw.script === '')
        problems.push(`${label('script')} is required: the Python script to run`);
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
    if (problems.length > 0)
        throw new ConfigError([...new Set(problems)]);
    const str = (name) => values[name] ?? null;
    const env = {};
    for (const pair of values.env) {
        const eq = pair.indexOf('=');
        env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const script = values.script;
    return {
        script,
        args: values.args,
        python: str('python'),
        cwd: str('cwd'),
        name: str('name') ?? script,
        env,
        interval_s: values.interval,
        timeout_s: values.timeout ?? null,
        grace_s: values['grace-period'],
        retries: values.retries,
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

// EXTERNAL MODULE: ./src/engine/index.ts + 142 modules
var engine = __webpack_require__(3662);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/cli/git.ts
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
        const out = (0,external_node_child_process_.execFileSync)('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 })
            .toString()
            .trim();
        return out === '' || out === 'HEAD' ? null : out;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./node_modules/picocolors/picocolors.js
var picocolors = __webpack_require__(7336);
var picocolors_default = /*#__PURE__*/__webpack_require__.n(picocolors);
;// CONCATENATED MODULE: ./src/cli/log.ts

function createCliLogger(stream = process.stderr, quiet = false, mask = (text) => text, env = {}) {
    // A CI log is not a terminal even when a runner allocates one: plain lines there, no redrawing.
    const tty = Boolean(stream.isTTY) && !env.CI;
    const colors = picocolors_default().createColors(tty);
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
        stream.write(`${mask(text)}\n`);
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

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts
/**
 * `pyrun run`: flags → RunConfig → the engine's pipeline → its words on stderr and its exit code (PRODUCT.md §4).
 * Translation only: everything between config and record is the engine's.
 */





async function runCommand(script, args, opts, ctx) {
    const secrets = [];
    const log = createCliLogger(ctx.stderr, Boolean(opts.quiet), (text) => (0,engine/* maskSecrets */.QU)(text, secrets), ctx.env);
    const config = configFrom({ ...(0,options/* rawOptionsFromFlags */.s)(opts), script, args });
    secrets.push(...(0,engine/* configSecrets */.Uf)(config));
    // SIGINT/SIGTERM before the script runs are held and delivered once it can be interrupted.
    const pending = [];
    let removeSignalHandler = ctx.onSignal((sig) => pending.push(sig));
    try {
        const result = await (0,engine/* runPipeline */.aI)({
            configs: [config],
            facts: {
                base_dir: ctx.cwd,
                ...gitIdentity(ctx.env, ctx.cwd),
                is_pull_request: false,
                run_url: runUrl(ctx.env),
                pyrun_version: engine/* PYRUN_VERSION */.IP,
            },
            history: config.history ? { path: config.db_path, default_baseline_ref: null } : null,
            regressionFails: true,
        }, {
            clock: engine/* systemClock */.ml,
            proc: new engine/* LinuxProcSource */.AB(),
            log,
            env: ctx.env,
            stdout: ctx.stdout,
            stderr: ctx.stderr,
            hooks: {
                onSample: log.status,
                onProgress: (message) => log.info(message),
                onInterruptible: (interrupt) => {
                    removeSignalHandler();
                    for (const sig of pending)
                        interrupt(sig);
                    removeSignalHandler = ctx.onSignal((sig) => {
                        log.warn(`received ${sig}: stopping the script's process tree`);
                        interrupt(sig);
                    });
                },
            },
        });
        log.endStatus();
        for (const line of result.explanation)
            log.info(line);
        if (opts.verbose) {
            const self = process.resourceUsage();
            log.info(`pyrun itself: peak RSS ${(self.maxRSS / 1024).toFixed(1)} MB, CPU ${((self.userCPUTime + self.systemCPUTime) / 1e6).toFixed(3)} s`);
        }
        return result.exit_code;
    }
    finally {
        removeSignalHandler();
    }
}
function configFrom(raw) {
    try {
        return parseConfig(raw);
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw new engine/* PyrunError */.Pu(error.problems.join('\n       '));
        throw error;
    }
}
/** A link to the CI run, where the CI says where it is (GitHub Actions, GitLab, Buildkite). */
function runUrl(env) {
    if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
        return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
    return env.CI_JOB_URL || env.BUILDKITE_BUILD_URL || null;
}


/***/ })

};
