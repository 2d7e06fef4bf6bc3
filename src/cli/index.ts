#!/usr/bin/env node
/**
 * The `pyrun` command. This file stays tiny: it turns on the compile cache (../compile-cache.ts), then loads the
 * CLI, so the CLI's code is cached and each command loads only its own code (see ./program.ts). The bundle is
 * CommonJS (its entry is ./bin.cjs), so that on Node 20 pyrun's own cache can serve its chunks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache } from '../compile-cache.js';

// Like coreutils under a file-size limit (`ulimit -f`, `prlimit --fsize`): a write past the limit fails with EFBIG
// and pyrun reports it (exit 125), instead of the kernel's SIGXFSZ killing pyrun — an exit code that would read as
// the script's death by signal 25, with the run lost. The script's own disposition is untouched (a handler is reset
// at exec).
process.on('SIGXFSZ', () => undefined);
enableCompileCache({ chunkDir: path.dirname(fileURLToPath(import.meta.url)) });
void import('./main.js').then(async ({ main }) => {
  process.exitCode = await main(process.argv);
});
