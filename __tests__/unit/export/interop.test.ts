/** The benchmark dashboards' formats, checked against schemas written from each tool's documentation. */
import { describe, expect, it } from '@jest/globals';
import {
  abHyperfineJson,
  benchmarkActionJson,
  bmfJson,
  hyperfineJson,
  judgedMetricsOf,
} from '../../../src/engine/report/export/interop.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { benchmarkActionSchema, bmfSchema, hyperfineSchema } from '../../helpers/interop-schemas.js';
import { abFixtureRecord } from '../report/ab-fixture.js';
import { fixtureRecord } from '../../helpers/builders.js';

function repeated(): RunRecord {
  const record = fixtureRecord();
  record.repeats = [0.9, 1.1, 1.0].map((d) => ({ ...fixtureRecord(), duration_s: d, cpu_user_s: d / 2 }));
  record.duration_s = 1.0;
  return record;
}

describe('github-action-benchmark customSmallerIsBetter', () => {
  it('is an array of {name, unit, value, range?, extra?} with one entry per judged metric', () => {
    const entries = benchmarkActionSchema.parse(JSON.parse(benchmarkActionJson([fixtureRecord()])));
    const record = fixtureRecord();
    expect(entries.map((e) => e.name)).toEqual(judgedMetricsOf(record).map((m) => `train-model: ${m}`));
    expect(entries.find((e) => e.name === 'train-model: peak_rss_mb')).toMatchObject({
      unit: 'MB',
      value: record.peak_rss_mb,
    });
    expect(entries[0]?.range).toBeUndefined();
  });

  it('gives --repeat N its ± σ as the range', () => {
    const entries = benchmarkActionSchema.parse(JSON.parse(benchmarkActionJson([repeated()])));
    expect(entries.find((e) => e.name === 'train-model: duration_s')).toMatchObject({
      value: 1,
      range: '± 0.1',
      unit: 's',
    });
  });

  it('falls back to the costs when nothing was judged (no history)', () => {
    const record = fixtureRecord();
    record.verdicts = {};
    expect(judgedMetricsOf(record)).toEqual(['duration_s', 'cpu_time_s', 'peak_rss_mb']);
  });
});

describe('Bencher Metric Format', () => {
  it('is a benchmark per series with a measure slug per judged metric; --repeat adds min and max', () => {
    const bmf = bmfSchema.parse(JSON.parse(bmfJson([repeated(), { ...fixtureRecord(), name: 'etl' }])));
    expect(Object.keys(bmf)).toEqual(['train-model', 'etl']);
    expect(bmf['train-model']?.['duration-s']).toEqual({ value: 1, lower_value: 0.9, upper_value: 1.1 });
    expect(bmf.etl?.['peak-rss-mb']?.lower_value).toBeUndefined();
  });
});

describe('hyperfine --export-json', () => {
  it('has a result per script with the measured runs as times', () => {
    const doc = hyperfineSchema.parse(JSON.parse(hyperfineJson([repeated()])));
    const [result] = doc.results;
    expect(result).toMatchObject({ command: 'scripts/train.py', times: [0.9, 1.1, 1.0], min: 0.9, max: 1.1 });
    expect(result?.mean).toBeCloseTo(1, 12);
    expect(result?.stddev).toBeCloseTo(0.1, 12);
    expect(result?.user).toBeCloseTo(0.5, 12);
  });

  it('writes a single run with stddev null, as hyperfine does', () => {
    const doc = hyperfineSchema.parse(JSON.parse(hyperfineJson([fixtureRecord()])));
    expect(doc.results[0]).toMatchObject({ times: [60.2], stddev: null });
  });

  it('writes A and B of pyrun ab as two commands', () => {
    const record = abFixtureRecord();
    const doc = hyperfineSchema.parse(JSON.parse(abHyperfineJson(record)));
    expect(doc.results.map((r) => r.command)).toEqual([record.a.label, record.b.label]);
    expect(doc.results[0]?.times).toHaveLength(record.runs.filter((r) => r.side === 'A').length);
  });

  it('the schemas refuse what the tools would refuse (the checks work)', () => {
    expect(() => hyperfineSchema.parse({ results: [{ command: 'x' }] })).toThrow();
    expect(() => bmfSchema.parse({ a: { duration_s: { value: 1 } } })).toThrow(); // not a slug
    expect(() => benchmarkActionSchema.parse([{ name: 'x', value: '1', unit: 's' }])).toThrow();
  });
});
