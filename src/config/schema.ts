/**
 * The option table: every option pyrun takes, once. Both faces are generated from it — the CLI's `pyrun run` flags
 * (commander), the action's inputs (names, defaults, descriptions in action.yml, checked by a test) — and one parser
 * validates every value, so a default or a message cannot differ between the faces.
 *
 * Each row carries its check (raw value → typed value, or why not: ./check.ts, ./option-checks.ts) and its field
 * in the run config, whose type TypeScript derives from the rows (./run-config.ts): a new option is one row.
 * The rows of a few concepts live beside this file: ./alert-channel-options.ts, ./report-options.ts and
 * ./executor-options.ts.
 *
 * An option's `input` is its action input's name (default: the option's own name); `input: false` keeps it off the
 * action (the CLI-only file paths, and options whose action input means something else, like `ssh-key`, which the
 * action takes as the key's text: see src/action/inputs.ts).
 */
import { flag, list, matching, number, oneOf, text, textThat } from './check.js';
import { DEFAULT_JUDGED_METRICS } from '../engine/metrics.js';
import { ALERT_CHANNEL_OPTIONS } from './alert-channel-options.js';
import { EXECUTOR_OPTIONS } from './executor-options.js';
import {
  count,
  DEFAULT_JUDGED_WORD,
  envVariables,
  interval,
  judgedMetrics,
  seconds,
  secondsOrZero,
} from './option-checks.js';
import type { OptionRows, OptionSpec } from './option-spec.js';
import { REPORT_OPTIONS } from './report-options.js';

export type { OptionSpec } from './option-spec.js';

/** The table, in the order of `--help` and of action.yml's inputs. */
export const OPTIONS = {
  script: {
    check: textThat((s) => s.length >= 1, 'is required: the Python script to run'),
    field: 'script',
    // '' when a module runs instead: parseConfig refuses a run with neither.
    fallback: () => '',
    doc: 'The Python script to run.',
  },
  module: {
    check: matching(
      /^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u,
      'must be a dotted module name such as reports.build (a file is a script)',
    ),
    field: 'module',
    arg: 'module',
    short: 'm',
    doc: 'Run this module as `python -m MODULE` does, instead of a script (not both).',
  },
  args: {
    check: list(),
    field: 'args',
    default: [] as string[],
    doc: 'Arguments passed to the script exactly as given.',
    repeatable: true,
    input_doc: 'Arguments for the script, one per line, passed exactly as written (no shell).',
  },
  python: {
    check: text,
    field: 'python',
    arg: 'path',
    doc: 'The interpreter (default: python3, then python).',
    input_doc: 'The interpreter (a path or a command on PATH). Empty means python3, then python.',
  },
  cwd: {
    check: text,
    field: 'cwd',
    arg: 'dir',
    doc: 'Directory the script runs in.',
    // The action's `working-directory` is the directory everything is relative to (see src/action/inputs.ts).
    input: false,
  },
  name: {
    // No invisible format character (U+202E, U+200B…): with one, a name could pass for another series in the
    // summary, the comment and the check run's name. (Line breaks are made harmless wherever a name is shown.)
    check: textThat(
      (s) => !/\p{Cf}/u.test(s),
      'must not contain invisible format characters (U+202E, U+200B, U+2066…U+2069…)',
    ),
    field: 'name',
    fallback: (run) => run.module ?? run.script,
    arg: 'name',
    doc: 'Series name: runs of one name are compared (default: the script path).',
    input_doc: 'Series name; runs of one name are compared with each other. Empty means the script path.',
  },
  env: {
    check: envVariables,
    field: 'env',
    default: [] as string[],
    arg: 'KEY=VALUE',
    repeatable: true,
    doc: 'Extra environment variables for the script, KEY=VALUE.',
    input_doc: 'Extra environment variables for the script, one KEY=VALUE a line.',
  },
  interval: {
    check: interval,
    field: 'interval_s',
    default: '0.5',
    arg: 'seconds',
    doc: 'Sampling interval in seconds.',
  },
  timeout: {
    check: seconds,
    field: 'timeout_s',
    arg: 'seconds',
    doc: 'Kill the whole process tree after this many seconds.',
    input_doc: "Kill the script's whole process tree after this many seconds. Empty means no limit.",
  },
  'grace-period': {
    check: seconds,
    field: 'grace_s',
    default: '2',
    arg: 'seconds',
    doc: 'Seconds between SIGTERM and SIGKILL when ending the tree.',
  },
  retries: {
    check: count(0, 100),
    field: 'retries',
    default: '0',
    arg: 'n',
    doc: 'Re-run a failed script up to N times; the last attempt decides.',
  },
  'retry-delay': {
    check: secondsOrZero,
    field: 'retry_delay_s',
    default: '0',
    arg: 'seconds',
    doc: 'Seconds to wait before the first retry; later waits grow by --retry-backoff (at most 60 s, with jitter).',
  },
  'retry-backoff': {
    check: number('must be a number from 1 to 100, e.g. 2', (n) => n >= 1 && n <= 100),
    field: 'retry_backoff',
    default: '2',
    arg: 'factor',
    doc: 'Each wait between retries is this many times the one before.',
  },
  repeat: {
    check: count(1, 10_000),
    field: 'repeat',
    default: '1',
    arg: 'n',
    doc: 'Benchmark mode: N measured runs, statistics over them.',
  },
  warmup: {
    check: count(0, 10_000),
    field: 'warmup',
    default: '0',
    arg: 'n',
    doc: 'Benchmark mode: runs before the measured ones, not recorded.',
  },
  'min-baseline-runs': {
    check: count(1, 1000),
    field: 'min_baseline_runs',
    default: '5',
    arg: 'n',
    doc: 'Baseline runs needed for an automatic verdict (a gate against `baseline` needs one).',
  },
  'confirm-runs': {
    check: count(0, 10),
    field: 'confirm_runs',
    default: '2',
    arg: 'n',
    doc: 'When a judged metric looks regressed, run the script again up to N times; it stands only if every run regressed (0: never).',
    input_doc:
      'When a judged metric looks regressed, run the script again up to this many times; the regression stands only if every run regressed, so a slow run on a busy machine is not a regression. 0 judges the run alone.',
  },
  'busy-machine': {
    check: oneOf(['withhold', 'judge']),
    field: 'busy_machine',
    default: 'withhold',
    arg: 'mode',
    doc: "A time metric that regressed while the machine was busier (other work) or slower (pyrun's calibration loop) than in the baseline runs, every re-run too: `withhold` its verdict (not judged, shown with the readings) or `judge` it anyway.",
    input_doc:
      'A slower run while the machine was busier (other jobs kept more than a quarter of a core more busy) or slower (a calibration loop pyrun times took more than 1.25× as long) than in the baseline runs, every re-run too: `withhold` leaves its time metrics not judged and says so; `judge` calls them regressed anyway. Memory and instruction counts are always judged.',
  },
  judge: {
    check: judgedMetrics,
    field: 'judge',
    default: [DEFAULT_JUDGED_WORD],
    arg: 'metric',
    repeatable: true,
    doc: `Metrics the automatic verdict judges (repeat or comma-separate; \`${DEFAULT_JUDGED_WORD}\` is ${DEFAULT_JUDGED_METRICS.join(', ')}); the others are measured and shown, not judged.`,
    input_doc: `Metrics the automatic verdict judges, one a line or comma-separated; \`${DEFAULT_JUDGED_WORD}\` is ${DEFAULT_JUDGED_METRICS.join(', ')}. Other metrics are measured, shown with their change and gateable, but never make a run regressed.`,
  },
  gate: {
    check: list(),
    field: 'gates',
    default: [] as string[],
    arg: 'rule',
    repeatable: true,
    doc: 'Gate rule checked on the run summary, e.g. `duration_s <= 1.2 * baseline`.',
    input: 'gates',
    input_doc:
      'Gate rules checked on the run summary, one per line, e.g. `peak_rss_mb < 512` or `duration_s <= 1.2 * baseline`.',
  },
  alert: {
    check: list(),
    field: 'alerts',
    default: [] as string[],
    arg: 'rule',
    repeatable: true,
    doc: 'Alert rule checked live on every sample, e.g. `rss_mb > 400`.',
    input: 'alerts',
    input_doc:
      'Alert rules checked live while the script runs, one per line, e.g. `rss_mb > 400` or `on failure`.',
  },
  ...ALERT_CHANNEL_OPTIONS,
  db: {
    check: text,
    field: 'db_path',
    default: '.pyrun/history.sqlite',
    arg: 'path',
    doc: 'History file.',
    input: false,
  },
  history: {
    check: flag,
    field: 'history',
    default: true,
    doc: 'Open no history: the run is measured, gated and reported, but neither recorded nor judged against earlier runs.',
    input: false,
  },
  'keep-runs': {
    check: count(1),
    field: 'keep_runs',
    default: '1000',
    arg: 'n',
    doc: 'Runs kept per series in the history; older ones are dropped, old samples thinned first.',
  },
  'baseline-ref': {
    check: text,
    field: 'baseline_ref',
    arg: 'ref',
    doc: 'Whose history is the baseline (default: every run of this name).',
    input_doc:
      'Whose history is the baseline. Empty means the default branch (for pull requests, their base branch).',
  },
  ...REPORT_OPTIONS,
  ...EXECUTOR_OPTIONS,
  profile: {
    check: flag,
    field: 'profile',
    default: false,
    doc: "Run the script under Python's cProfile and report where its time went (slower: keep it off unless needed).",
    input_doc:
      "Run the script under Python's cProfile and report where its time went, with the functions whose time grew most when a run regressed; files in .pyrun/profiles. Slows the script (1.3x to 4x, most on code made of many small calls), so profiled runs are compared only with profiled runs.",
  },
  'profile-dir': {
    check: text,
    field: 'profile_dir',
    arg: 'dir',
    doc: 'Directory for the profile files (default: beside --json, else .pyrun/profiles).',
    input: false,
  },
  instructions: {
    check: flag,
    field: 'instructions',
    default: false,
    doc: 'Count the instructions the whole process tree executes (valgrind): a measure a busy machine cannot disturb, ~30x slower.',
    input_doc:
      'Count the instructions the whole process tree executes, under valgrind (the runner needs it: add a `sudo apt-get install -y valgrind` step). Exact to ~0.02% from run to run, where time wanders by 10% on a shared runner; the run is ~30x slower, so its other metrics are those of a slowed run, and such runs are compared only with each other.',
  },
  'instructions-dir': {
    check: text,
    field: 'instructions_dir',
    arg: 'dir',
    doc: 'Directory for the callgrind files of --instructions runs, one folder per run (default: .pyrun/instructions).',
    input: false,
  },
} as const satisfies OptionRows;

export type OptionName = keyof typeof OPTIONS;

export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

/** The type each option's check gives: `CheckedValues['interval']` is `number`. */
export type CheckedValues = {
  [K in OptionName]: (typeof OPTIONS)[K] extends OptionSpec<infer T> ? T : never;
};

/** Every row, typed by what its check gives: `optionSpec('interval').check` is a `Check<number>`. */
const SPECS: { readonly [K in OptionName]: OptionSpec<CheckedValues[K]> } = OPTIONS;

/** The option's row. */
export function optionSpec<K extends OptionName>(name: K): OptionSpec<CheckedValues[K]> {
  return SPECS[name];
}

/** The action input of an option, or null when the action has none. */
export function inputName(name: OptionName): string | null {
  const input = optionSpec(name).input;
  return input === false ? null : (input ?? name);
}

/** Options whose values are secrets: redacted in every message whatever their shape. */
export const SECRET_OPTIONS = OPTION_NAMES.filter((n) => optionSpec(n).secret === true);
