/**
 * The verdict stories of issue 12 through the built CLI, on a real Python fixture that sleeps (its duration is
 * set by its argument, never raced): a gate against `baseline` works from the first baseline run on, an
 * always-failing absolute gate still builds a baseline, a run that only regressed says so, and `pyrun compare`
 * agrees with the run's own record field for field.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { fixture, pyrun, tempDir } from '../../helpers/pyrun.js';

const QUICK_S = '0.02';
const SLOW_S = '1.5'; // with Python's start-up (~0.05 s here), about 20x the quick runs

async function quickRuns(db: string, n: number, extra: string[] = []): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const r = await pyrun(['run', '--db', db, '--name', 'story', ...extra, fixture('nap.py'), QUICK_S]);
    expect(r.record!.exit_code).toBe(0);
  }
}

describe('verdict stories (real CLI, real Python)', () => {
  const dir = tempDir();
  const fiveQuick = path.join(dir, 'five-quick.sqlite');

  beforeAll(async () => {
    await quickRuns(fiveQuick, 5);
  }, 120_000);

  it('five quick runs, then one 20x slower under `duration_s < 3 * baseline`: exit 99, gate_failed, the gate named', async () => {
    const db = path.join(dir, 'gate.sqlite');
    copyFileSync(fiveQuick, db);
    const gate = 'duration_s < 3 * baseline';
    const slow = await pyrun([
      'run',
      '--db',
      db,
      '--name',
      'story',
      '--gate',
      gate,
      fixture('nap.py'),
      SLOW_S,
    ]);
    expect(slow.code).toBe(99);
    expect(slow.record!.status).toBe('gate_failed');
    expect(slow.record!.gates[0]).toMatchObject({ expr: gate, status: 'failed', passed: false });
    expect(slow.record!.baseline.duration_s!.runs).toBe(5);
    expect(slow.stderr).toMatch(
      new RegExp(`gate failed: ${gate.replace(/[*]/g, '\\*')} \\(actual \\d[\\d.]* s, limit \\d[\\d.]* s\\)`),
    );
  }, 60_000);

  it('a gate against `baseline` needs one baseline run, not five', async () => {
    const db = path.join(dir, 'one.sqlite');
    await quickRuns(db, 1);
    const slow = await pyrun([
      'run',
      '--db',
      db,
      '--name',
      'story',
      '--gate',
      'duration_s < 3 * baseline',
      fixture('nap.py'),
      SLOW_S,
    ]);
    expect(slow.code).toBe(99);
    expect(slow.record!.gates[0]!.status).toBe('failed');
    expect(slow.record!.verdicts.duration_s!.verdict).toBe('insufficient_history');
  }, 60_000);

  it('an absolute gate that fails on every run still builds a baseline, so a later regression is judged', async () => {
    const db = path.join(dir, 'absolute.sqlite');
    const gate = ['--gate', 'peak_rss_mb < 1'];
    await quickRuns(db, 5, gate);
    const slow = await pyrun(['run', '--db', db, '--name', 'story', ...gate, fixture('nap.py'), SLOW_S]);
    expect(slow.code).toBe(99);
    expect(slow.record!.status).toBe('gate_failed');
    expect(slow.record!.baseline.duration_s!.runs).toBe(5);
    expect(slow.record!.verdicts.duration_s!.verdict).toBe('regressed');
  }, 120_000);

  it('a run that only regressed is `regressed`, exits 99, and `pyrun compare` agrees with its record', async () => {
    const db = path.join(dir, 'regressed.sqlite');
    copyFileSync(fiveQuick, db);
    const slow = await pyrun(['run', '--db', db, '--name', 'story', fixture('nap.py'), SLOW_S]);
    expect(slow.code).toBe(99);
    expect(slow.record!.status).toBe('regressed');
    expect(slow.record!.verdicts.duration_s!.verdict).toBe('regressed');
    expect(slow.stderr).toMatch(/regressed in [a-z_, ]*duration_s/);
    expect(slow.stderr).toMatch(/regressed: duration_s [\d.]+ s vs baseline [\d.]+ s \(\+\d/);

    const compare = await pyrun(['compare', '--db', db, '--name', 'story', '--json']);
    expect(compare.code).toBe(99);
    const judged = JSON.parse(compare.stdout) as Record<string, unknown>;
    expect(judged.status).toBe(slow.record!.status);
    expect(judged.baseline).toEqual(slow.record!.baseline);
    expect(judged.verdicts).toEqual(slow.record!.verdicts);
    expect(judged.gates).toEqual(slow.record!.gates);
    expect(judged.baseline_runs).toBe(5);
  }, 60_000);
});
