/** The config file on real files in temp dirs: where it is found, what it holds, and every error at once. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { loadConfigFile } from '../../../src/config/file.js';
import { FILE_KEYS, NOT_IN_FILE } from '../../../src/config/keys.js';
import { ConfigError } from '../../../src/config/parse.js';
import { OPTIONS } from '../../../src/config/schema.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pyrun-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const load = (opts: { path?: string; env?: Record<string, string> } = {}) =>
  loadConfigFile({ cwd: dir, path: opts.path, env: opts.env ?? {} });
/** The problems of a config that must be refused. */
const problems = (opts: { path?: string; env?: Record<string, string> } = {}): string[] => {
  try {
    load(opts);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('the config was accepted');
};

const PYPROJECT = `
[project]
name = "demo"

[tool.black]
line-length = 100

[tool.pyrun]
interval = 0.2
timeout = 30
gates = ["peak_rss_mb < 2GB"]
env = { PYTHONHASHSEED = "0", LEVEL = 3 }

[[tool.pyrun.scripts]]
name = "etl"
script = "etl/nightly.py"
args = ["--date", "2024-01-01", "--limit", 5]
gates = ["duration_s <= 1.25 * baseline"]

[[tool.pyrun.scripts]]
name = "report"
module = "reports.build"
repeat = 5

[[tool.pyrun.scripts]]
name = "quick"
script = "quick.py"
cwd = "jobs"
`;

describe('finding the config', () => {
  it('reads [tool.pyrun] of pyproject.toml in the working directory, three scripts in order', () => {
    write('pyproject.toml', PYPROJECT);
    const config = load()!;
    expect(config.file).toBe(path.join(dir, 'pyproject.toml'));
    expect(config.shown).toBe('pyproject.toml');
    expect(config.dir).toBe(dir);
    expect(config.defaults).toEqual({
      interval: '0.2',
      timeout: '30',
      gate: ['peak_rss_mb < 2GB'],
      env: ['PYTHONHASHSEED=0', 'LEVEL=3'],
    });
    expect(config.scripts).toEqual([
      {
        name: 'etl',
        script: 'etl/nightly.py',
        args: ['--date', '2024-01-01', '--limit', '5'],
        gate: ['duration_s <= 1.25 * baseline'],
      },
      { name: 'report', module: 'reports.build', repeat: '5' },
      { name: 'quick', script: 'quick.py', cwd: path.join(dir, 'jobs') },
    ]);
    expect(config.warnings).toEqual([]);
  });

  it('treats a pyproject.toml without [tool.pyrun], or no file at all, as no config', () => {
    expect(load()).toBeNull();
    write('pyproject.toml', '[project]\nname = "demo"\n[tool.ruff]\nline-length = 100\n');
    expect(load()).toBeNull();
  });

  it('reads pyrun.toml with the same keys at the top level', () => {
    write('pyrun.toml', 'retries = 2\nretry_delay = 1.5\n[[scripts]]\nname = "a"\nscript = "a.py"\n');
    const config = load()!;
    expect(config.shown).toBe('pyrun.toml');
    expect(config.defaults).toEqual({ retries: '2', 'retry-delay': '1.5' });
    expect(config.scripts).toEqual([{ name: 'a', script: 'a.py' }]);
  });

  it('prefers pyrun.toml to [tool.pyrun] in pyproject.toml, and says which it ignored', () => {
    write('pyproject.toml', '[tool.pyrun]\ninterval = 1\n');
    write('pyrun.toml', 'interval = 2\n');
    const config = load()!;
    expect(config.shown).toBe('pyrun.toml');
    expect(config.defaults.interval).toBe('2');
    expect(config.warnings).toEqual([expect.stringContaining('using pyrun.toml')]);
  });

  it('refuses a broken pyproject.toml, unless a pyrun.toml beside it is the config', () => {
    write('pyproject.toml', '[tool.pyrun\n');
    expect(problems()[0]).toMatch(/^pyproject\.toml:1:12: not valid TOML/);
    write('pyrun.toml', 'interval = 2\n');
    expect(load()!.defaults).toEqual({ interval: '2' });
  });

  it('reads the file --config names, pyproject-style or not, with paths relative to its directory', () => {
    write('ci/bench.toml', 'db = "../.pyrun/h.sqlite"\npython = ".venv/bin/python"\n');
    write('ci/pyproject.toml', '[tool.pyrun]\nwarmup = 1\n');
    const own = load({ path: 'ci/bench.toml' })!;
    expect(own.dir).toBe(path.join(dir, 'ci'));
    expect(own.defaults).toEqual({
      db: path.join(dir, '.pyrun/h.sqlite'),
      python: path.join(dir, 'ci/.venv/bin/python'),
    });
    expect(load({ path: 'ci/pyproject.toml' })!.defaults).toEqual({ warmup: '1' });
    expect(problems({ path: 'missing.toml' })).toEqual([
      expect.stringMatching(/^config file not found: missing\.toml/),
    ]);
    write('ci/other.toml', '[tool.black]\nx = 1\n');
    expect(problems({ path: 'ci/other.toml' })).toEqual([
      expect.stringContaining('ci/other.toml: has no [tool.pyrun] table'),
    ]);
  });

  it('derives every key from the option table: each option is a key, snake_case', () => {
    for (const name of Object.keys(OPTIONS).filter((n) => !NOT_IN_FILE.has(n))) {
      const keys = [...FILE_KEYS.values()].filter((k) => k.option === name).map((k) => k.key);
      expect([name, keys.length]).toEqual([name, 1]);
    }
    expect(FILE_KEYS.get('keep_runs')?.option).toBe('keep-runs');
    expect(FILE_KEYS.get('baseline_ref')?.option).toBe('baseline-ref');
    expect(FILE_KEYS.get('gates')?.option).toBe('gate');
    expect(FILE_KEYS.get('slack_webhook_env')).toEqual({
      key: 'slack_webhook_env',
      option: 'slack-webhook',
      from_env: true,
    });
    expect(FILE_KEYS.has('slack_webhook')).toBe(false);
  });
});

describe('secrets come from the environment', () => {
  const CHANNELS = `
[tool.pyrun]
slack_webhook_env = "SLACK_WEBHOOK"
webhook_url_env = "HOOK_URL"
webhook_secret_env = "HOOK_SECRET"
smtp_url_env = "SMTP_URL"
email_to = "team@example.com"
`;

  it('takes each channel from the variable its *_env key names', () => {
    write('pyproject.toml', CHANNELS);
    const env = {
      SLACK_WEBHOOK: 'https://hooks.slack.com/services/T/B/X',
      HOOK_URL: 'http://127.0.0.1:9/hook',
      HOOK_SECRET: 's3cret',
      SMTP_URL: 'smtp://u:p@127.0.0.1:2525',
    };
    expect(load({ env })!.defaults).toEqual({
      'slack-webhook': env.SLACK_WEBHOOK,
      webhook: env.HOOK_URL,
      'webhook-secret': 's3cret',
      smtp: env.SMTP_URL,
      'email-to': 'team@example.com',
    });
  });

  it('turns a channel off, with a warning, when its variable is unset (a fork pull request has no secrets)', () => {
    write('pyproject.toml', CHANNELS);
    const config = load({ env: { HOOK_URL: 'http://127.0.0.1:9/hook' } })!;
    expect(config.defaults).toEqual({
      'slack-webhook': undefined,
      webhook: 'http://127.0.0.1:9/hook',
      'webhook-secret': undefined,
      smtp: undefined,
      'email-to': 'team@example.com',
    });
    expect(config.warnings).toEqual([
      'pyproject.toml: tool.pyrun.slack_webhook_env names SLACK_WEBHOOK, which is not set: Slack alerts are off',
      'pyproject.toml: tool.pyrun.webhook_secret_env names HOOK_SECRET, which is not set: webhook alerts are off',
      'pyproject.toml: tool.pyrun.smtp_url_env names SMTP_URL, which is not set: email alerts are off',
    ]);
  });

  it('refuses a secret written in the file, and a URL where a variable name belongs, never echoing it', () => {
    write(
      'pyproject.toml',
      '[tool.pyrun]\nslack_webhook = "https://hooks.slack.com/services/T/B/SECRET"\n' +
        'webhook_url_env = "https://example.com/hook/SECRET"\nsmtp_url = "smtp://u:SECRET@h"\n',
    );
    const found = problems();
    expect(found).toEqual([
      expect.stringMatching(
        /^pyproject\.toml: tool\.pyrun\.slack_webhook would put a secret in the file: use slack_webhook_env = "VARIABLE"/,
      ),
      expect.stringMatching(
        /^pyproject\.toml: tool\.pyrun\.webhook_url_env takes the name of an environment variable/,
      ),
      expect.stringMatching(
        /^pyproject\.toml: tool\.pyrun\.smtp_url would put a secret in the file: use smtp_url_env/,
      ),
    ]);
    expect(found.join('\n')).not.toContain('SECRET');
  });

  it('checks the secret value with the same schema as the flag', () => {
    write('pyproject.toml', '[tool.pyrun]\nslack_webhook_env = "SLACK"\n');
    expect(problems({ env: { SLACK: 'not a url' } })).toEqual([
      'pyproject.toml: tool.pyrun.slack_webhook_env: the value of SLACK must be a URL starting with https:// or http://',
    ]);
  });
});

describe('errors: every one at once, naming the file, the key and the closest valid key', () => {
  it('lists unknown keys with a suggestion, bad values by the flags schema, bad rules, and entry mistakes', () => {
    write(
      'pyproject.toml',
      `[tool.pyrun]
intervall = 0.2
timeout = -1
gates = ["peak_rss < 512"]
history = "no"
args = ["x"]

[[tool.pyrun.scripts]]
name = "a"
script = "a.py"
retires = 2

[[tool.pyrun.scripts]]
name = "b"
script = "b.py"
module = "b"
json = "out.json"
env = ["A=1"]

[[tool.pyrun.scripts]]
name = "a"
module = "pkg.a"
repeat = 0

[[tool.pyrun.scripts]]
script = "c.py"
alerts = ["on failur"]

[[tool.pyrun.scripts]]
name = "d"
`,
    );
    expect(problems()).toEqual([
      'pyproject.toml: tool.pyrun.intervall is not a pyrun key; did you mean `interval`?',
      "pyproject.toml: tool.pyrun.timeout must be a number of seconds greater than 0 and at most 31536000, e.g. 0.5 (got '-1')",
      'pyproject.toml: tool.pyrun.gates[0]: unknown metric peak_rss; did you mean peak_rss_mb?\n  peak_rss < 512\n  ^',
      'pyproject.toml: tool.pyrun.history must be true or false',
      'pyproject.toml: tool.pyrun.args belongs in a script entry ([[tool.pyrun.scripts]]), not at the suite level',
      'pyproject.toml: tool.pyrun.scripts[0].retires is not a pyrun key; did you mean `retries`?',
      'pyproject.toml: tool.pyrun.scripts[1].json is set once for the whole suite (one report, one history): move it to [tool.pyrun]',
      'pyproject.toml: tool.pyrun.scripts[1].env must be a table of variables, e.g. env = { PYTHONHASHSEED = "0" }',
      'pyproject.toml: tool.pyrun.scripts[1] has both script and module: give one (module = "pkg.mod" runs python -m pkg.mod)',
      "pyproject.toml: tool.pyrun.scripts[2].repeat must be a whole number from 1 to 10000 (got '0')",
      'pyproject.toml: tool.pyrun.scripts[2].name "a" is taken by tool.pyrun.scripts[0]: each script needs its own name',
      'pyproject.toml: tool.pyrun.scripts[3].alerts[0]: unknown event failur; did you mean on failure?\n  on failur\n     ^',
      'pyproject.toml: tool.pyrun.scripts[3] needs a name: the series its runs are kept as',
      'pyproject.toml: tool.pyrun.scripts[4] needs script (a file) or module (run as python -m MODULE)',
    ]);
  });

  it('names the variable of the env table, and the value that is not text', () => {
    write(
      'pyrun.toml',
      'env = { GOOD = "1", BAD = [1, 2] }\n[[scripts]]\nname = "x"\nscript = "x.py"\nenv = { "A B" = "1" }\n',
    );
    expect(problems()).toEqual([
      'pyrun.toml: env.BAD must be text or a number',
      "pyrun.toml: scripts[0].env must be KEY=VALUE (got 'A B=1')",
    ]);
  });

  it('names keys without the tool.pyrun prefix in pyrun.toml', () => {
    write('pyrun.toml', 'warmpu = 1\n[[scripts]]\nname = "x"\nscript = "x.py"\ntimeuot = 3\n');
    expect(problems()).toEqual([
      'pyrun.toml: warmpu is not a pyrun key; did you mean `warmup`?',
      'pyrun.toml: scripts[0].timeuot is not a pyrun key; did you mean `timeout`?',
    ]);
  });

  it('lists the valid keys when nothing is close', () => {
    write('pyrun.toml', 'zzzzzzzzzz = 1\n');
    const [only] = problems();
    expect(only).toMatch(
      /^pyrun\.toml: zzzzzzzzzz is not a pyrun key; keys are: .*\binterval\b.*\bretry_backoff\b/,
    );
  });

  it('gives a TOML syntax error its line and column', () => {
    write('pyproject.toml', '[tool.pyrun]\ninterval = 0.2\ngates = ["a",\n');
    const [only] = problems();
    expect(only).toMatch(/^pyproject\.toml:4:1: not valid TOML: /);
    write('pyproject.toml', '[tool.pyrun]\ninterval = = 2\n');
    expect(problems()[0]).toMatch(/^pyproject\.toml:2:12: not valid TOML: /);
  });

  it('refuses scripts that is not a list of tables', () => {
    write('pyrun.toml', 'scripts = "a.py"\n');
    expect(problems()).toEqual([
      'pyrun.toml: scripts must be a list of tables: write each script as [[scripts]]',
    ]);
  });
});
