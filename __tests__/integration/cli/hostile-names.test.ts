/**
 * The fork recipe of docs/action.md runs `history import` and `report` in a workflow on records a fork wrote. Through the
 * built CLI, a record whose name and ref carry newlines and workflow commands must print no line the runner would
 * act on (stdout and stderr alike), and its markdown keeps them in code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { openHistory } from '../../../src/engine/index.js';
import { pyrun, tempDir } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';

const NAME = 'etl\n::add-mask::hunter2\n::error title=forged::pwned\n##[add-mask]v1secret';

function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

describe('hostile names through the reading commands', () => {
  it('import, history, compare, trend and report print no workflow command', async () => {
    const dir = tempDir('pyrun-hostile-');
    const db = path.join(dir, 'h.sqlite');
    const file = path.join(dir, 'runs.jsonl');
    const runs = [0, 1, 2].map((i) =>
      makeRecord({
        name: NAME,
        git_ref: `main\n::add-mask::ref${i}`,
        started_at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        repeats: undefined,
      }),
    );
    writeFileSync(file, runs.map((r) => JSON.stringify(r)).join('\n'));
    // A fork's records are refused at import (line breaks in names and refs), naming the field…
    const refused = await pyrun(['history', 'import', '--db', db, file], { record: false });
    expect(refused.stderr).toMatch(/line 1: name: must not contain control characters or line breaks/);
    expect(commandLines(refused.stderr)).toEqual([]);
    // …and runs recorded here under such a name (a `--name` from a fork's branch) print no command either.
    const history = await openHistory(db, { mode: 'merge' });
    for (const run of runs) await history.commit(run);
    history.close();
    const summary = path.join(dir, 'report.md');
    const results = [
      await pyrun(['history', '--db', db], { record: false }),
      await pyrun(['compare', '--db', db, '--name', NAME], { record: false }),
      await pyrun(['trend', '--db', db, '--name', NAME], { record: false }),
      await pyrun(['report', '--db', db, '--all', '--summary', summary], { record: false }),
    ];
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    for (const r of results) {
      expect(commandLines(r.stdout)).toEqual([]);
      expect(commandLines(r.stderr)).toEqual([]);
    }
    // The names are still shown (a table row, the trend's heading).
    expect(results[0]?.stdout).toContain('::add-mask::hunter2');
    const md = readFileSync(summary, 'utf8');
    expect(commandLines(md).filter((l) => !l.includes('`'))).toEqual([]);
  });
});
