/**
 * The report files of real runs, read by the programs that read them in the wild: Perl's `prove` and tap-parser for
 * TAP, xml2js (dorny/test-reporter's parser) for JUnit, cmark-gfm (GitHub's markdown) for the job summary.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseStringPromise } from 'xml2js';
import { cmarkGfm, cmarkMissing, parseTapStrict, prove, proveMissing } from '../../helpers/consumers.js';
import { benchmarkActionSchema, bmfSchema, hyperfineSchema } from '../../helpers/interop-schemas.js';
import { itWith } from '../../helpers/needs.js';
import { FIXTURES, pyrun, tempDir } from '../../helpers/pyrun.js';
import { abFixtureRecord } from '../../unit/report/ab-fixture.js';

const DEADLINE_MS = 60_000;
const TEST_TIMEOUT_MS = 90_000;
const NAP = path.join(FIXTURES, 'nap.py');

interface JunitDoc {
  testsuites: {
    testsuite: {
      $: Record<string, string>;
      properties: { property: { $: { name: string; value: string } }[] }[];
      testcase: { $: Record<string, string>; failure?: unknown[] }[];
    }[];
  };
}

async function readJunit(file: string): Promise<JunitDoc['testsuites']['testsuite']> {
  return ((await parseStringPromise(readFileSync(file, 'utf8'))) as JunitDoc).testsuites.testsuite;
}

function properties(suite: JunitDoc['testsuites']['testsuite'][number]): Map<string, string> {
  return new Map(suite.properties[0]!.property.map((p) => [p.$.name, p.$.value]));
}

describe('--repeat N reports N measured runs, not N attempts', () => {
  itWith(proveMissing() ?? cmarkMissing())(
    'in the markdown, TAP, JUnit, HTML and the record; every reader parses them',
    async () => {
      const dir = tempDir();
      const out = (f: string) => path.join(dir, f);
      const r = await pyrun(
        [
          'run',
          '--repeat',
          '3',
          '--warmup',
          '1',
          '--interval',
          '0.05',
          '--junit',
          out('r.xml'),
          '--tap',
          out('r.tap'),
          '--summary',
          out('r.md'),
          '--html',
          out('r.html'),
          '--export-benchmark-action',
          out('exports/gab.json'),
          '--export-bmf',
          out('exports/bmf.json'),
          '--export-hyperfine',
          out('exports/hyperfine.json'),
          NAP,
          '0.05',
        ],
        { deadline_ms: DEADLINE_MS },
      );
      expect(r.code).toBe(0);
      expect(r.record?.repeats).toHaveLength(3);
      // One attempt per measured run, each its run's first.
      expect(r.record?.attempts.map((a) => a.attempt)).toEqual([1, 1, 1]);

      const md = readFileSync(out('r.md'), 'utf8');
      const tap = readFileSync(out('r.tap'), 'utf8');
      const html = readFileSync(out('r.html'), 'utf8');
      for (const text of [md, tap, html, r.stderr]) expect(text).not.toMatch(/attempts\)|after \d+ attempt/);
      expect(md).toContain('median of 3 measured runs');

      const [suite] = await readJunit(out('r.xml'));
      const props = properties(suite!);
      expect(props.has('attempts')).toBe(false);
      expect(props.get('repeats')).toBe('3');
      expect(props.get('retries')).toBe('0');
      expect(suite!.$.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);

      const parsed = parseTapStrict(tap);
      expect(parsed.results.ok).toBe(true);
      expect(parsed.asserts[0]?.diag).toMatchObject({ repeats: 3, retries: 0 });
      const proved = prove(tap);
      expect(proved.output).not.toMatch(/Parse errors/);
      expect(proved.output).toMatch(/Result: PASS/);

      // The dashboards' formats, against schemas written from each tool's documentation.
      const readJson = (f: string): unknown => JSON.parse(readFileSync(out(f), 'utf8'));
      const gab = benchmarkActionSchema.parse(readJson('exports/gab.json'));
      // The metrics the run was judged on: those with a verdict in the record.
      const judged = Object.keys(r.record?.verdicts ?? {});
      expect(judged).toEqual(expect.arrayContaining(['duration_s', 'cpu_time_s', 'peak_rss_mb']));
      expect(gab.map((e) => e.name.replace(/^.*: /, '')).sort()).toEqual(judged.sort());
      const bmf = bmfSchema.parse(readJson('exports/bmf.json'));
      expect(Object.values(bmf)[0]?.['duration-s']?.lower_value).toBeGreaterThan(0);
      const hyperfine = hyperfineSchema.parse(readJson('exports/hyperfine.json'));
      expect(hyperfine.results[0]?.times).toHaveLength(3);
      expect(hyperfine.results[0]?.exit_codes).toEqual([0, 0, 0]);

      // The README's `cat report.md >> "$GITHUB_STEP_SUMMARY"`, then another step appends a line.
      const page = cmarkGfm(`${md}appended by the next step\n`);
      expect(page).toContain('<p>appended by the next step</p>');
      expect(page).not.toMatch(/<td>appended by the next step/);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'still says "after 2 attempts" when --retries retried a single run',
    async () => {
      const dir = tempDir();
      const script = path.join(dir, 'flaky.py');
      writeFileSync(
        script,
        [
          'import os, sys',
          `marker = ${JSON.stringify(path.join(dir, 'tried'))}`,
          'if not os.path.exists(marker):',
          '    open(marker, "w").close()',
          '    sys.exit(3)',
        ].join('\n'),
      );
      const md = path.join(dir, 'r.md');
      const r = await pyrun(['run', '--retries', '1', '--summary', md, script], { deadline_ms: DEADLINE_MS });
      expect(r.code).toBe(0);
      expect(readFileSync(md, 'utf8')).toContain('exited 0 (after 2 attempts)');
    },
    TEST_TIMEOUT_MS,
  );
});

describe('JUnit `file` is a path from the working directory', () => {
  it(
    "a suite's scripts relative to the config's folder, a module as its file, a module found elsewhere none",
    async () => {
      const root = tempDir();
      const sub = path.join(root, 'jobs');
      mkdirSync(path.join(sub, 'reports'), { recursive: true });
      writeFileSync(path.join(sub, 'checksum.py'), 'print("ok")\n');
      writeFileSync(path.join(sub, 'reports', '__init__.py'), '');
      writeFileSync(path.join(sub, 'reports', 'build.py'), 'print("built")\n');
      writeFileSync(
        path.join(sub, 'pyrun.toml'),
        [
          'interval = 0.05',
          '[[scripts]]',
          'name = "checksums"',
          'script = "checksum.py"',
          '[[scripts]]',
          'name = "report"',
          'module = "reports.build"',
          '[[scripts]]',
          'name = "zen"',
          'module = "this"', // the standard library's: no file under the working directory
        ].join('\n'),
      );
      const junit = path.join(root, 'out', 'junit.xml');
      const r = await pyrun(['run', '--config', 'jobs/pyrun.toml', '--junit', junit], {
        cwd: root,
        deadline_ms: DEADLINE_MS,
      });
      expect(r.code).toBe(0);
      const suites = await readJunit(junit);
      const files = new Map(suites.map((s) => [s.$.name, s.testcase.map((c) => c.$.file)]));
      expect(files.get('checksums')?.[0]).toBe('jobs/checksum.py');
      expect(files.get('report')?.[0]).toBe('jobs/reports/build.py');
      expect(files.get('zen')?.[0]).toBeUndefined();
      for (const file of [...files.values()].flat()) {
        if (file !== undefined) expect(existsSync(path.join(root, file))).toBe(true);
      }
    },
    TEST_TIMEOUT_MS,
  );
});

describe('history import of an A/B record', () => {
  it('says it is an A/B record instead of naming a missing field', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ab.json');
    writeFileSync(file, `${JSON.stringify(abFixtureRecord(), null, 2)}\n`);
    const r = await pyrun(['history', 'import', '--db', path.join(dir, 'h.sqlite'), file], { record: false });
    expect(r.stderr).toMatch(/ab\.json: an A\/B record \(schema pyrun-ab\/1, written by `pyrun ab --json`\)/);
    expect(r.stderr).not.toMatch(/Invalid input/);
    expect(r.stderr).toContain('0 imported');
  });
});
