/**
 * The typed configuration of one run, as the engine receives it. src/config parses flags, inputs and config files
 * into this shape, whose type is derived from the option table there (src/config/run-config.ts); nothing in the
 * engine reads where a value came from.
 */
export type { RunConfig, SshConfig } from '../config/run-config.js';
