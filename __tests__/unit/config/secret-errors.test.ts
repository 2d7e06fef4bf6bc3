/** Options holding secrets (URLs with tokens or passwords) are never repeated in configuration errors. */
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../../src/config/parse.js';

function problemsOf(raw: Record<string, unknown>): string {
  try {
    parseConfig({ script: 'x.py', ...raw } as Parameters<typeof parseConfig>[0]);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration errors for secret options', () => {
  it.each([
    [{ smtp: 'smtp://user:PASSW0RD@', 'email-to': 'a@example.com' }, '--smtp', 'PASSW0RD'],
    [{ smtp: 'smtp//user:PASSW0RD@host', 'email-to': 'a@example.com' }, '--smtp', 'PASSW0RD'],
    [{ 'slack-webhook': 'ftp://h/TOKEN' }, '--slack-webhook', 'TOKEN'],
    [{ 'slack-webhook': 'hooks.slack.com/services/T0/B0/TOKEN' }, '--slack-webhook', 'TOKEN'],
    [{ webhook: 'gopher://u:SECRET@h/x' }, '--webhook', 'SECRET'],
  ])('%j names the option and hides the value', (raw, option, secret) => {
    const message = problemsOf(raw);
    expect(message).toContain(option);
    expect(message).not.toContain(secret);
  });
});
