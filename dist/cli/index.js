#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 486:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
__nccwpck_require__.r(__webpack_exports__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9129);
/**
 * The `pyrun` command. This file stays tiny: it turns on the compile cache (../compile-cache.ts), then loads the
 * CLI, so the CLI's code is cached and each command loads only its own code (see ./program.ts). The bundle is
 * CommonJS (its entry is ./bin.cjs), so that on Node 20 pyrun's own cache can serve its chunks.
 */



// Like coreutils under a file-size limit (`ulimit -f`, `prlimit --fsize`): a write past the limit fails with EFBIG
// and pyrun reports it (exit 125), instead of the kernel's SIGXFSZ killing pyrun — an exit code that would read as
// the script's death by signal 25, with the run lost. The script's own disposition is untouched (a handler is reset
// at exec).
process.on('SIGXFSZ', () => undefined);
(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .enableCompileCache */ .L)({ chunkDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(require("url").pathToFileURL(__filename).href)) });
void Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(529)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2529)).then(async ({ main }) => {
    process.exitCode = await main(process.argv);
});


/***/ }),

/***/ 9129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B: () => (/* binding */ compileCacheState),
  L: () => (/* binding */ enableCompileCache)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = require("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: ./src/compile-cache.ts
/**
 * V8's compile cache for the faces: a later start reads pyrun's compiled code instead of parsing and compiling it
 * again: a measurable part of every `pyrun run`'s start (docs/costs.md says how much).
 *
 * - Node ≥ 22.1 (the action runs on Node 24): `module.enableCompileCache`, for everything loaded after it. Node
 *   keeps the cache where it decides (`NODE_COMPILE_CACHE`, else `<os.tmpdir()>/node-compile-cache`).
 * - Older Node (the CLI supports Node 20): pyrun's own cache for the CommonJS chunks of its bundle (dist/cli is
 *   CommonJS for this reason: ES modules offer no hook). Each chunk is compiled through `vm.Script` with the
 *   cached data of its last run; a chunk compiled afresh is cached when the process exits, with the functions the
 *   run compiled lazily. A cache file holds the chunk's exact source beside V8's data and is used only when that
 *   source matches byte for byte: V8 itself checks little more than the length, and a rebuilt chunk of the same
 *   length must never run the old code. The directory is `NODE_COMPILE_CACHE` (Node's own setting) or
 *   `<os.tmpdir()>/pyrun-compile-cache-<uid>`, one folder per Node version and architecture; it must be the
 *   user's own and writable by nobody else (the cache is code), or it is not used.
 *
 * `NODE_DISABLE_COMPILE_CACHE` turns both off. A cache is an optimisation: any trouble with it only means none.
 */





let state = { kind: 'off', reason: 'not enabled' };
function compileCacheState() {
    return state.kind === 'chunks' ? { ...state } : state;
}
/** Turns on the best compile cache the runtime allows; never throws. */
function enableCompileCache(opts = {}) {
    const env = opts.env ?? process.env;
    const runtime = opts.runtime ?? (external_node_module_default());
    if (env.NODE_DISABLE_COMPILE_CACHE)
        return (state = { kind: 'off', reason: 'NODE_DISABLE_COMPILE_CACHE' });
    const enable = runtime.enableCompileCache;
    if (typeof enable === 'function') {
        try {
            enable.call(runtime);
            return (state = { kind: 'node' });
        }
        catch {
            return (state = { kind: 'off', reason: 'Node could not enable its compile cache' });
        }
    }
    if (opts.chunkDir === undefined)
        return (state = { kind: 'off', reason: 'no compile cache in this Node' });
    try {
        const dir = cacheDirectory(env);
        if (typeof dir !== 'string')
            return (state = { kind: 'off', reason: dir.reason });
        installChunkCache(runtime, external_node_path_default().resolve(opts.chunkDir) + (external_node_path_default()).sep, dir);
        return state;
    }
    catch (error) {
        return (state = { kind: 'off', reason: error.message });
    }
}
/** The user's own cache folder for this Node, created if need be; or why there is none. */
function cacheDirectory(env) {
    const uid = process.getuid?.() ?? null;
    const root = env.NODE_COMPILE_CACHE || external_node_path_default().join((0,external_node_os_.tmpdir)(), `pyrun-compile-cache-${uid ?? 'user'}`);
    const dir = external_node_path_default().join(root, `pyrun-${process.version}-${process.arch}`);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    for (const folder of [root, dir]) {
        const stat = (0,external_node_fs_.lstatSync)(folder);
        if (!private_(stat, uid))
            return { reason: `${folder} is not a folder only this user can write` };
    }
    return dir;
}
function private_(stat, uid) {
    return stat.isDirectory() && (uid === null || stat.uid === uid) && (stat.mode & 0o022) === 0;
}
function installChunkCache(Module, chunkDir, dir) {
    const counts = { kind: 'chunks', dir, cached: 0, compiled: 0 };
    state = counts;
    const pending = [];
    const startFlags = flagProbe();
    const compile = Module.prototype._compile;
    Module.prototype._compile = function (content, filename) {
        if (!filename.startsWith(chunkDir))
            return compile.call(this, content, filename);
        const source = Buffer.from(content, 'utf8');
        const file = external_node_path_default().join(dir, `${external_node_path_default().basename(filename)}.${digest(filename)}.cache`);
        const cachedData = cachedFor(file, source);
        const script = new (external_node_vm_default()).Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
        if (cachedData && !script.cachedDataRejected)
            counts.cached += 1;
        else {
            counts.compiled += 1;
            pending.push({ script, file, source });
        }
        const wrapper = script.runInThisContext({ displayErrors: true });
        const require = Module.createRequire(filename);
        return wrapper.call(this.exports, this.exports, require, this, filename, external_node_path_default().dirname(filename));
    };
    // At exit the scripts hold what this run compiled, the lazily compiled functions included. V8 stamps its data with
    // a hash of its flags: data made under flags this process changed (and did not put back) would be refused by every
    // later start, so none is written then.
    process.once('exit', () => {
        if (!sameFlags(startFlags))
            return;
        for (const { script, file, source } of pending) {
            try {
                const head = Buffer.alloc(4);
                head.writeUInt32LE(source.length);
                const temp = `${file}.${process.pid}.tmp`;
                (0,external_node_fs_.writeFileSync)(temp, Buffer.concat([head, source, script.createCachedData()]), { mode: 0o600 });
                (0,external_node_fs_.renameSync)(temp, file);
            }
            catch {
                try {
                    (0,external_node_fs_.unlinkSync)(`${file}.${process.pid}.tmp`);
                }
                catch {
                    /* nothing written */
                }
            }
        }
    });
}
const PROBE_SOURCE = '0';
/** V8's data for a one-token script, made under the flags of this moment. */
function flagProbe() {
    return new (external_node_vm_default()).Script(PROBE_SOURCE).createCachedData();
}
/** Whether V8 would accept, now, data made when `probe` was: the same flags (V8 checks their hash). */
function sameFlags(probe) {
    return !new (external_node_vm_default()).Script(PROBE_SOURCE, { cachedData: probe }).cachedDataRejected;
}
/** V8's data in `file` when the file holds exactly `source`; undefined otherwise. */
function cachedFor(file, source) {
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
    if (bytes.length < 4)
        return undefined;
    const length = bytes.readUInt32LE(0);
    if (length !== source.length || bytes.length <= 4 + length)
        return undefined;
    if (!bytes.subarray(4, 4 + length).equals(source))
        return undefined;
    return bytes.subarray(4 + length);
}
/** Chunks of two installs (same names, other folders) keep their own files: FNV-1a of the chunk's path. */
function digest(filename) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < filename.length; i += 1)
        hash = Math.imul(hash ^ filename.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(16).padStart(8, '0');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

"use strict";
module.exports = require("constants");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 1314:
/***/ ((module) => {

"use strict";
module.exports = require("node:dgram");

/***/ }),

/***/ 610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

"use strict";
module.exports = require("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

"use strict";
module.exports = require("node:v8");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The CLI bundle's entry for the bundler: a CommonJS file makes ncc emit CommonJS (dist/cli), whose chunks
// pyrun's compile cache can serve on Node 20 (ES modules offer no hook for that). The CLI itself is ./index.ts.
__nccwpck_require__(486);

module.exports = __webpack_exports__;
/******/ })()
;