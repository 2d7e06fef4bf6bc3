/**
 * The option table: every option pyrun takes, once. Both faces are generated from it — the CLI's `pyrun run` flags
 * (commander), the action's inputs (names, defaults, descriptions in action.yml, checked by a test) — and one parser
 * validates every value, so a default or a message cannot differ between the faces.
 *
 * An option's `input` is its action input's name (default: the option's own name); `input: false` keeps it off the
 * action (the CLI-only file paths, and options whose action input means something else, like `ssh-key`, which the
 * action takes as the key's text: see src/action/inputs.ts).
 */
import { flag, list, matching, number, oneOf, text, textThat, url, type Check } from './check.js';
import { DEFAULT_JUDGED_METRICS, isShapeMetric, JUDGEABLE_METRICS, metricRow } from '../engine/metrics.js';
import { closest } from '../engine/rules/metrics.js';

/** The shortest sampling interval: below it the sampler's own reads would be most of the machine's work. */
export const MIN_INTERVAL_S = 0.01;
/** The longest timer of any kind pyrun accepts (a year): timers are chained, so anything up to it works. */
export const MAX_SECONDS = 365 * 24 * 3600;

const seconds = number(
  `must be a number of seconds greater than 0 and at most ${MAX_SECONDS}, e.g. 0.5`,
  (n) => n > 0 && n <= MAX_SECONDS,
);
const secondsOrZero = number(
  `must be a number of seconds from 0 to ${MAX_SECONDS}, e.g. 5`,
  (n) => n >= 0 && n <= MAX_SECONDS,
);
const interval = number(
  `must be a number of seconds from ${MIN_INTERVAL_S} to 3600, e.g. 0.5`,
  (n) => n >= MIN_INTERVAL_S && n <= 3600,
);
const count = (min: number, max = 1_000_000) =>
  number(`must be a whole number from ${min} to ${max}`, (n) => Number.isInteger(n) && n >= min && n <= max);
/** The word in `--judge` that stands for the metrics judged by default. */
export const DEFAULT_JUDGED_WORD = 'default';

/**
 * `--judge`: metric names (repeated or comma-separated) and the word `default`; the value is the metrics in table
 * order. A shape of the run (CPU share) is refused: more parallelism at the same CPU time is not worse.
 */
const judgedMetrics: Check = (raw) => {
  if (!Array.isArray(raw) || raw.some((s) => typeof s !== 'string'))
    return { success: false, message: 'must be a list of metric names' };
  const names = (raw as string[]).flatMap((s) => s.split(',')).map((s) => s.trim());
  const wanted = new Set<string>();
  for (const name of names) {
    if (name === '') continue;
    if (name === DEFAULT_JUDGED_WORD) {
      for (const m of DEFAULT_JUDGED_METRICS) wanted.add(m);
    } else if (isShapeMetric(name)) {
      return {
        success: false,
        message: `'${name}' is a shape of the run, not a cost, and is never judged (gate it instead, e.g. '${name} < 150')`,
      };
    } else if (!(JUDGEABLE_METRICS as readonly string[]).includes(name)) {
      const near = closest(name, [...JUDGEABLE_METRICS, DEFAULT_JUDGED_WORD]);
      const kind = metricRow(name)?.kind === 'sample' ? 'a live sample metric' : 'not a run metric';
      return {
        success: false,
        message: `'${name}' is ${kind}${near ? `; did you mean '${near}'?` : ''} (one of: ${DEFAULT_JUDGED_WORD}, ${JUDGEABLE_METRICS.join(', ')})`,
      };
    } else wanted.add(name);
  }
  if (wanted.size === 0) return { success: false, message: `names no metric (e.g. ${DEFAULT_JUDGED_WORD})` };
  return { success: true, data: JUDGEABLE_METRICS.filter((m) => wanted.has(m)) };
};

export interface OptionSpec {
  /** Turns the raw value into the typed one, or says why it is not valid. */
  schema: Check;
  /** The default as the raw value a user would give. */
  default?: string | string[] | boolean;
  /** One line for `--help`, and the action input's description unless `input_doc` says otherwise. */
  doc: string;
  /** The flag's value placeholder (`--interval <seconds>`); absent for a switch. */
  arg?: string;
  /** A one-letter alias of the flag (`-m` for `--module`). */
  short?: string;
  /** The flag may repeat; the action input takes one value a line. */
  repeatable?: boolean;
  /** Never repeated in a message or a log line. */
  secret?: boolean;
  /** The action input's name, or false when the action has no such input. */
  input?: string | false;
  input_doc?: string;
}

export const OPTIONS = {
  script: {
    schema: textThat((s) => s.length >= 1, 'is required: the Python script to run'),
    doc: 'The Python script to run.',
  },
  module: {
    schema: matching(
      /^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u,
      'must be a dotted module name such as reports.build (a file is a script)',
    ),
    arg: 'module',
    short: 'm',
    doc: 'Run this module as `python -m MODULE` does, instead of a script (not both).',
  },
  args: {
    schema: list(),
    default: [] as string[],
    doc: 'Arguments passed to the script exactly as given.',
    repeatable: true,
    input_doc: 'Arguments for the script, one per line, passed exactly as written (no shell).',
  },
  python: {
    schema: text,
    arg: 'path',
    doc: 'The interpreter (default: python3, then python).',
    input_doc: 'The interpreter (a path or a command on PATH). Empty means python3, then python.',
  },
  cwd: {
    schema: text,
    arg: 'dir',
    doc: 'Directory the script runs in.',
    // The action's `working-directory` is the directory everything is relative to (see src/action/inputs.ts).
    input: false,
  },
  name: {
    // No invisible format character (U+202E, U+200B…): with one, a name could pass for another series in the
    // summary, the comment and the check run's name. (Line breaks are made harmless wherever a name is shown.)
    schema: textThat(
      (s) => !/\p{Cf}/u.test(s),
      'must not contain invisible format characters (U+202E, U+200B, U+2066…U+2069…)',
    ),
    arg: 'name',
    doc: 'Series name: runs of one name are compared (default: the script path).',
    input_doc: 'Series name; runs of one name are compared with each other. Empty means the script path.',
  },
  env: {
    schema: list({ pattern: /^[^=\s]+=/, message: 'must be KEY=VALUE' }),
    default: [] as string[],
    arg: 'KEY=VALUE',
    repeatable: true,
    doc: 'Extra environment variables for the script, KEY=VALUE.',
    input_doc: 'Extra environment variables for the script, one KEY=VALUE a line.',
  },
  interval: { schema: interval, default: '0.5', arg: 'seconds', doc: 'Sampling interval in seconds.' },
  timeout: {
    schema: seconds,
    arg: 'seconds',
    doc: 'Kill the whole process tree after this many seconds.',
    input_doc: "Kill the script's whole process tree after this many seconds. Empty means no limit.",
  },
  'grace-period': {
    schema: seconds,
    default: '2',
    arg: 'seconds',
    doc: 'Seconds between SIGTERM and SIGKILL when ending the tree.',
  },
  retries: {
    schema: count(0, 100),
    default: '0',
    arg: 'n',
    doc: 'Re-run a failed script up to N times; the last attempt decides.',
  },
  'retry-delay': {
    schema: secondsOrZero,
    default: '0',
    arg: 'seconds',
    doc: 'Seconds to wait before the first retry; later waits grow by --retry-backoff (at most 60 s, with jitter).',
  },
  'retry-backoff': {
    schema: number('must be a number from 1 to 100, e.g. 2', (n) => n >= 1 && n <= 100),
    default: '2',
    arg: 'factor',
    doc: 'Each wait between retries is this many times the one before.',
  },
  repeat: {
    schema: count(1, 10_000),
    default: '1',
    arg: 'n',
    doc: 'Benchmark mode: N measured runs, statistics over them.',
  },
  warmup: {
    schema: count(0, 10_000),
    default: '0',
    arg: 'n',
    doc: 'Benchmark mode: runs before the measured ones, not recorded.',
  },
  'min-baseline-runs': {
    schema: count(1, 1000),
    default: '5',
    arg: 'n',
    doc: 'Baseline runs needed for an automatic verdict (a gate against `baseline` needs one).',
  },
  'confirm-runs': {
    schema: count(0, 10),
    default: '2',
    arg: 'n',
    doc: 'When a judged metric looks regressed, run the script again up to N times and judge the median (0: never).',
    input_doc:
      'When a judged metric looks regressed, run the script again up to this many times and judge the median of the runs, so a one-off slow run on a busy machine is not a regression. 0 judges the run alone.',
  },
  judge: {
    schema: judgedMetrics,
    default: [DEFAULT_JUDGED_WORD],
    arg: 'metric',
    repeatable: true,
    doc: `Metrics the automatic verdict judges (repeat or comma-separate; \`${DEFAULT_JUDGED_WORD}\` is ${DEFAULT_JUDGED_METRICS.join(', ')}); the others are measured and shown, not judged.`,
    input_doc: `Metrics the automatic verdict judges, one a line or comma-separated; \`${DEFAULT_JUDGED_WORD}\` is ${DEFAULT_JUDGED_METRICS.join(', ')}. Other metrics are measured, shown with their change and gateable, but never make a run regressed.`,
  },
  gate: {
    schema: list(),
    default: [] as string[],
    arg: 'rule',
    repeatable: true,
    doc: 'Gate rule checked on the run summary, e.g. `duration_s <= 1.2 * baseline`.',
    input: 'gates',
    input_doc:
      'Gate rules checked on the run summary, one per line, e.g. `peak_rss_mb < 512` or `duration_s <= 1.2 * baseline`.',
  },
  alert: {
    schema: list(),
    default: [] as string[],
    arg: 'rule',
    repeatable: true,
    doc: 'Alert rule checked live on every sample, e.g. `rss_mb > 400`.',
    input: 'alerts',
    input_doc:
      'Alert rules checked live while the script runs, one per line, e.g. `rss_mb > 400` or `on failure`.',
  },
  'slack-webhook': {
    schema: url(['https', 'http']),
    arg: 'url',
    secret: true,
    doc: 'Slack incoming webhook URL for alerts.',
    input_doc: 'Slack incoming webhook URL for alerts (pass a secret).',
  },
  webhook: {
    schema: url(['https', 'http']),
    arg: 'url',
    secret: true,
    doc: 'Webhook URL receiving alerts as JSON.',
    input: 'webhook-url',
    input_doc: 'Webhook URL receiving alerts as JSON (pass a secret).',
  },
  'webhook-secret': {
    schema: text,
    arg: 'secret',
    secret: true,
    doc: 'Signs webhook bodies (X-Pyrun-Signature-256, HMAC-SHA256).',
  },
  smtp: {
    schema: url(['smtp', 'smtps']),
    arg: 'url',
    secret: true,
    doc: 'SMTP server for email alerts, smtp(s)://user:password@host:port.',
    input: 'smtp-url',
    input_doc: 'SMTP server for email alerts, smtp(s)://user:password@host:port (pass a secret).',
  },
  'email-to': {
    // One address, local@domain, nothing else: a CR or LF would add mail headers (`Bcc:`).
    schema: matching(
      /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/,
      'must be one e-mail address (name@example.com), with no spaces or line breaks',
    ),
    arg: 'address',
    doc: 'Recipient of email alerts.',
  },
  db: { schema: text, default: '.pyrun/history.sqlite', arg: 'path', doc: 'History file.', input: false },
  history: {
    schema: flag,
    default: true,
    doc: 'Keep a history of runs (--no-history to skip).',
    input: false,
  },
  'keep-runs': {
    schema: count(1),
    default: '1000',
    arg: 'n',
    doc: 'Runs kept per series in the history; older ones are dropped, old samples thinned first.',
  },
  'baseline-ref': {
    schema: text,
    arg: 'ref',
    doc: 'Whose history is the baseline (default: every run of this name).',
    input_doc:
      'Whose history is the baseline. Empty means the default branch (for pull requests, their base branch).',
  },
  json: { schema: text, arg: 'file', doc: 'Write the run record as JSON to this file.', input: false },
  junit: {
    schema: text,
    arg: 'file',
    doc: 'Write a JUnit XML report to this file.',
    input: 'junit-path',
    input_doc: 'Write a JUnit XML report to this path (its folders are created). Empty means none.',
  },
  tap: {
    schema: text,
    arg: 'file',
    doc: 'Write a TAP version 13 report to this file.',
    input: 'tap-path',
    input_doc: 'Write a TAP version 13 report to this path (its folders are created). Empty means none.',
  },
  summary: { schema: text, arg: 'file', doc: 'Write a markdown report to this file.', input: false },
  html: { schema: text, arg: 'file', doc: 'Write a self-contained HTML report to this file.', input: false },
  'export-benchmark-action': {
    schema: text,
    arg: 'file',
    doc: "Write the judged metrics as github-action-benchmark's customSmallerIsBetter JSON to this file.",
    input_doc:
      "Write the judged metrics as github-action-benchmark's `customSmallerIsBetter` JSON to this path (its folders are created), for its `output-file-path`. Empty means none.",
  },
  'export-bmf': {
    schema: text,
    arg: 'file',
    doc: 'Write the judged metrics in Bencher Metric Format (BMF JSON) to this file.',
    input_doc:
      'Write the judged metrics in Bencher Metric Format (BMF JSON) to this path (its folders are created), for `bencher run --file`. Empty means none.',
  },
  'export-hyperfine': {
    schema: text,
    arg: 'file',
    doc: "Write the wall times of the measured runs as hyperfine's JSON (--export-json) to this file.",
    input_doc:
      "Write the wall times of the measured runs (`repeat`) as hyperfine's `--export-json` JSON to this path (its folders are created). Empty means none.",
  },
  export: {
    schema: list(),
    default: [] as string[],
    arg: 'kind=target',
    repeatable: true,
    doc: "Send the run's metrics: prometheus=URL (Pushgateway), otlp=URL (OTLP/HTTP) or statsd=HOST:PORT.",
    input_doc:
      "Send the run's metrics, one target per line, `prometheus=URL` (a Pushgateway), `otlp=URL` (OTLP/HTTP) or `statsd=HOST:PORT`. A failed export is a warning.",
  },
  executor: {
    schema: oneOf(['local', 'ssh', 'docker']),
    default: 'local',
    arg: 'kind',
    doc: 'Where the script runs: local, ssh or docker.',
  },
  'ssh-host': { schema: text, arg: 'host', doc: 'SSH executor: the host.' },
  'ssh-user': { schema: text, arg: 'user', doc: 'SSH executor: the user.' },
  'ssh-port': { schema: count(1, 65535), arg: 'port', doc: 'SSH executor: the port.' },
  'ssh-key': { schema: text, arg: 'file', doc: 'SSH executor: the private key file.', input: false },
  'ssh-known-hosts': {
    schema: text,
    arg: 'file',
    doc: 'SSH executor: a known_hosts file holding the host key.',
    input: false,
  },
  'ssh-accept-unknown-host': {
    schema: flag,
    default: false,
    doc: 'SSH executor: connect even when the host key is not known (turns strict host key checking off).',
    input: false,
  },
  'docker-image': { schema: text, arg: 'image', doc: 'Docker executor: the image.' },
  'docker-memory': {
    schema: matching(
      /^[1-9][0-9]*[bkmg]?$/i,
      'must be a size as docker takes it: a number with b, k, m or g, e.g. 512m',
    ),
    arg: 'size',
    doc: 'Docker executor: the memory limit of the container (docker run --memory), e.g. 512m or 2g; no swap beyond it.',
    input_doc:
      'Docker executor: the memory limit of the container, as `docker run --memory` takes it (e.g. 512m, 2g), with no swap beyond it. A script killed by it exits 137 and is reported as killed by the memory limit of the container. Empty means no limit.',
  },
  'docker-cpus': {
    schema: number('must be a number of CPUs greater than 0, e.g. 1 or 1.5', (n) => n > 0 && n <= 1024),
    arg: 'n',
    doc: 'Docker executor: the CPUs the container may use (docker run --cpus), e.g. 1.5.',
    input_doc:
      'Docker executor: the CPUs the container may use, as `docker run --cpus` takes it (e.g. 1.5). Empty means no limit.',
  },
  'docker-network': {
    schema: matching(
      /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
      'must be a Docker network name such as none, bridge or host',
    ),
    default: 'none',
    arg: 'network',
    doc: 'Docker executor: the network of the container (docker run --network); none unless asked, e.g. bridge.',
  },
  profile: {
    schema: flag,
    default: false,
    doc: "Run the script under Python's cProfile and report where its time went (slower: keep it off unless needed).",
    input_doc:
      "Run the script under Python's cProfile and report where its time went, with the functions whose time grew most when a run regressed; files in .pyrun/profiles. Slows the script (1.3x to 4x, most on code made of many small calls), so profiled runs are compared only with profiled runs.",
  },
  'profile-dir': {
    schema: text,
    arg: 'dir',
    doc: 'Directory for the profile files (default: beside --json, else .pyrun/profiles).',
    input: false,
  },
  instructions: {
    schema: flag,
    default: false,
    doc: 'Count the instructions the whole process tree executes (valgrind): a measure a busy machine cannot disturb, ~30x slower.',
    input_doc:
      'Count the instructions the whole process tree executes, under valgrind (the runner needs it: add a `sudo apt-get install -y valgrind` step). Exact to ~0.02% from run to run, where time wanders by 10% on a shared runner; the run is ~30x slower, so its other metrics are those of a slowed run, and such runs are compared only with each other.',
  },
  'instructions-dir': {
    schema: text,
    arg: 'dir',
    doc: 'Directory for the callgrind files of --instructions runs, one folder per run (default: .pyrun/instructions).',
    input: false,
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

/** The option's spec, typed as the general shape (the table itself is `as const`). */
export function optionSpec(name: OptionName): OptionSpec {
  return OPTIONS[name] as OptionSpec;
}

/** The action input of an option, or null when the action has none. */
export function inputName(name: OptionName): string | null {
  const input = optionSpec(name).input;
  return input === false ? null : (input ?? name);
}

/** Options whose values are secrets: redacted in every message whatever their shape. */
export const SECRET_OPTIONS = OPTION_NAMES.filter((n) => optionSpec(n).secret === true);
