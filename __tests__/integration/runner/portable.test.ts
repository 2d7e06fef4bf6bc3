/**
 * The fallback for systems without /proc (macOS, Windows): `ps` + pidusage sampling, and on Windows the script run
 * directly without the launcher. Both paths run here on Linux against real processes, forced.
 */
import { describe, expect, it } from '@jest/globals';
import { startDirect } from '../../../src/engine/execute/exec/direct.js';
import { startLocal } from '../../../src/engine/execute/exec/local.js';
import { systemClock } from '../../../src/engine/ports.js';
import { runScript, type RunSpec } from '../../../src/engine/execute/run-script.js';
import { LinuxProcSource } from '../../../src/engine/execute/sample/linux.js';
import { FIXTURES } from '../../helpers/pyrun.js';
import { runSpec } from '../../helpers/builders.js';

const spec = (script: string, args: string[] = []): RunSpec =>
  runSpec({
    name: 'portable',
    launch: { script, args, cwd: FIXTURES, env: { ...(process.env as Record<string, string>) } },
    interval_s: 0.2,
    timeout_s: 20,
  });

describe('portable sampling (ps + pidusage)', () => {
  it('finds the tree under the launcher; CPU and peak memory still exact from the launcher', async () => {
    const rec = await runScript(spec('tree.py'), {
      clock: systemClock,
      proc: new LinuxProcSource(),
      start: startLocal,
      sampling: 'portable',
    });
    expect(rec.status).toBe('passed');
    expect(rec.max_processes).toBe(4);
    expect(rec.peak_rss_mb).toBeGreaterThanOrEqual(240);
    expect(rec.cpu_time_s).toBeGreaterThanOrEqual(3);
    expect(rec.samples).toBeGreaterThan(2);
  });

  it('runs the script directly (Windows’ path) and still samples and passes the exit code', async () => {
    const deps = {
      clock: systemClock,
      proc: new LinuxProcSource(),
      start: startDirect,
      sampling: 'portable' as const,
    };
    const burn = await runScript(spec('burn.py', ['0.8']), deps);
    expect(burn.status).toBe('passed');
    expect(burn.samples).toBeGreaterThanOrEqual(2);
    expect(Math.max(...burn.series.map((s) => s.rss_mb))).toBeGreaterThan(5);
    expect(burn.cpu_time_s).toBeGreaterThan(0.3); // from the samples: the last interval is missed
    const fail = await runScript(spec('exit3.py'), deps);
    expect([fail.status, fail.exit_code]).toEqual(['failed', 3]);
  });
});
