/**
 * The history soak, small: 3 writers × 6 `pyrun run` on one --db, 2 of them SIGKILLed at random moments. Every
 * run that finished is stored, nothing beyond the killed ones is missing, PRAGMA integrity_check is ok, and no
 * script outlives its killed pyrun (scripts/soak-history.mjs does the work and the checks; `npm run soak:history`
 * is the full 4 × 50).
 */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../helpers/pyrun.js';

interface SoakSummary {
  spawned: number;
  finished: number;
  killed: number;
  kills_that_came_too_late: number;
  stored: number;
  killed_but_stored: number;
  integrity_check: string;
  orphans: number;
  ok: boolean;
  problems: string[];
}

function soak(args: string[]): Promise<{ code: number | null; summary: SoakSummary; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'scripts/soak-history.mjs'), ...args, '--json'],
      { cwd: ROOT, timeout: 170_000 },
      (error, stdout, stderr) => {
        try {
          resolve({
            code: error ? ((error as { code?: number }).code ?? 1) : 0,
            summary: JSON.parse(stdout),
            stderr,
          });
        } catch {
          reject(new Error(`soak printed no summary (${String(error)}): ${stdout}\n${stderr}`));
        }
      },
    );
  });
}

describe('parallel pyruns on one history, some killed', () => {
  it('store every finished run, lose only killed ones, and leave a sound file', async () => {
    const { code, summary, stderr } = await soak(['--writers', '3', '--runs', '6', '--kills', '2']);
    expect(summary.problems).toEqual([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(summary.spawned).toBe(18);
    expect(summary.killed + summary.kills_that_came_too_late).toBe(2);
    expect(summary.finished + summary.killed).toBe(18);
    expect(summary.stored).toBe(summary.finished + summary.killed_but_stored);
    expect(summary.killed_but_stored).toBeGreaterThanOrEqual(0);
    expect(summary.killed_but_stored).toBeLessThanOrEqual(summary.killed);
    expect(summary.integrity_check).toBe('ok');
    expect(summary.orphans).toBe(0);
  }, 180_000);
});
