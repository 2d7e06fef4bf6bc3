/**
 * Checking run records that arrive from outside (a JSONL file being imported) before they enter history.
 *
 * Required: the identity (`name`, `run_id`, `started_at` as an ISO 8601 time, `status`), every run metric, and
 * the fingerprint's `os`, `arch`, `python_version`, `executor` (baselines match on them). Lenient where a value
 * can be derived or is plainly empty: missing `*_bytes` are computed from the MB figures, missing collections
 * (`series`, `gates`, `alerts`, `baseline`, `verdicts`, `attempts`) are empty, `samples` defaults to the series
 * length, `git_ref`/`git_sha`/`signal` to null, `script`/`pyrun_version` to '' and `interval_s` to 0.
 * `profile` and `profile_diff` are optional. Unknown fields are dropped.
 */
import { z } from 'zod';
import { BYTES_PER_MB, type RunRecord } from '../types.js';

const num = z.number();
const nullableNum = z.number().nullable();

const sampleSchema = z.object({
  elapsed_s: num,
  cpu_percent: num,
  rss_mb: num,
  threads: num,
  processes: num,
  read_mb: num,
  write_mb: num,
  open_fds: nullableNum.default(null),
});

const metricsShape = {
  duration_s: num,
  cpu_time_s: num,
  cpu_percent_avg: num,
  cpu_percent_max: num,
  peak_rss_mb: num,
  peak_rss_bytes: num.optional(),
  max_threads: num,
  max_processes: num,
  read_mb: num,
  read_bytes: num.optional(),
  write_mb: num,
  write_bytes: num.optional(),
  exit_code: nullableNum,
};

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
  status: z.enum(['passed', 'failed', 'timeout', 'gate_failed', 'regressed']),
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
  const record: RunRecord = {
    ...r,
    peak_rss_bytes: r.peak_rss_bytes ?? toBytes(r.peak_rss_mb),
    read_bytes: r.read_bytes ?? toBytes(r.read_mb),
    write_bytes: r.write_bytes ?? toBytes(r.write_mb),
    samples: r.samples ?? r.series.length,
    gates: r.gates.map((g) => ({ ...g, status: g.status ?? (g.passed ? 'passed' : 'failed') })),
    repeats: r.repeats?.map((m) => ({
      ...m,
      peak_rss_bytes: m.peak_rss_bytes ?? toBytes(m.peak_rss_mb),
      read_bytes: m.read_bytes ?? toBytes(m.read_mb),
      write_bytes: m.write_bytes ?? toBytes(m.write_mb),
    })),
  };
  if (record.repeats === undefined) delete record.repeats;
  if (record.is_pull_request === undefined) delete record.is_pull_request;
  if (record.profile === undefined) delete record.profile;
  if (record.profile_diff === undefined) delete record.profile_diff;
  return { ok: true, record };
}

function toBytes(mb: number): number {
  return Math.round(mb * BYTES_PER_MB);
}
