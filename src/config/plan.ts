/**
 * What `pyrun run` (or one action step) runs, decided once for both faces: one named script or module with the
 * config file's suite-level settings under the flags, or, with no SCRIPT, every script of the config file's
 * suite (`--only` picks). Every problem, of the file, the flags or any script, is reported at once, before
 * anything runs.
 */
import { loadConfigFile, type ConfigFile } from './file.js';
import {
  cliLabel,
  ConfigError,
  parseConfig,
  type Config,
  type OptionLabel,
  type RawOptions,
} from './parse.js';
import { applyDefaults, givenOnly, resolveSuite } from './suite.js';

export interface PlanInput {
  /** The working directory: where the config file is looked for (the action's `working-directory`). */
  cwd: string;
  /** `--config FILE` / the `config` input; empty: look in `cwd`. */
  config?: string | null;
  env: Readonly<Record<string, string | undefined>>;
  /** The options the user gave, and only those: see `givenOnly` in ./suite.ts. */
  flags: RawOptions;
  /** `--only NAME`, repeatable. */
  only?: readonly string[];
  label?: OptionLabel;
}

export interface Plan {
  /** The config file read, or null. */
  file: ConfigFile | null;
  /** True when the runs are the config's suite (no SCRIPT or module named). */
  suite: boolean;
  /** One Config per run, in config order; one entry when a script was named. */
  runs: Config[];
  /** Lines to show as warnings (an unset secret's variable, an ignored config file). */
  warnings: string[];
}

/** Decides and validates every run. Throws ConfigError listing every problem. */
export function planRuns(input: PlanInput): Plan {
  const label = input.label ?? cliLabel;
  const flags = givenOnly(input.flags);
  const file = loadConfigFile({ cwd: input.cwd, path: input.config, env: input.env });
  const warnings = file?.warnings ?? [];
  const named = flags.script !== undefined || flags.module !== undefined;
  if (named) {
    if ((input.only ?? []).length > 0)
      throw new ConfigError([
        `--only picks scripts of the config file's suite: give it without ${label('script')}`,
      ]);
    return { file, suite: false, runs: [parseConfig(applyDefaults(file, flags), label)], warnings };
  }
  if (file === null) {
    throw new ConfigError([
      `${label('script')} is required: the Python script to run, or ${label('module')}, ` +
        `or a suite in pyrun.toml or [tool.pyrun] of pyproject.toml (none in ${input.cwd})`,
    ]);
  }
  const raws = resolveSuite({ config: file, flags, only: input.only, label });
  return { file, suite: true, runs: parseEach(raws, label), warnings };
}

/**
 * parseConfig on every script, every problem at once: one a flag causes for all scripts is said once; one of a
 * single script names it.
 */
export function parseEach(raws: readonly RawOptions[], label: OptionLabel = cliLabel): Config[] {
  const configs: Config[] = [];
  const byScript: Array<{ name: string; problems: string[] }> = [];
  for (const raw of raws) {
    try {
      configs.push(parseConfig(raw, label));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      byScript.push({ name: String(raw.name ?? raw.script ?? raw.module), problems: e.problems });
    }
  }
  if (byScript.length === 0) return configs;
  const shared = (p: string) =>
    byScript.length === raws.length && byScript.every((s) => s.problems.includes(p));
  const problems = new Set<string>();
  for (const s of byScript)
    for (const p of s.problems) problems.add(shared(p) ? p : `script ${s.name}: ${p}`);
  throw new ConfigError([...problems]);
}
