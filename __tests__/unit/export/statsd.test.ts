/** StatsD lines and their packing into datagrams. */
import { describe, expect, it } from '@jest/globals';
import { sanitizeSeries, statsdDatagrams, statsdLines } from '../../../src/engine/report/export/index.js';
import { exportRecord } from '../../helpers/builders.js';

describe('statsdLines', () => {
  it('sends every run metric under pyrun.<series>, as gauges, with the documented metric names', () => {
    expect(statsdLines(exportRecord())).toEqual([
      'pyrun.bench_etl.py.duration_s:10.25|g',
      'pyrun.bench_etl.py.cpu_time_s:7.5|g',
      'pyrun.bench_etl.py.cpu_percent_avg:73.2|g',
      'pyrun.bench_etl.py.cpu_percent_max:150|g',
      'pyrun.bench_etl.py.peak_rss_mb:512.25|g',
      'pyrun.bench_etl.py.max_threads:6|g',
      'pyrun.bench_etl.py.max_processes:2|g',
      'pyrun.bench_etl.py.read_mb:4.75|g',
      'pyrun.bench_etl.py.write_mb:2.375|g',
      'pyrun.bench_etl.py.cpu_user_s:6.5|g',
      'pyrun.bench_etl.py.cpu_system_s:0.75|g',
      'pyrun.bench_etl.py.minor_faults:118000|g',
      'pyrun.bench_etl.py.major_faults:2|g',
      'pyrun.bench_etl.py.voluntary_ctx_switches:400|g',
      'pyrun.bench_etl.py.involuntary_ctx_switches:90|g',
      'pyrun.bench_etl.py.neighbour_cores:0.12|g',
      'pyrun.bench_etl.py.calibration_ms:1.1|g',
      'pyrun.bench_etl.py.exit_code:0|g',
      'pyrun.bench_etl.py.passed:1|g',
      'pyrun.bench_etl.py.regressed:1|g',
    ]);
  });

  it('writes plain decimals, skips a missing exit code and sends a negative value as reset + delta', () => {
    const lines = statsdLines(
      exportRecord({ name: 's', duration_s: 1e-7, cpu_time_s: 1 / 3, exit_code: null }),
    );
    expect(lines).toContain('pyrun.s.duration_s:0|g');
    expect(lines).toContain('pyrun.s.cpu_time_s:0.333333|g');
    expect(lines.some((l) => l.includes('exit_code'))).toBe(false);
    expect(statsdLines(exportRecord({ name: 's', exit_code: -2 }))).toContain(
      'pyrun.s.exit_code:0|g\npyrun.s.exit_code:-2|g',
    );
  });
});

describe('sanitizeSeries', () => {
  it('keeps only [A-Za-z0-9_.-] and never makes an empty segment', () => {
    expect(sanitizeSeries('bench/etl.py')).toBe('bench_etl.py');
    expect(sanitizeSeries('nightly etl: 50%|x')).toBe('nightly_etl__50__x');
    expect(sanitizeSeries('..a...b..')).toBe('a.b');
    expect(sanitizeSeries('')).toBe('_');
    expect(sanitizeSeries('ünï')).toBe('_n_');
    expect(sanitizeSeries('x'.repeat(500))).toHaveLength(200);
  });
});

describe('statsdDatagrams', () => {
  it('packs whole entries into datagrams of at most 512 bytes, in order', () => {
    const lines = statsdLines(exportRecord({ name: 'x'.repeat(60) }));
    const datagrams = statsdDatagrams(lines);
    expect(datagrams.length).toBeGreaterThan(1);
    for (const d of datagrams) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(512);
    expect(datagrams.join('\n')).toBe(lines.join('\n'));
  });

  it('puts everything of a short series in one datagram, and never splits a reset from its delta', () => {
    const noRusage = exportRecord({
      cpu_user_s: null,
      cpu_system_s: null,
      minor_faults: null,
      major_faults: null,
      voluntary_ctx_switches: null,
      involuntary_ctx_switches: null,
      calibration_ms: null,
    });
    expect(statsdDatagrams(statsdLines(noRusage))).toHaveLength(1);
    // With the six rusage counters a run no longer fits 512 bytes: whole entries go on in a second datagram.
    expect(statsdDatagrams(statsdLines(exportRecord()))).toHaveLength(2);
    const entries = ['a:1|g', 'b:0|g\nb:-2|g', 'c:3|g'];
    expect(statsdDatagrams(entries, 12)).toEqual(['a:1|g', 'b:0|g\nb:-2|g', 'c:3|g']);
    expect(statsdDatagrams(entries, 19)).toEqual(['a:1|g\nb:0|g\nb:-2|g', 'c:3|g']);
  });
});
