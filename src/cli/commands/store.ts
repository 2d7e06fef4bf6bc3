/** Opening the history for the reading commands: a missing file is a clear error, not an empty answer. */
import { HistoryStore, PyrunError, visibleJson } from '../../engine/index.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { shown } from '../table.js';

export async function openExistingHistory(db: string, ctx: CliContext): Promise<HistoryStore> {
  const file = path.resolve(ctx.cwd, db);
  if (!existsSync(file)) {
    throw new PyrunError(
      `no history at ${db}: run \`pyrun run SCRIPT\` first, or point --db at a history file`,
    );
  }
  const store = await HistoryStore.open(file, { read_only: true });
  for (const w of store.warnings) ctx.stderr.write(`${shown(`pyrun: warning: ${w}`)}\n`);
  return store;
}

/** The series to read: --name, or the only series there is. */
export function chooseSeries(store: HistoryStore, name: string | undefined): string {
  const names = store.seriesNames();
  if (name !== undefined) {
    if (!names.includes(name)) {
      throw new PyrunError(
        `no runs named '${name}' in the history; series there: ${names.join(', ') || '(none)'}`,
      );
    }
    return name;
  }
  if (names.length === 1) return names[0] as string;
  throw new PyrunError(`--name is required: the history holds ${names.length} series (${names.join(', ')})`);
}

export function writeJson(ctx: CliContext, value: unknown): void {
  // Format characters in strings as `\u` escapes: the same JSON value, visible to whoever reads it.
  ctx.stdout.write(`${visibleJson(JSON.stringify(value, null, 2))}\n`);
}
