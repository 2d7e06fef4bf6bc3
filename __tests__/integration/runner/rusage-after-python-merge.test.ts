/**
 * The six rusage metrics from a real run through the built CLI and the local launcher.
 *
 * PASSES ONLY AFTER THE `python` BRANCH IS MERGED: that branch makes the launcher report the kernel rusage of the
 * reaped tree on `ExitReport.rusage`. Until then the local executor delivers `rusage: null` and this test fails
 * on purpose (it is not skipped: a launcher that stops reporting rusage must fail CI).
 */
import { describe, expect, it } from '@jest/globals';
import { fixture, pyrun } from '../../helpers/pyrun.js';

describe('rusage of a real run (needs the python branch)', () => {
  it('records non-zero minor faults and voluntary context switches, and gates on them', async () => {
    // spike.py sleeps three times and writes 300 MB: page faults and waits are certain, their exact count is not.
    const r = await pyrun([
      'run',
      '--interval',
      '0.2',
      '--gate',
      'minor_faults > 1000',
      '--gate',
      'voluntary_ctx_switches >= 3',
      fixture('spike.py'),
    ]);
    const rec = r.record!;
    expect(rec).not.toBeNull();
    expect(rec.minor_faults).toBeGreaterThan(1000); // CPython's start-up alone touches thousands of pages
    expect(rec.voluntary_ctx_switches).toBeGreaterThanOrEqual(3); // three sleeps
    expect(rec.major_faults).toBeGreaterThanOrEqual(0);
    expect(rec.involuntary_ctx_switches).toBeGreaterThanOrEqual(0);
    expect(rec.cpu_user_s).toBeGreaterThan(0);
    expect(rec.cpu_system_s).toBeGreaterThan(0); // 300 MB of page faults are kernel time
    // The split adds up to the tree's CPU time, which comes from the same rusage.
    expect(Math.abs(rec.cpu_user_s! + rec.cpu_system_s! - rec.cpu_time_s)).toBeLessThan(0.05);
    expect(rec.gates.map((g) => g.status)).toEqual(['passed', 'passed']);
    expect(r.code).toBe(0);
  });
});
