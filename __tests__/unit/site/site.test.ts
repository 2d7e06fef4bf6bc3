/** The site's pure part: history rows in, pages and data out; escaping, thinning with peaks kept, the index. */
import { describe, expect, it } from '@jest/globals';
import {
  buildIndex,
  buildSeries,
  MAX_CHART_POINTS,
  seriesSlug,
  type SiteOptions,
} from '../../../src/engine/site/model.js';
import { renderSite, safeJson } from '../../../src/engine/site/render.js';
import { repoUrlOrNull } from '../../../src/engine/site/write.js';
import { HOSTILE_NAME, siteRecord, twoSeries } from '../../helpers/site-records.js';

const OPTIONS: SiteOptions = {
  title: 'Jobs <b>&</b>',
  repo_url: 'https://github.com/o/r',
  baseline_ref: null,
  built_at: '2026-12-04T12:00:00.000Z',
};

describe('safeJson', () => {
  it('writes no character that could end a script or start markup, and reads back the same', () => {
    const value = { name: `</script><script>alert(1)</script>&\u2028\u2029${HOSTILE_NAME}` };
    const text = safeJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('renderSite', () => {
  const { files, index } = renderSite(twoSeries(), OPTIONS);
  const byPath = new Map(files.map((f) => [f.path, f.text]));

  it('writes an index, a page and a data script per series, and .nojekyll for GitHub Pages', () => {
    const slugs = index.series.map((s) => s.slug);
    expect([...byPath.keys()].sort()).toEqual(
      [
        '.nojekyll',
        'data/index.js',
        'index.html',
        ...slugs.flatMap((s) => [`data/${s}.js`, `series/${s}.html`]),
      ].sort(),
    );
  });

  it('escapes the title and series name in the page shells; the data holds them as escaped JSON', () => {
    expect(byPath.get('index.html')).toContain('<title>Jobs &lt;b&gt;&amp;&lt;/b&gt;</title>');
    const hostile = index.series.find((s) => s.name === HOSTILE_NAME)!;
    const page = byPath.get(`series/${hostile.slug}.html`)!;
    expect(page).not.toContain('<img');
    expect(page).toContain('api &lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;&lt;/script&gt;');
    for (const [path, text] of byPath) if (path.endsWith('.js')) expect(text).not.toMatch(/[<>]/);
  });

  it('loads only the site’s own files, under a policy that forbids anything else', () => {
    for (const [path, text] of byPath) {
      if (!path.endsWith('.html')) continue;
      const sources = [...text.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
      for (const s of sources)
        expect(s).toMatch(/^(\.\.\/)?(assets|data)\/[\w.-]+\.(js|css)$|^\.\.\/index\.html$|^#main$/);
      expect(text).toContain("default-src 'none'");
    }
  });

  it('marks the series whose newest run regressed, with when and which metric', () => {
    const etl = index.series.find((s) => s.name === 'etl')!;
    expect(etl.latest.status).toBe('regressed');
    expect(etl.last_regression?.metrics).toEqual(['duration_s']);
    expect(etl.last_gate_failure?.run_id).toBe('3-8-1');
    expect(index.series.find((s) => s.name === HOSTILE_NAME)!.last_regression).toBeNull();
  });
});

describe('buildSeries', () => {
  it('keeps each branch apart and the band as the judge saw each run: its baseline centre and its limit', () => {
    const s = buildSeries(
      HOSTILE_NAME,
      twoSeries().filter((r) => r.name === HOSTILE_NAME),
    );
    expect(s.groups.map((g) => g.ref)).toEqual(['main', 'feature/x']);
    const duration = s.metrics.findIndex((m) => m.name === 'duration_s');
    expect(s.runs.map((r) => r.b[duration])).toEqual([
      ...[0, 1, 2, 3, 4].map(() => null),
      ...[5, 6, 7, 8, 9, 10, 11].map((i) => [1.01, i % 4 === 3 ? 1.2 : 1.1 + i / 1000]),
    ]);
  });

  it('reads the limit of a run recorded before verdicts kept one from its detectable rise; else draws none', () => {
    const old = (i: number, verdict: 'unchanged' | 'regressed', detectable_pct?: number) => {
      const r = siteRecord({ name: 'old', i, duration_s: 2, baseline: 2 });
      const rest = { ...r.verdicts.duration_s! };
      delete rest.limit;
      return {
        ...r,
        verdicts: { duration_s: { ...rest, verdict, ...(detectable_pct ? { detectable_pct } : {}) } },
      };
    };
    const s = buildSeries('old', [old(0, 'unchanged', 12.5), old(1, 'regressed'), old(2, 'unchanged')]);
    expect(s.runs.map((r) => r.b[0])).toEqual([[2, 2.25], null, null]);
  });

  it('thins a long history to the chart budget, keeping the peaks, the dips and every regressed run', () => {
    const n = 4000;
    const records = Array.from({ length: n }, (_, i) =>
      siteRecord({
        name: 'long',
        i,
        duration_s: i === 3321 ? 50 : i === 1234 ? 0.1 : 2 + (i % 7) * 0.01,
        baseline: 2,
        status: i % 1000 === 500 ? 'regressed' : 'passed',
      }),
    );
    const s = buildSeries('long', records);
    const chart = s.charts.find((c) => c.metric === 'duration_s')!;
    expect(chart.of).toBe(n);
    expect(chart.points.length).toBeLessThanOrEqual(MAX_CHART_POINTS + 6);
    const kept = new Set(chart.points.map((i) => s.runs[i]!.id));
    for (const i of [0, 1234, 3321, n - 1, 500, 1500, 3500])
      expect([i, kept.has(`4-${i}-1`)]).toEqual([i, true]);
    expect([...chart.points]).toEqual([...chart.points].sort((a, b) => a - b));
  });

  it('carries a run’s profile, its gates and its verdict in words', () => {
    const record = {
      ...siteRecord({ name: 'p', i: 0, duration_s: 12, gateFailed: true, status: 'gate_failed' }),
      profile: {
        top_own: [{ function: 'etl.py:10(load)', calls: 3, own_s: 1.5, cumulative_s: 2.5 }],
        top_cumulative: [],
        total_s: 2,
        pstats_path: 'p.pstats',
        speedscope_path: 'p.speedscope.json',
      },
    };
    const series = buildSeries('p', [record]);
    const run = series.runs[0]!;
    expect(run.profile?.top[0]?.[0]).toBe('etl.py:10(load)');
    expect(run.gates).toEqual([[0, 'failed', 12, 10]]);
    expect(series.rules).toEqual([['duration_s < 10s', 's']]);
    expect(run.words.join('\n')).toContain('gate failed: duration_s < 10s');
  });

  it('ships raw values once per column, verdicts by kind with the change as shown, the environment by group', () => {
    const record = siteRecord({ name: 'raw', i: 7, duration_s: 2.0615, baseline: 2, status: 'passed' });
    const series = buildSeries('raw', [record]);
    const run = series.runs[0]!;
    expect(series.columns.length).toBe(run.v.length);
    const at = (name: string) => series.columns.findIndex(([n]) => n === name);
    expect(series.columns[at('duration_s')]).toEqual(['duration_s', 's']);
    expect(series.columns[at('peak_rss_mb')]).toEqual(['peak_rss_mb', 'MB']);
    expect(run.v[at('duration_s')]).toBe(2.0615);
    expect(run.v[at('peak_rss_mb')]).toBe(107);
    // +3.075% is shown as +3.1%: the page gets 3.1, rounded as the reports round it.
    expect(run.vd[at('duration_s')]).toEqual([series.verdict_kinds.indexOf('unchanged'), 3.1]);
    expect(run.vd[at('max_threads')]).toBeNull();
    expect(series.groups[run.g]).toMatchObject({ os: 'linux/x64', ref: 'main' });
    expect(run.e[0]).toBe(record.started_at);
    // Nothing preformatted per run but the verdict's words.
    expect(JSON.stringify(run)).not.toMatch(/"\d[\d.]* (s|MB)"/);
  });

  it('the index follows the baseline ref for the latest status and the sparkline', () => {
    const records = [0, 1, 2].map((i) =>
      siteRecord({ name: 'x', i, duration_s: 1 + i, git_ref: i === 2 ? 'feature/y' : 'main' }),
    );
    const s = buildSeries('x', records);
    const index = buildIndex([s], { ...OPTIONS, baseline_ref: 'main' });
    expect(index.series[0]!.latest.ref).toBe('main');
    expect(index.series[0]!.spark.values).toEqual([1, 2]);
  });
});

describe('names and links', () => {
  it('gives names that read alike different slugs made of safe characters', () => {
    const a = seriesSlug('etl/nightly');
    const b = seriesSlug('etl nightly');
    expect(a).not.toBe(b);
    for (const slug of [a, b, seriesSlug('<>'), seriesSlug('../../etc')])
      expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('links commits only to http(s) repositories', () => {
    expect(repoUrlOrNull('https://github.com/o/r/')).toBe('https://github.com/o/r');
    expect(repoUrlOrNull('javascript:alert(1)')).toBeNull();
    expect(repoUrlOrNull('not a url')).toBeNull();
  });
});
