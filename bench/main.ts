/**
 * `npm run bench`: pyrun's costs, each measured against a baseline in the same run on the same machine, and
 * reported as medians and ratios (these machines are shared and noisy; single timings mean little).
 *
 *   1. a ~2 s CPU-bound script through pyrun at 10 Hz vs bare: wall and CPU ratios
 *   2. one sample of a process tree of 1, 10 and 50 processes: our /proc sampler vs pidusage, in µs
 *   3. pyrun's own peak RSS and CPU while it monitors
 *   4. the delay from `pyrun run` to the script's first line, vs `python3` alone
 *   5. the history at scale (10,000 runs × 100 samples)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pidusage from 'pidusage';
import { median } from 'simple-statistics';
import { LinuxProcSource } from '../src/engine/sample/linux.js';
import { TreeSampler } from '../src/engine/sample/sampler.js';
import { benchHistory } from './history.js';

// Given by scripts/bench.mjs: a path the bundler cannot see, so it is not copied in as an asset.
const CLI = process.env.PYRUN_BENCH_CLI ?? '';
const BURN = process.env.PYRUN_BENCH_BURN ?? '';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pyrun-bench-'));
const log = (line: string) => console.log(line);
const fmt = (x: number, d = 3) => x.toFixed(d);
// The real interpreter, not a version manager's shim (pyenv's adds ~50 ms of bash to every start), for both sides.
const PYTHON = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], {
  encoding: 'utf8',
}).stdout.trim();

/** Wall, CPU (user+sys of the whole tree, from GNU time) and peak RSS of one command. */
function timeCommand(command: string[]): { wall_s: number; cpu_s: number; maxrss_kb: number } {
  const out = path.join(tmp, 'time.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, ...command], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (r.status !== 0) throw new Error(`${command.join(' ')} failed: ${r.stderr}`);
  const [wall, user, sys, rss] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wall_s: wall!, cpu_s: user! + sys!, maxrss_kb: rss! };
}

function overhead(): void {
  log('\n## 1. Overhead: a 2 s CPU-bound script, bare vs through pyrun at 10 Hz (interval 0.1 s)');
  const bare: number[][] = [];
  const through: number[][] = [];
  const script: number[][] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const b = timeCommand([PYTHON, BURN, '2']);
    bare.push([b.wall_s, b.cpu_s]);
    const json = path.join(tmp, `run-${i}.json`);
    const p = timeCommand([
      process.execPath,
      CLI,
      'run',
      '-q',
      '--no-history',
      '--interval',
      '0.1',
      '--json',
      json,
      BURN,
      '2',
    ]);
    through.push([p.wall_s, p.cpu_s]);
    const rec = JSON.parse(readFileSync(json, 'utf8')) as { duration_s: number; cpu_time_s: number };
    script.push([rec.duration_s, rec.cpu_time_s]);
  }
  const m = (rows: number[][], k: number) => median(rows.map((r) => r[k]!));
  log(
    `  bare python3:            wall ${fmt(m(bare, 0))} s   CPU ${fmt(m(bare, 1))} s   (medians of ${ROUNDS})`,
  );
  log(
    `  pyrun end to end:        wall ${fmt(m(through, 0))} s   CPU ${fmt(m(through, 1))} s   (node start-up and the launcher included)`,
  );
  log(
    `  the script under pyrun:  wall ${fmt(m(script, 0))} s   CPU ${fmt(m(script, 1))} s   (as pyrun measured it)`,
  );
  log(`  ratio, the script's wall under pyrun / bare: ${fmt(m(script, 0) / m(bare, 0))}   (target ≤ 1.01)`);
  log(`  ratio, the script's CPU under pyrun / bare:  ${fmt(m(script, 1) / m(bare, 1))}   (target ≤ 1.02)`);
  log(
    `  ratio, pyrun end to end / bare: wall ${fmt(m(through, 0) / m(bare, 0))}, CPU ${fmt(m(through, 1) / m(bare, 1))}`,
  );
}

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

function selfCost(): void {
  log("\n## 3. pyrun's own cost while it monitors (10 Hz, 2 s script; node itself, the script excluded)");
  const rss: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const r = spawnSync(
      process.execPath,
      [CLI, 'run', '--verbose', '--no-history', '--interval', '0.1', BURN, '2'],
      { encoding: 'utf8' },
    );
    const m = /pyrun itself: peak RSS ([\d.]+) MB, CPU ([\d.]+) s/.exec(r.stderr);
    if (m) {
      rss.push(Number(m[1]));
      cpu.push(Number(m[2]));
    }
  }
  log(`  peak RSS ${fmt(median(rss), 1)} MB, CPU ${fmt(median(cpu), 3)} s (medians of ${rss.length})`);
}

async function firstLine(command: string[]): Promise<number> {
  const start = process.hrtime.bigint();
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  await new Promise((resolve) => child.once('close', resolve));
  return ms;
}

async function startup(): Promise<void> {
  log("\n## 4. From the command to the script's first line, in ms (median)");
  const script = path.join(tmp, 'hello.py');
  spawnSync('python3', ['-c', `open(${JSON.stringify(script)}, "w").write('print("hello", flush=True)')`]);
  const bare: number[] = [];
  const through: number[] = [];
  for (let i = 0; i < ROUNDS * 2; i++) {
    bare.push(await firstLine([PYTHON, script]));
    through.push(
      await firstLine([process.execPath, CLI, 'run', '-q', '--no-history', '--python', PYTHON, script]),
    );
  }
  log(
    `  python3 script.py: ${fmt(median(bare), 1)} ms   pyrun run script.py: ${fmt(median(through), 1)} ms   ` +
      `(+${fmt(median(through) - median(bare), 1)} ms: node start-up and the launcher)`,
  );
}

async function history(): Promise<void> {
  log('\n## 5. History at scale');
  await benchHistory(log, async (db) => {
    for (const args of [
      ['history', '--last', '50'],
      ['compare', '--name', 'bench/series-3.py'],
    ]) {
      const walls: number[] = [];
      for (let i = 0; i < 3; i++)
        walls.push(timeCommand([process.execPath, CLI, ...args, '--db', db, '--json']).wall_s);
      log(
        `history: \`pyrun ${args.join(' ')}\` on it: ${fmt(median(walls), 2)} s wall with start-up (target < 1.5 s)`,
      );
    }
  });
}

const only = process.argv.slice(2);
const parts: [string, () => void | Promise<void>][] = [
  ['overhead', overhead],
  ['sampling', sampling],
  ['self', selfCost],
  ['startup', startup],
  ['history', history],
];
async function main(): Promise<void> {
  log(`pyrun bench on ${os.cpus().length} cores, node ${process.version}, ${os.release()}`);
  for (const [name, run] of parts) if (only.length === 0 || only.includes(name)) await run();
}
void main();
