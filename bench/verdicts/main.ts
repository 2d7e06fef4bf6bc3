/**
 * `npm run bench:verdicts`: the verdict tables of docs/verdicts.md ("What the rules catch, measured"), from the seeded
 * CI-timeline simulator (./simulator.ts) through the real baseline query and judge. Same seed, same table.
 * BENCH_TRIALS scales the number of trials (default 400 timelines per cell); BENCH_ONLY=real prints only the tables
 * whose noise is drawn from the real runs.
 */
import { detection, falseAlarms, mulberry32, rate, type Rate } from './simulator.js';
import { loadRealSeries, realNoise } from './real-noise.js';

const TRIALS = Number(process.env.BENCH_TRIALS ?? 400);
const pct = (r: Rate) => (r.trials === 0 ? '–' : `${(100 * rate(r)).toFixed(1)}%`);
const log = (line = '') => console.log(line);

function pooled(cells: Map<number, Rate>, from: number, to: number): Rate {
  const out = { hits: 0, trials: 0 };
  for (const [n, r] of cells) {
    if (n < from || n > to) continue;
    out.hits += r.hits;
    out.trials += r.trials;
  }
  return out;
}

async function main(): Promise<void> {
  // BENCH_ONLY=real: only the tables with noise drawn from the real runs.
  if (process.env.BENCH_ONLY === 'real') return realNoiseTables();
  log(`pyrun verdict simulator: ${TRIALS} seeded timelines per cell, log-normal noise, cold first run ×1.3`);
  log();
  log('False alarms: share of (metric, run) pairs called `regressed` with nothing changed');
  log('(duration_s and cpu_time_s at the CV shown, peak_rss_mb at 0.5%; 40 pushes a timeline)');
  log();
  log('| timeline | CV | n = 5 | n = 6–10 | n = 11–20 | n = 21–30 |');
  log('|---|---|---|---|---|---|');
  const timelines = [
    { label: 'pushes only', extra: {} },
    { label: 'every 4th push profiled, every 3rd a PR', extra: { profiled_every: 4, pull_request_every: 3 } },
    { label: 'an absolute gate failing every run', extra: { gates: ['peak_rss_mb < 10'] } },
  ];
  const compared: { cv: number; fa: Awaited<ReturnType<typeof falseAlarms>> }[] = [];
  for (const { label, extra } of timelines) {
    for (const cv of [0.02, 0.05, 0.1]) {
      const fa = await falseAlarms({ cv, pushes: 40, ...extra }, Math.ceil(TRIALS / 2), 1_000 + cv * 1e4);
      const cells = fa.pyrun;
      if (label === 'pushes only') compared.push({ cv, fa });
      log(
        `| ${label} | ${cv * 100}% | ${pct(pooled(cells, 5, 5))} | ${pct(pooled(cells, 6, 10))} | ` +
          `${pct(pooled(cells, 11, 20))} | ${pct(pooled(cells, 21, 30))} |`,
      );
    }
  }
  log();
  log('The same clean timelines judged by other rules (duration_s only; pushes only):');
  log();
  log('| rule | CV | n = 5 | n = 6–10 | n = 11–20 | n = 21–30 |');
  log('|---|---|---|---|---|---|');
  for (const { cv, fa } of compared) {
    for (const [rule, cells] of [
      ['pyrun', fa.duration.pyrun],
      ['previous run × 2 (github-action-benchmark default)', fa.duration.previous_200pct],
      ['t-test, 0.99 (Bencher-style)', fa.duration.t_test_99],
    ] as const) {
      log(
        `| ${rule} | ${cv * 100}% | ${pct(pooled(cells, 5, 5))} | ${pct(pooled(cells, 6, 10))} | ` +
          `${pct(pooled(cells, 11, 20))} | ${pct(pooled(cells, 21, 30))} |`,
      );
    }
  }
  log();
  log('Detection: a regression of duration and CPU time lands after n clean pushes and stays 3 pushes');
  log('(first: called `regressed` on its first run; within 3: on any of its 3 runs)');
  log();
  log('| regression | CV | n = 5: first | within 3 | n = 10: first | within 3 | n = 20: first | within 3 |');
  log('|---|---|---|---|---|---|---|---|');
  const others: string[] = [];
  const ceilings: string[] = [];
  for (const factor of [1.1, 1.25, 2]) {
    for (const cv of [0.02, 0.05, 0.1]) {
      const cells: string[] = [];
      const gab: string[] = [];
      const ttest: string[] = [];
      const ceiling: string[] = [];
      for (const n of [5, 10, 20]) {
        const d = await detection(
          { cv, factor, baseline_runs: n, window: 3 },
          TRIALS,
          50_000 + n * 100 + cv * 1e4,
        );
        cells.push(pct(d.first), pct(d.window));
        gab.push(pct(d.previous_200pct_first));
        ttest.push(pct(d.t_test_99_first));
        ceiling.push(`${pct(d.first)} / ${pct(d.t_clean_99_first)} / ${pct(d.known_sigma_99_first)}`);
      }
      const change = `+${Math.round((factor - 1) * 100)}% | ${cv * 100}%`;
      log(`| ${change} | ${cells.join(' | ')} |`);
      ceilings.push(`| ${change} | ${ceiling.join(' | ')} |`);
      others.push(
        `| ${change} | ${cells[0]} / ${gab[0]} / ${ttest[0]} | ${cells[2]} / ${gab[1]} / ${ttest[1]} | ` +
          `${cells[4]} / ${gab[2]} / ${ttest[2]} |`,
      );
    }
  }
  log();
  log('First-run detection, pyrun / previous run × 2 / t-test 0.99:');
  log();
  log('| regression | CV | n = 5 | n = 10 | n = 20 |');
  log('|---|---|---|---|---|');
  for (const line of others) log(line);
  log();
  log('How far any rule could go. First-run detection by pyrun / the ceiling for an unknown noise level');
  log(
    '(a t-test on the clean baseline runs, told which run was the cold start; 1% false alarms at every CV) /',
  );
  log('the ceiling for a noise level known in advance (the same, told σ too):');
  log();
  log('| regression | CV | n = 5 | n = 10 | n = 20 |');
  log('|---|---|---|---|---|');
  for (const line of ceilings) log(line);
  log();
  realNoiseTables();
  log('Gates written against `baseline`, with ONE baseline run (a cold first run) before the regression');
  log();
  log('(×1: no regression, so every failure is a false one)');
  log();
  log('| gate | change | CV | gate failed on the second run |');
  log('|---|---|---|---|');
  const gateCases = [
    { gate: 'duration_s < 3 * baseline', factor: 1 },
    { gate: 'duration_s < 3 * baseline', factor: 5 },
    { gate: 'duration_s < 3 * baseline', factor: 57 },
    { gate: 'duration_s < 1.5 * baseline', factor: 1 },
    { gate: 'duration_s < 1.5 * baseline', factor: 2 },
  ];
  for (const { gate, factor } of gateCases) {
    for (const cv of [0.05, 0.1]) {
      const d = await detection({ cv, factor, baseline_runs: 1, window: 3, gates: [gate] }, TRIALS, 90_000);
      log(`| \`${gate}\` | ×${factor} | ${cv * 100}% | ${pct(d.gate_first)} |`);
    }
  }
}

/**
 * The same timelines with noise drawn from the real runs (./real-noise.ts) instead of log-normal noise: one run
 * alone, and confirmed by two re-runs as `pyrun run` does by default.
 */
async function realNoiseTables(): Promise<void> {
  const series = loadRealSeries();
  const noise = (seed: number) => realNoise(series, mulberry32(seed ^ 0x5eed));
  log(
    `Noise drawn from the real runs (${series.length} recorded series of bench/real-runs/data, in the order they ran)`,
  );
  log();
  log('False alarms, as above (duration_s, cpu_time_s and peak_rss_mb; pushes only):');
  log();
  log('| confirming re-runs | n = 5 | n = 6–10 | n = 11–20 | n = 21–30 |');
  log('|---|---|---|---|---|');
  for (const confirm_runs of [0, 2]) {
    const fa = await falseAlarms({ cv: 0.05, pushes: 40, noise, confirm_runs }, Math.ceil(TRIALS / 2), 7_000);
    const c = fa.pyrun;
    log(
      `| ${confirm_runs} | ${pct(pooled(c, 5, 5))} | ${pct(pooled(c, 6, 10))} | ${pct(pooled(c, 11, 20))} | ` +
        `${pct(pooled(c, 21, 30))} |`,
    );
  }
  log();
  log(
    'Detection with two confirming re-runs (duration_s or cpu_time_s called regressed; first run / within 3):',
  );
  log();
  log('| regression | n = 5 | n = 10 | n = 20 |');
  log('|---|---|---|---|');
  for (const factor of [1.25, 1.5, 2]) {
    const cells: string[] = [];
    for (const n of [5, 10, 20]) {
      const d = await detection(
        { cv: 0.05, factor, baseline_runs: n, window: 3, noise, confirm_runs: 2 },
        TRIALS,
        70_000 + n,
      );
      cells.push(`${pct(d.first_time)} / ${pct(d.window_time)}`);
    }
    log(`| +${Math.round((factor - 1) * 100)}% | ${cells.join(' | ')} |`);
  }
  log();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
