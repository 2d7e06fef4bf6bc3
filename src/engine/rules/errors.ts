/**
 * The one error a rule can raise: what is wrong, the rule text, and a caret under the place.
 *
 *   unknown metric peak_rss; did you mean peak_rss_mb?
 *     peak_rss < 512
 *     ^
 */
export class RuleError extends Error {
  /** The rule text exactly as given. */
  readonly rule: string;
  /** 0-based column (UTF-16 index) the error points at; `rule.length` means "at the end". */
  readonly position: number;
  /** The problem alone, on one line, without the rule and the caret. */
  readonly problem: string;

  constructor(problem: string, rule: string, position: number) {
    super(renderRuleError(problem, rule, position));
    this.name = 'RuleError';
    this.rule = rule;
    this.position = position;
    this.problem = problem;
  }
}

function renderRuleError(problem: string, rule: string, position: number): string {
  // One character in, one character out, so the caret stays under the right column.
  const shown = Array.from(rule, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch)).join('');
  return `${problem}\n  ${shown}\n  ${' '.repeat(position)}^`;
}
