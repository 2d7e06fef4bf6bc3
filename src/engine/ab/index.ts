/**
 * `pyrun ab`: A and B measured side by side, interleaved (run-ab), judged pair by pair (compare, signed-rank),
 * recorded in one JSON shape (record) and put into words (describe). `--against REF` checks REF out (worktree).
 * Benchmark statistics of repeated runs (analysis/benchmark-stats) serve `pyrun run --repeat` too.
 */
export * from '../analysis/benchmark-stats.js';
export * from './compare.js';
export * from './describe.js';
export * from './record.js';
export * from './run-ab.js';
export * from './signed-rank.js';
export * from './worktree.js';
