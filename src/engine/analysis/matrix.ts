/**
 * The little linear algebra the multivariate analysis needs, for small symmetric matrices (a handful of metrics):
 * mean and covariance of rows, Cholesky factorisation, log-determinant and squared Mahalanobis distance.
 */

export type Vector = number[];
export type Matrix = number[][];

/** Column means of `rows` (each a vector of the same length). */
export function meanOf(rows: readonly Vector[]): Vector {
  const p = rows[0]?.length ?? 0;
  const mean = new Array<number>(p).fill(0);
  for (const row of rows) for (let j = 0; j < p; j += 1) mean[j]! += row[j]!;
  return mean.map((s) => s / Math.max(1, rows.length));
}

/** Σ (x − mean)(x − mean)ᵀ / divisor over `rows`. */
export function covarianceOf(rows: readonly Vector[], mean: Vector, divisor: number): Matrix {
  const p = mean.length;
  const cov: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const row of rows) {
    for (let i = 0; i < p; i += 1) {
      const di = row[i]! - mean[i]!;
      for (let j = 0; j <= i; j += 1) cov[i]![j]! += di * (row[j]! - mean[j]!);
    }
  }
  for (let i = 0; i < p; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      cov[i]![j]! /= divisor;
      cov[j]![i] = cov[i]![j]!;
    }
  }
  return cov;
}

/** A copy of `m` with `add[i]` added to each diagonal entry. */
export function addDiagonal(m: Matrix, add: readonly number[]): Matrix {
  return m.map((row, i) => row.map((v, j) => (i === j ? v + add[i]! : v)));
}

export function scaleMatrix(m: Matrix, factor: number): Matrix {
  return m.map((row) => row.map((v) => v * factor));
}

/** The lower-triangular L with L·Lᵀ = m, or null when m is not (numerically) positive definite. */
export function cholesky(m: Matrix): Matrix | null {
  const p = m.length;
  const L: Matrix = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = m[i]![j]!;
      for (let k = 0; k < j; k += 1) sum -= L[i]![k]! * L[j]![k]!;
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return null;
        L[i]![i] = Math.sqrt(sum);
      } else {
        L[i]![j] = sum / L[j]![j]!;
      }
    }
  }
  return L;
}

/** ln det(m) from its Cholesky factor. */
export function logDetFromCholesky(L: Matrix): number {
  let sum = 0;
  for (let i = 0; i < L.length; i += 1) sum += Math.log(L[i]![i]!);
  return 2 * sum;
}

/** x with m·x = b, from m's Cholesky factor (forward then back substitution). */
export function solveCholesky(L: Matrix, b: readonly number[]): Vector {
  const p = L.length;
  const y = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i += 1) {
    let sum = b[i]!;
    for (let k = 0; k < i; k += 1) sum -= L[i]![k]! * y[k]!;
    y[i] = sum / L[i]![i]!;
  }
  const x = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i -= 1) {
    let sum = y[i]!;
    for (let k = i + 1; k < p; k += 1) sum -= L[k]![i]! * x[k]!;
    x[i] = sum / L[i]![i]!;
  }
  return x;
}

/** (x − mean)ᵀ m⁻¹ (x − mean), with m given by its Cholesky factor. */
export function mahalanobisSq(L: Matrix, x: readonly number[], mean: readonly number[]): number {
  // ‖L⁻¹(x − mean)‖²: forward substitution only.
  const p = L.length;
  const y = new Array<number>(p).fill(0);
  let sum = 0;
  for (let i = 0; i < p; i += 1) {
    let s = x[i]! - mean[i]!;
    for (let k = 0; k < i; k += 1) s -= L[i]![k]! * y[k]!;
    y[i] = s / L[i]![i]!;
    sum += y[i]! * y[i]!;
  }
  return sum;
}
