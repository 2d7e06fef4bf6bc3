/**
 * What --db may point at: a regular file or nothing (symlinks followed, the symlink kept). Devices, FIFOs,
 * sockets and directories are refused before anything is read or written; files that are not pyrun histories are
 * refused and left byte for byte as they were; files too large for the store are refused by their size.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  HistoryTargetError,
  MAX_HISTORY_BYTES,
  PYRUN_APPLICATION_ID,
  openHistory,
} from '../../../src/engine/history/index.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { EXIT_PYRUN_ERROR } from '../../../src/engine/outcome.js';
import { makeRecord } from '../../helpers/builders.js';
import { count, makeTempDirs, rawDatabase } from './helpers.js';

const temp = makeTempDirs('history-target');
afterAll(() => temp.cleanup());

/** Both ways in (reading, and opening to record) refuse `path` with a 125 error matching `message`. */
async function expectRefused(path: string, message: RegExp): Promise<void> {
  for (const open of [() => HistoryStore.open(path), () => openHistory(path, { mode: 'merge' })]) {
    const error = await open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HistoryTargetError);
    expect((error as HistoryTargetError).exitCode).toBe(EXIT_PYRUN_ERROR);
    expect((error as Error).message).toMatch(message);
  }
}

async function historyWithRuns(path: string, runs: number): Promise<void> {
  const history = await openHistory(path, { mode: 'merge' });
  for (let i = 0; i < runs; i++) await history.commit(makeRecord());
  history.close();
}

describe('--db that is not a regular file', () => {
  it('refuses character devices and leaves them devices', async () => {
    for (const device of ['/dev/null', '/dev/zero']) {
      await expectRefused(device, new RegExp(`^--db ${device} is a character device, not a history file`));
      expect(statSync(device).isCharacterDevice()).toBe(true);
    }
  });

  it('refuses a FIFO without blocking on it', async () => {
    const fifo = join(temp.next(), 'history.sqlite');
    execFileSync('mkfifo', [fifo]);
    await expectRefused(fifo, /is a FIFO \(named pipe\), not a history file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a socket and a directory', async () => {
    const dir = temp.next();
    const socketPath = join(dir, 'history.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      await expectRefused(socketPath, /is a socket, not a history file/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const directory = join(dir, 'history.sqlite');
    mkdirSync(directory);
    await expectRefused(directory, /is a directory, not a history file/);
    expect(readdirSync(directory)).toEqual([]);
  });

  it('refuses a symlink to a device, naming where it leads', async () => {
    const link = join(temp.next(), 'history.sqlite');
    symlinkSync('/dev/null', link);
    await expectRefused(link, /\(through a symlink to \/dev\/null\) is a character device/);
    expect(readlinkSync(link)).toBe('/dev/null');
  });
});

describe('--db through a symlink', () => {
  it('writes through to the history it points at and keeps the symlink', async () => {
    const dir = temp.next();
    const real = join(dir, 'real.sqlite');
    await historyWithRuns(real, 1);
    const link = join(dir, 'history.sqlite');
    symlinkSync('real.sqlite', link);
    await historyWithRuns(link, 2);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real.sqlite');
    const store = await HistoryStore.open(real);
    expect(store.countRuns()).toBe(3);
    store.close();
  });

  it('creates the file a dangling symlink points at', async () => {
    const dir = temp.next();
    const link = join(dir, 'history.sqlite');
    symlinkSync(join(dir, 'kept', 'target.sqlite'), link);
    await historyWithRuns(link, 1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(join(dir, 'kept', 'target.sqlite')).isFile()).toBe(true);
  });
});

describe('a file that is not a pyrun history', () => {
  it('is refused by reading and writing paths alike, and never renamed or changed', async () => {
    const dir = temp.next();
    const SQL = await rawDatabase(new Uint8Array());
    SQL.exec('CREATE TABLE accounts (id INTEGER, balance REAL); INSERT INTO accounts VALUES (1, 2.5)');
    const otherApp = await rawDatabase(SQL.export());
    otherApp.exec('PRAGMA application_id = 1234');
    const cases: [string, Uint8Array, RegExp][] = [
      ['package.json', Buffer.from('{"name": "not-a-history"}\n'.repeat(20)), /not a SQLite database/],
      ['bank.sqlite', SQL.export(), /a SQLite database without pyrun’s tables/],
      [
        'other.sqlite',
        otherApp.export(),
        /a SQLite database of another application \(application_id 0x4d2\)/,
      ],
    ];
    SQL.close();
    otherApp.close();
    for (const [name, bytes, why] of cases) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      await expectRefused(path, new RegExp(`--db ${path} is not a pyrun history \\(${why.source}`));
      expect(readFileSync(path)).toEqual(Buffer.from(bytes));
    }
    expect(readdirSync(dir).sort()).toEqual(['bank.sqlite', 'other.sqlite', 'package.json']);
  });

  it('larger than the store can hold is refused with its size and the limit', async () => {
    const path = join(temp.next(), 'history.sqlite');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_HISTORY_BYTES + 1); // sparse: costs no disk
    closeSync(fd);
    await expectRefused(
      path,
      new RegExp(
        `is ${MAX_HISTORY_BYTES + 1} bytes, larger than the ${MAX_HISTORY_BYTES} bytes a history can hold`,
      ),
    );
    expect(statSync(path).size).toBe(MAX_HISTORY_BYTES + 1);
  });
});

describe('the history file pyrun writes', () => {
  it('carries pyrun’s application id, and a history from before it is still accepted', async () => {
    const dir = temp.next();
    const path = join(dir, 'history.sqlite');
    await historyWithRuns(path, 1);
    const raw = await rawDatabase(readFileSync(path));
    expect(count(raw, 'PRAGMA application_id')).toBe(PYRUN_APPLICATION_ID);
    raw.exec('PRAGMA application_id = 0'); // as every pyrun wrote before it set one
    const legacy = join(dir, 'legacy.sqlite');
    writeFileSync(legacy, raw.export());
    raw.close();
    await historyWithRuns(legacy, 1);
    const store = await HistoryStore.open(legacy);
    expect(store.countRuns()).toBe(2);
    store.close();
  });

  it('keeps the mode of the file it replaces', async () => {
    const path = join(temp.next(), 'history.sqlite');
    await historyWithRuns(path, 1);
    execFileSync('chmod', ['0600', path]);
    await historyWithRuns(path, 1);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    execFileSync('chmod', ['0664', path]);
    await historyWithRuns(path, 1);
    expect(statSync(path).mode & 0o777).toBe(0o664);
  });
});
