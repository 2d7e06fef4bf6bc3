/** The GitHub Action's entry point: V8's compile cache on (Node 24 offers it), then `await run()`. */
import { enableCompileCache } from '../compile-cache.js';

enableCompileCache();
void import('./main.js').then(({ run }) => run());
