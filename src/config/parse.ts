/**
 * parseConfig: raw option values (strings, lists, booleans, as a CLI or the action's inputs give them) → a typed
 * Config, or every error at once, each naming the option the way its face spells it.
 */
import type { RunConfig } from '../engine/config.js';
import type { ComparableMetric } from '../engine/metrics.js';
import { parseExportTargets } from '../engine/export/index.js';
import { OPTION_NAMES, optionSpec, type OptionName } from './schema.js';

export type RawOptions = Partial<Record<OptionName, string | string[] | boolean | undefined>>;

/** The typed configuration (the engine's RunConfig): what parseConfig returns. */
export type Config = RunConfig;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** How a face names an option in messages: `--interval` for the CLI, `input 'interval'` for the action. */
export type OptionLabel = (name: OptionName) => string;
export const cliLabel: OptionLabel = (name) => (name === 'script' ? 'SCRIPT' : `--${name}`);

export function parseConfig(raw: RawOptions, label: OptionLabel = cliLabel): Config {
  const problems: string[] = [];
  const values: Partial<Record<OptionName, unknown>> = {};
  for (const name of OPTION_NAMES) {
    const option = optionSpec(name);
    let value = raw[name];
    if ((value === undefined || value === '') && 'default' in option) value = option.default;
    if (value === undefined || (value === '' && (name !== 'script' || raw.module))) continue;
    const result = option.schema(value);
    if (result.success) values[name] = result.data;
    else {
      const shown = Array.isArray(value) ? value.join(' ') : String(value);
      const why = result.message;
      const secret = option.secret === true;
      problems.push(
        name === 'script' || secret
          ? `${label(name)} ${why}`
          : `${label(name)} ${why} (got '${redactUrl(shown)}')`,
      );
    }
  }
  const hasScript = raw.script !== undefined && raw.script !== '';
  if (!hasScript && !raw.module)
    problems.push(`${label('script')} is required: the Python script to run (or ${label('module')})`);
  if (hasScript && raw.module)
    problems.push(`${label('script')} and ${label('module')} exclude each other: give one`);
  if (raw['email-to'] && !raw.smtp)
    problems.push(`${label('email-to')} needs ${label('smtp')}: the server to send through`);
  if (raw.smtp && !raw['email-to'])
    problems.push(`${label('smtp')} needs ${label('email-to')}: who receives the alerts`);
  if (raw['webhook-secret'] && !raw.webhook) {
    problems.push(`${label('webhook-secret')} needs ${label('webhook')}: the URL whose bodies it signs`);
  }
  if (values.executor === 'ssh' && !values['ssh-host'])
    problems.push(`${label('executor')} ssh needs ${label('ssh-host')}`);
  if (values.profile === true && values.executor !== undefined && values.executor !== 'local')
    problems.push(`${label('profile')} works with ${label('executor')} local only`);
  if (values.instructions === true && values.executor !== undefined && values.executor !== 'local')
    problems.push(`${label('instructions')} works with ${label('executor')} local only`);
  if (values.instructions === true && values.profile === true)
    problems.push(
      `${label('instructions')} and ${label('profile')} exclude each other: valgrind would count the profiler`,
    );
  if (values.executor === 'docker' && !values['docker-image'])
    problems.push(`${label('executor')} docker needs ${label('docker-image')}`);
  try {
    parseExportTargets((values.export as string[] | undefined) ?? []);
  } catch (error) {
    for (const line of (error as Error).message.split('\n')) problems.push(`bad ${label('export')} ${line}`);
  }
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);

  const str = (name: OptionName) => (values[name] as string | undefined) ?? null;
  const env: Record<string, string> = {};
  for (const pair of values.env as string[]) {
    const eq = pair.indexOf('=');
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const script = (values.script as string | undefined) ?? '';
  const module = str('module');
  return {
    script,
    module,
    args: values.args as string[],
    python: str('python'),
    cwd: str('cwd'),
    name: str('name') ?? module ?? script,
    env,
    interval_s: values.interval as number,
    timeout_s: (values.timeout as number | undefined) ?? null,
    grace_s: values['grace-period'] as number,
    retries: values.retries as number,
    retry_delay_s: values['retry-delay'] as number,
    retry_backoff: values['retry-backoff'] as number,
    min_baseline_runs: values['min-baseline-runs'] as number,
    judge: values.judge as ComparableMetric[],
    confirm_runs: values['confirm-runs'] as number,
    repeat: values.repeat as number,
    warmup: values.warmup as number,
    gates: values.gate as string[],
    alerts: values.alert as string[],
    slack_webhook: str('slack-webhook'),
    webhook_url: str('webhook'),
    webhook_secret: str('webhook-secret'),
    smtp_url: str('smtp'),
    email_to: str('email-to'),
    db_path: values.db as string,
    history: values.history as boolean,
    keep_runs: values['keep-runs'] as number,
    baseline_ref: str('baseline-ref'),
    json_path: str('json'),
    junit_path: str('junit'),
    tap_path: str('tap'),
    summary_path: str('summary'),
    html_path: str('html'),
    benchmark_action_path: str('export-benchmark-action'),
    bmf_path: str('export-bmf'),
    hyperfine_path: str('export-hyperfine'),
    exports: values.export as string[],
    executor: values.executor as Config['executor'],
    ssh: {
      host: str('ssh-host'),
      user: str('ssh-user'),
      port: (values['ssh-port'] as number | undefined) ?? null,
      key: str('ssh-key'),
      known_hosts: str('ssh-known-hosts'),
      accept_unknown_host: values['ssh-accept-unknown-host'] as boolean,
    },
    docker_image: str('docker-image'),
    docker_memory: str('docker-memory'),
    docker_cpus: (values['docker-cpus'] as number | undefined) ?? null,
    docker_network: values['docker-network'] as string,
    profile: values.profile as boolean,
    profile_dir: str('profile-dir'),
    instructions: values.instructions as boolean,
    instructions_dir: str('instructions-dir'),
  };
}

/** Hides credentials and paths of a URL (webhook tokens live there) before it appears in a message. */
export function redactUrl(text: string): string {
  try {
    const u = new URL(text);
    if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol.startsWith('smtp')) {
      return `${u.protocol}//${u.host}/***`;
    }
  } catch {
    /* not a URL */
  }
  return text;
}
