/** Which metric names a rule may use, and what to suggest when a name is wrong. */
import { metricRow, sampleMetricRow } from '../metrics.js';
import { RUN_METRICS, SAMPLE_METRICS } from '../types.js';
import type { Metric } from './ast.js';

export type RuleKind = 'gate' | 'alert';

export function allowedMetrics(kind: RuleKind): readonly Metric[] {
  return kind === 'gate' ? RUN_METRICS : SAMPLE_METRICS;
}

/** Null when `name` is a metric this kind of rule may use; otherwise the problem, with a suggestion. */
export function metricProblem(name: string, kind: RuleKind): string | null {
  const allowed = allowedMetrics(kind);
  if ((allowed as readonly string[]).includes(name)) return null;
  if (kind === 'gate' && (SAMPLE_METRICS as readonly string[]).includes(name)) {
    const instead = sampleMetricRow(name)?.counterpart;
    const hint = instead === undefined ? `gates can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
    return `${name} is a live sample metric, but a gate is checked on the run summary; ${hint}`;
  }
  if (kind === 'alert' && (RUN_METRICS as readonly string[]).includes(name)) {
    const instead = metricRow(name)?.counterpart;
    const hint = instead === undefined ? `alerts can use: ${allowed.join(', ')}` : `did you mean ${instead}?`;
    return `${name} is a run metric known only when the run ends, but an alert is checked live on samples; ${hint}`;
  }
  const close = closest(name, allowed);
  return close === null
    ? `unknown metric ${name}; ${kind}s can use: ${allowed.join(', ')}`
    : `unknown metric ${name}; did you mean ${close}?`;
}

/** The candidate nearest to `word` by edit distance, if near enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | null {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.ceil(word.length * 0.4));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
