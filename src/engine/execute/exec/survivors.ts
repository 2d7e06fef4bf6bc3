/**
 * Processes of a run that outlived it: a daemon the script started with `setsid` and a double fork, after the
 * launcher (the subreaper that ends the tree) was itself killed, is reparented to init and seen by no one. Every
 * process the script starts inherits its environment, so the local executor puts a random marker in it
 * (RUN_MARKER_VAR) and, once the launcher is gone, ends every process of this user whose initial environment
 * (`/proc/<pid>/environ`, which a process cannot rewrite short of exec) still carries the marker: they are frozen
 * with SIGSTOP until a scan finds no new one (so none can fork away meanwhile), then SIGKILLed, and waited for.
 *
 * Not covered: a process that exec'd itself with an environment without the marker before the launcher died (it
 * left pyrun's marker behind on purpose), and processes of another user (a setuid program). Those need a cgroup or
 * a container (the docker executor); see docs/guarantees.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { randomHex } from '../../run-id.js';

/** The variable every process of a local run inherits; its value is unique to the run. */
export const RUN_MARKER_VAR = 'PYRUN_RUN_MARKER';

export function newRunMarker(): string {
  return randomHex(16);
}

/** Pids whose initial environment holds `RUN_MARKER_VAR=marker` (this process excluded). */
export function markedPids(marker: string, proc = '/proc'): number[] {
  const needle = Buffer.from(`${RUN_MARKER_VAR}=${marker}\0`);
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync(proc);
  } catch {
    return pids; // no /proc (macOS): nothing to scan
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let environ: Buffer;
    try {
      environ = readFileSync(`${proc}/${entry}/environ`);
    } catch {
      continue; // gone, or another user's
    }
    const at = environ.indexOf(needle);
    if (at === 0 || (at > 0 && environ[at - 1] === 0)) pids.push(pid);
  }
  return pids;
}

function signal(pid: number, sig: NodeJS.Signals): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ends every process still marked with `marker` (see the header); returns how many there were. Waits up to
 * `wait_ms` for them to be gone (a zombie whose parent is init is reaped by it at once).
 */
export async function killMarkedSurvivors(marker: string, wait_ms = 2000): Promise<number> {
  const frozen = new Set<number>();
  for (let round = 0; round < 50; round++) {
    const fresh = markedPids(marker).filter((pid) => !frozen.has(pid));
    if (fresh.length === 0) break;
    for (const pid of fresh) if (signal(pid, 'SIGSTOP')) frozen.add(pid);
  }
  for (const pid of frozen) signal(pid, 'SIGKILL');
  const deadline = Date.now() + wait_ms;
  while (frozen.size > 0 && Date.now() < deadline) {
    const left = new Set(markedPids(marker));
    for (const pid of [...frozen]) if (!left.has(pid)) frozen.delete(pid);
    if (frozen.size > 0) await sleep(20);
  }
  return frozen.size === 0 ? 0 : frozen.size;
}
