/**
 * The last line of defence against orphans: when the launcher is gone (killed, by the script itself perhaps)
 * while processes of the script's tree still run — a `setsid` daemon that escaped the script's process group —
 * pyrun ends every process it ever sampled that is still the same process, and whatever that process started
 * since. "The same" means the same (pid, start time): a pid the kernel has given to someone else is never hit.
 */
import type { ProcSource, ProcStat } from '../../ports.js';
import type { SampledProcess } from './sampler.js';
import { descendants } from './tree.js';

/**
 * Finds the survivors among `sampled` and their descendants, then calls `kill` on each (parents first, all found
 * before any is killed, so no child is lost to a reparenting). Returns the pids killed.
 */
export function endSurvivors(
  source: ProcSource,
  sampled: readonly SampledProcess[],
  kill: (pid: number) => void,
): number[] {
  const doomed: number[] = [];
  const seen = new Set<number>();
  const add = (p: ProcStat) => {
    if (seen.has(p.pid) || p.state === 'Z' || p.state === 'X') return;
    seen.add(p.pid);
    doomed.push(p.pid);
  };
  for (const { pid, starttime } of sampled) {
    const now = source.stat(pid);
    if (now === null || now.starttime !== starttime) continue; // gone, or the pid is someone else's now
    add(now);
    for (const child of descendants(source, pid)) add(child);
  }
  for (const pid of doomed) kill(pid);
  return doomed;
}

/** SIGKILL to one process by pid; one that is already gone is no error. */
export function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}
