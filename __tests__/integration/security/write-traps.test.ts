/**
 * Traps around the files pyrun writes, through the built CLI on real files: something that is not pyrun's lock at
 * `<db>.lock`, a file-size limit smaller than the history, a FIFO at a report path. Each ends at once with exit 125
 * and a message naming the cause (or the report refused with a warning), never a wait, never pyrun killed by a
 * signal that would read as the script's.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, fixture, pyrun, ROOT } from '../../helpers/pyrun.js';
import { makeTempDirs } from '../history/helpers.js';

const temp = makeTempDirs('traps');
afterAll(() => temp.cleanup());

describe('something that is not a pyrun lock at <db>.lock', () => {
  it.each(['file', 'symlink', 'fifo'])(
    'a %s: refused at once with 125 naming it (no wait for a stale lock)',
    async (kind) => {
      const dir = temp.next();
      const db = join(dir, 'h.sqlite');
      const lock = `${db}.lock`;
      if (kind === 'file') writeFileSync(lock, 'x');
      if (kind === 'symlink') symlinkSync(join(dir, 'elsewhere'), lock);
      if (kind === 'fifo') execFileSync('mkfifo', [lock]);
      // 30 s: far below the lock's two-minute wait, so a wait fails the test.
      const result = await pyrun(['run', '--db', db, fixture('nap.py'), '0'], {
        record: false,
        deadline_ms: 30_000,
      });
      expect(result.code).toBe(125);
      expect(result.stderr).toContain(`${lock}, is a`);
      expect(result.stderr).toMatch(/not a lock pyrun made/);
    },
  );

  it('a real lock directory left by a killed pyrun is still taken over as stale', async () => {
    const dir = temp.next();
    const db = join(dir, 'h.sqlite');
    mkdirSync(`${db}.lock`);
    const old = new Date(Date.now() - 60_000);
    execFileSync('touch', ['-d', old.toISOString(), `${db}.lock`]);
    const result = await pyrun(['run', '--db', db, fixture('nap.py'), '0'], {
      record: false,
      deadline_ms: 30_000,
    });
    expect(result.code).toBe(0);
  });
});

describe('a file-size limit smaller than the history', () => {
  it('pyrun is not killed by SIGXFSZ: the write fails, exit 125 with the cause', async () => {
    const dir = temp.next();
    const db = join(dir, 'h.sqlite');
    const child = spawn(
      'prlimit',
      ['--fsize=2000', process.execPath, CLI, 'run', '--db', db, fixture('nap.py'), '0'],
      { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    expect(signal).toBeNull();
    expect(code).toBe(125);
    expect(stderr).toMatch(/could not save the history/);
    expect(stderr).toMatch(/EFBIG|too large/i);
  });
});

describe('a FIFO at a report path', () => {
  it('is refused with a warning, never waited on; the run and its history kept', async () => {
    const dir = temp.next();
    const db = join(dir, 'h.sqlite');
    const fifo = join(dir, 'report.md');
    execFileSync('mkfifo', [fifo]);
    const result = await pyrun(
      ['run', '--db', db, '--summary', fifo, '--timeout', '20', fixture('nap.py'), '0'],
      {
        record: false,
        deadline_ms: 30_000,
      },
    );
    expect(result.stderr).toMatch(/could not write the report .*report\.md: .*FIFO/);
    expect(readFileSync(db).length).toBeGreaterThan(0);
  });
});
