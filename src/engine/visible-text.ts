/**
 * Text from outside (a stored series name, an imported record's field, what a script wrote) shown to a person.
 * Names with invisible format characters are refused on input, but a history from a cache, an import or an older
 * pyrun may still hold one: a right-to-left override (U+202E) makes `evil‮txt.py` read as `evilyp.txt`, a
 * zero-width space (U+200B) makes two different series look the same. Wherever such text is shown, each of these
 * characters is written as a visible escape (`\u202E`, `\u{E0001}`) instead, never raw.
 *
 * Escaped: every format character (Unicode category Cf: U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
 * U+2066–U+2069, U+FEFF, the tag characters…), the C0 and C1 control characters and DEL, and the line and
 * paragraph separators (U+2028, U+2029). Tab, line feed and carriage return are left to the caller (a code span
 * flattens them, a multi-line block keeps them). A backslash is not escaped: paths stay readable.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

function escapeOf(char: string): string {
  const code = char.codePointAt(0) as number;
  const hex = code.toString(16).toUpperCase();
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** `text` with every invisible or control character (see the header) written as a visible `\uXXXX` escape. */
export function showInvisible(text: string): string {
  return text.replace(HIDDEN, escapeOf);
}

/** Whether `text` holds a character showInvisible would escape. */
export function holdsInvisible(text: string): boolean {
  return new RegExp(HIDDEN.source, 'u').test(text);
}

/**
 * JSON text with every format character and line separator inside its strings written as a `\uXXXX` escape: the
 * same JSON value (any parser reads the escape back to the character), shown visibly to whoever reads the text.
 * JSON.stringify already escapes the C0 controls; outside strings JSON text holds no such character.
 */
export function visibleJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\p{Cf}]/gu, (char) => {
    const code = char.codePointAt(0) as number;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    // JSON has no \u{…}: an astral character is escaped as its UTF-16 surrogate pair.
    const high = 0xd800 + ((code - 0x10000) >> 10);
    const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
    return `\\u${high.toString(16)}\\u${low.toString(16)}`;
  });
}
