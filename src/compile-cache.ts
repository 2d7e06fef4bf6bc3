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
import {
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

type EnableCompileCache = (directory?: string) => unknown;

/** What the cache did in this process, for `pyrun run --verbose`. */
export type CompileCacheState =
  | { kind: 'node' }
  | { kind: 'chunks'; dir: string; cached: number; compiled: number }
  | { kind: 'off'; reason: string };

let state: CompileCacheState = { kind: 'off', reason: 'not enabled' };

export function compileCacheState(): CompileCacheState {
  return state.kind === 'chunks' ? { ...state } : state;
}

export interface CompileCacheOptions {
  /** The folder of the CommonJS chunks to cache on Node without a compile cache (the bundle's own folder). */
  chunkDir?: string;
  env?: NodeJS.ProcessEnv;
  /** node:module, or a stand-in in tests. */
  runtime?: object;
}

/** Turns on the best compile cache the runtime allows; never throws. */
export function enableCompileCache(opts: CompileCacheOptions = {}): CompileCacheState {
  const env = opts.env ?? process.env;
  const runtime = opts.runtime ?? nodeModule;
  if (env.NODE_DISABLE_COMPILE_CACHE) return (state = { kind: 'off', reason: 'NODE_DISABLE_COMPILE_CACHE' });
  const enable = (runtime as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable === 'function') {
    try {
      enable.call(runtime);
      return (state = { kind: 'node' });
    } catch {
      return (state = { kind: 'off', reason: 'Node could not enable its compile cache' });
    }
  }
  if (opts.chunkDir === undefined) return (state = { kind: 'off', reason: 'no compile cache in this Node' });
  try {
    const dir = cacheDirectory(env);
    if (typeof dir !== 'string') return (state = { kind: 'off', reason: dir.reason });
    installChunkCache(runtime as ModuleClass, path.resolve(opts.chunkDir) + path.sep, dir);
    return state;
  } catch (error) {
    return (state = { kind: 'off', reason: (error as Error).message });
  }
}

/** The user's own cache folder for this Node, created if need be; or why there is none. */
function cacheDirectory(env: NodeJS.ProcessEnv): string | { reason: string } {
  const uid = process.getuid?.() ?? null;
  const root = env.NODE_COMPILE_CACHE || path.join(tmpdir(), `pyrun-compile-cache-${uid ?? 'user'}`);
  const dir = path.join(root, `pyrun-${process.version}-${process.arch}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const folder of [root, dir]) {
    const stat = lstatSync(folder);
    if (!private_(stat, uid)) return { reason: `${folder} is not a folder only this user can write` };
  }
  return dir;
}

function private_(stat: Stats, uid: number | null): boolean {
  return stat.isDirectory() && (uid === null || stat.uid === uid) && (stat.mode & 0o022) === 0;
}

interface ModuleInstance {
  exports: unknown;
}
interface ModuleClass {
  prototype: { _compile(content: string, filename: string): unknown };
  wrap(content: string): string;
  createRequire(filename: string): NodeJS.Require;
}

function installChunkCache(Module: ModuleClass, chunkDir: string, dir: string): void {
  const counts = { kind: 'chunks' as const, dir, cached: 0, compiled: 0 };
  state = counts;
  const pending: { script: vm.Script; file: string; source: Buffer }[] = [];
  const startFlags = flagProbe();
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (this: ModuleInstance, content: string, filename: string) {
    if (!filename.startsWith(chunkDir)) return compile.call(this, content, filename);
    const source = Buffer.from(content, 'utf8');
    const file = path.join(dir, `${path.basename(filename)}.${digest(filename)}.cache`);
    const cachedData = cachedFor(file, source);
    const script = new vm.Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (cachedData && !script.cachedDataRejected) counts.cached += 1;
    else {
      counts.compiled += 1;
      pending.push({ script, file, source });
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
  // At exit the scripts hold what this run compiled, the lazily compiled functions included. V8 stamps its data with
  // a hash of its flags: data made under flags this process changed (and did not put back) would be refused by every
  // later start, so none is written then.
  process.once('exit', () => {
    if (!sameFlags(startFlags)) return;
    for (const { script, file, source } of pending) {
      try {
        const head = Buffer.alloc(4);
        head.writeUInt32LE(source.length);
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, Buffer.concat([head, source, script.createCachedData()]), { mode: 0o600 });
        renameSync(temp, file);
      } catch {
        try {
          unlinkSync(`${file}.${process.pid}.tmp`);
        } catch {
          /* nothing written */
        }
      }
    }
  });
}

const PROBE_SOURCE = '0';

/** V8's data for a one-token script, made under the flags of this moment. */
function flagProbe(): Buffer {
  return new vm.Script(PROBE_SOURCE).createCachedData();
}

/** Whether V8 would accept, now, data made when `probe` was: the same flags (V8 checks their hash). */
function sameFlags(probe: Buffer): boolean {
  return !new vm.Script(PROBE_SOURCE, { cachedData: probe }).cachedDataRejected;
}

/** V8's data in `file` when the file holds exactly `source`; undefined otherwise. */
function cachedFor(file: string, source: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32LE(0);
  if (length !== source.length || bytes.length <= 4 + length) return undefined;
  if (!bytes.subarray(4, 4 + length).equals(source)) return undefined;
  return bytes.subarray(4 + length);
}

/** Chunks of two installs (same names, other folders) keep their own files: FNV-1a of the chunk's path. */
function digest(filename: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < filename.length; i += 1) hash = Math.imul(hash ^ filename.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
