import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openHistory } from '../../../src/engine/history/open.js';
import { HistoryError, HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs, rawDatabase } from './helpers.js';

const temp = makeTempDirs('history-damage');
afterAll(() => temp.cleanup());

const NOW = new Date(Date.UTC(2025, 6, 14, 8, 30, 15, 250));
const ASIDE_SUFFIX = '.corrupt-2025-07-14T08-30-15-250Z';

/** A saved history of `runs` runs; returns its path and bytes. */
async function savedHistory(runs: number): Promise<{ path: string; bytes: Buffer }> {
  const path = join(temp.next(), 'history.sqlite');
  const store = await HistoryStore.open(path);
  for (let i = 0; i < runs; i++) store.insert(makeRecord());
  await store.save();
  store.close();
  return { path, bytes: readFileSync(path) };
}

/**
 * A damaged pyrun history: reading leaves it untouched; recording a run moves it aside (with a warning) and
 * keeps the new run.
 */
async function expectMovedAsideAndNewRunKept(path: string, damaged: Buffer, reason: RegExp): Promise<void> {
  const reader = await HistoryStore.open(path, { now: () => NOW });
  expect(reader.warnings).toHaveLength(1);
  expect(reader.warnings[0]).toContain(`history file ${path} is damaged`);
  expect(reader.warnings[0]).toMatch(reason);
  expect(reader.countRuns()).toBe(0);
  reader.close();
  expect(readFileSync(path)).toEqual(damaged);
  expect(existsSync(`${path}${ASIDE_SUFFIX}`)).toBe(false);

  const history = await openHistory(path, { mode: 'merge', now: () => NOW });
  expect(history.warnings[0]).toMatch(reason);
  const record = makeRecord();
  const result = await history.commit(record);
  history.close();
  expect(result).toMatchObject({ saved: true, added: true, runs: 1 });
  expect(result.warnings).toHaveLength(1);
  expect(result.warnings[0]).toContain(`moved it aside to ${path}${ASIDE_SUFFIX}`);
  expect(readFileSync(`${path}${ASIDE_SUFFIX}`)).toEqual(damaged);

  const reopened = await HistoryStore.open(path);
  expect(reopened.warnings).toEqual([]);
  expect(reopened.getRun(record.run_id)).toEqual(record);
  reopened.close();
}

/** A history with a page deep inside (sample rows) overwritten: only a whole-file check finds it at open. */
async function deepDamage(): Promise<{ path: string; damaged: Buffer }> {
  const { path, bytes } = await savedHistory(40);
  const pageSize = bytes.readUInt16BE(16);
  const damaged = Buffer.from(bytes);
  const page = Math.floor((bytes.length / pageSize) * 0.6);
  damaged.fill(0xa5, pageSize * page, pageSize * (page + 1));
  writeFileSync(path, damaged);
  return { path, damaged };
}

describe('a damaged history file', () => {
  it('cut short mid-page is moved aside', async () => {
    const { path, bytes } = await savedHistory(40);
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2) + 123);
    writeFileSync(path, truncated);
    await expectMovedAsideAndNewRunKept(path, truncated, /truncated/);
  });

  it('cut short at a page boundary is moved aside', async () => {
    const { path, bytes } = await savedHistory(40);
    const pageSize = bytes.readUInt16BE(16);
    const truncated = bytes.subarray(0, pageSize * 3);
    writeFileSync(path, truncated);
    await expectMovedAsideAndNewRunKept(path, truncated, /truncated: the header promises/);
  });

  it('with a page overwritten deep inside is caught by the integrity check and moved aside', async () => {
    const { path, damaged } = await deepDamage();
    await expectMovedAsideAndNewRunKept(path, damaged, /malformed|integrity check failed|corrupt/i);
  });

  it('does not overwrite an earlier damaged copy', async () => {
    const { path, bytes } = await savedHistory(3);
    writeFileSync(`${path}${ASIDE_SUFFIX}`, 'first');
    const second = bytes.subarray(0, 1000);
    writeFileSync(path, second);
    const history = await openHistory(path, { mode: 'merge', now: () => NOW });
    const result = await history.commit(makeRecord());
    history.close();
    expect(result.warnings[0]).toContain(`moved it aside to ${path}${ASIDE_SUFFIX}-1`);
    expect(readFileSync(`${path}${ASIDE_SUFFIX}`, 'utf8')).toBe('first');
    expect(readFileSync(`${path}${ASIDE_SUFFIX}-1`)).toEqual(second);
  });

  it('that is empty is simply a new history', async () => {
    const dir = temp.next();
    const path = join(dir, 'history.sqlite');
    writeFileSync(path, '');
    const store = await HistoryStore.open(path);
    expect(store.warnings).toEqual([]);
    expect(store.countRuns()).toBe(0);
    store.close();
    expect(readdirSync(dir)).toEqual(['history.sqlite']);
  });

  it('that cannot be read at all is an error naming the file', async () => {
    const parent = join(temp.next(), 'not-a-directory');
    writeFileSync(parent, 'a file where a directory should be');
    const path = join(parent, 'history.sqlite');
    await expect(HistoryStore.open(path)).rejects.toThrow(`--db ${path}: cannot be examined (ENOTDIR`);
  });
});

describe('a damaged history opened read-only (the reading commands)', () => {
  it('skips the whole-file check, and a query that reaches the damage is an error naming the file', async () => {
    const { path, damaged } = await deepDamage();
    const store = await HistoryStore.open(path, { read_only: true });
    expect(store.warnings).toEqual([]);
    const readEverything = () => {
      for (const run of store.listRuns()) store.getRun(run.run_id);
    };
    expect(readEverything).toThrow(HistoryError);
    expect(readEverything).toThrow(
      new RegExp(
        `^history file ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged \\(.*(malformed|corrupt)`,
        'i',
      ),
    );
    expect(await store.save()).toBe(false);
    store.close();
    expect(readFileSync(path)).toEqual(damaged);
  });

  it('still reads an intact history as it is', async () => {
    const { path } = await savedHistory(3);
    const store = await HistoryStore.open(path, { read_only: true });
    expect(store.warnings).toEqual([]);
    expect(store.listRuns().map((r) => store.getRun(r.run_id)?.run_id)).toHaveLength(3);
    store.close();
  });
});

describe('a history file from a newer pyrun', () => {
  it('is read, never written, and says so', async () => {
    const { path } = await savedHistory(2);
    const raw = await rawDatabase(readFileSync(path));
    raw.exec('PRAGMA user_version = 99');
    const newer = Buffer.from(raw.export());
    raw.close();
    writeFileSync(path, newer);

    const store = await HistoryStore.open(path);
    expect(store.warnings).toEqual([
      expect.stringMatching(/schema v99, newer than this pyrun understands \(v\d+\)/),
    ]);
    expect(store.countRuns()).toBe(2);
    expect(await store.save()).toBe(false);
    store.close();
    expect(readFileSync(path)).toEqual(newer);
  });
});
