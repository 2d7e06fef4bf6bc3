/**
 * The config file's keys (docs/cli.md, "Suites: the config file"): the long option names in snake_case, derived from the option table, so
 * a new option is a new key with nothing else to change. A few keys differ from their flag on purpose: lists are
 * plural (`gates`, `alerts`), and a secret is never written in the file: its key names the environment variable
 * that holds it (`slack_webhook_env = "SLACK_WEBHOOK"`).
 */
import { OPTIONS, optionSpec, type OptionName } from './schema.js';

/** The first of `candidates` that is an option today (the option table is being renamed in places). */
function option(...candidates: string[]): OptionName | null {
  for (const name of candidates) if (name in OPTIONS) return name as OptionName;
  return null;
}
const options = (...names: string[]): OptionName[] =>
  names.map((n) => option(n)).filter((n): n is OptionName => n !== null);

export const GATES = option('gates', 'gate') ?? ('gate' as OptionName);
export const ALERTS = option('alerts', 'alert') ?? ('alert' as OptionName);
export const ENV = 'env' as const satisfies OptionName;
export const SMTP = option('smtp-url', 'smtp');
export const EMAIL_TO = option('email-to');
export const WEBHOOK = option('webhook-url', 'webhook');
export const WEBHOOK_SECRET = option('webhook-secret');

/** Secret options: the file key that names the environment variable holding the secret. */
const SECRET_ENV_KEYS: Array<[key: string, target: OptionName | null]> = [
  ['slack_webhook_env', option('slack-webhook')],
  ['webhook_url_env', WEBHOOK],
  ['webhook_secret_env', WEBHOOK_SECRET],
  ['smtp_url_env', SMTP],
];

/** Options about one invocation, never a project's settings. */
export const NOT_IN_FILE: ReadonlySet<string> = new Set([
  'config',
  'only',
  'dry-run',
  'github-token',
  'working-directory',
]);

/** Keys only a `[[tool.pyrun.scripts]]` entry may set. */
export const SCRIPT_ONLY: readonly OptionName[] = options('script', 'module', 'name', 'args');
/** Keys only the suite level may set: one report file per format and one history for the whole suite. */
export const SUITE_WIDE: readonly OptionName[] = options(
  'json',
  'junit',
  'tap',
  'summary',
  'html',
  'export-benchmark-action',
  'export-bmf',
  'export-hyperfine',
  'db',
  'history',
);
/** Path options: relative paths in a config file are relative to the file's directory. */
export const PATH_OPTIONS: readonly OptionName[] = options(
  'cwd',
  'db',
  'json',
  'junit',
  'tap',
  'summary',
  'html',
  'export-benchmark-action',
  'export-bmf',
  'export-hyperfine',
  'profile-dir',
  'instructions-dir',
  'ssh-key',
  'ssh-known-hosts',
);

export interface FileKey {
  /** How the file spells it. */
  key: string;
  option: OptionName;
  /** The value is the name of an environment variable holding the option's (secret) value. */
  from_env: boolean;
}

function buildKeys(): { keys: Map<string, FileKey>; secrets: Map<string, string> } {
  const keys = new Map<string, FileKey>();
  const secrets = new Map<string, string>(); // a key that would hold a secret → the key to use instead
  const secretTargets = new Set<string>();
  for (const [key, target] of SECRET_ENV_KEYS) {
    if (target === null) continue;
    keys.set(key, { key, option: target, from_env: true });
    secretTargets.add(target);
    secrets.set(key.replace(/_env$/, ''), key);
    secrets.set(snake(target), key);
  }
  for (const name of Object.keys(OPTIONS) as OptionName[]) {
    if (NOT_IN_FILE.has(name) || secretTargets.has(name)) continue;
    const key = name === GATES ? 'gates' : name === ALERTS ? 'alerts' : snake(name);
    keys.set(key, { key, option: name, from_env: false });
  }
  return { keys, secrets };
}

function snake(name: string): string {
  return name.replace(/-/g, '_');
}

const built = buildKeys();
/** Every key a config file may hold, at the suite level or in a script entry. */
export const FILE_KEYS: ReadonlyMap<string, FileKey> = built.keys;
/** Keys that would put a secret in the file, each with the `_env` key to use instead. */
export const SECRET_KEYS: ReadonlyMap<string, string> = built.secrets;

/** The option's kind of value, from its default: a switch, a list, the env map, or one value. */
export function valueKind(name: OptionName): 'boolean' | 'list' | 'env' | 'scalar' {
  if (name === ENV) return 'env';
  const def = optionSpec(name).default;
  if (typeof def === 'boolean') return 'boolean';
  if (Array.isArray(def)) return 'list';
  return 'scalar';
}
