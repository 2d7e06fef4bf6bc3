/**
 * `npm run bench [costs|sampling]`: pyrun's costs, each measured against a baseline in the same run on the same
 * machine, and reported as medians, deltas and ratios (these machines are shared and noisy; single timings mean
 * little).
 *
 *   costs     what pyrun itself costs: start-up, overhead on a CPU-bound script, own memory, the reading
 *             commands, the history at scale (./costs.ts; its table is docs/costs.md's)
 *   instructions  (only when named) instruction counts beside duration and CPU time: identical runs' spread and
 *             the smallest change caught at n = 5 (./instructions.ts; the table of docs/instructions.md)
 *   sampling  one sample of a process tree of 1, 10 and 50 processes: our /proc sampler vs pidusage, in µs
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pidusage from 'pidusage';
import { median } from 'simple-statistics';
import { LinuxProcSource } from '../src/engine/execute/sample/linux.js';
import { TreeSampler } from '../src/engine/execute/sample/sampler.js';
import { costTable } from './costs.js';
import { instructionBench } from './instructions.js';

// Given by scripts/bench.mjs: a path the bundler cannot see, so it is not copied in as an asset.
const CLI = process.env.PYRUN_BENCH_CLI ?? '';
const BURN = process.env.PYRUN_BENCH_BURN ?? '';
const RUSAGE = process.env.PYRUN_BENCH_RUSAGE ?? '';
const COUNTED = process.env.PYRUN_BENCH_COUNTED ?? '';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pyrun-bench-'));
const log = (line: string) => console.log(line);
const fmt = (x: number, d = 3) => x.toFixed(d);
// The real interpreter, not a version manager's shim (pyenv's adds a bash process to every start), for both sides.
const PYTHON = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8',
}).stdout.trim();

async function startTree(processes: number): Promise<{ root: number; pids: number[]; stop: () => void }> {
  const code =
    'import subprocess,sys,time\n' +
    `kids=[subprocess.Popen([sys.executable,"-c","import time; time.sleep(600)"]) for _ in range(${processes - 1})]\n` +
    'print(" ".join(str(k.pid) for k in kids), flush=True)\ntime.sleep(600)\n';
  const child = spawn('python3', ['-c', code], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const line = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
  );
  const kids = line.trim() === '' ? [] : line.trim().split(' ').map(Number);
  return {
    root: child.pid!,
    pids: [child.pid!, ...kids],
    stop: () => process.kill(-child.pid!, 'SIGKILL'),
  };
}

async function sampling(): Promise<void> {
  log(
    '\n## 2. One sample of a process tree, in µs (median of 200): our /proc sampler vs pidusage on the same pids',
  );
  log(
    '  processes   pyrun full sample       pyrun stat only   pidusage   full/pidusage   stat-only/pidusage',
  );
  for (const n of [1, 10, 50]) {
    const tree = await startTree(n);
    try {
      await new Promise((r) => setTimeout(r, 300));
      // Sample the tree under a parent we do not count, exactly as pyrun samples the launcher's descendants.
      const proc = new LinuxProcSource();
      const parent = process.pid;
      const sampler = new TreeSampler(proc, {
        rootPid: parent,
        rootIsLauncher: false,
        clk_tck: 100,
        page_size: 4096,
        start_ms: 0,
      });
      const ours: number[] = [];
      let seen = 0;
      for (let i = 0; i < 200; i++) {
        const t = process.hrtime.bigint();
        seen = sampler.sample(i + 1).processes;
        ours.push(Number(process.hrtime.bigint() - t) / 1000);
      }
      const statOnly: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t = process.hrtime.bigint();
        for (const pid of tree.pids) proc.stat(pid);
        statOnly.push(Number(process.hrtime.bigint() - t) / 1000);
      }
      const theirs: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t = process.hrtime.bigint();
        await pidusage(tree.pids);
        theirs.push(Number(process.hrtime.bigint() - t) / 1000);
      }
      pidusage.clear();
      const a = median(ours);
      const b = median(theirs);
      const c = median(statOnly);
      log(
        `  ${String(n).padStart(9)}   ${fmt(a, 0).padStart(8)} µs (saw ${seen})   ${fmt(c, 0).padStart(8)} µs   ` +
          `${fmt(b, 0).padStart(8)} µs   ${fmt(a / b, 2).padStart(5)}   ${fmt(c / b, 2).padStart(5)}`,
      );
    } finally {
      tree.stop();
    }
  }
  log(
    '  (pidusage is given the pids and reads one file each; a full pyrun sample also finds the tree and reads',
  );
  log(
    '   each process\'s I/O counters and open fds: three reads a process. "stat only" is the like-for-like read.)',
  );
}

const only = process.argv.slice(2);
const parts: [string, () => void | Promise<void>][] = [
  [
    'costs',
    () => costTable({ cli: CLI, burn: BURN, python: PYTHON, rusage: RUSAGE, tmp, rounds: ROUNDS, log }),
  ],
  ['sampling', sampling],
  ['instructions', () => instructionBench({ cli: CLI, counted: COUNTED, tmp, rounds: ROUNDS, log })],
];
/** Run only when named: valgrind makes it the slowest part by far. */
const ON_REQUEST = new Set(['instructions']);
async function main(): Promise<void> {
  log(`pyrun bench on ${os.cpus().length} cores, node ${process.version}, ${os.release()}`);
  for (const [name, run] of parts) {
    if (only.includes(name) || (only.length === 0 && !ON_REQUEST.has(name))) await run();
  }
}
void main();
