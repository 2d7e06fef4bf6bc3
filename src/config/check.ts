/**
 * Checks: each turns one raw value (a flag's text, an action input's lines, a config file's value after
 * ./file-values.ts) into a typed value, or says in a few words why it is not valid. The caller names the input
 * (`--interval`, `input 'interval'`, `pyrun.toml: interval`) before the words, so a message reads
 * `--interval must be a number of seconds from 0.01 to 3600, e.g. 0.5`.
 *
 * Hand-written rather than zod: these are a dozen string and number tests, and loading zod's classic build and
 * building the table's schemas would add to the start-up of every `pyrun run`, before the script starts
 * (docs/costs.md).
 * zod still validates what is worth a schema: imported run records (engine/history/validate.ts).
 */
export type Parsed<T> = { success: true; data: T } | { success: false; message: string };

/** Raw input → a T, or why not. The option table's entries each carry one (./schema.ts). */
export type Check<T> = (raw: unknown) => Parsed<T>;

/** The type a check gives. */
export type Checked<C> = C extends Check<infer T> ? T : never;

export const ok = <T>(data: T): Parsed<T> => ({ success: true, data });
export const fail = (message: string): Parsed<never> => ({ success: false, message });

/** A string that passes `test` (else `message`). */
export function textThat(test: (s: string) => boolean, message: string): Check<string> {
  return (raw) => {
    if (typeof raw !== 'string') return fail('must be text');
    return test(raw) ? ok(raw) : fail(message);
  };
}

/** Any string. */
export const text: Check<string> = textThat(() => true, 'is not valid');

/** A string matching `pattern`. */
export const matching = (pattern: RegExp, message: string): Check<string> =>
  textThat((s) => pattern.test(s), message);

function isTextList(raw: unknown): raw is string[] {
  return Array.isArray(raw) && raw.every((s) => typeof s === 'string');
}

/** A list of strings, each passing `item` when given. */
export function list(item?: { pattern: RegExp; message: string }): Check<string[]> {
  return (raw) => {
    if (!isTextList(raw)) return fail('must be a list of text');
    if (item === undefined) return ok(raw);
    return raw.every((s) => item.pattern.test(s)) ? ok(raw) : fail(item.message);
  };
}

/** A list of strings read by `read` (`notList` when it is no list of strings). */
export function listOf<U>(
  read: (items: string[]) => Parsed<U>,
  notList = 'must be a list of text',
): Check<U> {
  return (raw) => (isTextList(raw) ? read(raw) : fail(notList));
}

/** A number written as text (surrounding blanks ignored) that passes `test`; the value is the number. */
export function number(message: string, test: (n: number) => boolean): Check<number> {
  return (raw) => {
    if (typeof raw !== 'string') return fail(message);
    const s = raw.trim();
    const n = Number(s);
    return s !== '' && Number.isFinite(n) && test(n) ? ok(n) : fail(message);
  };
}

export const flag: Check<boolean> = (raw) =>
  typeof raw === 'boolean' ? ok(raw) : fail('must be true or false');

/** One of `values`; the value keeps its literal type (`'local' | 'ssh' | 'docker'`). */
export function oneOf<const V extends string>(values: readonly V[]): Check<V> {
  const isOne = (raw: unknown): raw is V => typeof raw === 'string' && values.some((v) => v === raw);
  return (raw) => (isOne(raw) ? ok(raw) : fail(`must be one of: ${values.join(', ')}`));
}

/** A URL whose scheme is one of `schemes`. */
export function url(schemes: string[]): Check<string> {
  return textThat(
    (s) => {
      try {
        return schemes.includes(new URL(s).protocol.replace(':', ''));
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`,
  );
}
