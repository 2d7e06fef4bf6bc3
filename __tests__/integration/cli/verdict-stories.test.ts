/**
 * Verdict stories (docs/verdicts.md) through the built CLI, on real Python fixtures: a gate against `baseline` works
 * from the first baseline run on, an always-failing absolute gate still builds a baseline, a run that only
 * regressed says so, and `pyrun compare` agrees with the run's own record field for field.
 *
 * The gate stories use a script that sleeps (its duration is set by its argument, never raced). The automatic
 * verdict is judged against the baseline's own noise, and on a busy 2-core CI machine the wall time of a 0.1 s
 * run can vary several-fold (one such baseline hid a 10x slower run's duration: correctly, as noise), so the
 * verdict stories burn CPU and judge CPU time, which waiting for a core does not inflate. The other test worker
 * comes and goes beside them, so the stories that expect a regression judge it even on a busier machine
 * (`--busy-machine judge`); the busy-runner story below keeps the default and brings its own neighbours.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { fixture, pyrun, tempDir } from '../../helpers/pyrun.js';

const QUICK_S = '0.02';
const SLOW_S = '1.5'; // with Python's start-up (~0.05 s here), about 20x the quick runs
const BURN_QUICK_S = '0.02';
const BURN_SLOW_S = '1.0'; // CPU time: ~0.04 s of start-up + the burn, so about 17x the quick runs
const JUDGE_BUSY = ['--busy-machine', 'judge'];

/** One run of the series `story` in `db`. */
const storyRun = (db: string, extra: string[], script: string, arg: string) =>
  pyrun(['run', '--db', db, '--name', 'story', ...extra, fixture(script), arg]);

async function quickRuns(
  db: string,
  n: number,
  extra: string[] = [],
  script: [string, string] = ['nap.py', QUICK_S],
): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const r = await storyRun(db, extra, script[0], script[1]);
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
    const slow = await storyRun(db, ['--gate', gate], 'nap.py', SLOW_S);
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
    const slow = await storyRun(db, ['--gate', 'duration_s < 3 * baseline'], 'nap.py', SLOW_S);
    expect(slow.code).toBe(99);
    expect(slow.record!.gates[0]!.status).toBe('failed');
    expect(slow.record!.verdicts.duration_s!.verdict).toBe('insufficient_history');
  }, 60_000);

  it('an absolute gate that fails on every run still builds a baseline, so a later regression is judged', async () => {
    const db = path.join(dir, 'absolute.sqlite');
    const gate = ['--gate', 'peak_rss_mb < 1'];
    await quickRuns(db, 5, gate, ['burn.py', BURN_QUICK_S]);
    const slow = await storyRun(db, [...gate, ...JUDGE_BUSY], 'burn.py', BURN_SLOW_S);
    expect(slow.code).toBe(99);
    expect(slow.record!.status).toBe('gate_failed');
    expect(slow.record!.baseline.cpu_time_s!.runs).toBe(5);
    expect(slow.record!.verdicts.cpu_time_s!.verdict).toBe('regressed');
  }, 120_000);

  it('a run that only regressed is `regressed`, exits 99, and `pyrun compare` agrees with its record', async () => {
    const db = path.join(dir, 'regressed.sqlite');
    await quickRuns(db, 5, [], ['burn.py', BURN_QUICK_S]);
    const slow = await storyRun(db, JUDGE_BUSY, 'burn.py', BURN_SLOW_S);
    expect(slow.code).toBe(99);
    expect(slow.record!.status).toBe('regressed');
    expect(slow.record!.verdicts.cpu_time_s!.verdict).toBe('regressed');
    expect(slow.stderr).toMatch(/regressed in [a-z_, ]*cpu_time_s/);
    expect(slow.stderr).toMatch(/regressed: cpu_time_s [\d.]+ s vs baseline [\d.]+ s \(\+\d/);

    const compare = await pyrun(['compare', '--db', db, '--name', 'story', '--json']);
    expect(compare.code).toBe(99);
    const judged = JSON.parse(compare.stdout) as Record<string, unknown>;
    expect(judged.status).toBe(slow.record!.status);
    expect(judged.baseline).toEqual(slow.record!.baseline);
    expect(judged.verdicts).toEqual(slow.record!.verdicts);
    expect(judged.gates).toEqual(slow.record!.gates);
    expect(judged.baseline_runs).toBe(5);
    // Confirmed: every re-run was slow too, and compare re-judges the stored re-runs alike.
    expect(slow.record!.verdicts.cpu_time_s!.reruns).toHaveLength(2);
    expect(slow.record!.verdicts.cpu_time_s!.statistic).toMatch(/^least of 3 runs \(this and 2 re-runs\)/);
  }, 60_000);

  it('a busy neighbour slows one run: its first re-run is quick, so the run passes, exit 0, nothing more is run', async () => {
    const db = path.join(dir, 'burst.sqlite');
    const marker = path.join(dir, 'neighbour-busy');
    await quickRuns(db, 5, [], ['burst_once.py', marker]);
    writeFileSync(marker, '');
    const r = await pyrun([
      'run',
      '--db',
      db,
      '--name',
      'story',
      ...JUDGE_BUSY,
      fixture('burst_once.py'),
      marker,
      BURN_SLOW_S,
    ]);
    expect(r.code).toBe(0);
    expect(r.record!.status).toBe('passed');
    // The run itself measured the slow burn; the one re-run cleared it.
    expect(r.record!.cpu_time_s).toBeGreaterThan(0.5);
    const v = r.record!.verdicts.cpu_time_s!;
    expect(v.verdict).toBe('unchanged');
    expect(v.reruns).toHaveLength(1);
    expect(v.reruns![0]).toBeLessThan(0.5);
    expect(v.statistic).toMatch(/^least of 2 runs \(this and 1 re-run\)/);
    expect(r.stderr).toContain('confirming, re-run 1 of at most 2');
    expect(r.stderr).not.toContain('re-run 2');
    const compare = await pyrun(['compare', '--db', db, '--name', 'story', '--json']);
    expect(compare.code).toBe(0);
    expect((JSON.parse(compare.stdout) as { verdicts: unknown }).verdicts).toEqual(r.record!.verdicts);
  }, 60_000);

  describe('a busy runner: other jobs keep both cores busy while an unchanged script runs', () => {
    let neighbours: ChildProcess[] = [];
    const startNeighbours = () => {
      neighbours = [0, 1].map(() => spawn('/bin/sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' }));
    };
    const stopNeighbours = () => neighbours.forEach((n) => n.kill('SIGKILL'));

    /**
     * A baseline recorded on a calm machine, where the same script measured half its CPU and wall time (the runs
     * imported as JSONL, as a history arrives from another machine): this run then looks 2x slower.
     */
    async function calmBaseline(db: string): Promise<void> {
      const lines: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const r = await pyrun(['run', '--name', 'story', fixture('burn.py'), '0.3']);
        const record = r.record!;
        lines.push(
          JSON.stringify({
            ...record,
            cpu_time_s: record.cpu_time_s / 2,
            duration_s: record.duration_s / 2,
            neighbour_cores: 0.02,
            calibration_ms: null, // recorded before pyrun timed its loop: only the company can excuse a run
            series: [],
          }),
        );
      }
      const jsonl = path.join(dir, 'calm.jsonl');
      writeFileSync(jsonl, `${lines.join('\n')}\n`);
      const imported = await pyrun(['history', 'import', '--db', db, jsonl], { record: false });
      expect(imported.code).toBe(0);
    }

    it('withholds the slower time (exit 0, says why), judges it with --busy-machine judge, and compare agrees', async () => {
      const db = path.join(dir, 'busy.sqlite');
      const same = path.join(dir, 'busy-judged.sqlite'); // the same baseline, for the run judged anyway
      await calmBaseline(db);
      copyFileSync(db, same);
      startNeighbours();
      let withheld, judged;
      try {
        withheld = await storyRun(db, [], 'burn.py', '0.3');
        judged = await storyRun(same, JUDGE_BUSY, 'burn.py', '0.3');
      } finally {
        stopNeighbours();
      }
      expect(withheld.code).toBe(0);
      expect(withheld.record!.status).toBe('passed');
      expect(withheld.record!.neighbour_cores).toBeGreaterThan(0.5);
      const v = withheld.record!.verdicts.cpu_time_s!;
      expect(v.verdict).toBe('not_judged');
      expect(v.change_pct).toBeGreaterThan(40);
      expect(v.busy_machine!.baseline_cores).toBe(0.02);
      expect(v.busy_machine!.cores[0]).toBe(withheld.record!.neighbour_cores);
      expect(withheld.stderr).toMatch(
        /withheld: cpu_time_s [\d.]+ s vs baseline [\d.]+ s \(\+\d+(\.\d+)?%\): other work kept [\d.]+ cores busy during this run, 0\.02 in the baseline runs/,
      );

      expect(judged.code).toBe(99);
      expect(judged.record!.verdicts.cpu_time_s!.verdict).toBe('regressed');
      expect(judged.stderr).toMatch(/busier machine: cpu_time_s judged anyway \(--busy-machine judge\)/);
      // compare re-judges each stored run under the mode it was judged in
      for (const [file, run, code] of [
        [db, withheld, 0],
        [same, judged, 99],
      ] as const) {
        const compare = await pyrun(['compare', '--db', file, '--name', 'story', '--json'], {
          record: false,
        });
        expect(compare.code).toBe(code);
        expect((JSON.parse(compare.stdout) as { verdicts: unknown }).verdicts).toEqual(run.record!.verdicts);
      }
    }, 120_000);
  });
  describe('a history from a faster machine: the cache restored runs recorded on quicker hardware', () => {
    /**
     * The same script measured half its CPU and wall time on the machine the history came from, and pyrun's
     * calibration loop ran five times faster there; that machine was no calmer (both cores were busy), so only
     * the loop can tell that this machine, not the script, got slower.
     */
    async function fasterBaseline(db: string): Promise<number> {
      const records = [];
      for (let i = 0; i < 5; i += 1) {
        const r = await pyrun(['run', '--name', 'story', fixture('burn.py'), '0.3']);
        expect(r.record!.calibration_ms).toBeGreaterThan(0);
        records.push(r.record!);
      }
      // Load only ever slows the loop: a fifth of the quickest reading here is far below any reading to come.
      const quicker = Math.min(...records.map((r) => r.calibration_ms!)) / 5;
      const lines = records.map((record) =>
        JSON.stringify({
          ...record,
          cpu_time_s: record.cpu_time_s / 2,
          duration_s: record.duration_s / 2,
          neighbour_cores: 2,
          calibration_ms: quicker,
          series: [],
        }),
      );
      const jsonl = path.join(dir, 'faster.jsonl');
      writeFileSync(jsonl, `${lines.join('\n')}\n`);
      const imported = await pyrun(['history', 'import', '--db', db, jsonl], { record: false });
      expect(imported.code).toBe(0);
      return quicker;
    }

    it('withholds the slower time (exit 0, the loop readings say why), judges it with --busy-machine judge, and compare agrees', async () => {
      const db = path.join(dir, 'faster.sqlite');
      const same = path.join(dir, 'faster-judged.sqlite');
      const baselineMs = await fasterBaseline(db);
      copyFileSync(db, same);
      const withheld = await storyRun(db, [], 'burn.py', '0.3');
      const judged = await storyRun(same, JUDGE_BUSY, 'burn.py', '0.3');

      expect(withheld.code).toBe(0);
      expect(withheld.record!.status).toBe('passed');
      const v = withheld.record!.verdicts.cpu_time_s!;
      expect(v.verdict).toBe('not_judged');
      expect(v.statistic).toBe('withheld: the machine was slower than in the baseline runs');
      expect(v.change_pct).toBeGreaterThan(40);
      expect(v.busy_machine!.baseline_calibration).toBeCloseTo(baselineMs, 6);
      expect(v.busy_machine!.calibration![0]).toBe(withheld.record!.calibration_ms);
      expect(withheld.stderr).toMatch(
        /withheld: cpu_time_s [\d.]+ s vs baseline [\d.]+ s \(\+\d+(\.\d+)?%\): pyrun's calibration loop took [\d.]+ ms after this run[^;]*, [\d.]+ ms after the baseline runs; a slower run on a slower machine is not called regressed/,
      );

      expect(judged.code).toBe(99);
      expect(judged.record!.verdicts.cpu_time_s!.verdict).toBe('regressed');
      expect(judged.stderr).toMatch(/slower machine: cpu_time_s judged anyway \(--busy-machine judge\)/);
      for (const [file, run, code] of [
        [db, withheld, 0],
        [same, judged, 99],
      ] as const) {
        const compare = await pyrun(['compare', '--db', file, '--name', 'story', '--json'], {
          record: false,
        });
        expect(compare.code).toBe(code);
        expect((JSON.parse(compare.stdout) as { verdicts: unknown }).verdicts).toEqual(run.record!.verdicts);
      }
    }, 120_000);
  });
});
