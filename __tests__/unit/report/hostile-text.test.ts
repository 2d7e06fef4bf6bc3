/**
 * Strings from outside (series names, refs, rules, imported records' fields) in every report and log line:
 * the markdown, rendered by a real GFM renderer (marked), must contain no heading, link, image, raw HTML or
 * mention of ours that the string did not get from us; a log line must never be a working workflow command.
 */
import { describe, expect, it } from '@jest/globals';
import { marked } from 'marked';
import { neutralizeWorkflowCommands } from '../../../src/engine/log-text.js';
import { mdCode } from '../../../src/engine/report/markdown-escape.js';
import { renderMarkdown } from '../../../src/engine/report/markdown.js';
import { renderMarkdownMulti } from '../../../src/engine/report/markdown-multi.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { failedRecord, fixtureRecord } from '../../helpers/builders.js';

const HOSTILE = [
  '\n# Owned @octo/admins',
  '<img src=x onerror=alert(1)>',
  '![pixel](https://evil.example/p.png)',
  '[click](https://evil.example)',
  'www.evil.example',
  'https://evil.example/x',
  '@everyone #123',
  '<script>alert(1)</script>',
  '**bold** _it_ `code` | pipe',
  '<!-- x --> </details>',
].join(' ');

function hostileRecord(base: RunRecord): RunRecord {
  const record = { ...base };
  record.name = `series ${HOSTILE}`;
  record.script = `s.py ${HOSTILE}`;
  record.os = `linux ${HOSTILE}`;
  record.arch = `x64 ${HOSTILE}`;
  record.python_version = `3.12 ${HOSTILE}`;
  record.executor = `local ${HOSTILE}` as RunRecord['executor'];
  record.started_at = `2025-01-01T00:00:00Z ${HOSTILE}`;
  record.git_ref = `refs/heads/${HOSTILE}`;
  record.run_id = `run ${HOSTILE}`;
  record.gates = record.gates.map((g) => ({ ...g, expr: `${g.expr} ${HOSTILE}` }));
  record.alerts = record.alerts.map((a) => ({ ...a, rule: `${a.rule} ${HOSTILE}`, channels: [HOSTILE] }));
  return record;
}

/** The rendered HTML, and its text with every code element taken out. */
function rendered(md: string): { html: string; outsideCode: string } {
  const html = marked.parse(md, { gfm: true, async: false });
  return { html, outsideCode: html.replace(/<code>[\s\S]*?<\/code>/g, '') };
}

function expectInert(md: string): void {
  const { html, outsideCode } = rendered(md);
  expect(html).not.toMatch(/<img|<a |<script|<h1|<details|<strong|<em>/i);
  // Only our own headings: the status line and the section titles.
  for (const h of html.matchAll(/<h([2-6])>([\s\S]*?)<\/h\1>/g)) {
    expect(h[2]?.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/Owned|@|evil/);
  }
  // Outside code, nothing a mention, reference or autolink could start from.
  expect(outsideCode).not.toMatch(/@\w|evil|#123|onerror/);
}

describe('foreign strings in markdown', () => {
  it('stay inert in the single-run report (job summary and comment)', () => {
    const md = renderMarkdown(hostileRecord(fixtureRecord()));
    expectInert(md);
    // Still shown, as written, in code.
    expect(rendered(md).html).toContain('<code>series');
  });

  it('stay inert in the several-series report and for a signal name', () => {
    const killed = hostileRecord(failedRecord());
    killed.exit_code = null;
    killed.signal = `SIGKILL ${HOSTILE}`;
    expectInert(renderMarkdown(killed));
    expectInert(renderMarkdownMulti([hostileRecord(fixtureRecord()), killed]));
  });

  it('the check itself notices raw text (a report that did not escape would fail)', () => {
    const { outsideCode, html } = rendered(`## pyrun ${HOSTILE}`);
    expect(outsideCode).toMatch(/@/);
    expect(html).toMatch(/<img|<a /);
  });

  it('code spans survive backticks, pipes, blank text and line breaks', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a|b')).toBe('`a\\|b`');
    expect(mdCode('a\nb\u2028c')).toBe('`a b c`');
    expect(rendered(mdCode('   ')).html).toContain('<code>');
  });
});

describe('foreign strings in log lines', () => {
  const commands = (text: string): string[] =>
    text.split('\n').filter((line) => /^\s*::/.test(line) || line.includes('##['));

  it('never start a workflow command, whatever line breaks they carry', () => {
    const name = 'etl\n::add-mask::hunter2\r::error::forged\r\n  ::stop-commands::x\n##[add-mask]v1form';
    const out = neutralizeWorkflowCommands(`pyrun: ${name}: passed`);
    expect(commands(out)).toEqual([]);
    // The text is all still there, readable.
    expect(out).toContain('::add-mask::hunter2');
    expect(out.split('\n')).toHaveLength(5);
  });

  it('leave ordinary lines alone', () => {
    const text = 'pyrun: etl: passed in 1.2 s\nratio 2:1 — see https://x/y::z';
    expect(neutralizeWorkflowCommands(text)).toBe(text);
  });
});
