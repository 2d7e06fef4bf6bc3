/**
 * Run records to rows and back. One RunRecord is one `runs` row plus its `samples`, `gates` and `alerts` rows;
 * `baseline`, `verdicts`, `attempts`, `repeats`, `profile` and `profile_diff` are JSON text columns.
 *
 * Writer and reader hold prepared statements (cheap to run a million times); free them when done.
 */
import type { Database, ParamsObject, SqlValue, Statement } from 'sql.js';
import type {
  AlertFiring,
  Attempt,
  GateResult,
  GateStatus,
  ProfileDiff,
  RunMetrics,
  RunProfile,
  RunRecord,
  RunStatus,
  Sample,
} from '../types.js';
import { RUN_METRIC_FIELDS, SAMPLE_METRICS } from '../metrics.js';
import { downsample, MAX_SERIES_SAMPLES } from './downsample.js';
import { startedMs } from './schema.js';

/** A run as listed: everything but the sample series. */
export type StoredRun = Omit<RunRecord, 'series'>;

/** Columns of `runs` that a record fills besides its metrics. */
const IDENTITY_COLUMNS = ['run_id', 'name', 'started_at', 'started_ms', 'status', 'signal'] as const;
const OTHER_COLUMNS = [
  'os',
  'arch',
  'python_version',
  'executor',
  'host',
  'git_ref',
  'git_sha',
  'is_pull_request',
  'interval_s',
  'script',
  'pyrun_version',
  'samples',
  'baseline',
  'verdicts',
  'attempts',
  'repeats',
  'profile',
  'profile_diff',
] as const;
type RunField = (typeof RUN_METRIC_FIELDS)[number];

/** Columns of `runs` that a record fills, in insert order: every run metric's (and exact bytes') from the table. */
export const RUN_COLUMNS: readonly string[] = [...IDENTITY_COLUMNS, ...RUN_METRIC_FIELDS, ...OTHER_COLUMNS];

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

export const INSERT_SAMPLE_SQL =
  `INSERT INTO samples (run, seq, ${SAMPLE_METRICS.join(', ')}) ` +
  `VALUES (${placeholders(SAMPLE_METRICS.length + 2)})`;

export function sampleValues(run: number, seq: number, s: Sample): SqlValue[] {
  return [run, seq, ...SAMPLE_METRICS.map((m) => s[m])];
}

function runValues(record: RunRecord, started_ms: number): SqlValue[] {
  const values: Record<(typeof IDENTITY_COLUMNS)[number] | (typeof OTHER_COLUMNS)[number], SqlValue> = {
    run_id: record.run_id,
    name: record.name,
    started_at: record.started_at,
    started_ms,
    status: record.status,
    signal: record.signal,
    os: record.os,
    arch: record.arch,
    python_version: record.python_version,
    executor: record.executor,
    host: record.host ?? null,
    git_ref: record.git_ref,
    git_sha: record.git_sha,
    is_pull_request: record.is_pull_request ? 1 : 0,
    interval_s: record.interval_s,
    script: record.script,
    pyrun_version: record.pyrun_version,
    samples: record.samples,
    baseline: JSON.stringify(record.baseline ?? {}),
    verdicts: JSON.stringify(record.verdicts ?? {}),
    attempts: JSON.stringify(record.attempts ?? []),
    repeats: record.repeats === undefined ? null : JSON.stringify(record.repeats),
    profile: record.profile === undefined ? null : JSON.stringify(record.profile),
    profile_diff: record.profile_diff === undefined ? null : JSON.stringify(record.profile_diff),
  };
  return RUN_COLUMNS.map((column) =>
    column in values ? values[column as keyof typeof values] : (record[column as RunField] ?? null),
  );
}

/** Inserts records, skipping any whose run_id is already stored. */
export class RunWriter {
  private readonly insertRun: Statement;
  private readonly insertSample: Statement;
  private readonly insertGate: Statement;
  private readonly insertAlert: Statement;

  constructor(db: Database) {
    this.insertRun = db.prepare(
      `INSERT INTO runs (${RUN_COLUMNS.join(', ')}) VALUES (${placeholders(RUN_COLUMNS.length)}) ` +
        'ON CONFLICT (run_id) DO NOTHING RETURNING id',
    );
    this.insertSample = db.prepare(INSERT_SAMPLE_SQL);
    this.insertGate = db.prepare(
      `INSERT INTO gates (run, seq, expr, passed, status, actual, "limit") VALUES (${placeholders(7)})`,
    );
    this.insertAlert = db.prepare(
      `INSERT INTO alerts (run, seq, rule, at_s, value, channels) VALUES (${placeholders(6)})`,
    );
  }

  /**
   * Writes one record; false when its run_id was already stored (nothing is changed then).
   * The series is bounded to MAX_SERIES_SAMPLES (peaks kept). Call inside a transaction.
   */
  write(record: RunRecord): boolean {
    const started_ms = startedMs(record.started_at);
    if (started_ms === null) {
      throw new Error(
        `run ${record.run_id}: started_at ${JSON.stringify(record.started_at)} is not an ISO 8601 time`,
      );
    }
    this.insertRun.bind(runValues(record, started_ms));
    const inserted = this.insertRun.step();
    const run = inserted ? (this.insertRun.get()[0] as number) : -1;
    this.insertRun.reset();
    if (!inserted) return false;

    const series =
      record.series.length > MAX_SERIES_SAMPLES
        ? downsample(record.series, MAX_SERIES_SAMPLES)
        : record.series;
    series.forEach((sample, seq) => this.insertSample.run(sampleValues(run, seq, sample)));
    record.gates.forEach((gate, seq) =>
      this.insertGate.run([run, seq, gate.expr, gate.passed ? 1 : 0, gate.status, gate.actual, gate.limit]),
    );
    record.alerts.forEach((alert, seq) =>
      this.insertAlert.run([run, seq, alert.rule, alert.at_s, alert.value, JSON.stringify(alert.channels)]),
    );
    return true;
  }

  free(): void {
    for (const statement of [this.insertRun, this.insertSample, this.insertGate, this.insertAlert]) {
      statement.free();
    }
  }
}

/** Reads stored runs back into records. */
export class RunReader {
  private readonly selectSamples: Statement;
  private readonly selectGates: Statement;
  private readonly selectAlerts: Statement;

  constructor(db: Database) {
    this.selectSamples = db.prepare(
      `SELECT ${SAMPLE_METRICS.join(', ')} FROM samples WHERE run = ? ORDER BY seq`,
    );
    this.selectGates = db.prepare(
      'SELECT expr, passed, status, actual, "limit" FROM gates WHERE run = ? ORDER BY seq',
    );
    this.selectAlerts = db.prepare(
      'SELECT rule, at_s, value, channels FROM alerts WHERE run = ? ORDER BY seq',
    );
  }

  /** A `runs` row (selected with `SELECT *`) with its gates and alerts. */
  storedRun(row: ParamsObject): StoredRun {
    const id = row.id as number;
    return { ...runFromRow(row), gates: this.gates(id), alerts: this.alerts(id) };
  }

  /** A `runs` row with its gates, alerts and series. */
  fullRun(row: ParamsObject): RunRecord {
    const stored = this.storedRun(row);
    return { ...stored, series: this.series(row.id as number) };
  }

  series(run: number): Sample[] {
    return this.rows(this.selectSamples, run).map(
      (r) => Object.fromEntries(SAMPLE_METRICS.map((m) => [m, (r[m] as number | null) ?? null])) as Sample,
    );
  }

  private gates(run: number): GateResult[] {
    return this.rows(this.selectGates, run).map((r) => ({
      expr: r.expr as string,
      passed: r.passed === 1,
      status: r.status as GateStatus,
      actual: r.actual as number | null,
      limit: r.limit as number | null,
    }));
  }

  private alerts(run: number): AlertFiring[] {
    return this.rows(this.selectAlerts, run).map((r) => ({
      rule: r.rule as string,
      at_s: r.at_s as number,
      value: r.value as number | null,
      channels: parseJson<string[]>(r.channels, []),
    }));
  }

  private rows(statement: Statement, run: number): ParamsObject[] {
    statement.bind([run]);
    const rows: ParamsObject[] = [];
    try {
      while (statement.step()) rows.push(statement.getAsObject());
    } finally {
      statement.reset();
    }
    return rows;
  }

  free(): void {
    for (const statement of [this.selectSamples, this.selectGates, this.selectAlerts]) statement.free();
  }
}

function runFromRow(r: ParamsObject): Omit<StoredRun, 'gates' | 'alerts'> {
  const record: Omit<StoredRun, 'gates' | 'alerts'> = {
    name: r.name as string,
    run_id: r.run_id as string,
    started_at: r.started_at as string,
    status: r.status as RunStatus,
    signal: r.signal as string | null,
    // A column added after the run was stored (a newer metric) reads null.
    ...(Object.fromEntries(
      RUN_METRIC_FIELDS.map((f) => [f, (r[f] as number | null | undefined) ?? null]),
    ) as RunMetrics),
    os: r.os as string,
    arch: r.arch as string,
    python_version: r.python_version as string,
    executor: r.executor as RunRecord['executor'],
    host: (r.host as string | null) ?? null,
    git_ref: r.git_ref as string | null,
    git_sha: r.git_sha as string | null,
    is_pull_request: r.is_pull_request === 1,
    interval_s: r.interval_s as number,
    script: r.script as string,
    pyrun_version: r.pyrun_version as string,
    samples: r.samples as number,
    baseline: parseJson<RunRecord['baseline']>(r.baseline, {}),
    verdicts: parseJson<RunRecord['verdicts']>(r.verdicts, {}),
    attempts: parseJson<Attempt[]>(r.attempts, []),
  };
  if (r.repeats !== null && r.repeats !== undefined) record.repeats = parseJson<RunMetrics[]>(r.repeats, []);
  const profile = parseJson<RunProfile | null>(r.profile, null);
  if (profile !== null) record.profile = profile;
  const profile_diff = parseJson<ProfileDiff | null>(r.profile_diff, null);
  if (profile_diff !== null) record.profile_diff = profile_diff;
  return record;
}

/** A JSON column's value; `fallback` when the text is missing or not JSON (a hand-edited file must not crash). */
function parseJson<T>(text: SqlValue | undefined, fallback: T): T {
  if (typeof text !== 'string') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
