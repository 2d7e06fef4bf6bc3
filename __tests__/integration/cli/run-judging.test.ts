/**
 * `pyrun run` judging a run: rules refused before anything runs, gates against history, exit 99, the reports
 * it writes, and retention.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Parser } from 'tap-parser';
import { fixture, pyrun, tempDir } from '../../helpers/pyrun.js';

describe('pyrun run with rules', () => {
  it('refuses a bad rule before the script runs: exit 125, the rule, a caret, a suggestion', async () => {
    const dir = tempDir();
    const marker = path.join(dir, 'ran');
    const r = await pyrun(['run', '--gate', 'peak_rss < 512', fixture('args.py'), marker], { record: false });
    expect(r.code).toBe(125);
    expect(r.stdout).toBe(''); // the script never ran
    expect(r.stderr).toContain('did you mean peak_rss_mb?');
    expect(r.stderr).toMatch(/peak_rss < 512\n\s+\^/);
  });

  it('refuses a unit that does not fit the metric', async () => {
    const r = await pyrun(['run', '--gate', 'peak_rss_mb > 5s', fixture('args.py')], { record: false });
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/unit s is a time but peak_rss_mb is a size/);
  });

  it('exits 99 when a gate fails on a successful script, and records actual and limit', async () => {
    const r = await pyrun([
      'run',
      '--gate',
      'max_processes <= 2',
      '--gate',
      'peak_rss_mb < 1GB',
      fixture('tree.py'),
    ]);
    expect(r.code).toBe(99);
    expect(r.record!.status).toBe('gate_failed');
    expect(r.record!.gates).toEqual([
      { expr: 'max_processes <= 2', passed: false, status: 'failed', actual: 4, limit: 2 },
      expect.objectContaining({ expr: 'peak_rss_mb < 1GB', passed: true, limit: 1024 }),
    ]);
  });

  it('keeps a failing script’s own exit code even when a gate fails too', async () => {
    const r = await pyrun(['run', '--gate', 'duration_s < 0.001', fixture('exit3.py')]);
    expect(r.code).toBe(3);
  });

  it('does not fail a baseline gate without history, then judges against five runs', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'h.sqlite');
    const gate = ['--gate', 'cpu_time_s <= 1.5 * baseline'];
    const first = await pyrun(['run', '--db', db, ...gate, fixture('burn.py'), '0.2']);
    expect(first.code).toBe(0);
    expect(first.record!.gates[0]).toMatchObject({
      status: 'insufficient_history',
      passed: true,
      limit: null,
    });
    for (let i = 0; i < 4; i++)
      expect((await pyrun(['run', '--db', db, fixture('burn.py'), '0.2'])).code).toBe(0);
    // --busy-machine judge: the other test worker may keep the machine busier than during the baseline runs.
    const slow = await pyrun([
      'run',
      '--db',
      db,
      ...gate,
      '--busy-machine',
      'judge',
      fixture('burn.py'),
      '0.8',
    ]);
    expect(slow.code).toBe(99);
    expect(slow.record!.gates[0]!.status).toBe('failed');
    expect(slow.record!.verdicts.cpu_time_s!.verdict).toBe('regressed');
    expect(slow.record!.baseline.cpu_time_s!.runs).toBe(5);
  });

  it('writes JUnit, TAP, markdown and HTML reports of the run', async () => {
    const dir = tempDir();
    const files = ['r.xml', 'r.tap', 'r.md', 'r.html'].map((f) => path.join(dir, 'out', f));
    const r = await pyrun([
      'run',
      '--gate',
      'max_processes <= 2',
      '--junit',
      files[0]!,
      '--tap',
      files[1]!,
      '--summary',
      files[2]!,
      '--html',
      files[3]!,
      fixture('tree.py'),
    ]);
    expect(r.code).toBe(99);
    for (const f of files) expect(existsSync(f)).toBe(true);
    expect(readFileSync(files[0]!, 'utf8')).toMatch(/<testcase[^>]+name="max_processes &lt;= 2"/);
    const tap = new Parser();
    const results: { ok: boolean; fail: number; pass: number } = await new Promise((resolve) => {
      tap.on('complete', resolve);
      tap.end(readFileSync(files[1]!, 'utf8'));
    });
    expect(results.ok).toBe(false);
    expect(results.fail).toBe(1);
    expect(readFileSync(files[2]!, 'utf8')).toContain('max_processes <= 2');
    expect(readFileSync(files[3]!, 'utf8')).toContain('<svg');
  });

  it('keeps at most --keep-runs runs of a series', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'h.sqlite');
    for (let i = 0; i < 4; i++)
      await pyrun(['run', '--db', db, '--keep-runs', '2', '--name', 'k', fixture('exit3.py')]);
    const list = await pyrun(['history', '--db', db, '--json']);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(2);
  });
});
