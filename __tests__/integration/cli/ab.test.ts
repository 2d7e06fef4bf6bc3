/**
 * `pyrun ab` as a user runs it: a real git repository with `main` and a branch where the script got 30% slower,
 * real Python processes, real worktrees. The scripts pin their own wall time (they sleep until the process has
 * existed for TARGET_S), so the verdict does not depend on how loaded this machine is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AbRecord } from '../../../src/engine/ab/record.js';
import { parseStringPromise } from 'xml2js';
import { parseTapStrict, prove, proveMissing } from '../../helpers/consumers.js';
import { hyperfineSchema } from '../../helpers/interop-schemas.js';
import { itWith } from '../../helpers/needs.js';
import { pinned } from '../../helpers/pinned.js';
import { pyrun, tempDir } from '../../helpers/pyrun.js';

const DEADLINE_MS = 60_000;
const TEST_TIMEOUT_MS = 90_000;

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] })
    .toString()
    .trim();

function readRecord(file: string): AbRecord {
  return JSON.parse(readFileSync(file, 'utf8')) as AbRecord;
}

describe('pyrun ab --against', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempDir('pyrun-ab-repo-');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'ab@example.invalid');
    git(repo, 'config', 'user.name', 'ab test');
    writeFileSync(path.join(repo, 'job.py'), pinned(0.4));
    git(repo, 'add', 'job.py');
    git(repo, 'commit', '-q', '-m', 'job');
    git(repo, 'checkout', '-q', '-b', 'slower');
    writeFileSync(path.join(repo, 'job.py'), pinned(0.52)); // 30% slower
    git(repo, 'commit', '-q', '-a', '-m', 'slower job');
  });

  it(
    'says B is slower, with an interval, and exits 99; the worktree is gone afterwards',
    async () => {
      const json = path.join(tempDir(), 'ab.json');
      const r = await pyrun(['ab', '--against', 'main', '--repeat', '8', '--json', json, 'job.py'], {
        cwd: repo,
        record: false,
        deadline_ms: DEADLINE_MS,
      });
      expect(r.stderr).toMatch(/duration_s .*B is 1\.\d\d ± 0\.\d\d × slower than A \[1\.\d\d, 1\.\d\d\]/);
      expect(r.code).toBe(99);
      const record = readRecord(json);
      expect(record).toMatchObject({ schema: 'pyrun-ab/1', status: 'gate_failed', exit_code: 99, repeat: 8 });
      expect(record.a).toMatchObject({ git_ref: 'main', git_sha: git(repo, 'rev-parse', 'main') });
      expect(record.order).toEqual(['AB', 'BA', 'AB', 'BA', 'AB', 'BA', 'AB', 'BA']);
      expect(record.runs).toHaveLength(16);
      const d = record.metrics.duration_s!;
      expect(d.verdict).toBe('regressed');
      expect(d.ratio).toBeGreaterThan(1.15);
      expect(d.ratio).toBeLessThan(1.45);
      expect(d.ratio_low).toBeGreaterThan(1.05);
      expect(d.ratio_high).toBeGreaterThanOrEqual(d.ratio);
      expect(d.p_value).toBeCloseTo(2 / 256, 9); // every pair slower: the smallest p eight pairs can give
      expect(record.over_max_regression).toContain('duration_s');
      // The temporary worktree is removed.
      expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'against itself finds nothing that matters (B/A estimated within 5% of 1) and exits 0',
    async () => {
      const json = path.join(tempDir(), 'ab.json');
      const r = await pyrun(
        [
          'ab',
          '--against',
          'slower',
          '--repeat',
          '6',
          '--warmup',
          '0',
          '--gate',
          'duration_s < 1.1 * a',
          '--json',
          json,
          'job.py',
        ],
        { cwd: repo, record: false, deadline_ms: DEADLINE_MS },
      );
      // A gate on the pinned duration, not the default one: that also covers CPU time, which a script that sleeps
      // spends only in Python's short start-up, and which a busy machine moved past 5% in all six pairs once.
      expect(r.code).toBe(0);
      const record = readRecord(json);
      expect(record.gates).toEqual([expect.objectContaining({ expr: 'duration_s < 1.1 * a', passed: true })]);
      // Usually "no difference"; but a 95% test calls a script against itself different now and then (B ≥ A in
      // all six pairs by a few ms: p = 0.031), and one pair a busy machine delayed widens six pairs' interval past
      // 5% (0.948 once): both found by the test soak. So the story holds to what a user relies on: the estimate
      // sits at 1, far from the other story's 1.3, and the gate (the interval's LOWER bound past 1.05) holds.
      const d = record.metrics.duration_s!;
      expect(d.ratio).toBeGreaterThan(0.95);
      expect(d.ratio).toBeLessThan(1.05);
      expect(d.ratio_low).toBeLessThanOrEqual(1.05);
      expect(r.stderr).toMatch(
        /duration_s .*(no difference: B\/A [01]\.\d\d \[|B is 1\.0\d ± 0\.0\d × (slower|faster))/,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'fails a --gate written against a (A’s median)',
    async () => {
      const r = await pyrun(
        [
          'ab',
          '--against',
          'main',
          '--repeat',
          '2',
          '--warmup',
          '0',
          '--gate',
          'duration_s < 1.1 * a',
          'job.py',
        ],
        { cwd: repo, record: false, deadline_ms: DEADLINE_MS },
      );
      expect(r.stderr).toMatch(/gate FAILED: duration_s < 1\.1 \* a \(B \d\.\d{3} vs limit \d\.\d{3}\)/);
      expect(r.stderr).toContain('with 2 pairs no difference can be shown at 95% confidence');
      expect(r.code).toBe(99);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'removes the worktree when interrupted, and exits 128 + SIGINT',
    async () => {
      let timer: NodeJS.Timeout | undefined;
      const r = await pyrun(['ab', '--against', 'main', '--repeat', '20', 'job.py'], {
        cwd: repo,
        record: false,
        deadline_ms: DEADLINE_MS,
        // Whenever it lands (checking out, warming up, mid-run), the outcome must be the same.
        onSpawn: (pid) => (timer = setTimeout(() => process.kill(pid, 'SIGINT'), 3000)),
      });
      clearTimeout(timer);
      expect(r.code).toBe(130);
      expect(r.stderr).toMatch(/interrupted by SIGINT: no comparison/);
      expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
    },
    TEST_TIMEOUT_MS,
  );

  it('exits 125 with one clear line for a ref that does not exist', async () => {
    const r = await pyrun(['ab', '--against', 'no-such-branch', 'job.py'], { cwd: repo, record: false });
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/no commit named 'no-such-branch'/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 125 when the script is not in REF’s tree, and removes the worktree', async () => {
    writeFileSync(path.join(repo, 'new.py'), 'pass\n');
    const r = await pyrun(['ab', '--against', 'main', 'new.py'], { cwd: repo, record: false });
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/new\.py does not exist in main/);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('exits 125 outside a git repository', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'job.py'), 'pass\n');
    const r = await pyrun(['ab', '--against', 'main', 'job.py'], {
      cwd: dir,
      record: false,
      env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) },
    });
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/--against needs a git repository/);
  });
});

describe('pyrun ab A B', () => {
  it(
    'compares two scripts and writes a markdown report with a chart of the runs',
    async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'a.py'), pinned(0.4));
      writeFileSync(path.join(dir, 'b.py'), pinned(0.4));
      const summary = path.join(dir, 'ab.md');
      const r = await pyrun(['ab', '--repeat', '3', '--warmup', '0', '--summary', summary, 'a.py', 'b.py'], {
        cwd: dir,
        record: false,
        deadline_ms: DEADLINE_MS,
      });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('A: a.py');
      expect(existsSync(summary)).toBe(true);
      const md = readFileSync(summary, 'utf8');
      expect(md).toContain('| `duration_s` |');
      expect(md).toContain('xychart-beta');
    },
    TEST_TIMEOUT_MS,
  );

  itWith(proveMissing())(
    'writes --junit, --tap and --html, read by xml2js, tap-parser, prove and as a page',
    async () => {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'a.py'), pinned(0.3));
      writeFileSync(path.join(dir, 'b.py'), pinned(0.3));
      const out = path.join(dir, 'reports'); // folders are created
      const [junit, tap, html] = ['ab.xml', 'ab.tap', 'ab.html'].map((f) => path.join(out, f)) as [
        string,
        string,
        string,
      ];
      const r = await pyrun(
        [
          'ab',
          '--repeat',
          '2',
          '--warmup',
          '0',
          '--junit',
          junit,
          '--tap',
          tap,
          '--html',
          html,
          '--export-hyperfine',
          path.join(out, 'hyperfine.json'),
          'a.py',
          'b.py',
        ],
        { cwd: dir, record: false, deadline_ms: DEADLINE_MS },
      );
      expect(r.code).toBe(0);

      const xml = (await parseStringPromise(readFileSync(junit, 'utf8'))) as {
        testsuites: { testsuite: { $: Record<string, string>; testcase: { $: Record<string, string> }[] }[] };
      };
      const suite = xml.testsuites.testsuite[0]!;
      expect(suite.$).toMatchObject({ name: 'ab:b.py', failures: '0' });
      expect(suite.testcase.map((c) => c.$.name)).toEqual(
        expect.arrayContaining(['every run completed', 'duration_s: B against A']),
      );
      for (const c of suite.testcase) expect(c.$.file).toBe('b.py');

      const text = readFileSync(tap, 'utf8');
      const parsed = parseTapStrict(text);
      expect(parsed.results.ok).toBe(true);
      expect(parsed.asserts.length).toBe(suite.testcase.length);
      const proved = prove(text);
      expect(proved.output).not.toMatch(/Parse errors/);
      expect(proved.output).toMatch(/Result: PASS/);

      const page = readFileSync(html, 'utf8');
      expect(page).toMatch(/^<!DOCTYPE html>/i);
      expect(page).toContain('A/B ab:b.py: passed');
      expect(page).toContain('<svg');

      const hyperfine = hyperfineSchema.parse(
        JSON.parse(readFileSync(path.join(out, 'hyperfine.json'), 'utf8')),
      );
      expect(hyperfine.results.map((x) => [x.command, x.times.length])).toEqual([
        ['a.py', 2],
        ['b.py', 2],
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it('refuses a bad --max-regression and a bad gate before anything runs: exit 125', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.py'), 'open("ran", "w")\n');
    const bad = await pyrun(['ab', '--max-regression', 'lots', 'a.py', 'a.py'], { cwd: dir, record: false });
    expect(bad.code).toBe(125);
    expect(bad.stderr).toMatch(/--max-regression takes a percentage such as 10%, got 'lots'/);
    const rule = await pyrun(['ab', '--gate', 'duration < 1.1 * a', 'a.py', 'a.py'], {
      cwd: dir,
      record: false,
    });
    expect(rule.code).toBe(125);
    expect(rule.stderr).toMatch(/bad rule: .*duration_s/);
    expect(existsSync(path.join(dir, 'ran'))).toBe(false);
  });

  it(
    'gives both scripts the arguments after --, exactly as written',
    async () => {
      const dir = tempDir();
      // Each side notes the arguments it was given, and fails without them.
      const script = (side: string) =>
        'import json, sys\n' +
        `open("${side}-args.json", "w").write(json.dumps(sys.argv[1:]))\n` +
        'sys.exit(0 if sys.argv[1:3] == ["--rows", "5"] else 3)\n';
      writeFileSync(path.join(dir, 'a.py'), script('a'));
      writeFileSync(path.join(dir, 'b.py'), script('b'));
      const r = await pyrun(
        ['ab', '--repeat', '2', '--warmup', '0', 'a.py', 'b.py', '--', '--rows', '5', '$(touch x)'],
        { cwd: dir, record: false, deadline_ms: DEADLINE_MS },
      );
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('A: a.py');
      for (const side of ['a', 'b'])
        expect(JSON.parse(readFileSync(path.join(dir, `${side}-args.json`), 'utf8'))).toEqual([
          '--rows',
          '5',
          '$(touch x)',
        ]);
      expect(existsSync(path.join(dir, 'x'))).toBe(false); // no shell between the user and the script
    },
    TEST_TIMEOUT_MS,
  );

  it('refuses one script without --against', async () => {
    const r = await pyrun(['ab', 'a.py'], { record: false });
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/takes two scripts A B/);
  });
});
