/**
 * The script pyrun measures can write the CLI's history file (same user, same folder). A script that deletes a
 * real run and adds a forged one during its run: the merge keeps no forged run and loses no real one; the file as
 * the script left it is moved aside, with a warning. Real Python (its sqlite3 module), real files.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { pyrun } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs, rawDatabase } from '../history/helpers.js';

const temp = makeTempDirs('forged');
afterAll(() => temp.cleanup());

const FORGER = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DELETE FROM runs WHERE run_id = ?", (sys.argv[2],))
db.execute("UPDATE runs SET duration_s = 0.001 WHERE run_id = ?", (sys.argv[3],))
row = db.execute("SELECT * FROM runs LIMIT 1").fetchone()
cols = [c[1] for c in db.execute("PRAGMA table_info(runs)")]
forged = dict(zip(cols, row))
forged.pop("id")
forged["run_id"] = "forged-run"
db.execute("INSERT INTO runs (%s) VALUES (%s)" % (",".join(forged), ",".join("?" * len(forged))), list(forged.values()))
db.commit()
`;

async function runIds(path: string): Promise<string[]> {
  const db = await rawDatabase(readFileSync(path));
  try {
    return (db.exec('SELECT run_id FROM runs ORDER BY run_id')[0]?.values ?? []).map((r) => String(r[0]));
  } finally {
    db.close();
  }
}

describe('a script that rewrites the --db during its run', () => {
  it('keeps every real run and no forged one; the rewritten file is moved aside, with a warning', async () => {
    const dir = temp.next();
    const db = join(dir, 'h.sqlite');
    const store = await HistoryStore.open(db);
    const real = [0, 1, 2].map(() => makeRecord({ name: 'etl', repeats: undefined }));
    for (const r of real) store.insert(r);
    await store.save();
    store.close();
    const script = join(dir, 'forger.py');
    writeFileSync(script, FORGER);
    const result = await pyrun(
      ['run', '--db', db, '--name', 'etl', script, db, real[1]!.run_id, real[2]!.run_id],
      { record: false, deadline_ms: 60_000 },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /changed during the run in a way no pyrun writer changes a history: 1 run\(s\) removed, 1 run\(s\) rewritten/,
    );
    const ids = await runIds(db);
    expect(ids).not.toContain('forged-run');
    for (const r of real) expect(ids).toContain(r.run_id);
    expect(ids).toHaveLength(4);
    const aside = readdirSync(dir).filter((f) => f.startsWith('h.sqlite.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await runIds(join(dir, aside[0]!))).toContain('forged-run');
  });
});
