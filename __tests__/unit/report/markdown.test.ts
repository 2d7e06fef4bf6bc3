import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { byteSize } from '../../../src/engine/report/budget.js';
import { MAX_COMMENT_CHARS, MAX_SUMMARY_CHARS, renderMarkdown } from '../../../src/engine/report/markdown.js';
import {
  failedRecord,
  fixtureRecord,
  hugeRecord,
  passedRecord,
  timeoutRecord,
} from '../../helpers/builders.js';
import { expectGolden } from './golden.js';

/** The mermaid blocks of a report: title, the numeric x range, line values and each value's time. */
function mermaidCharts(
  md: string,
): { title: string; init: string; from: number; to: number; values: number[]; at: (i: number) => number }[] {
  const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  return blocks.map((block) => {
    const title = /title "([^"]*)"/.exec(block)?.[1] ?? '';
    const init = block.split('\n')[0] ?? '';
    const range = /x-axis "[^"]*" (\S+) --> (\S+)/.exec(block);
    const from = Number(range?.[1]);
    const to = Number(range?.[2]);
    const values = (/ line \[(.*)\]/.exec(block)?.[1] ?? '').split(', ').map(Number);
    const at = (i: number): number => from + (i * (to - from)) / (values.length - 1);
    return { title, init, from, to, values, at };
  });
}

describe('renderMarkdown', () => {
  it('matches the golden files (job summary, PR comment, and a trimmed comment)', () => {
    expectGolden('run.md', renderMarkdown(fixtureRecord()));
    expectGolden('run-comment.md', renderMarkdown(fixtureRecord(), { maxChars: MAX_COMMENT_CHARS }));
    expectGolden('run-trimmed.md', renderMarkdown(fixtureRecord(), { maxChars: 1450 + 286 })); // 286 bytes: the six rusage rows
  });

  it('exports the GitHub limits', () => {
    expect(MAX_COMMENT_CHARS).toBe(65536);
    expect(MAX_SUMMARY_CHARS).toBe(1048576);
  });

  it('opens with a status line: emoji, status, series name and duration', () => {
    const first = (md: string): string => md.split('\n')[0] as string;
    expect(first(renderMarkdown(passedRecord()))).toBe('## ✅ passed — `train-model` in 1 m 00.2 s');
    expect(first(renderMarkdown(fixtureRecord()))).toBe('## ❌ gate failed — `train-model` in 1 m 00.2 s');
    expect(first(renderMarkdown(failedRecord()))).toBe('## ❌ failed — `train-model` in 1 m 00.2 s');
    expect(first(renderMarkdown(timeoutRecord()))).toBe('## ⏱️ timeout — `train-model` in 1 m 00.2 s');
    expect(renderMarkdown(failedRecord())).toContain(
      'script `scripts/train.py` exit code 3 (after 2 attempts)',
    );
  });

  it('tabulates every metric with unit, baseline ± spread, change and verdict', () => {
    const md = renderMarkdown(fixtureRecord());
    expect(md).toContain(
      '| `peak_rss_mb` | 690.4 MB | 402.5 MB ± 11.2 MB (5 runs) | +71.5% | 🔺 regressed |',
    );
    expect(md).toContain('| `read_mb` | 178.5 MB | 190.2 MB ± 1.5 MB (5 runs) | -6.2% | 🟢 improved |');
    expect(md).toContain('| `write_mb` | 118 MB | — | n/a | ❔ insufficient history |');
    expect(md).toContain('| `max_threads` | 8 | 8 ± 0.5 (5 runs) | 0% | ⚪ unchanged |');
  });

  it('shows a time withheld on a busier machine, and one judged anyway, with the readings', () => {
    const record = fixtureRecord();
    const busy = { cores: [1.4, 1.1, 0.9], baseline_cores: 0.05 };
    record.verdicts.duration_s = {
      verdict: 'not_judged',
      change_pct: 80,
      statistic: 'withheld: the machine was busier than in the baseline runs',
      busy_machine: busy,
    };
    record.verdicts.cpu_time_s = { verdict: 'regressed', change_pct: 60, statistic: 'x', busy_machine: busy };
    const md = renderMarkdown(record);
    expect(md).toMatch(
      /\| `duration_s` \|[^\n]*\| \+80% \| ⏸️ withheld \(busier machine: 0\.9 vs 0\.05 cores\) \|/,
    );
    expect(md).toMatch(
      /\| `cpu_time_s` \|[^\n]*\| \+60% \| 🔺 regressed \(busier machine: 0\.9 vs 0\.05 cores\) \|/,
    );
  });

  it('shows a time withheld on a slower machine with the calibration readings', () => {
    const record = fixtureRecord();
    record.verdicts.duration_s = {
      verdict: 'not_judged',
      change_pct: 70,
      statistic: 'withheld: the machine was slower than in the baseline runs',
      busy_machine: {
        cores: [0.1, 0.1],
        baseline_cores: 0.05,
        calibration: [1.6, 1.45],
        baseline_calibration: 1.02,
      },
    };
    expect(renderMarkdown(record)).toMatch(
      /\| `duration_s` \|[^\n]*\| \+70% \| ⏸️ withheld \(slower machine: calibration 1\.45 vs 1\.02 ms\) \|/,
    );
  });

  it('lists gates failing first, then alerts', () => {
    const md = renderMarkdown(fixtureRecord());
    const rows = md.split('\n').filter((l) => /^\| (❌|✅|⏭️) \|/.test(l));
    expect(rows).toEqual([
      '| ❌ | `peak_rss_mb < 512` | 690.4 MB | 512 MB | failed |',
      '| ❌ | `cpu_time_s < baseline + 0.5` | 52.3 s | 47.6 s | failed |',
      '| ⏭️ | `write_mb <= 1.1 * baseline` | 118 MB | n/a | insufficient history |',
      '| ✅ | `duration_s <= 1.2 * baseline` | 60.2 s | 66.12 s | passed |',
      '| ✅ | `max_processes <= 8 and exit_code == 0` | 3 | 8 | passed |',
    ]);
    expect(md).toContain('- 🔔 `rss_mb > 400` at 35 s (value 690.4) → `slack`, `webhook`\n');
    expect(md).toContain('- 🔔 `on gate_failed` at 1 m 00.2 s → `slack`\n');
  });

  it('escapes pipes and backticks of user text inside table cells', () => {
    const record = passedRecord();
    record.gates = [{ expr: 'a | b `c`', passed: true, status: 'passed', actual: 1, limit: 2 }];
    const row = renderMarkdown(record)
      .split('\n')
      .find((l) => l.startsWith('| ✅'));
    // CommonMark strips one space on each side of a code span that starts or ends with a backtick.
    expect(row).toBe('| ✅ | `` a \\| b `c` `` | 1 | 2 | passed |');
    // Six cell separators: every other pipe is escaped.
    expect((row?.match(/(?<!\\)\|/g) ?? []).length).toBe(6);
  });

  it('charts RSS and CPU as mermaid xychart-beta on a numeric time axis, at most 60 points, peaks kept', () => {
    const charts = mermaidCharts(renderMarkdown(fixtureRecord()));
    expect(charts.map((c) => c.title)).toEqual(['RSS (MB) over time', 'CPU (%) over time']);
    for (const chart of charts) {
      expect(chart.init).toMatch(
        /^%%\{init: \{"theme":"base","themeVariables":\{"xyChart":\{.*"plotColorPalette"/,
      );
      expect(chart.values.length).toBeLessThanOrEqual(60);
      expect(chart.values.length).toBeGreaterThanOrEqual(30);
      expect([chart.from, chart.to]).toEqual([0, 59.5]);
    }
    const [rss, cpu] = charts;
    expect(Math.max(...(rss?.values ?? []))).toBe(690.4);
    // The spike at 35 s is drawn where it happened, within one grid step (59.5 s / 59).
    expect(Math.abs((rss?.at(rss.values.indexOf(690.4)) ?? 0) - 35)).toBeLessThanOrEqual(59.5 / 59);
    expect(Math.min(...(cpu?.values ?? []))).toBeLessThanOrEqual(30);
    expect(Math.max(...(cpu?.values ?? []))).toBe(100);
  });

  describe('a huge record (5000 gates, 3000 alerts, 100 000 samples)', () => {
    const huge = hugeRecord();
    const failing = huge.gates.filter((g) => g.status === 'failed');

    it('fits a PR comment, keeping every failing gate and saying how many were left out', () => {
      const md = renderMarkdown(huge, { maxChars: MAX_COMMENT_CHARS });
      expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      expect(byteSize(md)).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
      expect(md).not.toContain('```mermaid');
      expect(md).toContain('_Charts left out to fit the size limit._');
      for (const gate of failing) expect(md).toContain(`| ❌ | \`${gate.expr}\` |`);
      const shown = md.split('\n').filter((l) => /^\| (❌|✅) \| `/.test(l)).length;
      expect(shown).toBeGreaterThan(failing.length);
      expect(md).toContain(`… ${5000 - shown} more gates not shown (full report in the job summary)`);
      // The budget was used, not wasted: the comment is nearly full.
      expect(byteSize(md)).toBeGreaterThan(MAX_COMMENT_CHARS - 500);
    });

    it('fits the job summary, with the 100 000-point series charted from 60 points that keep the spike', () => {
      const md = renderMarkdown(huge);
      expect(byteSize(md)).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
      const charts = mermaidCharts(md);
      expect(charts).toHaveLength(2);
      expect(charts[0]?.values.length).toBeLessThanOrEqual(60);
      expect(Math.max(...(charts[0]?.values ?? []))).toBe(9999);
    });

    it('honours a custom hint for where the full report is', () => {
      const md = renderMarkdown(huge, { maxChars: 20000, fullReportHint: 'see the HTML report' });
      expect(md).toMatch(/… \d+ more gates not shown \(see the HTML report\)/);
    });
  });

  it('never exceeds any budget, however small', () => {
    // The huge record takes ~0.1 s a render: fewer draws of it than of the ordinary one.
    for (const [record, numRuns] of [
      [fixtureRecord(), 60],
      [hugeRecord(), 12],
    ] as const) {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 70000 }), (maxChars) => {
          return byteSize(renderMarkdown(record, { maxChars })) <= maxChars;
        }),
        { numRuns, seed: 20250314 },
      );
    }
    for (const maxChars of [0, 1, 5, 40, 200, 700]) {
      expect(byteSize(renderMarkdown(fixtureRecord(), { maxChars }))).toBeLessThanOrEqual(maxChars);
    }
    expect(renderMarkdown(fixtureRecord(), { maxChars: 700 })).toContain(
      '… report cut to fit 700 characters',
    );
  });

  it('leaves out empty sections and charts of fewer than two samples', () => {
    const record = passedRecord();
    record.gates = [];
    record.alerts = [];
    record.series = record.series.slice(0, 1);
    const md = renderMarkdown(record);
    expect(md).not.toContain('### Gates');
    expect(md).not.toContain('### Alerts');
    expect(md).not.toContain('```mermaid');
    // The last table is followed by a blank line, so text appended to the file is not read as a row.
    expect(md.endsWith('|\n\n')).toBe(true);
  });
});
