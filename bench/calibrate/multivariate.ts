/**
 * The Monte Carlo behind src/engine/analysis/multivariate-thresholds.ts (never run in production): the (1 − rate)
 * quantile of the squared robust distances the multivariate estimator gives on seeded standard-normal histories
 * of n runs and p metrics (the estimator is affine equivariant, so one covariance serves all). Small histories
 * need a cutoff above χ²(p)'s quantile, because the robust covariance of few runs is too tight.
 *
 * `node scripts/generate-multivariate-thresholds.mjs` bundles this file and writes the table; the unit test
 * recomputes one entry with fewer simulations.
 */
import { chiSquareQuantile } from '../../src/engine/analysis/chi-square.js';
import { mahalanobisSq } from '../../src/engine/analysis/matrix.js';
import { choleskyWithJitter, robustFit } from '../../src/engine/analysis/multivariate.js';

/** A seeded uniform generator on [0, 1): xorshift32. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

export interface SimulationOptions {
  rate: number;
  /** Seed of the fits' random starts (the estimator's default, 1) and of the simulated histories. */
  seed: number;
  starts: number;
  /** Simulated squared distances wanted (about; at least 100 histories). */
  distances: number;
}

/** max(χ²(p) quantile, simulated quantile) at 1 − rate, for n runs and p metrics. */
export function simulatedThreshold(n: number, p: number, opts: SimulationOptions): number {
  const random = xorshift(opts.seed ^ 0x5bd1e995);
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const simulations = Math.max(100, Math.ceil(Math.max(opts.distances, 50 / opts.rate) / n));
  const distances: number[] = [];
  for (let s = 0; s < simulations; s += 1) {
    const Z = Array.from({ length: n }, () => Array.from({ length: p }, gaussian));
    const fit = robustFit(Z, opts.seed + s + 1, opts.starts);
    const L = choleskyWithJitter(fit.cov);
    for (const z of Z) distances.push(mahalanobisSq(L, z, fit.mean));
  }
  distances.sort((a, b) => a - b);
  const simulated = distances[Math.min(distances.length - 1, Math.ceil((1 - opts.rate) * distances.length))]!;
  return Math.max(chiSquareQuantile(1 - opts.rate, p), simulated);
}
