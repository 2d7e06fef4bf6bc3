/**
 * What pyrun can and cannot do about secrets in its own environment, proven on real processes and real /proc:
 * unsetting a variable keeps it from every process started afterwards, but /proc/<pid>/environ — the block the
 * process started with — still shows it; so a script run by the action (same user) can read the action's inputs
 * from its ancestor's /proc/<pid>/environ, while its own environment holds none of them.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction } from '../../helpers/action.js';
import { tempDir } from '../../helpers/pyrun.js';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';

let cache: CacheServiceStandIn;
beforeAll(async () => {
  cache = await startCacheService();
});
afterAll(async () => {
  await cache.close();
});

describe('a variable unset in a running Node process', () => {
  it('is gone for its children but still in its /proc/<pid>/environ', () => {
    const program = `
      const { readFileSync } = require('node:fs');
      const { spawnSync } = require('node:child_process');
      delete process.env.PYRUN_TEST_SECRET;
      const environ = readFileSync('/proc/self/environ', 'utf8');
      const child = spawnSync('sh', ['-c', 'echo "\${PYRUN_TEST_SECRET:-unset}"'], { encoding: 'utf8' });
      console.log(JSON.stringify({
        in_process_env: 'PYRUN_TEST_SECRET' in process.env,
        in_proc_environ: environ.split('\\0').includes('PYRUN_TEST_SECRET=s3cret-value'),
        child_sees: child.stdout.trim(),
      }));`;
    const result = spawnSync(process.execPath, ['-e', program], {
      env: { PATH: process.env.PATH ?? '', PYRUN_TEST_SECRET: 's3cret-value' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      in_process_env: false,
      in_proc_environ: true,
      child_sees: 'unset',
    });
  });
});

/** Prints which secret-bearing variables it sees in its own environment and in an ancestor's /proc environ. */
const SEEKER = `
import os
NAMES = ("INPUT_GITHUB-TOKEN", "INPUT_WEBHOOK-SECRET", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN")
for name in NAMES:
    if name in os.environ:
        print("OWN", name)
pid, seen = os.getpid(), set()
while pid > 1:
    stat = open("/proc/%d/stat" % pid).read()
    pid = int(stat[stat.rindex(")") + 2 :].split()[1])
    try:
        entries = open("/proc/%d/environ" % pid, "rb").read().split(b"\\0")
    except OSError:
        continue
    for entry in entries:
        name = entry.partition(b"=")[0].decode()
        if name in NAMES and name not in seen:
            seen.add(name)
            print("ANCESTOR", name)
`;

describe('a script run by the action', () => {
  it('has none of the secrets in its environment, and can still read them from pyrun’s /proc/<pid>/environ', async () => {
    const dir = tempDir('pyrun-environ-');
    const script = path.join(dir, 'seeker.py');
    writeFileSync(script, SEEKER);
    const r = await runAction(
      {
        script,
        name: 'seeker',
        history: 'none',
        comment: 'never',
        'webhook-secret': 'whsec-abc',
        'webhook-url': 'http://127.0.0.1:9/hook',
      },
      { name: 'push', ref: 'refs/heads/main', ref_name: 'main', run_id: 7400 },
      { ...cache.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token' },
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).not.toMatch(/^OWN /m);
    // What pyrun cannot change (docs/guarantees.md, "Secrets and the runner"): the initial environment block.
    for (const name of ['INPUT_GITHUB-TOKEN', 'INPUT_WEBHOOK-SECRET', 'ACTIONS_RUNTIME_TOKEN']) {
      expect(r.stdout).toContain(`ANCESTOR ${name}`);
    }
  }, 90_000);
});
