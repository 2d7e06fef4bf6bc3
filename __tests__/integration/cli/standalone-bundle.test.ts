/**
 * The bundles run alone: copied to a directory with no node_modules anywhere above it, the CLI still keeps history
 * (sql.js loaded from the files beside the bundle, not from the package) and the action still runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fixture, ROOT, tempDir } from '../../helpers/pyrun.js';

describe('dist/ copied away from node_modules', () => {
  const dir = tempDir('pyrun-standalone-');
  cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  const hasNodeModulesAbove = (p: string): boolean =>
    p !== path.dirname(p) &&
    (existsSync(path.join(p, 'node_modules')) || hasNodeModulesAbove(path.dirname(p)));

  it('is really alone', () => {
    expect(dir.startsWith(os.tmpdir())).toBe(true);
    expect(hasNodeModulesAbove(dir)).toBe(false);
  });

  it('the CLI records a run in its history file and reads it back', () => {
    const cli = path.join(dir, 'dist/cli/index.js');
    const db = path.join(dir, 'h.sqlite');
    const run = spawnSync(process.execPath, [cli, 'run', '--db', db, fixture('args.py'), 'x'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect([run.status, run.stderr]).toEqual([0, expect.stringContaining('passed')]);
    const list = spawnSync(process.execPath, [cli, 'history', '--db', db, '--json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(list.status).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
  });

  it('the action runs its session with history and writes its outputs', () => {
    const output = path.join(dir, 'output');
    writeFileSync(output, '');
    const r = spawnSync(process.execPath, [path.join(dir, 'dist/action/index.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        RUNNER_TEMP: path.join(dir, 'temp'),
        GITHUB_OUTPUT: output,
        INPUT_SCRIPT: fixture('args.py'),
        INPUT_HISTORY: 'cache',
        INPUT_SUMMARY: 'false',
        'INPUT_FAIL-ON': 'gate,regression',
        INPUT_COMMENT: 'never',
        INPUT_INTERVAL: '0.5',
        INPUT_EXECUTOR: 'local',
      },
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('cache service is not available');
    expect(r.stdout).toMatch(/passed/);
  });
});
