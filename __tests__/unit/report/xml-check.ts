/**
 * A tiny, strict XML reader for tests: it throws on anything that is not well-formed XML 1.0 (unbalanced
 * or crossed tags, unquoted or duplicate attributes, a raw `<` or a bare `&`, unknown entities, control
 * characters, more than one root) and returns the element tree with entities decoded.
 * It covers what reports emit: a declaration, elements, attributes, text, CDATA and comments (no DTDs).
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Decoded text and CDATA directly inside this element. */
  text: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_.:-]*/;
// eslint-disable-next-line no-control-regex
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw '<' in ${where}: ${raw.slice(0, 80)}`);
  return raw.replace(/&([^;]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`bare '&' in ${where}: ${raw.slice(0, 80)}`);
    if (body in PREDEFINED) return PREDEFINED[body] as string;
    const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
    if (numeric === null) throw new Error(`unknown entity &${body}; in ${where}`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] as string, 10);
    const char = String.fromCodePoint(code);
    if (ILLEGAL_CHAR.test(char)) throw new Error(`illegal character reference &${body}; in ${where}`);
    return char;
  });
}

export function parseXml(xml: string): XmlElement {
  if (ILLEGAL_CHAR.test(xml)) throw new Error('illegal control character in document');
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let rootClosed = false;

  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${pos}: ${JSON.stringify(xml.slice(pos, pos + 60))}`);
  };

  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    const decl = xml.slice(0, end + 2);
    if (
      !/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z0-9._-]+")?( standalone="(yes|no)")?\s*\?>$/.test(decl)
    ) {
      fail('malformed XML declaration');
    }
    pos = end + 2;
  }

  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const textEnd = lt < 0 ? xml.length : lt;
    const rawText = xml.slice(pos, textEnd);
    if (rawText.includes(']]>')) fail("']]>' in text");
    const text = decode(rawText, 'text');
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
    else if (text.trim() !== '') fail('text outside the root element');
    pos = textEnd;
    if (lt < 0) break;

    if (xml.startsWith('<!--', pos)) {
      const end = xml.indexOf('-->', pos + 4);
      if (end < 0) fail('unterminated comment');
      if (xml.slice(pos + 4, end).includes('--')) fail("'--' inside a comment");
      pos = end + 3;
    } else if (xml.startsWith('<![CDATA[', pos)) {
      if (top === undefined) fail('CDATA outside the root element');
      const end = xml.indexOf(']]>', pos + 9);
      if (end < 0) fail('unterminated CDATA');
      (top as XmlElement).text += xml.slice(pos + 9, end);
      pos = end + 3;
    } else if (xml.startsWith('<?', pos)) {
      const end = xml.indexOf('?>', pos + 2);
      if (end < 0) fail('unterminated processing instruction');
      pos = end + 2;
    } else if (xml.startsWith('<!', pos)) {
      fail('DTDs and other declarations are not expected');
    } else if (xml.startsWith('</', pos)) {
      const match = NAME.exec(xml.slice(pos + 2));
      if (match === null) fail('bad closing tag name');
      const name = (match as RegExpExecArray)[0];
      pos += 2 + name.length;
      while (/\s/.test(xml[pos] ?? '')) pos++;
      if (xml[pos] !== '>') fail('bad closing tag');
      pos++;
      const open = stack.pop();
      if (open === undefined || open.name !== name) fail(`closing </${name}> does not match <${open?.name}>`);
      if (stack.length === 0) rootClosed = true;
    } else {
      pos++;
      const match = NAME.exec(xml.slice(pos));
      if (match === null) fail('bad tag name');
      const element: XmlElement = {
        name: (match as RegExpExecArray)[0],
        attributes: {},
        children: [],
        text: '',
      };
      pos += element.name.length;
      let selfClosing = false;
      for (;;) {
        const hadSpace = /\s/.test(xml[pos] ?? '');
        while (/\s/.test(xml[pos] ?? '')) pos++;
        if (xml.startsWith('/>', pos)) {
          selfClosing = true;
          pos += 2;
          break;
        }
        if (xml[pos] === '>') {
          pos++;
          break;
        }
        if (!hadSpace) fail('attributes must be separated by whitespace');
        const attr = NAME.exec(xml.slice(pos));
        if (attr === null) fail('bad attribute name');
        const attrName = (attr as RegExpExecArray)[0];
        pos += attrName.length;
        while (/\s/.test(xml[pos] ?? '')) pos++;
        if (xml[pos] !== '=') fail(`attribute ${attrName} without '='`);
        pos++;
        while (/\s/.test(xml[pos] ?? '')) pos++;
        const quote = xml[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attrName} is not quoted`);
        const close = xml.indexOf(quote as string, pos + 1);
        if (close < 0) fail(`unterminated attribute ${attrName}`);
        if (attrName in element.attributes) fail(`duplicate attribute ${attrName}`);
        element.attributes[attrName] = decode(xml.slice(pos + 1, close), `attribute ${attrName}`);
        pos = close + 1;
      }
      if (root === null) root = element;
      else if (rootClosed || stack.length === 0) fail('more than one root element');
      stack[stack.length - 1]?.children.push(element);
      if (!selfClosing) stack.push(element);
      else if (stack.length === 0) rootClosed = true;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed element <${stack[stack.length - 1]?.name}>`);
  if (root === null) throw new Error('no root element');
  return root;
}

/** Every element named `name` below (and including) `element`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = element.name === name ? [element] : [];
  for (const child of element.children) found.push(...findAll(child, name));
  return found;
}
