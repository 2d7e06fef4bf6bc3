/** `pyrun trend`: slopes per run and per day, robust slopes, forecasts against gates, anomalies, correlation. */
import { trendReport } from '../../engine/insight.js';
import { PyrunError } from '../../engine/outcome.js';
import { parseGate, RuleError } from '../../engine/rules/index.js';
import type { CliContext } from '../context.js';
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
      ctx.stdout.write(`${name}: ${runs.length} run(s) — a trend needs at least 2\n`);
      return 0;
    }
    ctx.stdout.write(`${name}: ${runs.length} runs, oldest first\n`);
    for (const m of report.metrics) {
      const daily = m.per_day ? `; ${m.per_day.replace(`${m.metric} `, '')}` : '';
      ctx.stdout.write(
        `  ${m.per_run}${daily}; Theil–Sen: ${m.robust_per_run?.replace(`${m.metric} `, '')}\n`,
      );
      for (const f of m.forecasts) {
        const when =
          f.runs === null
            ? 'never at this trend'
            : f.runs === 0
              ? 'already crossed'
              : `in ${f.runs} runs${f.days !== null ? ` (${f.days.toFixed(1)} days)` : ''}`;
        ctx.stdout.write(`    gate ${f.gate}: ${when}\n`);
      }
      for (const a of m.anomalies) {
        ctx.stdout.write(
          `    anomaly: run ${a.run_id} (${a.started_at}) ${m.metric} = ${a.value.toPrecision(4)} (z ${a.z.toFixed(1)})\n`,
        );
      }
    }
    return 0;
  } finally {
    store.close();
  }
}
