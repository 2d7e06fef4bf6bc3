/**
 * The site as files, still as values: an index page, a page per series, and a data script for each (JSON the
 * pages read as `window.PYRUN_SITE`; a script, not a fetch, so the site opens from file:// as well as from a web
 * server). Pages are static shells: the browser side (src/site/app.js, with uPlot for the charts) builds
 * everything else from the data, as text. The static assets themselves come from ./assets.ts.
 */
import type { StoredRun } from '../history/store.js';
import { escapeHtml } from '../report/html-escape.js';
import { ASSET_FILES } from './assets.js';
import { buildIndex, buildSeries, type SiteIndex, type SiteOptions, type SiteSeries } from './model.js';
import { showInvisible } from '../visible-text.js';

export interface SiteFile {
  /** Relative path inside the site, `/`-separated. */
  path: string;
  text: string;
}

export interface RenderedSite {
  files: SiteFile[];
  index: SiteIndex;
}

/** Every page and data file of the site for these runs (any order, any number of series). */
export function renderSite(runs: readonly StoredRun[], options: SiteOptions): RenderedSite {
  const bySeries = new Map<string, StoredRun[]>();
  for (const run of runs) {
    const list = bySeries.get(run.name);
    if (list) list.push(run);
    else bySeries.set(run.name, [run]);
  }
  const names = [...bySeries.keys()].sort();
  const series = names.map((name) => buildSeries(name, bySeries.get(name) as StoredRun[]));
  const index = buildIndex(series, options);
  const files: SiteFile[] = [
    { path: 'index.html', text: page('index', options.title, '', 'data/index.js', '') },
    { path: 'data/index.js', text: dataScript({ index }) },
  ];
  for (const s of series) files.push(...seriesFiles(s, index, options));
  // GitHub Pages runs Jekyll over a site unless told not to; nothing here needs it.
  files.push({ path: '.nojekyll', text: '' });
  return { files, index };
}

function seriesFiles(series: SiteSeries, index: SiteIndex, options: SiteOptions): SiteFile[] {
  const data = `data/${series.slug}.js`;
  const meta = {
    title: index.title,
    repo_url: index.repo_url,
    baseline_ref: index.baseline_ref,
    built_at: index.built_at,
  };
  return [
    {
      path: `series/${series.slug}.html`,
      text: page('series', `${series.name} · ${options.title}`, '../', `../${data}`, series.name),
    },
    { path: data, text: dataScript({ index: meta, series }) },
  ];
}

/**
 * A page shell. The title and heading are escaped here; the rest of the page is built from the data as text.
 * The content security policy lets the page load only its own files: nothing can be fetched from elsewhere.
 */
function page(kind: 'index' | 'series', title: string, root: string, data: string, heading: string): string {
  const h1 = kind === 'index' ? title : heading;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="${root}${ASSET_FILES.uplotCss}">`,
    `<link rel="stylesheet" href="${root}${ASSET_FILES.css}">`,
    '</head>',
    `<body data-page="${kind}">`,
    '<a class="skip" href="#main">Skip to content</a>',
    '<header class="top">',
    kind === 'series' ? `<nav><a href="${root}index.html">← All series</a></nav>` : '',
    `<h1 id="title">${escapeHtml(h1)}</h1>`,
    '</header>',
    '<main id="main" tabindex="-1">',
    '<noscript><p>This page draws its charts and tables with JavaScript; please enable it.</p></noscript>',
    '</main>',
    '<footer id="foot"></footer>',
    kind === 'series' ? `<script src="${root}${ASSET_FILES.uplotJs}"></script>` : '',
    `<script src="${escapeHtml(data)}"></script>`,
    `<script src="${root}${ASSET_FILES.kit}"></script>`,
    kind === 'series' ? `<script src="${root}${ASSET_FILES.charts}"></script>` : '',
    `<script src="${root}${ASSET_FILES.app}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * A data script: `window.PYRUN_SITE = <JSON>;`. Every `<`, `>`, `&` and line separator in the JSON is written as a
 * `\u` escape, so no string from the history can close a script element or start markup, whichever way the
 * data is later embedded.
 */
export function dataScript(value: unknown): string {
  return `window.PYRUN_SITE = ${safeJson(visibleStrings(value))};\n`;
}

/**
 * Every string in the site's data with invisible format characters (U+202E…) and controls written as visible
 * `\u202E` escapes: the browser shows the data as text (textContent), so they must not reach it raw. Applied to
 * every string alike, so a name used as a key still matches itself.
 */
function visibleStrings(value: unknown): unknown {
  if (typeof value === 'string') return showInvisible(value);
  if (Array.isArray(value)) return value.map(visibleStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [showInvisible(k), visibleStrings(v)]));
  }
  return value;
}

export function safeJson(value: unknown): string {
  // Plain string replacements: on a large history's data this is several times faster than one callback.
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
