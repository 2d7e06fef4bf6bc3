/**
 * parseConfig: raw option values (strings, lists, booleans, as a CLI or the action's inputs give them) → a typed
 * Config, or every error at once, each naming the option the way its face spells it.
 */
import { parseExportTargets } from '../engine/report/export/index.js';
import { toRunConfig, type RunConfig } from './run-config.js';
import { OPTION_NAMES, optionSpec, type CheckedValues, type OptionName } from './schema.js';

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

export function parseConfig(given: RawOptions, label: OptionLabel = cliLabel): Config {
  const problems: string[] = [];
  const raw = withImpliedExecutor(given, label, problems);
  const values: Partial<CheckedValues> = {};
  const checkOption = <K extends OptionName>(name: K) => {
    const option = optionSpec(name);
    let value = raw[name];
    if ((value === undefined || value === '') && option.default !== undefined) value = option.default;
    if (value === undefined || (value === '' && (name !== 'script' || raw.module))) return;
    const result = option.check(value);
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
  };
  for (const name of OPTION_NAMES) checkOption(name);
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
    parseExportTargets(values.export ?? []);
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    for (const line of error.message.split('\n')) problems.push(`bad ${label('export')} ${line}`);
  }
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);

  return toRunConfig(values);
}

/**
 * An executor's own setting names the executor when none is given: `--docker-image IMG` alone runs the script in the
 * container, `--ssh-host H` alone on H (they used to be ignored, the script running here without a word). Both
 * without `--executor` is a problem: which one was meant?
 */
function withImpliedExecutor(raw: RawOptions, label: OptionLabel, problems: string[]): RawOptions {
  if (raw.executor !== undefined && raw.executor !== '') return raw;
  const given = (name: OptionName) => typeof raw[name] === 'string' && raw[name] !== '';
  const ssh = given('ssh-host');
  const docker = given('docker-image');
  if (ssh && docker) {
    problems.push(
      `${label('ssh-host')} and ${label('docker-image')} name two executors: give ${label('executor')}`,
    );
    return raw;
  }
  if (ssh) return { ...raw, executor: 'ssh' };
  if (docker) return { ...raw, executor: 'docker' };
  return raw;
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
