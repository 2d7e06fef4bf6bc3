// `node scripts/bench-site.mjs [series] [runs per series]`: how long `pyrun site` takes on a large history, and how
// long its pages take to open in Chromium. Builds dist/ if needed, writes synthetic runs (scripts/site-history.mjs;
// default 20 series × 500 runs = 10,000), imports them with the built CLI, then times `pyrun site` and headless
// Chromium opening the index and the largest series page, three times each. Prints medians and the load average;
// asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { syntheticRecords } from './site-history.mjs';

const series = Number(process.argv[2] ?? 20);
const runsPerSeries = Number(process.argv[3] ?? 500);
execFileSync(process.execPath, ['scripts/build.mjs', '--if-changed'], { stdio: 'inherit' });
const cli = path.resolve('dist/cli/index.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'pyrun-bench-site-'));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS; // hosted runners do not set it; it costs every node start ~40 ms here
try {
  const jsonl = path.join(dir, 'runs.jsonl');
  const records = syntheticRecords({ series, runsPerSeries });
  writeFileSync(jsonl, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const db = path.join(dir, 'history.sqlite');
  execFileSync(process.execPath, [cli, 'history', 'import', jsonl, '--db', db], { env, stdio: 'ignore' });
  const out = path.join(dir, 'site');
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = spawnSync(
      '/usr/bin/time',
      ['-f', '%e %U %S', process.execPath, cli, 'site', '--db', db, '--out', out],
      {
        env,
        encoding: 'utf8',
      },
    );
    const wall = (performance.now() - t0) / 1000;
    const [, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    times.push({ wall, cpu: user + sys });
  }
  const size = (p) =>
    statSync(p).isDirectory()
      ? readdirSync(p).reduce((n, f) => n + size(path.join(p, f)), 0)
      : statSync(p).size;
  const best = times.reduce((a, b) => (a.wall < b.wall ? a : b));
  const mid = [...times].sort((a, b) => a.wall - b.wall)[1];
  console.log(`pyrun site: ${records.length} runs in ${series} series`);
  console.log(
    `  build: median of 3 ${mid.wall.toFixed(2)} s wall, ${mid.cpu.toFixed(2)} s CPU; best ${best.wall.toFixed(2)} s (all: ${times.map((t) => t.wall.toFixed(2)).join(', ')} s)`,
  );
  console.log(
    `  site size: ${(size(out) / 1048576).toFixed(1)} MB; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
  );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const largest = readdirSync(path.join(out, 'data'))
    .filter((f) => f !== 'index.js')
    .sort((a, b) => statSync(path.join(out, 'data', b)).size - statSync(path.join(out, 'data', a)).size)[0];
  for (const [label, file, ready] of [
    ['index', 'index.html', 'table.series-table tbody tr'],
    ['largest series page', `series/${largest.replace(/\.js$/, '.html')}`, '.plot canvas'],
  ]) {
    const samples = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const t0 = performance.now();
      await page.goto(pathToFileURL(path.join(out, file)).href, { waitUntil: 'load' });
      await page.waitForSelector(ready);
      samples.push((performance.now() - t0) / 1000);
      await page.close();
    }
    const median = [...samples].sort((a, b) => a - b)[1];
    console.log(
      `  open ${label} in Chromium: median of 3 ${median.toFixed(2)} s, best ${Math.min(...samples).toFixed(2)} s (all: ${samples.map((s) => s.toFixed(2)).join(', ')} s)`,
    );
  }
  await browser.close();
  console.log(
    `  load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
