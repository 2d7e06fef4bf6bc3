/** The shape of one row of the option table (./schema.ts). */
import type { Check } from './check.js';

/** The values a fallback may be computed from. */
export interface FallbackSource {
  script: string;
  module: string | null;
}

export interface OptionSpec<T = unknown> {
  /** Turns the raw value into the typed one, or says why it is not valid. */
  check: Check<T>;
  /**
   * The option's field in the run config (src/config/run-config.ts), whose type is what `check` gives; a dotted
   * name is a field of a group (`ssh.host` → `config.ssh.host`).
   */
  field: string;
  /** The default as the raw value a user would give. */
  default?: string | string[] | boolean;
  /** The value when the option is not given and has no default, computed from the run's script or module. */
  fallback?: (run: FallbackSource) => T;
  /** One line for `--help`, and the action input's description unless `input_doc` says otherwise. */
  doc: string;
  /** The flag's value placeholder (`--interval <seconds>`); absent for a switch. */
  arg?: string;
  /** A one-letter alias of the flag (`-m` for `--module`). */
  short?: string;
  /** The flag may repeat; the action input takes one value a line. */
  repeatable?: boolean;
  /** Never repeated in a message or a log line. */
  secret?: boolean;
  /** The action input's name, or false when the action has no such input. */
  input?: string | false;
  input_doc?: string;
}

/** Rows of the option table, each keeping its own types (`as const satisfies OptionRows`). */
export type OptionRows = Record<string, OptionSpec>;
