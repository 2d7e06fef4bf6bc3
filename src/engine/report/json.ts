/** The run record as `--json FILE` writes it: pretty JSON, two-space indent, one trailing newline. */
import type { RunRecord } from '../types.js';

export function renderJson(record: RunRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
