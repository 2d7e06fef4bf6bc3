/**
 * The JUnit file read by the XML parsers that the popular report actions use: `xml2js` (dorny/test-reporter's
 * java-junit parser) and `xml-js` in compact mode (mikepenz/action-junit-report). Each must find the suite, every
 * testcase with its `file`, the failure messages with units, and the skip reason.
 */
import { describe, expect, it } from '@jest/globals';
import { xml2js as xmlJsCompact } from 'xml-js';
import { parseStringPromise } from 'xml2js';
import { renderJunit } from '../../../src/engine/report/junit.js';
import { fixtureRecord } from '../../helpers/builders.js';

interface Xml2jsCase {
  $: { name: string; classname: string; time: string; file?: string };
  failure?: { $: { message?: string; type?: string } }[];
  skipped?: ({ $?: { message?: string } } | string)[];
}
interface Xml2jsReport {
  testsuites: { testsuite: { $: Record<string, string>; testcase: Xml2jsCase[] }[] };
}

describe('JUnit as the report actions parse it', () => {
  const xml = renderJunit(fixtureRecord());

  it('xml2js (dorny/test-reporter): cases, files, failure messages with units, skip reason', async () => {
    const report = (await parseStringPromise(xml)) as Xml2jsReport;
    const [suite] = report.testsuites.testsuite;
    expect(suite?.$).toMatchObject({ name: 'train-model', tests: '7', failures: '3', skipped: '1' });
    const cases = suite?.testcase ?? [];
    expect(cases).toHaveLength(7);
    for (const c of cases) expect(c.$.file).toBe('scripts/train.py');
    const byName = new Map(cases.map((c) => [c.$.name, c]));
    expect(byName.get('peak_rss_mb < 512')?.failure?.[0]?.$).toEqual({
      message: 'actual 690.4 MB, limit 512 MB',
      type: 'gate_failed',
    });
    const skipped = byName.get('write_mb <= 1.1 * baseline')?.skipped?.[0];
    expect(typeof skipped === 'object' ? skipped.$?.message : skipped).toBe(
      'insufficient history: no baseline run of this series yet',
    );
    expect(byName.get('no regression against baseline')?.failure?.[0]?.$.message).toMatch(
      /^regressed: duration_s \+9\.3%/,
    );
  });

  it('xml-js compact (mikepenz/action-junit-report): the same facts', () => {
    type Attrs = { _attributes: Record<string, string> };
    type Case = Attrs & { failure?: Attrs; skipped?: Attrs };
    const doc = xmlJsCompact(xml, { compact: true }) as {
      testsuites: { testsuite: Attrs & { testcase: Case[] } };
    };
    const cases = doc.testsuites.testsuite.testcase;
    expect(cases.map((c) => c._attributes.file)).toEqual(Array(7).fill('scripts/train.py'));
    const failed = cases.filter((c) => c.failure).map((c) => c.failure?._attributes.message);
    expect(failed).toEqual([
      'actual 690.4 MB, limit 512 MB',
      'actual 52.3 s, limit 47.6 s',
      'regressed: duration_s +9.3%, cpu_time_s +11%, peak_rss_mb +71.5%',
    ]);
    const skipped = cases.filter((c) => c.skipped).map((c) => c.skipped?._attributes.message);
    expect(skipped).toEqual(['insufficient history: no baseline run of this series yet']);
  });
});
