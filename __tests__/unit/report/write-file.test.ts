/**
 * The one report writer: folders created, temp file + rename, errors as values. Atomicity is shown with a real
 * file-size limit (RLIMIT_FSIZE through util-linux `prlimit`): the kernel refuses the write past the limit with
 * EFBIG exactly where a full disk would say ENOSPC, and the old report must survive whole, where a plain
 * `writeFile` leaves it cut (the control that shows the test can fail).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { tempPathFor, writeReportFile } from '../../../src/engine/report/write-file.js';

const SOURCE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../src/engine/report/write-file.ts',
);
const PRLIMIT = '/usr/bin/prlimit';

let dir: string;
beforeEach(() => {
  dir = path.join(tmpdir(), `pyrun-write-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeReportFile', () => {
  it('creates the missing folders of the path', async () => {
    const file = path.join(dir, 'test-results', 'deep', 'pyrun.xml');
    const result = await writeReportFile(file, '<testsuites/>\n');
    expect(result).toEqual({ ok: true, path: file });
    expect(readFileSync(file, 'utf8')).toBe('<testsuites/>\n');
    expect(readdirSync(path.dirname(file))).toEqual(['pyrun.xml']); // no temp file left behind
  });

  it('replaces an existing report whole', async () => {
    const file = path.join(dir, 'run.json');
    writeFileSync(file, 'old report, longer than the new one');
    expect((await writeReportFile(file, '{}\n')).ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{}\n');
  });

  it('returns an error naming the cause when a parent is a file, and leaves nothing behind', async () => {
    writeFileSync(path.join(dir, 'results'), 'a file, not a folder');
    const result = await writeReportFile(path.join(dir, 'results', 'pyrun.xml'), 'x');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^a folder on the path is a file \((ENOTDIR|EEXIST)/);
    expect(readdirSync(dir)).toEqual(['results']);
  });

  it('returns an error when the path is a folder', async () => {
    mkdirSync(path.join(dir, 'report.html'));
    const result = await writeReportFile(path.join(dir, 'report.html'), '<html></html>');
    expect(result.ok).toBe(false);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('follows a symlink and replaces the file it points to, keeping the link', async () => {
    const real = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    expect((await writeReportFile(link, 'new')).ok).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it('writes into a device in place and never replaces it (--json /dev/null, /dev/stdout)', async () => {
    const result = await writeReportFile('/dev/null', '{"a":1}\n');
    expect(result.ok).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((f) => f.startsWith('.null.'))).toEqual([]);
  });

  it('writes through a temp file in the same folder', () => {
    const temp = tempPathFor('/some/where/run.json');
    expect(path.dirname(temp)).toBe('/some/where');
    expect(path.basename(temp)).toMatch(/^\.run\.json\.[0-9a-f]{12}\.tmp$/);
  });
});

/** Runs `body` in a child node (under `prefix`, e.g. prlimit) with writeReportFile imported; returns its output. */
function inChild(body: string, prefix: string[] = []): { stdout: string; stderr: string } {
  // The module and the modules of pyrun's it imports (random names, a history's header), transpiled side by side.
  const transpile = (file: string): string =>
    ts
      .transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      })
      .outputText.replace("from '../run-id.js'", "from './run-id.mjs'")
      .replace("from '../history/application-id.js'", "from './application-id.mjs'");
  writeFileSync(path.join(dir, 'run-id.mjs'), transpile(path.join(path.dirname(SOURCE), '../run-id.ts')));
  writeFileSync(
    path.join(dir, 'application-id.mjs'),
    transpile(path.join(path.dirname(SOURCE), '../history/application-id.ts')),
  );
  writeFileSync(path.join(dir, 'write-file.mjs'), transpile(SOURCE));
  const script = path.join(dir, 'child.mjs');
  writeFileSync(script, `import { writeReportFile } from './write-file.mjs';\n${body}\n`);
  const argv = [...prefix, process.execPath, script];
  const child = spawnSync(argv[0] as string, argv.slice(1), { encoding: 'utf8', timeout: 60_000 });
  if (child.error) throw child.error;
  return { stdout: child.stdout, stderr: child.stderr };
}

/** Runs `body` in a child node whose files may not grow past `limit_bytes`. */
function underFileSizeLimit(limit_bytes: number, body: string): { stdout: string; stderr: string } {
  return inChild(body, [PRLIMIT, `--fsize=${limit_bytes}`]);
}

/**
 * `--json /dev/stdout`: a link to /proc/self/fd/1, which for a pipe resolves to no path. A private link of the same
 * kind stands in for /dev/stdout, so a regression cannot replace the machine's own.
 */
describe('writeReportFile on a link to /proc/self/fd/1, as /dev/stdout is', () => {
  const body = (link: string): string =>
    `const r = await writeReportFile(${JSON.stringify(link)}, 'report text\\n');\nconsole.error(JSON.stringify(r));`;
  const stdoutLink = (): string => {
    const link = path.join(dir, 'stdout');
    symlinkSync('/proc/self/fd/1', link);
    return link;
  };
  const unchanged = (link: string): void => {
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.startsWith('.stdout.'))).toEqual([]);
  };

  it('writes into a pipe in place and leaves the link a link', () => {
    const link = stdoutLink();
    // `| cat` gives the child a real pipe as stdout (node's own stdio pipes are sockets).
    const out = inChild(body(link), ['/bin/sh', '-c', '"$0" "$1" | cat']);
    expect(out.stdout).toBe('report text\n');
    expect((JSON.parse(out.stderr) as { ok: boolean }).ok).toBe(true);
    unchanged(link);
  });

  it('on a socket, which no path can open, says so and still replaces nothing', () => {
    const link = stdoutLink();
    const result = JSON.parse(inChild(body(link)).stderr) as { ok: boolean; error?: string };
    if (!result.ok) expect(result.error).toMatch(/ENXIO|EACCES|ENOENT/);
    unchanged(link);
  });
});

const hasPrlimit = existsSync(PRLIMIT);
if (!hasPrlimit && process.env.CI === 'true')
  throw new Error(`${PRLIMIT} is missing (apt-get install util-linux)`);

(hasPrlimit ? describe : describe.skip)('a write that the file system cuts short (RLIMIT_FSIZE)', () => {
  const OLD = 'the previous report\n'.repeat(10);
  const BIG = 'x'.repeat(200_000);

  it('a plain writeFile leaves a cut file (the failure this guards against)', () => {
    const file = path.join(dir, 'run.json');
    writeFileSync(file, OLD);
    const out = underFileSizeLimit(
      8192,
      `import { writeFile } from 'node:fs/promises';\n` +
        `try { await writeFile(${JSON.stringify(file)}, ${JSON.stringify(BIG)}); console.log('written'); }\n` +
        `catch (e) { console.log(e.code); }`,
    );
    expect(out.stdout.trim()).toBe('EFBIG');
    const left = readFileSync(file, 'utf8');
    expect(left).not.toBe(OLD);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(BIG.length);
  });

  it('writeReportFile keeps the old report whole, says why, and removes its temp file', () => {
    const file = path.join(dir, 'reports', 'run.json');
    mkdirSync(path.dirname(file));
    writeFileSync(file, OLD);
    const out = underFileSizeLimit(
      8192,
      `const r = await writeReportFile(${JSON.stringify(file)}, ${JSON.stringify(BIG)});\nconsole.log(JSON.stringify(r));`,
    );
    const result = JSON.parse(out.stdout) as { ok: boolean; error?: string };
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/EFBIG/);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(readdirSync(path.dirname(file))).toEqual(['run.json']);
  });

  it('and with no old report, leaves none rather than a cut one', () => {
    const file = path.join(dir, 'fresh', 'run.html');
    const out = underFileSizeLimit(
      8192,
      `const r = await writeReportFile(${JSON.stringify(file)}, ${JSON.stringify(BIG)});\nconsole.log(JSON.stringify(r));`,
    );
    expect((JSON.parse(out.stdout) as { ok: boolean }).ok).toBe(false);
    expect(readdirSync(path.dirname(file))).toEqual([]);
  });
});
