/**
 * Noise drawn from real runs, for the verdict simulator: the unchanged runs of the real-run bench's data sets
 * (bench/real-runs/data), each series (one workload at one load) divided by its own median, so a draw is "this run
 * took 1.64× its series' usual CPU time". A source walks one recorded series in the order its runs happened, from a
 * random run on, and jumps to another series at its end: bursts (a neighbour busy for a few runs) and two humps
 * carry over into the simulated timeline as they came.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { median } from '../../src/engine/analysis/robust.js';

export interface NoiseDraw {
  duration_s: number;
  cpu_time_s: number;
  peak_rss_mb: number;
}

export interface NoiseSource {
  next(): NoiseDraw;
}

type Metric = keyof NoiseDraw;
const METRICS: readonly Metric[] = ['duration_s', 'cpu_time_s', 'peak_rss_mb'];

interface Line {
  workload: string;
  load: number;
  scale: number;
  seq: number;
  instructions_mode?: boolean;
  record: Record<string, unknown> & { status: string };
}

/** Every unchanged series of the data sets in `dir`, as ratios to its own medians, in the order the runs happened. */
export function loadRealSeries(dir = 'bench/real-runs/data'): NoiseDraw[][] {
  const out: NoiseDraw[][] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Line)
      .filter((l) => l.scale === 1 && l.record.status === 'passed' && l.instructions_mode !== true);
    const keys = [...new Set(lines.map((l) => `${l.workload}|${l.load}`))];
    for (const key of keys) {
      const runs = lines.filter((l) => `${l.workload}|${l.load}` === key).sort((a, b) => a.seq - b.seq);
      const values = (m: Metric) => runs.map((r) => r.record[m] as number);
      if (!METRICS.every((m) => values(m).every((x) => typeof x === 'number' && x > 0))) continue;
      const centre = (m: Metric) => median(values(m));
      const [d, c, r] = [centre('duration_s'), centre('cpu_time_s'), centre('peak_rss_mb')];
      out.push(
        runs.map((run) => ({
          duration_s: (run.record.duration_s as number) / d,
          cpu_time_s: (run.record.cpu_time_s as number) / c,
          peak_rss_mb: (run.record.peak_rss_mb as number) / r,
        })),
      );
    }
  }
  if (out.length === 0) throw new Error(`no unchanged real runs in ${dir}`);
  return out;
}

/** A source that walks the recorded series (see the header), choosing with `uniform`. */
export function realNoise(series: readonly NoiseDraw[][], uniform: () => number): NoiseSource {
  let current: readonly NoiseDraw[] = [];
  let at = 0;
  const jump = () => {
    current = series[Math.floor(uniform() * series.length)]!;
    at = Math.floor(uniform() * current.length);
  };
  jump();
  return {
    next() {
      if (at >= current.length) jump();
      const draw = current[at]!;
      at += 1;
      return draw;
    },
  };
}
