"use strict";
exports.id = 395;
exports.ids = [395];
exports.modules = {

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

/***/ 7395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectProfile: () => (/* binding */ collectProfile),
  missingProfile: () => (/* binding */ missingProfile),
  prepareProfileFiles: () => (/* binding */ prepareProfileFiles)
});

// UNUSED EXPORTS: DEFAULT_PROFILE_DIR, DEFAULT_PROFILE_TOP_N, PROFILE_OVERHEAD_NOTE, functionLabel, parseProfileStats, profileHeadline, profilePaths, readProfileStats, speedscopeFromStats

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/engine/execute/profile/summary.ts
/**
 * The profile's headline: the top functions by own time (where the time is spent) and by cumulative time (which
 * calls it is spent under), named as pstats prints them, with paths under the script's directory made relative
 * so that runs from different checkouts name a function alike.
 */

const DEFAULT_PROFILE_TOP_N = 20;
/** pstats' own spelling: `file:line(name)`, and `{built-in method …}` for functions implemented in C. */
function functionLabel(f, base_dir) {
    if (f.file === '~' && f.line === 0)
        return f.name.startsWith('<') && f.name.endsWith('>') ? `{${f.name.slice(1, -1)}}` : f.name;
    let file = f.file;
    if (base_dir !== undefined && external_node_path_default().isAbsolute(file)) {
        const relative = external_node_path_default().relative(base_dir, file);
        if (relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative))
            file = relative;
    }
    return `${file}:${f.line}(${f.name})`;
}
/** Top `top_n` functions by own and by cumulative time (ties by name, so the lists are deterministic). */
function profileHeadline(stats, options = {}) {
    const top_n = options.top_n ?? DEFAULT_PROFILE_TOP_N;
    const entries = stats.functions.map((f) => ({
        function: functionLabel(f, options.base_dir),
        calls: f.calls,
        own_s: f.own_s,
        cumulative_s: f.cumulative_s,
    }));
    const by = (key) => entries
        .filter((e) => e[key] > 0)
        .sort((a, b) => b[key] - a[key] || (a.function < b.function ? -1 : a.function > b.function ? 1 : 0))
        .slice(0, top_n);
    return {
        top_own: by('own_s'),
        top_cumulative: by('cumulative_s'),
        total_s: stats.functions.reduce((s, f) => s + f.own_s, 0),
    };
}

;// CONCATENATED MODULE: ./src/engine/execute/profile/speedscope.ts
/**
 * A profile as a speedscope file (https://www.speedscope.app, its "sampled" profile type), to open in the
 * speedscope viewer as a flame graph.
 *
 * cProfile keeps no timeline, only the call graph with times per caller → callee edge, so the stacks are
 * rebuilt from it: starting at each root (a function nobody called) with its cumulative time, a function keeps
 * its own time in proportion (own/cumulative) and hands each callee the share of its time that came through
 * this caller (the edge's cumulative time over the function's). Recursion is cut where a function would appear
 * twice on one stack, stacks stop at MAX_DEPTH, and branches lighter than MIN_WEIGHT_FRACTION of the total stay
 * with their parent — in every case the time is kept, so the weights add up to the profiled time. The result is
 * where time went by call path, not an order of events: the file says so in its profile name.
 */

const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';
const MAX_DEPTH = 128;
const MIN_WEIGHT_FRACTION = 1e-5;
const MAX_STACKS = 20_000;
function speedscopeFromStats(stats, name, exporter) {
    const { functions, edges } = stats;
    const frames = functions.map((f) => f.file === '~' && f.line === 0
        ? { name: functionLabel(f) }
        : { name: f.name, file: f.file, line: f.line });
    const callees = functions.map(() => []);
    const called = new Array(functions.length).fill(false);
    for (const e of edges) {
        if (e.caller === e.callee)
            continue;
        callees[e.caller].push({ callee: e.callee, cumulative_s: e.cumulative_s });
        called[e.callee] = true;
    }
    const total = functions.reduce((s, f) => s + f.own_s, 0);
    const minWeight = total * MIN_WEIGHT_FRACTION;
    const stacks = new Map();
    const add = (stack, weight) => {
        if (!(weight > 0))
            return;
        const key = stack.join(',');
        const found = stacks.get(key);
        if (found)
            found.weight += weight;
        else
            stacks.set(key, { stack: stack.slice(), weight });
    };
    const onStack = new Set();
    const walk = (fn, time_s, stack) => {
        const f = functions[fn];
        stack.push(fn);
        onStack.add(fn);
        const children = callees[fn].filter((c) => !onStack.has(c.callee) && c.cumulative_s > 0);
        if (f.cumulative_s <= 0 || stack.length >= MAX_DEPTH || time_s < minWeight || stacks.size >= MAX_STACKS) {
            add(stack, time_s);
        }
        else {
            const scale = time_s / f.cumulative_s;
            let own = Math.min(time_s, f.own_s * scale);
            const shares = children.map((c) => c.cumulative_s * scale);
            const handed = shares.reduce((s, v) => s + v, 0);
            // Recursion and rounding can make the callees' shares exceed what is left: scale them down to fit.
            const fit = handed > time_s - own && handed > 0 ? (time_s - own) / handed : 1;
            own += Math.max(0, time_s - own - handed * fit); // what no callee accounts for stays here
            add(stack, own);
            children.forEach((c, i) => walk(c.callee, shares[i] * fit, stack));
        }
        onStack.delete(fn);
        stack.pop();
    };
    // Roots: functions nobody called; if every function was called (a cycle at the top), the heaviest one.
    let roots = functions.map((_, i) => i).filter((i) => !called[i] && functions[i].cumulative_s > 0);
    if (roots.length === 0 && functions.length > 0) {
        roots = [
            functions.reduce((best, f, i) => (f.cumulative_s > functions[best].cumulative_s ? i : best), 0),
        ];
    }
    const rootTime = roots.reduce((s, r) => s + functions[r].cumulative_s, 0);
    // Functions no root reaches (e.g. called only from a frame that was not profiled) keep their own time.
    for (const r of roots)
        walk(r, functions[r].cumulative_s * (rootTime > 0 ? Math.min(1, total / rootTime) : 1), []);
    const covered = [...stacks.values()].reduce((s, v) => s + v.weight, 0);
    if (total - covered > minWeight) {
        const reached = new Set([...stacks.values()].flatMap((v) => v.stack));
        const unreached = functions.map((_, i) => i).filter((i) => !reached.has(i) && functions[i].own_s > 0);
        for (const i of unreached)
            add([i], functions[i].own_s);
    }
    const entries = [...stacks.values()];
    const weights = entries.map((e) => e.weight);
    const endValue = weights.reduce((s, w) => s + w, 0);
    return {
        $schema: SPEEDSCOPE_SCHEMA,
        shared: { frames },
        profiles: [
            {
                type: 'sampled',
                name: `${name} (cProfile; stacks rebuilt from the call graph, not a timeline)`,
                unit: 'seconds',
                startValue: 0,
                endValue,
                samples: entries.map((e) => e.stack),
                weights,
            },
        ],
        name,
        activeProfileIndex: 0,
        exporter,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/engine/execute/exec/python-files.ts
var python_files = __webpack_require__(5988);
;// CONCATENATED MODULE: ./src/engine/execute/profile/stats.ts
/**
 * A cProfile stats file, read with the interpreter that wrote it: src/python/pstats_reader.py (the stdlib's
 * pstats, run as `python -S -E pstats_reader.py FILE`, no shell) prints the stats as JSON, and the rest is pure
 * TypeScript over that table. Python reads the file because the pstats format is Python's own (marshal).
 */


/** Reads a pstats file with `python`; rejects with the interpreter's message when it cannot. */
function readProfileStats(python, pstats_path, timeout_ms = 60_000) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(python, ['-S', '-E', (0,python_files/* pythonFile */.PB)('pstats_reader.py'), pstats_path], { timeout: timeout_ms, maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                const why = String(stderr).trim().split('\n').at(-1) || error.message;
                reject(new Error(`cannot read the profile ${pstats_path}: ${why}`));
                return;
            }
            try {
                resolve(parseProfileStats(JSON.parse(String(stdout))));
            }
            catch (e) {
                reject(new Error(`cannot read the profile ${pstats_path}: ${e.message}`));
            }
        });
    });
}
/** The reader's JSON as typed stats (rows of arrays, so a profile of many functions stays compact). */
function parseProfileStats(raw) {
    const value = raw;
    if (!Array.isArray(value?.functions) || !Array.isArray(value?.edges))
        throw new Error('not a profile table');
    const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
    const functions = value.functions.map((f) => ({
        file: String(f[0]),
        line: num(f[1]),
        name: String(f[2]),
        primitive_calls: num(f[3]),
        calls: num(f[4]),
        own_s: num(f[5]),
        cumulative_s: num(f[6]),
    }));
    const edges = value.edges
        .map((e) => ({
        caller: num(e[0]),
        callee: num(e[1]),
        calls: num(e[2]),
        own_s: num(e[3]),
        cumulative_s: num(e[4]),
    }))
        .filter((e) => e.caller < functions.length && e.callee < functions.length);
    return { functions, edges };
}

;// CONCATENATED MODULE: ./src/engine/execute/profile/index.ts
/**
 * `--profile`: where the profile files go, and turning the stats file a profiled run left into the record's
 * `profile` (top functions) plus a speedscope file beside it.
 */









/** Measured on a call-heavy CPU-bound script (docs/profiling.md); stated in every profiled record. */
const PROFILE_OVERHEAD_NOTE = "measured under cProfile, whose overhead is in this run's metrics (about 4x on code made of many small Python calls, 1.3-1.4x on loops and library code); compare profiled runs only with profiled runs";
/** Reads the stats the run left, writes the speedscope file, and returns the record's `profile`. Throws when it cannot. */
async function collectProfile(options) {
    const stats = await readProfileStats(options.python, options.pstats_path);
    const headline = profileHeadline(stats, {
        top_n: options.top_n ?? DEFAULT_PROFILE_TOP_N,
        base_dir: options.base_dir,
    });
    const speedscope = speedscopeFromStats(stats, options.name, options.exporter);
    await (0,promises_.mkdir)(external_node_path_default().dirname(options.speedscope_path), { recursive: true });
    await (0,promises_.writeFile)(options.speedscope_path, JSON.stringify(speedscope));
    return {
        ...headline,
        pstats_path: options.pstats_path,
        speedscope_path: options.speedscope_path,
        overhead_note: PROFILE_OVERHEAD_NOTE,
    };
}
/** Makes the profile's directory and removes files an earlier run left at these paths (they are not this run's). */
async function prepareProfileFiles(paths) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(paths.pstats_path), { recursive: true });
    await (0,promises_.rm)(paths.pstats_path, { force: true });
    await (0,promises_.rm)(paths.speedscope_path, { force: true });
}
/** The record's `profile` when none could be read: empty lists and the reason. */
function missingProfile(paths, error) {
    return {
        top_own: [],
        top_cumulative: [],
        total_s: 0,
        pstats_path: paths.pstats_path,
        speedscope_path: paths.speedscope_path,
        overhead_note: PROFILE_OVERHEAD_NOTE,
        error,
    };
}


/***/ })

};
;