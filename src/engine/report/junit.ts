/**
 * The run as JUnit XML, for Jenkins, GitLab and the GitHub test-report actions: one testsuite per run
 * (named after the series), one testcase for the script, one per gate (named by its rule text, never by
 * the measured value, so test history lines up across runs), and one for the regression check when
 * verdicts were reached. Metrics travel as testsuite properties. Every testcase carries the script's path from the
 * working directory as its `file` (where annotating report actions point; none for a module not found), failure messages give values with their units, and a skipped
 * testcase says why in `<skipped message="…">`. All escaping is junit-report-builder's (xmlbuilder's).
 */
import junitReportBuilder, { type Builder } from 'junit-report-builder';
import { RUN_METRIC_FIELDS } from '../metrics.js';
import { COMPARABLE_METRICS, type ComparableMetric, type RunRecord } from '../types.js';
import { formatMetricValue } from '../metric-format.js';
import { regressedMetrics } from '../verdicts.js';
import { describeGate } from './gates.js';
import { formatChangePct, formatDuration, junitTimestamp } from './numbers.js';
import { describeScriptOutcome, retriesOf, scriptSucceeded, scriptTestName } from './script-outcome.js';
import { REGRESSION_TEST_NAME, regressionOutcome } from './verdict-text.js';
import { showInvisible } from '../visible-text.js';

/**
 * The package's type declarations describe an ES default export, but its CommonJS build assigns the
 * builder to `module.exports`; under NodeNext TypeScript therefore sees a namespace. Accept both shapes.
 */
const rootBuilder: Builder =
  (junitReportBuilder as unknown as { default?: Builder }).default ??
  (junitReportBuilder as unknown as Builder);

type TestCase = ReturnType<ReturnType<Builder['testSuite']>['testCase']>;

/** A fresh JUnit document named `pyrun` (the A/B report builds its own suites on it). */
export function junitDocument(): Builder {
  const builder = rootBuilder.newBuilder();
  builder.name('pyrun');
  return builder;
}

/** The slice of xmlbuilder's element that junit-report-builder's public `TestCase.build` returns. */
interface XmlElement {
  name?: string;
  children?: XmlElement[];
  att?(name: string, value: string): unknown;
}

/**
 * Marks `testCase` skipped with a reason. junit-report-builder writes a bare `<skipped/>`; its public `build`
 * returns the testcase element, on whose `skipped` child the reason is set as the `message` attribute (the
 * form JUnit's schema, Jenkins, GitLab and the GitHub test-report actions read).
 */
export function skip(testCase: TestCase, reason: string): void {
  testCase.skipped();
  const build = testCase.build.bind(testCase);
  testCase.build = (parent) => {
    const element = build(parent);
    const skipped = (element as unknown as XmlElement).children?.find((child) => child.name === 'skipped');
    skipped?.att?.('message', reason);
    return element;
  };
}

/** Seconds rounded to milliseconds, as the `time` attribute carries them. */
function seconds(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : 0;
}

/** Properties of the suite: the run's identity, every metric with exact bytes, baseline and verdicts. */
function suiteProperties(record: RunRecord): [string, string][] {
  const props: [string, string][] = [];
  const add = (name: string, value: string | number | boolean | null | undefined): void => {
    if (value === null || value === undefined) return;
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    props.push([name, String(value)]);
  };
  add('status', record.status);
  add('run_id', record.run_id);
  add('started_at', record.started_at);
  add('script', record.script);
  for (const field of RUN_METRIC_FIELDS) add(field, record[field]);
  add('signal', record.signal);
  add('samples', record.samples);
  add('interval_s', record.interval_s);
  // `attempts` is the script's own count under --retries; measured runs of --repeat are `repeats`, not attempts.
  if (record.repeats === undefined) add('attempts', record.attempts.length);
  else add('repeats', record.repeats.length);
  add('retries', retriesOf(record));
  add('os', record.os);
  add('arch', record.arch);
  add('python_version', record.python_version);
  add('executor', record.executor);
  add('git_ref', record.git_ref);
  add('git_sha', record.git_sha);
  add('pyrun_version', record.pyrun_version);
  for (const metric of COMPARABLE_METRICS) {
    const base = record.baseline[metric];
    if (base !== undefined) {
      add(`baseline.${metric}`, base.value);
      add(`baseline.${metric}.spread`, base.spread);
      add(`baseline.${metric}.runs`, base.runs);
    }
    const verdict = record.verdicts[metric];
    if (verdict !== undefined) {
      add(`verdict.${metric}`, verdict.verdict);
      add(`verdict.${metric}.change_pct`, verdict.change_pct);
    }
  }
  return props;
}

/**
 * One `<testsuites>` document: a testsuite per run (a suite's scripts each their own, named after the series),
 * a testcase for the script, one per gate, one for the regression check.
 */
export function renderJunit(records: RunRecord | readonly RunRecord[], options: JunitOptions = {}): string {
  const builder = junitDocument();
  const runs = Array.isArray(records) ? (records as readonly RunRecord[]) : [records as RunRecord];
  runs.forEach((record, i) => {
    const file = options.files ? (options.files[i] ?? null) : defaultFile(record);
    addSuite(builder, record, file);
  });
  // Names from a history may hold invisible format characters: shown as `\u202E` escapes, never raw.
  return `${showInvisible(builder.build())}\n`;
}

export interface JunitOptions {
  /**
   * Each record's script as a path from the directory the run started in (engine/source-file.ts), index-aligned with
   * the records; null leaves the `file` attribute out. Default: the record's script unless it is a module.
   */
  files?: readonly (string | null)[];
}

/** Without the run's directories: the script as recorded; a module (`-m pkg.mod`) is no file and gets none. */
function defaultFile(record: RunRecord): string | null {
  return record.script && !record.script.startsWith('-m ') ? record.script : null;
}

function addSuite(builder: Builder, record: RunRecord, file: string | null): void {
  const suite = builder
    .testSuite()
    .name(record.name)
    .timestamp(junitTimestamp(record.started_at))
    .time(seconds(record.duration_s));
  for (const [name, value] of suiteProperties(record)) suite.property(name, value);

  const testCase = (name: string, time_s: number): TestCase => {
    const created = suite.testCase().className(record.name).name(name).time(seconds(time_s));
    return file ? created.file(file) : created;
  };

  // Each failure has a body as well as its message: readers that show only the body (and merge equal ones, as
  // dorny/test-reporter does) still see which run, rule and values failed.
  const identity = `series ${record.name}, run ${record.run_id}, started ${record.started_at}`;
  const script = testCase(scriptTestName(record), record.duration_s);
  if (!scriptSucceeded(record)) {
    const outcome = describeScriptOutcome(record);
    script
      .failure(outcome, record.status === 'timeout' ? 'timeout' : 'script_failed')
      .stacktrace(failureBody([`script ${record.script}: ${outcome}`, ...attemptLines(record), identity]));
  }

  for (const gate of record.gates) {
    const gateCase = testCase(gate.expr, 0);
    if (gate.status === 'failed') {
      gateCase
        .failure(describeGate(gate), 'gate_failed')
        .stacktrace(failureBody([`gate failed: ${gate.expr}`, describeGate(gate), identity]));
    } else if (gate.status === 'insufficient_history') {
      skip(gateCase, 'insufficient history: no baseline run of this series yet');
    }
  }

  const regression = regressionOutcome(record);
  if (regression !== null) {
    const regressionCase = testCase(REGRESSION_TEST_NAME, 0);
    if (regression.status === 'failed') {
      regressionCase
        .failure(regression.message, 'regression')
        .stacktrace(
          failureBody([...regressedMetrics(record).map((m) => regressionLine(record, m)), identity]),
        );
    } else if (regression.status === 'skipped') skip(regressionCase, regression.message);
  }
}

/** Every retried attempt of the script, one line each (none when it ran once). */
function attemptLines(record: RunRecord): string[] {
  if (retriesOf(record) === 0) return [];
  return record.attempts.map(
    (a) =>
      `attempt ${a.attempt}: ${a.timed_out ? 'timed out' : a.signal !== null ? `killed by ${a.signal}` : `exit code ${a.exit_code}`} after ${formatDuration(a.duration_s)}`,
  );
}

/** `duration_s 60.2 s against baseline 55.1 s ± 0.8 s (+9.3%; median over 7 runs)` */
function regressionLine(record: RunRecord, metric: ComparableMetric): string {
  const verdict = record.verdicts[metric];
  const base = record.baseline[metric];
  const against =
    base === undefined
      ? ''
      : ` against baseline ${formatMetricValue(metric, base.value)} ± ${formatMetricValue(metric, base.spread)}`;
  return `regressed: ${metric} ${formatMetricValue(metric, record[metric])}${against} (${formatChangePct(verdict?.change_pct)}; ${verdict?.statistic ?? 'no statistic'})`;
}

/**
 * A failure's text, written as CDATA: no character XML forbids, and no `]]>` that would end the section early (the
 * XML builder splits only the first one).
 */
function failureBody(lines: string[]): string {
  return (
    lines
      .join('\n')
      // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
      .replace(/]]>/g, ']] >')
  );
}
