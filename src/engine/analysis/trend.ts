/**
 * Trends over a series' history: least-squares slope (with R²) and the Theil–Sen slope (median of the pairwise
 * slopes, robust to a few outliers), per run index and per day; a sentence for reports; a forecast of when a
 * limit would be crossed at this trend.
 */
import { linearRegression, mean, median } from 'simple-statistics';
import { metricUnit as displayUnit } from '../metric-format.js';
import { METRIC_DIMENSION, type ComparableMetric } from '../types.js';
import { MIN_SPREAD_BY_DIMENSION } from './baseline.js';

export const MS_PER_DAY = 86_400_000;

/** A fitted line y = intercept + slope·x. */
export interface LineFit {
  slope: number;
  intercept: number;
}

export interface LeastSquaresFit extends LineFit {
  /** 1 − SS_res/SS_tot; 1 when y is constant (the line fits it exactly). */
  r_squared: number;
}

/** The trend of one metric against one x axis (run index 0,1,2,… or days since the first run). */
export interface AxisTrend {
  least_squares: LeastSquaresFit;
  theil_sen: LineFit;
  /** The last x of the history (n − 1 for runs; days from the first to the last run). */
  last_x: number;
}

export interface Trend {
  metric: ComparableMetric;
  /** Number of points used (finite values). */
  runs: number;
  per_run: AxisTrend;
  /** Null when no timestamps were given or they span no time. */
  per_day: AxisTrend | null;
}

function checkPairs(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) throw new Error(`x and y differ in length (${xs.length} vs ${ys.length})`);
  if (![...xs, ...ys].every(Number.isFinite)) throw new Error('trend needs finite numbers');
}

/** Least-squares line with R²; null with fewer than 2 points or when every x is the same. */
export function leastSquares(xs: readonly number[], ys: readonly number[]): LeastSquaresFit | null {
  checkPairs(xs, ys);
  if (xs.length < 2 || xs.every((x) => x === xs[0])) return null;
  const { m: slope, b: intercept } = linearRegression(xs.map((x, i) => [x, ys[i]!]));
  const yMean = mean(ys as number[]);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < xs.length; i += 1) {
    ssRes += (ys[i]! - (intercept + slope * xs[i]!)) ** 2;
    ssTot += (ys[i]! - yMean) ** 2;
  }
  const r_squared = ssTot === 0 ? 1 : Math.max(0, 1 - ssRes / ssTot);
  return { slope, intercept, r_squared };
}

/**
 * Theil–Sen line: slope = median of (y_j − y_i)/(x_j − x_i) over pairs with x_i ≠ x_j, intercept = median of
 * y − slope·x. Null without such a pair. O(n²) pairs: meant for histories of up to a few thousand runs.
 */
export function theilSen(xs: readonly number[], ys: readonly number[]): LineFit | null {
  checkPairs(xs, ys);
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i += 1) {
    for (let j = i + 1; j < xs.length; j += 1) {
      const dx = xs[j]! - xs[i]!;
      if (dx !== 0) slopes.push((ys[j]! - ys[i]!) / dx);
    }
  }
  if (slopes.length === 0) return null;
  const slope = median(slopes);
  const intercept = median(ys.map((y, i) => y - slope * xs[i]!));
  return { slope, intercept };
}

function axisTrend(xs: readonly number[], ys: readonly number[]): AxisTrend | null {
  const least_squares = leastSquares(xs, ys);
  const theil_sen = theilSen(xs, ys);
  if (least_squares === null || theil_sen === null) return null;
  return { least_squares, theil_sen, last_x: xs[xs.length - 1]! };
}

/**
 * The trend of `metric` over `values`, oldest run first. `times_ms` (epoch milliseconds, same order and length)
 * adds the per-day trend. Points whose value or time is not finite are skipped. Null with fewer than 2 points.
 */
export function trendOf(
  metric: ComparableMetric,
  values: readonly number[],
  times_ms?: readonly number[],
): Trend | null {
  if (times_ms !== undefined && times_ms.length !== values.length) {
    throw new Error(`times_ms has ${times_ms.length} entries for ${values.length} values`);
  }
  const keep = values.map(
    (v, i) => Number.isFinite(v) && (times_ms === undefined || Number.isFinite(times_ms[i])),
  );
  const ys = values.filter((_, i) => keep[i]);
  if (ys.length < 2) return null;
  const per_run = axisTrend(
    ys.map((_, i) => i),
    ys,
  );
  if (per_run === null) return null;
  let per_day: AxisTrend | null = null;
  if (times_ms !== undefined) {
    const ts = times_ms.filter((_, i) => keep[i]);
    const first = ts[0]!;
    per_day = axisTrend(
      ts.map((t) => (t - first) / MS_PER_DAY),
      ys,
    );
  }
  return { metric, runs: ys.length, per_run, per_day };
}

/** Unit of a metric in a sentence: `s`, `MB`, `%`, or none for counts. */
export function metricUnit(metric: ComparableMetric): string {
  const unit = displayUnit(metric);
  return unit === '' || unit === '%' ? unit : ` ${unit}`;
}

/** A number for a sentence: 3 significant digits below 1, one decimal below 100, none above. */
export function formatAmount(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 100) return abs.toFixed(0);
  if (abs >= 1) return abs.toFixed(1);
  if (abs === 0) return '0';
  return String(Number(abs.toPrecision(2)));
}

export interface DescribeOptions {
  /** 'run' (default) or 'day'. */
  per?: 'run' | 'day';
  /** 'least_squares' (default, with R²) or 'theil_sen'. */
  method?: 'least_squares' | 'theil_sen';
}

/**
 * One sentence, e.g. `peak_rss_mb grows 2.0 MB per run (R² 0.97)`, `duration_s shrinks 0.012 s per day
 * (Theil–Sen)`, `max_threads is flat (R² 0.00)`. Flat means the line moves less than the metric's absolute spread
 * floor (1 ms, 0.1 MB, 0.1 %, 0.25) from the first run to the last. Null when the per-day trend was asked for and
 * is missing.
 */
export function describeTrend(trend: Trend, opts: DescribeOptions = {}): string | null {
  const per = opts.per ?? 'run';
  const method = opts.method ?? 'least_squares';
  const axis = per === 'run' ? trend.per_run : trend.per_day;
  if (axis === null) return null;
  const slope = method === 'least_squares' ? axis.least_squares.slope : axis.theil_sen.slope;
  const how = method === 'least_squares' ? `R² ${axis.least_squares.r_squared.toFixed(2)}` : 'Theil–Sen';
  // Flat: the line moves less than the metric's smallest meaningful amount over the whole history.
  const span = Math.abs(slope) * axis.last_x;
  if (slope === 0 || span < MIN_SPREAD_BY_DIMENSION[METRIC_DIMENSION[trend.metric]]) {
    // A line that fits perfectly and does not move: every run had the same value (R² says nothing there).
    const constant = method === 'least_squares' && axis.least_squares.r_squared === 1 && slope === 0;
    return `${trend.metric} is flat (${constant ? 'the same every run' : how})`;
  }
  const amount = formatAmount(slope);
  const verb = slope > 0 ? 'grows' : 'shrinks';
  return `${trend.metric} ${verb} ${amount}${metricUnit(trend.metric)} per ${per} (${how})`;
}

export interface ForecastOptions {
  per?: 'run' | 'day';
  method?: 'least_squares' | 'theil_sen';
  /** 'above' (default: higher is worse, the limit is a ceiling) or 'below' (the limit is a floor). */
  direction?: 'above' | 'below';
}

/**
 * How far after the last run the trend line crosses `limit`: whole runs for per 'run' (rounded up: the first
 * future run whose fitted value reaches the limit), fractional days for per 'day'. 0 when the fitted value at
 * the last run already reaches the limit; null when the line never reaches it (slope 0 or of the wrong sign) or
 * the per-day trend is missing.
 */
export function forecastCrossing(trend: Trend, limit: number, opts: ForecastOptions = {}): number | null {
  const per = opts.per ?? 'run';
  const axis = per === 'run' ? trend.per_run : trend.per_day;
  if (axis === null || !Number.isFinite(limit)) return null;
  const line = (opts.method ?? 'least_squares') === 'least_squares' ? axis.least_squares : axis.theil_sen;
  const sign = (opts.direction ?? 'above') === 'above' ? 1 : -1;
  // Work as if the limit were a ceiling: flip both the line and the limit for a floor.
  const now = sign * (line.intercept + line.slope * axis.last_x);
  const slope = sign * line.slope;
  const ceiling = sign * limit;
  if (now >= ceiling) return 0;
  if (!(slope > 0)) return null;
  const ahead = (ceiling - now) / slope;
  return per === 'run' ? Math.ceil(ahead - 1e-9 * Math.max(1, ahead)) : ahead;
}
