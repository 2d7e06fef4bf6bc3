/**
 * The action's inputs → the same raw options the CLI builds (names from the option table), through the same config
 * parser, plus the settings only the action has (ACTION_INPUTS). Every bad input is reported at once, each naming
 * the input and what would be valid. action.yml's inputs are checked against both tables by a test.
 */
import * as core from '@actions/core';
import type { RawOptions } from '../config/parse.js';
import { inputName, OPTION_NAMES, optionSpec, SECRET_OPTIONS, type OptionName } from '../config/schema.js';

export type FailOn = 'gate' | 'regression';
export type CommentMode = 'always' | 'on-regression' | 'never';

/** Inputs the action has and the CLI does not: their action.yml description and default. */
export const ACTION_INPUTS = {
  'working-directory': {
    doc: 'Directory the script runs in and every relative path (script, config, reports) is relative to.',
    default: '.',
  },
  config: {
    doc: 'The config file holding a suite (`[tool.pyrun]` of pyproject.toml or pyrun.toml). Empty means either of those in working-directory, when `script` is empty.',
    default: '',
  },
  history: { doc: 'Where history lives, `cache` (the Actions cache) or `none`.', default: 'cache' },
  'prune-history-caches': {
    doc: 'Delete the history cache entries this run merged and superseded, so old histories do not fill the repository’s cache quota (needs `permissions: actions: write`).',
    default: 'false',
  },
  'save-pull-request-history': {
    doc: 'Also save the history of pull request runs (their runs never become a baseline either way).',
    default: 'false',
  },
  matrix: {
    doc: 'The matrix identity, so parallel legs keep separate histories; pass `${{ toJSON(matrix) }}`.',
    default: '',
  },
  'fail-on': {
    doc: 'What fails the step besides a failing script, `gate`, `regression` (both, comma-separated) or `never`.',
    default: 'gate,regression',
  },
  comment: { doc: 'Sticky pull request comment, `always`, `on-regression` or `never`.', default: 'always' },
  summary: { doc: 'Write the report to the job summary.', default: 'true' },
  'site-dir': {
    doc: 'After the run, write the whole history (this run included) as a static site to this folder, for a later step to publish to GitHub Pages (needs `history` to be `cache`). Empty means no site.',
    default: '',
  },
  'ssh-key': {
    doc: 'SSH executor, the private key itself (pass a secret); it is written to a private temporary file.',
    default: '',
  },
  'ssh-known-hosts': {
    doc: 'SSH executor, known_hosts lines for the host (strict host key checking is always on).',
    default: '',
  },
  'compare-with': {
    doc: 'On pull requests, `base`: also run the base commit’s copy of each script interleaved with the head’s on this runner (10 pairs, or `repeat`), and judge the pull request by that side-by-side result; the history verdict is still recorded and shown. Empty means judge by history alone.',
    default: '',
  },
  'check-run': {
    doc: 'Publish one check run per step, named `pyrun: <series or suite>`, on the commit under test, so branch protection can require it (needs `permissions: checks: write`; without it, one warning).',
    default: 'true',
  },
  'github-token': { doc: 'Token for the pull request comment.', default: '${{ github.token }}' },
} as const;

export interface ActionSettings {
  /** What is wrong with the action-only inputs; the run's own options are checked when the runs are planned. */
  problems: string[];
  /** The options given as inputs, and only those: a config file's values stand where an input is empty. */
  flags: RawOptions;
  working_directory: string;
  config_file: string | null;
  history: 'cache' | 'none';
  fail_on: FailOn[];
  comment: CommentMode;
  summary: boolean;
  /** Input 'site-dir': the folder the history's static site is written to after the run; null: none. */
  site_dir: string | null;
  /** Input 'check-run': publish one check run per step (see check-run.ts). */
  check_run: boolean;
  /** `base`: judge a pull request side by side with its base commit (docs/side-by-side.md); null: by history. */
  compare_with: 'base' | null;
  github_token: string;
  matrix: string | null;
  save_pull_request_history: boolean;
  prune_history_caches: boolean;
  ssh_key_text: string | null;
  ssh_known_hosts: string | null;
}

/** How the action names an option in messages. */
export const inputLabel = (name: OptionName) => `input '${inputName(name) ?? name}'`;

export function readInputs(get: (name: string) => string = (name) => core.getInput(name)): ActionSettings {
  const secretInputs = [...SECRET_OPTIONS.map((n) => inputName(n)), 'github-token', 'ssh-key'];
  for (const name of secretInputs) {
    const value = name ? get(name) : '';
    if (value) core.setSecret(value);
  }
  maskUrlPassword(get('smtp-url'));

  const problems: string[] = [];
  const flags: RawOptions = {};
  for (const name of OPTION_NAMES) {
    const input = inputName(name);
    if (input === null) continue;
    const spec = optionSpec(name);
    const text = get(input);
    if (spec.repeatable) {
      if (lines(text).length > 0) flags[name] = lines(text);
    } else if (text.trim() === '') continue;
    else if (typeof spec.default === 'boolean') flags[name] = parseBoolean(input, text, problems);
    else flags[name] = text;
  }
  const history = (get('history') || 'cache') as ActionSettings['history'];
  if (history !== 'cache' && history !== 'none')
    problems.push(`input 'history' must be cache or none (got '${history}')`);
  const fail_on = parseFailOn(get('fail-on') || ACTION_INPUTS['fail-on'].default, problems);
  const comment = (get('comment') || 'always') as CommentMode;
  if (!['always', 'on-regression', 'never'].includes(comment)) {
    problems.push(`input 'comment' must be one of: always, on-regression, never (got '${comment}')`);
  }
  const summary = parseBoolean('summary', get('summary') || 'true', problems);
  const check_run = parseBoolean('check-run', get('check-run') || 'true', problems);
  const compareWith = get('compare-with').trim();
  if (compareWith !== '' && compareWith !== 'base')
    problems.push(`input 'compare-with' must be base or empty (got '${compareWith}')`);
  const save_pull_request_history = parseBoolean(
    'save-pull-request-history',
    get('save-pull-request-history') || 'false',
    problems,
  );
  const prune_history_caches = parseBoolean(
    'prune-history-caches',
    get('prune-history-caches') || 'false',
    problems,
  );
  const matrix = get('matrix');
  return {
    problems,
    flags,
    working_directory: get('working-directory') || '.',
    config_file: get('config') || null,
    history,
    fail_on,
    comment,
    summary,
    check_run,
    site_dir: get('site-dir').trim() || null,
    compare_with: compareWith === 'base' ? 'base' : null,
    github_token: tokenInput(get('github-token')),
    matrix: matrix && matrix !== 'null' ? matrix : null,
    save_pull_request_history,
    prune_history_caches,
    ssh_key_text: get('ssh-key') || null,
    ssh_known_hosts: get('ssh-known-hosts') || null,
  };
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The password inside an SMTP URL is a secret of its own (the runner masks whole values only). */
function maskUrlPassword(text: string): void {
  if (!text) return;
  try {
    const password = decodeURIComponent(new URL(text).password);
    if (password) core.setSecret(password);
  } catch {
    /* reported by the config parser */
  }
}

function parseFailOn(text: string, problems: string[]): FailOn[] {
  const words = text
    .split(/[\s,]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  if (words.length === 1 && words[0] === 'never') return [];
  const bad = words.filter((w) => w !== 'gate' && w !== 'regression');
  if (bad.length > 0 || words.length === 0) {
    problems.push(
      `input 'fail-on' must be gate, regression (or both, comma-separated) or never (got '${text}')`,
    );
  }
  return words.filter((w): w is FailOn => w === 'gate' || w === 'regression');
}

function parseBoolean(name: string, text: string, problems: string[]): boolean {
  const t = text.trim().toLowerCase();
  if (t === 'true') return true;
  if (t === 'false') return false;
  problems.push(`input '${name}' must be true or false (got '${text}')`);
  return false;
}

/**
 * The token, or '' for none. A runner always expands the default `${{ github.token }}`; a local runner
 * (@github/local-action) passes the expression through as text when the input is empty, and that text is no token:
 * sent as one, it would only reach the GitHub API to be refused.
 */
export function tokenInput(value: string): string {
  return /^\$\{\{\s*github\.token\s*\}\}$/.test(value.trim()) ? '' : value;
}
