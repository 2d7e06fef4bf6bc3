/**
 * The local executor and its launcher (src/python/launcher.py) as pyrun runs them, on real processes: what `ps`
 * shows, the kernel's exact figures, and a clean, typed failure when the interpreter dies before the script.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ScriptStartError } from '../../../src/engine/execute/exec/errors.js';
import { startLocal } from '../../../src/engine/execute/exec/local.js';
import { pythonFile } from '../../../src/engine/execute/exec/python-files.js';
import { fixture, FIXTURES } from '../../helpers/pyrun.js';
import { testEnv, writeScript } from './helpers.js';

const spec = (script: string, args: string[] = [], python = 'python3') => ({
  python,
  script,
  args,
  cwd: FIXTURES,
  env: testEnv(),
});

describe('the local launcher', () => {
  it('is a file on a short command line: python -S -E …/launch.py -- SCRIPT ARGS', async () => {
    const running = startLocal(spec(fixture('burn.py'), ['0.2']));
    const info = await running.started;
    const argv = readFileSync(`/proc/${info.sampler_root_pid}/cmdline`, 'utf8').split('\0').slice(0, -1);
    await running.done;
    // Through a pyenv shim the first words are the shim's; the launcher's own arguments end the line.
    // On Linux the launcher also times its calibration loop on each core once the tree is gone (--calibrate).
    const options = process.platform === 'linux' ? ['--calibrate'] : [];
    expect(argv.slice(-6 - options.length)).toEqual([
      '-S',
      '-E',
      pythonFile('launch.py'),
      ...options,
      '--',
      fixture('burn.py'),
      '0.2',
    ]);
    expect(argv.join(' ').length).toBeLessThan(1000);
  }, 20_000);

  it('reports the reaped tree’s rusage, the same CPU as its total', async () => {
    const running = startLocal(spec(fixture('tree.py')));
    await running.started;
    const exit = await running.done;
    expect(exit.exact).toBe(true);
    const r = exit.rusage!;
    expect(r.cpu_user_s + r.cpu_system_s).toBeCloseTo(exit.cpu_time_s as number, 9);
    expect(r.cpu_user_s + r.cpu_system_s).toBeGreaterThanOrEqual(3); // three children burning 1 s each
    expect(r.cpu_user_s).toBeGreaterThan(0);
    // 4 processes touching ≥ 240 MB: at least one minor fault per 4 KiB page.
    expect(r.minor_faults).toBeGreaterThan((240 * 1024 * 1024) / 4096);
    expect(r.major_faults).toBeGreaterThanOrEqual(0);
    expect(r.voluntary_ctx_switches).toBeGreaterThan(0); // each process waited at least once
    expect(r.involuntary_ctx_switches).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it('runs a module as `python -m` does, profiled or not', async () => {
    const dir = path.dirname(writeScript('', '__init__.py'));
    const pkg = path.basename(dir);
    writeFileSync(
      path.join(dir, 'job.py'),
      'import sys\nprint(__name__, sys.argv[1:], file=open(sys.argv[1], "w"))\nsys.exit(6)\n',
    );
    for (const profile_path of [undefined, path.join(dir, 'job.pstats')]) {
      const out = path.join(dir, 'out.txt');
      const running = startLocal({
        ...spec(`${pkg}.job`, [out]),
        cwd: path.dirname(dir),
        module: true,
        profile_path,
      });
      await running.started;
      const exit = await running.done;
      expect(exit.exit_code).toBe(6);
      expect(readFileSync(out, 'utf8')).toBe(`__main__ ['${out}']\n`);
      if (profile_path) expect(existsSync(profile_path)).toBe(true);
    }
  }, 20_000);

  it('rejects `started` with a ScriptStartError naming an interpreter that exits before the script', async () => {
    for (const [python, message] of [
      ['/bin/false', "python '/bin/false' exited 1 before the script started"],
      ['/nonexistent/python9', "python '/nonexistent/python9' not found"],
    ] as const) {
      const running = startLocal(spec(writeScript('print(1)\n'), [], python));
      const error = await running.started.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ScriptStartError);
      expect((error as ScriptStartError).message).toBe(message);
      expect((error as ScriptStartError).interpreter).toBe(python);
      await expect(running.done).rejects.toBe(error);
    }
  }, 20_000);
});
