import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from '../../../src/engine/history/schema.js';
import { loadSqlJs } from '../../../src/engine/history/sqljs.js';
import { HistoryError, HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs } from './helpers.js';

const temp = makeTempDirs('history-import');
afterAll(() => temp.cleanup());

describe('importJsonl', () => {
  it('imports run records, skips ones already present, and lists lines it refuses', async () => {
    const store = await HistoryStore.openInMemory();
    const present = makeRecord();
    store.insert(present);
    const a = makeRecord({ name: 'a.py' });
    const b = makeRecord({ name: 'b.py', status: 'failed', exit_code: 3 });
    const text = [
      JSON.stringify(a),
      '',
      JSON.stringify(present),
      '{"run_id": "broken"',
      JSON.stringify({ ...makeRecord(), status: 'fine' }),
      JSON.stringify(b),
      JSON.stringify(a), // the same run twice in one file
      '',
    ].join('\n');

    const result = await store.importJsonl(text);
    expect(result.imported).toBe(2);
    expect(result.skipped).toBe(2);
    expect(result.invalid).toEqual([
      expect.stringMatching(/^line 4: not JSON/),
      expect.stringMatching(/^line 5: status: /),
    ]);
    expect(store.getRun(a.run_id)).toEqual(a);
    expect(store.getRun(b.run_id)).toEqual(b);
    expect(store.countRuns()).toBe(3);

    // Importing the same file again changes nothing.
    expect(await store.importJsonl(text)).toEqual({ imported: 0, skipped: 4, invalid: result.invalid });
    expect(store.countRuns()).toBe(3);
    store.close();
  });

  it('accepts Windows line endings', async () => {
    const store = await HistoryStore.openInMemory();
    const text = [makeRecord(), makeRecord()].map((r) => JSON.stringify(r)).join('\r\n');
    expect(await store.importJsonl(text)).toEqual({ imported: 2, skipped: 0, invalid: [] });
    store.close();
  });
});

describe('importDatabase', () => {
  it('merges another history file, skipping runs already present, idempotently', async () => {
    const otherPath = join(temp.next(), 'other.sqlite');
    const shared = makeRecord();
    const onlyThere = [makeRecord({ name: 'x.py' }), makeRecord({ name: 'y.py', is_pull_request: true })];
    const other = await HistoryStore.open(otherPath);
    for (const r of [shared, ...onlyThere]) other.insert(r);
    await other.save();
    other.close();

    const store = await HistoryStore.open(join(temp.next(), 'history.sqlite'));
    store.insert(shared);
    const onlyHere = makeRecord();
    store.insert(onlyHere);
    expect(await store.importDatabase(otherPath)).toEqual({ imported: 2, skipped: 1, invalid: [] });
    for (const r of [shared, onlyHere, ...onlyThere]) expect(store.getRun(r.run_id)).toEqual(r);
    expect(await store.importDatabase(otherPath)).toEqual({ imported: 0, skipped: 3, invalid: [] });
    expect(store.countRuns()).toBe(4);
    store.close();
  });

  it('imports a file at an older schema version', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(db, 1);
    db.run(
      `INSERT INTO runs (run_id, name, started_at, status, exit_code, signal, duration_s, cpu_time_s,
         cpu_percent_avg, cpu_percent_max, peak_rss_mb, peak_rss_bytes, max_threads, max_processes, read_mb,
         read_bytes, write_mb, write_bytes, os, arch, python_version, executor, git_ref, git_sha, interval_s,
         script, pyrun_version, samples)
       VALUES ('old-run', 'old.py', '2024-12-31T23:59:59Z', 'passed', 0, NULL, 1, 1, 50, 60, 10, 10485760, 1, 1,
         0, 0, 0, 0, 'linux', 'x64', '3.10.0', 'local', NULL, NULL, 1, 'old.py', '0.0.1', 0)`,
    );
    const otherPath = join(temp.next(), 'v1.sqlite');
    writeFileSync(otherPath, db.export());
    db.close();

    const store = await HistoryStore.openInMemory();
    expect(await store.importDatabase(otherPath)).toEqual({ imported: 1, skipped: 0, invalid: [] });
    expect(store.getRun('old-run')).toMatchObject({ name: 'old.py', peak_rss_mb: 10, series: [], gates: [] });
    store.close();
  });

  it('refuses a missing or damaged file without changing anything', async () => {
    const store = await HistoryStore.openInMemory();
    store.insert(makeRecord());
    const dir = temp.next();
    await expect(store.importDatabase(join(dir, 'missing.sqlite'))).rejects.toThrow(
      new HistoryError(`cannot import ${join(dir, 'missing.sqlite')}: no such file`),
    );
    const damaged = join(dir, 'damaged.sqlite');
    writeFileSync(damaged, 'this is not SQLite at all, but it is long enough to have a header. '.repeat(3));
    await expect(store.importDatabase(damaged)).rejects.toThrow(
      /not a usable history file \(not a SQLite database/,
    );
    expect(store.countRuns()).toBe(1);
    store.close();
  });
});
