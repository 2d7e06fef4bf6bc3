/**
 * The checks behind the option table (./schema.ts): each turns one raw value (a flag's text, an input's lines, a
 * config file's value after ./file-values.ts) into its typed value, or says in a few words why it is not valid.
 *
 * Hand-written rather than zod: these are a dozen string and number tests, and loading zod's classic build and
 * building the table's schemas would add to the start-up of every `pyrun run`, before the script starts
 * (docs/costs.md).
 * zod still validates what is worth a schema: imported run records (engine/history/validate.ts).
 */
export type Parsed = { success: true; data: unknown } | { success: false; message: string };
export type Check = (raw: unknown) => Parsed;

const ok = (data: unknown): Parsed => ({ success: true, data });
const fail = (message: string): Parsed => ({ success: false, message });

/** A string that passes `test` (else `message`). */
export function textThat(test: (s: string) => boolean, message: string): Check {
  return (raw) => {
    if (typeof raw !== 'string') return fail('must be text');
    return test(raw) ? ok(raw) : fail(message);
  };
}

/** Any string. */
export const text: Check = textThat(() => true, 'is not valid');

/** A string matching `pattern`. */
export const matching = (pattern: RegExp, message: string): Check =>
  textThat((s) => pattern.test(s), message);

/** A list of strings, each passing `item` when given. */
export function list(item?: { pattern: RegExp; message: string }): Check {
  return (raw) => {
    if (!Array.isArray(raw) || raw.some((s) => typeof s !== 'string')) return fail('must be a list of text');
    const bad = item === undefined ? undefined : raw.find((s: string) => !item.pattern.test(s));
    return bad === undefined ? ok(raw) : fail(item!.message);
  };
}

/** A number written as text (surrounding blanks ignored) that passes `test`; the value is the number. */
export function number(message: string, test: (n: number) => boolean): Check {
  return (raw) => {
    if (typeof raw !== 'string') return fail(message);
    const s = raw.trim();
    const n = Number(s);
    return s !== '' && Number.isFinite(n) && test(n) ? ok(n) : fail(message);
  };
}

export const flag: Check = (raw) => (typeof raw === 'boolean' ? ok(raw) : fail('must be true or false'));

export function oneOf(values: readonly string[]): Check {
  return (raw) =>
    typeof raw === 'string' && values.includes(raw) ? ok(raw) : fail(`must be one of: ${values.join(', ')}`);
}

/** A URL whose scheme is one of `schemes`. */
export function url(schemes: string[]): Check {
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
