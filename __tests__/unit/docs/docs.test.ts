/** What users read must match what the code does: docs/action.md's tables, action.yml, the version. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PYRUN_VERSION } from '../../../src/version.js';
import { ROOT } from '../../helpers/pyrun.js';
import { actionSection } from '../../helpers/action-yml.js';

const actionYml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');

/** Every input users are promised (docs/action.md); a rename would break their workflows. */
const PRODUCT_INPUTS = [
  'script',
  'args',
  'python',
  'working-directory',
  'config',
  'name',
  'interval',
  'timeout',
  'retries',
  'repeat',
  'gates',
  'alerts',
  'slack-webhook',
  'webhook-url',
  'webhook-secret',
  'smtp-url',
  'email-to',
  'history',
  'baseline-ref',
  'fail-on',
  'comment',
  'summary',
  'check-run',
  'junit-path',
  'tap-path',
  'executor',
  'ssh-host',
  'ssh-user',
  'ssh-port',
  'ssh-key',
  'docker-image',
  'github-token',
];
const PRODUCT_OUTPUTS = [
  'status',
  'exit-code',
  'duration-s',
  'cpu-time-s',
  'peak-rss-mb',
  'regressed',
  'report-json',
  'junit-path',
  'tap-path',
];

function section(name: 'inputs' | 'outputs'): Map<string, string> {
  return new Map([...actionSection(name, actionYml)].map(([k, v]) => [k, v.block]));
}

describe('action.yml', () => {
  it('runs on node24 from the bundle', () => {
    expect(actionYml).toMatch(/using: node24\n\s+main: dist\/action\/index\.js/);
  });

  it('has every input of the contract, each with a description and a default (or required)', () => {
    const inputs = section('inputs');
    for (const name of PRODUCT_INPUTS) {
      const block = inputs.get(name);
      expect([name, block !== undefined]).toEqual([name, true]);
      expect(block).toMatch(/description: \S/);
      expect(block).toMatch(/default: /);
    }
  });

  it("defaults check-run to 'true', so branch protection can require the check", () => {
    expect(section('inputs').get('check-run')).toMatch(/default: '?true'?$/);
  });

  it('quotes every boolean default, as the action metadata schema wants strings', () => {
    for (const field of actionSection('inputs', actionYml).values()) {
      expect([field.name, /\n {4}default: (true|false)\s*$/m.test(field.block)]).toEqual([field.name, false]);
    }
    expect(section('inputs').get('summary')).toMatch(/default: 'true'/);
  });

  it('has every output of the contract, each described', () => {
    const outputs = section('outputs');
    for (const name of PRODUCT_OUTPUTS) expect(outputs.get(name)).toMatch(/description: \S/);
  });

  it('is listed in docs/action.md exactly as it is', () => {
    const out = execFileSync(process.execPath, ['scripts/action-docs.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('lists every input and output');
  });
});

describe('version', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(PYRUN_VERSION).toBe(pkg.version);
  });
});
