/**
 * Exit codes (docs/cli.md), timeouts that leave nothing behind, and arguments that reach the script literally.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { alive, fixture, pyrun, tempDir } from '../../helpers/pyrun.js';

const waitFor = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (Date.now() < end && !check()) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe('pyrun run ends the way the script did', () => {
  it('passes a script’s exit code 3 through', async () => {
    const r = await pyrun(['run', fixture('exit3.py')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('failing on purpose');
    expect(r.record!.status).toBe('failed');
    expect(r.record!.exit_code).toBe(3);
  });

  it('exits 137 for a script killed by SIGKILL and names the signal', async () => {
    const r = await pyrun(['run', fixture('sigkill.py')]);
    expect(r.code).toBe(137);
    expect(r.record!.signal).toBe('SIGKILL');
    expect(r.record!.exit_code).toBeNull();
  });

  it('kills a hanging script and its child after --timeout 1: exit 124, both pids gone', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const started = Date.now();
    const r = await pyrun(['run', '--timeout', '1', fixture('hang.py'), pidFile]);
    expect(r.code).toBe(124);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(r.record!.status).toBe('timeout');
    const pids = readFileSync(pidFile, 'utf8').split(' ').map(Number);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(await waitFor(() => !alive(pid))).toBe(true);
  });

  it('leaves no orphan behind: a daemonised grandchild is ended when the script exits', async () => {
    const pidFile = path.join(tempDir(), 'orphan');
    const r = await pyrun(['run', fixture('orphan.py'), pidFile]);
    expect(r.code).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(await waitFor(() => !alive(pid))).toBe(true);
  });

  it('forwards SIGINT to the script, still writes the record, and exits 130', async () => {
    const pidFile = path.join(tempDir(), 'pids');
    const r = await pyrun(['run', fixture('hang.py'), pidFile], {
      onSpawn: (pid) => {
        const poll = setInterval(() => {
          try {
            if (readFileSync(pidFile, 'utf8').includes(' ')) {
              clearInterval(poll);
              process.kill(pid, 'SIGINT');
            }
          } catch {
            /* not yet */
          }
        }, 50);
      },
    });
    expect(r.code).toBe(130);
    expect(r.record).not.toBeNull();
    expect(r.record!.signal).toBe('SIGINT');
    const pids = readFileSync(pidFile, 'utf8').split(' ').map(Number);
    for (const pid of pids) expect(await waitFor(() => !alive(pid))).toBe(true);
  });

  it('re-runs a failing script with --retries and records every attempt', async () => {
    const r = await pyrun(['run', '--retries', '2', fixture('exit3.py')]);
    expect(r.code).toBe(3);
    expect(r.record!.attempts.map((a) => a.exit_code)).toEqual([3, 3, 3]);
    expect(r.stderr).toContain('attempt 1 of 3 exited 3; retrying');
  });

  it('hands arguments to the script literally: spaces, quotes, $(…), leading dashes', async () => {
    const args = ['a b', '"quoted"', "it's", '$(touch /tmp/pyrun-pwned)', '--flag', '-x', '*', ''];
    const r = await pyrun(['run', '--', fixture('args.py'), ...args]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(args);
  });

  it('passes a -- after the script on to the script, as python itself would', async () => {
    const r = await pyrun(['run', fixture('args.py'), '--', '-v']);
    expect(JSON.parse(r.stdout)).toEqual(['--', '-v']);
  });

  it('runs a script whose name starts with a dash (after --)', async () => {
    const dir = tempDir();
    const dashed = path.join(dir, '-v.py');
    writeFileSync(dashed, readFileSync(fixture('args.py')));
    const r = await pyrun(['run', '--cwd', dir, '--', '-v.py', 'x'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['x']);
  });

  it('passes options after the script to the script, not to pyrun', async () => {
    const r = await pyrun(['run', fixture('args.py'), '--interval', 'x']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['--interval', 'x']);
  });

  it('streams a large output through unchanged without holding it', async () => {
    const r = await pyrun(['run', fixture('flood.py'), '16']);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(16 * 1024 * 1024);
  });
});

describe('pyrun refuses bad input with exit 125 and one line naming the problem', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing script', ['run', 'no/such/script.py'], /script not found: no\/such\/script\.py/],
    [
      'a missing interpreter',
      ['run', '--python', '/nope/python9', fixture('args.py')],
      /interpreter not found: \/nope\/python9/,
    ],
    [
      '--interval banana',
      ['run', '--interval', 'banana', fixture('args.py')],
      /--interval must be a number of seconds.*banana/,
    ],
    [
      'a negative timeout',
      ['run', '--timeout', '-5', fixture('args.py')],
      /--timeout must be a number of seconds greater than 0.*-5/,
    ],
    ['an unknown flag', ['run', '--frobnicate', fixture('args.py')], /unknown option '--frobnicate'/],
  ];
  it.each(cases)('%s', async (_what, args, message) => {
    const r = await pyrun(args, { record: false });
    expect(r.code).toBe(125);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
