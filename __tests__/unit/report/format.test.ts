import { describe, expect, it } from '@jest/globals';
import { formatMetricValue, formatNumber, metricUnit } from '../../../src/engine/metric-format.js';
import { describeGate, gatesFailingFirst } from '../../../src/engine/report/gates.js';
import {
  formatChangePct,
  formatDuration,
  formatPValue,
  junitTimestamp,
} from '../../../src/engine/report/numbers.js';
import { describeScriptOutcome } from '../../../src/engine/report/script-outcome.js';
import { worstStatus } from '../../../src/engine/report/status.js';
import { regressionOutcome } from '../../../src/engine/report/verdict-text.js';
import { headline } from '../../../src/engine/explain.js';
import { checkRunRecord } from '../../../src/engine/history/validate.js';
import { failedRecord, fixtureRecord, passedRecord, timeoutRecord } from '../../helpers/builders.js';

describe('report formatting', () => {
  it.each([
    [512, '512'],
    [612.44, '612.4'],
    [1.25, '1.25'],
    [0.0421, '0.042'],
    [47.6, '47.6'],
    [-6.15, '-6.15'],
    [-0.0001, '0'],
    [1e21, '1e+21'],
    [Number.NaN, 'n/a'],
    [Number.POSITIVE_INFINITY, 'n/a'],
    [null, 'n/a'],
  ])('formats the number %p as %p', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('adds units by metric', () => {
    expect(formatMetricValue('peak_rss_mb', 690.4)).toBe('690.4 MB');
    expect(formatMetricValue('duration_s', 12.5)).toBe('12.5 s');
    expect(formatMetricValue('cpu_percent_avg', 87.5)).toBe('87.5%');
    expect(formatMetricValue('max_threads', 8)).toBe('8');
    expect(formatMetricValue('read_mb', null)).toBe('n/a');
  });

  it.each([
    [0.25, '0.25 s'],
    [12.345, '12.35 s'],
    [59.9, '59.9 s'],
    [60.2, '1 m 00.2 s'],
    [123.45, '2 m 03.5 s'],
    [3723.4, '1 h 02 m 03 s'],
  ])('formats %p seconds as %p', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });

  it('signs changes and rounds them to one decimal', () => {
    expect(formatChangePct(9.26)).toBe('+9.3%');
    expect(formatChangePct(-6.15)).toBe('-6.2%');
    expect(formatChangePct(0.01)).toBe('0%');
    expect(formatChangePct(null)).toBe('n/a');
  });

  it('describes what happened to the script', () => {
    expect(describeScriptOutcome(fixtureRecord())).toBe('exited 0');
    expect(describeScriptOutcome(failedRecord())).toBe('exit code 3 (after 2 attempts)');
    expect(describeScriptOutcome(timeoutRecord())).toBe(
      'timed out after 1 m 00.2 s; the process tree was killed',
    );
    const killed = fixtureRecord();
    killed.status = 'failed';
    killed.exit_code = null;
    killed.signal = 'SIGKILL';
    expect(describeScriptOutcome(killed)).toBe('killed by signal SIGKILL');
  });

  it('tells a kill by the container’s memory limit from any other kill, in every report and in explain', () => {
    const oom = fixtureRecord();
    oom.status = 'failed';
    oom.exit_code = null;
    oom.signal = 'SIGKILL';
    oom.oom_killed = true;
    expect(describeScriptOutcome(oom, (t) => `\`${t}\``)).toBe(
      "killed by the container's memory limit (signal `SIGKILL`)",
    );
    expect(headline(oom)).toBe("was killed by the container's memory limit (SIGKILL)");
    const child = failedRecord();
    child.oom_killed = true;
    expect(describeScriptOutcome(child)).toBe(
      "exit code 3; a process of its tree was killed by the container's memory limit (after 2 attempts)",
    );
    const stored = checkRunRecord(JSON.parse(JSON.stringify(oom)));
    expect(stored.ok && stored.record.oom_killed).toBe(true);
    const plain = checkRunRecord(JSON.parse(JSON.stringify(fixtureRecord())));
    expect(plain.ok && 'oom_killed' in plain.record).toBe(false);
  });

  it('sorts failing gates first and keeps the order within a status', () => {
    expect(gatesFailingFirst(fixtureRecord().gates).map((g) => g.status)).toEqual([
      'failed',
      'failed',
      'insufficient_history',
      'passed',
      'passed',
    ]);
    expect(gatesFailingFirst(fixtureRecord().gates)[0]?.expr).toBe('peak_rss_mb < 512');
  });

  it('sums verdicts into one regression outcome', () => {
    expect(regressionOutcome(fixtureRecord())?.status).toBe('failed');
    expect(regressionOutcome(passedRecord())).toEqual({
      status: 'passed',
      message: '9 metrics within baseline',
    });
    const none = passedRecord();
    none.verdicts = {};
    expect(regressionOutcome(none)).toBeNull();
  });

  it('takes the worst status of several runs', () => {
    expect(worstStatus([])).toBe('passed');
    expect(worstStatus([passedRecord(), fixtureRecord()])).toBe('gate_failed');
    expect(worstStatus([timeoutRecord(), failedRecord(), passedRecord()])).toBe('timeout');
  });

  it('writes the JUnit timestamp in UTC to the second, without a zone, as the JUnit XSD’s pattern has it', () => {
    // The pattern of the JUnit XSD's ISO8601_DATETIME_PATTERN type.
    const XSD_PATTERN = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$/;
    expect(junitTimestamp('2025-03-14T09:26:53.589Z')).toBe('2025-03-14T09:26:53');
    expect(junitTimestamp('2025-03-14T10:26:53+01:00')).toBe('2025-03-14T09:26:53');
    expect(junitTimestamp('2025-03-14T23:59:59.999-05:00')).toMatch(XSD_PATTERN);
    // Read as UTC (as Jenkins does, appending Z), it is the same instant to the second.
    expect(Date.parse(`${junitTimestamp('2025-03-14T10:26:53.9+01:00')}Z`)).toBe(
      Date.parse('2025-03-14T09:26:53Z'),
    );
    expect(junitTimestamp('not a date')).toBe('not a date');
  });
});

describe('formatPValue', () => {
  it('reads below a thousandth as < 0.001, never in exponent form', () => {
    expect(formatPValue(0)).toBe('< 0.001');
    expect(formatPValue(3.2e-9)).toBe('< 0.001');
    expect(formatPValue(0.000999)).toBe('< 0.001');
    expect(formatPValue(0.001)).toBe('0.001');
    expect(formatPValue(0.01234)).toBe('0.012');
    expect(formatPValue(0.5)).toBe('0.5');
    expect(formatPValue(1)).toBe('1');
    expect(formatPValue(Number.NaN)).toBe('n/a');
  });
});

describe('units', () => {
  it('come from one lookup for run and sample metrics alike', () => {
    expect(metricUnit('peak_rss_mb')).toBe('MB');
    expect(metricUnit('rss_mb')).toBe('MB');
    expect(metricUnit('cpu_time_s')).toBe('s');
    expect(metricUnit('cpu_percent')).toBe('%');
    expect(metricUnit('max_threads')).toBe('');
    expect(metricUnit('constructor')).toBe('');
    expect(metricUnit('no_such_metric')).toBe('');
  });

  it('follow a gate’s first metric into its description', () => {
    const gate = {
      expr: '(peak_rss_mb < 512)',
      passed: false,
      status: 'failed' as const,
      actual: 600,
      limit: 512,
    };
    expect(describeGate(gate)).toBe('actual 600 MB, limit 512 MB');
    expect(
      describeGate({ ...gate, expr: 'max_processes <= 8 and exit_code == 0', actual: 9, limit: 8 }),
    ).toBe('actual 9, limit 8');
    expect(describeGate({ ...gate, expr: 'duration_s <= 1.2 * baseline', actual: 2, limit: null })).toBe(
      'actual 2 s, limit n/a',
    );
  });
});
