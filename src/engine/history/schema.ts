/**
 * The history schema and its migrations.
 *
 * The file's `PRAGMA user_version` is the number of migrations applied to it. A migration is frozen once
 * released: a change to the schema is a new entry at the end of MIGRATIONS, never an edit of an old one, so a
 * file written by any earlier pyrun is brought forward step by step. Each step runs in its own transaction
 * together with its `user_version` bump, so a failed step leaves the file at the previous version.
 *
 * Column names of metrics are the metric names exactly (docs/metrics.md); columns of metrics added after v4 come from the
 * metric table (engine/metric-table.ts `since_schema`), so a new metric is one row there. `samples.run`, `gates.run` and `alerts.run` refer to
 * `runs.id` (the row's integer key), not to the textual `run_id`, which keeps a million sample rows small.
 */
import type { Database } from 'sql.js';
import { METRIC_TABLE } from '../metrics.js';
import { errorMessage, scalar, transaction } from './sql.js';

export interface Migration {
  /** The `user_version` the file has once this migration ran. */
  version: number;
  description: string;
  up(db: Database): void;
}

const V1_SCHEMA = `
CREATE TABLE runs (
  id              INTEGER PRIMARY KEY,
  run_id          TEXT    NOT NULL UNIQUE,
  name            TEXT    NOT NULL,
  started_at      TEXT    NOT NULL,
  status          TEXT    NOT NULL,
  exit_code       INTEGER,
  signal          TEXT,
  duration_s      REAL    NOT NULL,
  cpu_time_s      REAL    NOT NULL,
  cpu_percent_avg REAL    NOT NULL,
  cpu_percent_max REAL    NOT NULL,
  peak_rss_mb     REAL    NOT NULL,
  peak_rss_bytes  INTEGER NOT NULL,
  max_threads     INTEGER NOT NULL,
  max_processes   INTEGER NOT NULL,
  read_mb         REAL    NOT NULL,
  read_bytes      INTEGER NOT NULL,
  write_mb        REAL    NOT NULL,
  write_bytes     INTEGER NOT NULL,
  os              TEXT    NOT NULL,
  arch            TEXT    NOT NULL,
  python_version  TEXT    NOT NULL,
  executor        TEXT    NOT NULL,
  git_ref         TEXT,
  git_sha         TEXT,
  is_pull_request INTEGER NOT NULL DEFAULT 0,
  interval_s      REAL    NOT NULL,
  script          TEXT    NOT NULL,
  pyrun_version   TEXT    NOT NULL,
  samples         INTEGER NOT NULL,
  baseline        TEXT    NOT NULL DEFAULT '{}',
  verdicts        TEXT    NOT NULL DEFAULT '{}',
  attempts        TEXT    NOT NULL DEFAULT '[]',
  repeats         TEXT
);
CREATE TABLE samples (
  run         INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  elapsed_s   REAL    NOT NULL,
  cpu_percent REAL    NOT NULL,
  rss_mb      REAL    NOT NULL,
  threads     INTEGER NOT NULL,
  processes   INTEGER NOT NULL,
  read_mb     REAL    NOT NULL,
  write_mb    REAL    NOT NULL,
  open_fds    INTEGER,
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE gates (
  run     INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  expr    TEXT    NOT NULL,
  passed  INTEGER NOT NULL,
  status  TEXT    NOT NULL,
  actual  REAL,
  "limit" REAL,
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
CREATE TABLE alerts (
  run      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  rule     TEXT    NOT NULL,
  at_s     REAL    NOT NULL,
  value    REAL,
  channels TEXT    NOT NULL DEFAULT '[]',
  PRIMARY KEY (run, seq)
) WITHOUT ROWID;
`;

const V2_INDEXES = `
CREATE INDEX runs_by_series ON runs (name, started_ms);
CREATE INDEX runs_by_fingerprint ON runs (name, os, arch, python_version, executor, status, started_ms);
`;

/** Milliseconds since the epoch of an ISO 8601 time, or null when it cannot be parsed. */
export function startedMs(started_at: string): number | null {
  const ms = Date.parse(started_at);
  return Number.isFinite(ms) ? ms : null;
}

/** The migrations written by hand; the metric table's later columns follow them (metricColumnMigrations). */
const HAND_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'runs, samples, gates and alerts tables',
    up: (db) => {
      db.exec(V1_SCHEMA);
    },
  },
  {
    version: 2,
    description:
      'runs.started_ms (start time as a number, so runs recorded with different UTC offsets order correctly) ' +
      'and indexes for listing a series and for the baseline query',
    up: (db) => {
      db.exec('ALTER TABLE runs ADD COLUMN started_ms INTEGER');
      const rows = db.exec('SELECT id, started_at FROM runs')[0]?.values ?? [];
      const update = db.prepare('UPDATE runs SET started_ms = ? WHERE id = ?');
      try {
        for (const [id, started_at] of rows) update.run([startedMs(String(started_at)), id as number]);
      } finally {
        update.free();
      }
      db.exec(V2_INDEXES);
    },
  },
  {
    version: 3,
    description:
      'runs.profile and runs.profile_diff (JSON): where a `--profile` run spent its time, and which ' +
      "functions' time grew against the baseline's profile",
    up: (db) => {
      db.exec('ALTER TABLE runs ADD COLUMN profile TEXT');
      db.exec('ALTER TABLE runs ADD COLUMN profile_diff TEXT');
    },
  },
  {
    version: 4,
    description: 'runs.host: the SSH host or Docker image a remote run ran on (null for a local run)',
    up: (db) => {
      db.exec('ALTER TABLE runs ADD COLUMN host TEXT');
    },
  },
];

/**
 * One migration per schema version that the metric table introduces columns in (`since_schema` beyond the
 * hand-written migrations): each adds those metrics' columns (and exact-bytes columns) to `runs` or `samples`,
 * nullable, so runs recorded before read them as null. v5: the six rusage metrics.
 */
export function metricColumnMigrations(after: number): Migration[] {
  const versions = [...new Set(METRIC_TABLE.map((r) => r.since_schema as number))]
    .filter((v) => v > after)
    .sort((a, b) => a - b);
  return versions.map((version) => {
    const rows = METRIC_TABLE.filter((r) => r.since_schema === version);
    const columns = rows.flatMap((row) => {
      const table = row.kind === 'run' ? 'runs' : 'samples';
      const own = { table, column: row.name, type: row.sql_type as string };
      return 'bytes_field' in row
        ? [own, { table, column: row.bytes_field as string, type: 'INTEGER' }]
        : [own];
    });
    return {
      version,
      description: `metric columns ${columns.map((c) => `${c.table}.${c.column}`).join(', ')} (null for earlier runs)`,
      up: (db: Database) => {
        for (const c of columns) db.exec(`ALTER TABLE ${c.table} ADD COLUMN ${c.column} ${c.type}`);
      },
    };
  });
}

export const MIGRATIONS: readonly Migration[] = [
  ...HAND_MIGRATIONS,
  ...metricColumnMigrations(HAND_MIGRATIONS.length),
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return Number(scalar(db, 'PRAGMA user_version') ?? 0);
}

/**
 * Applies the migrations the file has not had yet, up to `target` (default: the latest).
 * Returns the versions before and after. A file newer than `target` is left untouched.
 */
export function migrate(db: Database, target: number = LATEST_SCHEMA_VERSION): { from: number; to: number } {
  const from = schemaVersion(db);
  let current = from;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    try {
      transaction(db, () => {
        migration.up(db);
        db.exec(`PRAGMA user_version = ${migration.version}`);
      });
    } catch (error) {
      throw new Error(
        `history migration to v${migration.version} (${migration.description}) failed: ${errorMessage(error)}`,
        { cause: error },
      );
    }
    current = migration.version;
  }
  return { from, to: current };
}
