/**
 * Size budgets for text reports. Sizes are UTF-8 bytes, never less than the character count, so a budget
 * holds whichever way a service counts.
 */

/** Size as UTF-8 bytes. */
export function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cut `text` to at most `max_bytes` UTF-8 bytes without splitting a character. */
export function truncateToBytes(text: string, max_bytes: number): string {
  if (byteSize(text) <= max_bytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > max_bytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** `text` if it fits, else cut with a closing note that says so (the last resort of every budget). */
export function cutToFit(text: string, max_bytes: number, hint: string): string {
  if (byteSize(text) <= max_bytes) return text;
  const note = `\n\n… report cut to fit ${max_bytes} characters (${hint})\n\n`;
  if (byteSize(note) >= max_bytes) return truncateToBytes(note.trim(), max_bytes);
  return truncateToBytes(text, max_bytes - byteSize(note)) + note;
}

/**
 * Rows that fit in `budget_bytes`, given the head lines shown above them and the note shown when rows are
 * left out. Returns the block's lines (head, kept rows, note) and the bytes they take.
 */
export function fitRows(
  head: string[],
  rows: string[],
  budget_bytes: number,
  note: (hidden: number) => string,
): { lines: string[]; bytes: number } {
  const joined = (lines: string[]): number => byteSize(lines.join('\n')) + 2; // + the blank line after
  const all = [...head, ...rows];
  const allBytes = joined(all);
  if (allBytes <= budget_bytes) return { lines: all, bytes: allBytes };
  // The note for the worst case (every row hidden) is the longest one; reserve room for it.
  const noteReserve = byteSize(note(rows.length)) + 2;
  let used = byteSize(head.join('\n')) + 2 + noteReserve;
  if (used > budget_bytes) {
    // No room for even one row: the note alone still says what is missing, if it fits.
    const alone = [note(rows.length)];
    return joined(alone) <= budget_bytes ? { lines: alone, bytes: joined(alone) } : { lines: [], bytes: 0 };
  }
  const kept: string[] = [];
  for (const row of rows) {
    const size = byteSize(row) + 1;
    if (used + size > budget_bytes) break;
    kept.push(row);
    used += size;
  }
  const hidden = note(rows.length - kept.length);
  // A head that ends in a blank line (a heading) takes the note right after it when no row fits.
  const lines = kept.length === 0 && head.at(-1) === '' ? [...head, hidden] : [...head, ...kept, '', hidden];
  return { lines, bytes: joined(lines) };
}
