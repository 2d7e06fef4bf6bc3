/**
 * A signal to pyrun while it waits for the history's lock, which another process holds live (the lock pyrun
 * itself takes: proper-lockfile, refreshed while held), ends pyrun at once: 143 for SIGTERM, 130 for SIGINT, a
 * message naming the wait, nothing written (neither the history nor a report), and the holder's lock untouched.
 * Two real processes: the holder and the built CLI.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { CLI, fixture, ROOT } from '../../helpers/pyrun.js';
import { makeTempDirs } from '../history/helpers.js';

const temp = makeTempDirs('lock-signal');
afterAll(() => temp.cleanup());

/** Resolves with the child's output once `pattern` appears in it (rejects when the child ends first). */
function waitFor(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (d: Buffer) => {
      text += d.toString();
      if (pattern.test(text)) {
        child[stream]!.off('data', onData);
        resolve(text);
      }
    };
    child[stream]!.on('data', onData);
    child.once('exit', () => reject(new Error(`ended before ${String(pattern)}:\n${text}`)));
  });
}

/** Another holder of the history's lock, as pyrun takes it; prints HELD, and RELEASED on SIGTERM. */
function startHolder(db: string): ChildProcess {
  const program = `
    const lockfile = require('proper-lockfile');
    lockfile.lock(${JSON.stringify(db)}, {
      realpath: false, lockfilePath: ${JSON.stringify(`${db}.lock`)}, stale: 10000,
      onCompromised: () => { console.log('COMPROMISED'); process.exit(3); },
    }).then((release) => {
      console.log('HELD');
      process.on('SIGTERM', () => release().then(() => { console.log('RELEASED'); process.exit(0); }));
      setInterval(() => undefined, 1000);
    });`;
  return spawn(process.execPath, ['-e', program], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

function ended(child: ChildProcess): Promise<[number | null, NodeJS.Signals | null]> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve([child.exitCode, child.signalCode]);
    else child.once('exit', (code, signal) => resolve([code, signal]));
  });
}

describe('a signal while pyrun waits for a lock another pyrun holds', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s ends it at once with %i; nothing written; the holder’s lock untouched',
    async (signal, code) => {
      const dir = temp.next();
      const db = join(dir, 'h.sqlite');
      const json = join(dir, 'run.json');
      const store = await HistoryStore.open(db);
      store.insert(makeRecord({ name: 'etl', repeats: undefined }));
      await store.save();
      store.close();
      const before = readFileSync(db);

      const holder = startHolder(db);
      const holderOut = waitFor(holder, 'stdout', /HELD/);
      await holderOut;
      let holderText = '';
      holder.stdout!.on('data', (d: Buffer) => (holderText += d.toString()));
      try {
        const child = spawn(
          process.execPath,
          [CLI, 'run', '--db', db, '--json', json, '--name', 'etl', fixture('nap.py'), '0'],
          { cwd: dir, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let stderr = '';
        child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        // 30 s: far below the lock's two-minute wait, so a signal that does not end the wait fails the test.
        const deadline = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await waitFor(child, 'stderr', /waiting for the lock of history file .*held by another pyrun/);
        child.kill(signal);
        const [exitCode, killedBy] = await ended(child);
        clearTimeout(deadline);

        expect([exitCode, killedBy]).toEqual([code, null]);
        expect(stderr).toContain(`received ${signal}: stopping the wait for the history’s lock`);
        expect(stderr).toMatch(
          new RegExp(`interrupted by ${signal} while waiting for the lock of history file .*h\\.sqlite`),
        );
        expect(readFileSync(db)).toEqual(before);
        expect(existsSync(json)).toBe(false);
        // The holder still holds its lock, never compromised, and releases it itself.
        expect(existsSync(`${db}.lock`)).toBe(true);
        expect(holder.exitCode).toBeNull();
        holder.kill('SIGTERM');
        expect(await ended(holder)).toEqual([0, null]);
        expect(holderText).toContain('RELEASED');
        expect(holderText).not.toContain('COMPROMISED');
        expect(existsSync(`${db}.lock`)).toBe(false);
      } finally {
        if (holder.exitCode === null && holder.signalCode === null) holder.kill('SIGKILL');
      }
    },
    60_000,
  );
});
