/**
 * No process of the script outlives its run, even when the script kills pyrun's launcher (the subreaper that ends
 * the tree) right after starting a setsid daemon that no sample saw. Real processes, real /proc.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, pyrun } from '../../helpers/pyrun.js';
import { makeTempDirs } from '../history/helpers.js';

const temp = makeTempDirs('survivors');
afterAll(() => temp.cleanup());

/** Whether `pid` still runs (a zombie waiting for a parent that never reaps it does not). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('a daemon started just before the launcher is killed', () => {
  it.each([1, 2, 3])('is ended by the time pyrun exits (attempt %i)', async () => {
    const dir = temp.next();
    const pidFile = join(dir, 'daemon.pid');
    const result = await pyrun(
      ['run', '--no-history', '--interval', '5', fixture('daemon_escape.py'), pidFile],
      {
        record: false,
        deadline_ms: 60_000,
      },
    );
    const daemon = Number(readFileSync(pidFile, 'utf8'));
    expect(daemon).toBeGreaterThan(1);
    const stillThere = running(daemon);
    if (stillThere) process.kill(daemon, 'SIGKILL'); // leave nothing behind whatever the outcome
    expect(stillThere).toBe(false);
    expect(result.code).not.toBe(0);
  });
});
