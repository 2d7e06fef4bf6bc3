/**
 * `pyrun site` end to end in a real browser: the built CLI, copied away from node_modules, imports a history of two
 * series (one whose newest run regressed, one named to break a page that trusts names) and writes the site; headless
 * Chromium opens it from disk with every request recorded and anything but file:// refused. The index must name
 * both series and mark the regression; on the series page a click on the chart and the run table's button (its
 * keyboard equivalent) must each open that run; nothing may leave the page and nothing may log an error.
 * Screenshots in light, dark and on a phone go to PYRUN_SCREENSHOTS when it is set, for a human to look at.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describeWith } from '../../helpers/needs.js';
import { ROOT, tempDir } from '../../helpers/pyrun.js';
import { HOSTILE_NAME, twoSeries } from '../../helpers/site-records.js';
import { formatMetricValue } from '../../../src/engine/metric-format.js';
import { RUN_METRICS } from '../../../src/engine/metrics.js';
import { describeGate } from '../../../src/engine/report/gates.js';
import { formatChangePct } from '../../../src/engine/report/numbers.js';
import type { ComparableMetric, RunRecord } from '../../../src/engine/types.js';

const CHROMIUM = '/usr/bin/chromium';
const describeIf = describeWith(
  existsSync(CHROMIUM) ? null : `${CHROMIUM} not found (apt-get install -y chromium)`,
);
/** Where the screenshots go: PYRUN_SCREENSHOTS to keep them (the test's own temp folder is removed after it). */
const SCREENSHOT_DIR = process.env.PYRUN_SCREENSHOTS ?? join(tmpdir(), 'pyrun-site-screenshots');

/** The project compiles without the DOM library: the few browser names read here, described. */
interface BrowserGlobals {
  document: {
    activeElement: { textContent: string | null } | null;
    body: unknown;
    documentElement: { scrollWidth: number };
  };
  getComputedStyle(e: unknown): { backgroundColor: string };
}

/** What the site's scripts leave on the page, as far as the band test reads it. */
interface SiteGlobals {
  PYRUN_SITE: {
    index: { series: { name: string; slug: string }[] };
    series: { runs: { id: string; g: number }[] };
  };
  PyrunCharts: {
    shown: {
      metric: { name: string };
      chart: { points: number[] };
      bands: [number, number][];
      u: { data: (number | null | undefined)[][] };
    }[];
  };
}

interface Opened {
  page: Page;
  outside: string[];
  errors: string[];
}

describeIf('pyrun site in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let site: string;

  beforeAll(async () => {
    dir = tempDir('pyrun-site-');
    // The bundle alone, as an install has it: no node_modules beside or above it.
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    const cli = join(dir, 'dist/cli/index.js');
    writeFileSync(
      join(dir, 'runs.jsonl'),
      twoSeries()
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const db = join(dir, 'history.sqlite');
    execFileSync(process.execPath, [cli, 'history', 'import', join(dir, 'runs.jsonl'), '--db', db], {
      cwd: dir,
    });
    site = join(dir, 'site');
    const args = [
      'site',
      '--db',
      db,
      '--out',
      site,
      '--title',
      'Nightly <jobs>',
      '--repo-url',
      'https://github.com/o/r',
    ];
    execFileSync(process.execPath, [cli, ...args], { cwd: dir });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The runs of a series as the history holds them (`pyrun history --json`). */
  function storedRuns(name: string): RunRecord[] {
    const cli = join(dir, 'dist/cli/index.js');
    const db = join(dir, 'history.sqlite');
    return JSON.parse(
      execFileSync(process.execPath, [cli, 'history', '--db', db, '--name', name, '--json'], {
        cwd: dir,
        encoding: 'utf8',
      }),
    );
  }

  async function open(file: string, colorScheme: 'light' | 'dark' = 'light', width = 1280): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) await route.continue();
      else {
        outside.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await page.goto(pathToFileURL(join(site, file)).href, { waitUntil: 'load' });
    return { page, outside, errors };
  }

  it('writes an index, a page and a data script per series, and the assets', () => {
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(readdirSync(join(site, 'series'))).toHaveLength(2);
    expect(readdirSync(join(site, 'assets')).sort()).toEqual(
      ['app.js', 'charts.js', 'kit.js', 'site.css', 'uPlot.iife.min.js', 'uPlot.min.css'].sort(),
    );
    // The hostile name is data, escaped for a script: it cannot close one.
    const data = readdirSync(join(site, 'data')).map((f) => readFileSync(join(site, 'data', f), 'utf8'));
    expect(data.join('')).not.toMatch(/<\/script|<img/i);
  });

  it('the index names both series and marks the regression; nothing leaves, nothing logs an error', async () => {
    const { page, outside, errors } = await open('index.html');
    const rows = await page.$$eval('table.series-table tbody tr', (trs) =>
      trs.map((tr) => ({ text: tr.textContent ?? '', cls: tr.getAttribute('class') ?? '' })),
    );
    expect(rows).toHaveLength(2);
    const etl = rows.find((r) => r.text.startsWith('etl'));
    const api = rows.find((r) => r.text.startsWith(HOSTILE_NAME));
    expect(api).toBeDefined();
    expect(etl?.cls).toContain('row-regressed');
    expect(etl?.text).toContain('regressed');
    expect(etl?.text).toContain('duration_s');
    expect(api?.cls).not.toContain('row-regressed');
    expect(await page.title()).toBe('Nightly <jobs>');
    expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.$$('main img, main b')).toHaveLength(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'index-light.png'), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a click on a chart point opens that run, and so does the run table’s button from the keyboard', async () => {
    const index = await open('index.html');
    await index.page.getByRole('link', { name: 'etl', exact: true }).click();
    await index.page.waitForSelector('.plot .u-over');
    const { page, outside, errors } = index;
    const over = await page.locator('.plot .u-over').first().boundingBox();
    if (!over) throw new Error('the first chart has no plotting area');
    // The newest run is the rightmost point: the regressed one.
    await page.mouse.move(over.x + over.width - 2, over.y + over.height / 2);
    await page.mouse.click(over.x + over.width - 2, over.y + over.height / 2);
    await expect(page.locator('#run h2').textContent()).resolves.toBe('Run 3-11-1');
    expect(await page.locator('#run').textContent()).toContain('regressed: duration_s');
    expect(await page.locator('#run a.sha').getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/o\/r\/commit\/[0-9a-f]{40}$/,
    );
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'series-light.png'), fullPage: true });

    // The page formats the raw values it was sent exactly as pyrun's reports format the stored run.
    const record = storedRuns('etl').find((r) => r.run_id === '3-11-1')!;
    const tables = await page.$$eval('#run table.kv', (els) =>
      els.map((t) => ({
        caption: t.querySelector('caption')?.textContent ?? '',
        rows: [...t.querySelectorAll('tbody tr')].map((tr) =>
          [...tr.children].map((c) => c.textContent ?? ''),
        ),
      })),
    );
    const rowsOf = (caption: string) => tables.find((t) => t.caption === caption)?.rows;
    expect(rowsOf('Metrics')).toEqual(
      RUN_METRICS.map((name) => {
        const verdict = record.verdicts[name as ComparableMetric];
        return [
          name,
          formatMetricValue(name, (record as unknown as Record<string, number | null>)[name]),
          verdict ? verdict.verdict.replace(/_/g, ' ') : '',
          verdict ? formatChangePct(verdict.change_pct) : '',
        ];
      }),
    );
    expect(rowsOf('Gates')).toEqual(
      record.gates.map((g) => [g.expr, g.status.replace(/_/g, ' '), describeGate(g)]),
    );
    expect(rowsOf('Environment')).toEqual(
      expect.arrayContaining([
        ['started', record.started_at],
        ['git sha', record.git_sha],
        ['os', `${record.os}/${record.arch}`],
        ['python', record.python_version],
        ['interval', `${record.interval_s} s`],
      ]),
    );

    // The run table: newest first; the fourth row is run 8, whose gate failed. Opened with the keyboard.
    await page.locator('.run-table tbody tr').nth(3).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#run h2').textContent()).resolves.toBe('Run 3-8-1');
    expect(await page.locator('#run').textContent()).toContain('duration_s < 10s');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as BrowserGlobals).document.activeElement?.textContent,
      ),
    ).toBe('Run 3-8-1');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('draws each run’s band from the limit and the baseline centre its stored verdict holds, per branch', async () => {
    const index = await open('index.html');
    const slugs = await index.page.evaluate(() =>
      (globalThis as unknown as SiteGlobals).PYRUN_SITE.index.series.map((s) => [s.name, s.slug]),
    );
    await index.page.close();
    const slugOf = new Map(slugs as [string, string][]);

    // The band at a run, read from what the chart was given: per group, [limit, centre] at that run's point.
    async function bandAt(page: Page, runId: string) {
      return page.evaluate((id) => {
        const g = globalThis as unknown as SiteGlobals;
        const runs = g.PYRUN_SITE.series.runs;
        const i = runs.findIndex((r) => r.id === id);
        const chart = g.PyrunCharts.shown.find((c) => c.metric.name === 'duration_s')!;
        const k = chart.chart.points.indexOf(i);
        return {
          group: runs[i]!.g,
          bands: chart.bands.map(([hi, lo]) => [chart.u.data[hi]![k], chart.u.data[lo]![k]]),
        };
      }, runId);
    }

    const etl = await open(`series/${slugOf.get('etl')}.html`);
    await etl.page.waitForSelector('.plot .u-over');
    const etlRuns = storedRuns('etl');
    for (const id of ['3-10-1', '3-11-1']) {
      const verdict = etlRuns.find((r) => r.run_id === id)!;
      expect(verdict.verdicts.duration_s!.limit).toBeGreaterThan(0);
      expect(await bandAt(etl.page, id)).toEqual({
        group: 0,
        bands: [[verdict.verdicts.duration_s!.limit, verdict.baseline.duration_s!.value]],
      });
    }
    // A young run the judge gave no verdict: no band there.
    expect(etlRuns.find((r) => r.run_id === '3-2-1')!.verdicts.duration_s?.limit).toBeUndefined();
    expect(await bandAt(etl.page, '3-2-1')).toEqual({ group: 0, bands: [[null, null]] });

    // Two branches: a feature run's point carries its own band; main's band passes over it (undefined).
    const api = await open(`series/${slugOf.get(HOSTILE_NAME)}.html`);
    await api.page.waitForSelector('.plot .u-over');
    const featureRun = `${HOSTILE_NAME.length}-7-1`;
    const verdict = storedRuns(HOSTILE_NAME).find((r) => r.run_id === featureRun)!;
    expect(await bandAt(api.page, featureRun)).toEqual({
      group: 1,
      bands: [
        [undefined, undefined],
        [verdict.verdicts.duration_s!.limit, verdict.baseline.duration_s!.value],
      ],
    });
    for (const o of [etl, api]) {
      expect(o.outside).toEqual([]);
      expect(o.errors).toEqual([]);
      await o.page.close();
    }
  }, 60_000);

  it('renders in dark and on a phone without errors', async () => {
    for (const [file, name] of [
      ['index.html', 'index'],
      [`series/${readdirSync(join(site, 'series')).find((f) => f.startsWith('etl'))}`, 'series'],
    ] as const) {
      const dark = await open(file, 'dark');
      const bg = await dark.page.evaluate(() => {
        const g = globalThis as unknown as BrowserGlobals;
        return g.getComputedStyle(g.document.body).backgroundColor;
      });
      expect(bg).toBe('rgb(13, 17, 23)');
      await dark.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-dark.png`), fullPage: true });
      const phone = await open(file, 'light', 390);
      const overflow = await phone.page.evaluate(
        () => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth,
      );
      expect(overflow).toBeLessThanOrEqual(390);
      await phone.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-phone.png`), fullPage: true });
      for (const o of [dark, phone]) {
        expect(o.outside).toEqual([]);
        expect(o.errors).toEqual([]);
        await o.page.close();
      }
    }
  }, 60_000);
});
