/**
 * Reports of one run, each a pure function of the run record: JSON, JUnit XML, TAP 13, markdown (job
 * summary, PR comment, several series) and self-contained HTML.
 */
export { renderJson } from './json.js';
export { renderJunit } from './junit.js';
export { renderTap } from './tap.js';
export { MAX_COMMENT_CHARS, MAX_SUMMARY_CHARS, renderMarkdown, type MarkdownOptions } from './markdown.js';
export { renderMarkdownMulti } from './markdown-multi.js';
export { renderHtml, renderHtmlMulti, type HtmlMultiOptions, type HtmlOptions } from './html.js';
export { escapeHtml } from './html-escape.js';
export { downsampleKeepingPeaks } from './downsample.js';
