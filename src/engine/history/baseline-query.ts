/**
 * Which earlier runs form a run's baseline (docs/verdicts.md, "The baseline"), as one query every caller builds the same way: the
 * run itself (judge.ts) and `pyrun compare` on it must choose the same runs, so they agree exactly. The SQL that
 * selects them is here too (HistoryStore.baselineRuns runs it).
 *
 * Same series and fingerprint (os, arch, Python, executor, remote host); the baseline ref when one is given;
 * a script that succeeded (`passed`, `gate_failed`, `regressed`); never a pull request's run; profiled runs
 * only for a profiled run and unprofiled only for an unprofiled one (profiling slows a script down), and likewise
 * `--instructions` runs only with each other (valgrind slows it ~30x); started
 * no later than the run; the run itself left out; the newest 30.
 */
import type { SqlValue } from 'sql.js';
import type { Fingerprint, RunRecord, RunStatus } from '../types.js';

export interface BaselineQuery {
  name: string;
  /** Runs compare only with runs of the same os, arch, python_version, executor and (remote) host. */
  fingerprint: Pick<Fingerprint, 'os' | 'arch' | 'python_version' | 'executor'> & { host?: string | null };
  /** Only runs of this git ref; null or absent: every ref. */
  ref?: string | null;
  /** At most this many runs (default 30). */
  limit?: number;
  /** Leave this run out (the run being judged). */
  excludeRunId?: string;
  /** Only runs that started no later than this (ISO 8601): the runs before the one being judged. */
  startedBy?: string;
  /**
   * true: only runs with a profile (`--profile`); false: only runs without one; absent: both. Profiling slows a
   * script down, so a profiled run is judged against profiled runs only, and an unprofiled one against unprofiled.
   */
  profiled?: boolean;
  /**
   * true: only `--instructions` runs (those with an instruction count); false: only runs without one; absent:
   * both. Valgrind slows a script ~30x: an instrumented run and a plain one never form each other's baseline.
   */
  instrumented?: boolean;
}

export const DEFAULT_BASELINE_LIMIT = 30;

/**
 * Statuses of runs whose script succeeded: on the baseline branch what merged is the new normal, even when a
 * gate failed or a metric regressed: on the baseline branch what merged is the new normal. A failed or timed-out script measures nothing comparable.
 */
export const BASELINE_STATUSES: readonly RunStatus[] = ['passed', 'gate_failed', 'regressed'];

/** The store's order for runs: newest start first, the later insert first on a tie. */
export const NEWEST_FIRST = 'ORDER BY started_ms DESC, id DESC';

export type JudgedRun = Pick<
  RunRecord,
  'name' | 'run_id' | 'started_at' | 'os' | 'arch' | 'python_version' | 'executor' | 'host' | 'profile'
> &
  Partial<Pick<RunRecord, 'instructions' | 'instrumentation'>>;

export function baselineQueryFor(run: JudgedRun, baseline_ref: string | null): BaselineQuery {
  return {
    name: run.name,
    fingerprint: {
      os: run.os,
      arch: run.arch,
      python_version: run.python_version,
      executor: run.executor,
      host: run.host ?? null,
    },
    ref: baseline_ref,
    excludeRunId: run.run_id,
    startedBy: run.started_at,
    profiled: run.profile !== undefined,
    // A stored run keeps its count, not the record's `instrumentation` (pyrun compare reads the history).
    instrumented: run.instrumentation !== undefined || (run.instructions ?? null) !== null,
  };
}

/** The SELECT of a baseline's runs (HistoryStore.baselineRuns), newest first. */
export function baselineRunsSql(query: BaselineQuery): { sql: string; params: SqlValue[] } {
  const { fingerprint } = query;
  const params: SqlValue[] = [
    query.name,
    fingerprint.os,
    fingerprint.arch,
    fingerprint.python_version,
    fingerprint.executor,
  ];
  let sql =
    'SELECT * FROM runs WHERE name = ? AND os = ? AND arch = ? AND python_version = ? AND executor = ? ' +
    `AND status IN (${BASELINE_STATUSES.map((st) => `'${st}'`).join(', ')}) AND is_pull_request = 0`;
  if (fingerprint.host !== undefined) {
    sql += ' AND host IS ?';
    params.push(fingerprint.host);
  }
  if (query.ref !== undefined && query.ref !== null) {
    sql += ' AND git_ref = ?';
    params.push(query.ref);
  }
  if (query.profiled !== undefined) sql += ` AND profile IS ${query.profiled ? 'NOT ' : ''}NULL`;
  if (query.instrumented !== undefined) sql += ` AND instructions IS ${query.instrumented ? 'NOT ' : ''}NULL`;
  if (query.startedBy !== undefined) {
    sql += ' AND started_ms <= ?';
    params.push(Date.parse(query.startedBy));
  }
  if (query.excludeRunId !== undefined) {
    sql += ' AND run_id <> ?';
    params.push(query.excludeRunId);
  }
  sql += ` ${NEWEST_FIRST} LIMIT ?`;
  params.push(Math.max(0, Math.floor(query.limit ?? DEFAULT_BASELINE_LIMIT)));
  return { sql, params };
}
