import { describe, expect, it } from '@jest/globals';
import { markedBody, MAX_COMMENT_CHARS, stickyMarker } from '../../../src/action/comment.js';

describe('sticky comment body', () => {
  it('puts a hidden marker naming the series on the first line', () => {
    expect(stickyMarker('train.py')).toBe('<!-- pyrun:train.py -->');
    expect(markedBody('train.py', '## pyrun')).toBe('<!-- pyrun:train.py -->\n## pyrun');
  });

  it('keeps any series name inside the HTML comment, and tells names apart', () => {
    const marker = stickyMarker('evil --> <b>x</b>');
    expect(marker).toBe('<!-- pyrun:evil%20--%3E%20%3Cb%3Ex%3C%2Fb%3E -->');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(stickyMarker('a b')).not.toBe(stickyMarker('a%20b'));
  });

  it("cuts a body to GitHub's 65536-character limit and says so", () => {
    const body = markedBody('s', 'x'.repeat(70_000));
    expect(body.length).toBe(MAX_COMMENT_CHARS);
    expect(body.startsWith('<!-- pyrun:s -->\nxxx')).toBe(true);
    expect(body.endsWith('(cut to fit GitHub’s comment size limit)')).toBe(true);
    const fits = 'y'.repeat(MAX_COMMENT_CHARS - stickyMarker('s').length - 1);
    expect(markedBody('s', fits)).toBe(`${stickyMarker('s')}\n${fits}`);
  });
});
