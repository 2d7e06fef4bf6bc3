/** The GitHub Action's entry point: V8's compile cache on (Node 24 offers it), then `await run()`. */
import { enableCompileCache } from '../compile-cache.js';

// Like coreutils under a file-size limit (`ulimit -f`, `prlimit --fsize`): a write past the limit fails with EFBIG
// and pyrun reports it (exit 125), instead of the kernel's SIGXFSZ killing pyrun — an exit code that would read as
// the script's death by signal 25, with the run lost. The script's own disposition is untouched (a handler is reset
// at exec).
process.on('SIGXFSZ', () => undefined);
enableCompileCache();
void import('./main.js').then(({ run }) => run());
