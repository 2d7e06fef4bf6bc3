/**
 * The launcher's `exited` report (src/python/launcher.py, the same from the local launcher and from the remote
 * one's reaper) in the executor vocabulary (./types.ts). Pure: parsing and validation only.
 */
import type { ExitReport, ExitRusage } from './types.js';

type Message = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function exitReportFrom(m: Message, wallFallback_s: number): ExitReport {
  const user = num(m.cpu_user_s);
  const sys = num(m.cpu_sys_s);
  return {
    exit_code: num(m.exit_code),
    signal: typeof m.signal === 'string' ? m.signal : null,
    wall_s: num(m.wall_s) ?? wallFallback_s,
    cpu_time_s: user === null && sys === null ? null : (user ?? 0) + (sys ?? 0),
    maxrss_bytes: num(m.maxrss_bytes),
    read_bytes: num(m.rchar),
    write_bytes: num(m.wchar),
    exact: true,
    rusage: rusageFrom(m),
    ...(m.oom_killed === true ? { oom_killed: true } : {}),
  };
}

/** The report's rusage figures, or null unless every one of them is there. */
export function rusageFrom(m: Message): ExitRusage | null {
  const rusage = {
    cpu_user_s: num(m.cpu_user_s),
    cpu_system_s: num(m.cpu_sys_s),
    minor_faults: num(m.minor_faults),
    major_faults: num(m.major_faults),
    voluntary_ctx_switches: num(m.voluntary_ctx_switches),
    involuntary_ctx_switches: num(m.involuntary_ctx_switches),
  };
  return Object.values(rusage).every((v) => v !== null) ? (rusage as ExitRusage) : null;
}

/** The report for a tree that ended without the launcher's word (the launcher, container or connection was killed). */
export function lostExitReport(wall_s: number, signal: string | null): ExitReport {
  return {
    exit_code: null,
    signal,
    wall_s,
    cpu_time_s: null,
    maxrss_bytes: null,
    read_bytes: null,
    write_bytes: null,
    exact: false,
    rusage: null,
  };
}
