/**
 * `pyrun run`'s flags, generated from the option table (src/config/schema.ts), and commander's parsed values turned
 * back into the table's raw options. A new option is a row in the table; it appears here by itself.
 */
import { Option, type Command } from 'commander';
import type { RawOptions } from '../config/parse.js';
import { OPTION_NAMES, optionSpec, type OptionName } from '../config/schema.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Options that are positional on the command line, not flags. */
const POSITIONAL: readonly OptionName[] = ['script', 'args'];

export function addRunOptions(command: Command): Command {
  for (const name of OPTION_NAMES) {
    if (POSITIONAL.includes(name)) continue;
    const spec = optionSpec(name);
    if (typeof spec.default === 'boolean') {
      // A switch; `history` defaults to on, so its flag is the negation.
      command.addOption(new Option(spec.default === true ? `--no-${name}` : `--${name}`, spec.doc));
      continue;
    }
    const option = new Option(`--${name} <${spec.arg}>`, spec.doc);
    if (spec.repeatable) option.argParser(collect);
    else if (typeof spec.default === 'string') option.default(spec.default);
    command.addOption(option);
  }
  return command;
}

/** commander's camelCase values → the table's kebab-case raw options (unknown keys, like `quiet`, dropped). */
export function rawOptionsFromFlags(opts: Record<string, unknown>): RawOptions {
  const raw: RawOptions = {};
  for (const [key, value] of Object.entries(opts)) {
    const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as OptionName;
    if (OPTION_NAMES.includes(name)) (raw as Record<string, unknown>)[name] = value;
  }
  return raw;
}
