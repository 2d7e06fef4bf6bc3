/**
 * One option table drives both faces: the CLI's `pyrun run --help` and the action's inputs in action.yml (names,
 * descriptions, defaults) come from src/config/schema.ts plus the action-only inputs. `UPDATE_GOLDEN=1` rewrites
 * action.yml's inputs from the tables; review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { inputName, OPTION_NAMES, optionSpec } from '../../../src/config/schema.js';
import { ACTION_INPUTS } from '../../../src/action/inputs.js';
import { buildProgram } from '../../../src/cli/program.js';
import type { CliContext } from '../../../src/cli/context.js';
import { ROOT } from '../../helpers/pyrun.js';

/**
 * Defaults are strings to the runner: quoted unless a plain word (or the token expression, as GitHub writes it);
 * `true` and `false` are quoted too, since YAML would read them as booleans where the metadata schema wants strings.
 */
function yamlDefault(text: string): string {
  const plain = /^([A-Za-z][\w,.-]*|\$\{\{ [\w.]+ \}\})$/.test(text) && text !== 'true' && text !== 'false';
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

function yamlScalar(text: string): string {
  const plain = text !== '' && !/: |\s#|^[\s'"&*!|>%@`{[\]-]|\s$/.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

/** action.yml's `inputs:` block as the tables say it must be. */
function expectedInputs(): string {
  const out = ['inputs:'];
  const add = (name: string, doc: string, dflt: string | null) => {
    out.push(`  ${name}:`, `    description: ${yamlScalar(doc)}`);
    if (dflt === null) out.push('    required: true');
    else out.push('    required: false', `    default: ${yamlDefault(dflt)}`);
  };
  for (const name of OPTION_NAMES) {
    const input = inputName(name);
    if (input === null) continue;
    const spec = optionSpec(name);
    if (name === 'script') {
      add(
        input,
        'The Python script to run, relative to working-directory. Empty means the suite of the config file.',
        '',
      );
      continue;
    }
    // Empty defaults: a config file's value stands unless the input is given, so the default is told, not set.
    const d = spec.default;
    const doc = spec.input_doc ?? spec.doc;
    const told = typeof d === 'boolean' || (typeof d === 'string' && d !== '') ? ` (default ${d}).` : '';
    add(input, told ? `${doc.replace(/\.$/, '')}${told}` : doc, '');
  }
  for (const [name, spec] of Object.entries(ACTION_INPUTS)) add(name, spec.doc, spec.default);
  return `${out.join('\n')}\n`;
}

const actionPath = path.join(ROOT, 'action.yml');

describe('the option table', () => {
  it('is exactly the inputs of action.yml', () => {
    const yaml = readFileSync(actionPath, 'utf8');
    const start = yaml.indexOf('\ninputs:\n') + 1;
    const end = yaml.indexOf('\noutputs:\n') + 1;
    const actual = yaml.slice(start, end);
    const expected = expectedInputs();
    if (actual !== expected && process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(actionPath, yaml.slice(0, start) + expected + yaml.slice(end));
      return;
    }
    expect(actual).toBe(expected);
  });

  it('is exactly the flags of `pyrun run --help`, each with its description and default', () => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const ctx = { env: {}, cwd: ROOT, stdout: out, stderr: out, onSignal: () => () => undefined };
    const program = buildProgram(ctx as unknown as CliContext, () => undefined);
    const run = program.commands.find((c) => c.name() === 'run')!;
    text = run.helpInformation();
    for (const name of OPTION_NAMES) {
      if (name === 'script' || name === 'args') continue;
      const spec = optionSpec(name);
      const flag =
        typeof spec.default === 'boolean'
          ? spec.default === true
            ? `--no-${name}`
            : `--${name}`
          : `--${name} <${spec.arg}>`;
      expect(text).toContain(flag);
      const option = run.options.find((o) => o.long === flag.split(' ')[0]);
      // The default is told in the help, never set in commander: a config file's value must stand unless typed.
      const told = typeof spec.default === 'string' ? ` (default: ${spec.default})` : '';
      expect(option?.description).toBe(`${spec.doc}${told}`);
      expect(option?.defaultValue).toBe(undefined);
    }
    // …and nothing else but pyrun's own presentation switches.
    const known = new Set(OPTION_NAMES.flatMap((n) => [`--${n}`, `--no-${n}`]));
    const extra = run.options.map((o) => o.long).filter((l) => l && !known.has(l));
    expect(extra.sort()).toEqual(['--config', '--dry-run', '--only', '--quiet', '--verbose']);
  });
});
