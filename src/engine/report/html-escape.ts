import { showInvisible } from '../visible-text.js';

/**
 * Text for HTML element content and quoted attribute values: the five characters that matter, escaped, and
 * invisible format characters (U+202E…) and controls shown as `\u202E` escapes (visible-text.ts).
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return showInvisible(text).replace(/[&<>"']/g, (char) => ENTITIES[char] as string);
}

/** A table with escaped headers around rows already rendered as `<tr>` elements. */
export function table(headers: string[], rows: string[], cls: string): string {
  return [
    `<table class="${cls}">`,
    `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
  ].join('\n');
}
