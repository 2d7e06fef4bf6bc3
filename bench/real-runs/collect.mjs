// `npm run bench:real-runs -- collect`: records real, unchanged runs of ordinary workloads through the built CLI
// (dist/cli), on this machine, with 0, 1 and 2 cores kept busy by other processes, then the same workloads doing
// more work. Each run's record (its run metrics, no samples) becomes one line of a JSONL data set that
// `npm run bench:real-runs` replays through the real judge. Runs of every workload are interleaved, so each
// series meets the machine's changing load over the same stretch of time, as the series of one CI job would.
//
//   --runs N            unchanged runs per workload and load (default 40)
//   --loads 0,1,2,shift busy cores beside the runs; `shift`: other jobs that come and go, 1 or 2 cores busy for
//                       40–160 s, then none for 40–160 s, at seeded random (the load a shared runner's neighbours make)
//   --scales 1.25,1.5,2 the slower versions (work × scale), --scaled-runs N of each (default 6)
//   --workloads a,b     by name (default: all)
//   --instructions      also collect instruction counts (pyrun run --instructions), runs marked as such
//   --out FILE          (required: a data set under bench/real-runs/data, e.g. idle-machine.jsonl; appended to)
//   --help              this text
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const cli = path.join(root, 'dist/cli/index.js');

export const WORKLOADS = {
  cpu_loop: (scale) => [path.join(here, 'workloads/cpu_loop.py'), '--scale', String(scale)],
  process_pool: (scale) => [path.join(here, 'workloads/process_pool.py'), '--scale', String(scale)],
  file_io: (scale) => [path.join(here, 'workloads/file_io.py'), '--scale', String(scale)],
  memory_growth: (scale) => [path.join(here, 'workloads/memory_growth.py'), '--scale', String(scale)],
  nightly_etl: (scale) => [
    path.join(root, 'examples/nightly_etl.py'),
    '--rows',
    String(Math.round(100_000 * scale)),
  ],
};

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    loads: { type: 'string', default: '0,1,2,shift' },
    scales: { type: 'string', default: '1.25,1.5,2' },
    'scaled-runs': { type: 'string', default: '6' },
    workloads: { type: 'string', default: Object.keys(WORKLOADS).join(',') },
    instructions: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  // The usage is this file's opening comment.
  const head = readFileSync(new URL(import.meta.url), 'utf8').split('\nimport ')[0];
  console.log(head.replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}
if (!values.out)
  throw new Error('--out FILE: the data set to append to, e.g. bench/real-runs/data/idle-machine.jsonl');
const runs = Number(values.runs);
const scaledRuns = Number(values['scaled-runs']);
const loads = values.loads.split(',').map((l) => (l === 'shift' ? l : Number(l)));
const scales = values.scales === '' ? [] : values.scales.split(',').map(Number);
const workloads = values.workloads.split(',');
for (const w of workloads) if (!(w in WORKLOADS)) throw new Error(`--workloads: unknown workload '${w}'`);
mkdirSync(path.dirname(values.out), { recursive: true });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'pyrun-real-runs-'));
const session = new Date().toISOString();

/** `cores` processes that each keep one core busy until stopped. */
function busy(cores) {
  const kids = [];
  for (let i = 0; i < cores; i += 1) {
    kids.push(spawn('/bin/sh', ['-c', 'while :; do :; done'], { stdio: 'ignore', detached: true }));
  }
  return () => kids.forEach((k) => process.kill(-k.pid, 'SIGKILL'));
}

/**
 * Neighbours that come and go: 1 or 2 busy cores for 40–160 s, then none for 40–160 s, at seeded random, until
 * stopped. A process of its own (the runs here are synchronous), its busy loops in its process group.
 */
function shifting() {
  const controller = `
    const { spawn } = require('node:child_process');
    let seed = 20261205;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let kids = [];
    const phase = (on) => {
      kids.forEach((k) => k.kill('SIGKILL'));
      kids = [];
      const cores = on ? 1 + Math.floor(random() * 2) : 0;
      for (let i = 0; i < cores; i += 1) kids.push(spawn('/bin/sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' }));
      setTimeout(() => phase(!on), (40 + random() * 120) * 1000);
    };
    phase(false);`;
  const child = spawn(process.execPath, ['-e', controller], { stdio: 'ignore', detached: true });
  return () => process.kill(-child.pid, 'SIGKILL');
}

function record(workload, scale, load, seq) {
  const json = path.join(tmp, 'run.json');
  const args = ['run', '-q', '--no-history', '--json', json, '--name', workload];
  if (values.instructions) args.push('--instructions');
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, ...args, '--', ...WORKLOADS[workload](scale)], {
    cwd: tmp,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${workload} ×${scale}: pyrun exited ${r.status}: ${r.stderr}`);
  const rec = JSON.parse(readFileSync(json, 'utf8'));
  delete rec.series;
  const line = {
    session,
    host: os.hostname(),
    cores: os.cpus().length,
    workload,
    scale,
    load,
    seq,
    instructions_mode: values.instructions,
    at_ms: started,
    loadavg_1m: os.loadavg()[0],
    record: rec,
  };
  appendFileSync(values.out, `${JSON.stringify(line)}\n`);
}

const total = loads.length * workloads.length * (runs + scales.length * scaledRuns);
let done = 0;
const progress = () => {
  done += 1;
  if (done % 10 === 0 || done === total) process.stderr.write(`\r${done}/${total} runs`);
};
for (const load of loads) {
  const stop = load === 'shift' ? shifting() : busy(load);
  try {
    for (let i = 0; i < runs; i += 1) {
      for (const w of workloads) {
        record(w, 1, load, i);
        progress();
      }
    }
    for (let i = 0; i < scaledRuns; i += 1) {
      for (const scale of scales) {
        for (const w of workloads) {
          record(w, scale, load, runs + i);
          progress();
        }
      }
    }
  } finally {
    stop();
  }
}
process.stderr.write('\n');
rmSync(tmp, { recursive: true, force: true });
console.log(`${done} runs appended to ${path.relative(process.cwd(), values.out)}`);
