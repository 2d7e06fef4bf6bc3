/**
 * docs/cli.md is where users look a flag up: every flag of `pyrun run --help` (generated from the option table) must
 * be named in its table of options, so a new option cannot ship undocumented.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { buildProgram } from '../../../src/cli/program.js';
import type { CliContext } from '../../../src/cli/context.js';
import { ROOT } from '../../helpers/pyrun.js';

function optionsTable(doc: string): string {
  const start = doc.indexOf('## Options of `pyrun run`');
  const end = doc.indexOf('\n## ', start + 1);
  expect(start).toBeGreaterThan(0);
  return doc.slice(start, end < 0 ? undefined : end);
}

describe('docs/cli.md', () => {
  const doc = readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8');

  it('names every flag of `pyrun run --help` in its table of options', () => {
    const out = new PassThrough();
    const ctx = { env: {}, cwd: ROOT, stdout: out, stderr: out, onSignal: () => () => undefined };
    const program = buildProgram(ctx as unknown as CliContext, () => undefined);
    const run = program.commands.find((c) => c.name() === 'run')!;
    const table = optionsTable(doc);
    const flags = run.options
      .map((o) => o.long)
      .filter((l): l is string => l !== undefined && l !== '--help');
    expect(flags.length).toBeGreaterThan(30);
    const missing = flags.filter((flag) => {
      const short = run.options.find((o) => o.long === flag)?.short;
      return !table.includes(`\`${flag}`) && !(short !== undefined && table.includes(`\`${short}`));
    });
    expect(missing).toEqual([]);
  });

  it('lists the exit codes of `pyrun run`', () => {
    for (const code of ['0', 'N', '128+N', '99', '124', '125'])
      expect(doc).toMatch(new RegExp(`^\\| ${code.replace('+', '\\+')} +\\|`, 'm'));
  });
});
