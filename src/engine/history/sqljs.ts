/**
 * Loading sql.js (SQLite compiled to WebAssembly).
 *
 * sql.js does not survive the ncc bundler, so the build copies `sql-wasm.js` (as `sql-wasm.cjs`) and
 * `sql-wasm.wasm` into dist/. At run time we look for that pair next to the running bundle (its directory, then
 * the parent directory) and load the .cjs through a `require` made by `createRequire`; when the pair is not there
 * (running from source, jest), we fall back to the installed package. `createRequire` is reached through
 * `process.getBuiltinModule` so that the bundler does not recognise the call and try to inline sql.js.
 *
 * The initialised module is cached: the WebAssembly is compiled once per process, by Liftoff (V8's baseline
 * compiler) only. By default V8 also recompiles SQLite's hot functions with TurboFan on background threads; for what
 * pyrun asks of a history (read it, check it, add a run, write it) that cost more than it saved: more CPU, more
 * memory and a slower run (measured in docs/costs.md). `--liftoff-only` is a V8 flag read when a module is compiled, so setting it before sql.js compiles
 * affects nothing else (pyrun runs no other WebAssembly); it is undone at exit (see below).
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlJsConfig, SqlJsStatic } from 'sql.js';

export type { SqlJsStatic };

/** The JavaScript half of sql.js, as copied into dist/ by the build. */
export const SQLJS_SCRIPT_FILE = 'sql-wasm.cjs';
/** The WebAssembly half of sql.js, as copied into dist/ by the build. */
export const SQLJS_WASM_FILE = 'sql-wasm.wasm';

type NodeModuleApi = Pick<typeof import('node:module'), 'createRequire'>;
type InitSqlJs = (config?: SqlJsConfig) => Promise<SqlJsStatic>;

/** Where sql.js was found: the script to require and the wasm beside it. */
export interface SqlJsLocation {
  script_path: string;
  wasm_path: string;
  /** `bundle` when found next to the running bundle, `package` when resolved from node_modules. */
  source: 'bundle' | 'package';
}

let cached: Promise<SqlJsStatic> | undefined;

/** The initialised sql.js module (loaded once, then cached). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (cached === undefined) {
    cached = initialise().catch((error: unknown) => {
      cached = undefined; // a later call may try again
      throw error;
    });
  }
  return cached;
}

async function initialise(): Promise<SqlJsStatic> {
  const nodeModule = await nodeModuleApi();
  const location = locateSqlJs(nodeModule);
  const requireFromHere = nodeModule.createRequire(location.script_path);
  const loaded = requireFromHere(location.script_path) as InitSqlJs | { default: InitSqlJs };
  const init = typeof loaded === 'function' ? loaded : loaded.default;
  if (typeof init !== 'function') {
    throw new Error(`sql.js at ${location.script_path} did not export its init function`);
  }
  setFlagsFromString(LIFTOFF_ONLY);
  // V8 stamps code caches with a hash of its flags, and the compile cache (src/compile-cache.ts, Node's own on
  // Node ≥ 22) writes at exit: the flags are put back first (this listener runs before the cache's), or everything
  // this run compiled would be cached under a hash no fresh start has. Not sooner: while sql.js runs, the flags
  // it implies keep it from tiering up (putting them back at once tiered it up: 4x the CPU of keeping them).
  process.prependOnceListener('exit', () => setFlagsFromString(LIFTOFF_ONLY_UNDONE));
  return init({
    locateFile: (file: string) =>
      file.endsWith('.wasm') ? location.wasm_path : join(dirname(location.wasm_path), file),
  });
}

const LIFTOFF_ONLY = '--liftoff-only';
/**
 * --liftoff-only and what V8 sets with it, undone: its implications (flag-definitions.h, the same from Node 20's V8
 * to the newest read) are --liftoff (already on), --no-wasm-tier-up and --no-wasm-dynamic-tiering.
 */
const LIFTOFF_ONLY_UNDONE = '--no-liftoff-only --wasm-tier-up --wasm-dynamic-tiering';

/** Finds the sql.js pair: next to the bundle first, then the installed package. */
export function locateSqlJs(nodeModule: NodeModuleApi): SqlJsLocation {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, dirname(here)]) {
    const script_path = join(dir, SQLJS_SCRIPT_FILE);
    const wasm_path = join(dir, SQLJS_WASM_FILE);
    if (existsSync(script_path) && existsSync(wasm_path)) return { script_path, wasm_path, source: 'bundle' };
  }
  let script_path: string;
  try {
    script_path = nodeModule.createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.js');
  } catch (error) {
    throw new Error(
      `sql.js not found: neither ${SQLJS_SCRIPT_FILE} + ${SQLJS_WASM_FILE} next to ${here} nor the sql.js package ` +
        `(${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  return { script_path, wasm_path: join(dirname(script_path), 'sql-wasm.wasm'), source: 'package' };
}

async function nodeModuleApi(): Promise<NodeModuleApi> {
  const getBuiltin = (process as { getBuiltinModule?: (id: 'node:module') => NodeModuleApi })
    .getBuiltinModule;
  if (typeof getBuiltin === 'function') return getBuiltin.call(process, 'node:module');
  // Node before 20.16 has no process.getBuiltinModule.
  return import('node:module');
}
