/**
 * Reads the instruction counts an `--instructions` run left: callgrind writes one file per process of the tree,
 * `callgrind.out.<pid>`, whose header names the process (`pid:`, `cmd:`) and whose `totals:` (or `summary:`) line
 * is the count of instructions it executed (the launcher zeroes a forked child's inherited counters, so the
 * files add up to the tree's work, each instruction once).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ProcessInstructions } from '../../types.js';

const OUT_FILE = /^callgrind\.out\.(\d+)$/;
const LOG_FILE = /^valgrind\.(\d+)\.log$/;
/** The header holds pid, cmd and the events; the totals line is the file's last. Only the ends are read. */
const HEAD_CHARS = 4096;

/** The counts of one callgrind file, or null when it has no totals (a process killed before it could write them). */
export function parseCallgrindFile(text: string, pidFromName: number): ProcessInstructions | null {
  let pid = pidFromName;
  let command = '';
  let total: number | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('pid:')) pid = Number(line.slice(4).trim()) || pidFromName;
    else if (line.startsWith('cmd:')) command = line.slice(4).trim();
    else if (line.startsWith('totals:') || line.startsWith('summary:')) {
      const first = line
        .slice(line.indexOf(':') + 1)
        .trim()
        .split(/\s+/)[0];
      if (first !== undefined && /^\d+$/.test(first)) total = Number(first);
    }
  }
  return total === null ? null : { pid, command, count: total };
}

export interface InstructionCounts {
  /** Every instruction of the tree: the sum over its processes. */
  total: number;
  /** One entry per process, in the order they started (pid order within one run, wrap-around aside). */
  per_process: ProcessInstructions[];
}

/** The counts of every process in `dir`; null when no file holds a total. */
export async function readInstructionCounts(dir: string): Promise<InstructionCounts | null> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const processes: ProcessInstructions[] = [];
  for (const name of names) {
    const match = OUT_FILE.exec(name);
    if (!match) continue;
    const text = await readFile(path.join(dir, name), 'utf8').catch(() => '');
    const counted = parseCallgrindFile(headAndTail(text), Number(match[1]));
    if (counted) processes.push(counted);
  }
  if (processes.length === 0) return null;
  processes.sort((a, b) => a.pid - b.pid);
  return { total: processes.reduce((sum, p) => sum + p.count, 0), per_process: processes };
}

/** The last lines valgrind wrote about itself (why a process has no counts), for a message. */
export async function valgrindLogTail(dir: string, lines = 5): Promise<string> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => LOG_FILE.test(n)).sort();
  const first = names[0];
  if (first === undefined) return '';
  const text = await readFile(path.join(dir, first), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^==\d+==\s*$/.test(l))
    .slice(-lines)
    .join('\n');
}

function headAndTail(text: string): string {
  if (text.length <= 2 * HEAD_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(-HEAD_CHARS)}`;
}
