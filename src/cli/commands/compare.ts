/**
 * `pyrun compare`: the newest run of a series judged again against the baseline built from the runs before it,
 * by the same query and judge as the run itself (so with the same `--baseline-ref` and `--min-baseline-runs` it
 * agrees with the run's own record). Exits as `pyrun run` would for that status: 99 for gate_failed/regressed.
 */
import {
  compareRun,
  COMPARABLE_METRICS,
  exitCodeFor,
  MIN_BASELINE_RUNS,
  PyrunError,
  type ComparableMetric,
} from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { fixed, formatTable, shown } from '../table.js';
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
  opts: {
    db: string;
    name?: string;
    metric?: string;
    baselineRef?: string;
    minBaselineRuns?: string;
    json?: boolean;
  },
  ctx: CliContext,
): Promise<number> {
  const metrics = parseMetric(opts.metric);
  const min_baseline_runs = parseMinBaselineRuns(opts.minBaselineRuns);
  const store = await openExistingHistory(opts.db, ctx);
  try {
    const name = chooseSeries(store, opts.name);
    const listed = store.listRuns({ name, last: 1 })[0];
    const newest = listed ? store.getRun(listed.run_id) : null;
    if (!newest) throw new PyrunError(`no runs named '${name}'`);
    const result = compareRun(store, newest, {
      baseline_ref: opts.baselineRef ?? null,
      min_baseline_runs,
      metrics,
    });
    if (opts.json) writeJson(ctx, result);
    else {
      ctx.stdout.write(
        `${shown(`${name}: run ${newest.run_id} (${newest.started_at}) against ${result.baseline_runs} earlier runs: ${result.status}`)}\n\n`,
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
    return exitCodeFor({ status: result.status, exit_code: newest.exit_code, signal: newest.signal });
  } finally {
    store.close();
  }
}

/** `--min-baseline-runs N`: an integer ≥ 2 (default 5, as for `pyrun run`). */
export function parseMinBaselineRuns(text: string | undefined): number {
  if (text === undefined) return MIN_BASELINE_RUNS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2) {
    throw new PyrunError(`--min-baseline-runs must be a whole number ≥ 2 (got '${text}')`);
  }
  return n;
}
