/** Aligned plain-text tables for the terminal (numbers right-aligned, text left-aligned). */
import { neutralizeWorkflowCommands, showInvisible } from '../engine/index.js';

/**
 * A line of pyrun's own output from outside text (names from a history): inert as a workflow command, and
 * invisible format characters (U+202E…) and controls shown as `\u202E` escapes, never raw.
 */
export function shown(text: string): string {
  return showInvisible(neutralizeWorkflowCommands(text));
}

export function formatTable(headers: string[], rows: (string | number | null)[][]): string {
  // Cells are often names from a history (imported, foreign): one line each, and no workflow command.
  const cells = rows.map((r) =>
    r.map((c) => (c === null ? '–' : showInvisible(String(c).replace(/[\r\n]+/g, ' ')))),
  );
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return shown([line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n')) + '\n';
}

/** A number with a fixed count of decimals, or null kept as null for the table. */
export function fixed(n: number | null | undefined, digits: number): number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(digits));
}
