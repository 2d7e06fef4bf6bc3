/**
 * Finds the descendants of one process. Walks down from the root through the kernel's children lists when it
 * has them; otherwise (kernels built without CONFIG_PROC_CHILDREN, as on some sandboxes) one pass over /proc
 * reads each process's parent once and walks the same tree from that index.
 */
import type { ProcSource, ProcStat } from '../../ports.js';

/** The live descendants of `rootPid` (the root itself excluded), each with its stat. */
export function descendants(source: ProcSource, rootPid: number): ProcStat[] {
  return new TreeFinder(source, rootPid).find();
}

/**
 * Finds the tree again and again (one call a tick). Where it must scan /proc, it remembers which pids were
 * outside the tree: a process outside can never move in (orphans are reparented to an ancestor subreaper — the
 * launcher — or to init), so only pids new since the last scan are read. A pid is not reused within one tick.
 */
export class TreeFinder {
  private foreign = new Set<number>();
  constructor(
    private readonly source: ProcSource,
    private readonly rootPid: number,
  ) {}

  find(): ProcStat[] {
    const direct = this.source.children(this.rootPid);
    return direct === null ? this.scan() : walkDescendants(this.source, direct);
  }

  private scan(): ProcStat[] {
    const { source, rootPid } = this;
    const byParent = new Map<number, ProcStat[]>();
    const read = new Map<number, ProcStat>();
    const listed = source.allPids();
    for (const pid of listed) {
      if (pid === rootPid || this.foreign.has(pid)) continue;
      const stat = source.stat(pid);
      if (stat === null) continue;
      read.set(pid, stat);
      const siblings = byParent.get(stat.ppid);
      if (siblings) siblings.push(stat);
      else byParent.set(stat.ppid, [stat]);
    }
    const found = collect(byParent, rootPid);
    const inTree = new Set(found.map((p) => p.pid));
    // Outside for good: what was outside before, and what was read now outside the tree under a parent known to
    // be outside. A process whose parent vanished mid-scan is left to be read again (it may be an orphan on its
    // way to the launcher).
    const foreign = new Set<number>();
    for (const pid of listed) if (this.foreign.has(pid)) foreign.add(pid);
    for (const [pid, stat] of read) {
      if (inTree.has(pid)) continue;
      if (
        stat.ppid === 0 ||
        foreign.has(stat.ppid) ||
        (read.has(stat.ppid) && !inTree.has(stat.ppid) && stat.ppid !== rootPid)
      ) {
        foreign.add(pid);
      }
    }
    this.foreign = foreign;
    return found;
  }
}

function walkDescendants(source: ProcSource, firstChildren: number[]): ProcStat[] {
  const found: ProcStat[] = [];
  const seen = new Set<number>();
  const queue = [...firstChildren];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    const stat = source.stat(pid);
    if (stat === null) continue; // exited between the parent's listing and now
    found.push(stat);
    const kids = source.children(pid);
    if (kids) queue.push(...kids);
  }
  return found;
}

function collect(byParent: Map<number, ProcStat[]>, rootPid: number): ProcStat[] {
  const found: ProcStat[] = [];
  const queue = [rootPid];
  const seen = new Set<number>([rootPid]);
  while (queue.length > 0) {
    const parent = queue.pop() as number;
    for (const child of byParent.get(parent) ?? []) {
      if (seen.has(child.pid)) continue;
      seen.add(child.pid);
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}
