/**
 * The config file (PRODUCT.md §6): find it, parse it as TOML, and turn its suite-level table and its script
 * entries into raw options, every problem at once, each naming the file, the dotted key and the closest valid key.
 *
 * Where it is looked for: `--config FILE` names it; otherwise the working directory's `pyrun.toml` (keys at the
 * top level) or `pyproject.toml` (keys under `[tool.pyrun]`; a pyproject.toml without that table is no config).
 * When both hold pyrun settings, pyrun.toml wins, as a tool's own file beats pyproject.toml for ruff, pytest and
 * mypy, and a warning names the table that was ignored. Relative paths in the file are relative to its directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { closest } from '../engine/rules/metrics.js';
import { parseAlert, parseGate, RuleError } from '../engine/rules/index.js';
import { ConfigError, redactUrl, type RawOptions } from './parse.js';
import { OPTIONS, type OptionName } from './schema.js';
import {
  ALERTS,
  FILE_KEYS,
  GATES,
  PATH_OPTIONS,
  SCRIPT_ONLY,
  SECRET_KEYS,
  SUITE_WIDE,
  valueKind,
  type FileKey,
} from './keys.js';

export interface ConfigFile {
  /** The file read, absolute. */
  file: string;
  /** The file as messages name it: relative to the working directory when inside it. */
  shown: string;
  /** Its directory: where the suite's scripts run unless they say otherwise. */
  dir: string;
  /** The suite-level keys (`[tool.pyrun]`, or pyrun.toml's top level) as options. */
  defaults: RawOptions;
  /** One per script entry, in file order, with only the entry's own keys; `name` and `script` or `module` set. */
  scripts: RawOptions[];
  /** Things worth a warning line that do not stop the run (a secret's variable unset, a config file ignored). */
  warnings: string[];
}

export interface LoadConfigOptions {
  /** The working directory: where the config is looked for, and what a relative `path` is relative to. */
  cwd: string;
  /** `--config FILE` (or the action's `config` input); empty or absent: look in `cwd`. */
  path?: string | null;
  /** The environment, for the secrets that `*_env` keys name. */
  env: Readonly<Record<string, string | undefined>>;
}

/** The config file's settings, or null when there is none. Throws ConfigError listing every problem. */
export function loadConfigFile(opts: LoadConfigOptions): ConfigFile | null {
  const warnings: string[] = [];
  const found = findConfig(opts, warnings);
  if (found === null) return null;
  const shown = displayName(found.file, opts.cwd);
  const table = found.prefix === '' ? found.doc : tableAt(found.doc, ['tool', 'pyrun']);
  if (table === null)
    throw new ConfigError([`${shown}: has no [tool.pyrun] table: pyrun's settings go there`]);
  const ctx: Context = {
    shown,
    suite: found.prefix === '' ? 'the top level' : '[tool.pyrun]',
    dir: path.dirname(found.file),
    env: opts.env,
    problems: [],
    warnings,
  };
  const defaults = readTable(table, found.prefix, 'suite', ctx);
  const scripts = readScripts(table.scripts, `${found.prefix}scripts`, ctx);
  if (ctx.problems.length > 0) throw new ConfigError(ctx.problems);
  return { file: found.file, shown, dir: ctx.dir, defaults, scripts, warnings };
}

interface Found {
  file: string;
  doc: Record<string, unknown>;
  /** '' when the keys are at the top level, 'tool.pyrun.' when under [tool.pyrun]. */
  prefix: '' | 'tool.pyrun.';
}

function findConfig(opts: LoadConfigOptions, warnings: string[]): Found | null {
  if (opts.path) {
    const file = path.resolve(opts.cwd, opts.path);
    if (!existsSync(file)) throw new ConfigError([`config file not found: ${opts.path} (in ${opts.cwd})`]);
    const doc = readToml(file, opts.cwd);
    // A pyproject-style file keeps pyrun's keys under [tool.pyrun]; `tool` is no pyrun key, so it tells.
    return {
      file,
      doc,
      prefix: 'tool' in doc || path.basename(file) === 'pyproject.toml' ? 'tool.pyrun.' : '',
    };
  }
  const pyrunToml = path.join(opts.cwd, 'pyrun.toml');
  const pyproject = path.join(opts.cwd, 'pyproject.toml');
  const own = existsSync(pyrunToml) ? readToml(pyrunToml, opts.cwd) : null;
  // Beside a pyrun.toml, pyproject.toml is read only to warn that its [tool.pyrun] is ignored.
  const project = !existsSync(pyproject)
    ? null
    : own === null
      ? readToml(pyproject, opts.cwd)
      : tryToml(pyproject);
  const projectHasPyrun = project !== null && tableAt(project, ['tool', 'pyrun']) !== null;
  if (own !== null) {
    if (projectHasPyrun)
      warnings.push(
        'pyrun.toml and [tool.pyrun] in pyproject.toml both exist: using pyrun.toml, ignoring the other',
      );
    return { file: pyrunToml, doc: own, prefix: '' };
  }
  if (projectHasPyrun) return { file: pyproject, doc: project, prefix: 'tool.pyrun.' };
  return null;
}

function readToml(file: string, cwd: string): Record<string, unknown> {
  const shown = displayName(file, cwd);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError([`${shown}: cannot be read: ${(e as Error).message}`]);
  }
  try {
    return parse(text) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof TomlError) {
      const what = e.message.replace(/^Invalid TOML document: /, '').split('\n')[0];
      throw new ConfigError([`${shown}:${e.line}:${e.column}: not valid TOML: ${what}\n${e.codeblock}`]);
    }
    throw e;
  }
}

function tryToml(file: string): Record<string, unknown> | null {
  try {
    return parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function tableAt(doc: Record<string, unknown>, keys: string[]): Record<string, unknown> | null {
  let at: unknown = doc;
  for (const key of keys) {
    if (!isTable(at)) return null;
    at = at[key];
  }
  return isTable(at) ? at : null;
}

function isTable(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** The file as the user would name it: relative to the working directory when inside it. */
function displayName(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

interface Context {
  shown: string;
  /** How to name the suite level in a message. */
  suite: string;
  dir: string;
  env: Readonly<Record<string, string | undefined>>;
  problems: string[];
  warnings: string[];
}

function readScripts(value: unknown, where: string, ctx: Context): RawOptions[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isTable)) {
    ctx.problems.push(`${ctx.shown}: ${where} must be a list of tables: write each script as [[${where}]]`);
    return [];
  }
  const seen = new Map<string, number>();
  return value.map((entry, i) => {
    const at = `${where}[${i}]`;
    const raw = readTable(entry, `${at}.`, 'script', ctx);
    const name = raw.name;
    if (entry.name === undefined)
      ctx.problems.push(`${ctx.shown}: ${at} needs a name: the series its runs are kept as`);
    else if (typeof name !== 'string' || name.trim() === '')
      ctx.problems.push(`${ctx.shown}: ${at}.name must not be empty`);
    else if (seen.has(name)) {
      ctx.problems.push(
        `${ctx.shown}: ${at}.name "${name}" is taken by ${where}[${seen.get(name)}]: each script needs its own name`,
      );
    } else seen.set(name, i);
    const hasScript = entry.script !== undefined;
    const hasModule = entry.module !== undefined;
    if (hasScript && hasModule)
      ctx.problems.push(
        `${ctx.shown}: ${at} has both script and module: give one (module = "pkg.mod" runs python -m pkg.mod)`,
      );
    else if (!hasScript && !hasModule)
      ctx.problems.push(`${ctx.shown}: ${at} needs script (a file) or module (run as python -m MODULE)`);
    return raw;
  });
}

/** One level's keys as raw options; problems go to ctx. */
function readTable(table: Record<string, unknown>, prefix: string, level: 'suite' | 'script', ctx: Context) {
  const raw: RawOptions = {};
  const valid = [...FILE_KEYS.keys()].filter((k) => allowedAt(FILE_KEYS.get(k)!.option, level));
  for (const [key, value] of Object.entries(table)) {
    if (level === 'suite' && key === 'scripts') continue;
    const where = `${prefix}${key}`;
    const problem = (what: string) => ctx.problems.push(`${ctx.shown}: ${where} ${what}`);
    const info = FILE_KEYS.get(key);
    if (info === undefined) {
      const instead = SECRET_KEYS.get(key);
      if (instead !== undefined) {
        problem(
          `would put a secret in the file: use ${instead} = "VARIABLE", naming the environment variable that holds it`,
        );
      } else {
        const near = closest(key, level === 'suite' ? [...valid, 'scripts'] : valid);
        problem(
          near === null
            ? `is not a pyrun key; keys are: ${valid.join(', ')}`
            : `is not a pyrun key; did you mean \`${near}\`?`,
        );
      }
      continue;
    }
    if (!allowedAt(info.option, level)) {
      problem(
        level === 'suite'
          ? `belongs in a script entry ([[${prefix}scripts]]), not at the suite level`
          : `is set once for the whole suite (one report, one history): move it to ${ctx.suite}`,
      );
      continue;
    }
    if (info.from_env) readSecret(info, value, where, raw, ctx);
    else readValue(info, value, where, raw, ctx);
  }
  return raw;
}

function allowedAt(option: OptionName, level: 'suite' | 'script'): boolean {
  return level === 'suite' ? !SCRIPT_ONLY.includes(option) : !SUITE_WIDE.includes(option);
}

/** A `*_env` key: the value names an environment variable; an unset one turns the channel off, with a warning. */
function readSecret(info: FileKey, value: unknown, where: string, raw: RawOptions, ctx: Context): void {
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
  const result = OPTIONS[info.option].schema.safeParse(secret);
  if (!result.success) {
    const why = result.error.issues[0]?.message ?? 'is not valid';
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

function readValue(info: FileKey, value: unknown, where: string, raw: RawOptions, ctx: Context): void {
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
  const result = OPTIONS[info.option].schema.safeParse(final);
  if (!result.success) {
    const why = result.error.issues[0]?.message ?? 'is not valid';
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
