/**
 * Status icons for the HTML report as small inline SVGs: they need no emoji font (a bare Linux box or a CI
 * artifact viewer shows emoji as empty boxes), scale with the text, and carry their meaning as an `aria-label`
 * and a `<title>`, beside the status word that is always written next to them.
 */
import type { GateStatus, VerdictKind } from '../types.js';
import type { ReportStatus } from './status.js';

type Shape = 'check' | 'cross' | 'clock' | 'up' | 'down' | 'dot' | 'dash' | 'question';

const SHAPES: Record<Shape, string> = {
  check:
    '<path d="M4.5 8.2l2.3 2.3 4.7-5" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>',
  cross:
    '<path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
  clock: '<path d="M8 4.2V8l2.6 1.6" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/>',
  up: '<path d="M8 4.3l3.6 6.2H4.4z" fill="#fff"/>',
  down: '<path d="M8 11.7L4.4 5.5h7.2z" fill="#fff"/>',
  dot: '<circle cx="8" cy="8" r="2.2" fill="#fff"/>',
  dash: '<path d="M4.8 8h6.4" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
  question:
    '<path d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.4" fill="none" stroke="#fff" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.4" r=".9" fill="#fff"/>',
};

const GREEN = '#16a34a';
const RED = '#dc2626';
const AMBER = '#d97706';
const GREY = '#6b7280';

function icon(shape: Shape, color: string, label: string): string {
  return `<svg class="icon" role="img" aria-label="${label}" viewBox="0 0 16 16" width="16" height="16"><title>${label}</title><circle cx="8" cy="8" r="8" fill="${color}"/>${SHAPES[shape]}</svg>`;
}

const STATUS_ICON: Record<ReportStatus, [Shape, string]> = {
  passed: ['check', GREEN],
  regressed: ['up', AMBER],
  gate_failed: ['cross', RED],
  failed: ['cross', RED],
  timeout: ['clock', AMBER],
};

const GATE_ICON: Record<GateStatus, [Shape, string]> = {
  passed: ['check', GREEN],
  failed: ['cross', RED],
  insufficient_history: ['dash', GREY],
};

const VERDICT_ICON: Record<VerdictKind, [Shape, string]> = {
  regressed: ['up', RED],
  improved: ['down', GREEN],
  unchanged: ['dot', GREY],
  insufficient_history: ['question', GREY],
  not_judged: ['dash', GREY],
};

/** The icon of a run's status; the label is the status in words. */
export function statusIcon(status: ReportStatus): string {
  return iconOf(STATUS_ICON, status);
}

export function gateIcon(status: GateStatus): string {
  return iconOf(GATE_ICON, status);
}

export function verdictIcon(verdict: VerdictKind): string {
  return iconOf(VERDICT_ICON, verdict);
}

/**
 * The icon of a known word; a word outside the table (a history written by something else) gets a grey question
 * mark labelled `unknown`: the word itself is never put in the attribute unescaped, and the report still renders.
 */
function iconOf(table: Record<string, [Shape, string]>, word: string): string {
  const known = typeof word === 'string' && Object.hasOwn(table, word) ? table[word] : undefined;
  if (known === undefined) return icon('question', GREY, 'unknown');
  return icon(known[0], known[1], word.replace(/_/g, ' '));
}
