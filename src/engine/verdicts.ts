/**
 * A judged record's verdicts as lists: the metrics the verdict weighed, and those that regressed. One order for
 * both, the metric table's (COMPARABLE_METRICS): the explanation, every report, the end-of-run alerts and the
 * confirming re-runs' progress line all name the regressed metrics in it, so a user reads them alike everywhere.
 */
import { COMPARABLE_METRICS, type ComparableMetric, type RunRecord } from './types.js';

/** Metrics judged `regressed`, in the metric table's order. */
export function regressedMetrics(record: Pick<RunRecord, 'verdicts'>): ComparableMetric[] {
  return COMPARABLE_METRICS.filter((m) => record.verdicts[m]?.verdict === 'regressed');
}

/** Metrics the verdict weighed (not the ones only measured and shown), in the metric table's order. */
export function judgedMetrics(record: Pick<RunRecord, 'verdicts'>): ComparableMetric[] {
  return COMPARABLE_METRICS.filter((m) => {
    const verdict = record.verdicts[m]?.verdict;
    return verdict !== undefined && verdict !== 'not_judged';
  });
}
