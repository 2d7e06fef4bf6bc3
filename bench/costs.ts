/**
 * What pyrun itself costs, each row against a floor measured in the same run on the same machine:
 * medians of several interleaved rounds, printed as deltas and ratios (the machine is shared and noisy; a single
 * timing means little). The table it prints is docs/costs.md's.
 *
 *   - `pyrun run -q --no-history` on a no-op script, over the bare interpreter: + wall, + CPU
 *   - the same recording into a 30-run history (what a run does by default): + wall, + CPU, peak RSS
 *   - the same on a 1.75 s CPU-bound script at 10 Hz: wall and CPU ratios (and the script's own, as pyrun saw it)
 *   - pyrun's own peak RSS (the node process) over `node -e 0`
 *   - `pyrun trend` on a 30-run history, `pyrun history --last 50` and `pyrun compare` on 1M samples
 *
 * Costs come from bench/rusage.py: the kernel's rusage of the command and its waited-for descendants (what
 * `/usr/bin/time -f "%e %U %S %M"` prints, at µs precision). The no-op run's peak RSS is node's: its script's
 * interpreter is smaller.
 *
 * Every command runs in the environment a GitHub-hosted runner gives node: this one's, without
 * NODE_EXTRA_CA_CERTS. Node reads that bundle of certificates before any JavaScript runs (a sandbox or a corporate
 * proxy sets it; a hosted runner does not), which adds to every node start, pyrun's and `node -e 0`'s
 * alike. When this machine sets it, one more row measures the no-op run and `node -e 0` with it, so
 * the table says what it costs here too.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median } from 'simple-statistics';
import { benchHistory, random, syntheticRun } from './history.js';

export interface Cost {
  wall_s: number;
  cpu_s: number;
  maxrss_kb: number;
}

export interface CostContext {
  cli: string;
  burn: string;
  python: string;
  rusage: string;
  tmp: string;
  rounds: number;
  log(line: string): void;
}

/** The variables node reads before any JavaScript runs that a GitHub-hosted runner does not set. */
const STARTUP_ONLY_VARIABLES = ['NODE_EXTRA_CA_CERTS'] as const;

/** This process's environment as a hosted runner would start node: without STARTUP_ONLY_VARIABLES. */
export function runnerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const name of STARTUP_ONLY_VARIABLES) delete out[name];
  return out;
}

/**
 * One command's cost; a command that fails stops the bench (its numbers would mean nothing). 99 is a verdict
 * (`pyrun compare` on synthetic data may find a regression), not a failure.
 */
export function measure(ctx: CostContext, command: string[], env = runnerEnv()): Cost {
  const r = spawnSync(ctx.python, [ctx.rusage, ...command], { encoding: 'utf8', cwd: ctx.tmp, env });
  const cost = JSON.parse(r.stdout || '{}') as Cost & { exit_code?: number };
  if (r.status !== 0 || (cost.exit_code !== 0 && cost.exit_code !== 99)) {
    throw new Error(`${command.join(' ')} failed (${cost.exit_code ?? r.status}): ${r.stderr}`);
  }
  return cost;
}

/** Interleaved rounds of several commands (A B C A B C …), so slow spells of a shared machine hit all alike. */
export function rounds(
  ctx: CostContext,
  n: number,
  commands: Record<string, string[]>,
  envs: Record<string, NodeJS.ProcessEnv> = {},
): Record<string, Cost> {
  const seen: Record<string, Cost[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < n; i++) {
    for (const [name, command] of Object.entries(commands))
      seen[name]!.push(measure(ctx, command, envs[name]));
  }
  const med = (costs: Cost[], k: keyof Cost) => median(costs.map((c) => c[k]));
  return Object.fromEntries(
    Object.entries(seen).map(([name, costs]) => [
      name,
      { wall_s: med(costs, 'wall_s'), cpu_s: med(costs, 'cpu_s'), maxrss_kb: med(costs, 'maxrss_kb') },
    ]),
  );
}

const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
const plusMs = (s: number) => `${s >= 0 ? '+' : '−'}${Math.abs(s * 1000).toFixed(0)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
const x = (r: number) => `x${r.toFixed(3)}`;

export async function costTable(ctx: CostContext): Promise<void> {
  const noop = path.join(ctx.tmp, 'noop.py');
  writeFileSync(noop, 'pass\n');
  const PY = ctx.python;
  const run = (...args: string[]) => [
    process.execPath,
    ctx.cli,
    'run',
    '-q',
    '--no-history',
    '--python',
    PY,
    ...args,
  ];

  const recorded = thirtyRunHistory(ctx, 'record.sqlite');
  const caBundle = process.env.NODE_EXTRA_CA_CERTS;
  const withCa: Record<string, string[]> = caBundle
    ? { node_floor_ca: [process.execPath, '-e', '0'], pyrun_ca: run(noop) }
    : {};
  const start = rounds(
    ctx,
    ctx.rounds * 2,
    {
      bare: [PY, noop],
      python_floor: [PY, '-S', '-E', '-c', 'pass'],
      node_floor: [process.execPath, '-e', '0'],
      pyrun: run(noop),
      pyrun_history: [process.execPath, ctx.cli, 'run', '-q', '--db', recorded, '--python', PY, noop],
      ...withCa,
    },
    { node_floor_ca: process.env, pyrun_ca: process.env },
  );
  const { bare, python_floor, node_floor, pyrun, pyrun_history, node_floor_ca, pyrun_ca } = start as Record<
    string,
    Cost
  >;

  // The CPU-bound script, bare and through pyrun (the command of the first row) in turn; a third run in each round
  // writes a JSON record, which gives the script's own times (writing it is not part of the cost measured).
  const burnCosts: Record<'bare' | 'pyrun' | 'script', Cost[]> = { bare: [], pyrun: [], script: [] };
  for (let i = 0; i < ctx.rounds; i++) {
    const json = path.join(ctx.tmp, `burn-${i}.json`);
    burnCosts.bare.push(measure(ctx, [PY, ctx.burn, '1.75']));
    burnCosts.pyrun.push(measure(ctx, run('--interval', '0.1', ctx.burn, '1.75')));
    measure(ctx, run('--interval', '0.1', '--json', json, ctx.burn, '1.75'));
    const rec = JSON.parse(readFileSync(json, 'utf8')) as { duration_s: number; cpu_time_s: number };
    burnCosts.script.push({ wall_s: rec.duration_s, cpu_s: rec.cpu_time_s, maxrss_kb: 0 });
  }
  const burnMedian = (k: keyof typeof burnCosts, m: 'wall_s' | 'cpu_s') =>
    median(burnCosts[k].map((c) => c[m]));
  const burn = {
    bare: { wall_s: burnMedian('bare', 'wall_s'), cpu_s: burnMedian('bare', 'cpu_s') },
    pyrun: { wall_s: burnMedian('pyrun', 'wall_s'), cpu_s: burnMedian('pyrun', 'cpu_s') },
  };
  const rec = { duration_s: burnMedian('script', 'wall_s'), cpu_time_s: burnMedian('script', 'cpu_s') };

  const trend = trendOn30Runs(ctx);
  const big = await readingAtScale(ctx);

  const rows: [string, string, string, string][] = [
    [
      '`pyrun run -q --no-history` on a no-op script, over bare `python3`',
      `${plusMs(pyrun!.wall_s - bare!.wall_s)} wall, ${plusMs(pyrun!.cpu_s - bare!.cpu_s)} CPU`,
      '≤ +80 ms wall, ≤ +90 ms CPU',
      `\`node -e 0\` ${ms(node_floor!.wall_s)} (CPU ${ms(node_floor!.cpu_s)}), ` +
        `\`python3 -S -E -c pass\` ${ms(python_floor!.wall_s)}, bare no-op ${ms(bare!.wall_s)}`,
    ],
    ...(caBundle && pyrun_ca && node_floor_ca
      ? [
          [
            `the same with this machine’s \`NODE_EXTRA_CA_CERTS\` (${certificates(caBundle)}, read by node before any JS)`,
            `${plusMs(pyrun_ca.wall_s - bare!.wall_s)} wall, ${plusMs(pyrun_ca.cpu_s - bare!.cpu_s)} CPU`,
            '',
            `\`node -e 0\` with it ${ms(node_floor_ca.wall_s)} (CPU ${ms(node_floor_ca.cpu_s)})`,
          ] as [string, string, string, string],
        ]
      : []),
    [
      'the same, recording into a 30-run history (a run’s default)',
      `${plusMs(pyrun_history!.wall_s - bare!.wall_s)} wall, ${plusMs(pyrun_history!.cpu_s - bare!.cpu_s)} CPU, ` +
        `peak RSS ${mb(pyrun_history!.maxrss_kb)}`,
      '',
      'bare no-op as above',
    ],
    [
      'the same on a 1.75 s CPU-bound script at 10 Hz',
      `${x(burn.pyrun.wall_s / burn.bare.wall_s)} wall, ${x(burn.pyrun.cpu_s / burn.bare.cpu_s)} CPU ` +
        `(the script itself: ${x(rec.duration_s / burn.bare.wall_s)} wall, ${x(rec.cpu_time_s / burn.bare.cpu_s)} CPU)`,
      '≤ x1.05, ≤ x1.06',
      `bare ${burn.bare.wall_s.toFixed(2)} s wall, ${burn.bare.cpu_s.toFixed(2)} s CPU`,
    ],
    [
      "pyrun's own peak RSS (node), the no-op run",
      `${mb(pyrun!.maxrss_kb)} (+${mb(pyrun!.maxrss_kb - node_floor!.maxrss_kb)} over \`node -e 0\`)`,
      '≤ 48 MB',
      `\`node -e 0\` ${mb(node_floor!.maxrss_kb)}`,
    ],
    [
      '`pyrun trend` on a 30-run history',
      `${trend.trend.wall_s.toFixed(2)} s (${plusMs(trend.trend.wall_s - trend.node.wall_s)} over \`node -e 0\`)`,
      '≤ 0.5 s',
      `\`node -e 0\` ${ms(trend.node.wall_s)}`,
    ],
    [
      '`pyrun history --last 50` / `pyrun compare` on 1M samples (10,000 runs × 100)',
      `${big.history.wall_s.toFixed(2)} s / ${big.compare.wall_s.toFixed(2)} s`,
      'keep ≤ 1 s',
      `\`node -e 0\` ${ms(big.node.wall_s)}`,
    ],
  ];
  ctx.log(
    `\n## What pyrun itself costs (medians of ${ctx.rounds * 2} interleaved rounds for start-up, ${ctx.rounds} ` +
      'otherwise; every command in the environment a hosted runner gives node: no NODE_EXTRA_CA_CERTS)',
  );
  printTable(ctx.log, ['', 'measured', 'goal', 'floor, same run'], rows);
}

/** How many certificates a PEM bundle holds, for the table ("a bundle" when it cannot be read). */
function certificates(file: string): string {
  try {
    const n = readFileSync(file, 'utf8').split('-----BEGIN CERTIFICATE-----').length - 1;
    return `${n} certificates`;
  } catch {
    return 'a bundle';
  }
}

/** A history file of 30 synthetic runs of one series (`bench/series-0.py`), made by `pyrun history import`. */
function thirtyRunHistory(ctx: CostContext, file: string): string {
  const next = random(7);
  const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify(syntheticRun(i * 10, next)));
  const jsonl = path.join(ctx.tmp, `${file}.jsonl`);
  const db = path.join(ctx.tmp, file);
  writeFileSync(jsonl, `${lines.join('\n')}\n`);
  measure(ctx, [process.execPath, ctx.cli, 'history', 'import', jsonl, '--db', db]);
  return db;
}

/** `pyrun trend` on a history of 30 runs of one series, vs `node -e 0`. */
function trendOn30Runs(ctx: CostContext): { trend: Cost; node: Cost } {
  const db = thirtyRunHistory(ctx, 'trend.sqlite');
  const r = rounds(ctx, ctx.rounds, {
    trend: [process.execPath, ctx.cli, 'trend', '--name', 'bench/series-0.py', '--db', db],
    node: [process.execPath, '-e', '0'],
  });
  return { trend: r.trend!, node: r.node! };
}

/** `pyrun history --last 50` and `pyrun compare` on the 1M-sample history of ./history.ts (which logs its own). */
async function readingAtScale(ctx: CostContext): Promise<Record<'history' | 'compare' | 'node', Cost>> {
  let result: Record<string, Cost> = {};
  await benchHistory(ctx.log, async (db) => {
    result = rounds(ctx, Math.max(3, Math.ceil(ctx.rounds / 2)), {
      history: [process.execPath, ctx.cli, 'history', '--last', '50', '--db', db, '--json'],
      compare: [process.execPath, ctx.cli, 'compare', '--name', 'bench/series-3.py', '--db', db, '--json'],
      node: [process.execPath, '-e', '0'],
    });
  });
  return result as Record<'history' | 'compare' | 'node', Cost>;
}

export function printTable(log: (line: string) => void, head: string[], rows: string[][]): void {
  log(`| ${head.join(' | ')} |`);
  log(`|${head.map((_, i) => (i === 0 ? ' :--- ' : ' ---: ')).join('|')}|`);
  for (const row of rows) log(`| ${row.join(' | ')} |`);
}
