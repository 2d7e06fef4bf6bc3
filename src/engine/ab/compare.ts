/**
 * The side-by-side judgement of interleaved pairs (A_i, B_i): per metric, the medians of A and B, the ratio B/A
 * with a confidence interval, a paired test and a verdict; then the gates.
 *
 * Why log ratios: run i of A and run i of B share the machine's state of that moment (a slow VM, a busy
 * neighbour), which scales both roughly by the same factor. log(B_i / A_i) cancels that factor; the pairs'
 * log ratios are then compared with 0.
 *
 * Why Hodges–Lehmann with the signed-rank test, not a bootstrap: with 10 pairs a percentile bootstrap
 * under-covers (it resamples only 10 values, and its interval is too narrow), and it needs a PRNG in a
 * verdict that should be reproducible. Hodges–Lehmann's interval is exact and distribution-free for any n (its
 * coverage is known: 95.1% for 10 pairs), deterministic, robust to one disturbed pair, and it is the inversion
 * of the Wilcoxon signed-rank test, so the interval and the p-value never disagree.
 *
 * A value that can be 0 (read_mb of a script that reads nothing) is offset by the metric's resolution before
 * the ratio (METRIC_EPSILON), so 0 → 0 is a ratio of exactly 1 and 0 → something is finite.
 */
import {
  COMPARABLE_METRICS,
  METRIC_DIMENSION,
  type ComparableMetric,
  type GateResult,
  type MetricDimension,
  type RunMetrics,
} from '../types.js';
import { evaluateGates, type GateRule } from '../rules/index.js';
import { benchmarkStats, type BenchmarkStats } from '../analysis/benchmark-stats.js';
import { DEFAULT_JUDGED_METRICS, isShapeMetric } from '../metrics.js';
import { hodgesLehmann, signedRankTest } from './signed-rank.js';

/** Added to both sides of a ratio: the smallest amount of each dimension worth telling apart. */
export const METRIC_EPSILON: Readonly<Record<MetricDimension, number>> = {
  time: 0.001, // 1 ms
  size: 0.001, // ~1 KB in MB
  percent: 0.1,
  count: 0.001,
};

export const DEFAULT_AB_CONFIDENCE = 0.95;
/**
 * `pyrun ab` with neither --gate nor --max-regression: fail when a headline metric is, at 95% confidence, more than
 * 5% worse. Statistically significant but smaller changes are still reported as regressed, without failing.
 */
export const DEFAULT_MAX_REGRESSION_PCT = 5;
/**
 * A consistent change smaller than this (a few bytes more read, 0.2% more RSS) is reported as no difference:
 * with paired runs such changes are easily significant, and never worth a red mark.
 */
export const MIN_EFFECT_PCT = 1;

/**
 * `changed`: a metric that is not weighed as better or worse (a shape of the run, such as its CPU share, or a metric
 * not named by `--judge`) that moved beyond chance: shown, never called improved or regressed.
 */
export type AbVerdictKind = 'regressed' | 'improved' | 'no_difference' | 'changed';

export interface AbPair {
  a: RunMetrics;
  b: RunMetrics;
  /** Which side ran first in this pair. */
  order: 'AB' | 'BA';
}

export interface AbMetricResult {
  a: BenchmarkStats;
  b: BenchmarkStats;
  /** B/A: exp of the Hodges–Lehmann estimate of the pairs' log ratios. */
  ratio: number;
  ratio_low: number;
  ratio_high: number;
  /** The interval's actual confidence (e.g. 0.951 for 10 pairs, 0.969 for 6). */
  confidence: number;
  /** Two-sided p-value of the Wilcoxon signed-rank test on the log ratios. */
  p_value: number;
  test: 'wilcoxon-signed-rank-exact' | 'wilcoxon-signed-rank-normal';
  /** (ratio − 1) · 100. */
  change_pct: number;
  verdict: AbVerdictKind;
  /** True when the ratio's lower bound is above 1 + max_regression_pct (only with max_regression_pct). */
  over_max_regression: boolean;
}

export interface AbJudgeOptions {
  /** Default 0.95: the interval's target confidence; the test's level is 1 − confidence. */
  confidence?: number;
  /**
   * `--max-regression`: a judged metric whose ratio's lower bound exceeds 1 + this/100 fails. Every metric is
   * still compared and reported; a test at 95% on each of ~17 would fail about one comparison of a script against
   * itself in ten (a busy machine's involuntary context switches move by tens of percent). null: no such gate.
   */
  max_regression_pct: number | null;
  /** `--gate` rules: the metric is B's median, `baseline` (or `a`) is A's median of that metric. */
  gates: readonly GateRule[];
  metrics?: readonly ComparableMetric[];
  /**
   * The metrics judged better or worse (default: the metric table's DEFAULT_JUDGED_METRICS, as for a run). Their
   * tests share the level 1 − confidence (Bonferroni), so a script against an identical copy is called regressed or
   * improved in at most that share of comparisons, however many metrics are judged. The others are `changed` at most.
   */
  judged?: readonly ComparableMetric[];
  /** Default MIN_EFFECT_PCT (1): smaller changes are no difference, however consistent. */
  min_effect_pct?: number;
}

export interface AbJudgement {
  metrics: Partial<Record<ComparableMetric, AbMetricResult>>;
  gates: GateResult[];
  /** Metrics over --max-regression, in table order. */
  over_max_regression: ComparableMetric[];
  /** True when a gate failed or a metric is over --max-regression. */
  gate_failed: boolean;
}

export function judgeAb(pairs: readonly AbPair[], opts: AbJudgeOptions): AbJudgement {
  const confidence = opts.confidence ?? DEFAULT_AB_CONFIDENCE;
  const alpha = 1 - confidence;
  const compared = opts.metrics ?? COMPARABLE_METRICS;
  // A shape of the run (CPU share) is never better or worse, whatever the list says.
  const judged = new Set<ComparableMetric>(
    (opts.judged ?? DEFAULT_JUDGED_METRICS).filter((m) => compared.includes(m) && !isShapeMetric(m)),
  );
  // The family is the judged metrics this comparison measured (an instruction count only under --instructions).
  const measured = [...judged].filter((m) =>
    pairs.some((p) => Number.isFinite(p.a[m]) && Number.isFinite(p.b[m])),
  );
  const judgedAlpha = alpha / Math.max(1, measured.length);
  const metrics: AbJudgement['metrics'] = {};
  const over: ComparableMetric[] = [];
  for (const metric of compared) {
    // Metrics this platform does not measure (null) are left out, as a baseline leaves them out.
    const usable = pairs.flatMap((p) => {
      const a = p.a[metric];
      const b = p.b[metric];
      return typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b)
        ? [{ a, b }]
        : [];
    });
    if (usable.length === 0) continue;
    const eps = METRIC_EPSILON[METRIC_DIMENSION[metric]];
    const logRatios = usable.map((p) => Math.log((p.b + eps) / (p.a + eps)));
    const test = signedRankTest(logRatios);
    const shift = hodgesLehmann(logRatios, confidence);
    const change_pct = (Math.exp(shift.estimate) - 1) * 100;
    const isJudged = judged.has(metric);
    const significant =
      test.p_value <= (isJudged ? judgedAlpha : alpha) &&
      Math.abs(change_pct) >= (opts.min_effect_pct ?? MIN_EFFECT_PCT);
    const verdict: AbVerdictKind = !significant
      ? 'no_difference'
      : !isJudged
        ? 'changed'
        : shift.lower > 0
          ? 'regressed'
          : shift.upper < 0
            ? 'improved'
            : 'no_difference';
    const ratio_low = Math.exp(shift.lower);
    const over_max_regression =
      opts.max_regression_pct !== null &&
      isJudged &&
      verdict === 'regressed' &&
      ratio_low > 1 + opts.max_regression_pct / 100;
    if (over_max_regression) over.push(metric);
    metrics[metric] = {
      a: benchmarkStats(usable.map((p) => p.a)),
      b: benchmarkStats(usable.map((p) => p.b)),
      ratio: Math.exp(shift.estimate),
      ratio_low,
      ratio_high: Math.exp(shift.upper),
      confidence: shift.confidence,
      p_value: test.p_value,
      test: test.method === 'exact' ? 'wilcoxon-signed-rank-exact' : 'wilcoxon-signed-rank-normal',
      change_pct,
      verdict,
      over_max_regression,
    };
  }
  const bMedians: Partial<Record<ComparableMetric | 'exit_code', number | null>> = {};
  for (const [metric, result] of Object.entries(metrics))
    bMedians[metric as ComparableMetric] = result.b.median;
  bMedians.exit_code = pairs.at(-1)?.b.exit_code ?? null;
  const gates = evaluateGates(opts.gates, bMedians, (metric) =>
    metric === 'exit_code'
      ? undefined
      : (metrics as Partial<Record<string, AbMetricResult>>)[metric]?.a.median,
  );
  return {
    metrics,
    gates,
    over_max_regression: over,
    gate_failed: over.length > 0 || gates.some((g) => !g.passed),
  };
}
