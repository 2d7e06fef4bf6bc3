/**
 * `npm run bench:ab`: how small a regression each way of judging a pull request finds, under a stated noise
 * model, simulated with a seeded PRNG and judged by pyrun's own code (no re-implementation):
 *
 *   - every run's duration is base × vm × exp(N(0, CV)) — per-run noise, CV 5%;
 *   - vm = exp(N(0, VM_SD)) is the speed of the virtual machine a CI job lands on, VM_SD 0.10 (±10% is one sd);
 *     every run of one job shares it, the next job draws a new one.
 *
 * History-based (pyrun run --repeat 10, as shipped): the PR job's 10 repeats on its one VM, judged against 30
 * baseline runs from 30 earlier jobs (30 VMs) by judgeRepeats (Mann-Whitney p < 0.01 and the 10% threshold).
 * Side by side (pyrun ab, 10 pairs): A and B interleaved on the PR job's one VM, judged by judgeAb (Hodges–Lehmann
 * interval and Wilcoxon signed-rank at 95%). "Detected" means the duration_s verdict is `regressed`.
 */
import { judgeRepeats, type MetricValues } from '../src/engine/analysis/index.js';
import { judgeAb, type AbPair } from '../src/engine/ab/compare.js';
import type { RunMetrics } from '../src/engine/types.js';

const SEED = Number(process.env.BENCH_SEED ?? 20261130);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 2000);
const CV = 0.05;
const VM_SD = 0.1;
const PAIRS = 10;
const HISTORY_RUNS = 30;
const BASE_S = 1.2;
const POWER = 0.95;
const CARRY = 0.03;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normals(uniform: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

function run(duration_s: number): RunMetrics {
  return {
    duration_s,
    cpu_time_s: 0,
    cpu_percent_avg: 0,
    cpu_percent_max: 0,
    peak_rss_mb: 0,
    peak_rss_bytes: 0,
    max_threads: 1,
    max_processes: 1,
    read_mb: 0,
    read_bytes: 0,
    write_mb: 0,
    write_bytes: 0,
    exit_code: 0,
    cpu_user_s: null,
    cpu_system_s: null,
    minor_faults: null,
    major_faults: null,
    voluntary_ctx_switches: null,
    involuntary_ctx_switches: null,
    instructions: null,
    neighbour_cores: null,
    calibration_ms: null,
  };
}

type Method = (regression: number, z: () => number) => boolean;

const historyBased: Method = (regression, z) => {
  const history: MetricValues[] = Array.from({ length: HISTORY_RUNS }, () => ({
    duration_s: BASE_S * Math.exp(VM_SD * z()) * Math.exp(CV * z()),
  }));
  const vm = Math.exp(VM_SD * z());
  const repeats: MetricValues[] = Array.from({ length: PAIRS }, () => ({
    duration_s: BASE_S * (1 + regression) * vm * Math.exp(CV * z()),
  }));
  return (
    judgeRepeats(repeats, history, { metrics: ['duration_s'] }).verdicts.duration_s?.verdict === 'regressed'
  );
};

/** pyrun ab's pairs; `carry`: the second run of every pair is this much faster (caches the first one warmed). */
function sideBySide(
  alternate: boolean,
  carry: number,
  verdict: 'regressed' | 'improved' = 'regressed',
): Method {
  return (regression, z) => {
    const vm = Math.exp(VM_SD * z());
    const pairs: AbPair[] = Array.from({ length: PAIRS }, (_, i) => {
      const order = alternate && i % 2 === 1 ? 'BA' : 'AB';
      const a = BASE_S * vm * Math.exp(CV * z()) * (order === 'BA' ? 1 - carry : 1);
      const b = BASE_S * (1 + regression) * vm * Math.exp(CV * z()) * (order === 'AB' ? 1 - carry : 1);
      return { a: run(a), b: run(b), order };
    });
    const judged = judgeAb(pairs, { max_regression_pct: null, gates: [], metrics: ['duration_s'] });
    return judged.metrics.duration_s?.verdict === verdict;
  };
}

function detectionRate(method: Method, regression: number, seed: number): number {
  const z = normals(mulberry32(seed));
  let detected = 0;
  for (let t = 0; t < TRIALS; t += 1) if (method(regression, z)) detected += 1;
  return detected / TRIALS;
}

/** The smallest regression (in 1% steps up to 60%) detected in at least 95% of the trials. */
function smallestDetected(method: Method, seed: number): { pct: number | null; rates: Map<number, number> } {
  const rates = new Map<number, number>();
  for (let pct = 0; pct <= 60; pct += 1) {
    const rate = detectionRate(method, pct / 100, seed + pct);
    rates.set(pct, rate);
    if (rate >= POWER) return { pct, rates };
  }
  return { pct: null, rates };
}

const line = (s: string) => console.log(s);
line(`pyrun ab simulator: seed ${SEED}, ${TRIALS} simulated pull requests per point`);
line(
  `noise: per-run log-normal CV ${CV * 100}%, per-VM speed factor log-normal sd ${VM_SD * 100}% (one VM per CI job)`,
);
line(
  `history-based: ${PAIRS} repeats on one VM vs ${HISTORY_RUNS} baseline runs on ${HISTORY_RUNS} VMs (judgeRepeats)`,
);
line(`side by side:  ${PAIRS} interleaved pairs on one VM (judgeAb)`);
line('');
const results: [string, Method][] = [
  ['history-based (pyrun run --repeat 10)', historyBased],
  ['side by side (pyrun ab, 10 pairs)', sideBySide(true, 0)],
];
const pctText = (x: number) => `${(x * 100).toFixed(1)}%`;
line(
  '| method | false alarms at 0% | detected at 10% | detected at 20% | smallest regression found 95% of the time |',
);
line('|---|---:|---:|---:|---:|');
for (const [name, method] of results) {
  const { pct, rates } = smallestDetected(method, SEED);
  const at = (p: number) => rates.get(p) ?? detectionRate(method, p / 100, SEED + p);
  line(
    `| ${name} | ${pctText(at(0))} | ${pctText(at(10))} | ${pctText(at(20))} | ${pct === null ? '> 60%' : `${pct}%`} |`,
  );
}

line('');
line(
  `why alternate: the second run of every pair ${CARRY * 100}% faster (a warm cache), 10 pairs, no VM effect on the ratio`,
);
line('| order | B called improved at 0% | smallest regression found 95% of the time |');
line('|---|---:|---:|');
for (const [name, alternate] of [
  ['AB AB AB … (A always first)', false],
  ['AB BA AB … (ABBA, pyrun ab)', true],
] as const) {
  const falseImproved = detectionRate(sideBySide(alternate, CARRY, 'improved'), 0, SEED + 1000);
  const { pct } = smallestDetected(sideBySide(alternate, CARRY), SEED + 2000);
  line(`| ${name} | ${pctText(falseImproved)} | ${pct === null ? '> 60%' : `${pct}%`} |`);
}
