/** measure(): what the launcher and the sampler saw, as the run's metrics; here the machine's company. */
import { describe, expect, it } from '@jest/globals';
import type { Execution } from '../../../src/engine/execute/once.js';
import { measure } from '../../../src/engine/execute/measure.js';
import { emptyTotals } from '../../../src/engine/execute/sample/totals.js';

function execution(host_cpu: Execution['host_cpu'], cpu_time_s = 0.4): Execution {
  return {
    start: {
      script_pid: 10,
      sampler_root_pid: 9,
      clk_tck: 100,
      page_size: 4096,
      python_version: '3.11.7',
      spawned_at_ms: 0,
      fork_age_ms: 0,
    },
    exit: {
      exit_code: 0,
      signal: null,
      wall_s: 0.5,
      cpu_time_s,
      maxrss_bytes: 1 << 20,
      read_bytes: 0,
      write_bytes: 0,
      exact: true,
      rusage: null,
    },
    series: [],
    totals: emptyTotals(),
    timed_out: false,
    interrupted: null,
    host_cpu,
    calibration_ms: host_cpu === null ? null : 1.25,
  };
}

describe('neighbour_cores', () => {
  it('is the machine’s busy CPU between the readings, less the tree’s and pyrun’s own, per second', () => {
    // 1.2 s busy in 0.5 s: 0.4 s the script's tree, 0.05 s pyrun's sampler, the rest (0.75 s) other work: 1.5 cores
    const m = measure(
      execution({
        start: { busy_ticks: 1000, own_cpu_s: 2 },
        end: { busy_ticks: 1120, own_cpu_s: 2.05 },
        between_s: 0.5,
      }),
    );
    expect(m.neighbour_cores).toBeCloseTo(1.5, 3);
  });

  it('is never negative (tick rounding), and null where the machine was not read', () => {
    const alone = measure(
      execution({
        start: { busy_ticks: 1000, own_cpu_s: 2 },
        end: { busy_ticks: 1040, own_cpu_s: 2.01 },
        between_s: 0.5,
      }),
    );
    expect(alone.neighbour_cores).toBe(0);
    expect(measure(execution(null)).neighbour_cores).toBeNull();
  });
});
