/**
 * A cProfile stats file, read with the interpreter that wrote it: src/python/pstats_reader.py (the stdlib's
 * pstats, run as `python -S -E pstats_reader.py FILE`, no shell) prints the stats as JSON, and the rest is pure
 * TypeScript over that table. Python reads the file because the pstats format is Python's own (marshal).
 */
import { execFile } from 'node:child_process';
import { pythonFile } from '../exec/python-files.js';

/** One function: where it is, and pstats' primitive calls, calls, own (tottime) and cumulative time. */
export interface StatsFunction {
  file: string;
  line: number;
  name: string;
  primitive_calls: number;
  calls: number;
  own_s: number;
  cumulative_s: number;
}

/** `caller` called `callee`: the callee's calls and times that came through this caller. */
export interface StatsEdge {
  caller: number;
  callee: number;
  calls: number;
  own_s: number;
  cumulative_s: number;
}

/** The whole call graph of a profile: functions, and caller → callee edges by index into `functions`. */
export interface ProfileStats {
  functions: StatsFunction[];
  edges: StatsEdge[];
}

/** Reads a pstats file with `python`; rejects with the interpreter's message when it cannot. */
export function readProfileStats(
  python: string,
  pstats_path: string,
  timeout_ms = 60_000,
): Promise<ProfileStats> {
  return new Promise((resolve, reject) => {
    execFile(
      python,
      ['-S', '-E', pythonFile('pstats_reader.py'), pstats_path],
      { timeout: timeout_ms, maxBuffer: 256 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const why = String(stderr).trim().split('\n').at(-1) || error.message;
          reject(new Error(`cannot read the profile ${pstats_path}: ${why}`));
          return;
        }
        try {
          resolve(parseProfileStats(JSON.parse(String(stdout))));
        } catch (e) {
          reject(new Error(`cannot read the profile ${pstats_path}: ${(e as Error).message}`));
        }
      },
    );
  });
}

/** The reader's JSON as typed stats (rows of arrays, so a profile of many functions stays compact). */
export function parseProfileStats(raw: unknown): ProfileStats {
  const value = raw as { functions?: unknown[][]; edges?: unknown[][] };
  if (!Array.isArray(value?.functions) || !Array.isArray(value?.edges))
    throw new Error('not a profile table');
  const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const functions = value.functions.map((f) => ({
    file: String(f[0]),
    line: num(f[1]),
    name: String(f[2]),
    primitive_calls: num(f[3]),
    calls: num(f[4]),
    own_s: num(f[5]),
    cumulative_s: num(f[6]),
  }));
  const edges = value.edges
    .map((e) => ({
      caller: num(e[0]),
      callee: num(e[1]),
      calls: num(e[2]),
      own_s: num(e[3]),
      cumulative_s: num(e[4]),
    }))
    .filter((e) => e.caller < functions.length && e.callee < functions.length);
  return { functions, edges };
}
