/**
 * Pure parsers of /proc text. No I/O here: ./linux.ts reads the files, tests feed recorded text.
 */
import type { HostCpuTicks, ProcStat } from '../../ports.js';

/**
 * Parses /proc/<pid>/stat. The command name (field 2) may contain spaces and parentheses, so fields are counted
 * from the last ')'. Returns null for text that is not a stat line (a process that vanished mid-read).
 */
export function parseStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 1 || close < open) return null;
  const pid = Number(text.slice(0, open).trim());
  // After ") " come fields 3.. : state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt
  // utime(14) stime(15) cutime(16) cstime(17) priority nice num_threads(20) itrealvalue starttime(22) vsize rss(24)
  // … processor(39), the core it last ran on
  const f = text.slice(close + 2).split(' ');
  if (f.length < 22) return null;
  const n = (field: number) => Number(f[field - 3]);
  const stat: ProcStat = {
    pid,
    ppid: n(4),
    state: f[0] ?? '?',
    utime: n(14),
    stime: n(15),
    cutime: n(16),
    cstime: n(17),
    num_threads: n(20),
    starttime: n(22),
    rss_pages: n(24),
  };
  const processor = n(39);
  if (Number.isInteger(processor) && processor >= 0) stat.processor = processor;
  return Number.isFinite(stat.pid) && Number.isFinite(stat.rss_pages) ? stat : null;
}

/** Parses /proc/<pid>/io for the bytes through read/write system calls. */
export function parseIo(text: string): { rchar: number; wchar: number } | null {
  let rchar: number | undefined;
  let wchar: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('rchar:')) rchar = Number(line.slice(6));
    else if (line.startsWith('wchar:')) wchar = Number(line.slice(6));
  }
  return rchar === undefined || wchar === undefined ? null : { rchar, wchar };
}

/**
 * Parses the first line of /proc/stat, the whole machine's CPU time in ticks (USER_HZ): `busy` is everything but
 * idle and I/O wait (user, nice, system, irq, softirq, and steal: time the hypervisor gave another guest).
 * guest and guest_nice are already inside user and nice.
 */
export function parseHostCpu(text: string): Omit<HostCpuTicks, 'own_cpu_s'> | null {
  const words = text.split('\n', 1)[0]!.trim().split(/\s+/);
  if (words[0] !== 'cpu' || words.length < 5) return null;
  const ticks = words.slice(1, 9).map(Number);
  if (ticks.some((t) => !Number.isFinite(t) || t < 0)) return null;
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  return { busy_ticks: user + nice + system + irq + softirq + steal };
}

/** Parses /proc/<pid>/task/<tid>/children: space-separated pids. */
export function parseChildren(text: string): number[] {
  const pids: number[] = [];
  for (const word of text.split(' ')) {
    const pid = Number(word);
    if (word !== '' && Number.isInteger(pid)) pids.push(pid);
  }
  return pids;
}

/** Parses /proc/loadavg (`0.08 0.03 0.01 1/123 4567`) for its last field, the pid most recently given out. */
export function parseLastPid(text: string): number | null {
  const words = text.trim().split(/\s+/);
  const pid = Number(words[4]);
  return words.length === 5 && Number.isInteger(pid) && pid > 0 ? pid : null;
}
