/** The one helper that shows invisible characters, and the output paths that use it. */
import { describe, expect, it } from '@jest/globals';
import { checkRunName } from '../../../src/action/check-run.js';
import { csvField } from '../../../src/engine/history/csv.js';
import { escapeHtml } from '../../../src/engine/report/html-escape.js';
import { mdCode } from '../../../src/engine/report/markdown-escape.js';
import { holdsInvisible, showInvisible, visibleJson } from '../../../src/engine/visible-text.js';

describe('showInvisible', () => {
  it('escapes format characters, controls and separators; keeps tab and line breaks', () => {
    expect(showInvisible('a\u202Eb\u200Bc\u2066d\uFEFF')).toBe('a\\u202Eb\\u200Bc\\u2066d\\uFEFF');
    expect(showInvisible('x\u{E0041}y')).toBe('x\\u{E0041}y');
    expect(showInvisible('\u0000\u001b[31m\u007f\u0085\u2028')).toBe(
      '\\u0000\\u001B[31m\\u007F\\u0085\\u2028',
    );
    expect(showInvisible('tab\tlf\ncr\r — ✅ é')).toBe('tab\tlf\ncr\r — ✅ é');
  });

  it('tells whether there is anything to escape', () => {
    expect(holdsInvisible('plain name.py')).toBe(false);
    expect(holdsInvisible('a\u200Bb')).toBe(true);
  });
});

describe('visibleJson', () => {
  it('writes format characters as escapes and keeps the value', () => {
    const value = { name: 'a\u202Eb', tag: 'x\u{E0041}', sep: 'l\u2028m' };
    const text = visibleJson(JSON.stringify(value));
    expect(text).not.toMatch(/[\p{Cf}\u2028]/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the output paths', () => {
  const name = 'etl\u202Etxt.py';
  it('markdown code spans, HTML, CSV cells and the check run name show the escape', () => {
    expect(mdCode(name)).toBe('`etl\\u202Etxt.py`');
    expect(escapeHtml(`<${name}>`)).toBe('&lt;etl\\u202Etxt.py&gt;');
    expect(csvField(name)).toBe('etl\\u202Etxt.py');
    expect(csvField(1.5)).toBe('1.5');
    expect(checkRunName(name)).toBe('pyrun: etl\\u202Etxt.py');
  });
});
