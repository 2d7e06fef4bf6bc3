/** The release script on a scratch git repository: it tags vX.Y.Z, moves vX, and refuses what would be wrong. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../scripts/release.mjs');

let repo: string;
const git = (...args: string[]): string =>
  execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();

function commitVersion(version: string): void {
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'pyrun', version }));
  git('add', 'package.json');
  git('commit', '-q', '-m', `version ${version}`);
}

function release(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args, '--no-dist-check'], {
    cwd: repo,
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'pyrun-release-'));
  git('init', '-q');
  git('config', 'user.email', 'ci@example.invalid');
  git('config', 'user.name', 'ci');
  git('config', 'tag.gpgSign', 'false');
  commitVersion('1.0.0');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('scripts/release.mjs', () => {
  it('tags vX.Y.Z and moves vX to it, release after release, printing the push commands', () => {
    const first = release('v1.0.0');
    expect(first.code).toBe(0);
    expect(first.out).toContain('git push --force origin refs/tags/v1');
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'));

    commitVersion('1.1.0');
    expect(release('v1.1.0').code).toBe(0);
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v1.0.0^{commit}')).not.toBe(git('rev-parse', 'HEAD'));
  });

  it('refuses a bad tag, a version package.json does not say, a dirty tree, an old or existing tag', () => {
    expect(release('1.0.0').out).toMatch(/vX\.Y\.Z/);
    expect(release('v1.0.1').out).toMatch(/package\.json says version 1\.0\.0/);
    writeFileSync(path.join(repo, 'stray.txt'), 'x');
    expect(release('v1.0.0').out).toMatch(/uncommitted changes/);
    rmSync(path.join(repo, 'stray.txt'));
    expect(release('v1.0.0').code).toBe(0);
    expect(release('v1.0.0').out).toMatch(/already exists/);
    commitVersion('0.9.0');
    expect(release('v0.9.0').out).toMatch(/not newer than v1\.0\.0/);
  });
});
