import { describe, expect, it } from '@jest/globals';
import { correlationMatrices, pearson, spearman } from '../../../src/engine/analysis/correlation.js';
import { midRanks, rankWithTies } from '../../../src/engine/analysis/ranks.js';

describe('ranks', () => {
  it('averages the ranks of ties', () => {
    expect(rankWithTies([3, 1, 2, 2, 5, 2])).toEqual({ ranks: [5, 1, 3, 3, 6, 3], tie_sizes: [1, 3, 1, 1] });
    expect(midRanks([7, 7])).toEqual([1.5, 1.5]);
    expect(midRanks([])).toEqual([]);
  });
});

describe('pearson and spearman', () => {
  it('Pearson: a hand-computed example', () => {
    // dx = −2..2, dy = −2,0,1,0,1: Σdx·dy = 6, Σdx² = 10, Σdy² = 6 → r = 6/√60.
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('Spearman with ties: ranks 1, 2.5, 2.5, 4 against 1, 3, 2, 4 give 3/√10', () => {
    // rank deviations (−1.5, 0, 0, 1.5) and (−1.5, 0.5, −0.5, 1.5): 4.5/√(4.5·5) = 3/√10 = 0.948683.
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
    // ties on both sides that cancel: ranks (1.5, 1.5, 3.5, 3.5) and (1.5, 3.5, 1.5, 3.5) → 0.
    expect(spearman([1, 1, 2, 2], [1, 2, 1, 2])).toBeCloseTo(0, 12);
  });

  it('Spearman is 1 for any increasing relation where Pearson is not', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = x.map((v) => v ** 4);
    expect(spearman(x, y)).toBeCloseTo(1, 12);
    expect(pearson(x, y)!).toBeLessThan(0.95);
  });

  it('gives null for a constant sample or fewer than 3 pairs', () => {
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(spearman([4, 4, 4], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2], [2, 1])).toBeNull();
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(/length/);
  });
});

describe('correlationMatrices', () => {
  const history = [
    { duration_s: 1, cpu_time_s: 0.9, peak_rss_mb: 50, max_threads: 4 },
    { duration_s: 2, cpu_time_s: 2.1, peak_rss_mb: 40, max_threads: 4 },
    { duration_s: 3, cpu_time_s: 2.9, peak_rss_mb: 30, max_threads: 4 },
    { duration_s: 4, cpu_time_s: 4.2, peak_rss_mb: 20, max_threads: 4 },
    { duration_s: 5, cpu_time_s: null, peak_rss_mb: 10, max_threads: 4 },
  ];
  const metrics = ['duration_s', 'cpu_time_s', 'peak_rss_mb', 'max_threads'] as const;

  it('is symmetric with 1 on the diagonal and uses the runs where both metrics exist', () => {
    const m = correlationMatrices(history, metrics);
    expect(m.metrics).toEqual([...metrics]);
    expect(m.pearson[0]![0]).toBe(1);
    expect(m.pearson[0]![2]).toBeCloseTo(-1, 12);
    expect(m.spearman[0]![1]).toBeCloseTo(1, 12);
    expect(m.pearson[0]![1]).toBeCloseTo(pearson([1, 2, 3, 4], [0.9, 2.1, 2.9, 4.2])!, 12);
    expect(m.runs[0]![1]).toBe(4);
    expect(m.runs[1]![1]).toBe(4);
    expect(m.runs[0]![2]).toBe(5);
    for (let i = 0; i < metrics.length; i += 1) {
      for (let j = 0; j < metrics.length; j += 1) {
        expect(m.pearson[i]![j]).toBe(m.pearson[j]![i]);
        expect(m.spearman[i]![j]).toBe(m.spearman[j]![i]);
      }
    }
  });

  it('gives null for a constant metric, its diagonal included', () => {
    const m = correlationMatrices(history, metrics);
    expect(m.pearson[3]).toEqual([null, null, null, null]);
    expect(m.spearman[3]![3]).toBeNull();
  });
});
