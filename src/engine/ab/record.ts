/**
 * The A/B record: every number of a `pyrun ab` session in one stable JSON shape (`schema: "pyrun-ab/1"`), the
 * input of `--json`, of the terminal text and of the markdown report. Fields are added, never renamed.
 */
import type { ComparableMetric, GateResult, RunMetrics, RunStatus } from '../types.js';
import type { BenchmarkStats } from '../analysis/benchmark-stats.js';
import type { AbMetricResult } from './compare.js';
import { abExitCode, type AbResult, type AbSide, type AbStatus } from './run-ab.js';

export const AB_SCHEMA = 'pyrun-ab/1';

/** What one side is: a script in a tree, maybe a git ref. */
export interface AbSideInfo {
  /** How it is named in the output: the ref (`main`), `working tree`, or the script path. */
  label: string;
  script: string;
  cwd: string;
  git_ref: string | null;
  git_sha: string | null;
}

export interface AbMetricRecord extends AbMetricResult {
  a: BenchmarkStats;
  b: BenchmarkStats;
}

export interface AbRunRecord extends RunMetrics {
  pair: number;
  side: AbSide;
  status: RunStatus;
  signal: string | null;
}

export interface AbRecord {
  schema: typeof AB_SCHEMA;
  name: string;
  status: AbStatus;
  exit_code: number;
  a: AbSideInfo;
  b: AbSideInfo;
  started_at: string;
  finished_at: string;
  /** Measured pairs asked for, and warm-up runs of each side. */
  repeat: number;
  warmup: number;
  /** The order each measured pair ran in. */
  order: ('AB' | 'BA')[];
  confidence: number;
  max_regression_pct: number | null;
  /** Per comparable metric; empty when the session did not complete. */
  metrics: Partial<Record<ComparableMetric, AbMetricRecord>>;
  gates: GateResult[];
  over_max_regression: ComparableMetric[];
  /** Every measured run in the order it ran. */
  runs: AbRunRecord[];
  failure: AbResult['failure'];
  interrupted_by: string | null;
  warnings: string[];
  os: string | null;
  arch: string | null;
  python_version: string | null;
  pyrun_version: string;
}

export function abRecord(
  result: AbResult,
  facts: {
    name: string;
    a: AbSideInfo;
    b: AbSideInfo;
    confidence: number;
    max_regression_pct: number | null;
    pyrun_version: string;
  },
): AbRecord {
  return {
    schema: AB_SCHEMA,
    name: facts.name,
    status: result.status,
    exit_code: abExitCode(result),
    a: facts.a,
    b: facts.b,
    started_at: result.started_at,
    finished_at: result.finished_at,
    repeat: result.repeat,
    warmup: result.warmup,
    order: result.order,
    confidence: facts.confidence,
    max_regression_pct: facts.max_regression_pct,
    metrics: result.judgement?.metrics ?? {},
    gates: result.judgement?.gates ?? [],
    over_max_regression: result.judgement?.over_max_regression ?? [],
    runs: result.runs.map((r) => ({
      pair: r.pair,
      side: r.side,
      status: r.status,
      signal: r.signal,
      ...r.metrics,
    })),
    failure: result.failure,
    interrupted_by: result.interrupted_by,
    warnings: result.warnings,
    os: result.os,
    arch: result.arch,
    python_version: result.python_version,
    pyrun_version: facts.pyrun_version,
  };
}
