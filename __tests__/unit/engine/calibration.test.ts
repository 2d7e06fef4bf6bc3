/** The calibration loop: a real reading of how fast this machine runs fixed interpreter-like work. */
import { describe, expect, it } from '@jest/globals';
import { calibrationMs } from '../../../src/engine/execute/sample/calibration.js';
import { LinuxProcSource } from '../../../src/engine/execute/sample/linux.js';

describe('calibrationMs', () => {
  it('reads the loop’s CPU milliseconds, to the microsecond, and agrees with itself on the same machine', () => {
    const readings = [calibrationMs(), calibrationMs(), calibrationMs()];
    for (const ms of readings) {
      expect(ms).toBeGreaterThan(0.05);
      expect(ms).toBeLessThan(50);
      expect(Math.round(ms * 1000) / 1000).toBe(ms);
    }
    // The same work on the same machine: the median repetition varies by far less than the rule's 1.25×.
    expect(Math.max(...readings) / Math.min(...readings)).toBeLessThan(2);
  });

  it('is what the local machine source reports', () => {
    const ms = new LinuxProcSource().calibrate();
    expect(ms).not.toBeNull();
    expect(ms!).toBeGreaterThan(0.05);
  });
});
