/** `pyrun compare`: the newest run of a series judged against the baseline built from the runs before it. */
import {
  compareRun,
  EXIT_GATE_FAILED,
  neutralizeWorkflowCommands as plain,
  PyrunError,
  COMPARABLE_METRICS,
  type ComparableMetric,
} from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { fixed, formatTable } from '../table.js';
import { chooseSeries, openExistingHistory, writeJson } from './store.js';

export function parseMetric(metric: string | undefined): ComparableMetric[] {
  if (metric === undefined) return [...COMPARABLE_METRICS];
  if (!(COMPARABLE_METRICS as readonly string[]).includes(metric)) {
    throw new PyrunError(
      `--metric '${metric}' is not a run metric; use one of: ${COMPARABLE_METRICS.join(', ')}`,
    );
  }
  return [metric as ComparableMetric];
}

export async function compareCommand(
  opts: { db: string; name?: string; metric?: string; baselineRef?: string; json?: boolean },
  ctx: CliContext,
): Promise<number> {
  const metrics = parseMetric(opts.metric);
  const store = await openExistingHistory(opts.db, ctx);
  try {
    const name = chooseSeries(store, opts.name);
    const newest = store.listRuns({ name, last: 1 })[0];
    if (!newest) throw new PyrunError(`no runs named '${name}'`);
    const baseline = store.baselineRuns({
      name,
      fingerprint: newest,
      ref: opts.baselineRef ?? null,
      excludeRunId: newest.run_id,
    });
    const older = baseline.filter((r) => Date.parse(r.started_at) <= Date.parse(newest.started_at));
    const result = compareRun(newest, older, metrics);
    const regressed = result.rows.some((r) => r.verdict.verdict === 'regressed');
    if (opts.json) writeJson(ctx, result);
    else {
      ctx.stdout.write(
        `${plain(`${name}: run ${newest.run_id} (${newest.started_at}) against ${result.baseline_runs} earlier runs`)}\n\n`,
      );
      ctx.stdout.write(
        formatTable(
          ['metric', 'value', 'baseline', '± spread', 'change %', 'verdict'],
          result.rows.map((r) => [
            r.metric,
            fixed(r.value, 3),
            fixed(r.baseline?.value, 3),
            fixed(r.baseline?.spread, 3),
            fixed(r.verdict.change_pct, 1),
            r.verdict.verdict,
          ]),
        ),
      );
    }
    return regressed ? EXIT_GATE_FAILED : 0;
  } finally {
    store.close();
  }
}
