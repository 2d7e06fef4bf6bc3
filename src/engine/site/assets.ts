/**
 * The site's static files: the browser side (src/site/: kit.js, charts.js, app.js and site.css, pyrun's own) and uPlot, the chart
 * library (its minified script and stylesheet). The build copies them all to dist/site/, so the bundles find them
 * beside themselves with no node_modules; from source (jest), src/site/ holds pyrun's own and uPlot comes from the
 * installed package. Found the way ../execute/exec/python-files.ts finds the Python helpers: names in variables, searched
 * up from the running code, so the bundler neither inlines nor relocates them.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where each asset goes in the site. */
export const ASSET_FILES = {
  kit: 'assets/kit.js',
  charts: 'assets/charts.js',
  app: 'assets/app.js',
  css: 'assets/site.css',
  uplotJs: 'assets/uPlot.iife.min.js',
  uplotCss: 'assets/uPlot.min.css',
} as const;

/** An asset to copy: where it goes in the site and the file it comes from. */
export interface SiteAsset {
  path: string;
  source: string;
}

const SITE_DIR_NAME = 'site';
const UPLOT_DIST = ['uplot', 'dist'];

/** The asset files. Throws, naming every place looked at, when one is missing. */
export function siteAssets(): SiteAsset[] {
  const own = findDir(SITE_DIR_NAME, 'app.js');
  const uplot = existsSync(join(own, 'uPlot.iife.min.js'))
    ? own
    : findDir(join('node_modules', ...UPLOT_DIST), 'uPlot.iife.min.js');
  return [
    { path: ASSET_FILES.kit, source: join(own, 'kit.js') },
    { path: ASSET_FILES.charts, source: join(own, 'charts.js') },
    { path: ASSET_FILES.app, source: join(own, 'app.js') },
    { path: ASSET_FILES.css, source: join(own, 'site.css') },
    { path: ASSET_FILES.uplotJs, source: join(uplot, 'uPlot.iife.min.js') },
    { path: ASSET_FILES.uplotCss, source: join(uplot, 'uPlot.min.css') },
  ];
}

function findDir(name: string, marker: string): string {
  const tried: string[] = [];
  for (let dir = dirname(fileURLToPath(import.meta.url)), up = 0; up < 6; up += 1, dir = dirname(dir)) {
    const candidate = join(dir, name);
    tried.push(candidate);
    if (existsSync(join(candidate, marker))) return candidate;
  }
  throw new Error(`pyrun's site files are missing: no ${marker} in ${tried.join(', ')}`);
}
