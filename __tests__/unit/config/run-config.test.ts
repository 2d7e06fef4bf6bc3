/**
 * The run config is derived from the option table: each row's `field` is where parseConfig puts the value its check
 * gives, and TypeScript derives the field's type from the same row. The type assertions below are checked by
 * `npm run typecheck`; the tests check that the object parseConfig builds has the fields the type says.
 */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/parse.js';
import type { RunConfig, SshConfig } from '../../../src/config/run-config.js';
import { OPTION_NAMES, optionSpec } from '../../../src/config/schema.js';
import type { ComparableMetric } from '../../../src/engine/metrics.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when T is `true`. */
type Holds<T extends true> = T;

export type DerivedTypes = [
  // A default: never null; no default: null when not given.
  Holds<Equal<RunConfig['interval_s'], number>>,
  Holds<Equal<RunConfig['timeout_s'], number | null>>,
  Holds<Equal<RunConfig['db_path'], string>>,
  Holds<Equal<RunConfig['history'], boolean>>,
  // A fallback: never null.
  Holds<Equal<RunConfig['script'], string>>,
  Holds<Equal<RunConfig['name'], string>>,
  Holds<Equal<RunConfig['module'], string | null>>,
  // What the check gives, not the raw text.
  Holds<Equal<RunConfig['executor'], 'local' | 'ssh' | 'docker'>>,
  Holds<Equal<RunConfig['judge'], ComparableMetric[]>>,
  Holds<Equal<RunConfig['env'], Record<string, string>>>,
  Holds<Equal<RunConfig['gates'], string[]>>,
  // A dotted field is a field of its group.
  Holds<Equal<RunConfig['ssh'], SshConfig>>,
  Holds<
    Equal<
      SshConfig,
      {
        host: string | null;
        user: string | null;
        port: number | null;
        key: string | null;
        known_hosts: string | null;
        accept_unknown_host: boolean;
      }
    >
  >,
];

/** The value at a field of the table (`ssh.port` → config.ssh.port). */
function at(config: RunConfig, field: string): unknown {
  return field.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], config);
}

describe('the run config derived from the option table', () => {
  it('gives every option its own field', () => {
    const fields = OPTION_NAMES.map((n) => optionSpec(n).field);
    expect(new Set(fields).size).toBe(fields.length);
    for (const field of fields) expect(field).toMatch(/^[a-z][a-z_]*(\.[a-z][a-z_]*)?$/);
  });

  it('holds every field, null where an option without a default was not given', () => {
    const config = parseConfig({ script: 'job.py' });
    const top = new Set(OPTION_NAMES.map((n) => optionSpec(n).field.split('.')[0]));
    expect(Object.keys(config).sort()).toEqual([...top].sort());
    for (const name of OPTION_NAMES) {
      const spec = optionSpec(name);
      const value = at(config, spec.field);
      expect(value).not.toBeUndefined();
      if (spec.default === undefined && spec.fallback === undefined) expect(value).toBeNull();
      else expect(value).not.toBeNull();
    }
  });

  it('puts what each check gives at its field', () => {
    const config = parseConfig({
      module: 'reports.build',
      interval: ' 0.25 ',
      'grace-period': '3',
      gate: ['duration_s < 2s'],
      env: ['A=1', 'B=x=y', 'A=2'],
      judge: ['peak_rss_mb,duration_s'],
      webhook: 'https://hooks.example/T/1',
      export: ['statsd=127.0.0.1:8125'],
      'export-bmf': 'bmf.json',
      executor: 'ssh',
      'ssh-host': 'runner',
      'ssh-port': '2222',
      'ssh-accept-unknown-host': true,
      history: false,
    });
    expect(config).toMatchObject({
      script: '',
      module: 'reports.build',
      name: 'reports.build',
      interval_s: 0.25,
      grace_s: 3,
      gates: ['duration_s < 2s'],
      env: { A: '2', B: 'x=y' },
      judge: ['duration_s', 'peak_rss_mb'],
      webhook_url: 'https://hooks.example/T/1',
      exports: ['statsd=127.0.0.1:8125'],
      bmf_path: 'bmf.json',
      executor: 'ssh',
      history: false,
      ssh: { host: 'runner', port: 2222, user: null, accept_unknown_host: true },
    });
  });
});

describe('the executor an executor’s own setting names', () => {
  it('--docker-image alone runs in the container, --ssh-host alone on the host', () => {
    expect(parseConfig({ script: 'etl.py', 'docker-image': 'python:3.12-slim' })).toMatchObject({
      executor: 'docker',
      docker_image: 'python:3.12-slim',
    });
    expect(parseConfig({ script: 'etl.py', 'ssh-host': 'runner' })).toMatchObject({
      executor: 'ssh',
      ssh: { host: 'runner' },
    });
  });

  it('an --executor given wins, and nothing given is local', () => {
    expect(parseConfig({ script: 'etl.py', executor: 'local', 'docker-image': 'img' }).executor).toBe(
      'local',
    );
    expect(parseConfig({ script: 'etl.py', executor: '', 'docker-image': '' }).executor).toBe('local');
    expect(parseConfig({ script: 'etl.py' }).executor).toBe('local');
  });

  it('both without --executor is a problem that names them (the action’s inputs by their names)', () => {
    expect(() => parseConfig({ script: 'etl.py', 'ssh-host': 'runner', 'docker-image': 'img' })).toThrow(
      '--ssh-host and --docker-image name two executors: give --executor',
    );
    expect(() =>
      parseConfig({ script: 'etl.py', 'ssh-host': 'runner', 'docker-image': 'img' }, (n) => `input '${n}'`),
    ).toThrow("input 'ssh-host' and input 'docker-image' name two executors: give input 'executor'");
  });
});
