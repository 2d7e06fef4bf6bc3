/**
 * The metric table's columns in a real history file: a v4 file (before the rusage metrics) opens, its runs read
 * the new metrics as null, and new runs store and read them back exactly; JSONL records written before the
 * metrics existed import with nulls.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_METRIC_FIELDS, RUN_ROWS } from '../../../src/engine/metrics.js';
import { MIGRATIONS, migrate, schemaVersion } from '../../../src/engine/history/schema.js';
import { RUN_COLUMNS } from '../../../src/engine/history/rows.js';
import { loadSqlJs } from '../../../src/engine/history/sqljs.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs, rawDatabase } from './helpers.js';

const temp = makeTempDirs('history-metric-columns');
afterAll(() => temp.cleanup());

const RUSAGE = [
  'cpu_user_s',
  'cpu_system_s',
  'minor_faults',
  'major_faults',
  'voluntary_ctx_switches',
  'involuntary_ctx_switches',
] as const;

/** A v4 file holding one run stored by today's writer minus the columns v4 did not have. */
async function v4FileWithOneRun(): Promise<{ path: string; run_id: string }> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  migrate(db, 4);
  const record = makeRecord();
  // v4 had neither the rusage counters (v5), the instruction count (v6), the neighbours' cores (v7) nor the
  // calibration loop's time (v8).
  const v4Columns = RUN_COLUMNS.filter(
    (c) =>
      !([...RUSAGE, 'instructions', 'neighbour_cores', 'calibration_ms'] as readonly string[]).includes(c),
  );
  const values = v4Columns.map((c) => {
    const v = (record as unknown as Record<string, unknown>)[c];
    if (c === 'started_ms') return Date.parse(record.started_at);
    if (c === 'is_pull_request') return 0;
    if (typeof v === 'object' && v !== null) return JSON.stringify(v);
    return (v ?? null) as string | number | null;
  });
  db.run(
    `INSERT INTO runs (${v4Columns.join(', ')}) VALUES (${v4Columns.map(() => '?').join(', ')})`,
    values,
  );
  const path = join(temp.next(), 'history.sqlite');
  writeFileSync(path, db.export());
  db.close();
  return { path, run_id: record.run_id };
}

describe('metric columns of the history', () => {
  it('derive one migration (v5) that adds the six rusage columns to runs', () => {
    const v5 = MIGRATIONS.find((m) => m.version === 5);
    expect(v5?.description).toBe(
      'metric columns runs.cpu_user_s, runs.cpu_system_s, runs.minor_faults, runs.major_faults, ' +
        'runs.voluntary_ctx_switches, runs.involuntary_ctx_switches (null for earlier runs)',
    );
  });

  it('open a v4 file: old runs read the new metrics as null, new runs keep them exactly', async () => {
    const { path, run_id } = await v4FileWithOneRun();
    const store = await HistoryStore.open(path);
    expect(store.warnings).toEqual([]);
    const old = store.getRun(run_id);
    expect(old).not.toBeNull();
    for (const metric of RUSAGE) expect(old![metric]).toBeNull();
    expect(old!.neighbour_cores).toBeNull();
    expect(old!.calibration_ms).toBeNull();
    expect(old!.duration_s).toBe(10.25);

    const fresh = makeRecord({ minor_faults: 123456, voluntary_ctx_switches: 0, cpu_system_s: 0.125 });
    expect(store.insert(fresh)).toBe(true);
    await store.save();
    store.close();

    const raw = await rawDatabase(readFileSync(path));
    expect(schemaVersion(raw)).toBe(8);
    const columns = raw.exec('PRAGMA table_info(runs)')[0]!.values.map((row) => row[1]);
    for (const field of RUN_METRIC_FIELDS) expect(columns).toContain(field);
    const stored = raw.exec(`SELECT ${RUSAGE.join(', ')} FROM runs WHERE run_id = '${fresh.run_id}'`)[0]!
      .values[0];
    expect(stored).toEqual([6.5, 0.125, 123456, 2, 0, 90]);
    raw.close();

    const again = await HistoryStore.open(path);
    const back = again.getRun(fresh.run_id)!;
    for (const row of RUN_ROWS) expect(back[row.name]).toBe(fresh[row.name]);
    again.close();
  });

  it('import a JSONL record written before the rusage metrics: they read null, not 0', async () => {
    const store = await HistoryStore.openInMemory();
    const record: Record<string, unknown> = { ...makeRecord() };
    for (const metric of RUSAGE) delete record[metric];
    const result = await store.importJsonl(`${JSON.stringify(record)}\n`);
    expect(result).toMatchObject({ imported: 1 });
    const back = store.getRun(record.run_id as string)!;
    for (const metric of RUSAGE) expect(back[metric]).toBeNull();
    store.close();
  });

  it('refuse an imported record whose rusage metric is not a number', async () => {
    const store = await HistoryStore.openInMemory();
    const record = { ...makeRecord(), minor_faults: 'many' };
    const result = await store.importJsonl(`${JSON.stringify(record)}\n`);
    expect(result).toMatchObject({ imported: 0 });
    expect(JSON.stringify(result)).toContain('minor_faults');
    store.close();
  });
});
