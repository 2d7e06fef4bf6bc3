/**
 * The config file (docs/cli.md, "Suites: the config file"): find it, parse it as TOML, and turn its suite-level table and its script
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
import { isTable, readSecret, readValue, type Context } from './file-values.js';
import { ConfigError, type RawOptions } from './parse.js';
import type { OptionName } from './schema.js';
import { FILE_KEYS, SCRIPT_ONLY, SECRET_KEYS, SUITE_WIDE } from './keys.js';

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

/** The file as the user would name it: relative to the working directory when inside it. */
function displayName(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
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
        // Suggest from every key: the right key at the wrong level gets its own message once spelt right.
        const near = closest(
          key,
          level === 'suite' ? [...FILE_KEYS.keys(), 'scripts'] : [...FILE_KEYS.keys()],
        );
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
