/** The engine is pure: no adapter imports, no process.env/argv (CONTRIBUTING.md, "How it is built"), no eval anywhere. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ROOT } from '../../helpers/pyrun.js';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('architecture', () => {
  const pure = [...files(path.join(ROOT, 'src/engine')), ...files(path.join(ROOT, 'src/config'))];

  it('keeps the engine and config free of @actions/*, adapters and process.env/argv', () => {
    const offenders = pure.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return (
        /from ['"]@actions\//.test(text) ||
        /from ['"][./]+\/(action|cli)\//.test(text) ||
        /process\.(env|argv)\b/.test(text)
      );
    });
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('never evaluates code from text', () => {
    const offenders = files(path.join(ROOT, 'src')).filter((f) =>
      /\beval\(|new Function\(|shell:\s*true/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
