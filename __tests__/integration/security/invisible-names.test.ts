/**
 * Names with invisible format characters are refused on input, but a history from a cache, an import or an older
 * pyrun may still hold them. Wherever pyrun shows such a name — the `history` listing (table, JSON, CSV), `trend`,
 * `compare`, an error message quoting it, the markdown, HTML and site reports — each character is written as a
 * visible `\u202E` escape, never raw. The built CLI on a real history file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { makeRecord } from '../../helpers/builders.js';
import { pyrun } from '../../helpers/pyrun.js';
import { makeTempDirs } from '../history/helpers.js';

const temp = makeTempDirs('invisible');
afterAll(() => temp.cleanup());

/** Right-to-left override (reads as `etlyp.txt`), zero-width space, a tag character (astral), a BOM. */
const DISGUISED = 'etl\u202Etxt.py';
const LOOKALIKE = 'etl\u200B\u{E0041}\uFEFF';
const ESCAPED = ['etl\\u202Etxt.py', 'etl\\u200B\\u{E0041}\\uFEFF'];
/** Any character of category Cf, raw. */
const RAW = /\p{Cf}/u;

let dir: string;
let db: string;

beforeAll(async () => {
  dir = temp.next();
  db = join(dir, 'h.sqlite');
  const store = await HistoryStore.open(db);
  for (const name of [DISGUISED, LOOKALIKE]) {
    for (let i = 0; i < 3; i++) store.insert(makeRecord({ name, repeats: undefined }));
  }
  await store.save();
  store.close();
});

async function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  const result = await pyrun(args, { record: false, cwd: dir });
  return { code: result.code, out: result.stdout + result.stderr };
}

describe('a stored name with invisible characters', () => {
  it('history (table): escaped, never raw', async () => {
    const { code, out } = await cli(['history', '--db', db]);
    expect(code).toBe(0);
    for (const shown of ESCAPED) expect(out).toContain(shown);
    expect(out).not.toMatch(RAW);
  });

  it('history --json: escaped in the text, the same value when parsed', async () => {
    const result = await pyrun(['history', '--db', db, '--json'], { record: false, cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW);
    expect(result.stdout).toContain('\\u202e');
    const names = new Set((JSON.parse(result.stdout) as { name: string }[]).map((r) => r.name));
    expect(names).toEqual(new Set([DISGUISED, LOOKALIKE]));
  });

  it('history --csv: escaped', async () => {
    const { code, out } = await cli(['history', '--db', db, '--csv']);
    expect(code).toBe(0);
    for (const shown of ESCAPED) expect(out).toContain(shown);
    expect(out).not.toMatch(RAW);
  });

  it('an error quoting the names (no --name with two series): escaped', async () => {
    const { code, out } = await cli(['trend', '--db', db]);
    expect(code).toBe(125);
    expect(out).toMatch(/--name is required/);
    for (const shown of ESCAPED) expect(out).toContain(shown);
    expect(out).not.toMatch(RAW);
  });

  it.each([['trend'], ['compare']])('%s --name (raw): its lines escaped', async (command) => {
    const { code, out } = await cli([command, '--db', db, '--name', DISGUISED]);
    expect(code === 0 || code === 99).toBe(true);
    expect(out).toContain(ESCAPED[0]);
    expect(out).not.toMatch(RAW);
  });

  it('report --summary and --html, and the site: escaped', async () => {
    const md = join(dir, 'r.md');
    const html = join(dir, 'r.html');
    const { code } = await cli(['report', '--db', db, '--name', DISGUISED, '--summary', md, '--html', html]);
    expect(code).toBe(0);
    for (const file of [md, html]) {
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(ESCAPED[0]);
      expect(text).not.toMatch(RAW);
    }
    const site = join(dir, 'site');
    expect((await cli(['site', '--db', db, '--out', site])).code).toBe(0);
    const data = readdirSync(join(site, 'data')).map((f) => readFileSync(join(site, 'data', f), 'utf8'));
    const all = data.join('\n');
    expect(all).not.toMatch(RAW);
    // In the site's data the escape is itself text (a backslash, then u202E), for the page to show as written.
    expect(all).toContain('etl\\\\u202Etxt.py');
  });
});
