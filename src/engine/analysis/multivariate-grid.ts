/** The history sizes the multivariate cutoff table (multivariate-thresholds.ts) is computed for. */
export const THRESHOLD_RUNS: readonly number[] = [10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200];
