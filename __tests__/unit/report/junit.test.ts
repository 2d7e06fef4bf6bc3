import { describe, expect, it } from '@jest/globals';
import { renderJunit } from '../../../src/engine/report/junit.js';
import { failedRecord, fixtureRecord, passedRecord, timeoutRecord } from '../../helpers/builders.js';
import { expectGolden } from './golden.js';
import { findAll, parseXml, type XmlElement } from './xml-check.js';

/** The checks a JUnit consumer relies on: counts on every group agree with the testcases inside it. */
function checkCounts(group: XmlElement): void {
  const cases = findAll(group, 'testcase');
  const has = (c: XmlElement, name: string): boolean => c.children.some((child) => child.name === name);
  expect(group.attributes.tests).toBe(String(cases.length));
  expect(group.attributes.failures).toBe(String(cases.filter((c) => has(c, 'failure')).length));
  expect(group.attributes.errors).toBe(String(cases.filter((c) => has(c, 'error')).length));
  expect(group.attributes.skipped).toBe(String(cases.filter((c) => has(c, 'skipped')).length));
}

function suiteOf(xml: string): XmlElement {
  const root = parseXml(xml);
  expect(root.name).toBe('testsuites');
  const suites = root.children.filter((c) => c.name === 'testsuite');
  expect(suites).toHaveLength(1);
  return suites[0] as XmlElement;
}

function properties(suite: XmlElement): Record<string, string> {
  const props: Record<string, string> = {};
  for (const p of findAll(suite, 'property'))
    props[p.attributes.name as string] = p.attributes.value as string;
  return props;
}

describe('renderJunit', () => {
  it('matches the golden file', () => {
    expectGolden('run.junit.xml', renderJunit(fixtureRecord()));
  });

  it('is well-formed XML whose counts match its testcases', () => {
    const xml = renderJunit(fixtureRecord());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const root = parseXml(xml);
    checkCounts(root);
    const suite = suiteOf(xml);
    checkCounts(suite);
    expect(suite.attributes).toMatchObject({ tests: '7', failures: '3', errors: '0', skipped: '1' });
  });

  it('has one suite per run named after the series, with timestamp and duration', () => {
    const suite = suiteOf(renderJunit(fixtureRecord()));
    expect(suite.attributes.name).toBe('train-model');
    expect(suite.attributes.timestamp).toBe('2025-03-14T09:26:53');
    expect(suite.attributes.time).toBe('60.2');
  });

  it('names a testcase per gate by its rule text, with actual and limit on failure and skipped without history', () => {
    const cases = findAll(suiteOf(renderJunit(fixtureRecord())), 'testcase');
    expect(cases.map((c) => c.attributes.name)).toEqual([
      'script: scripts/train.py',
      'peak_rss_mb < 512',
      'duration_s <= 1.2 * baseline',
      'cpu_time_s < baseline + 0.5',
      'write_mb <= 1.1 * baseline',
      'max_processes <= 8 and exit_code == 0',
      'no regression against baseline',
    ]);
    for (const c of cases) expect(c.attributes.classname).toBe('train-model');
    const byName = new Map(cases.map((c) => [c.attributes.name, c]));
    expect(byName.get('peak_rss_mb < 512')?.children).toEqual([
      {
        name: 'failure',
        attributes: { message: 'actual 690.4 MB, limit 512 MB', type: 'gate_failed' },
        children: [],
        text:
          'gate failed: peak_rss_mb < 512\nactual 690.4 MB, limit 512 MB\n' +
          'series train-model, run 8123456789-1, started 2025-03-14T09:26:53.589Z',
      },
    ]);
    expect(byName.get('write_mb <= 1.1 * baseline')?.children).toEqual([
      {
        name: 'skipped',
        attributes: { message: 'insufficient history: no baseline run of this series yet' },
        children: [],
        text: '',
      },
    ]);
    expect(byName.get('cpu_time_s < baseline + 0.5')?.children[0]?.attributes.message).toBe(
      'actual 52.3 s, limit 47.6 s',
    );
    // Every testcase points at the script, for annotating report actions.
    for (const c of cases) expect(c.attributes.file).toBe('scripts/train.py');
    expect(byName.get('duration_s <= 1.2 * baseline')?.children).toEqual([]);
    expect(byName.get('no regression against baseline')?.children[0]?.attributes.message).toBe(
      'regressed: duration_s +9.3%, cpu_time_s +11%, peak_rss_mb +71.5%',
    );
  });

  it('keeps testcase names stable when the measured values change', () => {
    const other = fixtureRecord();
    other.gates = other.gates.map((g) => ({ ...g, actual: (g.actual ?? 0) * 3 + 1, limit: 7 }));
    other.duration_s = 999;
    const names = (xml: string): string[] =>
      findAll(parseXml(xml), 'testcase').map((c) => c.attributes.name as string);
    expect(names(renderJunit(other))).toEqual(names(renderJunit(fixtureRecord())));
  });

  it('fails the script testcase with the exit code, or the timeout', () => {
    const failed = findAll(suiteOf(renderJunit(failedRecord())), 'testcase')[0];
    expect(failed?.children[0]?.attributes).toEqual({
      message: 'exit code 3 (after 2 attempts)',
      type: 'script_failed',
    });
    const timeout = findAll(suiteOf(renderJunit(timeoutRecord())), 'testcase')[0];
    expect(timeout?.children[0]?.attributes).toEqual({
      message: 'timed out after 1 m 00.2 s; the process tree was killed',
      type: 'timeout',
    });
    const killed = fixtureRecord();
    killed.status = 'failed';
    killed.exit_code = null;
    killed.signal = 'SIGSEGV';
    const signal = findAll(suiteOf(renderJunit(killed)), 'testcase')[0];
    expect(signal?.children[0]?.attributes.message).toBe('killed by signal SIGSEGV');
    checkCounts(suiteOf(renderJunit(failedRecord())));
  });

  it('passes the script testcase when only gates failed', () => {
    const script = findAll(suiteOf(renderJunit(fixtureRecord())), 'testcase')[0];
    expect(script?.attributes.time).toBe('60.2');
    expect(script?.children).toEqual([]);
  });

  it('carries metrics, exact bytes, environment, baseline and verdicts as suite properties', () => {
    const props = properties(suiteOf(renderJunit(fixtureRecord())));
    expect(props).toMatchObject({
      status: 'gate_failed',
      run_id: '8123456789-1',
      duration_s: '60.2',
      cpu_time_s: '52.3',
      peak_rss_mb: '690.4',
      peak_rss_bytes: String(Math.round(690.4 * 1024 * 1024)),
      exit_code: '0',
      python_version: '3.12.3',
      git_sha: '4f2a9c1e7b3d5a6f8e0c2b4d6f8a0c2e4b6d8f0a',
      'baseline.duration_s': '55.1',
      'verdict.peak_rss_mb': 'regressed',
      'verdict.peak_rss_mb.change_pct': '71.53',
      'verdict.write_mb': 'insufficient_history',
    });
    // Absent values are left out rather than written as "null".
    expect(props).not.toHaveProperty('signal');
    expect(props).not.toHaveProperty('verdict.write_mb.change_pct');
  });

  it('escapes user text through the library and stays well-formed', () => {
    const record = passedRecord();
    record.name = 'a <b> & "c" \'d\'';
    record.script = 'x]]>y.py';
    record.gates = [
      { expr: 'rss_mb < 5 & "x" <y>\u0001', passed: false, status: 'failed', actual: 6, limit: 5 },
    ];
    const xml = renderJunit(record);
    const suite = suiteOf(xml);
    expect(suite.attributes.name).toBe('a <b> & "c" \'d\'');
    const cases = findAll(suite, 'testcase');
    expect(cases[0]?.attributes.name).toBe('script: x]]>y.py');
    // The control character is not allowed in XML 1.0: the library drops it.
    expect(cases[1]?.attributes.name).toBe('rss_mb < 5 & "x" <y>');
    checkCounts(suite);
  });

  it('builds every report from a fresh builder, so calls share nothing', () => {
    const first = renderJunit(fixtureRecord());
    renderJunit(failedRecord());
    expect(renderJunit(fixtureRecord())).toBe(first);
    expect(findAll(parseXml(first), 'testsuite')).toHaveLength(1);
  });
});
