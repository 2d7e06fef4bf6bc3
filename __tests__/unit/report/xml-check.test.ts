import { describe, expect, it } from '@jest/globals';
import { findAll, parseXml } from './xml-check.js';

describe('the test XML checker', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1 &lt; 2" y=\'&quot;&#65;&#x42;\'><b/><!-- c --><b>t &amp; <![CDATA[<raw>]]></b></a>\n',
    );
    expect(root.attributes).toEqual({ x: '1 < 2', y: '"AB' });
    expect(findAll(root, 'b').map((b) => b.text)).toEqual(['', 't & <raw>']);
  });

  it.each([
    ['<a><b></a></b>', /does not match/],
    ['<a>', /unclosed/],
    ['<a x=1/>', /not quoted/],
    ['<a x="1" x="2"/>', /duplicate/],
    ['<a>1 < 2</a>', /bad tag name/],
    ['<a>fish & chips</a>', /bare '&'/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a x="<"/>', /raw '<'/],
    ['<a/><b/>', /more than one root/],
    ['<a>\u0001</a>', /illegal control character/],
    ['<a>&#1;</a>', /illegal character reference/],
    ['text<a/>', /outside the root/],
    ['<a x="1"y="2"/>', /separated by whitespace/],
  ])('refuses %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});
