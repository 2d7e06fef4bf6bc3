/** `pyrun trend`: slopes per run and per day, robust slopes, forecasts against gates, anomalies, correlation. */
import {
  MIN_MULTIVARIATE_RUNS,
  trendReport,
  type MultivariateReport,
  PyrunError,
  parseGate,
  RuleError,
} from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { shown } from '../table.js';
import { parseMetric } from './compare.js';
import { chooseSeries, openExistingHistory, writeJson } from './store.js';

export async function trendCommand(
  opts: { db: string; name?: string; metric?: string; gate?: string[]; last?: string; json?: boolean },
  ctx: CliContext,
): Promise<number> {
  const metrics = parseMetric(opts.metric);
  const gates = (opts.gate ?? []).map((g) => {
    try {
      return parseGate(g);
    } catch (error) {
      if (error instanceof RuleError) throw new PyrunError(`bad rule: ${error.message}`);
      throw error;
    }
  });
  const last = opts.last === undefined ? 200 : Number(opts.last);
  if (!Number.isInteger(last) || last < 2)
    throw new PyrunError(`--last must be a whole number of at least 2 (got '${opts.last}')`);
  const store = await openExistingHistory(opts.db, ctx);
  try {
    const name = chooseSeries(store, opts.name);
    const runs = store.listRuns({ name, last }).reverse();
    const report = trendReport(name, runs, metrics, gates);
    if (opts.json) {
      writeJson(ctx, report);
      return 0;
    }
    if (report.metrics.length === 0) {
      ctx.stdout.write(`${shown(`${name}: ${runs.length} run(s) — a trend needs at least 2`)}\n`);
      return 0;
    }
    ctx.stdout.write(`${shown(`${name}: ${runs.length} runs, oldest first`)}\n`);
    for (const m of report.metrics) {
      const daily = m.per_day ? `; ${m.per_day.replace(`${m.metric} `, '')}` : '';
      ctx.stdout.write(`  ${m.per_run}${daily}; ${m.robust_per_run?.replace(`${m.metric} `, '')}\n`);
      for (const f of m.forecasts) {
        const when =
          f.runs === null
            ? 'never at this trend'
            : f.runs === 0
              ? 'already crossed'
              : `in ${f.runs} runs${f.days !== null ? ` (${f.days.toFixed(1)} days)` : ''}`;
        ctx.stdout.write(`${shown(`    gate ${f.gate}: ${when}`)}\n`);
      }
      for (const a of m.anomalies) {
        ctx.stdout.write(
          `    anomaly: run ${a.run_id} (${a.started_at}) ${m.metric} = ${a.value.toPrecision(4)} (z ${a.z.toFixed(1)})\n`,
        );
      }
    }
    for (const line of multivariateLines(report.multivariate)) ctx.stdout.write(`${line}\n`);
    return 0;
  } finally {
    store.close();
  }
}

/** The multivariate section: which metrics, at what rate, and each run whose combination is unusual. */
export function multivariateLines(mv: MultivariateReport): string[] {
  if (mv.status === 'too_few_runs')
    return [`  combinations: need at least ${MIN_MULTIVARIATE_RUNS} runs (have ${mv.runs})`];
  if (mv.status === 'too_few_metrics') return ['  combinations: fewer than two metrics vary'];
  const rate = `${Number((mv.false_positive_rate * 100).toPrecision(3))}%`;
  const lines = [
    `  combinations of ${mv.metrics.join(', ')} (robust Mahalanobis, ${rate} false positives): ${
      mv.outliers.length === 0 ? 'none unusual' : `${mv.outliers.length} unusual`
    }`,
  ];
  for (const o of mv.outliers) {
    const top = [...o.contributions]
      .sort((a, b) => b.share - a.share)
      .slice(0, 2)
      .map((c) => `${c.metric} z ${c.z >= 0 ? '+' : ''}${c.z.toFixed(1)}`)
      .join(', ');
    lines.push(
      `    unusual: run ${o.run_id} (${o.started_at}) distance² ${o.distance_sq.toFixed(1)} > ${(mv.threshold_sq ?? 0).toFixed(1)}: ${top}`,
    );
  }
  return lines;
}
