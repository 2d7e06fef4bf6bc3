/** Reads action.yml's inputs and outputs (the small, regular YAML subset it uses). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './pyrun.js';

export interface ActionField {
  name: string;
  block: string;
  default: string | null;
  required: boolean;
}

export function actionYml(): string {
  return readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
}

export function actionSection(name: 'inputs' | 'outputs', yaml = actionYml()): Map<string, ActionField> {
  const body = yaml.split(`\n${name}:\n`)[1]!.split(/\n(?=\S)/)[0]!;
  const fields = new Map<string, ActionField>();
  for (const part of body.split(/\n(?= {2}[a-z])/)) {
    const key = /^\n? {2}([a-z][a-z0-9-]*):/.exec(part);
    if (!key) continue;
    const dflt = /\n {4}default: ?(.*)/.exec(part);
    fields.set(key[1]!, {
      name: key[1]!,
      block: part,
      default: dflt ? dflt[1]!.replace(/^'(.*)'$/, '$1') : null,
      required: /\n {4}required: true/.test(part),
    });
  }
  return fields;
}
