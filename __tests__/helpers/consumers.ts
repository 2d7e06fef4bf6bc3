/**
 * The outside programs that read pyrun's files, run as their users run them: Perl's `prove` (TAP 13), tap-parser in
 * strict mode, cmark-gfm (GitHub's markdown), sqlite3 (the history file). Each `*Missing()` says what to install
 * when the tool is not on this machine, for `describeWith`/`itWith` (a skip locally, a failure under CI=true).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type FinalResults, type Result } from 'tap-parser';

export const PROVE = '/usr/bin/prove';
export const CMARK_GFM = '/usr/bin/cmark-gfm';
export const SQLITE3 = '/usr/bin/sqlite3';

export const proveMissing = () => (existsSync(PROVE) ? null : `${PROVE} (Debian package perl)`);
export const cmarkMissing = () => (existsSync(CMARK_GFM) ? null : `${CMARK_GFM} (Debian package cmark-gfm)`);
export const sqliteMissing = () => (existsSync(SQLITE3) ? null : `${SQLITE3} (Debian package sqlite3)`);

/** `prove -v` on a TAP file (the "test program" is `cat` of the file): its exit code and everything it printed. */
export function prove(tap: string): { code: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pyrun-prove-'));
  try {
    const file = join(dir, 'report.tap');
    writeFileSync(file, tap);
    const child = spawnSync(PROVE, ['-v', '--exec', 'cat', file], { encoding: 'utf8', timeout: 60_000 });
    if (child.error) throw child.error;
    return { code: child.status, output: `${child.stdout}${child.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** tap-parser in strict mode (any line that is not TAP is an error): the final results and every test point. */
export function parseTapStrict(tap: string): { results: FinalResults; asserts: Result[] } {
  const asserts: Result[] = [];
  let results: FinalResults | undefined;
  const parser = new Parser({ strict: true }, (r) => {
    results = r;
  });
  parser.on('assert', (res: Result) => asserts.push(res));
  parser.end(tap);
  if (results === undefined) throw new Error('tap-parser did not complete');
  return { results, asserts };
}

/** GitHub-flavoured markdown → HTML, by cmark-gfm with the table extension GitHub uses. */
export function cmarkGfm(markdown: string): string {
  const child = spawnSync(CMARK_GFM, ['--extension', 'table', '--to', 'html'], {
    input: markdown,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`cmark-gfm exited ${child.status}: ${child.stderr}`);
  return child.stdout;
}

/** One sqlite3 command-line call on a database file (`options` before it, as the CLI wants): its stdout. */
export function sqlite3(db: string, sql: string, options: string[] = []): string {
  const child = spawnSync(SQLITE3, [...options, db, sql], { encoding: 'utf8', timeout: 30_000 });
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`sqlite3 exited ${child.status}: ${child.stderr}`);
  return child.stdout;
}
