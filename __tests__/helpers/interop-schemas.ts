/**
 * The documented input formats of three benchmark tools whose readers are not published as npm packages, written
 * here as strict zod schemas (unknown keys are errors) from their own documentation:
 *
 * - github-action-benchmark, tool `customSmallerIsBetter`: "a JSON array of objects with `name`, `unit` and
 *   `value`, optionally `range` and `extra`" (its README, "Examples → Custom benchmarks");
 * - Bencher Metric Format: `{ "<benchmark name>": { "<measure slug>": { "value": number, "lower_value"?: number,
 *   "upper_value"?: number } } }` (bencher.dev, "Bencher Metric Format");
 * - hyperfine's `--export-json`: `{ "results": [ { command, mean, stddev, median, user, system, min, max, times,
 *   exit_codes } ] }`, stddev null for one run (hyperfine's src/export/json.rs and its scripts/ readers).
 */
import { z } from 'zod';

export const benchmarkActionSchema = z
  .array(
    z.strictObject({
      name: z.string().min(1),
      unit: z.string(),
      value: z.number().finite(),
      range: z.string().optional(),
      extra: z.string().optional(),
    }),
  )
  .min(1);

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a Bencher measure slug');
export const bmfSchema = z.record(
  z.string().min(1),
  z.record(
    slug,
    z.strictObject({
      value: z.number().finite(),
      lower_value: z.number().finite().optional(),
      upper_value: z.number().finite().optional(),
    }),
  ),
);

const seconds = z.number().finite().nonnegative();
export const hyperfineSchema = z.strictObject({
  results: z
    .array(
      z.strictObject({
        command: z.string().min(1),
        mean: seconds,
        stddev: seconds.nullable(),
        median: seconds,
        user: seconds.nullable(),
        system: seconds.nullable(),
        min: seconds,
        max: seconds,
        times: z.array(seconds).min(1),
        exit_codes: z.array(z.number().int().nullable()),
      }),
    )
    .min(1),
});
