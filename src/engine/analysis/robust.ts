/**
 * The few statistics every `pyrun run` needs (judging a run, the medians of repeats): the median, the median
 * absolute deviation and the error function, the same definitions simple-statistics uses, here in a few lines.
 *
 * Why not simple-statistics itself on this path: its one ES module computes a normal-distribution table when it
 * loads, hot enough that V8 runs its optimising compiler, which costs CPU time and peak memory on every run, before
 * the script starts (docs/costs.md). The analysis commands (trend, correlation,
 * multivariate) still use simple-statistics; a unit test checks that these agree with it.
 */

/**
 * The middle value of `values`; for an even count, halfway between the two middle ones (as lo + (hi − lo)/2, the
 * interpolation simple-statistics uses, so the two agree to the last bit). Throws when empty.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median requires at least one data point');
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid]!;
  const lo = sorted[mid - 1]!;
  return lo + (sorted[mid]! - lo) / 2;
}

/** The median of the absolute deviations from the median. Throws when empty. */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const centre = median(values);
  return median(values.map((v) => Math.abs(v - centre)));
}

/**
 * The error function erf(x), by the Chebyshev fit of erfc in Numerical Recipes (Press et al., 2nd ed., §6.2,
 * `erfcc`): fractional error below 1.2e-7 everywhere, the approximation simple-statistics' errorFunction uses.
 */
export function errorFunction(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  // Horner's rule for the polynomial in t, then −x² + t·(…) − 1.26551223 summed left to right.
  let p = 0.17087277;
  for (const c of [
    -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368,
  ])
    p = p * t + c;
  const erfc = t * Math.exp(-x * x + p * t - 1.26551223);
  return x >= 0 ? 1 - erfc : erfc - 1;
}
