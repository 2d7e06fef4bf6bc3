/** Retry with backoff: the waits between attempts, on a manual clock with a scripted source of chance. */
import { describe, expect, it } from '@jest/globals';
import type { LaunchSpec, RunningScript } from '../../../src/engine/execute/exec/types.js';
import { MAX_RETRY_DELAY_S, retryDelay_s } from '../../../src/engine/execute/retry.js';
import { runScript, type RunHooks, type RunSpec } from '../../../src/engine/execute/run-script.js';
import { ManualClock, ScriptedProcSource } from '../../helpers/fakes.js';
import { runSpec } from '../../helpers/builders.js';

const NO_JITTER = () => 0.5;

describe('retryDelay_s', () => {
  it('grows by the backoff factor from the first delay', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay_s(n, 2, 3, NO_JITTER))).toEqual([2, 6, 18, 54]);
    expect([1, 2, 3].map((n) => retryDelay_s(n, 5, 1, NO_JITTER))).toEqual([5, 5, 5]);
  });

  it('is 0 without a delay, whatever the factor', () => {
    expect(retryDelay_s(3, 0, 10, NO_JITTER)).toBe(0);
  });

  it('stops growing at the cap, jitter included, but keeps a first delay longer than the cap', () => {
    expect([1, 2, 3].map((n) => retryDelay_s(n, 10, 10, NO_JITTER))).toEqual([10, 60, 60]);
    expect(retryDelay_s(5, 10, 10, () => 0.999)).toBeLessThanOrEqual(MAX_RETRY_DELAY_S);
    expect(retryDelay_s(2, 90, 2, NO_JITTER)).toBe(90);
  });

  it('jitters within ±20% of the nominal wait', () => {
    expect(retryDelay_s(1, 10, 2, () => 0)).toBeCloseTo(8, 9);
    expect(retryDelay_s(2, 10, 2, () => 0.25)).toBeCloseTo(18, 9);
    expect(retryDelay_s(1, 10, 2, () => 0.75)).toBeCloseTo(11, 9);
    expect(retryDelay_s(1, 10, 2, () => 0.9999999)).toBeCloseTo(12, 5);
  });
});

/** An executor that ends each attempt at once with the next scripted exit code, noting when it started. */
function fakeExecutor(clock: ManualClock, exitCodes: number[]) {
  const starts_ms: number[] = [];
  const start = (_spec: LaunchSpec): RunningScript => {
    starts_ms.push(clock.now_ms());
    const exit_code = exitCodes[starts_ms.length - 1] ?? 0;
    return {
      started: Promise.resolve({
        script_pid: 1000 + starts_ms.length,
        sampler_root_pid: 1000 + starts_ms.length,
        clk_tck: 100,
        page_size: 4096,
        python_version: '3.12.0',
        spawned_at_ms: clock.now_ms(),
        fork_age_ms: 0,
      }),
      done: Promise.resolve({
        exit_code,
        signal: null,
        wall_s: 0.1,
        cpu_time_s: 0.05,
        maxrss_bytes: 1 << 20,
        read_bytes: 0,
        write_bytes: 0,
        exact: true,
        rusage: null,
      }),
      signal: () => undefined,
      subscribeSamples: () => undefined, // samples would come from the executor: none here
    };
  };
  return { start, starts_ms };
}

const spec = (over: Partial<RunSpec>): RunSpec => runSpec(over);

/** Runs to the end, moving the manual clock in 100 ms steps whenever nothing else can happen. */
async function drive<T>(clock: ManualClock, work: Promise<T>, maxSteps = 10_000): Promise<T> {
  let done = false;
  const result = work.finally(() => (done = true));
  for (let step = 0; step < maxSteps && !done; step += 1) {
    await new Promise((r) => setImmediate(r));
    if (!done) clock.advance(100);
  }
  if (!done) throw new Error('the run did not end');
  return result;
}

describe('runScript retries', () => {
  it('waits delay × backoff^(n−1) on the clock before each retry, and stops at the first success', async () => {
    const clock = new ManualClock();
    const exec = fakeExecutor(clock, [3, 3, 3, 0]);
    const progress: string[] = [];
    const record = await drive(
      clock,
      runScript(
        spec({ retries: 5, retry_delay_s: 2, retry_backoff: 3 }),
        { clock, proc: new ScriptedProcSource(), start: exec.start, random: NO_JITTER },
        { onProgress: (m) => progress.push(m) },
      ),
    );
    expect(exec.starts_ms).toEqual([0, 2000, 8000, 26000]);
    expect(record.status).toBe('passed');
    expect(record.attempts.map((a) => a.exit_code)).toEqual([3, 3, 3, 0]);
    expect(progress).toEqual([
      'attempt 1 of 6 exited 3; retrying in 2.0 s',
      'attempt 2 of 6 exited 3; retrying in 6.0 s',
      'attempt 3 of 6 exited 3; retrying in 18.0 s',
    ]);
    expect(clock.pending()).toBe(0);
  });

  it('uses the injected chance for jitter', async () => {
    const clock = new ManualClock();
    const exec = fakeExecutor(clock, [1, 1]);
    const draws = [0, 1 - 1e-9];
    const record = await drive(
      clock,
      runScript(spec({ retries: 1, retry_delay_s: 10, retry_backoff: 2 }), {
        clock,
        proc: new ScriptedProcSource(),
        start: exec.start,
        random: () => draws.shift() ?? 0.5,
      }),
    );
    expect(exec.starts_ms).toEqual([0, 8000]); // 10 s − 20%
    expect(record.status).toBe('failed');
    expect(record.exit_code).toBe(1);
  });

  it('retries at once without --retry-delay', async () => {
    const clock = new ManualClock();
    const exec = fakeExecutor(clock, [2, 2, 0]);
    await runScript(spec({ retries: 2 }), { clock, proc: new ScriptedProcSource(), start: exec.start });
    expect(exec.starts_ms).toEqual([0, 0, 0]);
  });

  it('ends the wait, and the retries, when pyrun is interrupted between attempts', async () => {
    const clock = new ManualClock();
    const exec = fakeExecutor(clock, [4, 0]);
    let interrupt: ((sig: NodeJS.Signals) => void) | null = null;
    const hooks: RunHooks = { onInterruptible: (fn) => (interrupt = fn) };
    const work = runScript(
      spec({ retries: 3, retry_delay_s: 30 }),
      { clock, proc: new ScriptedProcSource(), start: exec.start, random: NO_JITTER },
      hooks,
    );
    for (let i = 0; i < 50 && clock.pending() === 0; i += 1) await new Promise((r) => setImmediate(r));
    expect(clock.pending()).toBe(1); // waiting for the retry
    clock.advance(10_000);
    interrupt!('SIGINT');
    const record = await work;
    expect(exec.starts_ms).toEqual([0]);
    expect(record.exit_code).toBe(4);
    expect(clock.pending()).toBe(0);
  });
});
