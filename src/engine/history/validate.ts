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
 *
 * Strings are bounded and checked, because imported values reach job summaries, pull request comments and
 * workflow commands: no string may hold control characters (newlines included), and fields that are simple tokens
 * (`os`, `arch`, `python_version`, `git_sha`, `run_id`, `host`, `signal`, `git_ref`) may hold only the characters
 * such tokens have, which leaves out markdown's and HTML's metacharacters (`<>[]()*_|` and backticks, `@` outside
 * `host`). A record breaking a rule is refused with the field and the rule; nothing is silently rewritten.
 */
import { z } from 'zod';
import { RUN_ROWS, SAMPLE_ROWS, type MetricRow } from '../metrics.js';
import { BYTES_PER_MB, type RunMetrics, type RunRecord } from '../types.js';

/**
 * No C0/C1 control characters (newlines, tabs, escapes, NUL), no Unicode line or paragraph separators, and no
 * format characters (category Cf: U+202E right-to-left override, U+200B zero-width space, the U+2066–2069
 * isolates…), with which one series name can be made to look like another.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/u;

/** Free text (a name, a rule, a path): bounded, on one line. */
const line = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine(
      (s) => !CONTROL.test(s),
      'must not contain control characters or line breaks (nor invisible format characters)',
    );

/** A simple token: bounded, only the characters given. */
const token = (max: number, chars: RegExp, what: string) =>
  z.string().max(max, `must be at most ${max} characters`).regex(chars, `may contain only ${what}`);

const OS_ARCH = token(32, /^[A-Za-z0-9._-]+$/, 'letters, digits, `.`, `_` and `-`');
const PYTHON_VERSION = token(32, /^[A-Za-z0-9.+_-]*$/, 'letters, digits, `.`, `+`, `_` and `-`');
const RUN_ID = token(128, /^[A-Za-z0-9._:-]+$/, 'letters, digits, `.`, `_`, `:` and `-`');
const GIT_SHA = token(64, /^[0-9a-fA-F]+$/, 'hexadecimal digits');
/** An SSH host (`user@host`) or a Docker image (`ghcr.io/org/image:tag@sha256:…`). */
const HOST = token(255, /^[A-Za-z0-9._:@/+-]+$/, 'letters, digits and `.` `_` `:` `@` `/` `+` `-`');
const SIGNAL = token(16, /^SIG[A-Z0-9+-]+$/, 'a signal name such as SIGKILL');
/** A metric name as a key of `baseline` and `verdicts`. */
const METRIC_KEY = token(64, /^[a-z_][a-z0-9_]*$/, 'lower-case letters, digits and `_`');
/** What git allows in a ref name, less the characters markdown and HTML give a meaning to. */
const GIT_REF = token(
  255,
  /^[A-Za-z0-9._/+=,#%!$&'-]+$/,
  "letters, digits and `.` `_` `/` `+` `=` `,` `#` `%` `!` `$` `&` `'` `-`",
);

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

const profileEntrySchema = z.object({ function: line(1000), calls: num, own_s: num, cumulative_s: num });
const profileSchema = z.object({
  top_own: z.array(profileEntrySchema),
  top_cumulative: z.array(profileEntrySchema),
  total_s: num,
  pstats_path: line(4096),
  speedscope_path: line(4096),
  overhead_note: line(1000).optional(),
  error: line(2000).optional(),
});
const profileDiffSchema = z.object({
  baseline_run_id: RUN_ID,
  grown: z.array(
    z.object({
      function: line(1000),
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
  name: line(200).pipe(z.string().min(1)),
  run_id: RUN_ID,
  started_at: z.string().refine((s) => Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time'),
  status: z.enum(['passed', 'failed', 'timeout', 'gate_failed', 'regressed']),
  signal: SIGNAL.nullable().default(null),
  samples: num.optional(),
  series: z.array(sampleSchema).default([]),
  interval_s: num.default(0),
  gates: z
    .array(
      z.object({
        expr: line(500),
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
        rule: line(500),
        at_s: num,
        value: nullableNum.default(null),
        channels: z.array(token(32, /^[a-z_-]+$/, 'lower-case letters, `_` and `-`')).default([]),
      }),
    )
    .default([]),
  baseline: z.record(METRIC_KEY, z.object({ value: num, spread: num, runs: num })).default({}),
  verdicts: z
    .record(
      METRIC_KEY,
      z.object({
        verdict: z.enum(['regressed', 'improved', 'unchanged', 'insufficient_history', 'not_judged']),
        change_pct: nullableNum,
        statistic: line(100),
        p_value: num.optional(),
        detectable_pct: num.optional(),
        limit: num.optional(),
        reruns: z.array(num).max(10).optional(),
        busy_machine: z
          .object({
            cores: z.array(num).max(11),
            baseline_cores: num,
            calibration: z.array(num).max(11).optional(),
            baseline_calibration: num.optional(),
          })
          .optional(),
      }),
    )
    .default({}),
  attempts: z
    .array(
      z.object({
        attempt: num,
        exit_code: nullableNum,
        signal: SIGNAL.nullable(),
        duration_s: num,
        timed_out: z.boolean(),
      }),
    )
    .default([]),
  repeats: z.array(metricsSchema).optional(),
  profile: profileSchema.optional(),
  profile_diff: profileDiffSchema.optional(),
  is_pull_request: z.boolean().optional(),
  oom_killed: z.boolean().optional(),
  os: OS_ARCH,
  arch: OS_ARCH,
  python_version: PYTHON_VERSION,
  executor: z.enum(['local', 'ssh', 'docker']),
  host: HOST.nullable().default(null),
  git_ref: GIT_REF.nullable().default(null),
  git_sha: GIT_SHA.nullable().default(null),
  script: line(4096).default(''),
  pyrun_version: token(64, /^[A-Za-z0-9.+_-]*$/, 'letters, digits, `.`, `+`, `_` and `-`').default(''),
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
  if (record.oom_killed === undefined) delete record.oom_killed;
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
