import { describe, expect, it } from '@jest/globals';
import { exitCodeFor } from '../../../src/engine/outcome.js';
import { scriptEnvironment } from '../../../src/engine/execute/exec/env.js';

describe('exitCodeFor (the exit codes of docs/cli.md)', () => {
  it.each([
    [{ status: 'passed', exit_code: 0, signal: null }, 0],
    [{ status: 'failed', exit_code: 3, signal: null }, 3],
    [{ status: 'failed', exit_code: null, signal: 'SIGKILL' }, 137],
    [{ status: 'failed', exit_code: null, signal: 'SIGINT' }, 130],
    [{ status: 'timeout', exit_code: null, signal: 'SIGTERM' }, 124],
    [{ status: 'gate_failed', exit_code: 0, signal: null }, 99],
  ] as const)('%j → %i', (outcome, code) => {
    expect(exitCodeFor(outcome)).toBe(code);
  });
});

describe('scriptEnvironment', () => {
  it('drops every ACTIONS_* and INPUT_* variable, keeping explicit --env pairs', () => {
    const env = scriptEnvironment(
      {
        PATH: '/usr/bin',
        ACTIONS_RUNTIME_TOKEN: 'secret',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1/',
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_STEP_DEBUG: 'true',
        ACTIONS_SOMETHING_NEW: 'x',
        actions_lower_case: 'x',
        INPUT_GITHUB_TOKEN: 'secret',
        'INPUT_SMTP-URL': 'smtp://u:p@h',
        GITHUB_SHA: 'abc',
        MY_ACTIONS_X: 'kept: not a prefix',
      },
      { EXTRA: '1', ACTIONS_RUNTIME_TOKEN_X: 'kept: not a token name' },
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      GITHUB_SHA: 'abc',
      MY_ACTIONS_X: 'kept: not a prefix',
      EXTRA: '1',
      ACTIONS_RUNTIME_TOKEN_X: 'kept: not a token name',
    });
  });
});
