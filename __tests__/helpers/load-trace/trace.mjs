// Preloaded with `node --import <this file>`: records every file the process loads into the file named by
// PYRUN_LOAD_TRACE, one `esm URL` or `cjs PATH` a line. ES modules (the bundle's entry and its dynamic-import
// chunks) are seen by a load hook; CommonJS files (sql.js's loader, required at run time) by require.cache at exit;
// Node's own modules (`builtin crypto`, `builtin fs/promises`) by process.moduleLoadList at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const out = process.env.PYRUN_LOAD_TRACE;
if (out) {
  register('./hooks.mjs', import.meta.url, { data: { out } });
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => {
    for (const file of Object.keys(cache)) appendFileSync(out, `cjs ${file}\n`);
    const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule '));
    appendFileSync(out, builtins.map((m) => `builtin ${m.slice('NativeModule '.length)}\n`).join(''));
  });
}
