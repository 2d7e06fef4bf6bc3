/**
 * A /proc that is somewhere else: the raw text a remote launcher (src/python/remote.py) read there, one snapshot a
 * tick, served through the same `ProcSource` port as this machine's /proc, so ./sampler.ts applies its one set of
 * formulas to both. Parsing is ./procfs.ts's.
 */
import type { ProcSource, ProcStat } from '../../ports.js';
import { parseIo, parseStat } from './procfs.js';

/** One process as read where it runs: /proc/<pid>/stat and /proc/<pid>/io as text, and its open fds. */
export interface RawProc {
  pid: number;
  stat: string;
  io: string | null;
  fds?: number | null;
}

interface Entry {
  stat: ProcStat;
  io: { rchar: number; wchar: number } | null;
  fds: number | null;
}

export class SnapshotProcSource implements ProcSource {
  private procs = new Map<number, Entry>();

  /** Replaces what the source shows with one snapshot; entries whose stat is not a stat line are left out. */
  load(raw: readonly RawProc[]): void {
    const procs = new Map<number, Entry>();
    for (const p of raw) {
      const stat = parseStat(p.stat);
      if (stat === null || stat.pid !== p.pid) continue;
      procs.set(p.pid, { stat, io: p.io === null ? null : parseIo(p.io), fds: p.fds ?? null });
    }
    this.procs = procs;
  }

  stat(pid: number): ProcStat | null {
    return this.procs.get(pid)?.stat ?? null;
  }

  /** Unknown: the tree is rebuilt from each stat's parent (the sampler's scan). */
  children(): number[] | null {
    return null;
  }

  allPids(): number[] {
    return [...this.procs.keys()];
  }

  io(pid: number): { rchar: number; wchar: number } | null {
    return this.procs.get(pid)?.io ?? null;
  }

  fdCount(pid: number): number | null {
    return this.procs.get(pid)?.fds ?? null;
  }
}

/** The snapshot in a remote message, checked: a list of `RawProc`; anything malformed is dropped. */
export function rawProcsFrom(value: unknown): RawProc[] {
  if (!Array.isArray(value)) return [];
  const out: RawProc[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue;
    const p = item as Record<string, unknown>;
    if (typeof p.pid !== 'number' || !Number.isInteger(p.pid) || typeof p.stat !== 'string') continue;
    out.push({
      pid: p.pid,
      stat: p.stat,
      io: typeof p.io === 'string' ? p.io : null,
      fds: typeof p.fds === 'number' && Number.isFinite(p.fds) ? p.fds : null,
    });
  }
  return out;
}
