/**
 * The HTML report in a real browser: headless Chromium opens the file from disk with every network
 * request recorded and refused, then each chart must be laid out with a non-zero box and drawn lines.
 * Skipped (with the reason in its name) where /usr/bin/chromium is absent; under CI=true that is a failure.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { renderAbHtml } from '../../../src/engine/report/ab-html.js';
import { renderHtml, renderHtmlMulti } from '../../../src/engine/report/html.js';
import { abFixtureRecord } from '../../unit/report/ab-fixture.js';
import { failedRecord, fixtureHistory, fixtureRecord, hugeRecord } from '../../helpers/builders.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing: CI must install chromium (apt-get install -y chromium)`);
}
const suite = present ? describe : describe.skip;
const title = present
  ? 'HTML report in headless Chromium'
  : `HTML report in headless Chromium — SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium)`;

/** Where the screenshot of the fixture report is left for a human to look at. */
export const SCREENSHOT_PATH = join(tmpdir(), 'pyrun-report-chromium.png');

interface ChartBox {
  label: string | null;
  role: string | null;
  left: number;
  right: number;
  width: number;
  height: number;
  lines: number;
  points: number[];
}

interface PageResult {
  requests: string[];
  consoleErrors: string[];
  charts: ChartBox[];
  tableBorderCollapse: string;
  /** Width of the page's main element, and the status icons' rendered boxes. */
  mainWidth: number;
  icons: { label: string | null; width: number; height: number }[];
}

suite(title, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pyrun-html-'));
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
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(html: string, file: string, screenshot?: string): Promise<PageResult> {
    const path = join(dir, file);
    writeFileSync(path, html, 'utf8');
    const url = pathToFileURL(path).href;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    // Record every request; let only the report itself through.
    await page.route('**/*', async (route) => {
      const requested = route.request().url();
      requests.push(requested);
      if (requested === url) await route.continue();
      else await route.abort('blockedbyclient');
    });
    await page.goto(url, { waitUntil: 'load' });
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        // The project compiles without the DOM lib: describe the one SVG property read here.
        const polylines = Array.from(svg.querySelectorAll('polyline, path')) as unknown as {
          points?: { numberOfItems: number };
        }[];
        return {
          label: svg.getAttribute('aria-label'),
          role: svg.getAttribute('role'),
          left: box.left,
          right: box.right,
          width: box.width,
          height: box.height,
          lines: polylines.length,
          points: polylines.map((p) => (p.points ? p.points.numberOfItems : 0)),
        };
      }),
    );
    const tableBorderCollapse = await page.$$eval('table', (tables) => {
      const view = globalThis as unknown as { getComputedStyle(e: unknown): { borderCollapse: string } };
      return tables.length > 0 ? view.getComputedStyle(tables[0]).borderCollapse : '';
    });
    const mainWidth = await page.$$eval('main', (m) => m[0]?.getBoundingClientRect().width ?? 0);
    const icons = await page.$$eval('svg.icon', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return { label: svg.getAttribute('aria-label'), width: box.width, height: box.height };
      }),
    );
    if (screenshot !== undefined) await page.screenshot({ path: screenshot, fullPage: true });
    await page.close();
    return { requests, consoleErrors, charts, tableBorderCollapse, mainWidth, icons };
  }

  it('loads nothing but the file and renders every chart with drawn lines', async () => {
    const result = await open(
      renderHtml(fixtureRecord(), { history: fixtureHistory() }),
      'run.html',
      SCREENSHOT_PATH,
    );
    expect(result.requests).toEqual([pathToFileURL(join(dir, 'run.html')).href]);
    // The Content-Security-Policy lets the inline style through: nothing was refused, the CSS applied.
    expect(result.consoleErrors).toEqual([]);
    expect(result.tableBorderCollapse).toBe('collapse');
    expect(result.charts.map((c) => c.label)).toEqual([
      'CPU % over time',
      'RSS MB over time',
      'Threads and processes over time',
      'Read and write MB over time',
      'duration_s over runs',
      'cpu_time_s over runs',
      'peak_rss_mb over runs',
    ]);
    for (const chart of result.charts) {
      expect(chart.role).toBe('img');
      expect(chart.width).toBeGreaterThan(100);
      expect(chart.height).toBeGreaterThan(50);
      expect(chart.lines).toBeGreaterThanOrEqual(1);
      for (const n of chart.points) expect(n).toBeGreaterThanOrEqual(2);
    }
    expect(result.charts[0]?.points).toEqual([120]);
    expect(result.charts[6]?.points).toEqual([9, 2]);
    // The charts use the page's width: two to a row on a 1400-pixel window, edge to edge of the content.
    expect(result.mainWidth).toBeGreaterThan(1300);
    const left = Math.min(...result.charts.map((c) => c.left));
    const right = Math.max(...result.charts.map((c) => c.right));
    expect(right - left).toBeGreaterThan(result.mainWidth * 0.9);
    expect(result.charts[0]?.width).toBeGreaterThan(600);
    expect(result.charts[0]?.left).toBeLessThan(result.charts[1]?.left ?? 0);
    // Status icons are drawn (no emoji font needed), one text line high.
    expect(result.icons.length).toBeGreaterThan(10);
    expect(result.icons[0]?.label).toBe('gate failed');
    for (const icon of result.icons) {
      expect(icon.width).toBeGreaterThan(8);
      expect(icon.height).toBeLessThan(40);
    }
    const png = readFileSync(SCREENSHOT_PATH);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  }, 60_000);

  it('would notice a page that tries to load something (the recorder itself works)', async () => {
    // No Content-Security-Policy here, so the browser really asks for the image; the route refuses it.
    const leaky = '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/pixel.png" alt=""></body></html>';
    const result = await open(leaky, 'leaky.html');
    expect(result.requests).toEqual([
      pathToFileURL(join(dir, 'leaky.html')).href,
      'http://127.0.0.1:9/pixel.png',
    ]);
  }, 60_000);

  it('renders the A/B page: its table, and A and B as two lines of 10 runs each', async () => {
    const ab = await open(renderAbHtml(abFixtureRecord()), 'ab.html');
    expect(ab.requests).toHaveLength(1);
    expect(ab.consoleErrors).toEqual([]);
    expect(ab.tableBorderCollapse).toBe('collapse');
    expect(ab.charts).toHaveLength(1);
    expect(ab.charts[0]!.width).toBeGreaterThan(100);
    expect(ab.charts[0]!.points.filter((n) => n === 10)).toHaveLength(2);
  }, 60_000);

  it('renders several series and a huge record the same way', async () => {
    const multi = await open(renderHtmlMulti([fixtureRecord(), failedRecord()]), 'multi.html');
    expect(multi.requests).toHaveLength(1);
    expect(multi.consoleErrors).toEqual([]);
    expect(multi.charts).toHaveLength(8);
    for (const chart of multi.charts) expect(chart.width * chart.height).toBeGreaterThan(0);

    const huge = await open(renderHtml(hugeRecord()), 'huge.html');
    expect(huge.requests).toHaveLength(1);
    expect(huge.charts).toHaveLength(4);
    for (const chart of huge.charts) {
      expect(chart.width).toBeGreaterThan(100);
      for (const n of chart.points) {
        expect(n).toBeGreaterThanOrEqual(2);
        expect(n).toBeLessThanOrEqual(400);
      }
    }
  }, 60_000);
});
