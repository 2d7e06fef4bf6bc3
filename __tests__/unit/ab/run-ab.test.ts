/**
 * The A/B session with a fake executor: which side runs when (warm-ups, ABBA), what ends a session early, and the
 * exit code. Each fake run reports the wall time its script name asks for.
 */
import { describe, expect, it } from '@jest/globals';
import { abExitCode, runAb, type AbSpec } from '../../../src/engine/ab/run-ab.js';
import type { ExitReport, LaunchSpec, RunningScript } from '../../../src/engine/execute/exec/types.js';
import type { RunSpec } from '../../../src/engine/execute/run-script.js';
import { ManualClock, ScriptedProcSource } from '../../helpers/fakes.js';
import { runSpec } from '../../helpers/builders.js';

interface Plan {
  wall_s(script: string, nth: number): number;
  exit_code?(script: string, nth: number): number;
  /** Called with the run's own interrupt hook before it ends, to simulate Ctrl-C during run `nth`. */
  interruptAt?: number;
}

function fakeStart(plan: Plan, started: string[]) {
  let nth = 0;
  return (spec: LaunchSpec): RunningScript => {
    nth += 1;
    started.push(spec.script);
    const n = nth;
    let signalled: NodeJS.Signals | null = null;
    let finish: (r: ExitReport) => void = () => undefined;
    const done = new Promise<ExitReport>((resolve) => (finish = resolve));
    const report = (): ExitReport => ({
      exit_code: signalled ? null : (plan.exit_code?.(spec.script, n) ?? 0),
      signal: signalled,
      wall_s: plan.wall_s(spec.script, n),
      cpu_time_s: 0.01,
      maxrss_bytes: 10 * 2 ** 20,
      read_bytes: 0,
      write_bytes: 0,
      exact: true,
      rusage: null,
    });
    setImmediate(() => (plan.interruptAt === n ? undefined : finish(report())));
    return {
      started: Promise.resolve({
        script_pid: 100 + n,
        sampler_root_pid: 100 + n,
        clk_tck: 100,
        page_size: 4096,
        python_version: '3.12.0',
        spawned_at_ms: 0,
        fork_age_ms: 0,
      }),
      done,
      signal(sig) {
        signalled = sig;
        finish(report());
      },
    };
  };
}

function spec(script: string): RunSpec {
  return runSpec({ name: 'ab', launch: { script, cwd: '/tmp' } });
}

function abSpec(repeat: number, warmup: number): AbSpec {
  return { a: spec('a.py'), b: spec('b.py'), repeat, warmup, judge: { max_regression_pct: 10, gates: [] } };
}

const deps = (plan: Plan, started: string[]) => ({
  clock: new ManualClock(),
  proc: new ScriptedProcSource(),
  start: fakeStart(plan, started),
  sampling: 'procfs' as const,
});

describe('runAb', () => {
  it('warms both sides up, then runs pairs in ABBA order and records only the measured runs', async () => {
    const started: string[] = [];
    const result = await runAb(abSpec(4, 1), deps({ wall_s: (s) => (s === 'a.py' ? 1 : 1.3) }, started));
    expect(started).toEqual(['a.py', 'b.py', 'a.py', 'b.py', 'b.py', 'a.py', 'a.py', 'b.py', 'b.py', 'a.py']);
    expect(result.order).toEqual(['AB', 'BA', 'AB', 'BA']);
    expect(result.runs.map((r) => `${r.pair}${r.side}`)).toEqual([
      '1A',
      '1B',
      '2B',
      '2A',
      '3A',
      '3B',
      '4B',
      '4A',
    ]);
    expect(result.pairs).toHaveLength(4);
    // B/A after the 1 ms offset that keeps a ratio to 0 finite (METRIC_EPSILON)
    expect(result.judgement!.metrics.duration_s!.ratio).toBeCloseTo(1.301 / 1.001, 12);
    expect(result.python_version).toBe('3.12.0');
  });

  it('judges a 30% slower B regressed beyond --max-regression 10%: exit 99', async () => {
    const result = await runAb(
      abSpec(8, 0),
      deps({ wall_s: (s, n) => (s === 'a.py' ? 1 : 1.3) + n * 1e-3 }, []),
    );
    expect(result.judgement!.metrics.duration_s!.verdict).toBe('regressed');
    expect(result.status).toBe('gate_failed');
    expect(abExitCode(result)).toBe(99);
  });

  it('says no difference and exits 0 when A and B are the same', async () => {
    const result = await runAb(abSpec(8, 0), deps({ wall_s: (_, n) => 1 + (n % 3) * 0.01 }, []));
    expect(result.judgement!.metrics.duration_s!.verdict).toBe('no_difference');
    expect(result.status).toBe('passed');
    expect(abExitCode(result)).toBe(0);
    expect(result.warnings).toEqual([]);
  });

  it('stops at the first failed run and exits with its code; no comparison', async () => {
    const started: string[] = [];
    const plan: Plan = { wall_s: () => 1, exit_code: (s, n) => (s === 'b.py' && n === 3 ? 3 : 0) };
    const result = await runAb(abSpec(5, 0), deps(plan, started));
    expect(started).toEqual(['a.py', 'b.py', 'b.py']); // pair 2 starts with B, which exits 3
    expect(result.status).toBe('failed');
    expect(result.failure).toMatchObject({ side: 'B', pair: 2, exit_code: 3 });
    expect(result.judgement).toBeNull();
    expect(abExitCode(result)).toBe(3);
  });

  it('ends as interrupted when the user interrupts a run: exit 128 + the signal', async () => {
    const started: string[] = [];
    let interrupt: ((sig: NodeJS.Signals) => void) | null = null;
    const result = await runAb(abSpec(5, 0), deps({ wall_s: () => 1, interruptAt: 2 }, started), {
      onInterruptible: (fn) => {
        interrupt = fn;
        if (started.length === 2) setImmediate(() => interrupt?.('SIGINT'));
      },
    });
    expect(started).toHaveLength(2);
    expect(result.status).toBe('interrupted');
    expect(result.interrupted_by).toBe('SIGINT');
    expect(abExitCode(result)).toBe(130);
  });

  it('warns that fewer than 6 pairs can never show a difference', async () => {
    const result = await runAb(abSpec(3, 0), deps({ wall_s: (s) => (s === 'a.py' ? 1 : 2) }, []));
    expect(result.judgement!.metrics.duration_s!.verdict).toBe('no_difference');
    expect(result.warnings.join('\n')).toMatch(/with 3 pairs no difference can be shown.*--repeat 7/);
  });
});
