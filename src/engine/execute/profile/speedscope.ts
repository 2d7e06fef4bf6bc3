/**
 * A profile as a speedscope file (https://www.speedscope.app, its "sampled" profile type), to open in the
 * speedscope viewer as a flame graph.
 *
 * cProfile keeps no timeline, only the call graph with times per caller → callee edge, so the stacks are
 * rebuilt from it: starting at each root (a function nobody called) with its cumulative time, a function keeps
 * its own time in proportion (own/cumulative) and hands each callee the share of its time that came through
 * this caller (the edge's cumulative time over the function's). Recursion is cut where a function would appear
 * twice on one stack, stacks stop at MAX_DEPTH, and branches lighter than MIN_WEIGHT_FRACTION of the total stay
 * with their parent — in every case the time is kept, so the weights add up to the profiled time. The result is
 * where time went by call path, not an order of events: the file says so in its profile name.
 */
import { functionLabel } from './summary.js';
import type { ProfileStats } from './stats.js';

export const SPEEDSCOPE_SCHEMA = 'https://www.speedscope.app/file-format-schema.json';
export const MAX_DEPTH = 128;
export const MIN_WEIGHT_FRACTION = 1e-5;
export const MAX_STACKS = 20_000;

export interface SpeedscopeFrame {
  name: string;
  file?: string;
  line?: number;
}

export interface SpeedscopeSampledProfile {
  type: 'sampled';
  name: string;
  unit: 'seconds';
  startValue: number;
  endValue: number;
  /** Each stack lists frame indices from the outermost call to the innermost. */
  samples: number[][];
  weights: number[];
}

export interface SpeedscopeFile {
  $schema: string;
  shared: { frames: SpeedscopeFrame[] };
  profiles: SpeedscopeSampledProfile[];
  name: string;
  activeProfileIndex: number;
  exporter: string;
}

export function speedscopeFromStats(stats: ProfileStats, name: string, exporter: string): SpeedscopeFile {
  const { functions, edges } = stats;
  const frames: SpeedscopeFrame[] = functions.map((f) =>
    f.file === '~' && f.line === 0
      ? { name: functionLabel(f) }
      : { name: f.name, file: f.file, line: f.line },
  );
  const callees = functions.map(() => [] as { callee: number; cumulative_s: number }[]);
  const called = new Array<boolean>(functions.length).fill(false);
  for (const e of edges) {
    if (e.caller === e.callee) continue;
    callees[e.caller]!.push({ callee: e.callee, cumulative_s: e.cumulative_s });
    called[e.callee] = true;
  }
  const total = functions.reduce((s, f) => s + f.own_s, 0);
  const minWeight = total * MIN_WEIGHT_FRACTION;
  const stacks = new Map<string, { stack: number[]; weight: number }>();
  const add = (stack: number[], weight: number) => {
    if (!(weight > 0)) return;
    const key = stack.join(',');
    const found = stacks.get(key);
    if (found) found.weight += weight;
    else stacks.set(key, { stack: stack.slice(), weight });
  };

  const onStack = new Set<number>();
  const walk = (fn: number, time_s: number, stack: number[]) => {
    const f = functions[fn]!;
    stack.push(fn);
    onStack.add(fn);
    const children = callees[fn]!.filter((c) => !onStack.has(c.callee) && c.cumulative_s > 0);
    if (f.cumulative_s <= 0 || stack.length >= MAX_DEPTH || time_s < minWeight || stacks.size >= MAX_STACKS) {
      add(stack, time_s);
    } else {
      const scale = time_s / f.cumulative_s;
      let own = Math.min(time_s, f.own_s * scale);
      const shares = children.map((c) => c.cumulative_s * scale);
      const handed = shares.reduce((s, v) => s + v, 0);
      // Recursion and rounding can make the callees' shares exceed what is left: scale them down to fit.
      const fit = handed > time_s - own && handed > 0 ? (time_s - own) / handed : 1;
      own += Math.max(0, time_s - own - handed * fit); // what no callee accounts for stays here
      add(stack, own);
      children.forEach((c, i) => walk(c.callee, shares[i]! * fit, stack));
    }
    onStack.delete(fn);
    stack.pop();
  };
  // Roots: functions nobody called; if every function was called (a cycle at the top), the heaviest one.
  let roots = functions.map((_, i) => i).filter((i) => !called[i] && functions[i]!.cumulative_s > 0);
  if (roots.length === 0 && functions.length > 0) {
    roots = [
      functions.reduce((best, f, i) => (f.cumulative_s > functions[best]!.cumulative_s ? i : best), 0),
    ];
  }
  const rootTime = roots.reduce((s, r) => s + functions[r]!.cumulative_s, 0);
  // Functions no root reaches (e.g. called only from a frame that was not profiled) keep their own time.
  for (const r of roots)
    walk(r, functions[r]!.cumulative_s * (rootTime > 0 ? Math.min(1, total / rootTime) : 1), []);
  const covered = [...stacks.values()].reduce((s, v) => s + v.weight, 0);
  if (total - covered > minWeight) {
    const reached = new Set([...stacks.values()].flatMap((v) => v.stack));
    const unreached = functions.map((_, i) => i).filter((i) => !reached.has(i) && functions[i]!.own_s > 0);
    for (const i of unreached) add([i], functions[i]!.own_s);
  }

  const entries = [...stacks.values()];
  const weights = entries.map((e) => e.weight);
  const endValue = weights.reduce((s, w) => s + w, 0);
  return {
    $schema: SPEEDSCOPE_SCHEMA,
    shared: { frames },
    profiles: [
      {
        type: 'sampled',
        name: `${name} (cProfile; stacks rebuilt from the call graph, not a timeline)`,
        unit: 'seconds',
        startValue: 0,
        endValue,
        samples: entries.map((e) => e.stack),
        weights,
      },
    ],
    name,
    activeProfileIndex: 0,
    exporter,
  };
}
