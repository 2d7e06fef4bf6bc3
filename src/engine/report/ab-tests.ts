/**
 * The A/B result for test reporters: JUnit XML (one testsuite named after the comparison) and TAP version 13.
 * A test per metric — failing only when B is worse beyond `--max-regression` at the stated confidence — one per
 * gate, and one that every run of the session completed. Names are stable across sessions (the metric, the rule),
 * the numbers go in the messages, so test history lines up.
 */
import { describeRatio } from '../ab/describe.js';
import type { AbRecord } from '../ab/record.js';
import type { ComparableMetric } from '../types.js';
import { describeGate } from './gates.js';
import { junitTimestamp, plural } from './numbers.js';
import { junitDocument } from './junit.js';
import { showInvisible } from '../visible-text.js';

interface AbTest {
  name: string;
  ok: boolean;
  message: string;
  kind: 'regression' | 'gate_failed' | 'run_failed';
}

function abTests(record: AbRecord): AbTest[] {
  const tests: AbTest[] = [
    {
      name: 'every run completed',
      ok: record.failure === null && record.interrupted_by === null,
      message:
        record.failure !== null
          ? `${record.failure.side} failed in pair ${record.failure.pair} (${record.failure.status})`
          : record.interrupted_by !== null
            ? `interrupted by ${record.interrupted_by}`
            : plural(record.runs.length, 'run'),
      kind: 'run_failed',
    },
  ];
  for (const [metric, r] of Object.entries(record.metrics) as [
    ComparableMetric,
    NonNullable<AbRecord['metrics'][ComparableMetric]>,
  ][]) {
    tests.push({
      name: `${metric}: B against A`,
      ok: !r.over_max_regression,
      message:
        `${describeRatio(metric, r)}, p = ${r.p_value.toPrecision(2)}` +
        (r.over_max_regression ? `, over --max-regression ${record.max_regression_pct}%` : ''),
      kind: 'regression',
    });
  }
  for (const gate of record.gates) {
    tests.push({ name: gate.expr, ok: gate.passed, message: describeGate(gate), kind: 'gate_failed' });
  }
  return tests;
}

/** `file`: B's script as a path from the directory pyrun started in (default: as given); null leaves it out. */
export function renderAbJunit(record: AbRecord, file: string | null = record.b.script): string {
  const builder = junitDocument();
  const seconds = Math.max(0, (Date.parse(record.finished_at) - Date.parse(record.started_at)) / 1000);
  const suite = builder
    .testSuite()
    .name(record.name)
    .timestamp(junitTimestamp(record.started_at))
    .time(Math.round(seconds * 1000) / 1000);
  suite.property('a', `${record.a.label} (${record.a.script})`);
  suite.property('b', `${record.b.label} (${record.b.script})`);
  suite.property('pairs', String(record.runs.length / 2));
  suite.property('status', record.status);
  for (const test of abTests(record)) {
    const created = suite.testCase().className(record.name).name(test.name);
    const testCase = file ? created.file(file) : created;
    if (!test.ok) testCase.failure(test.message, test.kind);
  }
  return `${showInvisible(builder.build())}\n`;
}

export function renderAbTap(record: AbRecord): string {
  const tests = abTests(record);
  const line = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/#/g, '\\#');
  const lines = ['TAP version 13', `1..${tests.length}`, `# pyrun ab ${line(record.name)}: ${record.status}`];
  tests.forEach((test, i) => {
    lines.push(`${test.ok ? 'ok' : 'not ok'} ${i + 1} - ${line(test.name)}`);
    lines.push('  ---', `  message: ${JSON.stringify(test.message)}`, '  ...');
  });
  return `${showInvisible(lines.join('\n'))}\n`;
}
