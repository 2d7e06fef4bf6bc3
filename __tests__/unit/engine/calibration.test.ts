/** The calibration loop: a real reading of how fast this machine runs fixed interpreter-like work. */
import { describe, expect, it } from '@jest/globals';
import { calibrationMs } from '../../../src/engine/execute/sample/calibration.js';
import { LinuxProcSource } from '../../../src/engine/execute/sample/linux.js';

describe('calibrationMs', () => {
  it('reads the loop’s CPU milliseconds, to the microsecond', () => {
    // How fast is the machine's business (a loaded test run reads it 2–3× slower); that it reads is this test's.
    for (const ms of [calibrationMs(), calibrationMs()]) {
      expect(Number.isFinite(ms)).toBe(true);
      expect(ms).toBeGreaterThan(0);
      expect(Math.round(ms * 1000) / 1000).toBe(ms);
    }
  });

  it('is what the local machine source reports', () => {
    const ms = new LinuxProcSource().calibrate();
    expect(ms).not.toBeNull();
    expect(ms!).toBeGreaterThan(0);
  });
});
