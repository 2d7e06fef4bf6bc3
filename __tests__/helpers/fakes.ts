/** Hand-written fakes of the engine's ports: a clock you advance, a /proc you script. */
import type { Clock, ProcSource, ProcStat } from '../../src/engine/ports.js';

export class ManualClock implements Clock {
  private t = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  now_ms(): number {
    return this.t;
  }
  setTimer(fn: () => void, delay_ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.t + delay_ms, fn });
    return id;
  }
  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let due: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers)
        if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
    }
    this.t = end;
  }
  pending(): number {
    return this.timers.size;
  }
}

export interface FakeProc extends Partial<ProcStat> {
  pid: number;
  ppid: number;
  io?: { rchar: number; wchar: number };
  fds?: number;
}

/** A /proc made of snapshots you replace between ticks; `childrenFiles: false` mimics kernels without them. */
export class ScriptedProcSource implements ProcSource {
  procs = new Map<number, FakeProc>();
  reads = 0;
  constructor(private readonly childrenFiles = true) {}

  set(list: FakeProc[]): this {
    this.procs = new Map(list.map((p) => [p.pid, p]));
    return this;
  }
  stat(pid: number): ProcStat | null {
    this.reads += 1;
    const p = this.procs.get(pid);
    if (!p) return null;
    return {
      pid,
      ppid: p.ppid,
      state: p.state ?? 'S',
      utime: p.utime ?? 0,
      stime: p.stime ?? 0,
      cutime: p.cutime ?? 0,
      cstime: p.cstime ?? 0,
      num_threads: p.num_threads ?? 1,
      starttime: p.starttime ?? 0,
      rss_pages: p.rss_pages ?? 0,
    };
  }
  children(pid: number): number[] | null {
    if (!this.childrenFiles) return null;
    return [...this.procs.values()].filter((p) => p.ppid === pid).map((p) => p.pid);
  }
  allPids(): number[] {
    return [...this.procs.keys()];
  }
  io(pid: number) {
    return this.procs.get(pid)?.io ?? null;
  }
  fdCount(pid: number) {
    return this.procs.get(pid)?.fds ?? null;
  }
}
