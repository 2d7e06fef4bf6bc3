import { describe, expect, it } from '@jest/globals';
import { describeAb } from '../../../src/engine/ab/describe.js';
import { renderAbMarkdown } from '../../../src/engine/report/ab-markdown.js';
import { renderAbHtml } from '../../../src/engine/report/ab-html.js';
import { renderAbJunit, renderAbTap } from '../../../src/engine/report/ab-tests.js';
import { abFixtureRecord } from './ab-fixture.js';
import { expectGolden } from './golden.js';

const record = abFixtureRecord;

describe('A/B reports', () => {
  it('match the golden files (terminal lines and markdown)', () => {
    const r = record();
    expect(r.status).toBe('gate_failed');
    expect(r.exit_code).toBe(99);
    expectGolden('ab.txt', `${describeAb(r).join('\n')}\n`);
    expectGolden('ab.md', renderAbMarkdown(r));
  });

  it('say "B is 1.31 ± … × slower than A" with the interval and p', () => {
    const line = describeAb(record()).find((l) => l.startsWith('duration_s'))!;
    expect(line).toMatch(
      /A 1\.200 s ± 0\.\d{3}\s+B 1\.57\d s ± 0\.\d{3}\s+B is 1\.3\d ± 0\.0\d × slower than A \[/,
    );
    expect(line).toMatch(/p = 0\.0020\s+regressed \(over --max-regression\)/);
  });

  it('as JUnit: a testcase per metric and per gate, failing where B is over --max-regression or a gate failed', () => {
    const xml = renderAbJunit(record());
    expect(xml).toContain('<testsuite name="ab:etl.py"');
    expect(xml).toMatch(
      /<testcase classname="ab:etl\.py" name="duration_s: B against A"[^>]*>\s*<failure message="B is 1\.3\d ± [^"]*over --max-regression 10%" type="regression"/,
    );
    expect(xml).toMatch(
      /<testcase classname="ab:etl\.py" name="duration_s &lt; 1\.1 \* a"[^>]*>\s*<failure message="actual 1\.5\d* s, limit 1\.3\d* s" type="gate_failed"/,
    );
    expect(xml).toMatch(/<testcase classname="ab:etl\.py" name="every run completed"[^>]*\/>/);
  });

  it('as TAP version 13: not ok exactly where B regressed beyond its limit', () => {
    const tap = renderAbTap(record());
    const lines = tap.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'TAP version 13',
      `1..${lines.filter((l) => /^(not )?ok /.test(l)).length}`,
      '# pyrun ab ab:etl.py: gate_failed',
    ]);
    expect(tap).toMatch(/^ok 1 - every run completed$/m);
    expect(tap).toMatch(/^not ok \d+ - duration_s: B against A$/m);
    expect(tap).toMatch(/^not ok \d+ - duration_s < 1\.1 \* a$/m);
    expect(tap).toMatch(/^ok \d+ - max_threads: B against A$/m);
  });

  it('as a self-contained HTML page: the table, the gates and a chart of the interleaved runs, every name escaped', () => {
    const r = { ...record(), name: 'ab:<script>alert(1)</script>' };
    const html = renderAbHtml(r);
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
    expect(html).not.toContain('<script>');
    expect(html).toContain('ab:&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<td><code>duration_s<\/code><\/td><td class="num">1\.200 s ± 0\.\d+<\/td>/);
    expect(html).toContain('<code>duration_s &lt; 1.1 * a</code>');
    expect(html.match(/<svg/g)?.length).toBe(1);
    expect(html).toContain('A: main (3f2a1c9d0b7e)');
  });

  it('fit a small budget', () => {
    const md = renderAbMarkdown(record(), { max_chars: 600 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(600);
    expect(md).toContain('cut to fit');
  });
});
