/**
 * Runs whose combination of metrics is unusual even when each metric alone looks normal — e.g. a run whose
 * duration and CPU time are each within their usual range, but not together (this much CPU never came with so
 * short a run). Per-metric robust z-scores (./anomalies.ts) cannot see that; a Mahalanobis distance can.
 *
 * Method (deterministic: the random starts come from a seeded generator):
 * 1. Metrics: the candidates in priority order; a metric missing in any run, or constant in the robust sense
 *    (MAD 0: more than half the runs share one value — per-metric anomalies cover those), is dropped. At most
 *    ⌊runs / 5⌋ metrics are used (a covariance needs several runs per dimension); the rest are reported dropped.
 *    Fewer than 10 runs or fewer than 2 metrics: nothing is judged.
 * 2. Each metric is standardised by its median and 1.4826·MAD.
 * 3. Robust location and covariance: the Minimum Covariance Determinant by concentration steps (FAST-MCD,
 *    Rousseeuw & Van Driessen 1999): from several starts — the h runs nearest the median, plus seeded random
 *    (p+1)-subsets — repeat "fit mean and covariance to the subset, keep the h runs nearest under it" until the
 *    subset no longer changes; the subset of smallest determinant wins, h = max(⌈0.75·n⌉, ⌊(n+p+1)/2⌋).
 *    Its covariance is scaled so that the median squared distance is χ²(p)'s median (consistency), then
 *    reweighted: mean and covariance of the runs within χ²(p)'s 97.5% quantile, scaled by the truncated-normal
 *    factor 0.975 / F_{χ²(p+2)}(q).
 * 4. Each metric's spread floor (./baseline.ts spreadFloor: a fraction of the median, or the dimension's floor) counts as
 *    measurement resolution: (½·floor)² is added to that metric's variance, so a combination that differs
 *    from the usual by less than half a floor never counts, and a near-singular covariance stays invertible.
 * 5. A run is flagged when its squared distance exceeds the cutoff: χ²(p)'s (1 − rate) quantile, raised for
 *    small histories to the quantile the estimator really gives on normal noise (a committed table, see
 *    calibratedThreshold); rate is the stated false-positive rate per run (default 1%). Its p-value is χ²(p)'s
 *    upper tail at the distance.
 *
 * Under multivariate normal noise the flagged fraction of clean runs stays at or below the stated rate
 * (tested over many seeded histories); real metrics are not normal, so treat the rate as a guide.
 */
import { median, medianAbsoluteDeviation } from 'simple-statistics';
import type { ComparableMetric } from '../types.js';
import { SPREAD_PER_MAD, spreadFloor } from './baseline.js';
import { chiSquareCdf, chiSquareQuantile, chiSquareSurvival } from './chi-square.js';
import { MULTIVARIATE_THRESHOLDS } from './multivariate-thresholds.js';
import {
  addDiagonal,
  cholesky,
  covarianceOf,
  logDetFromCholesky,
  mahalanobisSq,
  meanOf,
  scaleMatrix,
  solveCholesky,
  type Matrix,
  type Vector,
} from './matrix.js';

export const MIN_MULTIVARIATE_RUNS = 10;
export const RUNS_PER_DIMENSION = 5;
export const DEFAULT_MULTIVARIATE_RATE = 0.01;
export const DEFAULT_MULTIVARIATE_STARTS = 20;
/** Fraction of the runs the MCD subset covers. */
export const MCD_COVERAGE = 0.75;
const REWEIGHT_LEVEL = 0.975;
const MAX_CSTEPS = 100;

/** Candidate metrics in priority order: when runs are few, the first ones are kept. */
export const MULTIVARIATE_METRICS: readonly ComparableMetric[] = [
  'duration_s',
  'cpu_time_s',
  'peak_rss_mb',
  'cpu_percent_avg',
  'read_mb',
  'write_mb',
  'max_threads',
  'max_processes',
  'cpu_percent_max',
];

export type MetricRow = Partial<Record<ComparableMetric, number | null>>;

export interface MultivariateOptions {
  /** Candidate metrics in priority order (default MULTIVARIATE_METRICS). */
  metrics?: readonly ComparableMetric[];
  /** Stated false-positive rate per run (default 0.01). */
  false_positive_rate?: number;
  /** Seed of the random starts (default 1). */
  seed?: number;
  /** Random starts besides the deterministic one (default 20). */
  starts?: number;
}

export interface MultivariateOutlier {
  /** Index of the run in the history given (oldest first). */
  index: number;
  distance_sq: number;
  p_value: number;
  /**
   * Per metric: the run's robust z-score alone, and its share of the squared distance
   * ((x−μ)ᵢ·(Σ⁻¹(x−μ))ᵢ / d², summing to 1) — the largest shares name the combination that is unusual.
   */
  contributions: { metric: ComparableMetric; z: number; share: number }[];
}

export type MultivariateStatus = 'ok' | 'too_few_runs' | 'too_few_metrics';

export interface MultivariateResult {
  status: MultivariateStatus;
  runs: number;
  /** Metrics the distance was computed over. */
  metrics: ComparableMetric[];
  dropped: { metric: ComparableMetric; reason: 'missing' | 'constant' | 'too_few_runs' }[];
  false_positive_rate: number;
  /** Squared distances above this are flagged (χ²(p) quantile at 1 − rate); null when nothing was judged. */
  threshold_sq: number | null;
  method: string;
  outliers: MultivariateOutlier[];
}

export const MULTIVARIATE_METHOD = 'robust Mahalanobis distance (reweighted FAST-MCD), chi-square cutoff';

/** Runs of `history` (oldest first) whose combination of metrics is unusual. */
export function multivariateOutliers(
  history: readonly MetricRow[],
  opts: MultivariateOptions = {},
): MultivariateResult {
  const rate = opts.false_positive_rate ?? DEFAULT_MULTIVARIATE_RATE;
  if (!(rate > 0 && rate < 0.5))
    throw new Error(`false-positive rate must be between 0 and 0.5, got ${rate}`);
  const n = history.length;
  const result: MultivariateResult = {
    status: 'ok',
    runs: n,
    metrics: [],
    dropped: [],
    false_positive_rate: rate,
    threshold_sq: null,
    method: MULTIVARIATE_METHOD,
    outliers: [],
  };
  if (n < MIN_MULTIVARIATE_RUNS) return { ...result, status: 'too_few_runs' };

  const maxDims = Math.floor(n / RUNS_PER_DIMENSION);
  const scales: { centre: number; scale: number; floor: number }[] = [];
  for (const metric of opts.metrics ?? MULTIVARIATE_METRICS) {
    const values = history.map((run) => run[metric]);
    if (!values.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) {
      result.dropped.push({ metric, reason: 'missing' });
      continue;
    }
    const mad = medianAbsoluteDeviation(values);
    if (!(mad > 0)) {
      result.dropped.push({ metric, reason: 'constant' });
      continue;
    }
    if (result.metrics.length >= maxDims) {
      result.dropped.push({ metric, reason: 'too_few_runs' });
      continue;
    }
    const centre = median(values);
    result.metrics.push(metric);
    scales.push({ centre, scale: SPREAD_PER_MAD * mad, floor: spreadFloor(metric, centre) });
  }
  const p = result.metrics.length;
  if (p < 2) return { ...result, status: 'too_few_metrics' };

  const Z: Vector[] = history.map((run) =>
    result.metrics.map((m, j) => ((run[m] as number) - scales[j]!.centre) / scales[j]!.scale),
  );
  const fit = robustFit(Z, opts.seed ?? 1, opts.starts ?? DEFAULT_MULTIVARIATE_STARTS);
  const resolution = scales.map((s) => (0.5 * s.floor) / s.scale);
  const cov = addDiagonal(
    fit.cov,
    resolution.map((r) => r * r),
  );
  const L = choleskyWithJitter(cov);
  const threshold = calibratedThreshold(n, p, rate);
  result.threshold_sq = threshold;
  Z.forEach((z, index) => {
    const d2 = mahalanobisSq(L, z, fit.mean);
    if (!(d2 > threshold)) return;
    const diff = z.map((v, j) => v - fit.mean[j]!);
    const w = solveCholesky(L, diff);
    result.outliers.push({
      index,
      distance_sq: d2,
      p_value: chiSquareSurvival(d2, p),
      contributions: result.metrics.map((metric, j) => ({
        metric,
        z: z[j]!,
        share: (diff[j]! * w[j]!) / d2,
      })),
    });
  });
  return result;
}

/**
 * The cutoff for squared distances at false-positive rate `rate`, for n runs and p metrics: from the committed
 * table (multivariate-thresholds.ts, computed by bench/calibrate/multivariate.ts at rate 0.01): the (1 − rate)
 * quantile of the squared distances the estimator gives on standard-normal histories, never below χ²(p)'s.
 * A history size between two computed ones takes the smaller one's cutoff (a larger, so safer, cutoff), beyond
 * the table its largest. Another rate scales χ²(p)'s quantile at that rate by the table's small-sample inflation.
 * No simulation happens here.
 */
export function calibratedThreshold(n: number, p: number, rate: number): number {
  const chi2 = chiSquareQuantile(1 - rate, p);
  let row: readonly number[] | undefined;
  for (const [runs, cutoffs] of MULTIVARIATE_THRESHOLDS) {
    if (runs > n) break;
    if (cutoffs[p - 2] !== undefined) row = cutoffs;
  }
  const tabled = row?.[p - 2];
  if (tabled === undefined) return chi2;
  if (rate === DEFAULT_MULTIVARIATE_RATE) return Math.max(chi2, tabled);
  return chi2 * Math.max(1, tabled / chiSquareQuantile(1 - DEFAULT_MULTIVARIATE_RATE, p));
}

interface Fit {
  mean: Vector;
  cov: Matrix;
}

/** Reweighted MCD location and covariance of the rows of Z (n ≥ 2p). */
export function robustFit(Z: readonly Vector[], seed: number, starts: number): Fit {
  const n = Z.length;
  const p = Z[0]!.length;
  const h = Math.min(n, Math.max(Math.ceil(MCD_COVERAGE * n), Math.floor((n + p + 1) / 2)));
  const random = xorshift(seed);

  const candidates: number[][] = [];
  // Deterministic start: the h rows nearest the coordinate-wise median (the origin after standardising).
  candidates.push(
    nearest(
      Z.map((z) => z.reduce((s, v) => s + v * v, 0)),
      h,
    ),
  );
  for (let s = 0; s < starts; s += 1) candidates.push(randomSubset(n, p + 1, random));

  let best: { subset: number[]; logDet: number } | null = null;
  for (const start of candidates) {
    const found = concentrate(Z, start, h);
    if (best === null || found.logDet < best.logDet - 1e-12) best = found;
  }
  const subset = best!.subset.map((i) => Z[i]!);
  const rawMean = meanOf(subset);
  let rawCov = covarianceOf(subset, rawMean, subset.length);
  const rawL = choleskyWithJitter(rawCov);
  const rawD2 = Z.map((z) => mahalanobisSq(rawL, z, rawMean));
  const consistency = median(rawD2) / chiSquareQuantile(0.5, p);
  if (consistency > 0) rawCov = scaleMatrix(rawCov, consistency);

  const cutoff = chiSquareQuantile(REWEIGHT_LEVEL, p);
  const kept = Z.filter((_, i) => rawD2[i]! / (consistency > 0 ? consistency : 1) <= cutoff);
  if (kept.length <= p) return { mean: rawMean, cov: rawCov };
  const mean = meanOf(kept);
  const truncation = REWEIGHT_LEVEL / chiSquareCdf(cutoff, p + 2);
  return { mean, cov: scaleMatrix(covarianceOf(kept, mean, kept.length), truncation) };
}

/** C-steps from `start` until the subset is stable: the h rows nearest under the subset's own fit. */
function concentrate(Z: readonly Vector[], start: number[], h: number): { subset: number[]; logDet: number } {
  let subset = start;
  let logDet = Infinity;
  for (let step = 0; step < MAX_CSTEPS; step += 1) {
    const rows = subset.map((i) => Z[i]!);
    const mean = meanOf(rows);
    const L = choleskyWithJitter(covarianceOf(rows, mean, rows.length));
    const next = nearest(
      Z.map((z) => mahalanobisSq(L, z, mean)),
      h,
    );
    const nextRows = next.map((i) => Z[i]!);
    const nextMean = meanOf(nextRows);
    const nextDet = logDetFromCholesky(choleskyWithJitter(covarianceOf(nextRows, nextMean, h)));
    const same = subset.length === h && next.every((v, i) => v === subset[i]);
    subset = next;
    if (same || nextDet >= logDet) {
      logDet = Math.min(logDet, nextDet);
      break;
    }
    logDet = nextDet;
  }
  return { subset, logDet };
}

/** Indices of the h smallest values, ascending by index (ties broken by index). */
function nearest(values: readonly number[], h: number): number[] {
  return values
    .map((v, i) => ({ v: Number.isFinite(v) ? v : Infinity, i }))
    .sort((a, b) => a.v - b.v || a.i - b.i)
    .slice(0, h)
    .map((e) => e.i)
    .sort((a, b) => a - b);
}

function randomSubset(n: number, k: number, random: () => number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k).sort((a, b) => a - b);
}

/** Cholesky of m, adding a growing multiple of its mean diagonal when it is (numerically) singular. */
export function choleskyWithJitter(m: Matrix): Matrix {
  const p = m.length;
  const scale = Math.max(1e-12, m.reduce((s, row, i) => s + Math.abs(row[i]!), 0) / p);
  for (let jitter = 0; ; jitter = jitter === 0 ? 1e-10 : jitter * 10) {
    const L = cholesky(jitter === 0 ? m : addDiagonal(m, new Array<number>(p).fill(jitter * scale)));
    if (L !== null) return L;
    if (jitter > 1) throw new Error('covariance is not positive definite');
  }
}

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
