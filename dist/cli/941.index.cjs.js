"use strict";
exports.id = 941;
exports.ids = [941];
exports.modules = {

/***/ 8941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HistoryError: () => (/* reexport safe */ _store_js__WEBPACK_IMPORTED_MODULE_0__.t),
/* harmony export */   HistoryTargetError: () => (/* reexport safe */ _target_js__WEBPACK_IMPORTED_MODULE_2__.qc),
/* harmony export */   beginHistory: () => (/* reexport safe */ _open_js__WEBPACK_IMPORTED_MODULE_1__.A)
/* harmony export */ });
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2998);
/* harmony import */ var _open_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6963);
/* harmony import */ var _target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7616);
/** The history of runs: a sql.js store with migrations, retention and import/merge. */















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


/***/ })

};
;