/**
 * `pyrun run --instructions` for real: valgrind (callgrind) counting a real Python job's whole process tree.
 * Valgrind slows a script ~30x, so the jobs are tiny and the number of counted runs is kept to nine.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeWith } from '../../helpers/needs.js';
import { fixture, pyrun, tempDir, type PyrunResult } from '../../helpers/pyrun.js';
import type { RunRecord } from '../../../src/engine/types.js';

function valgrindMissing(): string | null {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'valgrind is not installed (apt-get install valgrind)';
  }
}

const COUNTED = fixture('counted.py');
// One counted run takes ~5 s of CPU; a loaded 2-core machine can stretch that several times.
const RUN_DEADLINE_MS = 150_000;

async function counted(db: string, name: string, args: string[], extra: string[] = []): Promise<RunRecord> {
  const result: PyrunResult = await pyrun(
    ['run', '--instructions', '--db', db, '--name', name, ...extra, COUNTED, ...args],
    { deadline_ms: RUN_DEADLINE_MS },
  );
  if (result.record === null) throw new Error(`no record: ${result.stderr}`);
  return result.record;
}

const spreadPct = (values: number[]) =>
  (100 * (Math.max(...values) - Math.min(...values))) / Math.min(...values);

describeWith(valgrindMissing())('pyrun run --instructions', () => {
  it(
    'six identical runs of a multi-process job agree within 0.2%; 2% more work regresses on its first run; ' +
      'plain and counted runs never share a baseline',
    async () => {
      const dir = tempDir();
      const db = path.join(dir, 'history.sqlite');
      // A plain run first: the counted runs must not count it among their baseline runs.
      const plain = await pyrun(['run', '--db', db, '--name', 'job', COUNTED, 'pool'], {
        deadline_ms: 60_000,
      });
      expect(plain.code).toBe(0);

      const runs: RunRecord[] = [];
      for (let i = 0; i < 6; i += 1) runs.push(await counted(db, 'job', ['pool']));
      const counts = runs.map((r) => r.instructions as number);
      expect(counts.every((n) => Number.isInteger(n) && n > 1e8)).toBe(true);
      expect(spreadPct(counts)).toBeLessThan(0.2);
      for (const r of runs) {
        // The parent and its two forked workers, each counted once (a fork does not copy the parent's count).
        const processes = r.instrumentation!.per_process;
        expect(processes.length).toBe(3);
        expect(processes.reduce((s, p) => s + p.count, 0)).toBe(r.instructions);
        expect(processes[0]!.command).toContain('counted.py pool');
        expect(processes.slice(1).every((p) => p.count < processes[0]!.count / 10)).toBe(true);
        expect(r.instrumentation!.pythonhashseed).toBe('0');
        for (const p of processes) {
          expect(existsSync(path.join(r.instrumentation!.out_dir, `callgrind.out.${p.pid}`))).toBe(true);
        }
        expect(r.status).toBe('passed');
      }
      // The sixth is judged against the five counted runs before it, never the plain one.
      const sixth = runs[5]!;
      expect(sixth.baseline.instructions?.runs).toBe(5);
      expect(sixth.baseline.duration_s?.runs).toBe(5);
      expect(sixth.verdicts.instructions?.verdict).toBe('unchanged');

      // ~2% more instructions: 5000 more loop steps in the parent (~750 instructions each, +2.4%).
      const more = await pyrun(
        [
          'run',
          '--instructions',
          '--db',
          db,
          '--name',
          'job',
          '--gate',
          'instructions < 2e9',
          '--gate',
          'instructions < 1.1 * baseline',
          COUNTED,
          'pool',
          '5000',
        ],
        { deadline_ms: RUN_DEADLINE_MS },
      );
      const regressed = more.record!;
      const change = regressed.verdicts.instructions!.change_pct!;
      expect(change).toBeGreaterThan(1.2);
      expect(change).toBeLessThan(4);
      expect(regressed.verdicts.instructions?.verdict).toBe('regressed');
      expect(regressed.status).toBe('regressed');
      expect(more.code).toBe(99);
      expect(regressed.gates.map((g) => g.passed)).toEqual([true, true]);
      expect(more.stderr).toMatch(/regressed: instructions/);
      expect(more.stderr).toMatch(/slowed ~30x/);

      // A plain run after them: its baseline is the one plain run, none of the seven counted ones.
      const after = await pyrun(['run', '--db', db, '--name', 'job', COUNTED, 'pool'], {
        deadline_ms: 60_000,
      });
      expect(after.record!.instructions).toBeNull();
      expect(after.record!.baseline.duration_s?.runs).toBe(1);
    },
    12 * RUN_DEADLINE_MS,
  );

  it(
    "a child doing the parent's work again doubles the work's count",
    async () => {
      const db = path.join(tempDir(), 'history.sqlite');
      const bare = await counted(db, 'bare', ['bare']);
      const twice = await counted(db, 'twice', ['twice']);
      const [parent, child] = twice.instrumentation!.per_process;
      expect(twice.instrumentation!.per_process.length).toBe(2);
      const work = parent!.count - bare.instructions!; // the parent's work beyond starting Python
      expect(work).toBeGreaterThan(2e7);
      // The child counts its own work only: within 3% of the parent's, not the parent's start-up as well.
      expect(Math.abs(child!.count / work - 1)).toBeLessThan(0.03);
      expect(Math.abs((twice.instructions! - bare.instructions!) / work - 2)).toBeLessThan(0.06);
    },
    3 * RUN_DEADLINE_MS,
  );

  it('without valgrind on PATH: exit 125 and the line that installs it, no record of a run', async () => {
    const result = await pyrun(['run', '--instructions', '--python', pythonPath(), fixture('nap.py'), '0'], {
      env: { PATH: tempDir() },
    });
    expect(result.code).toBe(125);
    expect(result.stderr).toMatch(/--instructions needs valgrind, which is not on PATH/);
    expect(result.stderr).toMatch(/sudo apt-get install -y valgrind/);
    expect(result.record).toBeNull();
  });
});

describe('--instructions refuses what it cannot count', () => {
  it('with --profile: exit 125 naming both flags', async () => {
    const profiled = await pyrun(['run', '--instructions', '--profile', fixture('nap.py')], {
      record: false,
    });
    expect(profiled.code).toBe(125);
    expect(profiled.stderr).toMatch(/--instructions and --profile exclude each other/);
  });
});

function pythonPath(): string {
  return execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
}
