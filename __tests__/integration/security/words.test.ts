/**
 * Words pyrun prints or sends cannot become commands, formulas, disguises or mail headers; a script killed by a
 * real-time signal exits 128+N. Through the built CLI, with real Python processes.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { fixture, pyrun } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';
import { makeTempDirs } from '../history/helpers.js';

const temp = makeTempDirs('words');
afterAll(() => temp.cleanup());

describe('a script killed by a real-time signal', () => {
  it.each([34, 40, 64])('signal %i: exit 128+N', async (n) => {
    const script = join(temp.next(), 'die.py');
    writeFileSync(script, `import os\nos.kill(os.getpid(), ${n})\n`);
    const result = await pyrun(['run', '--no-history', script], { record: false });
    expect(result.code).toBe(128 + n);
  });
});

describe('text that would be obeyed', () => {
  it('an unknown command or option with a line break prints no workflow command', async () => {
    for (const argv of [['bogus\n::error::forged'], ['run', '--bogus\n::error::forged', 'x.py']]) {
      const result = await pyrun(argv, { record: false });
      expect(result.code).toBe(125);
      expect(result.stderr.split('\n').filter((l) => /^\s*::/.test(l))).toEqual([]);
    }
  });

  it('history --csv keeps a formula-like name as text', async () => {
    const db = join(temp.next(), 'h.sqlite');
    const store = await HistoryStore.open(db);
    store.insert(makeRecord({ name: '=HYPERLINK("http://x","y")', repeats: undefined }));
    store.insert(makeRecord({ name: '@SUM(1)', repeats: undefined }));
    await store.save();
    store.close();
    const result = await pyrun(['history', '--db', db, '--csv'], { record: false });
    expect(result.code).toBe(0);
    const cells = result.stdout
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[1]);
    expect(cells.sort()).toEqual(['"\'=HYPERLINK(""http://x""', "'@SUM(1)"].sort());
  });

  it.each([
    ['--name', 'etl\u202Egpj'],
    ['--name', 'etl\u200B'],
    ['--email-to', 'a@b.c\r\nBcc: v@x.y'],
    ['--email-to', 'notanaddress'],
  ])('%s %j is refused (125) naming the flag', async (flag, value) => {
    const extra = flag === '--email-to' ? ['--smtp', 'smtp://127.0.0.1:9'] : [];
    const result = await pyrun(['run', '--no-history', flag, value, ...extra, fixture('nap.py'), '0'], {
      record: false,
    });
    expect(result.code).toBe(125);
    expect(result.stderr).toContain(flag);
  });
});
