/**
 * The launcher's `exited` report (src/python/launcher.py, the same from the local launcher and from the remote
 * one's reaper), its calibration readings and a remote launcher's readings of its machine's CPU, in the executor
 * vocabulary (./types.ts). Pure: parsing and validation only.
 */
import type { HostCpuTicks } from '../../ports.js';
import { parseHostCpu } from '../sample/procfs.js';
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

/**
 * The launchers' calibration readings (`{"ms": {CPU: MS}, "cpu_s"}`: the local launcher's message, the remote one's
 * `calibration`), or undefined when it is not one.
 */
export function calibrationFrom(msg: unknown): ExitReport['calibration'] {
  if (typeof msg !== 'object' || msg === null) return undefined;
  const { ms, cpu_s: cpu } = msg as Message;
  const cpu_s = Number(cpu);
  if (typeof ms !== 'object' || ms === null || !Number.isFinite(cpu_s)) return undefined;
  const ms_by_cpu = new Map<number, number>();
  for (const [cpu, value] of Object.entries(ms)) {
    if (Number.isInteger(Number(cpu)) && typeof value === 'number' && Number.isFinite(value) && value > 0)
      ms_by_cpu.set(Number(cpu), value);
  }
  return ms_by_cpu.size === 0 ? undefined : { ms_by_cpu, cpu_s };
}

/** A remote launcher's reading of its machine's CPU, dated on that machine's monotonic clock. */
export interface HostReading {
  ticks: HostCpuTicks;
  at_s: number;
}

/**
 * A remote launcher's reading of its machine's CPU (`{"stat": the first line of /proc/stat, "own_cpu_s", "at_s"}`,
 * src/python/remote.py host_reading), or null when it is not one.
 */
export function hostReadingFrom(v: unknown): HostReading | null {
  if (typeof v !== 'object' || v === null) return null;
  const m = v as Message;
  const host = typeof m.stat === 'string' ? parseHostCpu(m.stat) : null;
  const own_cpu_s = num(m.own_cpu_s);
  const at_s = num(m.at_s);
  if (host === null || own_cpu_s === null || own_cpu_s < 0 || at_s === null) return null;
  return { ticks: { ...host, own_cpu_s }, at_s };
}
