/**
 * The action's inputs → the same raw options the CLI builds, through the same config parser, plus the settings
 * only the action has. Every bad input is reported at once, each naming the input and what would be valid.
 */
import * as core from '@actions/core';
import { ConfigError, parseConfig, type Config, type RawOptions } from '../config/parse.js';
import type { OptionName } from '../config/schema.js';

export type FailOn = 'gate' | 'regression';
export type CommentMode = 'always' | 'on-regression' | 'never';

export interface ActionSettings {
  config: Config;
  history: 'cache' | 'none';
  fail_on: FailOn[];
  comment: CommentMode;
  summary: boolean;
  /** Input 'check-run': publish one check run per step (see check-run.ts). */
  check_run: boolean;
  github_token: string;
  matrix: string | null;
  save_pull_request_history: boolean;
  ssh_key_text: string | null;
  ssh_known_hosts: string | null;
}

/** Where an option's value comes from when its input is named differently from the CLI flag. */
const INPUT_OF: Partial<Record<OptionName, string>> = {
  cwd: 'working-directory',
  gate: 'gates',
  alert: 'alerts',
  webhook: 'webhook-url',
  smtp: 'smtp-url',
  junit: 'junit-path',
  tap: 'tap-path',
};
const inputLabel = (name: OptionName) => `input '${INPUT_OF[name] ?? name}'`;

const SECRET_INPUTS = [
  'slack-webhook',
  'webhook-url',
  'webhook-secret',
  'smtp-url',
  'github-token',
  'ssh-key',
];

export function readInputs(get: (name: string) => string = (name) => core.getInput(name)): ActionSettings {
  for (const name of SECRET_INPUTS) {
    const value = get(name);
    if (value) core.setSecret(value);
  }
  const smtp = get('smtp-url');
  if (smtp) {
    try {
      const password = decodeURIComponent(new URL(smtp).password);
      if (password) core.setSecret(password);
    } catch {
      /* reported by the config parser */
    }
  }
  const lines = (name: string) =>
    get(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');

  const raw: RawOptions = {
    script: get('script'),
    args: lines('args'),
    python: get('python'),
    cwd: get('working-directory'),
    name: get('name'),
    interval: get('interval'),
    timeout: get('timeout'),
    retries: get('retries'),
    repeat: get('repeat'),
    warmup: get('warmup'),
    gate: lines('gates'),
    alert: lines('alerts'),
    'slack-webhook': get('slack-webhook'),
    webhook: get('webhook-url'),
    'webhook-secret': get('webhook-secret'),
    smtp,
    'email-to': get('email-to'),
    'baseline-ref': get('baseline-ref'),
    junit: get('junit-path'),
    tap: get('tap-path'),
    executor: get('executor'),
    'ssh-host': get('ssh-host'),
    'ssh-user': get('ssh-user'),
    'ssh-port': get('ssh-port'),
    'docker-image': get('docker-image'),
    // The key and known hosts arrive as text; main.ts writes them to private files.
    history: get('history') !== 'none',
    profile: get('profile').trim().toLowerCase() === 'true',
    'keep-runs': get('keep-runs'),
  };

  const problems: string[] = [];
  let config: Config | null = null;
  try {
    config = parseConfig(raw, inputLabel);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const history = (get('history') || 'cache') as ActionSettings['history'];
  if (history !== 'cache' && history !== 'none')
    problems.push(`input 'history' must be cache or none (got '${history}')`);
  const fail_on = parseFailOn(get('fail-on') || 'gate,regression', problems);
  const comment = (get('comment') || 'always') as CommentMode;
  if (!['always', 'on-regression', 'never'].includes(comment)) {
    problems.push(`input 'comment' must be one of: always, on-regression, never (got '${comment}')`);
  }
  const summary = parseBoolean('summary', get('summary') || 'true', problems);
  const check_run = parseBoolean('check-run', get('check-run') || 'true', problems);
  parseBoolean('profile', get('profile') || 'false', problems);
  const save_pull_request_history = parseBoolean(
    'save-pull-request-history',
    get('save-pull-request-history') || 'false',
    problems,
  );
  if (problems.length > 0 || config === null) throw new ConfigError(problems);
  const matrix = get('matrix');
  return {
    config,
    history,
    fail_on,
    comment,
    summary,
    check_run,
    github_token: get('github-token'),
    matrix: matrix && matrix !== 'null' ? matrix : null,
    save_pull_request_history,
    ssh_key_text: get('ssh-key') || null,
    ssh_known_hosts: get('ssh-known-hosts') || null,
  };
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
