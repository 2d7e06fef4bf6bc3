/**
 * `npm run bench:real-runs`: the verdicts of docs/verdicts.md ("On real runs"), from real runs recorded on this
 * machine by `npm run bench:real-runs -- collect` (./collect.mjs). Each series of unchanged runs is replayed in the
 * order it ran through the real judge (analysis judgeRun, with the three-run window, as a run on the baseline
 * branch is judged), and counted:
 *
 * - false alarms: judged runs (the 6th on) of an unchanged workload that would exit 99 (a judged metric
 *   regressed), by load and by rule;
 * - detection: the same workload doing 1.25×, 1.5× and 2× the work, pushed after a baseline of 5 (a young series)
 *   or of every unchanged run: on which of its runs it is first called regressed in duration_s or cpu_time_s (its
 *   re-runs: the runs of the version that followed it, or before it when fewer than two follow).
 *
 * Rules compared: `every metric` (each comparable metric judged, as pyrun did before it judged only costs), `costs,
 * one run` (the metrics judged by default, this run alone: what `--confirm-runs 0` gives), `costs, confirmed` (a
 * suspected regression is run again twice and stands only when every run is regressed: analysis/confirm.ts in the
 * engine; here the two runs of the same workload that followed it on the machine stand in for the re-runs),
 * `confirmed, busy withheld` (the same, and a time metric withheld when the run and both re-runs had more
 * neighbour_cores than the baseline runs) and `confirmed, busy or slow withheld` (pyrun's default: withheld too when
 * each run was busier or had a slower calibration loop, analysis/busy-machine.ts; data sets recorded before pyrun
 * read calibration_ms give the same as the column before). Every rule carries the single-run rule's rank guard
 * (analysis/verdict.ts).
 *
 * MATCH_SPEED=F replays an experiment: time metrics judged against the baseline runs whose calibration loop read within
 * ×F of the run's (docs/verdicts.md gives its numbers).
 * SHOW_ALARMS=1 prints each false alarm of the default rule with its re-runs, their machine readings and the baseline
 * (detection runs too).
 * DATA=path picks a data set (default: every .jsonl file of bench/real-runs/data, each judged on its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { judgeRun } from '../../src/engine/analysis/index.js';
import { confirmedVerdicts } from '../../src/engine/analysis/confirm.js';
import { withheldOnBusyMachine, type RunValues } from '../../src/engine/analysis/busy-machine.js';
import { pairwiseSpread } from '../../src/engine/analysis/baseline.js';
import { median } from '../../src/engine/analysis/robust.js';
import {
  COMPARABLE_METRICS,
  DEFAULT_JUDGED_METRICS,
  METRIC_DIMENSION,
  type ComparableMetric,
} from '../../src/engine/metrics.js';

interface Line {
  workload: string;
  scale: number;
  /** Busy cores kept beside the runs, or `shift`: neighbours that came and went (./collect.mjs). */
  load: number | 'shift';
  seq: number;
  instructions_mode?: boolean;
  record: RunValues & { status: string };
}

const DATA_DIR = 'bench/real-runs/data';
const DATA_SETS = process.env.DATA
  ? [process.env.DATA]
  : readdirSync(DATA_DIR)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => path.join(DATA_DIR, f));
const MIN_BASELINE = 5;
const log = (s = '') => console.log(s);

type Rule =
  | 'every metric'
  | 'costs, one run'
  | 'costs, confirmed'
  | 'confirmed, busy withheld'
  | 'confirmed, busy or slow withheld';
const RULES: Rule[] = [
  'every metric',
  'costs, one run',
  'costs, confirmed',
  'confirmed, busy withheld',
  'confirmed, busy or slow withheld',
];
/** pyrun's default: confirmed by re-runs, a time metric's regression withheld on a busier or slower machine. */
const DEFAULT_RULE: Rule = 'confirmed, busy or slow withheld';

/** The run without its calibration reading: the busier-machine rule alone (neighbour_cores). */
const coresOnly = (r: RunValues): RunValues => ({ ...r, calibration_ms: null });

function judgedOf(rule: Rule, extra: readonly ComparableMetric[]): readonly ComparableMetric[] {
  if (rule === 'every metric') return COMPARABLE_METRICS;
  return [...DEFAULT_JUDGED_METRICS, ...extra];
}

/**
 * The metrics called regressed for `run` against `before` (oldest first), under `rule`. MATCH_SPEED=F (an experiment,
 * not pyrun's rule): time metrics judged against the baseline runs whose calibration_ms is within ×F of the run's,
 * when at least MIN_BASELINE of them are.
 */
function regressedUnder(
  rule: Rule,
  run: RunValues,
  before: readonly RunValues[],
  after: readonly RunValues[],
  extra: readonly ComparableMetric[],
): ComparableMetric[] | null {
  if (!process.env.MATCH_SPEED || typeof run.calibration_ms !== 'number')
    return regressedUnderRule(rule, run, before, after, judgedOf(rule, extra));
  const f = Number(process.env.MATCH_SPEED);
  const isTime = (m: ComparableMetric) => METRIC_DIMENSION[m] === 'time';
  const near = (c: number | null | undefined) => (r: RunValues) =>
    typeof c === 'number' &&
    typeof r.calibration_ms === 'number' &&
    r.calibration_ms <= c * f &&
    r.calibration_ms * f >= c;
  const matched = before.filter(near(run.calibration_ms));
  const all = judgedOf(rule, extra);
  if (matched.length < MIN_BASELINE) return regressedUnderRule(rule, run, before, after, all);
  // MATCH_ANY=1: the re-runs are judged against the baseline runs near any of the three runs' readings.
  const three = [run, ...after.slice(0, 2)];
  const confirmBefore = process.env.MATCH_ANY
    ? before.filter((r) => three.some((t) => near(t.calibration_ms)(r)))
    : matched;
  const a = regressedUnderRule(rule, run, matched, after, all.filter(isTime), confirmBefore);
  const b = regressedUnderRule(
    rule,
    run,
    before,
    after,
    all.filter((m) => !isTime(m)),
  );
  if (a === null || b === null) return null;
  return [...a, ...b];
}

/** The metrics of `judged` called regressed for `run` against `before` (oldest first), under `rule`. */
function regressedUnderRule(
  rule: Rule,
  run: RunValues,
  before: readonly RunValues[],
  after: readonly RunValues[],
  judged: readonly ComparableMetric[],
  confirmBefore: readonly RunValues[] = before,
): ComparableMetric[] | null {
  const first = judgeRun(run, [...before].reverse(), {
    min_baseline_runs: MIN_BASELINE,
    window: true,
    judged,
  });
  const baseline = [...confirmBefore].reverse();
  const regressed = (Object.keys(first.verdicts) as ComparableMetric[]).filter(
    (m) => first.verdicts[m]?.verdict === 'regressed',
  );
  if (rule === 'every metric' || rule === 'costs, one run' || regressed.length === 0) return regressed;
  if (after.length < 2) return null; // no runs left to stand in for the re-runs
  const rerun = [run, after[0]!, after[1]!];
  const confirmed = confirmedVerdicts(rerun, baseline, {
    min_baseline_runs: MIN_BASELINE,
    suspected: Object.fromEntries(regressed.map((m) => [m, first.verdicts[m]])),
  });
  const final =
    rule === 'costs, confirmed'
      ? confirmed
      : rule === 'confirmed, busy withheld'
        ? withheldOnBusyMachine({ ...first.verdicts, ...confirmed }, rerun.map(coresOnly), baseline)
        : withheldOnBusyMachine({ ...first.verdicts, ...confirmed }, rerun, baseline);
  const out = regressed.filter((m) => final[m]?.verdict === 'regressed');
  // SHOW_ALARMS=1: each confirmed regression, with its re-runs and the baseline it was judged against.
  if (process.env.SHOW_ALARMS && rule === DEFAULT_RULE)
    for (const m of out)
      log(
        `alarm: ${m} ${String(run[m])} re-runs ${String(after[0]![m])} ${String(after[1]![m])}; ` +
          `neighbour cores ${rerun.map((r) => String(r.neighbour_cores)).join(' ')}; ` +
          `calibration ms ${rerun.map((r) => String(r.calibration_ms)).join(' ')} (baseline median ` +
          `${String(median(before.map((r) => r.calibration_ms).filter((x): x is number => typeof x === 'number')))}); ` +
          `${confirmed[m]!.statistic}; baseline ${before.map((r) => Number(r[m]).toPrecision(3)).join(' ')}`,
      );
  return out;
}

function main(): void {
  for (const file of DATA_SETS) judgeDataSet(file);
}

function judgeDataSet(DATA: string): void {
  const lines = readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Line)
    .filter((l) => l.record.status === 'passed');
  const modes = [...new Set(lines.map((l) => l.instructions_mode === true))];
  for (const instructions of modes) {
    const extra: ComparableMetric[] = instructions ? ['instructions' as ComparableMetric] : [];
    const set = lines.filter((l) => (l.instructions_mode === true) === instructions);
    const workloads = [...new Set(set.map((l) => l.workload))];
    const loads = [...new Set(set.map((l) => l.load))].sort((a, b) => String(a).localeCompare(String(b)));
    log(`pyrun on real runs: ${set.length} runs of ${workloads.length} workloads from ${DATA}`);
    log(instructions ? '(every run under --instructions)' : '');
    log();
    log('False alarms: judged runs (6th on) of an unchanged workload that exit 99, by busy cores beside it');
    log();
    log(
      `| workload | busy cores | judged runs | ${RULES.join(' | ')} | metrics called regressed (every metric) |`,
    );
    log(`|---|---|---|${RULES.map(() => '---|').join('')}---|`);
    const totals = new Map<string, { judged: number; alarms: number }>();
    for (const workload of workloads) {
      for (const load of loads) {
        const runs = set
          .filter((l) => l.workload === workload && l.load === load && l.scale === 1)
          .sort((a, b) => a.seq - b.seq)
          .map((l) => l.record);
        if (runs.length <= MIN_BASELINE) continue;
        const cells: string[] = [];
        const named = new Map<string, number>();
        let judgedRuns = 0;
        for (const rule of RULES) {
          let alarms = 0;
          let judged = 0;
          for (let i = MIN_BASELINE; i < runs.length; i += 1) {
            const r = regressedUnder(rule, runs[i]!, runs.slice(0, i), runs.slice(i + 1), extra);
            if (r === null) continue;
            judged += 1;
            if (r.length > 0) alarms += 1;
            if (rule === 'every metric') for (const m of r) named.set(m, (named.get(m) ?? 0) + 1);
          }
          const key = `${rule}|${load}`;
          const t = totals.get(key) ?? { judged: 0, alarms: 0 };
          totals.set(key, { judged: t.judged + judged, alarms: t.alarms + alarms });
          judgedRuns = Math.max(judgedRuns, judged);
          cells.push(`${alarms} (${((100 * alarms) / Math.max(1, judged)).toFixed(1)}%)`);
        }
        const names = [...named].map(([m, n]) => `${m} ${n}`).join(', ');
        log(`| ${workload} | ${load} | ${judgedRuns} | ${cells.join(' | ')} | ${names || '–'} |`);
      }
    }
    for (const load of loads) {
      const cells = RULES.map((rule) => {
        const t = totals.get(`${rule}|${load}`)!;
        return `**${t.alarms} of ${t.judged} (${((100 * t.alarms) / Math.max(1, t.judged)).toFixed(1)}%)**`;
      });
      log(`| all | ${load} | | ${cells.join(' | ')} | |`);
    }
    log();
    tails(set, workloads, loads, [...DEFAULT_JUDGED_METRICS, ...extra]);
    detection(set, workloads, loads, extra);
  }
}

/**
 * How heavy the tails are: the share of unchanged runs further than 3 robust σ (Shamos' spread of the logs) from
 * the median of the logs. Log-normal noise puts 0.27% there; real runs on a shared machine put far more.
 */
function tails(
  set: readonly Line[],
  workloads: readonly string[],
  loads: readonly Line['load'][],
  metrics: readonly ComparableMetric[],
): void {
  log('Tails: share of unchanged runs beyond 3 robust σ of the log values (log-normal noise: 0.27%)');
  log();
  log(`| busy cores | ${metrics.join(' | ')} |`);
  log(`|---|${metrics.map(() => '---|').join('')}`);
  for (const load of loads) {
    const cells = metrics.map((metric) => {
      let out = 0;
      let n = 0;
      for (const workload of workloads) {
        const values = set
          .filter((l) => l.workload === workload && l.load === load && l.scale === 1)
          .map((l) => l.record[metric])
          .filter((x): x is number => typeof x === 'number' && x > 0);
        if (values.length < 10) continue;
        const logs = values.map(Math.log);
        const centre = median(logs);
        const spread = Math.max(pairwiseSpread(logs), 1e-9);
        out += logs.filter((x) => Math.abs(x - centre) > 3 * spread).length;
        n += logs.length;
      }
      return n === 0 ? '–' : `${((100 * out) / n).toFixed(1)}% of ${n}`;
    });
    log(`| ${load} | ${cells.join(' | ')} |`);
  }
  log();
}

/** On which run of the slower version the series first exits 99 for duration_s, cpu_time_s (or instructions). */
function detection(
  set: readonly Line[],
  workloads: readonly string[],
  loads: readonly Line['load'][],
  extra: readonly ComparableMetric[],
): void {
  const scales = [...new Set(set.map((l) => l.scale))].filter((s) => s !== 1).sort();
  const watched: ComparableMetric[] = [...DEFAULT_JUDGED_METRICS, ...extra];
  log(
    `Detection: the run of the version doing more work on which ${watched.join(' or ')} is first called ` +
      `regressed (rule: ${DEFAULT_RULE}; – = not within its runs), and what the extra work measured as`,
  );
  log();
  for (const baselineSize of [MIN_BASELINE, 'all'] as const) {
    log(
      `Baseline: ${baselineSize === 'all' ? 'every unchanged run' : `the first ${baselineSize} unchanged runs`}`,
    );
    log();
    log(`| workload | busy cores | ${scales.map((s) => `×${s}`).join(' | ')} |`);
    log(`|---|---|${scales.map(() => '---|').join('')}`);
    const within3 = new Map<number, { hit: number; n: number }>();
    // By what the extra work measured as: every slower version whose CPU time rose ≥ 1.5× (median to median).
    const measuredBig = { hit: 0, n: 0 };
    for (const workload of workloads) {
      for (const load of loads) {
        const of = (scale: number) =>
          set
            .filter((l) => l.workload === workload && l.load === load && l.scale === scale)
            .sort((a, b) => a.seq - b.seq)
            .map((l) => l.record);
        const unchanged = of(1);
        const baseline = baselineSize === 'all' ? unchanged : unchanged.slice(0, baselineSize);
        if (baseline.length < MIN_BASELINE) continue;
        const cells = scales.map((scale) => {
          const slower = of(scale);
          // What "more work" measured as: the medians' ratios of CPU time and peak memory (start-up does not scale).
          const ratio = (m: ComparableMetric) =>
            (
              median(slower.map((r) => r[m] as number)) / median(unchanged.map((r) => r[m] as number))
            ).toFixed(2);
          const measured = ` (cpu ×${ratio('cpu_time_s')}, rss ×${ratio('peak_rss_mb')})`;
          const big = Number(ratio('cpu_time_s')) >= 1.5;
          if (big) measuredBig.n += 1;
          for (let j = 0; j < slower.length; j += 1) {
            const r = regressedUnder(
              DEFAULT_RULE,
              slower[j]!,
              [...baseline, ...slower.slice(0, j)],
              // The re-runs: the runs of this version that followed it, or, near the end of its runs, those
              // before it (every run of the version does the same work; a data set may hold few runs of it).
              [...slower.slice(j + 1), ...slower.slice(0, j).reverse()],
              extra,
            );
            if (r !== null && r.some((m) => watched.includes(m))) {
              const c = within3.get(scale) ?? { hit: 0, n: 0 };
              within3.set(scale, { hit: c.hit + (j < 3 ? 1 : 0), n: c.n + 1 });
              if (big && j < 3) measuredBig.hit += 1;
              return `run ${j + 1}${measured}`;
            }
          }
          const c = within3.get(scale) ?? { hit: 0, n: 0 };
          within3.set(scale, { hit: c.hit, n: c.n + 1 });
          return `–${measured}`;
        });
        log(`| ${workload} | ${load} | ${cells.join(' | ')} |`);
      }
    }
    log(
      `| within 3 runs | | ${scales.map((s) => `**${within3.get(s)?.hit ?? 0} of ${within3.get(s)?.n ?? 0}**`).join(' | ')} |`,
    );
    log();
    log(
      `Slower versions whose CPU time measured ≥ ×1.5: **${measuredBig.hit} of ${measuredBig.n}** called regressed within 3 runs.`,
    );
    log();
  }
}

main();
