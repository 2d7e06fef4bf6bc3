/**
 * Where an `--instructions` run's instructions went, for the markdown and HTML reports: one row per process (its
 * own count, its share of the tree's, its command line), the note that every other figure of the run comes from a
 * run slowed by valgrind, and where the callgrind files are (KCachegrind opens them).
 */
import type { ProcessInstructions, RunRecord } from '../types.js';
import { escapeHtml, table } from './html-escape.js';
import { mdCode } from './markdown-parts.js';

/** More processes than this are summed into one "… N more" row. */
export const INSTRUCTION_PROCESS_ROWS = 20;
const COMMAND_CHARS = 120;

export const INSTRUCTIONS_TITLE = 'Where the instructions went';

/** 1234567 → `1,234,567`: exact counts read best grouped. */
export function groupDigits(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

interface Row {
  pid: string;
  count: string;
  share: string;
  command: string;
}

function rows(record: RunRecord): Row[] {
  const processes = record.instrumentation?.per_process ?? [];
  const total = processes.reduce((sum, p) => sum + p.count, 0);
  const share = (n: number) => (total > 0 ? `${((100 * n) / total).toFixed(1)}%` : '—');
  const shown = [...processes].sort((a, b) => b.count - a.count);
  const out = shown.slice(0, INSTRUCTION_PROCESS_ROWS).map((p: ProcessInstructions) => ({
    pid: String(p.pid),
    count: groupDigits(p.count),
    share: share(p.count),
    command: p.command.length > COMMAND_CHARS ? `${p.command.slice(0, COMMAND_CHARS - 1)}…` : p.command,
  }));
  const rest = shown.slice(INSTRUCTION_PROCESS_ROWS);
  if (rest.length > 0) {
    const sum = rest.reduce((s, p) => s + p.count, 0);
    out.push({
      pid: '',
      count: groupDigits(sum),
      share: share(sum),
      command: `… ${rest.length} more processes`,
    });
  }
  return out;
}

/** The markdown block, or nothing for a run without `--instructions`. */
export function instructionsLines(record: RunRecord, heading = '###'): string[] {
  const ins = record.instrumentation;
  if (!ins) return [];
  return [
    `${heading} ${INSTRUCTIONS_TITLE}`,
    '',
    `> ${ins.note}.`,
    '',
    '| pid | instructions | share | command |',
    '|--:|--:|--:|:--|',
    ...rows(record).map((r) => `| ${r.pid} | ${r.count} | ${r.share} | ${mdCode(r.command)} |`),
    '',
    `PYTHONHASHSEED ${mdCode(ins.pythonhashseed || 'unset')} · callgrind files (KCachegrind): ${mdCode(ins.out_dir)}`,
  ];
}

/** The HTML section's body, or null for a run without `--instructions`. */
export function instructionsHtml(record: RunRecord): string | null {
  const ins = record.instrumentation;
  if (!ins) return null;
  const code = (t: string) => `<code>${escapeHtml(t)}</code>`;
  return [
    `<p>${escapeHtml(ins.note)}.</p>`,
    table(
      ['pid', 'instructions', 'share', 'command'],
      rows(record).map(
        (r) =>
          `<tr><td class="num">${escapeHtml(r.pid)}</td><td class="num">${escapeHtml(r.count)}</td>` +
          `<td class="num">${escapeHtml(r.share)}</td><td>${code(r.command)}</td></tr>`,
      ),
      'instructions',
    ),
    `<p>PYTHONHASHSEED ${code(ins.pythonhashseed || 'unset')} · callgrind files (KCachegrind): ${code(ins.out_dir)}</p>`,
  ].join('\n');
}
