/** The run record as `--json FILE` writes it: pretty JSON, two-space indent, one trailing newline. */
import type { RunRecord } from '../types.js';
import { visibleJson } from '../visible-text.js';

/** Format characters in strings are written as `\u` escapes: the same JSON value, visible to a reader. */
export function renderJson(record: RunRecord): string {
  return `${visibleJson(JSON.stringify(record, null, 2))}\n`;
}
