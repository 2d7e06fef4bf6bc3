/**
 * `npm run bench instructions`: how noisy an instruction count is beside duration and CPU time, on the same
 * workloads. Each workload runs ROUNDS times plain and ROUNDS times under `--instructions` (valgrind: ~30x slower,
 * so the workloads are small). For each measure it prints the spread of identical runs (robust CV: Shamos'
 * estimator over the median, in %) and the smallest change the automatic verdict catches on its first run after
 * five baseline runs: it must pass both the metric's relative threshold and k(5) baseline spreads (the floor
 * applied), where k(5) holds false alarms to 0.5% under normal noise. At that change half of the timelines catch it
 * on the first run; a change 2 spreads larger is caught in ~98%.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pairwiseSpread, spreadFloor } from '../src/engine/analysis/baseline.js';
import { smallSampleFactor } from '../src/engine/analysis/verdict.js';
import { DEFAULT_THRESHOLD_PCT } from '../src/engine/metrics.js';
import type { ComparableMetric, RunRecord } from '../src/engine/types.js';
import { median } from 'simple-statistics';

export interface InstructionBenchOptions {
  cli: string;
  counted: string;
  tmp: string;
  rounds: number;
  log(line: string): void;
}

const WORKLOADS: [label: string, args: string[]][] = [
  ['3 processes + thread pool', ['pool']],
  ['one process, a loop', ['solo']],
  ['parent + forked child', ['twice']],
];

const MEASURES: ComparableMetric[] = ['instructions', 'cpu_time_s', 'duration_s'];

function runOnce(o: InstructionBenchOptions, args: string[], counted: boolean, i: number): RunRecord {
  const json = path.join(o.tmp, `instructions-${i}.json`);
  const flags = ['run', '-q', '--no-history', '--json', json, ...(counted ? ['--instructions'] : [])];
  const result = spawnSync(process.execPath, [o.cli, ...flags, o.counted, ...args], { stdio: 'ignore' });
  if (result.status !== 0)
    throw new Error(`pyrun ${flags.join(' ')} ${args.join(' ')} exited ${result.status}`);
  return JSON.parse(readFileSync(json, 'utf8')) as RunRecord;
}

/** Spread of identical runs and the smallest change caught at n = 5, both in % of the median. */
export function noise(metric: ComparableMetric, values: number[]): { cv_pct: number; caught_pct: number } {
  const centre = median(values);
  const spread = Math.max(pairwiseSpread(values), spreadFloor(metric, centre));
  const cv_pct = (100 * pairwiseSpread(values)) / centre;
  const caught_pct = Math.max(DEFAULT_THRESHOLD_PCT[metric], (100 * smallSampleFactor(5) * spread) / centre);
  return { cv_pct, caught_pct };
}

export function instructionBench(o: InstructionBenchOptions): void {
  o.log(`\ninstructions beside time: ${o.rounds} identical runs each, plain and under --instructions`);
  o.log('| workload | measure | identical runs\u2019 spread | smallest change caught at n = 5 |');
  o.log('|---|---|--:|--:|');
  let i = 0;
  for (const [label, args] of WORKLOADS) {
    const plain = Array.from({ length: o.rounds }, () => runOnce(o, args, false, (i += 1)));
    const counted = Array.from({ length: o.rounds }, () => runOnce(o, args, true, (i += 1)));
    for (const metric of MEASURES) {
      const runs = metric === 'instructions' ? counted : plain;
      const { cv_pct, caught_pct } = noise(
        metric,
        runs.map((r) => r[metric] as number),
      );
      o.log(`| ${label} | ${metric} | ${cv_pct.toFixed(3)}% | ${caught_pct.toFixed(1)}% |`);
    }
  }
}
