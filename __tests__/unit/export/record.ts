/**
 * One run record with every exported figure fixed by hand, so the renderers' output can be checked exactly.
 * Ends at 2025-01-06T09:00:10.250Z = 1736154010.25 s since the epoch.
 */
import type { RunRecord } from '../../../src/engine/types.js';
import { makeRecord } from '../../unit/history/fixtures.js';

export const ENDED_AT_S = 1736154010.25;

export function exportRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return makeRecord({
    name: 'bench/etl.py',
    run_id: 'run-export-1',
    started_at: '2025-01-06T09:00:00.000Z',
    status: 'passed',
    exit_code: 0,
    signal: null,
    duration_s: 10.25,
    cpu_time_s: 7.5,
    cpu_percent_avg: 73.2,
    cpu_percent_max: 150,
    peak_rss_mb: 512.25,
    peak_rss_bytes: 537133056,
    max_threads: 6,
    max_processes: 2,
    read_mb: 4.75,
    read_bytes: 4980736,
    write_mb: 2.375,
    write_bytes: 2490368,
    os: 'linux',
    arch: 'x64',
    python_version: '3.12.3',
    executor: 'local',
    git_ref: 'refs/heads/main',
    pyrun_version: '0.1.0',
    verdicts: {
      duration_s: { verdict: 'unchanged', change_pct: 1.49, statistic: 'median±3·MAD' },
      peak_rss_mb: { verdict: 'regressed', change_pct: 2.75, statistic: 'mann-whitney-u', p_value: 0.012 },
    },
    ...overrides,
  });
}
