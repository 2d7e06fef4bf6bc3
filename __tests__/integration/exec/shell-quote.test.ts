/** shellQuote against real POSIX shells: what the remote shell reads back is exactly the word we meant. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { remoteCommand, shellQuote } from '../../../src/engine/execute/exec/ssh.js';
import { remoteLauncherProgram } from '../../../src/engine/execute/exec/remote-launcher.js';

const SHELLS = ['/bin/sh', '/bin/dash', '/bin/bash', '/usr/bin/zsh'].filter((s) => existsSync(s));

/** Runs `printf '%s\0' WORDS…` in the shell and returns the words it printed. */
function echoWords(shell: string, words: string[]): string[] {
  const script = `printf '%s\\0' ${words.map(shellQuote).join(' ')}`;
  const r = spawnSync(shell, ['-c', script], { encoding: 'buffer' });
  expect(r.status).toBe(0);
  const text = r.stdout.toString('utf8');
  return text.split('\0').slice(0, -1);
}

describe.each(SHELLS)('shellQuote in %s', (shell) => {
  it('survives every character but NUL', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !s.includes('\0')),
          { minLength: 1, maxLength: 20 },
        ),
        (words) => {
          expect(echoWords(shell, words)).toEqual(words);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('survives the nasty ones', () => {
    const words = [
      "'",
      "''",
      '"',
      '\\',
      '$(id)',
      '`id`',
      '${HOME}',
      '~',
      '*',
      '-n',
      '\n',
      ' ',
      '\t',
      'a\'b"c',
      '!',
      '#x',
      ';',
      '&&',
    ];
    expect(echoWords(shell, words)).toEqual(words);
  });

  it('gives the interpreter the launcher as one word, unchanged', () => {
    const command = remoteCommand('/opt/my python/python3');
    expect(command.startsWith('exec ')).toBe(true);
    const r = spawnSync(shell, ['-c', `${command.replace(/^exec /, 'set -- ')}; printf '%s\\0' "$@"`], {
      encoding: 'utf8',
    });
    expect(r.stdout.split('\0').slice(0, -1)).toEqual([
      '/opt/my python/python3',
      '-S',
      '-E',
      '-c',
      remoteLauncherProgram(),
    ]);
  });
});
