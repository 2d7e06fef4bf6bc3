"use strict";
exports.id = 412;
exports.ids = [412];
exports.modules = {

/***/ 6094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ gitIdentity)
/* harmony export */ });
/* unused harmony exports askGit, readCheckout */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The git ref and commit of the run, from the CI's variables or the checkout itself.
 *
 * The checkout is read, not asked: HEAD and the ref it names are two small files (or a line of packed-refs), where
 * starting `git` costs a process (CPU, and wall time before the script can start). Anything
 * this reader is not sure to read as git would — GIT_DIR and friends, a reftable, a short name that another ref
 * could shadow, a discovery that would cross a filesystem — is asked of `git rev-parse`, which stays the authority.
 * One difference on purpose: a checkout owned by another user (a container's bind mount) is still read, where git
 * refuses it as "dubious ownership" and the run would lose its ref, and with it its baseline.
 */



async function gitIdentity(env, cwd) {
    const ref = env.GITHUB_HEAD_REF ||
        env.GITHUB_REF_NAME ||
        env.CI_COMMIT_REF_NAME ||
        env.BUILDKITE_BRANCH ||
        env.GIT_BRANCH;
    const sha = env.GITHUB_SHA || env.CI_COMMIT_SHA || env.BUILDKITE_COMMIT || env.GIT_COMMIT;
    if (ref && sha)
        return { git_ref: ref, git_sha: sha };
    const head = readCheckout(cwd, env) ?? (await askGit(cwd));
    return { git_ref: ref || head.git_ref, git_sha: sha || head.git_sha };
}
/** What `git rev-parse HEAD --abbrev-ref HEAD` says; both null outside a repository or on an unborn branch. */
async function askGit(cwd) {
    const [git_sha = null, git_ref = null] = (await git(['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD'], cwd)) ?? [];
    return { git_ref, git_sha };
}
/** Variables that change where or how git finds the repository: with any of them set, git is asked. */
const DISCOVERY_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_COMMON_DIR',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    'GIT_NAMESPACE',
];
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NOTHING = { git_ref: null, git_sha: null };
/**
 * The identity read from the files of the checkout that contains `cwd`, as `git rev-parse HEAD --abbrev-ref HEAD`
 * would give it; NOTHING outside any repository; undefined where git must be asked.
 */
function readCheckout(cwd, env) {
    if (DISCOVERY_VARIABLES.some((name) => env[name] !== undefined))
        return undefined;
    try {
        const gitDir = discover(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd));
        if (gitDir === null)
            return NOTHING;
        if (gitDir === undefined)
            return undefined;
        return readHead(gitDir);
    }
    catch {
        return undefined; // a file that cannot be read as expected: git knows better
    }
}
/** The git directory for `start`, walking up as git does; null: none; undefined: ask git. */
function discover(start) {
    const device = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(start).dev;
    for (let dir = start;; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        const dotGit = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.git');
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dotGit, { throwIfNoEntry: false });
        if (stat?.isDirectory())
            return dotGit;
        if (stat?.isFile()) {
            // A linked worktree or a submodule: `gitdir: <path>`, relative to the folder holding the file.
            const match = /^gitdir: (.+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(dotGit, 'utf8'));
            return match ? node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir, match[1].trim()) : undefined;
        }
        if (isGitDirectory(dir))
            return dir; // inside a bare repository (or a .git folder itself)
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
        if (parent === dir)
            return null;
        // git stops at a filesystem boundary unless told otherwise: let it decide there.
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(parent).dev !== device)
            return undefined;
    }
}
function isGitDirectory(dir) {
    return ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'HEAD'), { throwIfNoEntry: false })?.isFile() === true &&
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'objects'), { throwIfNoEntry: false })?.isDirectory() === true &&
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'refs'), { throwIfNoEntry: false })?.isDirectory() === true);
}
function readHead(gitDir) {
    const commonFile = readOptional(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'commondir'));
    const commonDir = commonFile === null ? gitDir : node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(gitDir, commonFile.trim());
    const head = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(gitDir, 'HEAD'), 'utf8').trim();
    if (OBJECT_ID.test(head))
        return { git_ref: null, git_sha: head }; // detached: --abbrev-ref says HEAD
    const symbolic = /^ref: (refs\/heads\/.+)$/.exec(head);
    if (!symbolic)
        return undefined;
    const refName = symbolic[1];
    if (refName === 'refs/heads/.invalid')
        return undefined; // a reftable repository: its refs are not files
    const refs = new RefReader(gitDir, commonDir);
    const target = refs.resolve(refName);
    if (target === undefined)
        return undefined;
    // An unborn branch (no commit yet): git fails on HEAD, and pyrun records neither.
    if (target === null)
        return NOTHING;
    if (!target.name.startsWith('refs/heads/'))
        return undefined;
    const short = target.name.slice('refs/heads/'.length);
    // `--abbrev-ref` shortens to the branch name unless another ref the short name could mean exists.
    const shadows = [
        short,
        `refs/${short}`,
        `refs/tags/${short}`,
        `refs/remotes/${short}`,
        `refs/remotes/${short}/HEAD`,
    ];
    if (shadows.some((name) => refs.exists(name)))
        return undefined;
    return { git_ref: short, git_sha: target.sha };
}
class RefReader {
    gitDir;
    commonDir;
    packed;
    constructor(gitDir, commonDir) {
        this.gitDir = gitDir;
        this.commonDir = commonDir;
    }
    exists(name) {
        return this.loose(name) !== null || this.packedRefs().has(name);
    }
    /** The ref a name ends at (following symbolic refs) and its object; null: no such ref; undefined: ask git. */
    resolve(name, depth = 0) {
        if (depth > 5)
            return undefined;
        const loose = this.loose(name);
        if (loose !== null) {
            const target = /^ref: (.+)$/.exec(loose);
            if (target)
                return this.resolve(target[1], depth + 1);
            return OBJECT_ID.test(loose) ? { name, sha: loose } : undefined;
        }
        const sha = this.packedRefs().get(name);
        return sha === undefined ? null : { name, sha };
    }
    loose(name) {
        // Refs shared by every worktree live in the common directory; HEAD-like and per-worktree refs in its own.
        const shared = name.startsWith('refs/') && !name.startsWith('refs/worktree/') && !name.startsWith('refs/bisect/');
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(shared ? this.commonDir : this.gitDir, name);
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file, { throwIfNoEntry: false });
        return stat?.isFile() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8').trim() : null;
    }
    packedRefs() {
        if (this.packed)
            return this.packed;
        this.packed = new Map();
        for (const line of (readOptional(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.commonDir, 'packed-refs')) ?? '').split('\n')) {
            const match = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)$/.exec(line);
            if (match)
                this.packed.set(match[2], match[1]);
        }
        return this.packed;
    }
}
function readOptional(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
function git(args, cwd) {
    return new Promise((resolve) => {
        try {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, timeout: 2000 }, (error, stdout) => {
                if (error) {
                    resolve(null);
                    return;
                }
                resolve(String(stdout)
                    .split('\n')
                    .map((line) => line.trim())
                    .map((line) => (line === '' || line === 'HEAD' ? null : line)));
            });
        }
        catch {
            resolve(null); // e.g. a cwd that is not a directory
        }
    });
}


/***/ }),

/***/ 7644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ createCliLogger)
/* harmony export */ });
/* unused harmony export formatStatus */
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7336);
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picocolors__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4202);
/* harmony import */ var _engine_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1914);
/**
 * pyrun's own lines, always on stderr (stdout belongs to the script). On a TTY a live status line is redrawn in
 * place; elsewhere (CI logs, pipes) only plain lines appear, and no ANSI codes.
 */


function createCliLogger(stream = process.stderr, quiet = false, mask = (text) => text, env = {}) {
    // A CI log is not a terminal even when a runner allocates one: plain lines there, no redrawing.
    const tty = Boolean(stream.isTTY) && !env.CI;
    const colors = picocolors__WEBPACK_IMPORTED_MODULE_0___default().createColors(tty);
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
        stream.write(`${mask((0,_engine_index_js__WEBPACK_IMPORTED_MODULE_1__/* .neutralizeWorkflowCommands */ .t)(text))}\n`);
    };
    return {
        // Names from a history may hold invisible format characters: shown as `\u202E` escapes (before the colours).
        info: (message) => {
            if (!quiet)
                line(`${colors.dim('pyrun:')} ${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showInvisible */ .jQ)(message)}`);
        },
        warn: (message) => line(`${colors.yellow('pyrun: warning:')} ${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showInvisible */ .jQ)(message)}`),
        error: (message) => line(`${colors.red('pyrun: error:')} ${(0,_engine_index_js__WEBPACK_IMPORTED_MODULE_2__/* .showInvisible */ .jQ)(message)}`),
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

/***/ 1713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ cliPorts)
});

// EXTERNAL MODULE: ./src/engine/timers.ts
var timers = __webpack_require__(1306);
;// CONCATENATED MODULE: ./src/engine/ports.ts
/**
 * The engine's ports: everything it needs from the outside world, as small interfaces. Real implementations live
 * beside the code that uses them; tests pass hand-written fakes (a manual clock, a scripted /proc).
 */

/** The real clock; its timers take any delay (./timers.ts chains Node's, which stop at 2^31-1 ms). */
const systemClock = {
    now_ms: timers/* monotonicMs */.dR,
    setTimer: (callback, delay_ms) => (0,timers/* setLongTimer */.WD)(timers/* nodeTimerHost */.Ad, callback, delay_ms),
    clearTimer: (handle) => handle.cancel(),
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/execute/sample/procfs.ts
var procfs = __webpack_require__(4666);
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
        return text === null ? null : (0,procfs/* parseStat */.ky)(text);
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
            pids.push(...(0,procfs/* parseChildren */.Hq)(text));
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
        return text === null ? null : (0,procfs/* parseIo */.y8)(text);
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
        const host = text === null ? null : (0,procfs/* parseHostCpu */.kj)(text);
        if (host === null)
            return null;
        const own = process.cpuUsage();
        return { ...host, own_cpu_s: (own.user + own.system) / 1e6 };
    }
    lastPid() {
        const text = read(`${this.root}/loadavg`);
        return text === null ? null : (0,procfs/* parseLastPid */.DD)(text);
    }
}

;// CONCATENATED MODULE: ./src/cli/ports.ts
/**
 * The engine's ports as the CLI gives them: the system clock, /proc, the terminal's logger and streams, and
 * Ctrl-C. A SIGINT/SIGTERM that arrives before a script can be interrupted is held and delivered once it can;
 * after that each one stops the script's process tree. `dispose()` removes pyrun's signal handler.
 */

function cliPorts(ctx, log) {
    const pending = [];
    let removeSignalHandler = ctx.onSignal((sig) => pending.push(sig));
    const ports = {
        clock: systemClock,
        proc: new LinuxProcSource(),
        log,
        env: ctx.env,
        stdout: ctx.stdout,
        stderr: ctx.stderr,
        hooks: {
            onSample: log.status,
            onProgress: (message) => log.info(message),
            onInterruptible: (interrupt, what = "the script's process tree") => {
                removeSignalHandler();
                for (const sig of pending.splice(0))
                    interrupt(sig);
                removeSignalHandler = ctx.onSignal((sig) => {
                    log.warn(`received ${sig}: stopping ${what}`);
                    interrupt(sig);
                });
            },
        },
    };
    return { ports, dispose: () => removeSignalHandler() };
}


/***/ }),

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  VU: () => (/* binding */ cliLabel),
  o4: () => (/* binding */ parseConfig),
  BO: () => (/* binding */ redactUrl)
});

// EXTERNAL MODULE: ./src/engine/report/export/target.ts
var target = __webpack_require__(2315);
// EXTERNAL MODULE: ./src/config/schema.ts + 5 modules
var schema = __webpack_require__(3508);
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
    for (const name of schema/* OPTION_NAMES */.TM) {
        const spec = (0,schema/* optionSpec */.HE)(name);
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
        const option = (0,schema/* optionSpec */.HE)(name);
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
    for (const name of schema/* OPTION_NAMES */.TM)
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

/***/ 6227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ScriptStartError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/**
 * The one way an executor fails before the script runs: the interpreter (or the launcher under it) could not start
 * the script. `RunningScript.started` rejects with it; both faces show its message as one line and exit 125.
 */

class ScriptStartError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PyrunError */ .Pu {
    /** The interpreter as given (`--python`), or the transport that should have run it. */
    interpreter;
    constructor(interpreter, message) {
        super(message);
        this.name = 'ScriptStartError';
        this.interpreter = interpreter;
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
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(require("url").pathToFileURL(__filename).href));
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

/***/ 5178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ resolvePython),
/* harmony export */   oq: () => (/* binding */ findExecutable),
/* harmony export */   wN: () => (/* binding */ checkScript)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(requested
        ? `interpreter not found: ${requested} (--python takes a path or a command on PATH)`
        : 'no Python interpreter found: neither python3 nor python is on PATH (use --python PATH)');
}
function findExecutable(name, envPath, cwd) {
    const exts = process.platform === 'win32' ? ['', '.exe', '.cmd', '.bat'] : [''];
    const isExecutable = (file) => {
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile())
                return false;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    };
    if (name.includes('/') || name.includes('\\')) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, name);
        return isExecutable(file) ? file : null;
    }
    for (const dir of (envPath ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))) {
        if (!dir)
            continue;
        for (const ext of exts) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name + ext);
            if (isExecutable(file))
                return file;
        }
    }
    return null;
}
/** The script must be a readable file (relative paths are relative to the working directory). */
function checkScript(script, cwd) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, script);
    let ok;
    try {
        ok = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PyrunError */ .Pu(`script not found: ${script}${node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(script) ? '' : ` (in ${cwd})`}`);
}


/***/ }),

/***/ 4666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ parseLastPid),
/* harmony export */   Hq: () => (/* binding */ parseChildren),
/* harmony export */   kj: () => (/* binding */ parseHostCpu),
/* harmony export */   ky: () => (/* binding */ parseStat),
/* harmony export */   y8: () => (/* binding */ parseIo)
/* harmony export */ });
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


/***/ }),

/***/ 3811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uf: () => (/* binding */ configSecrets),
  iA: () => (/* binding */ prepare),
  YI: () => (/* binding */ preparePipeline),
  Z0: () => (/* binding */ prepareRun),
  dx: () => (/* binding */ resolveFrom)
});

// UNUSED EXPORTS: DEFAULT_INSTRUCTIONS_DIR, channelConfig, parseRules

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: ./src/engine/timers.ts
var timers = __webpack_require__(1306);
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
        const deadline_ms = (0,timers/* monotonicMs */.dR)() + Math.max(0, max_wait_ms);
        while (this.inFlight.size > 0) {
            const left_ms = deadline_ms - (0,timers/* monotonicMs */.dR)();
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
// EXTERNAL MODULE: ./src/engine/execute/exec/errors.ts
var errors = __webpack_require__(6227);
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

// EXTERNAL MODULE: ./src/engine/execute/sample/sampler.ts
var sample_sampler = __webpack_require__(3369);
// EXTERNAL MODULE: ./src/engine/execute/sample/procfs.ts
var procfs = __webpack_require__(4666);
;// CONCATENATED MODULE: ./src/engine/execute/sample/snapshot.ts

class SnapshotProcSource {
    procs = new Map();
    /** Replaces what the source shows with one snapshot; entries whose stat is not a stat line are left out. */
    load(raw) {
        const procs = new Map();
        for (const p of raw) {
            const stat = (0,procfs/* parseStat */.ky)(p.stat);
            if (stat === null || stat.pid !== p.pid)
                continue;
            procs.set(p.pid, { stat, io: p.io === null ? null : (0,procfs/* parseIo */.y8)(p.io), fds: p.fds ?? null });
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
    const host = typeof m.stat === 'string' ? (0,procfs/* parseHostCpu */.kj)(m.stat) : null;
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
                sampler = new sample_sampler/* TreeSampler */.F(procs, {
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
            fail(new errors/* ScriptStartError */.a(interpreter, error.code === 'ENOENT' ? `cannot run ${child.spawnfile}: not found` : error.message));
        });
        // 'close' comes after stdout has been read to its end: every frame has been seen.
        child.once('close', (code, signal) => {
            closed = true;
            detachStdin();
            if (killFallback)
                clearTimeout(killFallback);
            const wall_s = ((0,timers/* monotonicMs */.dR)() - opts.spawnedAt_ms) / 1000;
            if (exitMessage !== null && info !== null) {
                resolve(remoteExitReport(exitMessage, wall_s, hostStart));
                return;
            }
            if (errorMessage !== null) {
                fail(info === null ? new errors/* ScriptStartError */.a(interpreter, errorMessage) : new Error(errorMessage));
                return;
            }
            const lost = opts.onLost({ code, signal, started: info !== null, stderr: stderrTail.trim() });
            if (lost)
                fail(lost);
            else if (info === null)
                fail(new errors/* ScriptStartError */.a(interpreter, `the remote launcher ended (${signal ?? code}) before the script started`));
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
    const spawnedAt_ms = (0,timers/* monotonicMs */.dR)();
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
        return new errors/* ScriptStartError */.a(plan.python, `the interpreter ${plan.python} cannot run in image ${plan.image}: ${detail || `exit ${end.code}`}`);
    }
    return new errors/* ScriptStartError */.a(plan.python, `docker run ${plan.image} failed (${end.signal ?? `exit ${end.code}`})${detail ? `: ${detail}` : ''}`);
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
    const spawnedAt_ms = (0,timers/* monotonicMs */.dR)();
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
            ...lostExitReport(((0,timers/* monotonicMs */.dR)() - spawnedAt_ms) / 1000, signal ?? null),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    const spawnedAt_ms = (0,timers/* monotonicMs */.dR)();
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
            fail(new errors/* ScriptStartError */.a(spec.python, error.code === 'ENOENT'
                ? `python '${spec.python}' not found`
                : `python '${spec.python}' could not be run: ${error.message}`));
        });
        // 'close' waits for fd 3 to drain, so the launcher's last line has been read.
        child.once('close', (code, signal) => {
            // Whatever the launcher ended, nothing of the run may outlive it (a setsid daemon after the launcher died).
            const wall_fallback_s = ((0,timers/* monotonicMs */.dR)() - spawnedAt_ms) / 1000;
            void killMarkedSurvivors(marker).then(() => settle(code, signal, wall_fallback_s));
        });
        const settle = (code, signal, wall_fallback_s) => {
            if (startError !== null || scriptPid === null) {
                fail(new errors/* ScriptStartError */.a(spec.python, startError ?? diedBeforeStart(spec.python, code, signal)));
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

// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/execute/exec/python.ts
var python = __webpack_require__(5178);
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
    const spawnedAt_ms = (0,timers/* monotonicMs */.dR)();
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
        return new errors/* ScriptStartError */.a(python, `ssh to ${where} failed: ${detail || 'no message from ssh'}`);
    if (end.code === 126 || end.code === 127) {
        return new errors/* ScriptStartError */.a(python, `the remote interpreter ${python} cannot run on ${where}: ${detail || `exit ${end.code}`}`);
    }
    return new errors/* ScriptStartError */.a(python, `the remote launcher on ${where} ended (${end.signal ?? end.code}) before the script started${detail ? `: ${detail}` : ''}`);
}

;// CONCATENATED MODULE: ./src/engine/execute/exec/choose.ts







function chooseExecutor(config, io) {
    if (config.module !== null && config.executor !== 'local') {
        // The remote executors ship one script file; a module needs its package on the remote side.
        throw new engine_errors/* PyrunError */.Pu(`--module runs with the local executor only (not ${config.executor}): run a script there`);
    }
    if (config.module === null)
        (0,python/* checkScript */.wN)(config.script, io.cwd); // every executor ships or mounts the local script
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
        python: (0,python/* resolvePython */.Lx)(config.python, env.PATH, io.cwd),
        env,
        start: LAUNCHER_SUPPORTED ? startLocal : startDirect,
    };
}

// EXTERNAL MODULE: ./src/engine/report/export/target.ts
var target = __webpack_require__(2315);
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

// EXTERNAL MODULE: ./src/engine/rules/parser.ts + 3 modules
var parser = __webpack_require__(988);
// EXTERNAL MODULE: ./src/engine/rules/errors.ts
var rules_errors = __webpack_require__(2311);
// EXTERNAL MODULE: ./src/engine/execute/exec/types.ts
var types = __webpack_require__(4911);
// EXTERNAL MODULE: ./src/engine/rules/evaluate.ts
var evaluate = __webpack_require__(3387);
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
            const outcome = (0,evaluate/* evaluateCondition */.F9)(state.rule.condition, scope);
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
                value: (0,evaluate/* explainingComparison */.DF)(outcome).actual,
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
var verdicts = __webpack_require__(5094);
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
        if ((0,verdicts/* regressedMetrics */.k)(judged).length > 0)
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
    const found = (0,python/* findExecutable */.oq)('valgrind', envPath, cwd);
    if (found === null) {
        throw new engine_errors/* PyrunError */.Pu(`--instructions needs valgrind, which is not on PATH: ${VALGRIND_INSTALL_HINT}`);
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
        return { gates: gates.map((g) => (0,parser/* parseGate */.Xi)(g)), alerts: alerts.map((a) => (0,parser/* parseAlert */._N)(a)) };
    }
    catch (error) {
        if (error instanceof rules_errors/* RuleError */.F)
            throw new engine_errors/* PyrunError */.Pu(`bad rule: ${error.message}`);
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
        throw new engine_errors/* PyrunError */.Pu(lines.map((line) => `bad --export ${line}`).join('\n'));
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
            script: (0,types/* launchLabel */.o)(spec.launch),
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
        const { refuseReportOverHistory } = await __webpack_require__.e(/* import() */ 706).then(__webpack_require__.bind(__webpack_require__, 3706));
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

/***/ 4664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sourceFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
            node_path__WEBPACK_IMPORTED_MODULE_1___default().join(launch.cwd, ...launch.script.split('.')) + '.py',
            node_path__WEBPACK_IMPORTED_MODULE_1___default().join(launch.cwd, ...launch.script.split('.'), '__main__.py'),
        ]
        : [node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(launch.cwd, launch.script)];
    const found = candidates.find((file) => isFile(file));
    if (found === undefined)
        return launch.module ? null : relativeTo(base_dir, candidates[0]);
    return relativeTo(base_dir, found);
}
function isFile(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
/** `examples/etl.py` (always `/`-separated, as report readers expect); the absolute path when it is not below. */
function relativeTo(base_dir, file) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(base_dir, file);
    if (relative === '' || relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
        return file;
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ad: () => (/* binding */ nodeTimerHost),
/* harmony export */   WD: () => (/* binding */ setLongTimer),
/* harmony export */   dR: () => (/* binding */ monotonicMs)
/* harmony export */ });
/* unused harmony export MAX_TIMER_DELAY_MS */
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


/***/ })

};
;