/**
 * The chi-square distribution for whole degrees of freedom: its CDF through the regularized lower incomplete
 * gamma function P(k/2, x/2), and its quantile by bisection on the CDF. Written here (simple-statistics has only
 * a table at a few levels) and tested against published table values.
 *
 * P(a, x) is summed as a power series for x < a + 1 and as Legendre's continued fraction for the upper tail
 * otherwise (both converge fast there). a = k/2 is a multiple of ½, so ln Γ(a) is exact: Γ(1) = 1,
 * Γ(½) = √π and Γ(a + 1) = a·Γ(a).
 */

const MAX_ITERATIONS = 1000;
const EPSILON = 1e-15;
const TINY = 1e-300;

/** ln Γ(a) for a positive multiple of ½ (exact up to rounding). */
export function lnGammaHalfInteger(a: number): number {
  if (!(a > 0) || !Number.isInteger(a * 2))
    throw new Error(`lnGammaHalfInteger needs a multiple of 1/2, got ${a}`);
  let base = Number.isInteger(a) ? 1 : 0.5;
  let sum = Number.isInteger(a) ? 0 : 0.5 * Math.log(Math.PI);
  while (base < a) {
    sum += Math.log(base);
    base += 1;
  }
  return sum;
}

/** The regularized lower incomplete gamma function P(a, x), for a a positive multiple of ½. */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  const logPrefix = -x + a * Math.log(x) - lnGammaHalfInteger(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n += 1) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    return Math.min(1, sum * Math.exp(logPrefix));
  }
  // Q(a, x) by the modified Lentz method on the continued fraction 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a−…))).
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.max(0, 1 - Math.exp(logPrefix) * h);
}

function checkDf(df: number): void {
  if (!Number.isInteger(df) || df < 1)
    throw new Error(`chi-square degrees of freedom must be a whole number ≥ 1, got ${df}`);
}

/** P(X ≤ x) for X ~ χ²(df). */
export function chiSquareCdf(x: number, df: number): number {
  checkDf(df);
  return regularizedGammaP(df / 2, x / 2);
}

/** The upper tail P(X > x) for X ~ χ²(df): the p-value of a squared distance x. */
export function chiSquareSurvival(x: number, df: number): number {
  return 1 - chiSquareCdf(x, df);
}

/** The q-quantile of χ²(df), 0 < q < 1, to about 1e-10 relative. */
export function chiSquareQuantile(q: number, df: number): number {
  checkDf(df);
  if (!(q > 0 && q < 1)) throw new Error(`quantile level must be between 0 and 1, got ${q}`);
  let lo = 0;
  let hi = Math.max(1, df);
  while (chiSquareCdf(hi, df) < q) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i += 1) {
    const mid = (lo + hi) / 2;
    if (chiSquareCdf(mid, df) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
