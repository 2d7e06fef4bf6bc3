import { describe, expect, it } from '@jest/globals';
import { anomaliesOf } from '../../../src/engine/analysis/anomalies.js';
import {
  MIN_MULTIVARIATE_RUNS,
  multivariateOutliers,
  type MetricRow,
} from '../../../src/engine/analysis/multivariate.js';
import { mulberry32, normals } from './prng.js';

/**
 * Runs whose duration and CPU time move together (r = 0.97, as for a CPU-bound script on a quiet machine),
 * with peak RSS and average CPU independent of them.
 */
function history(n: number, seed: number, r = 0.97): MetricRow[] {
  const z = normals(mulberry32(seed));
  return Array.from({ length: n }, () => {
    const a = z();
    const b = z();
    return {
      duration_s: 10 + 0.5 * a,
      cpu_time_s: 8 + 0.4 * (r * a + Math.sqrt(1 - r * r) * b),
      peak_rss_mb: 500 + 10 * z(),
      cpu_percent_avg: 80 + z(),
    };
  });
}

/** Normal duration (+1.5σ), normal CPU time (−1.5σ), but never seen together: more work done in less time. */
function plant(runs: MetricRow[], index: number): MetricRow[] {
  const out = runs.slice();
  out[index] = { ...out[index], duration_s: 10 + 0.5 * 1.5, cpu_time_s: 8 - 0.4 * 1.5 };
  return out;
}

describe('multivariateOutliers', () => {
  it('finds a run that breaks a correlation although each of its metrics is normal alone', () => {
    let found = 0;
    let perMetric = 0;
    const trials = 40;
    for (let t = 0; t < trials; t += 1) {
      const runs = plant(history(20, 1000 + t), 11);
      const result = multivariateOutliers(runs);
      expect(result.status).toBe('ok');
      const hit = result.outliers.find((o) => o.index === 11);
      if (hit) {
        found += 1;
        // The two metrics whose combination is unusual carry most of the distance.
        const top = [...hit.contributions].sort((a, b) => b.share - a.share).slice(0, 2);
        expect(top.map((c) => c.metric).sort()).toEqual(['cpu_time_s', 'duration_s']);
        expect(Math.abs(hit.contributions.find((c) => c.metric === 'duration_s')!.z)).toBeLessThan(3.5);
        expect(hit.p_value).toBeLessThan(0.01);
        expect(hit.distance_sq).toBeGreaterThan(result.threshold_sq!);
      }
      const values = (m: 'duration_s' | 'cpu_time_s') => runs.map((r) => r[m] as number);
      if (
        [
          ...anomaliesOf('duration_s', values('duration_s')),
          ...anomaliesOf('cpu_time_s', values('cpu_time_s')),
        ].some((a) => a.index === 11)
      )
        perMetric += 1;
    }
    expect(found).toBeGreaterThanOrEqual(trials - 1);
    expect(perMetric).toBeLessThanOrEqual(3); // the per-metric scores (almost) never see it
  });

  it('finds it with the minimum history of 10 runs, and with several planted runs', () => {
    expect(multivariateOutliers(plant(history(10, 7), 4)).outliers.map((o) => o.index)).toContain(4);
    const runs = plant(plant(history(40, 8), 5), 30);
    const flagged = multivariateOutliers(runs).outliers.map((o) => o.index);
    expect(flagged).toEqual(expect.arrayContaining([5, 30]));
  });

  // The cutoffs come from a committed table (multivariate-thresholds.test.ts checks it); this is a small seeded
  // check that the lookup is wired in: 3000 clean runs, the stated rate plus three binomial standard errors.
  it.each([
    [0.01, 20],
    [0.05, 40],
  ])('flags about the stated rate %f of clean runs or fewer (n = %i, seeded)', (rate, n) => {
    let flagged = 0;
    let judged = 0;
    const trials = Math.ceil(3000 / n);
    for (let t = 0; t < trials; t += 1) {
      const result = multivariateOutliers(history(n, 50_000 + t * 7 + n), { false_positive_rate: rate });
      expect(result.status).toBe('ok');
      flagged += result.outliers.length;
      judged += n;
    }
    expect(flagged / judged).toBeLessThanOrEqual(rate + 3 * Math.sqrt((rate * (1 - rate)) / judged));
  });

  it('is deterministic for a seed', () => {
    const runs = plant(history(30, 3), 12);
    expect(multivariateOutliers(runs)).toEqual(multivariateOutliers(runs));
    expect(multivariateOutliers(runs, { seed: 9 }).outliers.map((o) => o.index)).toContain(12);
  });

  it('needs 10 runs and two varying metrics; drops constant and missing metrics, and keeps ~5 runs a metric', () => {
    expect(multivariateOutliers(history(MIN_MULTIVARIATE_RUNS - 1, 1)).status).toBe('too_few_runs');
    const constant = history(12, 2).map((r) => ({ ...r, max_threads: 1, max_processes: 1 }));
    const result = multivariateOutliers(constant);
    expect(result.status).toBe('ok');
    expect(result.metrics).toEqual(['duration_s', 'cpu_time_s']); // 12 runs: at most 2 metrics
    expect(result.dropped).toEqual(
      expect.arrayContaining([
        { metric: 'max_threads', reason: 'constant' },
        { metric: 'max_processes', reason: 'constant' },
        { metric: 'peak_rss_mb', reason: 'too_few_runs' },
        { metric: 'read_mb', reason: 'missing' },
      ]),
    );
    const oneVarying = history(20, 3).map((r) => ({ duration_s: r.duration_s, cpu_time_s: 8 }));
    expect(multivariateOutliers(oneVarying, { metrics: ['duration_s', 'cpu_time_s'] }).status).toBe(
      'too_few_metrics',
    );
    expect(multivariateOutliers(history(60, 4)).metrics).toEqual([
      'duration_s',
      'cpu_time_s',
      'peak_rss_mb',
      'cpu_percent_avg',
    ]);
  });

  it('ignores a broken combination smaller than half the metrics’ spread floor', () => {
    // Durations that vary by 0.1% (below the 1% floor): a tiny decorrelation is measurement noise.
    const runs = history(30, 5).map((r) => ({
      duration_s: 10 + ((r.duration_s as number) - 10) * 0.02,
      cpu_time_s: 8 + ((r.cpu_time_s as number) - 8) * 0.02,
    }));
    runs[10] = { duration_s: 10 + 0.01 * 1.5, cpu_time_s: 8 - 0.008 * 1.5 };
    expect(multivariateOutliers(runs).outliers).toEqual([]);
  });

  it('refuses a rate outside (0, 0.5)', () => {
    expect(() => multivariateOutliers(history(12, 1), { false_positive_rate: 0 })).toThrow(/rate/);
  });
});
