/**
 * Finds the descendants of one process. Walks down from the root through the kernel's children lists when it
 * has them; otherwise (kernels built without CONFIG_PROC_CHILDREN, as on some sandboxes) one pass over /proc
 * reads each process's parent once and walks the same tree from that index.
 */
import type { ProcSource, ProcStat } from '../ports.js';

/** The live descendants of `rootPid` (the root itself excluded), each with its stat. */
export function descendants(source: ProcSource, rootPid: number): ProcStat[] {
  const direct = source.children(rootPid);
  return direct === null ? scanDescendants(source, rootPid) : walkDescendants(source, direct);
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

function scanDescendants(source: ProcSource, rootPid: number): ProcStat[] {
  const byParent = new Map<number, ProcStat[]>();
  for (const pid of source.allPids()) {
    const stat = source.stat(pid);
    if (stat === null) continue;
    const siblings = byParent.get(stat.ppid);
    if (siblings) siblings.push(stat);
    else byParent.set(stat.ppid, [stat]);
  }
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
