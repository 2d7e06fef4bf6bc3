/**
 * Report paths in the built action, as the runner starts it: a path in folders that do not exist yet is written
 * (the usual `test-results/pyrun.xml`), and a path that cannot be written is one warning — the step still ends
 * with the script's own outcome, with its summary, outputs and saved history. A series name carrying a newline
 * prints no working workflow command.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionEvent } from '../../helpers/action.js';
import { fixture, tempDir } from '../../helpers/pyrun.js';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';

let cache: CacheServiceStandIn;
let runId = 5000;
const push = (): ActionEvent => ({ name: 'push', ref: 'refs/heads/main', ref_name: 'main', run_id: ++runId });

beforeAll(async () => {
  cache = await startCacheService();
});
afterAll(async () => {
  await cache.close();
});

/** Workflow-command lines the runner would act on. */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

describe('report paths in the action', () => {
  it('creates the folders of junit-path and tap-path', async () => {
    const dir = tempDir('pyrun-reports-');
    const junit = path.join(dir, 'test-results', 'perf', 'pyrun.xml');
    const tap = path.join(dir, 'tap', 'pyrun.tap');
    const r = await runAction(
      { script: fixture('exit3.py'), name: 'paths', 'junit-path': junit, 'tap-path': tap, comment: 'never' },
      push(),
      cache.env,
    );
    expect(r.outputs['exit-code']).toBe('3');
    expect(r.code).toBe(1);
    expect(readFileSync(junit, 'utf8')).toContain('<testsuite name="paths"');
    expect(readFileSync(tap, 'utf8')).toMatch(/^TAP version 13\n/);
    expect(r.outputs['junit-path']).toBe(junit);
    expect(r.outputs['tap-path']).toBe(tap);
    expect(r.stdout).not.toMatch(/could not write/);
  });

  it('a path under a file is one warning; the step keeps its own outcome, summary, outputs and history', async () => {
    const dir = tempDir('pyrun-reports-');
    writeFileSync(path.join(dir, 'results'), 'a file where a folder was expected');
    const junit = path.join(dir, 'results', 'pyrun.xml');
    const before = cache.entries().length;
    const r = await runAction(
      {
        script: fixture('burn.py'),
        args: '0.05',
        name: 'blocked',
        gates: 'peak_rss_mb < 1GB',
        'junit-path': junit,
        comment: 'never',
      },
      push(),
      cache.env,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not write the report .*pyrun\.xml: a folder on the path is a file/);
    expect(r.outputs.status).toBe('passed');
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.outputs['junit-path']).toBe('');
    expect(existsSync(r.outputs['report-json'] ?? '')).toBe(true);
    expect(r.summary).toContain('`blocked`');
    expect(r.stdout).toContain('History saved to the Actions cache');
    expect(cache.entries().length).toBe(before + 1);
  });

  it('prints no working workflow command for a series name with newlines', async () => {
    const r = await runAction(
      {
        script: fixture('burn.py'),
        args: '0.05',
        name: 'etl\n::add-mask::hunter2\n::error title=forged::pwned\n##[add-mask]v1',
        comment: 'never',
        history: 'none',
      },
      push(),
      {},
    );
    expect(r.code).toBe(0);
    const forged = commandLines(r.stdout).filter((l) => /hunter2|pwned|v1$/.test(l));
    expect(forged).toEqual([]);
    // The commands pyrun itself means (groups, its own annotations) still work.
    expect(r.stdout).toContain('hunter2');
  });
});
