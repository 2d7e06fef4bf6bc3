/**
 * The checks of the option table (./schema.ts) that know pyrun: the ranges of times and counts, the environment's
 * KEY=VALUE lines, and `--judge`'s metric names. The generic ones (text, lists, URLs) are in ./check.ts.
 */
import { fail, listOf, number, ok, type Check } from './check.js';
import type { ComparableMetric } from '../engine/metrics.js';
import { DEFAULT_JUDGED_METRICS, isShapeMetric, JUDGEABLE_METRICS, metricRow } from '../engine/metrics.js';
import { closest } from '../engine/rules/metrics.js';

/** The shortest sampling interval: below it the sampler's own reads would be most of the machine's work. */
export const MIN_INTERVAL_S = 0.01;
/** The longest timer of any kind pyrun accepts (a year): timers are chained, so anything up to it works. */
export const MAX_SECONDS = 365 * 24 * 3600;

export const seconds = number(
  `must be a number of seconds greater than 0 and at most ${MAX_SECONDS}, e.g. 0.5`,
  (n) => n > 0 && n <= MAX_SECONDS,
);
export const secondsOrZero = number(
  `must be a number of seconds from 0 to ${MAX_SECONDS}, e.g. 5`,
  (n) => n >= 0 && n <= MAX_SECONDS,
);
export const interval = number(
  `must be a number of seconds from ${MIN_INTERVAL_S} to 3600, e.g. 0.5`,
  (n) => n >= MIN_INTERVAL_S && n <= 3600,
);
/** A whole number from `min` to `max`. */
export const count = (min: number, max = 1_000_000) =>
  number(`must be a whole number from ${min} to ${max}`, (n) => Number.isInteger(n) && n >= min && n <= max);

/** `--env KEY=VALUE` lines → the variables; a later line wins for the same KEY. */
export const envVariables: Check<Record<string, string>> = listOf((pairs) => {
  if (!pairs.every((pair) => /^[^=\s]+=/.test(pair))) return fail('must be KEY=VALUE');
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return ok(env);
});

/** The word in `--judge` that stands for the metrics judged by default. */
export const DEFAULT_JUDGED_WORD = 'default';

/**
 * `--judge`: metric names (repeated or comma-separated) and the word `default`; the value is the metrics in table
 * order. A shape of the run (CPU share) is refused: more parallelism at the same CPU time is not worse.
 */
export const judgedMetrics: Check<ComparableMetric[]> = listOf((items) => {
  const names = items.flatMap((s) => s.split(',')).map((s) => s.trim());
  const wanted = new Set<string>();
  for (const name of names) {
    if (name === '') continue;
    if (name === DEFAULT_JUDGED_WORD) {
      for (const m of DEFAULT_JUDGED_METRICS) wanted.add(m);
    } else if (isShapeMetric(name)) {
      return fail(
        `'${name}' is a shape of the run, not a cost, and is never judged (gate it instead, e.g. '${name} < 150')`,
      );
    } else if (!JUDGEABLE_METRICS.some((m) => m === name)) {
      const near = closest(name, [...JUDGEABLE_METRICS, DEFAULT_JUDGED_WORD]);
      const kind = metricRow(name)?.kind === 'sample' ? 'a live sample metric' : 'not a run metric';
      return fail(
        `'${name}' is ${kind}${near ? `; did you mean '${near}'?` : ''} (one of: ${DEFAULT_JUDGED_WORD}, ${JUDGEABLE_METRICS.join(', ')})`,
      );
    } else wanted.add(name);
  }
  if (wanted.size === 0) return fail(`names no metric (e.g. ${DEFAULT_JUDGED_WORD})`);
  return ok(JUDGEABLE_METRICS.filter((m) => wanted.has(m)));
}, 'must be a list of metric names');
