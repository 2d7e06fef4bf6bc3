import { describe, expect, it } from '@jest/globals';
import { renderHtml, renderHtmlMulti } from '../../../src/engine/report/html.js';
import { escapeHtml } from '../../../src/engine/report/html-escape.js';
import type { RunRecord } from '../../../src/engine/types.js';
import {
  failedRecord,
  fixtureHistory,
  fixtureRecord,
  hugeRecord,
  passedRecord,
} from '../../helpers/builders.js';
import { expectGolden } from './golden.js';
import { findAll, parseXml, type XmlElement } from './xml-check.js';

/** Each inline chart <svg> is also well-formed XML: parse them one by one. */
function svgs(html: string): XmlElement[] {
  return [...html.matchAll(/<svg class="chart"[\s\S]*?<\/svg>/g)].map((m) => parseXml(m[0]));
}

/** The status icons: inline SVGs, each also well-formed XML. */
function icons(html: string): XmlElement[] {
  return [...html.matchAll(/<svg class="icon"[\s\S]*?<\/svg>/g)].map((m) => parseXml(m[0]));
}

/** Anything that would make a browser fetch: URLs, scripts, links, imports, url(), src/href to elsewhere. */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/https?:/i);
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<link/i);
  expect(html).not.toMatch(/<img|<iframe|<object|<embed/i);
  expect(html).not.toMatch(/@import|url\(/i);
  expect(html).not.toMatch(/\ssrc=/i);
  for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
}

describe('renderHtml', () => {
  it('matches the golden file', () => {
    expectGolden('run.html', renderHtml(fixtureRecord(), { history: fixtureHistory() }));
  });

  it('is one self-contained file that forbids loads by policy', () => {
    const html = renderHtml(fixtureRecord(), { history: fixtureHistory() });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expectSelfContained(html);
  });

  it('draws the run charts as accessible SVG with axes, tick labels, a title and lines', () => {
    const charts = svgs(renderHtml(fixtureRecord()));
    expect(charts.map((c) => c.attributes['aria-label'])).toEqual([
      'CPU % over time',
      'RSS MB over time',
      'Threads and processes over time',
      'Read and write MB over time',
    ]);
    for (const chart of charts) {
      expect(chart.attributes.role).toBe('img');
      expect(findAll(chart, 'title')[0]?.text).toBe(chart.attributes['aria-label']);
      const texts = findAll(chart, 'text');
      expect(texts.filter((t) => t.attributes.class === 'tick').length).toBeGreaterThanOrEqual(6);
      expect(texts.filter((t) => t.attributes.class === 'axis-label').map((t) => t.text)[0]).toBe(
        'elapsed (s)',
      );
      expect(findAll(chart, 'line').filter((l) => l.attributes.class === 'axis')).toHaveLength(2);
      const lines = findAll(chart, 'polyline');
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const line of lines) {
        expect(line.attributes.points?.split(' ').length).toBe(120);
        expect(line.attributes.points).toMatch(/^(-?[\d.]+,-?[\d.]+ ?)+$/);
      }
    }
    expect(findAll(charts[2] as XmlElement, 'polyline').map((l) => l.attributes['data-label'])).toEqual([
      'threads',
      'processes',
    ]);
    // The RSS chart's tick labels cover the spike: 0 … 800 MB.
    const rssTicks = findAll(charts[1] as XmlElement, 'text')
      .filter((t) => t.attributes.class === 'tick' && t.attributes['text-anchor'] === 'end')
      .map((t) => t.text);
    expect(rssTicks).toEqual(['0', '200', '400', '600', '800']);
  });

  it('adds history charts of duration, CPU time and peak RSS over runs when history is given', () => {
    const html = renderHtml(fixtureRecord(), { history: fixtureHistory() });
    const charts = svgs(html);
    expect(charts.slice(4).map((c) => c.attributes['aria-label'])).toEqual([
      'duration_s over runs',
      'cpu_time_s over runs',
      'peak_rss_mb over runs',
    ]);
    const rss = charts[6] as XmlElement;
    // Eight older runs plus this one, each a marker; the baseline drawn dashed.
    expect(findAll(rss, 'circle')).toHaveLength(9);
    const [runs, baseline] = findAll(rss, 'polyline');
    expect(runs?.attributes.points?.split(' ')).toHaveLength(9);
    expect(baseline?.attributes['stroke-dasharray']).toBe('6 4');
    expect(html).toContain('<h2>History</h2>');
    expect(renderHtml(fixtureRecord())).not.toContain('History');
    expect(renderHtml(fixtureRecord(), { history: [] })).not.toContain('History');
  });

  it('tabulates metrics, gates (failing first) and alerts', () => {
    const html = renderHtml(fixtureRecord());
    expect(html).toContain(
      '<tr class="verdict-regressed"><td><code>peak_rss_mb</code></td><td class="num">690.4 MB</td><td class="num">402.5 MB ± 11.2 MB (5 runs)</td><td class="num">+71.5%</td><td><svg class="icon" role="img" aria-label="regressed"',
    );
    const gateRows = [
      ...html.matchAll(
        /<tr class="gate-(\w+)"><td><svg class="icon"[\s\S]*?<\/svg><\/td><td><code>([^<]*)<\/code>/g,
      ),
    ].map((m) => [m[1], m[2]]);
    expect(gateRows).toEqual([
      ['failed', 'peak_rss_mb &lt; 512'],
      ['failed', 'cpu_time_s &lt; baseline + 0.5'],
      ['insufficient_history', 'write_mb &lt;= 1.1 * baseline'],
      ['passed', 'duration_s &lt;= 1.2 * baseline'],
      ['passed', 'max_processes &lt;= 8 and exit_code == 0'],
    ]);
    expect(html).toContain('<tr><td><code>rss_mb &gt; 400</code></td><td class="num">35 s</td>');
    expect(renderHtml(passedRecord())).toContain('No alerts fired.');
  });

  it('needs no emoji font: every status is an inline SVG icon labelled in words', () => {
    const html = renderHtml(fixtureRecord(), { history: fixtureHistory() });
    expect(html).not.toMatch(/\p{Extended_Pictographic}/u);
    const labels = icons(html).map((i) => i.attributes['aria-label']);
    expect(labels[0]).toBe('gate failed');
    expect(labels).toEqual(
      expect.arrayContaining(['regressed', 'improved', 'failed', 'insufficient history']),
    );
    for (const icon of icons(html))
      expect(findAll(icon, 'title')[0]?.text).toBe(icon.attributes['aria-label']);
    const regressed = fixtureRecord();
    (regressed as { status: string }).status = 'regressed';
    expect(icons(renderHtml(regressed))[0]?.attributes['aria-label']).toBe('regressed');
  });

  it('draws no history charts for a series with no earlier run', () => {
    const record = fixtureRecord();
    expect(renderHtml(record, { history: [{ ...record, series: [] }] })).not.toContain('History');
    expect(renderHtml(record, { history: fixtureHistory().slice(0, 1) })).toContain('<h2>History</h2>');
  });

  it('writes p-values for people (< 0.001), never as 0.0e+0', () => {
    const history: RunRecord[] = [];
    for (let k = 0; k < 16; k++) {
      const run = { ...fixtureRecord(), series: [], run_id: `run-${k}` };
      run.started_at = `2025-02-${String(1 + k).padStart(2, '0')}T09:00:00.000Z`;
      run.duration_s = 50 + ((k * 7) % 5) * 0.5;
      run.cpu_time_s = 45 + ((k * 3) % 4) * 0.4;
      run.peak_rss_mb = 400 + ((k * 5) % 6) * 3;
      run.cpu_percent_avg = 88 + ((k * 11) % 7) * 0.3;
      run.max_threads = 8;
      run.read_mb = 170 + ((k * 13) % 9);
      history.push(run);
    }
    const odd = fixtureRecord();
    odd.duration_s = 500;
    odd.peak_rss_mb = 4000;
    const html = renderHtml(odd, { history });
    expect(html).toContain('Unusual combinations of metrics');
    const pValues = [
      ...html.matchAll(/<td class="num">[^<]*<\/td><td class="num">([^<]*)<\/td><td>[^<]*\(z /g),
    ].map((m) => m[1]);
    expect(pValues.length).toBeGreaterThan(0);
    for (const p of pValues) {
      expect(p).not.toMatch(/e[+-]/);
      expect(p).toMatch(/^(&lt; 0\.001|0\.\d+|1)$/);
    }
    expect(pValues).toContain('&lt; 0.001');
  });

  it('lets the charts use the page width', () => {
    const html = renderHtml(fixtureRecord());
    expect(html).not.toMatch(/main \{[^}]*max-width/);
    expect(html).toMatch(/svg\.chart \{[^}]*width: 100%/);
  });

  it('escapes every piece of user text', () => {
    const record = fixtureRecord();
    const evil = `<script>alert("x")</script> & 'q'`;
    record.name = evil;
    record.script = `${evil}.py`;
    record.git_ref = evil;
    record.gates = [{ expr: `rss_mb < 1 ${evil}`, passed: false, status: 'failed', actual: 2, limit: 1 }];
    record.alerts = [{ rule: evil, at_s: 1, value: 2, channels: [evil] }];
    const html = renderHtml(record, { history: fixtureHistory() });
    expect(html).not.toContain('<script');
    expect(html).not.toContain(`"x"`);
    expect(html).toContain(escapeHtml(evil));
    expect(html).toContain(`<title>pyrun: ${escapeHtml(evil)} — gate failed</title>`);
    expectSelfContained(html);
  });

  it('keeps a huge record light: charts of at most 400 points per line, the spike kept', () => {
    const html = renderHtml(hugeRecord());
    const rss = svgs(html)[1] as XmlElement;
    const points = rss.children.find((c) => c.name === 'polyline')?.attributes.points?.split(' ') ?? [];
    expect(points.length).toBeLessThanOrEqual(400);
    // The highest point (smallest y) is the 9999 MB spike, at the top tick of the axis (10 000).
    const ys = points.map((p) => Number(p.split(',')[1]));
    expect(Math.min(...ys)).toBeLessThan(45);
    expect(html.length).toBeLessThan(3_000_000);
  });
});

describe('escapeHtml', () => {
  it('escapes the five special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a> é`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt; é',
    );
  });
});

describe('renderHtmlMulti', () => {
  it('puts several series on one page with a summary table linking to each section', () => {
    const a = passedRecord();
    a.name = 'etl';
    const b = failedRecord();
    b.name = 'train <gpu>';
    const histories = new Map<string, RunRecord[]>([['etl', fixtureHistory()]]);
    const html = renderHtmlMulti([a, b], { histories });
    expectSelfContained(html);
    expect(html).toMatch(
      /<h1 class="status-failed"><svg class="icon" role="img" aria-label="failed"[^>]*>.*<\/svg> pyrun: 2 series<\/h1>/,
    );
    expect(html).toContain('<td><a href="#series-2">train &lt;gpu&gt;</a></td><td>failed</td>');
    expect(html).toContain('<section id="series-1">');
    expect(html).toMatch(
      /<h2 class="status-failed"><svg class="icon"[^>]*>.*?<\/svg> failed — train &lt;gpu&gt;/,
    );
    // 4 run charts each, plus 3 history charts for the series that has history.
    expect(svgs(html)).toHaveLength(11);
  });

  it('names what regressed in the summary table, as the markdown overview does', () => {
    const a = passedRecord();
    const b = passedRecord();
    b.name = 'slow';
    b.status = 'regressed';
    b.verdicts = {
      duration_s: { verdict: 'regressed', change_pct: 31.04, statistic: 'log median±5.27·spread' },
    };
    const html = renderHtmlMulti([a, b]);
    expect(html).toContain('<th>failed gates</th><th>regressed</th></tr></thead>');
    expect(html).toMatch(/<a href="#series-1">[^<]*<\/a>.*<td>—<\/td><\/tr>/);
    expect(html).toMatch(/<a href="#series-2">slow<\/a>.*<td>duration_s \+31%<\/td><\/tr>/);
  });

  it('ignores histories keyed by names that are not series (no prototype lookups)', () => {
    const a = passedRecord();
    a.name = 'constructor';
    expect(() => renderHtmlMulti([a], { histories: new Map() })).not.toThrow();
    expect(renderHtmlMulti([a])).not.toContain('History');
  });
});
