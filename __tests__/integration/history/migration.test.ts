import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'sql.js';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersion,
} from '../../../src/engine/history/schema.js';
import { loadSqlJs } from '../../../src/engine/history/sqljs.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { makeTempDirs, rawDatabase } from './helpers.js';

const temp = makeTempDirs('history-migration');
afterAll(() => temp.cleanup());

/** A run as schema v1 stored it, written with plain SQL (not through today's store code). */
function insertV1Run(db: Database, run_id: string, started_at: string): void {
  db.run(
    `INSERT INTO runs (run_id, name, started_at, status, exit_code, signal, duration_s, cpu_time_s, cpu_percent_avg,
       cpu_percent_max, peak_rss_mb, peak_rss_bytes, max_threads, max_processes, read_mb, read_bytes, write_mb,
       write_bytes, os, arch, python_version, executor, git_ref, git_sha, is_pull_request, interval_s, script,
       pyrun_version, samples, baseline, verdicts, attempts, repeats)
     VALUES (?, 'legacy.py', ?, 'passed', 0, NULL, 2.5, 2.25, 90, 101, 64, 67108864, 3, 1, 1, 1048576, 0.5, 524288,
       'linux', 'x64', '3.11.4', 'local', 'refs/heads/main', 'abc', 0, 0.5, 'legacy.py', '0.0.9', 2,
       '{"duration_s":{"value":2.4,"spread":0.1,"runs":5}}', '{}', '[]', NULL)`,
    [run_id, started_at],
  );
  const id = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0]);
  db.run(
    'INSERT INTO samples VALUES (?, 0, 0.5, 80, 60, 3, 1, 0.5, 0.25, 9), (?, 1, 1.0, 101, 64, 3, 1, 1, 0.5, NULL)',
    [id, id],
  );
  db.run(`INSERT INTO gates VALUES (?, 0, 'peak_rss_mb < 100', 1, 'passed', 64, 100)`, [id]);
  db.run(`INSERT INTO alerts VALUES (?, 0, 'cpu_percent > 95', 1.0, 101, '["webhook"]')`, [id]);
}

async function fileAtVersion(version: number, withRuns: boolean): Promise<string> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  expect(migrate(db, version)).toEqual({ from: 0, to: version });
  expect(schemaVersion(db)).toBe(version);
  if (withRuns) {
    // Lexically 10:00+02:00 sorts after 09:00Z, but it is earlier: v2's started_ms must order them right.
    insertV1Run(db, 'early', '2025-02-01T10:00:00+02:00');
    insertV1Run(db, 'late', '2025-02-01T09:00:00Z');
  }
  const path = join(temp.next(), 'history.sqlite');
  writeFileSync(path, db.export());
  db.close();
  return path;
}

describe('history migrations', () => {
  it('are numbered 1..N in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(8);
  });

  it('bring a v1 file to the latest version with its data preserved', async () => {
    const path = await fileAtVersion(1, true);
    const store = await HistoryStore.open(path);
    expect(store.warnings).toEqual([]);
    expect(store.listRuns().map((r) => r.run_id)).toEqual(['late', 'early']);
    const run = store.getRun('early');
    expect(run).toMatchObject({
      name: 'legacy.py',
      started_at: '2025-02-01T10:00:00+02:00',
      peak_rss_mb: 64,
      peak_rss_bytes: 67108864,
      // Metrics added after the run was stored (v5: rusage) read null.
      cpu_user_s: null,
      minor_faults: null,
      involuntary_ctx_switches: null,
      python_version: '3.11.4',
      is_pull_request: false,
      baseline: { duration_s: { value: 2.4, spread: 0.1, runs: 5 } },
      gates: [{ expr: 'peak_rss_mb < 100', passed: true, status: 'passed', actual: 64, limit: 100 }],
      alerts: [{ rule: 'cpu_percent > 95', at_s: 1, value: 101, channels: ['webhook'] }],
    });
    expect(run).not.toHaveProperty('repeats');
    expect(run?.series).toEqual([
      {
        elapsed_s: 0.5,
        cpu_percent: 80,
        rss_mb: 60,
        threads: 3,
        processes: 1,
        read_mb: 0.5,
        write_mb: 0.25,
        open_fds: 9,
      },
      {
        elapsed_s: 1,
        cpu_percent: 101,
        rss_mb: 64,
        threads: 3,
        processes: 1,
        read_mb: 1,
        write_mb: 0.5,
        open_fds: null,
      },
    ]);
    const baseline = store.baselineRuns({
      name: 'legacy.py',
      fingerprint: { os: 'linux', arch: 'x64', python_version: '3.11.4', executor: 'local' },
    });
    expect(baseline.map((r) => r.run_id)).toEqual(['late', 'early']);
    await store.save();
    store.close();

    const raw = await rawDatabase(readFileSync(path));
    expect(schemaVersion(raw)).toBe(LATEST_SCHEMA_VERSION);
    const indexes = raw.exec(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'runs_by_%' ORDER BY name",
    );
    expect(indexes[0]?.values.flat()).toEqual(['runs_by_fingerprint', 'runs_by_series']);
    const started = raw.exec('SELECT run_id, started_ms FROM runs ORDER BY run_id')[0]?.values;
    expect(started).toEqual([
      ['early', Date.UTC(2025, 1, 1, 8)],
      ['late', Date.UTC(2025, 1, 1, 9)],
    ]);
    raw.close();
  });

  it.each(Array.from({ length: LATEST_SCHEMA_VERSION }, (_, v) => v))(
    'bring a file at v%i to the latest version',
    async (version) => {
      const path = await fileAtVersion(version, version >= 1);
      const store = await HistoryStore.open(path);
      expect(store.warnings).toEqual([]);
      expect(store.countRuns()).toBe(version >= 1 ? 2 : 0);
      await store.save();
      store.close();
      const raw = await rawDatabase(readFileSync(path));
      expect(schemaVersion(raw)).toBe(LATEST_SCHEMA_VERSION);
      raw.close();
    },
  );

  it('leave the file at the previous version when a step fails', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(db, 1);
    db.exec('CREATE INDEX runs_by_series ON runs (name)'); // collides with what v2 creates
    expect(() => migrate(db)).toThrow(/history migration to v2 .* failed/);
    expect(schemaVersion(db)).toBe(1);
    expect(
      db.exec("SELECT COUNT(*) FROM pragma_table_info('runs') WHERE name = 'started_ms'")[0]?.values[0]?.[0],
    ).toBe(0);
    db.close();
  });
});
