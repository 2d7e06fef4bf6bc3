/**
 * The option table's report files and metric exports (./schema.ts): the files a run writes (its record, JUnit,
 * TAP, markdown, HTML, and other tools' formats) and the monitoring systems its metrics are sent to.
 */
import { list, text } from './check.js';
import type { OptionRows } from './option-spec.js';

export const REPORT_OPTIONS = {
  json: {
    check: text,
    field: 'json_path',
    arg: 'file',
    doc: 'Write the run record as JSON to this file.',
    input: false,
  },
  junit: {
    check: text,
    field: 'junit_path',
    arg: 'file',
    doc: 'Write a JUnit XML report to this file.',
    input: 'junit-path',
    input_doc: 'Write a JUnit XML report to this path (its folders are created). Empty means none.',
  },
  tap: {
    check: text,
    field: 'tap_path',
    arg: 'file',
    doc: 'Write a TAP version 13 report to this file.',
    input: 'tap-path',
    input_doc: 'Write a TAP version 13 report to this path (its folders are created). Empty means none.',
  },
  summary: {
    check: text,
    field: 'summary_path',
    arg: 'file',
    doc: 'Write a markdown report to this file.',
    input: false,
  },
  html: {
    check: text,
    field: 'html_path',
    arg: 'file',
    doc: 'Write a self-contained HTML report to this file.',
    input: false,
  },
  'export-benchmark-action': {
    check: text,
    field: 'benchmark_action_path',
    arg: 'file',
    doc: "Write the judged metrics as github-action-benchmark's customSmallerIsBetter JSON to this file.",
    input_doc:
      "Write the judged metrics as github-action-benchmark's `customSmallerIsBetter` JSON to this path (its folders are created), for its `output-file-path`. Empty means none.",
  },
  'export-bmf': {
    check: text,
    field: 'bmf_path',
    arg: 'file',
    doc: 'Write the judged metrics in Bencher Metric Format (BMF JSON) to this file.',
    input_doc:
      'Write the judged metrics in Bencher Metric Format (BMF JSON) to this path (its folders are created), for `bencher run --file`. Empty means none.',
  },
  'export-hyperfine': {
    check: text,
    field: 'hyperfine_path',
    arg: 'file',
    doc: "Write the wall times of the measured runs as hyperfine's JSON (--export-json) to this file.",
    input_doc:
      "Write the wall times of the measured runs (`repeat`) as hyperfine's `--export-json` JSON to this path (its folders are created). Empty means none.",
  },
  export: {
    check: list(),
    field: 'exports',
    default: [] as string[],
    arg: 'kind=target',
    repeatable: true,
    doc: "Send the run's metrics: prometheus=URL (Pushgateway), otlp=URL (OTLP/HTTP) or statsd=HOST:PORT.",
    input_doc:
      "Send the run's metrics, one target per line, `prometheus=URL` (a Pushgateway), `otlp=URL` (OTLP/HTTP) or `statsd=HOST:PORT`. A failed export is a warning.",
  },
} as const satisfies OptionRows;
