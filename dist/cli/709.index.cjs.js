"use strict";
exports.id = 709;
exports.ids = [709];
exports.modules = {

/***/ 4709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReportFile: () => (/* binding */ writeReportFile)
/* harmony export */ });
/* unused harmony export tempPathFor */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3681);
/**
 * Writes one report file the way every face must: its folders are created, the text goes to a temporary file in
 * the same folder and is then renamed over the target, so a full disk or a crash leaves the old file (or none),
 * never a truncated or 0-byte one. A symlink is followed and the file it points to replaced (the link stays); a
 * target that is not a regular file (`/dev/stdout`, a FIFO) is written in place, never replaced. Never throws:
 * trouble comes back as a value for the face to show as one warning.
 */



/** `report.xml` → `.report.xml.<random>.tmp` beside it: same folder, so the rename stays on one file system. */
function tempPathFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}.${(0,_run_id_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .n)(6)}.tmp`);
}
async function writeReportFile(file, text) {
    let target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file);
    let temp = null;
    try {
        const existing = await existingTarget(target);
        if (existing?.kind === 'folder')
            throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
        if (existing?.kind === 'special') {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(existing.path, text, 'utf8');
            return { ok: true, path: target };
        }
        if (existing)
            target = existing.path;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        temp = tempPathFor(target);
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temp, 'wx', 0o644);
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temp, target);
        temp = null;
        return { ok: true, path: target };
    }
    catch (error) {
        return { ok: false, path: target, error: describeWriteError(error) };
    }
    finally {
        if (temp !== null)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { force: true }).catch(() => undefined);
    }
}
/**
 * What is at `target` now: null when nothing is; a regular file (a symlink's final target when it resolves to
 * one); a folder; or anything else — a device, a FIFO, `/dev/stdout` (a link to `/proc/self/fd/1`, which may be a
 * pipe no path resolves to), a dangling link — which is written in place, through the link, and never replaced.
 */
async function existingTarget(target) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(target);
    }
    catch {
        return null;
    }
    try {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(target);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real);
        return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'special', path: real };
    }
    catch {
        return { kind: 'special', path: target };
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