#!/usr/bin/env node
/**
 * The `pyrun` command. This file stays tiny: it turns on V8's compile cache, then loads the CLI, so the CLI's
 * code is cached (Node ≥ 22.1) and each command loads only its own code (see ./program.ts).
 */
import { enableCompileCache } from '../compile-cache.js';

enableCompileCache();
void import('./main.js').then(async ({ main }) => {
  process.exitCode = await main(process.argv);
});
