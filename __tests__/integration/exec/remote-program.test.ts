/** The remote launcher's program as it travels: one ASCII argument that Python reads back as our sources. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { pythonString, remoteLauncherProgram } from '../../../src/engine/execute/exec/remote-launcher.js';
import { pythonSource } from '../../../src/engine/execute/exec/python-files.js';

describe('remoteLauncherProgram', () => {
  it('is pure ASCII and far below the 128 KiB one argument may hold', () => {
    const program = remoteLauncherProgram();
    expect(/^[\t\n\r\x20-\x7e]*$/.test(program)).toBe(true);
    expect(program.length).toBeLessThan(100_000);
    expect(program).not.toMatch(/^SOURCES = \{\}/m);
  });

  it('carries launcher.py and remote.py byte for byte', () => {
    // The bootstrap's own loader, asked to print what it would load instead of running it.
    const probe = remoteLauncherProgram().replace(
      /^if __name__ == "__main__":[\s\S]*$/m,
      'print(SOURCES["launcher"].encode("utf-8").hex(), SOURCES["remote"].encode("utf-8").hex())\n',
    );
    const r = spawnSync('python3', ['-S', '-E', '-c', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const [launcher, remote] = r.stdout.trim().split(' ');
    expect(Buffer.from(launcher!, 'hex').toString('utf8')).toBe(pythonSource('launcher.py'));
    expect(Buffer.from(remote!, 'hex').toString('utf8')).toBe(pythonSource('remote.py'));
  });
});

describe('pythonString', () => {
  it('is a Python literal of any text, astral characters and quotes included', () => {
    for (const text of ['', 'plain', 'é ü ß', '😀 and 𝄞', '"\'\\ \n\t\r \u2028 \u0000 \x7f', '}{']) {
      const literal = pythonString(text);
      expect(/^[\x20-\x7e]*$/.test(literal)).toBe(true);
      const r = spawnSync('python3', ['-S', '-E', '-c', `print(${literal}.encode("utf-8").hex())`], {
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(Buffer.from(r.stdout.trim(), 'hex').toString('utf8')).toBe(text);
    }
  });
});
