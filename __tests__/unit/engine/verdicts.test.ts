/** regressedMetrics / judgedMetrics: one order wherever a user reads the regressed metrics. */
import { describe, expect, it } from '@jest/globals';
import { judgedMetrics, regressedMetrics } from '../../../src/engine/verdicts.js';
import { explain } from '../../../src/engine/explain.js';
import type { MetricVerdict } from '../../../src/engine/types.js';
import { makeRecord } from '../../helpers/builders.js';

const verdict = (kind: MetricVerdict['verdict'], change_pct: number): MetricVerdict => ({
  verdict: kind,
  change_pct,
  statistic: 'median',
});

describe('the lists of judged and regressed metrics', () => {
  it("follow the metric table's order, not the order the verdicts were written in", () => {
    // Written last to first: a list in insertion order would say peak_rss_mb first.
    const verdicts = {
      peak_rss_mb: verdict('regressed', 40),
      cpu_time_s: verdict('unchanged', 1),
      max_threads: verdict('not_judged', 0),
      duration_s: verdict('regressed', 31),
    };
    expect(regressedMetrics({ verdicts })).toEqual(['duration_s', 'peak_rss_mb']);
    expect(judgedMetrics({ verdicts })).toEqual(['duration_s', 'cpu_time_s', 'peak_rss_mb']);
  });

  it('the explanation names them in that order', () => {
    const record = makeRecord({
      status: 'regressed',
      verdicts: { peak_rss_mb: verdict('regressed', 40), duration_s: verdict('regressed', 31) },
    });
    expect(explain(record)[0]).toContain('regressed in duration_s, peak_rss_mb');
  });
});
