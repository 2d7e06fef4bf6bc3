/**
 * `pyrun run`'s flags, generated from the option table (src/config/schema.ts), and commander's parsed values turned
 * back into the table's raw options. A new option is a row in the table; it appears here by itself.
 *
 * commander is given no defaults: the table's defaults are applied by parseConfig, after a config file's values,
 * so only what the user typed can override the file. `--help` still shows each default.
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
      command.addOption(new Option(spec.default ? `--no-${name}` : `--${name}`, spec.doc));
      continue;
    }
    const short = spec.short ? `-${spec.short}, ` : '';
    const shown = typeof spec.default === 'string' ? ` (default: ${spec.default})` : '';
    const option = new Option(`${short}--${name} <${spec.arg}>`, `${spec.doc}${shown}`);
    if (spec.repeatable) option.argParser(collect);
    command.addOption(option);
  }
  return command;
}

/** The options the user gave on the command line (never commander's implicit values), as raw options. */
export function rawOptionsFromFlags(command: Command): RawOptions {
  const raw: RawOptions = {};
  for (const [key, value] of Object.entries(command.opts())) {
    const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as OptionName;
    if (!OPTION_NAMES.includes(name) || command.getOptionValueSource(key) !== 'cli') continue;
    (raw as Record<string, unknown>)[name] = value;
  }
  return raw;
}
