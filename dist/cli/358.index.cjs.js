"use strict";
exports.id = 358;
exports.ids = [358];
exports.modules = {

/***/ 2358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INSTRUMENTED_NOTE: () => (/* binding */ INSTRUMENTED_NOTE),
  executionCounts: () => (/* binding */ executionCounts),
  instrumentation: () => (/* binding */ instrumentation),
  instrumentedLaunch: () => (/* binding */ instrumentedLaunch)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
;// CONCATENATED MODULE: ./src/engine/execute/instructions/callgrind.ts
/**
 * Reads the instruction counts an `--instructions` run left: callgrind writes one file per process of the tree,
 * `callgrind.out.<pid>`, whose header names the process (`pid:`, `cmd:`) and whose `totals:` (or `summary:`) line
 * is the count of instructions it executed (the launcher zeroes a forked child's inherited counters, so the
 * files add up to the tree's work, each instruction once).
 */


const OUT_FILE = /^callgrind\.out\.(\d+)$/;
const LOG_FILE = /^valgrind\.(\d+)\.log$/;
/** The header holds pid, cmd and the events; the totals line is the file's last. Only the ends are read. */
const HEAD_CHARS = 4096;
/** The counts of one callgrind file, or null when it has no totals (a process killed before it could write them). */
function parseCallgrindFile(text, pidFromName) {
    let pid = pidFromName;
    let command = '';
    let total = null;
    for (const line of text.split('\n')) {
        if (line.startsWith('pid:'))
            pid = Number(line.slice(4).trim()) || pidFromName;
        else if (line.startsWith('cmd:'))
            command = line.slice(4).trim();
        else if (line.startsWith('totals:') || line.startsWith('summary:')) {
            const first = line
                .slice(line.indexOf(':') + 1)
                .trim()
                .split(/\s+/)[0];
            if (first !== undefined && /^\d+$/.test(first))
                total = Number(first);
        }
    }
    return total === null ? null : { pid, command, count: total };
}
/** The counts of every process in `dir`; null when no file holds a total. */
async function readInstructionCounts(dir) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const processes = [];
    for (const name of names) {
        const match = OUT_FILE.exec(name);
        if (!match)
            continue;
        const text = await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8').catch(() => '');
        const counted = parseCallgrindFile(headAndTail(text), Number(match[1]));
        if (counted)
            processes.push(counted);
    }
    if (processes.length === 0)
        return null;
    processes.sort((a, b) => a.pid - b.pid);
    return { total: processes.reduce((sum, p) => sum + p.count, 0), per_process: processes };
}
/** The last lines valgrind wrote about itself (why a process has no counts), for a message. */
async function valgrindLogTail(dir, lines = 5) {
    const names = (await (0,promises_.readdir)(dir).catch(() => [])).filter((n) => LOG_FILE.test(n)).sort();
    const first = names[0];
    if (first === undefined)
        return '';
    const text = await (0,promises_.readFile)(external_node_path_default().join(dir, first), 'utf8').catch(() => '');
    return text
        .split('\n')
        .filter((l) => l.trim() !== '' && !/^==\d+==\s*$/.test(l))
        .slice(-lines)
        .join('\n');
}
function headAndTail(text) {
    if (text.length <= 2 * HEAD_CHARS)
        return text;
    return `${text.slice(0, HEAD_CHARS)}\n${text.slice(-HEAD_CHARS)}`;
}

;// CONCATENATED MODULE: ./src/engine/execute/instructions/count.ts
/**
 * One `--instructions` execution: where its callgrind files go, and its count once it has ended. Each execution of
 * a run (retries, warm-ups, benchmark repeats) gets its own folder: the first the run's folder itself, the n-th
 * `<folder>/<n>`, so KCachegrind users find the files of a plain run where the record says.
 */




/** What a record says about the other metrics of an instrumented run, wherever they are shown. */
const INSTRUMENTED_NOTE = 'instructions counted under valgrind: every other metric of this run is real but measured on a run slowed ~30x; ' +
    'it is compared only with other --instructions runs';
/** The launch of the n-th execution (1-based), with its own folder made. */
async function instrumentedLaunch(launch, execution) {
    const counter = launch.counter;
    if (!counter)
        return launch;
    const out_dir = execution === 1 ? counter.out_dir : external_node_path_default().join(counter.out_dir, String(execution));
    await (0,promises_.mkdir)(out_dir, { recursive: true });
    return { ...launch, counter: { ...counter, out_dir } };
}
/**
 * The counts of an execution that has ended. A script that succeeded must have been counted: without counts
 * (valgrind could not run it) the run is pyrun's failure, never a silent run without its measure. A script that
 * failed or was killed may have no counts: null.
 */
async function executionCounts(launch, scriptSucceeded) {
    const out_dir = launch.counter?.out_dir;
    if (out_dir === undefined)
        return null;
    const counts = await readInstructionCounts(out_dir);
    if (counts === null && scriptSucceeded) {
        const tail = await valgrindLogTail(out_dir);
        throw new errors/* PyrunError */.Pu(`--instructions: valgrind wrote no instruction count (files in ${out_dir})${tail ? `:\n${tail}` : ''}`);
    }
    return counts;
}
/** The record's account of an instrumented execution. */
function instrumentation(launch, counts) {
    return {
        tool: 'callgrind',
        pythonhashseed: launch.env.PYTHONHASHSEED ?? '',
        per_process: counts?.per_process ?? [],
        out_dir: launch.counter?.out_dir ?? '',
        note: INSTRUMENTED_NOTE,
    };
}


/***/ })

};
;