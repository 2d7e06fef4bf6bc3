/**
 * A Python project lists its scripts once in `[tool.pyrun]` of pyproject.toml and gets the whole suite measured,
 * judged and reported together from one command: two scripts and a module (`python -m`), real processes, one
 * history, one report file per format.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { RunRecord } from '../../../src/engine/index.js';
import { pyrun, tempDir } from '../../helpers/pyrun.js';

let project: string;

beforeAll(() => {
  project = tempDir('pyrun-suite-');
  writeFileSync(
    path.join(project, 'pyproject.toml'),
    [
      '[project]',
      'name = "suite-story"',
      '',
      '[tool.pyrun]',
      'interval = 0.1',
      'db = ".pyrun/history.sqlite"',
      'json = "out/suite.json"',
      'junit = "out/suite.xml"',
      'gates = ["peak_rss_mb < 1GB"]',
      '',
      '[[tool.pyrun.scripts]]',
      'name = "etl"',
      'script = "etl.py"',
      'args = ["--rows", "3"]',
      'gates = ["exit_code == 0"]',
      '',
      '[[tool.pyrun.scripts]]',
      'name = "broken"',
      'script = "broken.py"',
      '',
      '[[tool.pyrun.scripts]]',
      'name = "report"',
      'module = "reports.build"',
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(project, 'etl.py'), 'import sys\nprint("etl", sys.argv[1:])\n');
  writeFileSync(path.join(project, 'broken.py'), 'import sys\nsys.exit(3)\n');
  mkdirSync(path.join(project, 'reports'));
  writeFileSync(path.join(project, 'reports', '__init__.py'), '');
  writeFileSync(
    path.join(project, 'reports', 'build.py'),
    'import sys\nprint("module", __name__, sys.argv[0].endswith("build.py"))\n',
  );
});

describe('a suite from pyproject.toml', () => {
  it('runs every script in order, each its own series, exits with the first failure’s code, one report per format', async () => {
    const r = await pyrun(['run'], { cwd: project, record: false, deadline_ms: 60_000 });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("etl ['--rows', '3']");
    expect(r.stdout).toContain('module __main__ True');
    expect(r.stderr).toMatch(/etl: passed/);
    expect(r.stderr).toMatch(/broken: failed \(exit code 3\)/);
    expect(r.stderr).toMatch(/report: passed/);
    const records = JSON.parse(readFileSync(path.join(project, 'out/suite.json'), 'utf8')) as RunRecord[];
    expect(records.map((x) => [x.name, x.status, x.script])).toEqual([
      ['etl', 'passed', 'etl.py'],
      ['broken', 'failed', 'broken.py'],
      ['report', 'passed', '-m reports.build'],
    ]);
    // Gates add up: the suite's for every script, the entry's on top.
    expect(records[0]!.gates.map((g) => g.expr)).toEqual(['peak_rss_mb < 1GB', 'exit_code == 0']);
    const junit = readFileSync(path.join(project, 'out/suite.xml'), 'utf8');
    expect([...junit.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'etl',
      'broken',
      'report',
    ]);
    const history = await pyrun(['history', '--db', '.pyrun/history.sqlite', '--json'], {
      cwd: project,
      record: false,
    });
    expect((JSON.parse(history.stdout) as RunRecord[]).map((x) => x.name).sort()).toEqual([
      'broken',
      'etl',
      'report',
    ]);
  }, 90_000);

  it('--only picks scripts; --dry-run checks everything and runs nothing', async () => {
    const only = await pyrun(['run', '--only', 'report', '--no-history'], { cwd: project, record: false });
    expect(only.code).toBe(0);
    expect(only.stdout).toContain('module __main__ True');
    expect(only.stdout).not.toContain('etl');
    const dry = await pyrun(['run', '--dry-run'], { cwd: project, record: false });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain('dry run: 3 scripts (etl, broken, report) ready; nothing was run');
    expect(dry.stdout).toBe('');
  }, 60_000);

  it('refuses a config mistake before anything runs: the file, the key and the closest valid name (125)', async () => {
    const bad = tempDir('pyrun-suite-bad-');
    writeFileSync(
      path.join(bad, 'pyrun.toml'),
      'intervall = 0.2\n[[scripts]]\nname = "a"\nscript = "a.py"\n',
    );
    writeFileSync(path.join(bad, 'a.py'), 'print("ran")\n');
    const r = await pyrun(['run'], { cwd: bad, record: false });
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/pyrun\.toml: intervall is not a pyrun key; did you mean `interval`\?/);
    expect(r.stdout).not.toContain('ran');
  });
});
