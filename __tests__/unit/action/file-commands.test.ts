/** The names a file command's text sets, and the job summary section for a script's own summary text. */
import { describe, expect, it } from '@jest/globals';
import {
  fileCommandNames,
  MAX_SCRIPT_SUMMARY_CHARS,
  scriptSummarySection,
} from '../../../src/action/file-commands.js';

describe('fileCommandNames', () => {
  it('names both forms, skips a block’s value lines, keeps each name once', () => {
    const text = [
      'A=1',
      'B<<EOF',
      'C=not a name, a value line',
      'EOF',
      'A=2',
      'D<<x=y',
      'value',
      'x=y',
      'no separator',
      '',
    ].join('\n');
    expect(fileCommandNames(text)).toEqual(['A', 'B', 'D']);
  });

  it('reads `=` before `<<` as a plain value, as the runner does', () => {
    expect(fileCommandNames('E=a<<b\nF=1\r\n')).toEqual(['E', 'F']);
  });
});

describe('scriptSummarySection', () => {
  const section = (text: string) =>
    scriptSummarySection({ size: Buffer.byteLength(text), head: Buffer.from(text) });

  it('fences the text longer than any run of backticks in it', () => {
    const out = section('a ``````` b\n');
    expect(out).toContain('\n````````text\na ``````` b\n````````');
  });

  it('escapes invisible characters and keeps line breaks', () => {
    expect(section('x\u200by\r\nz\u0007')).toContain('```text\nx\\u200By\nz\\u0007\n```');
  });

  it('cuts a long text and says so', () => {
    const out = section('y'.repeat(MAX_SCRIPT_SUMMARY_CHARS + 10));
    expect(out).toContain(`its first ${MAX_SCRIPT_SUMMARY_CHARS} characters`);
    expect(out.length).toBeLessThan(MAX_SCRIPT_SUMMARY_CHARS + 400);
  });
});
