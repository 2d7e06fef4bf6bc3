/**
 * docs/history-schema.md against the real thing: a history file written by a real run, read by the sqlite3 command
 * line. Every table and column the page lists (name and type, in order) is what the file holds, and every query on
 * the page runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from '@jest/globals';
import { sqlite3, sqliteMissing } from '../../helpers/consumers.js';
import { describeWith } from '../../helpers/needs.js';
import { FIXTURES, pyrun, ROOT, tempDir } from '../../helpers/pyrun.js';

const doc = readFileSync(path.join(ROOT, 'docs/history-schema.md'), 'utf8');

/** `## \`runs\`: …` sections → their table's [column, type] rows. */
function documentedTables(): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  for (const section of doc.split(/\n## /).slice(1)) {
    const table = /^`([a-z_]+)`/.exec(section)?.[1];
    if (!table) continue;
    const rows = [...section.matchAll(/^\| `([a-z_]+)`\s*\| ([A-Z]+)\s*\|/gm)].map((m) => `${m[1]} ${m[2]}`);
    tables.set(table, rows);
  }
  return tables;
}

describeWith(sqliteMissing())('docs/history-schema.md', () => {
  let db: string;
  beforeAll(async () => {
    db = path.join(tempDir(), 'history.sqlite');
    const r = await pyrun(
      ['run', '--db', db, '--gate', 'duration_s < 60', path.join(FIXTURES, 'nap.py'), '0.01'],
      {
        record: false,
        deadline_ms: 60_000,
      },
    );
    expect(r.code).toBe(0);
  }, 90_000);

  it('lists every table and column, with its type, as the file holds them', () => {
    const real = sqlite3(
      db,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
      .trim()
      .split('\n');
    const documented = documentedTables();
    expect([...documented.keys()].sort()).toEqual([...real].sort());
    for (const table of real) {
      const columns = sqlite3(db, `SELECT name || ' ' || type FROM pragma_table_info('${table}')`)
        .trim()
        .split('\n');
      expect([table, documented.get(table)]).toEqual([table, columns]);
    }
  });

  it('runs every query on the page', () => {
    const queries = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(3);
    for (const query of queries) expect(() => sqlite3(db, query, ['-readonly'])).not.toThrow();
    expect(sqlite3(db, queries[0]!, ['-readonly'])).toMatch(/nap\.py\|[^|]+\|passed\|/);
  });
});
