/**
 * V8's compile cache for the faces' entry points: a later start reads pyrun's compiled code instead of compiling
 * it again. `module.enableCompileCache` exists from Node 22.1 (the action runs on Node 24); on older Node this does
 * nothing. The cache lives where Node puts it by default (`NODE_COMPILE_CACHE`, else `<os.tmpdir()>/node-compile-cache`),
 * is keyed by the code's hash, and a directory that cannot be written only means no cache. Call it before the rest
 * of pyrun is imported, so the rest is cached too.
 */
import nodeModule from 'node:module';

type EnableCompileCache = (directory?: string) => unknown;

/** Returns whether the runtime offered a compile cache (`runtime` is node:module; tests pass a stand-in). */
export function enableCompileCache(runtime: object = nodeModule): boolean {
  const enable = (runtime as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function') return false;
  try {
    enable.call(runtime);
  } catch {
    // A cache is an optimisation: pyrun runs the same without one.
  }
  return true;
}
