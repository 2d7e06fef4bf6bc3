/**
 * Every markdown report read by cmark-gfm (the reference implementation of GitHub's markdown) after another line was
 * appended to the same file, as a job summary is built (`cat report.md >> "$GITHUB_STEP_SUMMARY"`): the appended
 * line must stay a paragraph of its own, never become a row of the report's last table.
 */
import { expect } from '@jest/globals';
import { renderAbMarkdown } from '../../../src/engine/report/ab-markdown.js';
import { renderMarkdown } from '../../../src/engine/report/markdown.js';
import { renderMarkdownMulti } from '../../../src/engine/report/markdown-multi.js';
import { cmarkGfm, cmarkMissing } from '../../helpers/consumers.js';
import { describeWith } from '../../helpers/needs.js';
import { abFixtureRecord } from './ab-fixture.js';
import { passedRecord } from '../../helpers/builders.js';

const APPENDED = 'appended by the next step';

describeWith(cmarkMissing())('markdown reports end so that appended text stays outside them', () => {
  const tableLast = passedRecord();
  tableLast.alerts = [];
  tableLast.series = tableLast.series.slice(0, 1); // no chart: the report ends on a table
  const reports: [string, string][] = [
    ['one run', renderMarkdown(tableLast)],
    ['one run, trimmed to a comment', renderMarkdown(tableLast, { maxChars: 1500 })],
    ['several series', renderMarkdownMulti([tableLast, { ...tableLast, name: 'other' }])],
    ['an A/B comparison', renderAbMarkdown(abFixtureRecord())],
  ];
  it.each(reports)('%s', (_name, md) => {
    const html = cmarkGfm(`${md}${APPENDED}\n`);
    expect(html).toContain(`<p>${APPENDED}</p>`);
    expect(html).not.toContain(`<td>${APPENDED}`);
  });

  it('the check itself works: a report ending on a table row swallows the appended line', () => {
    const html = cmarkGfm(`| a | b |\n|---|---|\n| 1 | 2 |\n${APPENDED}\n`);
    expect(html).toContain(`<td>${APPENDED}</td>`);
  });
});
