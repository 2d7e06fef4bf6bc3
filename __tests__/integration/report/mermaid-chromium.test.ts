/**
 * The markdown report's charts as GitHub draws them: every ```mermaid block is rendered by the real mermaid
 * (node_modules/mermaid, injected into a blank page: no network) in headless Chromium. Each must render without
 * error, show at most MAX_AXIS_LABELS x-axis labels, draw its line in the palette colour, and keep its text and
 * line readable (contrast ≥ 3:1) on GitHub's light and dark backgrounds. Fails under CI=true when Chromium is
 * missing; skips elsewhere with the reason in its name.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { MAX_AXIS_LABELS, MERMAID_CHART_THEME } from '../../../src/engine/report/markdown-chart.js';
import { renderMarkdown } from '../../../src/engine/report/markdown.js';
import type { Sample } from '../../../src/engine/types.js';
import { renderAbMarkdown } from '../../../src/engine/report/ab-markdown.js';
import { fixtureRecord, hugeRecord, passedRecord } from '../../helpers/builders.js';
import { abFixtureRecord } from '../../unit/report/ab-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing: CI must install chromium (apt-get install -y chromium)`);
}
const suite = present ? describe : describe.skip;
const title = present
  ? 'markdown charts rendered by mermaid in headless Chromium'
  : `markdown charts rendered by mermaid in headless Chromium — SKIPPED: ${CHROMIUM} not found`;

const MERMAID_JS = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const LIGHT_BG = '#ffffff';
const DARK_BG = '#0d1117';

interface Rendered {
  error: string | null;
  xLabels: string[];
  lineStrokes: string[];
  titleFill: string | null;
  labelFill: string | null;
}

function blocks(md: string): string[] {
  return [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r as number) + 0.7152 * lin(g as number) + 0.0722 * lin(bl as number);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

suite(title, () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const requests: string[] = [];
    await page.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort('blockedbyclient');
    });
    await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: MERMAID_JS });
    await page.evaluate(() => {
      const g = globalThis as unknown as { mermaid: { initialize(c: unknown): void } };
      g.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    });
    expect(requests).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function render(text: string, id: string): Promise<Rendered> {
    return page.evaluate(
      async ({ text, id }) => {
        const g = globalThis as unknown as {
          mermaid: { render(id: string, text: string): Promise<{ svg: string }> };
          document: {
            getElementById(id: string): { innerHTML: string; querySelector(s: string): unknown } | null;
          };
        };
        const out = g.document.getElementById('out');
        if (out === null) throw new Error('no #out');
        try {
          const { svg } = await g.mermaid.render(id, text);
          out.innerHTML = svg;
        } catch (error) {
          return {
            error: String((error as Error)?.message ?? error),
            xLabels: [],
            lineStrokes: [],
            titleFill: null,
            labelFill: null,
          };
        }
        type El = { textContent: string | null; getAttribute(n: string): string | null };
        const root = out as unknown as {
          querySelectorAll(s: string): El[];
          querySelector(s: string): El | null;
        };
        const xLabels = Array.from(root.querySelectorAll('g.bottom-axis g.label text')).map(
          (t) => t.textContent ?? '',
        );
        const lineStrokes = Array.from(root.querySelectorAll('g.plot path')).map(
          (p) => p.getAttribute('stroke') ?? '',
        );
        return {
          error: null,
          xLabels,
          lineStrokes,
          titleFill: root.querySelector('g.chart-title text')?.getAttribute('fill') ?? null,
          labelFill: root.querySelector('g.bottom-axis g.label text')?.getAttribute('fill') ?? null,
        };
      },
      { text, id },
    );
  }

  /**
   * The last x-axis label's box and the legend's text colour of a rendered chart, in the SVG's own units (its
   * viewBox), beside the viewBox itself.
   */
  async function lastLabelBox(text: string, id: string) {
    return page.evaluate(
      async ({ text, id }) => {
        type Box = { left: number; right: number; top: number; bottom: number; width: number };
        type El = {
          textContent: string | null;
          getAttribute(n: string): string | null;
          getBoundingClientRect(): Box;
        };
        const g = globalThis as unknown as {
          mermaid: { render(id: string, text: string): Promise<{ svg: string }> };
          document: {
            getElementById(id: string): { innerHTML: string; querySelector(s: string): El | null };
          };
        };
        const out = g.document.getElementById('out');
        out.innerHTML = (await g.mermaid.render(id, text)).svg;
        const svg = out.querySelector('svg')!;
        const [x, y, w, h] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number) as [
          number,
          number,
          number,
          number,
        ];
        const frame = svg.getBoundingClientRect();
        const k = w / frame.width;
        const labels = (svg as unknown as { querySelectorAll(s: string): El[] }).querySelectorAll(
          'g.bottom-axis g.label text',
        );
        const last = labels[labels.length - 1]!;
        const box = last.getBoundingClientRect();
        const legend = (svg as unknown as { querySelectorAll(s: string): El[] }).querySelectorAll(
          'g.legend text',
        );
        return {
          viewBox: { left: x, top: y, right: x + w, bottom: y + h },
          label: last.textContent,
          box: {
            left: x + (box.left - frame.left) * k,
            right: x + (box.right - frame.left) * k,
            top: y + (box.top - frame.top) * k,
            bottom: y + (box.bottom - frame.top) * k,
          },
          legend: Array.from(legend).map((t) => [t.textContent, t.getAttribute('fill')]),
        };
      },
      { text, id },
    );
  }

  it('keeps the A/B chart’s last pair label inside the picture, with room to spare', async () => {
    for (const pairs of [10, 4]) {
      const record = abFixtureRecord();
      record.order = record.order.slice(0, pairs);
      record.runs = record.runs.filter((r) => r.pair <= pairs);
      const [chart] = blocks(renderAbMarkdown(record));
      const r = await lastLabelBox(chart!, `ab${pairs}`);
      // A label flush with the edge is cut as soon as a font draws a glyph past its box: keep a few units clear.
      const MARGIN = 4;
      expect(r.box.left).toBeGreaterThanOrEqual(r.viewBox.left + MARGIN);
      expect(r.box.right).toBeLessThanOrEqual(r.viewBox.right - MARGIN);
      expect(r.box.top).toBeGreaterThanOrEqual(r.viewBox.top);
      expect(r.box.bottom).toBeLessThanOrEqual(r.viewBox.bottom);
      expect(r.label).toBe(String(pairs));
      // The named lines' legend, in the axis text's colour: readable on GitHub's light and dark backgrounds.
      expect(r.legend).toEqual([
        ['A', MERMAID_CHART_THEME.titleColor],
        ['B', MERMAID_CHART_THEME.titleColor],
      ]);
    }
  }, 60_000);

  it('reports an error for a broken chart (the check itself works)', async () => {
    const broken = await render('xychart-beta\n  line [1, 2, oops]\n', 'broken');
    expect(broken.error).not.toBeNull();
  }, 60_000);

  it('renders the fixture report’s charts with the palette and few enough labels', async () => {
    const charts = blocks(renderMarkdown(fixtureRecord()));
    expect(charts).toHaveLength(2);
    for (const [i, chart] of charts.entries()) {
      const r = await render(chart, `fixture${i}`);
      expect(r.error).toBeNull();
      expect(r.xLabels.length).toBeGreaterThanOrEqual(3);
      expect(r.xLabels.length).toBeLessThanOrEqual(MAX_AXIS_LABELS);
      expect(r.lineStrokes).toEqual(['#3b82f6']);
      expect(r.titleFill).toBe(MERMAID_CHART_THEME.titleColor);
      expect(r.labelFill).toBe(MERMAID_CHART_THEME.xAxisLabelColor);
      for (const bg of [LIGHT_BG, DARK_BG]) {
        expect(contrast(r.lineStrokes[0] as string, bg)).toBeGreaterThanOrEqual(3);
        expect(contrast(r.labelFill as string, bg)).toBeGreaterThanOrEqual(3.5);
      }
    }
  }, 60_000);

  it('keeps labels apart for a 2 s run sampled at 20 Hz and for a 100 000-sample run', async () => {
    const fast = passedRecord();
    const series: Sample[] = [];
    for (let i = 0; i < 40; i++) {
      series.push({
        elapsed_s: Math.round(i * 5) / 100,
        cpu_percent: 50 + (i % 7) * 5,
        rss_mb: 20 + i,
        threads: 1,
        processes: 1,
        read_mb: 0,
        write_mb: 0,
        open_fds: 3,
      });
    }
    fast.series = series;
    fast.samples = series.length;
    for (const [n, record] of [
      ['fast', fast],
      ['huge', hugeRecord()],
    ] as const) {
      const charts = blocks(renderMarkdown(record));
      expect(charts).toHaveLength(2);
      for (const [i, chart] of charts.entries()) {
        const r = await render(chart, `${n}${i}`);
        expect(r.error).toBeNull();
        expect(r.xLabels.length).toBeLessThanOrEqual(MAX_AXIS_LABELS);
        expect(new Set(r.xLabels).size).toBe(r.xLabels.length);
      }
    }
  }, 60_000);
});
