/** The launchers' calibration readings and a remote launcher's readings of its machine's CPU, as pyrun reads them. */
import { describe, expect, it } from '@jest/globals';
import { calibrationFrom, hostReadingFrom } from '../../../src/engine/execute/exec/launcher-report.js';

describe('calibrationFrom', () => {
  it('reads each core’s milliseconds and the launcher’s CPU seconds', () => {
    const c = calibrationFrom({
      event: 'calibration',
      ms: { '0': 0.65, '1': 1.2, '-1': 0.7 },
      cpu_s: 0.014,
    })!;
    expect([...c.ms_by_cpu]).toEqual([
      [0, 0.65],
      [1, 1.2],
      [-1, 0.7],
    ]);
    expect(c.cpu_s).toBe(0.014);
  });

  it('drops what is not a reading, and is nothing without one', () => {
    const c = calibrationFrom({ ms: { '0': 0.65, x: 1, '2': 'fast', '3': -1, '4': null }, cpu_s: 0.01 })!;
    expect([...c.ms_by_cpu]).toEqual([[0, 0.65]]);
    expect(calibrationFrom({ ms: { x: 1 }, cpu_s: 0.01 })).toBeUndefined();
    expect(calibrationFrom({ ms: { '0': 1 } })).toBeUndefined();
    expect(calibrationFrom({ ms: null, cpu_s: 0 })).toBeUndefined();
  });
});

describe('hostReadingFrom', () => {
  it('reads the machine’s busy ticks from the /proc/stat line, with the launcher’s own CPU and its clock', () => {
    const r = hostReadingFrom({ stat: 'cpu  10 2 5 900 7 1 2 3 0 0', own_cpu_s: 0.25, at_s: 1234.5 })!;
    // user + nice + system + irq + softirq + steal; idle and iowait are not busy
    expect(r).toEqual({ ticks: { busy_ticks: 10 + 2 + 5 + 1 + 2 + 3, own_cpu_s: 0.25 }, at_s: 1234.5 });
  });

  it('is null for anything else: no reading, another line, a missing or negative figure', () => {
    expect(hostReadingFrom(null)).toBeNull();
    expect(hostReadingFrom('cpu 1 2 3 4')).toBeNull();
    expect(hostReadingFrom({ stat: 'intr 1 2 3 4 5', own_cpu_s: 0, at_s: 1 })).toBeNull();
    expect(hostReadingFrom({ stat: 'cpu  10 2 5 900 7', at_s: 1 })).toBeNull();
    expect(hostReadingFrom({ stat: 'cpu  10 2 5 900 7', own_cpu_s: -1, at_s: 1 })).toBeNull();
    expect(hostReadingFrom({ stat: 'cpu  10 2 5 900 7', own_cpu_s: 0.1 })).toBeNull();
  });
});
