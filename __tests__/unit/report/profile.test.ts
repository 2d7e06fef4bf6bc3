/**
 * Reports of a profiled run: the folded "where the time went" table always, "functions whose time grew most"
 * only when the run regressed; the same record with no profile renders as before (the goldens show that).
 * And the HTML report's table of unusual combinations of metrics over the history.
 */
import { describe, expect, it } from '@jest/globals';
import { renderHtml, renderMarkdown } from '../../../src/engine/report/index.js';
import type { ProfileDiff, RunProfile, RunRecord } from '../../../src/engine/types.js';
import { fixtureRecord, passedRecord } from '../../helpers/builders.js';

const PROFILE: RunProfile = {
  top_own: [
    { function: 'bench/app.py:9(slow_part)', calls: 1, own_s: 2.5, cumulative_s: 2.5 },
    { function: '{built-in method time.sleep}', calls: 40, own_s: 0.0004, cumulative_s: 0.0004 },
  ],
  top_cumulative: [{ function: 'bench/app.py:1(<module>)', calls: 1, own_s: 0.01, cumulative_s: 2.6 }],
  total_s: 2.6,
  pstats_path: '/w/out/run.pstats',
  speedscope_path: '/w/out/run.speedscope.json',
  overhead_note: 'measured under cProfile',
};
const DIFF: ProfileDiff = {
  baseline_run_id: 'base-7',
  grown: [
    {
      function: 'bench/app.py:9(slow_part)',
      baseline_own_s: 0.25,
      current_own_s: 2.5,
      growth_s: 2.25,
      growth_pct: 900,
      baseline_cumulative_s: 0.25,
      current_cumulative_s: 2.5,
    },
    {
      function: 'bench/app.py:20(<lambda|x>)',
      baseline_own_s: null,
      current_own_s: 0.1,
      growth_s: 0.05,
      growth_pct: null,
      baseline_cumulative_s: null,
      current_cumulative_s: 0.1,
    },
  ],
};

const regressed = (): RunRecord => ({ ...fixtureRecord(), profile: PROFILE, profile_diff: DIFF });
const unregressed = (): RunRecord => ({ ...passedRecord(), profile: PROFILE, profile_diff: DIFF });

describe('markdown of a profiled run', () => {
  it('shows the functions whose time grew most right after the metrics of a regressed run', () => {
    const md = renderMarkdown(regressed());
    expect(md).toContain('### Functions whose time grew most');
    expect(md).toContain('against the profile of baseline run `base-7`');
    expect(md).toContain('| `bench/app.py:9(slow_part)` | 0.25 s | 2.5 s | +2.25 s | +900% |');
    expect(md).toContain('| `bench/app.py:20(<lambda\\|x>)` | — | 0.1 s | +0.05 s | new in top |');
    expect(md.indexOf('### Functions whose time grew most')).toBeGreaterThan(md.indexOf('### Metrics'));
    expect(md.indexOf('### Functions whose time grew most')).toBeLessThan(md.indexOf('### Gates'));
  });

  it('folds the top functions away with the files and the overhead note', () => {
    const md = renderMarkdown(regressed());
    expect(md).toContain(
      '<summary>Where the time went (cProfile, top 2 functions by own time of 2.6 s)</summary>',
    );
    expect(md).toContain('| `{built-in method time.sleep}` | 0.0004 s | 0.0004 s | 40 |');
    expect(md).toContain('`/w/out/run.pstats` (pstats), `/w/out/run.speedscope.json` (speedscope)');
    expect(md).toContain('Note: `measured under cProfile`.');
  });

  it('shows no diff for a run that did not regress, and says why a profile is missing', () => {
    const md = renderMarkdown(unregressed());
    expect(md).not.toContain('Functions whose time grew most');
    expect(md).toContain('Where the time went');
    const missing = renderMarkdown({
      ...passedRecord(),
      profile: { ...PROFILE, top_own: [], top_cumulative: [], error: 'no stats: killed' },
    });
    expect(missing).toContain('_No profile for this run:_ `no stats: killed`');
  });

  it('keeps the diff when the budget drops the charts and the profile table', () => {
    const full = renderMarkdown(regressed());
    const md = renderMarkdown(regressed(), { maxChars: full.indexOf('### Charts') - 200 });
    expect(md).toContain('_Charts and the profile left out to fit the size limit._');
    expect(md).toContain('| `bench/app.py:9(slow_part)` |');
    expect(md).not.toContain('<details>');
  });
});

describe('HTML of a profiled run', () => {
  it('has a profile section with the diff (regressed only) and the top functions, escaped', () => {
    const html = renderHtml(regressed());
    expect(html).toContain('<h2>Profile</h2>');
    expect(html).toContain('<h3>Functions whose time grew most</h3>');
    expect(html).toContain('<code>bench/app.py:20(&lt;lambda|x&gt;)</code>');
    expect(html).toContain('<td class="num">+900%</td>');
    expect(html).toContain('<h3>Top functions by own time</h3>');
    expect(renderHtml(unregressed())).not.toContain('Functions whose time grew most');
    expect(renderHtml(passedRecord())).not.toContain('<h2>Profile</h2>');
  });
});

describe('HTML unusual combinations', () => {
  /** 14 runs where CPU time follows duration closely; run 9 does much more CPU in a normal time. */
  function history(): RunRecord[] {
    const noise = [0.3, -0.5, 0.1, 0.8, -0.2, -0.9, 0.6, 0.05, -0.4, 0.45, -0.7, 0.2, -0.1, 0.7];
    const wobble = [0.1, -0.2, 0.15, -0.05, 0.2, -0.1, 0.05, -0.15, 0.1, 0.0, -0.1, 0.2, -0.2, 0.05];
    return noise.map((n, i) => ({
      ...passedRecord(),
      run_id: `run-${i}`,
      started_at: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      series: [],
      duration_s: 20 + n,
      cpu_time_s: 16 + 0.8 * n + 0.05 * wobble[i]!,
      peak_rss_mb: 300 + 5 * wobble[i]!,
    }));
  }

  it('lists the run whose combination is unusual although each metric is normal', () => {
    const runs = history();
    runs[9] = { ...runs[9]!, duration_s: 20 - 0.6, cpu_time_s: 16 + 0.8 * 0.6 };
    const current = runs.at(-1)!;
    const html = renderHtml(current, { history: runs.slice(0, -1) });
    expect(html).toContain('<h2>Unusual combinations of metrics</h2>');
    const row = html.split('\n').find((line) => line.startsWith('<tr><td><code>run-9</code>'));
    expect(row).toMatch(/duration_s \(z -0\.\d+\)/); // each metric alone is well within its range
    expect(row).toMatch(/cpu_time_s \(z \+0\.\d+\)/);
    expect(html.match(/<tr><td><code>run-/g)).toHaveLength(1);
  });

  it('says none are unusual on clean history, and is absent with fewer than 10 runs', () => {
    const runs = history();
    const html = renderHtml(runs.at(-1)!, { history: runs.slice(0, -1) });
    expect(html).toContain("No run's combination of metrics is unusual.");
    expect(renderHtml(runs[5]!, { history: runs.slice(0, 5) })).not.toContain('Unusual combinations');
  });
});
