export const id = 222;
export const ids = [222];
export const modules = {

/***/ 2222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/config/parse.ts
var parse = __webpack_require__(8353);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/engine/rules/metrics.ts
var metrics = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/engine/rules/index.ts + 9 modules
var engine_rules = __webpack_require__(3064);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/keys.ts
/**
 * The config file's keys (PRODUCT.md §6): the long option names in snake_case, derived from the option table, so
 * a new option is a new key with nothing else to change. A few keys differ from their flag on purpose: lists are
 * plural (`gates`, `alerts`), and a secret is never written in the file: its key names the environment variable
 * that holds it (`slack_webhook_env = "SLACK_WEBHOOK"`).
 */

/** The first of `candidates` that is an option today (the option table is being renamed in places). */
function keys_option(...candidates) {
    for (const name of candidates)
        if (name in schema/* OPTIONS */.lw)
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
const SUITE_WIDE = options('json', 'junit', 'tap', 'summary', 'html', 'db', 'history');
/** Path options: relative paths in a config file are relative to the file's directory. */
const PATH_OPTIONS = options('cwd', 'db', 'json', 'junit', 'tap', 'summary', 'html', 'profile-dir', 'ssh-key', 'ssh-known-hosts');
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
    for (const name of Object.keys(schema/* OPTIONS */.lw)) {
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
    const def = schema/* OPTIONS */.lw[name].default;
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
        const shown = typeof value === 'string' ? ` (got '${(0,parse/* redactUrl */.BO)(value)}')` : '';
        ctx.problems.push(`${ctx.shown}: ${where} takes the name of an environment variable holding the secret, e.g. "SLACK_WEBHOOK"${shown}`);
        return;
    }
    const secret = ctx.env[value];
    if (secret === undefined || secret === '') {
        raw[info.option] = undefined; // set, and off: overrides the suite level's channel
        ctx.warnings.push(`${ctx.shown}: ${where} names ${value}, which is not set: ${channelOf(info.key)} are off`);
        return;
    }
    const result = schema/* OPTIONS */.lw[info.option].schema.safeParse(secret);
    if (!result.success) {
        const why = result.error.issues[0]?.message ?? 'is not valid';
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
    const result = schema/* OPTIONS */.lw[info.option].schema.safeParse(final);
    if (!result.success) {
        const why = result.error.issues[0]?.message ?? 'is not valid';
        const shown = Array.isArray(final) ? final.join(' ') : String(final);
        problem(`${why} (got '${(0,parse/* redactUrl */.BO)(shown)}')`);
        return;
    }
    if (info.option === GATES || info.option === ALERTS) {
        const rules = final;
        const check = info.option === GATES ? engine_rules/* parseGate */.Xi : engine_rules/* parseAlert */._N;
        rules.forEach((rule, i) => {
            try {
                check(rule);
            }
            catch (e) {
                if (!(e instanceof engine_rules/* RuleError */.FB))
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
 * The config file (PRODUCT.md §6): find it, parse it as TOML, and turn its suite-level table and its script
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
        throw new parse/* ConfigError */.xL([`${shown}: has no [tool.pyrun] table: pyrun's settings go there`]);
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
        throw new parse/* ConfigError */.xL(ctx.problems);
    return { file: found.file, shown, dir: ctx.dir, defaults, scripts, warnings };
}
function findConfig(opts, warnings) {
    if (opts.path) {
        const file = external_node_path_default().resolve(opts.cwd, opts.path);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new parse/* ConfigError */.xL([`config file not found: ${opts.path} (in ${opts.cwd})`]);
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
        throw new parse/* ConfigError */.xL([`${shown}: cannot be read: ${e.message}`]);
    }
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        if (e instanceof dist/* TomlError */.zx) {
            const what = e.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
            throw new parse/* ConfigError */.xL([`${shown}:${e.line}:${e.column}: not valid TOML: ${what}\n${e.codeblock}`]);
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
                const near = (0,metrics/* closest */.kp)(key, level === 'suite' ? [...FILE_KEYS.keys(), 'scripts'] : [...FILE_KEYS.keys()]);
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
 * A suite's scripts as raw options, one per script, each ready for parseConfig (PRODUCT.md §6).
 *
 * Precedence: flags > the script's entry > the suite level > built-in defaults (parseConfig applies those).
 * `gates` and `alerts` add up across levels (identical rules kept once); `env` adds up too, a later level winning
 * for the same variable. A secret whose variable is unset turns its channel off at that level and below.
 */



const ADDITIVE = new Set([GATES, ALERTS, ENV]);
/** One RawOptions per script to run, in config order. Throws ConfigError naming every problem. */
function resolveSuite(opts) {
    const { config } = opts;
    const label = opts.label ?? parse/* cliLabel */.VU;
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
        const near = (0,metrics/* closest */.kp)(wanted, names);
        problems.push(`--only ${wanted}: no script of that name in ${shownFile(config)}; ` +
            `${near === null ? '' : `did you mean ${near}? `}scripts: ${names.join(', ')}`);
    }
    if (problems.length > 0)
        throw new parse/* ConfigError */.xL(problems);
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
    const label = input.label ?? parse/* cliLabel */.VU;
    const flags = givenOnly(input.flags);
    const file = loadConfigFile({ cwd: input.cwd, path: input.config, env: input.env });
    const warnings = file?.warnings ?? [];
    const named = flags.script !== undefined || flags.module !== undefined;
    if (named) {
        if ((input.only ?? []).length > 0)
            throw new parse/* ConfigError */.xL([
                `--only picks scripts of the config file's suite: give it without ${label('script')}`,
            ]);
        return { file, suite: false, runs: [(0,parse/* parseConfig */.o4)(applyDefaults(file, flags), label)], warnings };
    }
    if (file === null) {
        throw new parse/* ConfigError */.xL([
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
function parseEach(raws, label = parse/* cliLabel */.VU) {
    const configs = [];
    const byScript = [];
    for (const raw of raws) {
        try {
            configs.push((0,parse/* parseConfig */.o4)(raw, label));
        }
        catch (e) {
            if (!(e instanceof parse/* ConfigError */.xL))
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
    throw new parse/* ConfigError */.xL([...problems]);
}

// EXTERNAL MODULE: ./src/engine/index.ts + 138 modules
var engine = __webpack_require__(7740);
// EXTERNAL MODULE: ./src/cli/git.ts
var git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/cli/log.ts
var cli_log = __webpack_require__(7644);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts






async function runCommand(script, args, command, ctx) {
    const opts = command.opts();
    const secrets = [];
    const log = (0,cli_log/* createCliLogger */.x)(ctx.stderr, Boolean(opts.quiet), (text) => (0,engine/* maskSecrets */.QU)(text, secrets), ctx.env);
    const plan = planFrom(positional((0,cli_options/* rawOptionsFromFlags */.s)(command), script, args), opts, ctx);
    for (const config of plan.runs)
        secrets.push(...(0,engine/* configSecrets */.Uf)(config));
    for (const warning of plan.warnings)
        log.warn(warning);
    const first = plan.runs[0];
    const request = {
        configs: plan.runs,
        facts: {
            base_dir: ctx.cwd,
            ...(0,git/* gitIdentity */.R)(ctx.env, ctx.cwd),
            is_pull_request: false,
            run_url: runUrl(ctx.env),
            pyrun_version: engine/* PYRUN_VERSION */.IP,
        },
        history: first.history ? { path: first.db_path, default_baseline_ref: null, mode: 'merge' } : null,
    };
    // SIGINT/SIGTERM before a script runs are held and delivered once it can be interrupted.
    const pending = [];
    let removeSignalHandler = ctx.onSignal((sig) => pending.push(sig));
    const ports = {
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
    };
    try {
        if (opts.dryRun) {
            const runs = (0,engine/* preparePipeline */.YI)(request, ports);
            const names = runs.map((r) => r.config.name).join(', ');
            log.info(`dry run: ${runs.length === 1 ? names : `${runs.length} scripts (${names})`} ready; nothing was run`);
            return 0;
        }
        const result = await (0,engine/* runPipeline */.aI)(request, ports);
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
/** SCRIPT and its arguments; with `-m MODULE` every positional word is the module's argument. */
function positional(flags, script, args) {
    if (script === undefined)
        return flags;
    if (flags.module !== undefined)
        return { ...flags, args: [script, ...args] };
    return { ...flags, script, args };
}
function planFrom(flags, opts, ctx) {
    try {
        return planRuns({
            cwd: ctx.cwd,
            config: opts.config ?? null,
            env: ctx.env,
            flags,
            only: opts.only ?? [],
        });
    }
    catch (error) {
        if (error instanceof parse/* ConfigError */.xL)
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
