import { describe, expect, it } from '@jest/globals';
import { byteSize } from '../../../src/engine/report/budget.js';
import { renderMarkdownMulti } from '../../../src/engine/report/markdown-multi.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { failedRecord, fixtureRecord, passedRecord, timeoutRecord } from '../../helpers/builders.js';
import { expectGolden } from './golden.js';

function named(record: RunRecord, name: string): RunRecord {
  record.name = name;
  return record;
}

function fourSeries(): RunRecord[] {
  return [
    named(passedRecord(), 'etl-small'),
    named(fixtureRecord(), 'train-model'),
    named(failedRecord(), 'report'),
    named(timeoutRecord(), 'backfill'),
  ];
}

describe('renderMarkdownMulti', () => {
  it('matches the golden file', () => {
    expectGolden('multi.md', renderMarkdownMulti(fourSeries()));
  });

  it('heads with the worst status and a tally, then one row per series, failing first', () => {
    const md = renderMarkdownMulti(fourSeries());
    expect(md.split('\n')[0]).toBe('## ⏱️ pyrun: 4 series — 1 passed, 1 gate failed, 1 failed, 1 timeout');
    const rows = md.split('\n').filter((l) => /^\| (✅|❌|⏱️) \|/.test(l));
    expect(rows.map((r) => /`([^`]+)`/.exec(r)?.[1])).toEqual([
      'backfill',
      'report',
      'train-model',
      'etl-small',
    ]);
    expect(rows[3]).toBe('| ✅ | `etl-small` | passed | 1 m 00.2 s | 52.3 s | 690.4 MB | 3 passed | — |');
    expect(rows[2]).toBe(
      '| ❌ | `train-model` | gate failed | 1 m 00.2 s | 52.3 s | 690.4 MB | 2 of 5 failed | duration_s +9.3%, cpu_time_s +11%, peak_rss_mb +71.5% |',
    );
  });

  it('lists the failing gates of each series', () => {
    const md = renderMarkdownMulti(fourSeries());
    expect(md).toContain('- `train-model`: `peak_rss_mb < 512` — actual 690.4 MB, limit 512 MB\n');
    expect(md.match(/^- `/gm)).toHaveLength(6);
  });

  it('is all green with every series passed', () => {
    const md = renderMarkdownMulti([named(passedRecord(), 'a'), named(passedRecord(), 'b')]);
    expect(md.split('\n')[0]).toBe('## ✅ pyrun: 2 series — 2 passed');
    expect(md).not.toContain('Failing gates');
  });

  it('fits its budget with failing series kept first', () => {
    const records: RunRecord[] = [];
    for (let i = 0; i < 400; i++) {
      records.push(named(i % 40 === 5 ? fixtureRecord() : passedRecord(), `series-${i}`));
    }
    const md = renderMarkdownMulti(records, { maxChars: 8000 });
    expect(byteSize(md)).toBeLessThanOrEqual(8000);
    for (let i = 5; i < 400; i += 40) expect(md).toContain(`| ❌ | \`series-${i}\` |`);
    expect(md).toMatch(/… \d+ more series not shown \(full report in the job summary\)/);
    for (const maxChars of [0, 30, 300, 3000]) {
      expect(byteSize(renderMarkdownMulti(records, { maxChars }))).toBeLessThanOrEqual(maxChars);
    }
  });

  it('renders an empty list', () => {
    expect(renderMarkdownMulti([])).toContain('## ✅ pyrun: 0 series\n');
  });
});
