/**
 * `pyrun trend` names the run whose combination of metrics is unusual although each metric alone is normal, in
 * text and in --json, through the built CLI on an imported history.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { MultivariateReport } from '../../../src/engine/insight.js';
import { pyrun, tempDir } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';

const dir = tempDir();
const db = path.join(dir, 'history.sqlite');

/** 24 runs: CPU time follows duration (a CPU-bound job); run 15 used much more CPU in a short run. */
beforeAll(async () => {
  const noise = [
    0.3, -0.5, 0.1, 0.8, -0.2, -0.9, 0.6, 0.05, -0.4, 0.45, -0.7, 0.2, -0.1, 0.7, -0.6, 0.35, 0.15, -0.3,
    0.55, -0.8, 0.25, -0.05, 0.4, -0.45,
  ];
  const runs = noise.map((n, i) =>
    makeRecord({
      name: 'job',
      run_id: `job-${String(i).padStart(2, '0')}`,
      started_at: new Date(Date.UTC(2026, 1, 1, i)).toISOString(),
      duration_s: 20 + n,
      cpu_time_s: 16 + 0.8 * n + 0.02 * ((i * 7) % 5),
      repeats: undefined,
    }),
  );
  runs[15] = { ...runs[15]!, duration_s: 20 - 0.6, cpu_time_s: 16 + 0.8 * 0.6 };
  const jsonl = path.join(dir, 'runs.jsonl');
  writeFileSync(jsonl, runs.map((r) => JSON.stringify(r)).join('\n'));
  expect((await pyrun(['history', 'import', jsonl, '--db', db])).code).toBe(0);
});

describe('pyrun trend: unusual combinations', () => {
  it('names the run in text', async () => {
    const r = await pyrun(['trend', '--db', db, '--name', 'job']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /combinations of duration_s, cpu_time_s.*\(robust Mahalanobis, 1% false positives\): 1 unusual/,
    );
    expect(r.stdout).toMatch(/unusual: run job-15 .* distance² [\d.]+ > [\d.]+: (cpu_time_s|duration_s) z/);
    expect(r.stdout).not.toMatch(/anomaly: run job-15/); // no per-metric anomaly sees it
  });

  it('gives the result in --json', async () => {
    const r = await pyrun(['trend', '--db', db, '--name', 'job', '--json']);
    const mv = (JSON.parse(r.stdout) as { multivariate: MultivariateReport }).multivariate;
    expect(mv.status).toBe('ok');
    expect(mv.false_positive_rate).toBe(0.01);
    expect(mv.outliers.map((o) => o.run_id)).toEqual(['job-15']);
    expect(mv.dropped).toEqual(expect.arrayContaining([{ metric: 'max_threads', reason: 'constant' }]));
  });
});
