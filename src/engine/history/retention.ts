/**
 * Retention: how history stays bounded.
 *
 * Per series (runs sharing a `name`), runs are ranked newest first (by start time, then by insertion order):
 * 1. Thinning: runs ranked after the newest `fullResolutionRuns` keep at most `thinnedSamples` samples of their
 *    series, chosen by `downsample` (first, last and each bucket's rss and cpu peaks). Their summary metrics,
 *    gates and alerts are untouched: only the chart of an old run loses resolution.
 * 2. Deletion: runs ranked after the newest `maxRunsPerSeries` are deleted with their samples, gates and alerts.
 * When anything was removed the database is vacuumed so the file shrinks.
 *
 * Every run is a candidate, whatever its status or ref: a series' newest runs are what baselines and trends use.
 */
import type { Database } from 'sql.js';
import type { Sample } from '../types.js';
import { downsample, MIN_DOWNSAMPLE_MAX } from './downsample.js';
import { INSERT_SAMPLE_SQL, RunReader, sampleValues } from './rows.js';
import { allRows, transaction } from './sql.js';

export const DEFAULT_MAX_RUNS_PER_SERIES = 1000;
export const DEFAULT_FULL_RESOLUTION_RUNS = 100;
export const DEFAULT_THINNED_SAMPLES = 50;

export interface RetentionOptions {
  /** How many of a series' newest runs keep their whole stored series (default 100). */
  fullResolutionRuns?: number;
  /** How many samples an older run keeps (default 50, at least 4). */
  thinnedSamples?: number;
}

export interface RetentionResult {
  deletedRuns: number;
  thinnedRuns: number;
}

const RANKED_RUNS =
  'SELECT id, ROW_NUMBER() OVER (PARTITION BY name ORDER BY started_ms DESC, id DESC) AS rank FROM runs';

export function applyRetention(
  db: Database,
  maxRunsPerSeries: number,
  options: RetentionOptions = {},
): RetentionResult {
  const keep = Math.floor(maxRunsPerSeries);
  if (!(keep >= 1))
    throw new RangeError(`retention: maxRunsPerSeries must be at least 1, got ${maxRunsPerSeries}`);
  const fullRuns = Math.max(0, Math.floor(options.fullResolutionRuns ?? DEFAULT_FULL_RESOLUTION_RUNS));
  const thinTo = Math.floor(options.thinnedSamples ?? DEFAULT_THINNED_SAMPLES);
  if (!(thinTo >= MIN_DOWNSAMPLE_MAX)) {
    throw new RangeError(`retention: thinnedSamples must be at least ${MIN_DOWNSAMPLE_MAX}, got ${thinTo}`);
  }

  const result = transaction(db, () => {
    const thinnedRuns = thinOldRuns(db, fullRuns, keep, thinTo);
    const doomed = allRows(db, `SELECT id FROM (${RANKED_RUNS}) WHERE rank > ?`, [keep]).map(
      (r) => r.id as number,
    );
    for (const table of ['samples', 'gates', 'alerts']) deleteIn(db, table, 'run', doomed);
    deleteIn(db, 'runs', 'id', doomed);
    return { deletedRuns: doomed.length, thinnedRuns };
  });
  if (result.deletedRuns > 0 || result.thinnedRuns > 0) db.exec('VACUUM');
  return result;
}

/** Thins the series of runs ranked in (fullRuns, keep] that hold more than `thinTo` samples. */
function thinOldRuns(db: Database, fullRuns: number, keep: number, thinTo: number): number {
  const candidates = allRows(
    db,
    `SELECT r.id AS id FROM (${RANKED_RUNS}) AS r ` +
      'WHERE r.rank > ? AND r.rank <= ? AND (SELECT COUNT(*) FROM samples s WHERE s.run = r.id) > ?',
    [fullRuns, keep, thinTo],
  ).map((r) => r.id as number);
  if (candidates.length === 0) return 0;

  const reader = new RunReader(db);
  const remove = db.prepare('DELETE FROM samples WHERE run = ?');
  const insert = db.prepare(INSERT_SAMPLE_SQL);
  try {
    for (const run of candidates) {
      const thinned: Sample[] = downsample(reader.series(run), thinTo);
      remove.run([run]);
      thinned.forEach((sample, seq) => insert.run(sampleValues(run, seq, sample)));
    }
  } finally {
    reader.free();
    remove.free();
    insert.free();
  }
  return candidates.length;
}

function deleteIn(db: Database, table: string, column: string, ids: number[]): void {
  const CHUNK = 500; // well under SQLite's bound-parameter limit
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    db.run(`DELETE FROM ${table} WHERE ${column} IN (${chunk.map(() => '?').join(', ')})`, chunk);
  }
}
