/**
 * `pyrun run --executor ssh|docker` through the built CLI: the same metrics, gates and record as a local run,
 * measured where the script runs (a real OpenSSH server on loopback; Docker through the stand-in on PATH).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fixture, pyrun, ROOT } from '../../helpers/pyrun.js';
import { startSshd, sshdUnavailable, type TestSshd } from '../../helpers/sshd.js';
import { describeWith } from '../../helpers/needs.js';

const why = sshdUnavailable();
const describeSsh = describeWith(why);

describeSsh('pyrun run --executor ssh', () => {
  let sshd: TestSshd;
  beforeAll(async () => {
    sshd = await startSshd();
  });
  afterAll(async () => {
    await sshd?.stop();
  });
  const target = () => [
    '--executor',
    'ssh',
    '--ssh-host',
    sshd.host,
    '--ssh-port',
    String(sshd.port),
    '--ssh-user',
    sshd.user,
    '--ssh-key',
    sshd.key,
    '--ssh-known-hosts',
    sshd.knownHosts,
  ];

  it('measures the remote process tree and records where it ran', async () => {
    const r = await pyrun([
      'run',
      ...target(),
      '--interval',
      '0.1',
      '--gate',
      'max_processes == 4',
      fixture('tree.py'),
    ]);
    expect(r.code).toBe(0);
    const rec = r.record!;
    expect(rec.executor).toBe('ssh');
    expect(rec.host).toBe(sshd.host);
    expect(rec.max_processes).toBe(4);
    expect(rec.peak_rss_mb).toBeGreaterThanOrEqual(240);
    expect(rec.cpu_time_s).toBeGreaterThanOrEqual(3);
    expect(rec.gates[0]).toMatchObject({ passed: true, actual: 4 });
    expect(rec.samples).toBeGreaterThan(3);
  });

  it('passes the remote exit code through and keeps stderr apart', async () => {
    const r = await pyrun(['run', ...target(), fixture('exit3.py')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('failing on purpose');
    expect(r.stdout).toBe('');
  });

  it('refuses a host whose key is not known, with exit 125 and the reason', async () => {
    const args = target();
    args.splice(args.indexOf('--ssh-known-hosts'), 2);
    const r = await pyrun(['run', ...args, '--ssh-known-hosts', '/dev/null', fixture('args.py')], {
      record: false,
    });
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/host key verification failed/i);
  });
});

describe('pyrun run --executor docker (stand-in on PATH)', () => {
  it('measures the tree inside the container and passes the exit code through', async () => {
    const env = { PATH: `${path.join(ROOT, '__tests__/helpers/docker-standin')}:${process.env.PATH}` };
    const ok = await pyrun(
      [
        'run',
        '--executor',
        'docker',
        '--docker-image',
        'python:3.12-slim',
        '--interval',
        '0.1',
        fixture('tree.py'),
      ],
      { env },
    );
    expect(ok.code).toBe(0);
    expect(ok.record!.executor).toBe('docker');
    expect(ok.record!.host).toBe('python:3.12-slim');
    expect(ok.record!.max_processes).toBe(4);
    const fail = await pyrun(
      ['run', '--executor', 'docker', '--docker-image', 'python:3.12-slim', fixture('exit3.py')],
      { env },
    );
    expect(fail.code).toBe(3);
  });

  it('needs --docker-image', async () => {
    const r = await pyrun(['run', '--executor', 'docker', fixture('args.py')], { record: false });
    expect(r.code).toBe(125);
    expect(r.stderr).toContain('--executor docker needs --docker-image');
  });
});
