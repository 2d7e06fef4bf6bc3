/**
 * Report paths on the built CLI: every report flag creates its folders; one that cannot be written is one
 * warning, the others are still written, the run's history is kept and pyrun exits with the script's own code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fixture, pyrun, tempDir } from '../../helpers/pyrun.js';

describe('report paths of pyrun run', () => {
  it('creates the folders of --json, --junit, --tap, --summary and --html', async () => {
    const dir = tempDir('pyrun-cli-reports-');
    const paths = {
      '--json': path.join(dir, 'a', 'run.json'),
      '--junit': path.join(dir, 'b', 'c', 'run.xml'),
      '--tap': path.join(dir, 'd', 'run.tap'),
      '--summary': path.join(dir, 'e', 'run.md'),
      '--html': path.join(dir, 'f', 'g', 'run.html'),
    };
    const r = await pyrun(['run', '--no-history', ...Object.entries(paths).flat(), fixture('exit3.py')], {
      record: false,
    });
    expect(r.code).toBe(3);
    for (const file of Object.values(paths)) expect(existsSync(file)).toBe(true);
    expect(readFileSync(paths['--tap'], 'utf8')).toMatch(/^TAP version 13\n/);
    expect(r.stderr).not.toMatch(/could not write/);
  });

  it('warns once for a path under a file, writes the rest, keeps the history and exits with the script’s code', async () => {
    const dir = tempDir('pyrun-cli-reports-');
    writeFileSync(path.join(dir, 'results'), 'a file, not a folder');
    const db = path.join(dir, 'history.sqlite');
    const json = path.join(dir, 'out', 'run.json');
    const r = await pyrun(
      [
        'run',
        '--db',
        db,
        '--json',
        json,
        '--junit',
        path.join(dir, 'results', 'run.xml'),
        fixture('exit3.py'),
      ],
      { record: false },
    );
    expect(r.code).toBe(3);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('could not write'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/run\.xml: a folder on the path is a file/);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ exit_code: 3 });
    const history = await pyrun(['history', '--db', db, '--json'], { record: false });
    expect(history.code).toBe(0);
    expect(JSON.parse(history.stdout)).toHaveLength(1);
  });
});
