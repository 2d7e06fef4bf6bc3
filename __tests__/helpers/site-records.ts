/**
 * Run records for the site's tests, made from the committed golden record (a real record's every field) with the
 * name, time, status, values, baseline and verdicts each test needs. No samples: the site never draws them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunRecord, RunStatus } from '../../src/engine/types.js';
import { ROOT } from './pyrun.js';

const TEMPLATE = JSON.parse(readFileSync(path.join(ROOT, '__tests__/golden/run.json'), 'utf8')) as RunRecord;

export interface RecordShape {
  name: string;
  i: number;
  duration_s: number;
  status?: RunStatus;
  /** The baseline centre of duration_s the run was judged against (none: insufficient history). */
  baseline?: number;
  /** The limit above which the judge would have called duration_s regressed (default: 12% above the centre). */
  limit?: number;
  git_ref?: string;
  gateFailed?: boolean;
}

export function siteRecord(shape: RecordShape): RunRecord {
  const { name, i, duration_s, baseline } = shape;
  const status = shape.status ?? 'passed';
  const change = baseline ? ((duration_s - baseline) / baseline) * 100 : null;
  const kind = change === null ? 'insufficient_history' : status === 'regressed' ? 'regressed' : 'unchanged';
  return {
    ...TEMPLATE,
    name,
    run_id: `${name.length}-${i}-1`,
    started_at: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    status,
    duration_s,
    cpu_time_s: duration_s * 0.9,
    peak_rss_mb: 100 + i,
    peak_rss_bytes: (100 + i) * 1048576,
    series: [],
    gates: [
      {
        expr: 'duration_s < 10s',
        passed: !shape.gateFailed,
        status: shape.gateFailed ? 'failed' : 'passed',
        actual: duration_s,
        limit: 10,
      },
    ],
    alerts: [],
    baseline: baseline ? { duration_s: { value: baseline, spread: baseline * 0.02, runs: 5 } } : {},
    verdicts: {
      duration_s: {
        verdict: kind,
        change_pct: change,
        statistic: 'log median±5.21·spread',
        ...(baseline ? { limit: shape.limit ?? baseline * 1.12 } : {}),
      },
    },
    git_ref: shape.git_ref ?? 'main',
    git_sha: (i * 2654435761).toString(16).padStart(8, '0').repeat(5).slice(0, 40),
    is_pull_request: false,
    profile: undefined,
    profile_diff: undefined,
  } as RunRecord;
}

/** Two series: `etl` whose newest run regressed, and a quiet one named to break a page that trusts names. */
export const HOSTILE_NAME = 'api <img src=x onerror="window.pwned=1"></script><b>bold</b>';

export function twoSeries(): RunRecord[] {
  const records: RunRecord[] = [];
  for (let i = 0; i < 12; i++) {
    const regressed = i === 11;
    records.push(
      siteRecord({
        name: 'etl',
        i,
        duration_s: regressed ? 3.1 : 2 + (i % 3) * 0.05,
        status: regressed ? 'regressed' : 'passed',
        // The limit each run was measured against moves with its baseline runs.
        ...(i >= 5 ? { baseline: 2.05, limit: 2.05 * (1.1 + i / 100) } : {}),
        ...(i === 8 ? { gateFailed: true, status: 'gate_failed' as const } : {}),
      }),
    );
    records.push(
      siteRecord({
        name: HOSTILE_NAME,
        i,
        duration_s: 1 + (i % 2) * 0.02,
        ...(i >= 5 ? { baseline: 1.01, limit: i % 4 === 3 ? 1.2 : 1.1 + i / 1000 } : {}),
        git_ref: i % 4 === 3 ? 'feature/x' : 'main',
      }),
    );
  }
  return records;
}
