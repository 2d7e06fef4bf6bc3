/**
 * Writing a rendered site to a directory: its pages and data, then the static assets. The directory is created;
 * files pyrun wrote there before are overwritten, others are left alone (a site folder may hold a CNAME).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { StoredRun } from '../history/store.js';
import { siteAssets } from './assets.js';
import type { SiteOptions } from './model.js';
import { renderSite } from './render.js';

export interface WrittenSite {
  dir: string;
  series: number;
  runs: number;
  files: number;
}

export function writeSite(dir: string, runs: readonly StoredRun[], options: SiteOptions): WrittenSite {
  const root = resolve(dir);
  const assets = siteAssets();
  const { files, index } = renderSite(runs, options);
  for (const file of files) {
    const target = join(root, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, 'utf8');
  }
  for (const asset of assets) {
    const target = join(root, ...asset.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(asset.source, target);
  }
  return {
    dir: root,
    series: index.series.length,
    runs: index.total_runs,
    files: files.length + assets.length,
  };
}

/** A repository URL for commit links: http(s) only, without a trailing slash; null for anything else. */
export function repoUrlOrNull(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}
