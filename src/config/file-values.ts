/**
 * One key of a config file: its TOML value → the raw option parseConfig takes (numbers as text, lists as lists,
 * the env table as KEY=VALUE), checked by the same schema as the flag, rules parsed, relative paths made relative
 * to the file's folder, and secrets taken from the environment variable a `*_env` key names.
 */
import path from 'node:path';
import { parseAlert, parseGate, RuleError } from '../engine/rules/index.js';
import { ALERTS, GATES, PATH_OPTIONS, valueKind, type FileKey } from './keys.js';
import { redactUrl, type RawOptions } from './parse.js';
import { optionSpec, type OptionName } from './schema.js';

/** Where a file's problems and warnings go while it is read. */
export interface Context {
  shown: string;
  /** How to name the suite level in a message. */
  suite: string;
  dir: string;
  env: Readonly<Record<string, string | undefined>>;
  problems: string[];
  warnings: string[];
}

export function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** A `*_env` key: the value names an environment variable; an unset one turns the channel off, with a warning. */
export function readSecret(
  info: FileKey,
  value: unknown,
  where: string,
  raw: RawOptions,
  ctx: Context,
): void {
  if (typeof value !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
    const shown = typeof value === 'string' ? ` (got '${redactUrl(value)}')` : '';
    ctx.problems.push(
      `${ctx.shown}: ${where} takes the name of an environment variable holding the secret, e.g. "SLACK_WEBHOOK"${shown}`,
    );
    return;
  }
  const secret = ctx.env[value];
  if (secret === undefined || secret === '') {
    raw[info.option] = undefined; // set, and off: overrides the suite level's channel
    ctx.warnings.push(
      `${ctx.shown}: ${where} names ${value}, which is not set: ${channelOf(info.key)} are off`,
    );
    return;
  }
  const result = optionSpec(info.option).check(secret);
  if (!result.success) {
    const why = result.message;
    ctx.problems.push(`${ctx.shown}: ${where}: the value of ${value} ${why}`);
    return;
  }
  raw[info.option] = secret;
}

function channelOf(key: string): string {
  if (key.startsWith('slack')) return 'Slack alerts';
  if (key.startsWith('smtp')) return 'email alerts';
  return 'webhook alerts';
}

export function readValue(info: FileKey, value: unknown, where: string, raw: RawOptions, ctx: Context): void {
  // A problem inside the value (`.KEY …` of the env table) continues the dotted key.
  const problem = (what: string) =>
    ctx.problems.push(`${ctx.shown}: ${where}${what.startsWith('.') ? '' : ' '}${what}`);
  const converted = toRaw(info.option, value);
  if (typeof converted === 'object' && !Array.isArray(converted) && converted !== null) {
    problem(converted.problem);
    return;
  }
  let final = converted;
  if (typeof final === 'string' && isPath(info.option, final)) final = path.resolve(ctx.dir, final);
  const result = optionSpec(info.option).check(final);
  if (!result.success) {
    const why = result.message;
    const shown = Array.isArray(final) ? final.join(' ') : String(final);
    problem(`${why} (got '${redactUrl(shown)}')`);
    return;
  }
  if (info.option === GATES || info.option === ALERTS) {
    const rules = final as string[];
    const check = info.option === GATES ? parseGate : parseAlert;
    rules.forEach((rule, i) => {
      try {
        check(rule);
      } catch (e) {
        if (!(e instanceof RuleError)) throw e;
        ctx.problems.push(`${ctx.shown}: ${where}[${i}]: ${e.message}`);
      }
    });
  }
  raw[info.option] = final;
}

function isPath(option: OptionName, value: string): boolean {
  if (value === '') return false;
  if (option === 'python') return value.includes('/') || value.includes('\\');
  return PATH_OPTIONS.includes(option);
}

/** A TOML value → what parseConfig takes for the option (numbers as text, lists, KEY=VALUE for env). */
function toRaw(option: OptionName, value: unknown): string | string[] | boolean | { problem: string } {
  const kind = valueKind(option);
  if (kind === 'boolean') return typeof value === 'boolean' ? value : { problem: 'must be true or false' };
  if (kind === 'env') {
    if (!isTable(value))
      return { problem: 'must be a table of variables, e.g. env = { PYTHONHASHSEED = "0" }' };
    const pairs: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      const text = scalarText(v);
      if (text === null) return { problem: `.${k} must be text or a number` };
      pairs.push(`${k}=${text}`);
    }
    return pairs;
  }
  if (kind === 'list') {
    if (!Array.isArray(value)) return { problem: 'must be a list, e.g. ["…", "…"]' };
    const items: string[] = [];
    for (const v of value) {
      const text = scalarText(v);
      if (text === null) return { problem: 'must be a list of text or numbers' };
      items.push(text);
    }
    return items;
  }
  if (Array.isArray(value)) return { problem: 'must be one value, not a list' };
  if (typeof value === 'boolean') return { problem: 'must be text or a number, not true or false' };
  return scalarText(value) ?? { problem: 'must be text or a number' };
}

function scalarText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return null;
}
