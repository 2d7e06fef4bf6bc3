/** `pyrun site` refuses what it cannot do with one line naming the cause and exit 125, before writing anything. */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { pyrun, tempDir } from '../../helpers/pyrun.js';
import { twoSeries } from '../../helpers/site-records.js';

describe('pyrun site', () => {
  it('needs --out, an existing history and an http(s) --repo-url', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'h.sqlite');
    writeFileSync(
      path.join(dir, 'runs.jsonl'),
      twoSeries()
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const imported = await pyrun(['history', 'import', path.join(dir, 'runs.jsonl'), '--db', db], {
      record: false,
    });
    expect(imported.code).toBe(0);
    const cases: [string[], RegExp][] = [
      [['site', '--db', db], /needs --out DIR/],
      [['site', '--db', path.join(dir, 'none.sqlite'), '--out', 'x'], /no history at/],
      [
        ['site', '--db', db, '--out', 'x', '--repo-url', 'javascript:alert(1)'],
        /--repo-url must be an http\(s\) URL/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await pyrun(args, { record: false, cwd: dir });
      expect([r.code, r.stderr.trim().split('\n').length]).toEqual([125, 1]);
      expect(r.stderr).toMatch(message);
    }
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
    const ok = await pyrun(['site', '--db', db, '--out', 'x'], { record: false, cwd: dir });
    expect([ok.code, ok.stderr]).toEqual([0, 'pyrun: site of 2 series (24 runs) written to x/index.html\n']);
  }, 60_000);
});
