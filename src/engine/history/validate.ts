/**
 * Checking run records that arrive from outside (a JSONL file being imported) before they enter history.
 *
 * Required: the identity (`name`, `run_id`, `started_at` as an ISO 8601 time, `status`), every run metric of the
 * metric table (one added after history v1, such as the rusage counters, reads null when missing), and
 * the fingerprint's `os`, `arch`, `python_version`, `executor` (baselines match on them). Lenient where a value
 * can be derived or is plainly empty: missing `*_bytes` are computed from the MB figures, missing collections
 * (`series`, `gates`, `alerts`, `baseline`, `verdicts`, `attempts`) are empty, `samples` defaults to the series
 * length, `git_ref`/`git_sha`/`signal` to null, `script`/`pyrun_version` to '' and `interval_s` to 0.
 * `profile` and `profile_diff` are optional. Unknown fields are dropped.
 */
import { z } from 'zod';
import { RUN_ROWS, SAMPLE_ROWS, type MetricRow } from '../metrics.js';
import { BYTES_PER_MB, type RunMetrics, type RunRecord } from '../types.js';

const num = z.number();
const nullableNum = z.number().nullable();

/** A metric's value: a number, or null where the table allows it; missing means null for a metric added later. */
function metricValue(row: MetricRow): z.ZodType<number | null> {
  if (!row.nullable) return num;
  return row.since_schema > 1 || row.kind === 'sample' ? nullableNum.default(null) : nullableNum;
}

const sampleSchema = z.object(Object.fromEntries(SAMPLE_ROWS.map((row) => [row.name, metricValue(row)])));

/** Every run metric of the table; exact-bytes fields are optional (computed from the MB figure when missing). */
const metricsShape = Object.fromEntries(
  RUN_ROWS.flatMap((row) => {
    const own: [string, z.ZodType<number | null | undefined>] = [row.name, metricValue(row)];
    return 'bytes_field' in row ? [own, [row.bytes_field, num.optional()]] : [own];
  }),
);

const metricsSchema = z.object(metricsShape);

const profileEntrySchema = z.object({ function: z.string(), calls: num, own_s: num, cumulative_s: num });
const profileSchema = z.object({
  top_own: z.array(profileEntrySchema),
  top_cumulative: z.array(profileEntrySchema),
  total_s: num,
  pstats_path: z.string(),
  speedscope_path: z.string(),
  overhead_note: z.string().optional(),
  error: z.string().optional(),
});
const profileDiffSchema = z.object({
  baseline_run_id: z.string(),
  grown: z.array(
    z.object({
      function: z.string(),
      baseline_own_s: nullableNum,
      current_own_s: num,
      growth_s: num,
      growth_pct: nullableNum,
      baseline_cumulative_s: nullableNum,
      current_cumulative_s: num,
    }),
  ),
});

const recordSchema = z.object({
  ...metricsShape,
  name: z.string().min(1),
  run_id: z.string().min(1),
  started_at: z.string().refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time'),
  status: z.enum(['passed', 'failed', 'timeout', 'gate_failed']),
  signal: z.string().nullable().default(null),
  samples: num.optional(),
  series: z.array(sampleSchema).default([]),
  interval_s: num.default(0),
  gates: z
    .array(
      z.object({
        expr: z.string(),
        passed: z.boolean(),
        status: z.enum(['passed', 'failed', 'insufficient_history']).optional(),
        actual: nullableNum.default(null),
        limit: nullableNum.default(null),
      }),
    )
    .default([]),
  alerts: z
    .array(
      z.object({
        rule: z.string(),
        at_s: num,
        value: nullableNum.default(null),
        channels: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  baseline: z.record(z.string(), z.object({ value: num, spread: num, runs: num })).default({}),
  verdicts: z
    .record(
      z.string(),
      z.object({
        verdict: z.enum(['regressed', 'improved', 'unchanged', 'insufficient_history']),
        change_pct: nullableNum,
        statistic: z.string(),
        p_value: num.optional(),
      }),
    )
    .default({}),
  attempts: z
    .array(
      z.object({
        attempt: num,
        exit_code: nullableNum,
        signal: z.string().nullable(),
        duration_s: num,
        timed_out: z.boolean(),
      }),
    )
    .default([]),
  repeats: z.array(metricsSchema).optional(),
  profile: profileSchema.optional(),
  profile_diff: profileDiffSchema.optional(),
  is_pull_request: z.boolean().optional(),
  os: z.string(),
  arch: z.string(),
  python_version: z.string(),
  executor: z.enum(['local', 'ssh', 'docker']),
  host: z.string().nullable().default(null),
  git_ref: z.string().nullable().default(null),
  git_sha: z.string().nullable().default(null),
  script: z.string().default(''),
  pyrun_version: z.string().default(''),
});

export type RecordCheck = { ok: true; record: RunRecord } | { ok: false; error: string };

/** A RunRecord from untrusted JSON, or the reason it is not one (field path and what was expected). */
export function checkRunRecord(value: unknown): RecordCheck {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: `${where}${issue?.message ?? 'not a run record'}` };
  }
  const r = parsed.data;
  const record = {
    ...r,
    ...withBytes(r),
    samples: r.samples ?? r.series.length,
    gates: r.gates.map((g) => ({ ...g, status: g.status ?? (g.passed ? 'passed' : 'failed') })),
    repeats: r.repeats?.map(withBytes),
  } as RunRecord;
  if (record.repeats === undefined) delete record.repeats;
  if (record.is_pull_request === undefined) delete record.is_pull_request;
  if (record.profile === undefined) delete record.profile;
  if (record.profile_diff === undefined) delete record.profile_diff;
  return { ok: true, record };
}

/** The run metrics of `m` with every missing exact-bytes field computed from its MB figure. */
function withBytes(m: Record<string, unknown>): RunMetrics {
  const out: Record<string, unknown> = { ...m };
  for (const row of RUN_ROWS) {
    if ('bytes_field' in row && typeof out[row.bytes_field] !== 'number') {
      out[row.bytes_field] = Math.round((m[row.name] as number) * BYTES_PER_MB);
    }
  }
  return out as RunMetrics;
}
