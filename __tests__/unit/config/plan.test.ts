/** planRuns: one named script under the file's defaults, or the whole suite, every problem at once. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../src/config/parse.js';
import { planRuns, type PlanInput } from '../../../src/config/plan.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pyrun-plan-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SUITE = `
[tool.pyrun]
interval = 0.25

[[tool.pyrun.scripts]]
name = "etl"
script = "etl.py"
email_to = "ops@example.com"

[[tool.pyrun.scripts]]
name = "report"
module = "reports.build"
`;

const plan = (over: Partial<PlanInput>) => planRuns({ cwd: dir, env: {}, flags: {}, ...over });
function refused(over: Partial<PlanInput>): string[] {
  try {
    plan(over);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('accepted');
}

describe('planRuns', () => {
  it('runs a named script alone, without a config file', () => {
    const p = plan({ flags: { script: 'job.py', timeout: '3', interval: undefined } });
    expect(p.suite).toBe(false);
    expect(p.file).toBeNull();
    expect(p.runs.map((c) => [c.name, c.script, c.timeout_s, c.interval_s])).toEqual([
      ['job.py', 'job.py', 3, 0.5],
    ]);
  });

  it('puts the file defaults under a named module, and runs the whole suite when nothing is named', () => {
    writeFileSync(path.join(dir, 'pyproject.toml'), SUITE.replace('email_to = "ops@example.com"\n', ''));
    const one = plan({ flags: { module: 'pkg.job' } });
    expect(one.runs.map((c) => [c.name, c.module, c.interval_s])).toEqual([['pkg.job', 'pkg.job', 0.25]]);
    const all = plan({});
    expect(all.suite).toBe(true);
    expect(all.runs.map((c) => [c.name, c.script, c.module, c.cwd])).toEqual([
      ['etl', 'etl.py', null, dir],
      ['report', '', 'reports.build', dir],
    ]);
    expect(plan({ only: ['report'] }).runs.map((c) => c.name)).toEqual(['report']);
  });

  it('checks a module name, and refuses a script and a module together', () => {
    expect(refused({ flags: { module: 'reports/build.py' } })).toEqual([
      "--module must be a dotted module name such as reports.build (a file is a script) (got 'reports/build.py')",
    ]);
    expect(plan({ flags: { module: 'päckage._job2' } }).runs[0]!.module).toBe('päckage._job2');
    expect(refused({ flags: { module: 'a.b', script: 'c.py' } })).toEqual([
      'SCRIPT and --module exclude each other: give one',
    ]);
  });

  it('asks for a script, a module or a config when there is none', () => {
    expect(refused({})).toEqual([
      `SCRIPT is required: the Python script to run, or --module, or a suite in pyrun.toml or [tool.pyrun] of pyproject.toml (none in ${dir})`,
    ]);
    expect(refused({ flags: { script: 'a.py' }, only: ['x'] })).toEqual([
      "--only picks scripts of the config file's suite: give it without SCRIPT",
    ]);
  });

  it('says a flag problem once for the suite, and names the script of a problem of its own', () => {
    writeFileSync(path.join(dir, 'pyproject.toml'), SUITE);
    expect(refused({ flags: { timeout: 'soon' } })).toEqual([
      "--timeout must be a number of seconds greater than 0 and at most 31536000, e.g. 0.5 (got 'soon')",
      'script etl: --email-to needs --smtp: the server to send through',
    ]);
  });
});
