/** A suite from a real config file: precedence, rules and env adding up, --only, and each entry through parseConfig. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfigFile, type ConfigFile } from '../../../src/config/file.js';
import { ConfigError, parseConfig } from '../../../src/config/parse.js';
import { applyDefaults, givenOnly, resolveSuite } from '../../../src/config/suite.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pyrun-suite-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PYPROJECT = `
[tool.pyrun]
interval = 0.2
timeout = 30
retries = 1
gates = ["peak_rss_mb < 2GB"]
alerts = ["on failure"]
env = { PYTHONHASHSEED = "0", MODE = "suite" }
slack_webhook_env = "SLACK_WEBHOOK"
json = "out/suite.json"

[[tool.pyrun.scripts]]
name = "etl"
script = "etl/nightly.py"
args = ["--date", "2024-01-01"]
timeout = 120
gates = ["duration_s <= 1.25 * baseline", "peak_rss_mb < 2GB"]
env = { MODE = "etl" }

[[tool.pyrun.scripts]]
name = "report"
module = "reports.build"
repeat = 5

[[tool.pyrun.scripts]]
name = "quick"
script = "quick.py"
cwd = "jobs"
slack_webhook_env = "QUICK_SLACK"
`;

const SLACK = 'https://hooks.slack.com/services/T/B/X';

function suite(env: Record<string, string> = { SLACK_WEBHOOK: SLACK }): ConfigFile {
  writeFileSync(path.join(dir, 'pyproject.toml'), PYPROJECT);
  return loadConfigFile({ cwd: dir, env })!;
}

function refused(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('accepted');
}

describe('resolveSuite', () => {
  it('gives one set of options per script in config order: script table over [tool.pyrun] over defaults', () => {
    const [etl, report, quick] = resolveSuite({ config: suite(), flags: {} });
    expect(etl).toEqual({
      cwd: dir,
      interval: '0.2',
      timeout: '120',
      retries: '1',
      gate: ['peak_rss_mb < 2GB', 'duration_s <= 1.25 * baseline'],
      alert: ['on failure'],
      env: ['PYTHONHASHSEED=0', 'MODE=suite', 'MODE=etl'],
      'slack-webhook': SLACK,
      json: path.join(dir, 'out/suite.json'),
      name: 'etl',
      script: 'etl/nightly.py',
      args: ['--date', '2024-01-01'],
    });
    expect(report).toMatchObject({ name: 'report', module: 'reports.build', repeat: '5', timeout: '30' });
    expect(quick).toMatchObject({ name: 'quick', script: 'quick.py', cwd: path.join(dir, 'jobs') });
    // QUICK_SLACK is unset: Slack is off for that script alone.
    expect(quick).not.toHaveProperty('slack-webhook');
  });

  it('feeds parseConfig: built-in defaults fill the rest, the env map keeps the most specific value', () => {
    const configs = resolveSuite({ config: suite(), flags: {} }).map((raw) => parseConfig(raw));
    expect(configs.map((c) => [c.name, c.script, c.module])).toEqual([
      ['etl', 'etl/nightly.py', null],
      ['report', '', 'reports.build'],
      ['quick', 'quick.py', null],
    ]);
    const [etl, report] = configs;
    expect(etl!.env).toEqual({ PYTHONHASHSEED: '0', MODE: 'etl' });
    expect(etl!.timeout_s).toBe(120);
    expect(report!.timeout_s).toBe(30);
    expect(report!.warmup).toBe(0); // built-in default
    expect(report!.retry_delay_s).toBe(0);
    expect(report!.retry_backoff).toBe(2);
    expect(report!.interval_s).toBe(0.2);
    expect(report!.slack_webhook).toBe(SLACK);
  });

  it('lets flags win over every level, and adds flag rules to the file rules', () => {
    const flags = { timeout: '5', interval: '', gate: ['cpu_time_s < 10'], alert: [], env: ['MODE=flag'] };
    const [etl, report] = resolveSuite({ config: suite(), flags });
    expect(etl!.timeout).toBe('5');
    expect(report!.timeout).toBe('5');
    expect(etl!.interval).toBe('0.2'); // an empty input is not given
    expect(etl!.gate).toEqual(['peak_rss_mb < 2GB', 'duration_s <= 1.25 * baseline', 'cpu_time_s < 10']);
    expect(report!.gate).toEqual(['peak_rss_mb < 2GB', 'cpu_time_s < 10']);
    expect(etl!.alert).toEqual(['on failure']);
    expect(parseConfig(etl!).env.MODE).toBe('flag');
  });

  it('picks scripts with --only, keeping config order', () => {
    const picked = resolveSuite({ config: suite(), flags: {}, only: ['quick', 'etl', 'quick'] });
    expect(picked.map((r) => r.name)).toEqual(['etl', 'quick']);
  });

  it('refuses an unknown --only name, with the closest name and every valid one', () => {
    expect(refused(() => resolveSuite({ config: suite(), flags: {}, only: ['reprot', 'zzzzzzzz'] }))).toEqual(
      [
        '--only reprot: no script of that name in pyproject.toml; did you mean report? scripts: etl, report, quick',
        '--only zzzzzzzz: no script of that name in pyproject.toml; scripts: etl, report, quick',
      ],
    );
  });

  it('refuses per-script flags for a whole suite, and a config without scripts', () => {
    expect(refused(() => resolveSuite({ config: suite(), flags: { name: 'x', script: 'y.py' } }))).toEqual([
      'SCRIPT cannot be given for a suite: each entry in pyproject.toml sets its own script',
      '--name cannot be given for a suite: each entry in pyproject.toml sets its own name',
    ]);
    writeFileSync(path.join(dir, 'pyrun.toml'), 'interval = 1\n');
    const empty = loadConfigFile({ cwd: dir, env: {} })!;
    expect(refused(() => resolveSuite({ config: empty, flags: {} }))).toEqual([
      'pyrun.toml has no scripts: add [[tool.pyrun.scripts]] entries, or name a script to run',
    ]);
  });

  it('drops email-to when the SMTP secret is unset, and an unsigned webhook when its signing secret is', () => {
    writeFileSync(
      path.join(dir, 'pyrun.toml'),
      'smtp_url_env = "SMTP"\nemail_to = "a@example.com"\nwebhook_url_env = "HOOK"\nwebhook_secret_env = "SIGN"\n' +
        '[[scripts]]\nname = "a"\nscript = "a.py"\n',
    );
    const config = loadConfigFile({ cwd: dir, env: { HOOK: 'http://127.0.0.1:9/h' } })!;
    const [a] = resolveSuite({ config, flags: {} });
    expect(a).toEqual({ cwd: dir, name: 'a', script: 'a.py' });
    expect(() => parseConfig(a!)).not.toThrow();
    const signed = loadConfigFile({ cwd: dir, env: { HOOK: 'http://127.0.0.1:9/h', SIGN: 's' } })!;
    expect(resolveSuite({ config: signed, flags: {} })[0]).toMatchObject({
      webhook: 'http://127.0.0.1:9/h',
      'webhook-secret': 's',
    });
  });
});

describe('applyDefaults: one script named on the command line, under a config file', () => {
  it('puts the suite-level settings under the flags and ignores the scripts', () => {
    const raw = applyDefaults(suite(), { script: 'other.py', timeout: '7', gate: ['max_threads < 8'] });
    expect(raw).toMatchObject({ script: 'other.py', timeout: '7', interval: '0.2' });
    expect(raw.gate).toEqual(['peak_rss_mb < 2GB', 'max_threads < 8']);
    expect(raw).not.toHaveProperty('name');
    expect(raw).not.toHaveProperty('cwd'); // the script path is the user's, relative to where they are
    expect(applyDefaults(null, { script: 'a.py', interval: undefined })).toEqual({ script: 'a.py' });
  });

  it('givenOnly keeps what was given, including false', () => {
    expect(givenOnly({ interval: undefined, timeout: '', gate: [], history: false, retries: '0' })).toEqual({
      history: false,
      retries: '0',
    });
  });
});
