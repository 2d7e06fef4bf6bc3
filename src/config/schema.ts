/**
 * One schema of every option pyrun takes, shared by both faces: the CLI's flags and the action's inputs are
 * the same kebab-case names, parsed by the same code, so an error reads the same in both (naming the input as the
 * user spelled it) and a default cannot differ between them.
 */
import { z } from 'zod';

const number = (what: string, check: (n: number) => boolean) =>
  z
    .string()
    .trim()
    .refine((s) => s !== '' && Number.isFinite(Number(s)) && check(Number(s)), { message: what })
    .transform(Number);

const seconds = number('must be a number of seconds greater than 0, e.g. 0.5', (n) => n > 0);
const count = (min: number) =>
  number(`must be a whole number of at least ${min}`, (n) => Number.isInteger(n) && n >= min);
const text = z.string();
const list = z.array(z.string());
const url = (schemes: string[]) =>
  z.string().refine(
    (s) => {
      try {
        return schemes.includes(new URL(s).protocol.replace(':', ''));
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}` },
  );
const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { message: `must be one of: ${values.join(', ')}` });

/**
 * Every option: its schema, its default (as the raw text a user would type), its description, and whether its
 * value is a secret (never repeated in a message).
 */
export const OPTIONS = {
  script: { schema: text.min(1, 'is required: the Python script to run'), doc: 'The Python script to run.' },
  args: { schema: list, default: [] as string[], doc: 'Arguments passed to the script exactly as given.' },
  python: { schema: text, doc: 'The interpreter (default: python3, then python).' },
  cwd: { schema: text, doc: 'Directory the script runs in.' },
  name: { schema: text, doc: 'Series name: runs of one name are compared (default: the script path).' },
  env: {
    schema: z.array(z.string().regex(/^[^=\s]+=/, 'must be KEY=VALUE')),
    default: [] as string[],
    doc: 'Extra environment variables for the script, KEY=VALUE.',
  },
  interval: { schema: seconds, default: '0.5', doc: 'Sampling interval in seconds.' },
  timeout: { schema: seconds, doc: 'Kill the whole process tree after this many seconds.' },
  'grace-period': {
    schema: seconds,
    default: '2',
    doc: 'Seconds between SIGTERM and SIGKILL when ending the tree.',
  },
  retries: {
    schema: count(0),
    default: '0',
    doc: 'Re-run a failed script up to N times; the last attempt decides.',
  },
  repeat: { schema: count(1), default: '1', doc: 'Benchmark mode: N measured runs, statistics over them.' },
  warmup: {
    schema: count(0),
    default: '0',
    doc: 'Benchmark mode: runs before the measured ones, not recorded.',
  },
  gate: { schema: list, default: [] as string[], doc: 'Gate rules checked on the run summary.' },
  alert: { schema: list, default: [] as string[], doc: 'Alert rules checked live on every sample.' },
  'slack-webhook': {
    schema: url(['https', 'http']),
    secret: true,
    doc: 'Slack incoming webhook URL for alerts.',
  },
  webhook: { schema: url(['https', 'http']), secret: true, doc: 'Webhook URL receiving alerts as JSON.' },
  'webhook-secret': { schema: text, secret: true, doc: 'Signs webhook bodies (X-Pyrun-Signature-256).' },
  smtp: {
    schema: url(['smtp', 'smtps']),
    secret: true,
    doc: 'SMTP server for email alerts, smtp(s)://user:pass@host:port.',
  },
  'email-to': { schema: text, doc: 'Recipient of email alerts.' },
  db: { schema: text, default: '.pyrun/history.sqlite', doc: 'History file.' },
  history: { schema: z.boolean(), default: true, doc: 'Keep a history of runs (--no-history to skip).' },
  'keep-runs': {
    schema: count(1),
    default: '1000',
    doc: 'Runs kept per series in the history; older ones are dropped, old samples thinned first.',
  },
  'baseline-ref': { schema: text, doc: 'Whose history is the baseline (default: every run of this name).' },
  json: { schema: text, doc: 'Write the run record as JSON to this file.' },
  junit: { schema: text, doc: 'Write a JUnit XML report to this file.' },
  tap: { schema: text, doc: 'Write a TAP 14 report to this file.' },
  summary: { schema: text, doc: 'Write a markdown report to this file.' },
  html: { schema: text, doc: 'Write a self-contained HTML report to this file.' },
  executor: { schema: oneOf(['local', 'ssh', 'docker']), default: 'local', doc: 'Where the script runs.' },
  'ssh-host': { schema: text, doc: 'SSH executor: host.' },
  'ssh-user': { schema: text, doc: 'SSH executor: user.' },
  'ssh-port': { schema: count(1), doc: 'SSH executor: port.' },
  'ssh-key': { schema: text, doc: 'SSH executor: private key file.' },
  'ssh-known-hosts': { schema: text, doc: 'SSH executor: known_hosts file holding the host key.' },
  'ssh-accept-unknown-host': {
    schema: z.boolean(),
    default: false,
    doc: 'SSH executor: connect even when the host key is not known (turns strict host key checking off).',
  },
  'docker-image': { schema: text, doc: 'Docker executor: image.' },
  profile: {
    schema: z.boolean(),
    default: false,
    doc: "Run the script under Python's cProfile and report where its time went (slower: keep it off unless needed).",
  },
  'profile-dir': {
    schema: text,
    doc: 'Directory for the profile files (default: beside --json, else .pyrun/profiles).',
  },
} as const;

export type OptionName = keyof typeof OPTIONS;
