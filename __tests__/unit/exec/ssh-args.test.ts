/** The ssh client's argv and the remote command line, built as pure values. */
import { describe, expect, it } from '@jest/globals';
import { remoteLauncherProgram } from '../../../src/engine/execute/exec/remote-launcher.js';
import type { TransportEnd } from '../../../src/engine/execute/exec/remote-session.js';
import {
  describeSshEnd,
  remoteCommand,
  shellQuote,
  SshConnectionLost,
  sshArgs,
} from '../../../src/engine/execute/exec/ssh.js';

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes everything else', () => {
    expect(shellQuote('python3')).toBe('python3');
    expect(shellQuote('/usr/bin/python3.11')).toBe('/usr/bin/python3.11');
    expect(shellQuote('a=b,c:d@e%f+g')).toBe('a=b,c:d@e%f+g');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote('`x`;|&<>*?~#!(){}[]')).toBe("'`x`;|&<>*?~#!(){}[]'");
    expect(shellQuote('-c')).toBe('-c');
  });

  it("closes the quote around a ' and escapes it", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote("'")).toBe(`''\\'''`);
  });

  it('refuses NUL, which no shell word can hold', () => {
    expect(() => shellQuote('a\0b')).toThrow(/NUL/);
  });
});

describe('remoteCommand', () => {
  it('execs the remote interpreter on the launcher, every word quoted', () => {
    const command = remoteCommand('/opt/my python/bin/python3');
    expect(command.startsWith("exec '/opt/my python/bin/python3' -S -E -c '")).toBe(true);
    expect(command.endsWith("'")).toBe(true);
    // The launcher is one word: a quoted body between the options and the end.
    expect(command).toBe(`exec '/opt/my python/bin/python3' -S -E -c ${shellQuote(remoteLauncherProgram())}`);
  });
});

describe('sshArgs', () => {
  it('builds a batch-mode, strict, quiet client command with every option given', () => {
    expect(
      sshArgs(
        { host: 'build.example', user: 'ci', port: 2222, key: '/k/id', knownHosts: '/k/known hosts' },
        'exec python3',
      ),
    ).toEqual([
      '-T',
      '-e',
      'none',
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'UserKnownHostsFile="/k/known hosts"',
      '-o',
      'ConnectTimeout=10',
      '-o',
      'ServerAliveInterval=5',
      '-o',
      'ServerAliveCountMax=3',
      '-o',
      'LogLevel=ERROR',
      '-p',
      '2222',
      '-i',
      '/k/id',
      '-o',
      'IdentitiesOnly=yes',
      '-l',
      'ci',
      '--',
      'build.example',
      'exec python3',
    ]);
  });

  it('leaves the user, port, key and known_hosts to ~/.ssh/config when not given', () => {
    const args = sshArgs({ host: 'h' }, 'cmd');
    expect(args).not.toContain('-p');
    expect(args).not.toContain('-i');
    expect(args).not.toContain('-l');
    expect(args.some((a) => a.startsWith('UserKnownHostsFile'))).toBe(false);
    expect(args.slice(-3)).toEqual(['--', 'h', 'cmd']);
  });

  it('checks host keys strictly unless told explicitly not to', () => {
    expect(sshArgs({ host: 'h' }, 'c')).toContain('StrictHostKeyChecking=yes');
    expect(sshArgs({ host: 'h', strictHostKeyChecking: true }, 'c')).toContain('StrictHostKeyChecking=yes');
    expect(sshArgs({ host: 'h', strictHostKeyChecking: false }, 'c')).toContain('StrictHostKeyChecking=no');
  });

  it('refuses a host, user or port that would be read as something else', () => {
    expect(() => sshArgs({ host: '-oProxyCommand=x' }, 'c')).toThrow(/bad ssh host/);
    expect(() => sshArgs({ host: '' }, 'c')).toThrow(/bad ssh host/);
    expect(() => sshArgs({ host: 'a b' }, 'c')).toThrow(/bad ssh host/);
    expect(() => sshArgs({ host: 'h', user: '-x' }, 'c')).toThrow(/bad ssh user/);
    expect(() => sshArgs({ host: 'h', port: 0 }, 'c')).toThrow(/bad ssh port/);
    expect(() => sshArgs({ host: 'h', port: 70000 }, 'c')).toThrow(/bad ssh port/);
    expect(() => sshArgs({ host: 'h', knownHosts: '/a"b' }, 'c')).toThrow(/cannot contain/);
  });
});

describe('describeSshEnd', () => {
  const end = (e: Partial<TransportEnd>): TransportEnd => ({
    code: 255,
    signal: null,
    started: false,
    stderr: '',
    ...e,
  });

  it('calls a connection that drops after the start lost', () => {
    const error = describeSshEnd(
      'ci@h',
      'python3',
      end({ started: true, stderr: 'Connection to h closed by remote host.\r\n' }),
    );
    expect(error).toBeInstanceOf(SshConnectionLost);
    expect(error.message).toBe('ssh connection to ci@h lost: Connection to h closed by remote host.');
    expect(
      describeSshEnd('h', 'python3', end({ started: true, code: null, signal: 'SIGTERM' })),
    ).toBeInstanceOf(SshConnectionLost);
  });

  it('tells a failed connection, a missing interpreter and a launcher that died apart', () => {
    expect(describeSshEnd('h', 'python3', end({ stderr: 'Permission denied (publickey).\n' })).message).toBe(
      'ssh to h failed: Permission denied (publickey).',
    );
    expect(
      describeSshEnd('h', 'py', end({ code: 127, stderr: 'bash: line 1: exec: py: not found\n' })).message,
    ).toBe('the remote interpreter py cannot run on h: bash: line 1: exec: py: not found');
    const died = describeSshEnd('h', 'python3', end({ started: true, code: 1, stderr: 'Traceback …\n' }));
    expect(died).not.toBeInstanceOf(SshConnectionLost);
    expect(died.message).toBe('the remote launcher on h ended (exit 1) without reporting: Traceback …');
  });
});
