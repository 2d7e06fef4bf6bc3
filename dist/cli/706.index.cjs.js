"use strict";
exports.id = 706;
exports.ids = [706,709];
exports.modules = {

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


/***/ })

};
;