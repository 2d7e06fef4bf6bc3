/** A finished A/B session for report tests: B 31% slower than A over 10 interleaved pairs, judged. */
import { judgeAb, type AbPair } from '../../../src/engine/ab/compare.js';
import { abRecord, type AbRecord } from '../../../src/engine/ab/record.js';
import type { AbResult, AbRun } from '../../../src/engine/ab/run-ab.js';
import { parseGateWithAliases } from '../../../src/engine/rules/index.js';
import type { RunMetrics } from '../../../src/engine/types.js';

function metrics(duration_s: number, peak_rss_mb: number): RunMetrics {
  return {
    duration_s,
    cpu_time_s: duration_s * 0.9,
    cpu_percent_avg: 90,
    cpu_percent_max: 99,
    peak_rss_mb,
    peak_rss_bytes: Math.round(peak_rss_mb * 2 ** 20),
    max_threads: 2,
    max_processes: 1,
    read_mb: 0.5,
    read_bytes: 524288,
    write_mb: 0,
    write_bytes: 0,
    exit_code: 0,
    cpu_user_s: null,
    cpu_system_s: null,
    minor_faults: null,
    major_faults: null,
    voluntary_ctx_switches: null,
    involuntary_ctx_switches: null,
    instructions: null,
    neighbour_cores: null,
    calibration_ms: null,
  };
}

/** Ten pairs, B about 31% slower in time and the same in memory; fixed numbers, no PRNG. */
export function abFixtureRecord(): AbRecord {
  const wobble = [0.01, -0.012, 0.004, 0.0, -0.006, 0.011, -0.003, 0.007, -0.009, 0.002];
  const pairs: AbPair[] = wobble.map((w, i) => ({
    a: metrics(1.2 + w, 50 + w),
    b: metrics((1.2 - w / 2) * 1.31, 50 - w),
    order: i % 2 === 0 ? 'AB' : 'BA',
  }));
  const runs: AbRun[] = pairs.flatMap((p, i) => {
    const a: AbRun = { pair: i + 1, side: 'A', status: 'passed', exit_code: 0, signal: null, metrics: p.a };
    const b: AbRun = { pair: i + 1, side: 'B', status: 'passed', exit_code: 0, signal: null, metrics: p.b };
    return p.order === 'AB' ? [a, b] : [b, a];
  });
  const judgement = judgeAb(pairs, {
    max_regression_pct: 10,
    gates: [parseGateWithAliases('duration_s < 1.1 * a', ['a'])],
  });
  const result: AbResult = {
    started_at: '2026-11-30T07:00:00.000Z',
    finished_at: '2026-11-30T07:01:00.000Z',
    repeat: 10,
    warmup: 1,
    order: pairs.map((p) => p.order),
    runs,
    pairs,
    judgement,
    status: judgement.gate_failed ? 'gate_failed' : 'passed',
    failure: null,
    interrupted_by: null,
    warnings: [],
    python_version: '3.12.3',
    os: 'linux',
    arch: 'x64',
  };
  return abRecord(result, {
    name: 'ab:etl.py',
    a: {
      label: 'main (3f2a1c9d0b7e)',
      script: 'etl.py',
      cwd: '/w/tree',
      git_ref: 'main',
      git_sha: '3f2a1c9d0b7e',
    },
    b: { label: 'working tree', script: 'etl.py', cwd: '/w', git_ref: 'feature', git_sha: 'abc' },
    confidence: 0.95,
    max_regression_pct: 10,
    pyrun_version: '0.1.0',
  });
}
