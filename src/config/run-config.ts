/**
 * The typed configuration of one run (the engine's RunConfig), derived by TypeScript from the option table
 * (./schema.ts). Each row's `field` names a field of the run config; its type is what the row's check gives, with
 * null added when the option has neither a default nor a fallback (`timeout_s: number | null`). A dotted field
 * (`ssh.host`) is a field of a group (`config.ssh.host`). Nothing here is written per option: a new row is a new
 * field, typed and filled in by itself.
 */
import { OPTION_NAMES, optionSpec, type CheckedValues, type OptionName, type OPTIONS } from './schema.js';

type Row<K extends OptionName> = (typeof OPTIONS)[K];
type FieldOf<K extends OptionName> = Row<K>['field'];

/** An option's value in the run config: null only when it was not given and has no default or fallback. */
export type OptionValue<K extends OptionName> =
  Row<K> extends { default: unknown } | { fallback: unknown } ? CheckedValues[K] : CheckedValues[K] | null;

/** The fields of options whose field is not in a group. */
type TopFields = {
  [K in OptionName as FieldOf<K> extends `${string}.${string}` ? never : FieldOf<K>]: OptionValue<K>;
};
/** The group names of dotted fields (`ssh`). */
type GroupName = FieldOf<OptionName> extends infer F ? (F extends `${infer G}.${string}` ? G : never) : never;
/** The fields of one group, named by what follows the dot. */
type GroupFields<G extends string> = {
  [K in OptionName as FieldOf<K> extends `${G}.${infer F}` ? F : never]: OptionValue<K>;
};

/** Spells out an intersection, so an editor shows the fields, not the type's parts. */
type Flat<T> = { [K in keyof T]: T[K] };

export type RunConfig = Flat<TopFields & { [G in GroupName]: Flat<GroupFields<G>> }>;

/** The SSH executor's settings (`--ssh-*`). */
export type SshConfig = RunConfig['ssh'];

/**
 * The run config from the checked values (of the options given or defaulted): each option's value at its field,
 * else its fallback, else null. The object is assembled field by field from the table, which TypeScript cannot
 * follow: its type is the one derived above from the same rows, and the one `as` below says so.
 */
export function toRunConfig(values: Partial<CheckedValues>): RunConfig {
  const config: Record<string, unknown> = {};
  const groups = new Map<string, Record<string, unknown>>();
  const groupOf = (name: string) => {
    let group = groups.get(name);
    if (group === undefined) {
      group = {};
      groups.set(name, group);
      config[name] = group;
    }
    return group;
  };
  const source = { script: values.script ?? '', module: values.module ?? null };
  for (const name of OPTION_NAMES) {
    const spec = optionSpec(name);
    const dot = spec.field.indexOf('.');
    const target = dot < 0 ? config : groupOf(spec.field.slice(0, dot));
    target[spec.field.slice(dot + 1)] = values[name] ?? spec.fallback?.(source) ?? null;
  }
  return config as RunConfig;
}
