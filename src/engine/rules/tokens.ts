/** The tokenizer: rule text → tokens with their 0-based column. */
import { RuleError } from './errors.js';

export type TokenKind = 'number' | 'word' | 'op' | '(' | ')' | '%' | 'end';

export interface Token {
  kind: TokenKind;
  /** The text as written (`''` for the end). */
  text: string;
  /** 0-based column of the first character. */
  pos: number;
  /** For numbers: the value as written, before any unit. */
  value: number;
}

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATOR = /<=|>=|==|!=|<|>|\+|-|\*|\//y;

/** Characters other languages use, with the word this one uses instead. */
const MISTAKES: [RegExp, string][] = [
  [/&&?/y, 'use and to join conditions'],
  [/\|\|?/y, 'use or to join conditions'],
  [/!/y, 'use not to negate a condition'],
  [/=/y, 'use == to test equality'],
];

export function tokenize(rule: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < rule.length) {
    if (/\s/.test(rule[pos]!)) {
      pos += 1;
      continue;
    }
    const token = readToken(rule, pos);
    tokens.push(token);
    pos += token.text.length;
  }
  tokens.push({ kind: 'end', text: '', pos: rule.length, value: NaN });
  return tokens;
}

function readToken(rule: string, pos: number): Token {
  const number = match(NUMBER, rule, pos);
  if (number !== null) {
    const value = Number(number);
    if (!Number.isFinite(value)) throw new RuleError(`number ${number} is too large`, rule, pos);
    return { kind: 'number', text: number, pos, value };
  }
  const word = match(WORD, rule, pos);
  if (word !== null) return { kind: 'word', text: word, pos, value: NaN };
  const op = match(OPERATOR, rule, pos);
  if (op !== null) return { kind: 'op', text: op, pos, value: NaN };
  const ch = rule[pos]!;
  if (ch === '(' || ch === ')' || ch === '%') return { kind: ch, text: ch, pos, value: NaN };
  for (const [pattern, advice] of MISTAKES) {
    const wrong = match(pattern, rule, pos);
    if (wrong !== null) throw new RuleError(`unexpected ${wrong}: ${advice}`, rule, pos);
  }
  const shown = /[\x21-\x7e]/.test(ch) ? ch : JSON.stringify(ch);
  throw new RuleError(`unexpected character ${shown}`, rule, pos);
}

function match(pattern: RegExp, text: string, pos: number): string | null {
  pattern.lastIndex = pos;
  const m = pattern.exec(text);
  return m === null ? null : m[0];
}
