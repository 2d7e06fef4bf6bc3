/** The launcher's calibration message, as the local executor reads it. */
import { describe, expect, it } from '@jest/globals';
import { calibrationFrom } from '../../../src/engine/execute/exec/local.js';

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
