/**
 * Which earlier runs form a run's baseline (PRODUCT.md §2), as one query every caller builds the same way: the
 * run itself (session.ts) and `pyrun compare` on it must choose the same runs, so they agree exactly.
 *
 * Same series and fingerprint (os, arch, Python, executor, remote host); the baseline ref when one is given;
 * a script that succeeded (`passed`, `gate_failed`, `regressed`); never a pull request's run; profiled runs
 * only for a profiled run and unprofiled only for an unprofiled one (profiling slows a script down); started
 * no later than the run; the run itself left out; the newest 30.
 */
import type { RunRecord } from '../types.js';
import type { BaselineQuery } from './store.js';

export type JudgedRun = Pick<
  RunRecord,
  'name' | 'run_id' | 'started_at' | 'os' | 'arch' | 'python_version' | 'executor' | 'host' | 'profile'
>;

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
  };
}
