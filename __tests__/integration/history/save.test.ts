import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryError, HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs } from './helpers.js';

const temp = makeTempDirs('history-save');
afterAll(() => temp.cleanup());

describe('HistoryStore.save', () => {
  it('creates missing parent directories and leaves no temp file behind', async () => {
    const root = temp.next();
    const path = join(root, '.pyrun', 'deep', 'history.sqlite');
    const store = await HistoryStore.open(path);
    expect(readdirSync(root)).toEqual([]); // opening writes nothing
    store.insert(makeRecord());
    expect(await store.save()).toBe(true);
    expect(readdirSync(join(root, '.pyrun', 'deep'))).toEqual(['history.sqlite']);

    // A second save replaces the file by rename (a new inode), still with no leftovers.
    const before = statSync(path).ino;
    store.insert(makeRecord());
    expect(await store.save()).toBe(true);
    expect(statSync(path).ino).not.toBe(before);
    expect(readdirSync(join(root, '.pyrun', 'deep'))).toEqual(['history.sqlite']);
    store.close();

    const reopened = await HistoryStore.open(path);
    expect(reopened.countRuns()).toBe(2);
    reopened.close();
  });

  it('reports a failed write as a HistoryError and removes its temp file', async () => {
    const dir = temp.next();
    const path = join(dir, 'history.sqlite');
    const store = await HistoryStore.open(path);
    store.insert(makeRecord());
    mkdirSync(join(path, 'in-the-way'), { recursive: true }); // a non-empty directory where the file goes
    await expect(store.save()).rejects.toThrow(HistoryError);
    await expect(store.save()).rejects.toThrow(`cannot save history to ${path}`);
    expect(readdirSync(dir)).toEqual(['history.sqlite']);
    expect(statSync(path).isDirectory()).toBe(true);
    store.close();
  });

  it('writes nothing for an in-memory store', async () => {
    const store = await HistoryStore.openInMemory();
    store.insert(makeRecord());
    expect(await store.save()).toBe(false);
    store.close();
  });
});
