/**
 * A suite's scripts as raw options, one per script, each ready for parseConfig (docs/cli.md, "Suites: the config file").
 *
 * Precedence: flags > the script's entry > the suite level > built-in defaults (parseConfig applies those).
 * `gates` and `alerts` add up across levels (identical rules kept once); `env` adds up too, a later level winning
 * for the same variable. A secret whose variable is unset turns its channel off at that level and below.
 */
import { closest } from '../engine/rules/metrics.js';
import type { ConfigFile } from './file.js';
import { ConfigError, cliLabel, type OptionLabel, type RawOptions } from './parse.js';
import { ALERTS, EMAIL_TO, ENV, GATES, SMTP, WEBHOOK, WEBHOOK_SECRET } from './keys.js';
import type { OptionName } from './schema.js';

const ADDITIVE: ReadonlySet<OptionName> = new Set([GATES, ALERTS, ENV]);

export interface ResolveSuiteOptions {
  config: ConfigFile;
  /** The options given on the command line or as action inputs, and only those (see `givenOnly`). */
  flags: RawOptions;
  /** `--only NAME`, repeatable; empty: every script. */
  only?: readonly string[];
  /** How the face names an option in messages (default: `--name`). */
  label?: OptionLabel;
}

/** One RawOptions per script to run, in config order. Throws ConfigError naming every problem. */
export function resolveSuite(opts: ResolveSuiteOptions): RawOptions[] {
  const { config } = opts;
  const label = opts.label ?? cliLabel;
  const flags = givenOnly(opts.flags);
  const problems: string[] = [];
  for (const name of ['script', 'module', 'name', 'args'] as const) {
    if (flags[name] !== undefined)
      problems.push(
        `${label(name)} cannot be given for a suite: each entry in ${shownFile(config)} sets its own ${name}`,
      );
  }
  if (config.scripts.length === 0)
    problems.push(
      `${shownFile(config)} has no scripts: add [[tool.pyrun.scripts]] entries, or name a script to run`,
    );
  const names = config.scripts.map((s) => s.name as string);
  const only = [...new Set(opts.only ?? [])];
  for (const wanted of only) {
    if (names.includes(wanted)) continue;
    const near = closest(wanted, names);
    problems.push(
      `--only ${wanted}: no script of that name in ${shownFile(config)}; ` +
        `${near === null ? '' : `did you mean ${near}? `}scripts: ${names.join(', ')}`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config.scripts
    .filter((s) => only.length === 0 || only.includes(s.name as string))
    .map((entry) => mergeLevels([{ cwd: config.dir }, config.defaults, entry, flags]));
}

/** One script named on the command line, with the config file's suite-level settings under the flags. */
export function applyDefaults(config: ConfigFile | null, flags: RawOptions): RawOptions {
  return mergeLevels(config === null ? [givenOnly(flags)] : [config.defaults, givenOnly(flags)]);
}

/**
 * Levels from lowest to highest precedence. A level's key that is present replaces the levels below (even when
 * its value is undefined: a secret whose variable is unset), except the additive keys, which concatenate.
 */
export function mergeLevels(levels: readonly RawOptions[]): RawOptions {
  const merged: RawOptions = {};
  for (const level of levels) {
    for (const name of Object.keys(level) as OptionName[]) {
      const value = level[name];
      if (ADDITIVE.has(name)) {
        if (value === undefined) continue;
        const before = (merged[name] as string[] | undefined) ?? [];
        const added = [...before, ...(value as string[])];
        merged[name] = name === ENV ? added : [...new Set(added)];
      } else merged[name] = value;
    }
  }
  // A channel whose secret is unset is off, and so is what only makes sense with it.
  const off = (name: OptionName | null) => name !== null && name in merged && merged[name] === undefined;
  if (off(SMTP) && EMAIL_TO !== null) delete merged[EMAIL_TO];
  if (off(WEBHOOK_SECRET) && WEBHOOK !== null) delete merged[WEBHOOK];
  for (const name of Object.keys(merged) as OptionName[]) if (merged[name] === undefined) delete merged[name];
  return merged;
}

/**
 * The flags a user actually gave: undefined, '' (an action input left empty) and [] (a repeatable flag never
 * used) mean "not given", so they never hide a config file's value.
 */
export function givenOnly(flags: RawOptions): RawOptions {
  const given: RawOptions = {};
  for (const name of Object.keys(flags) as OptionName[]) {
    const value = flags[name];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    given[name] = value;
  }
  return given;
}

function shownFile(config: ConfigFile): string {
  return config.shown;
}
