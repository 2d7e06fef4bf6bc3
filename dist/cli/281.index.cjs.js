"use strict";
exports.id = 281;
exports.ids = [281];
exports.modules = {

/***/ 7281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./src/config/parse.ts + 1 modules
var parse = __webpack_require__(9545);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/engine/rules/metrics.ts
var metrics = __webpack_require__(8503);
// EXTERNAL MODULE: ./src/engine/rules/parser.ts + 3 modules
var parser = __webpack_require__(988);
// EXTERNAL MODULE: ./src/engine/rules/errors.ts
var errors = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(3508);
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
    const def = (0,schema/* optionSpec */.HE)(name).default;
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
    const result = (0,schema/* optionSpec */.HE)(info.option).check(secret);
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
    const result = (0,schema/* optionSpec */.HE)(info.option).check(final);
    if (!result.success) {
        const why = result.message;
        const shown = Array.isArray(final) ? final.join(' ') : String(final);
        problem(`${why} (got '${(0,parse/* redactUrl */.BO)(shown)}')`);
        return;
    }
    if (info.option === GATES || info.option === ALERTS) {
        const rules = final;
        const check = info.option === GATES ? parser/* parseGate */.Xi : parser/* parseAlert */._N;
        rules.forEach((rule, i) => {
            try {
                check(rule);
            }
            catch (e) {
                if (!(e instanceof errors/* RuleError */.F))
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

// EXTERNAL MODULE: ./src/engine/alerts/mask.ts
var mask = __webpack_require__(1150);
// EXTERNAL MODULE: ./src/engine/prepare.ts + 23 modules
var prepare = __webpack_require__(3811);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/engine/execute/exec/errors.ts
var exec_errors = __webpack_require__(6227);
// EXTERNAL MODULE: ./src/engine/execute/exec/types.ts
var types = __webpack_require__(4911);
// EXTERNAL MODULE: ./src/engine/metrics.ts
var engine_metrics = __webpack_require__(8703);
// EXTERNAL MODULE: ./src/engine/execute/profile/run.ts + 1 modules
var profile_run = __webpack_require__(6620);
// EXTERNAL MODULE: ./src/engine/execute/run-script.ts + 10 modules
var run_script = __webpack_require__(9640);
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
    const launch = await (0,profile_run/* profiledLaunch */.pQ)(run.spec.launch, run.spec.executor, run.profile, warn);
    const measured = await (0,run_script/* runScript */.j)({ ...run.spec, launch }, { clock: deps.clock, proc: deps.proc, start: run.start }, deps.hooks);
    if (!run.profile || launch.profile_path === undefined)
        return measured;
    const about = { python: launch.python, name: run.spec.name, pyrun_version: run.spec.pyrun_version };
    return { ...measured, profile: await (0,profile_run/* readRunProfile */.Pc)(run.profile, about, warn) };
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
        script: (0,types/* launchLabel */.o)(run.spec.launch),
        pyrun_version: run.spec.pyrun_version,
    };
}

// EXTERNAL MODULE: ./src/engine/explain.ts
var explain = __webpack_require__(3261);
// EXTERNAL MODULE: ./src/engine/history/planned.ts
var planned = __webpack_require__(5599);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(7679);
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
        if (error instanceof engine_errors/* PyrunInterrupted */.bQ)
            throw error;
        out.warn(`could not save the history to ${opened.path}: ${error.message}`);
        return false;
    }
}

// EXTERNAL MODULE: ./src/engine/judge.ts
var judge = __webpack_require__(9029);
// EXTERNAL MODULE: ./src/engine/source-file.ts
var source_file = __webpack_require__(4664);
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
        source_files: deps.runs.map((run) => (0,source_file/* sourceFile */.s)(run.spec.launch, deps.base_dir)),
        history: (name) => (0,planned/* pastRuns */.ru)(store, name),
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
                ? (await __webpack_require__.e(/* import() */ 210).then(__webpack_require__.bind(__webpack_require__, 1210))).renderMarkdown(one)
                : (await Promise.all(/* import() */[__webpack_require__.e(210), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 8900))).renderMarkdownMulti(records),
        ],
        [
            paths.html,
            async () => {
                const { renderHtml, renderHtmlMulti } = await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(255), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 9255));
                return one ? renderHtml(one, { history: deps.history(one.name) }) : renderHtmlMulti(records);
            },
        ],
    ];
    const interop = () => __webpack_require__.e(/* import() */ 937).then(__webpack_require__.bind(__webpack_require__, 6937));
    outputs.push([paths.benchmark_action, async () => (await interop()).benchmarkActionJson(records)], [paths.bmf, async () => (await interop()).bmfJson(records)], [paths.hyperfine, async () => (await interop()).hyperfineJson(records)]);
    const { writeReportFile } = await __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 4709)); // with fs/promises: only when asked
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
    const prepared = await (0,prepare/* prepare */.iA)(request, ports);
    // 2. history: parsed while the first script runs (started as it is spawned), awaited when it is needed
    const history = prepared.history
        ? await (0,planned/* planHistory */.G5)(prepared.history.file, prepared.history.mode, warn)
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
                const baselineRuns = (0,planned/* baselineRunsFor */.tF)(history ? await history.store() : null, measured, baseline_ref);
                judged = await (0,judge/* judgeMeasured */.Sc)(run, measured, baselineRuns, { ...ports, hooks });
            }
            catch (error) {
                // An interpreter that dies before the script starts: a record that says so (exit 125), never remembered.
                if (!(error instanceof exec_errors/* ScriptStartError */.a))
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
    return { records, ...(0,explain/* explainRuns */.Uk)(records, unsaved), history_bytes };
}

// EXTERNAL MODULE: ./src/compile-cache.ts + 1 modules
var compile_cache = __webpack_require__(9129);
// EXTERNAL MODULE: ./src/cli/git.ts
var cli_git = __webpack_require__(6094);
// EXTERNAL MODULE: ./src/cli/log.ts
var cli_log = __webpack_require__(7644);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/cli/ports.ts + 2 modules
var cli_ports = __webpack_require__(1713);
;// CONCATENATED MODULE: ./src/cli/commands/run.ts








async function runCommand(script, args, command, ctx) {
    const opts = command.opts();
    const git = (0,cli_git/* gitIdentity */.RU)(ctx.env, ctx.cwd); // runs while the config is read
    const secrets = [];
    const log = (0,cli_log/* createCliLogger */.x)(ctx.stderr, Boolean(opts.quiet), (text) => (0,mask/* maskSecrets */.QU)(text, secrets), ctx.env);
    const plan = planFrom(positional((0,cli_options/* rawOptionsFromFlags */.s)(command), script, args), opts, ctx);
    for (const config of plan.runs)
        secrets.push(...(0,prepare/* configSecrets */.Uf)(config));
    for (const warning of plan.warnings)
        log.warn(warning);
    const first = plan.runs[0];
    const request = {
        configs: plan.runs,
        facts: {
            base_dir: ctx.cwd,
            ...(await git),
            is_pull_request: false,
            run_url: runUrl(ctx.env),
            pyrun_version: version/* PYRUN_VERSION */.I,
        },
        history: first.history ? { path: first.db_path, default_baseline_ref: null, mode: 'merge' } : null,
    };
    const { ports, dispose } = (0,cli_ports/* cliPorts */.h)(ctx, log);
    try {
        if (opts.dryRun) {
            const runs = (0,prepare/* preparePipeline */.YI)(request, ports);
            const names = runs.map((r) => r.config.name).join(', ');
            log.info(`dry run: ${runs.length === 1 ? names : `${runs.length} scripts (${names})`} ready; nothing was run`);
            return 0;
        }
        const result = await runPipeline(request, ports);
        log.endStatus();
        for (const record of result.records) {
            // A script that could not even start is pyrun's error (125): one line, shown even with --quiet.
            if (record.error !== undefined)
                log.error(record.error);
            else
                for (const line of (0,explain/* explain */.WE)(record))
                    log.info(line);
        }
        if (opts.verbose) {
            const self = process.resourceUsage();
            log.info(`pyrun itself: peak RSS ${(self.maxRSS / 1024).toFixed(1)} MB, CPU ${((self.userCPUTime + self.systemCPUTime) / 1e6).toFixed(3)} s; ${describeCompileCache((0,compile_cache/* compileCacheState */.B)())}`);
        }
        return result.exit_code;
    }
    finally {
        dispose();
    }
}
function describeCompileCache(cache) {
    if (cache.kind === 'node')
        return "compile cache: Node's own";
    if (cache.kind === 'off')
        return `no compile cache (${cache.reason})`;
    const total = cache.cached + cache.compiled;
    return `compile cache: ${cache.cached} of ${total} chunks read from ${cache.dir}${cache.compiled ? ` (${cache.compiled} compiled, cached at exit)` : ''}`;
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
            throw new engine_errors/* PyrunError */.Pu(error.problems.join('\n       '));
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

/***/ 6620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pQ: () => (/* binding */ profiledLaunch),
  Pc: () => (/* binding */ readRunProfile),
  rl: () => (/* binding */ withProfileDiff)
});

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


/***/ }),

/***/ 3261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uk: () => (/* binding */ explainRuns),
/* harmony export */   WE: () => (/* binding */ explain)
/* harmony export */ });
/* unused harmony exports detectableLine, headline */
/* harmony import */ var _metric_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(766);
/* harmony import */ var _report_benchmark_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7922);
/* harmony import */ var _report_gates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9737);
/* harmony import */ var _report_numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8627);
/* harmony import */ var _report_script_outcome_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1315);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5094);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8703);
/* harmony import */ var _analysis_verdict_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9740);
/* harmony import */ var _analysis_confirm_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3645);
/* harmony import */ var _analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7376);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(938);
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
        explanation.push(`the history could not be saved for ${unsaved.join(', ')}: exit ${_outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_PYRUN_ERROR */ .ZX}`);
        return { exit_code: _outcome_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_PYRUN_ERROR */ .ZX, explanation };
    }
    return { exit_code: (0,_outcome_js__WEBPACK_IMPORTED_MODULE_1__/* .suiteExitCode */ .KH)(records), explanation };
}
function explain(record) {
    if (record.error !== undefined)
        return [`${record.name}: could not run: ${record.error}`];
    const lines = [`${record.name}: ${headline(record)} · ${figures(record)}`];
    for (const gate of record.gates) {
        if (!gate.passed)
            lines.push(`  gate failed: ${gate.expr} (${(0,_report_gates_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGate */ .l7)(gate)})`);
    }
    for (const metric of (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .regressedMetrics */ .k)(record)) {
        const verdict = record.verdicts[metric];
        const base = record.baseline[metric];
        const p = verdict.p_value !== undefined ? `, p = ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatPValue */ .td)(verdict.p_value)}` : '';
        lines.push(`  regressed: ${metric} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, record[metric])} vs baseline ` +
            `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, base?.value)} (${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChangePct */ .jj)(verdict.change_pct)}; ` +
            `${namesItsRuns(verdict.statistic) ? verdict.statistic : `${verdict.statistic} over ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(base?.runs ?? 0, 'run')}`}${p})`);
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
    const judged = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .judgedMetrics */ .P)(record);
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
        const excuse = (0,_analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_6__/* .machineExcuse */ .LQ)(readings);
        const runs = readings.cores.length;
        const during = (values) => runs === 1
            ? 'this run'
            : `this run and its ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(runs - 1, 're-run')} (least ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(Math.min(...values))})`;
        const company = `other work kept ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.cores[0])} cores busy during ${during(readings.cores)}, ` +
            `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.baseline_cores)} in the baseline runs`;
        const calibration = readings.calibration === undefined || readings.baseline_calibration === undefined
            ? null
            : `pyrun's calibration loop took ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.calibration[0])} ms after ` +
                `${during(readings.calibration)}, ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(readings.baseline_calibration)} ms after the ` +
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
        lines.push(`  withheld: ${metric} ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, record[metric])} vs baseline ` +
            `${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatMetricValue */ .dd)(metric, record.baseline[metric]?.value)} (${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChangePct */ .jj)(verdict.change_pct)}): ` +
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
    if ((0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .regressedMetrics */ .k)(record).length > 0)
        return null;
    const parts = [];
    let noisy = false;
    let runs = 0;
    for (const metric of (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .judgedMetrics */ .P)(record)) {
        const verdict = record.verdicts[metric];
        if (verdict?.verdict !== 'unchanged' || verdict.detectable_pct === undefined)
            continue;
        runs = Math.max(runs, record.baseline[metric]?.runs ?? 0);
        parts.push(`${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .formatChangePct */ .jj)(verdict.detectable_pct)} in ${metric}`);
        if (verdict.detectable_pct > _metrics_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_THRESHOLD_PCT */ ._5[metric] + 0.05)
            noisy = true;
    }
    if (parts.length === 0 || !noisy)
        return null;
    return `  with these ${runs} baseline runs, a rise under ${parts.join(', ')} would pass unseen`;
}
function namesItsRuns(statistic) {
    return statistic.startsWith(_analysis_verdict_js__WEBPACK_IMPORTED_MODULE_8__/* .WINDOW_STATISTIC */ .uM) || (0,_analysis_confirm_js__WEBPACK_IMPORTED_MODULE_9__/* .isConfirmedStatistic */ .eI)(statistic);
}
/** What happened, in a few words: `passed`, `regressed`, `failed 2 gates`, `failed (exit 3)`, `timed out`. */
function headline(record) {
    const failedGates = record.gates.filter((g) => !g.passed).length;
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_3__/* .regressedMetrics */ .k)(record);
    switch (record.status) {
        case 'passed':
            return 'passed';
        case 'timeout':
            return 'timed out; its process tree was killed';
        case 'failed':
            if (record.signal && record.oom_killed)
                return `was ${_report_script_outcome_js__WEBPACK_IMPORTED_MODULE_10__/* .OOM_KILLED */ .A4} (${record.signal})`;
            return record.signal ? `was killed by ${record.signal}` : `failed (${(0,_report_script_outcome_js__WEBPACK_IMPORTED_MODULE_10__/* .describeScriptOutcome */ .r$)(record)})`;
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
    return (`${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(r.duration_s)} s · CPU ${(0,_metric_format_js__WEBPACK_IMPORTED_MODULE_5__/* .formatNumber */ .ZV)(r.cpu_time_s)} s ` +
        `(avg ${r.cpu_percent_avg.toFixed(0)}%, max ${r.cpu_percent_max.toFixed(0)}%) · ` +
        `peak RSS ${r.peak_rss_mb.toFixed(1)} MB · ${r.max_processes} proc · ${r.max_threads} thr · ` +
        `read ${r.read_mb.toFixed(1)} MB · write ${r.write_mb.toFixed(1)} MB`);
}
/** Benchmark mode, as hyperfine shows it: mean ± σ, median, min … max of the measured runs, and what to do. */
function benchmarkLines(record) {
    const summary = (0,_report_benchmark_js__WEBPACK_IMPORTED_MODULE_11__/* .benchmarkSummary */ .c)(record);
    if (summary === null)
        return [];
    return [
        ...summary.rows.map((r) => `  ${r.metric}: ${r.mean_sd} (mean ± σ of ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(r.runs, 'run')}) · median ${r.median} · range ${r.range}`),
        ...summary.warnings.map((w) => `  warning: ${w}`),
    ];
}


/***/ }),

/***/ 5599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ planHistory),
/* harmony export */   ru: () => (/* binding */ pastRuns),
/* harmony export */   tF: () => (/* binding */ baselineRunsFor)
/* harmony export */ });
/* harmony import */ var _baseline_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1275);
/**
 * The pipeline's history step. The history file is checked and read before any script starts, so a --db that is
 * not a history file is refused (HistoryTargetError, exit 125) before anything runs; it is parsed while the first
 * script runs (sql.js loads meanwhile), and awaited when the judge step first needs its baseline runs
 * (`baselineRunsFor`). A history that cannot be read or parsed is one warning, told when it is first needed: the runs
 * are then judged without history and not remembered. Loaded only for a run with a history: sql.js, the lock and the record schema stay off the plain path.
 */

/** Checks and reads the history file at `file` (absolute); null when there is none or it cannot be used (told). */
async function planHistory(file, mode, warn) {
    const { HistoryError, HistoryTargetError, beginHistory } = await Promise.all(/* import() */[__webpack_require__.e(648), __webpack_require__.e(872), __webpack_require__.e(941)]).then(__webpack_require__.bind(__webpack_require__, 8941));
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
function baselineRunsFor(store, run, baseline_ref) {
    return store?.baselineRuns((0,_baseline_query_js__WEBPACK_IMPORTED_MODULE_0__/* .baselineQueryFor */ .f$)(run, baseline_ref)) ?? [];
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


/***/ }),

/***/ 9029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ judgeMeasured),
/* harmony export */   Zi: () => (/* binding */ judgeAgainstHistory),
/* harmony export */   mV: () => (/* binding */ MIN_BASELINE_RUNS)
/* harmony export */ });
/* unused harmony exports MIN_GATE_BASELINE_RUNS, judge */
/* harmony import */ var _analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7376);
/* harmony import */ var _analysis_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8929);
/* harmony import */ var _analysis_confirm_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3645);
/* harmony import */ var _execute_run_script_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9640);
/* harmony import */ var _history_planned_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5599);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8703);
/* harmony import */ var _execute_profile_run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6620);
/* harmony import */ var _report_numbers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8627);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3387);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5094);
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
    const judgement = (0,_analysis_index_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeRun */ .Zy)(record, input.baselineRuns, options);
    const { baseline } = judgement;
    let { verdicts } = judgement;
    const suspected = Object.fromEntries((0,_verdicts_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedMetrics */ .k)({ verdicts }).map((m) => [m, verdicts[m]]));
    if (input.reruns !== undefined && input.reruns.length > 0 && Object.keys(suspected).length > 0) {
        const confirmed = (0,_analysis_confirm_js__WEBPACK_IMPORTED_MODULE_2__/* .confirmedVerdicts */ .gP)([record, ...input.reruns], input.baselineRuns, {
            min_baseline_runs: options.min_baseline_runs ?? MIN_BASELINE_RUNS,
            suspected,
        });
        verdicts = { ...verdicts, ...confirmed };
    }
    // A slower run on a busier machine (and every re-run busier too) is withheld, not called (analysis/busy-machine.ts).
    verdicts = (0,_analysis_busy_machine_js__WEBPACK_IMPORTED_MODULE_3__/* .withheldOnBusyMachine */ .rM)(verdicts, [record, ...(input.reruns ?? [])], input.baselineRuns, input.busy_machine);
    const gates = (0,_rules_index_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluateGates */ .ud)(input.gates, record, (metric) => {
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
    const baselineRuns = (0,_history_planned_js__WEBPACK_IMPORTED_MODULE_5__/* .baselineRunsFor */ .tF)(input.store, input.record, input.baseline_ref);
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
    return (0,_execute_profile_run_js__WEBPACK_IMPORTED_MODULE_6__/* .withProfileDiff */ .rl)(record, baselineRuns);
}
/**
 * A run that looks regressed is run again, up to `confirm_runs` times, until its suspected metrics are settled
 * (./analysis/confirm.ts): the re-runs' metrics, or none when nothing is suspected or confirming is off. Re-runs fire no
 * alerts and are not recorded as runs of their own; a re-run that fails ends the confirming (the suspicion stands).
 */
async function confirmationRuns(run, judged, baselineRuns, deps) {
    const planned = run.config.confirm_runs;
    const regressed = (0,_verdicts_js__WEBPACK_IMPORTED_MODULE_1__/* .regressedMetrics */ .k)(judged);
    // Benchmark mode already judges many runs; an instruction count is exact (its re-runs would only repeat it, at
    // valgrind's cost).
    if (planned === 0 || judged.status !== 'regressed' || judged.repeats !== undefined)
        return [];
    if (judged.instrumentation !== undefined)
        return [];
    const suspected = Object.fromEntries(regressed.map((m) => [m, judged.verdicts[m]]));
    const opts = { min_baseline_runs: run.config.min_baseline_runs, suspected };
    const shown = regressed.map((m) => `${m} ${(0,_report_numbers_js__WEBPACK_IMPORTED_MODULE_7__/* .formatChangePct */ .jj)(judged.verdicts[m]?.change_pct)}`).join(', ');
    const reruns = [];
    for (let i = 1; i <= planned; i += 1) {
        deps.hooks?.onProgress?.(`${run.spec.name} looks regressed (${shown}): confirming, re-run ${i} of at most ${planned}`);
        const again = await (0,_execute_run_script_js__WEBPACK_IMPORTED_MODULE_8__/* .runScript */ .j)({ ...run.spec, retries: 0, repeat: 1, warmup: 0 }, { clock: deps.clock, proc: deps.proc, start: run.start }, { onInterruptible: deps.hooks?.onInterruptible });
        if (again.status !== 'passed') {
            deps.log.warn(`re-run ${i} to confirm the regression did not pass (${again.status}); the suspicion stands`);
            break;
        }
        reruns.push(runMetricsOf(again));
        if ((0,_analysis_confirm_js__WEBPACK_IMPORTED_MODULE_2__/* .settled */ .gu)([judged, ...reruns], baselineRuns, planned, opts))
            break;
    }
    return reruns;
}
function runMetricsOf(record) {
    return Object.fromEntries(_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .RUN_METRIC_FIELDS */ .tG.map((f) => [f, record[f]]));
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

/***/ 9737:
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


/***/ })

};
;