/**
 * The metric table is the one source: every row must show up, derived, in the rule grammar, the SQL columns, the
 * export names, the record validator, the reports and the medians — and the rusage metrics must travel from an
 * executor's ExitReport to the record, the gates and the verdicts (null where the executor has none).
 */
import { describe, expect, it } from '@jest/globals';
import { judgeRun } from '../../../src/engine/analysis/index.js';
import { DEFAULT_RELATIVE_THRESHOLD_PCT } from '../../../src/engine/analysis/verdict.js';
import type { ExitReport, LaunchSpec, RunningScript } from '../../../src/engine/execute/exec/types.js';
import { exportedValues } from '../../../src/engine/report/export/values.js';
import { CSV_COLUMNS, csvField, runsToCsv } from '../../../src/engine/history/csv.js';
import { INSERT_SAMPLE_SQL, RUN_COLUMNS } from '../../../src/engine/history/rows.js';
import { checkRunRecord } from '../../../src/engine/history/validate.js';
import {
  COMPARABLE_METRICS,
  METRIC_TABLE,
  RUN_METRIC_FIELDS,
  RUN_METRICS,
  RUN_ROWS,
  SAMPLE_METRICS,
  type RunMetrics,
} from '../../../src/engine/metrics.js';
import { medianRunMetrics } from '../../../src/engine/medians.js';
import { formatMetricValue, metricUnit } from '../../../src/engine/metric-format.js';
import { describeGate } from '../../../src/engine/report/gates.js';
import { shownMetrics } from '../../../src/engine/report/verdict-text.js';
import { renderMarkdown } from '../../../src/engine/report/markdown.js';
import { evaluateGates, parseGate } from '../../../src/engine/rules/index.js';
import { allowedMetrics } from '../../../src/engine/rules/metrics.js';
import { runScript, type RunSpec } from '../../../src/engine/execute/run-script.js';
import { METRIC_DIMENSION, type RunRecord } from '../../../src/engine/types.js';
import { ManualClock, ScriptedProcSource } from '../../helpers/fakes.js';
import { makeRecord, runSpec } from '../../helpers/builders.js';

const RUSAGE = {
  cpu_user_s: 1.5,
  cpu_system_s: 0.25,
  minor_faults: 24000,
  major_faults: 1,
  voluntary_ctx_switches: 37,
  involuntary_ctx_switches: 4,
} as const;
const RUSAGE_NAMES = Object.keys(RUSAGE) as (keyof typeof RUSAGE)[];
const noRusage = Object.fromEntries(RUSAGE_NAMES.map((m) => [m, null])) as Record<keyof typeof RUSAGE, null>;

describe('the metric table', () => {
  it('names every documented metric once per kind', () => {
    expect(SAMPLE_METRICS).toEqual([
      'elapsed_s',
      'cpu_percent',
      'rss_mb',
      'threads',
      'processes',
      'read_mb',
      'write_mb',
      'open_fds',
    ]);
    expect(RUN_METRICS).toEqual([
      'duration_s',
      'cpu_time_s',
      'cpu_percent_avg',
      'cpu_percent_max',
      'peak_rss_mb',
      'max_threads',
      'max_processes',
      'read_mb',
      'write_mb',
      ...RUSAGE_NAMES,
      'instructions',
      'neighbour_cores',
      'calibration_ms',
      'exit_code',
    ]);
    const keys = METRIC_TABLE.map((r) => `${r.kind}:${r.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every run metric but the exit code and the machine readings a threshold, and the verdicts use exactly those', () => {
    const context = ['exit_code', 'neighbour_cores', 'calibration_ms'];
    expect(COMPARABLE_METRICS).toEqual(RUN_METRICS.filter((m) => !context.includes(m)));
    for (const row of RUN_ROWS) {
      if (context.includes(row.name)) expect(row.threshold_pct).toBeNull();
      else
        expect(DEFAULT_RELATIVE_THRESHOLD_PCT[row.name as keyof typeof DEFAULT_RELATIVE_THRESHOLD_PCT]).toBe(
          row.threshold_pct,
        );
    }
    expect(Object.keys(DEFAULT_RELATIVE_THRESHOLD_PCT).sort()).toEqual([...COMPARABLE_METRICS].sort());
  });

  it('feeds the rule grammar: every run row may be gated, every sample row alerted on, with its dimension', () => {
    expect(allowedMetrics('gate')).toEqual(RUN_METRICS);
    expect(allowedMetrics('alert')).toEqual(SAMPLE_METRICS);
    for (const row of METRIC_TABLE) expect(METRIC_DIMENSION[row.name]).toBe(row.dimension);
    expect(() => parseGate('minor_faults < 10000')).not.toThrow();
    expect(() => parseGate('cpu_user_s < 2s')).not.toThrow();
    // A count takes no size unit: the dimension came from the table.
    expect(() => parseGate('minor_faults < 10MB')).toThrow(/minor_faults/);
  });

  it('feeds the SQL columns: every run metric (and exact bytes) in runs, every sample metric in samples', () => {
    for (const field of RUN_METRIC_FIELDS) expect(RUN_COLUMNS).toContain(field);
    expect(RUN_METRIC_FIELDS).toEqual(
      expect.arrayContaining(['peak_rss_bytes', 'read_bytes', 'write_bytes']),
    );
    for (const metric of SAMPLE_METRICS) expect(INSERT_SAMPLE_SQL).toContain(metric);
  });

  it('feeds the exporters: every run metric under its export name, sizes as exact bytes', () => {
    const record = makeRecord({ ...RUSAGE, peak_rss_mb: 2, peak_rss_bytes: 2 * 1024 * 1024 + 1 });
    const values = exportedValues(record);
    expect(values.map((v) => v.metric)).toEqual(RUN_METRICS);
    const byKey = Object.fromEntries(values.map((v) => [v.key, v]));
    expect(byKey.peak_rss_bytes).toMatchObject({
      metric: 'peak_rss_mb',
      unit: 'bytes',
      value: 2 * 1024 * 1024 + 1,
    });
    expect(byKey.cpu_user_seconds).toMatchObject({ metric: 'cpu_user_s', unit: 'seconds', value: 1.5 });
    expect(byKey.minor_faults).toMatchObject({ unit: 'count', integer: true, value: 24000 });
    expect(exportedValues(makeRecord(noRusage)).find((v) => v.metric === 'major_faults')?.value).toBeNull();
  });

  it('feeds the record validator: every run metric is checked by name', () => {
    const valid = JSON.parse(JSON.stringify(makeRecord(RUSAGE))) as Record<string, unknown>;
    expect(checkRunRecord(valid)).toMatchObject({ ok: true });
    for (const row of RUN_ROWS) {
      const wrong = checkRunRecord({ ...valid, [row.name]: 'lots' });
      expect(wrong).toEqual({ ok: false, error: expect.stringContaining(row.name) });
      const missing = { ...valid };
      delete missing[row.name];
      const check = checkRunRecord(missing);
      if (row.since_schema > 1) {
        // Added after the first history: records written before it read null.
        expect(check.ok && check.record[row.name]).toBeNull();
      } else {
        expect(check).toEqual({ ok: false, error: expect.stringContaining(row.name) });
      }
    }
  });

  it('gives units for display: formatMetricValue and metricUnit', () => {
    expect(metricUnit('cpu_system_s')).toBe('s');
    expect(metricUnit('peak_rss_mb')).toBe('MB');
    expect(metricUnit('cpu_percent_max')).toBe('%');
    expect(metricUnit('minor_faults')).toBe('');
    expect(formatMetricValue('cpu_user_s', 1.5)).toBe('1.5 s');
    expect(formatMetricValue('peak_rss_mb', 612.44)).toBe('612.4 MB');
    expect(formatMetricValue('cpu_percent_avg', 87.5)).toBe('87.5%');
    expect(formatMetricValue('voluntary_ctx_switches', 37)).toBe('37');
    expect(formatMetricValue('minor_faults', null)).toBe('n/a');
  });

  it('takes benchmark medians of every run metric, ignoring nulls and keeping bytes whole', () => {
    const run = (i: number, rusage: boolean): RunMetrics =>
      ({
        ...makeRecord({ duration_s: i, read_bytes: i, minor_faults: rusage ? 100 * i : null, exit_code: i }),
      }) as RunMetrics;
    const m = medianRunMetrics([run(1, true), run(2, false), run(4, true), run(3, true)]);
    expect(m.duration_s).toBe(2.5);
    expect(m.read_bytes).toBe(3); // 2.5 rounded: exact bytes stay whole
    expect(m.minor_faults).toBe(300); // median of 100, 400, 300
    expect(m.exit_code).toBe(3); // the last run's
    const none = medianRunMetrics([run(1, false), run(2, false)]);
    expect(none.minor_faults).toBeNull();
    expect(Object.keys(m).sort()).toEqual([...RUN_METRIC_FIELDS].sort());
  });
});

/** An executor that runs nothing: it reports a start and then `exit` (samples would arrive through subscribe). */
function fakeExecutor(exit: Partial<ExitReport>): (spec: LaunchSpec) => RunningScript {
  return () => ({
    started: Promise.resolve({
      script_pid: 4242,
      sampler_root_pid: 4241,
      clk_tck: 100,
      page_size: 4096,
      python_version: '3.12.3',
      spawned_at_ms: 0,
      fork_age_ms: 0,
    }),
    done: Promise.resolve({
      exit_code: 0,
      signal: null,
      wall_s: 2,
      cpu_time_s: 1.75,
      maxrss_bytes: 10 * 1024 * 1024,
      read_bytes: 1000,
      write_bytes: 2000,
      rusage: null,
      exact: true,
      ...exit,
    }),
    signal: () => undefined,
    subscribeSamples: () => undefined,
  });
}

const SPEC: RunSpec = runSpec({ name: 'fake', launch: { script: 'fake.py' }, pyrun_version: '0.0.0-test' });

function deps(exit: Partial<ExitReport>) {
  return { clock: new ManualClock(), proc: new ScriptedProcSource(), start: fakeExecutor(exit) };
}

describe('the rusage metrics from an ExitReport', () => {
  it('are copied into the record exactly', async () => {
    const record = await runScript(SPEC, deps({ rusage: { ...RUSAGE } }));
    expect(record).toMatchObject(RUSAGE);
    expect(record.cpu_time_s).toBe(1.75);
  });

  it('are null when the executor has none, and the record still validates', async () => {
    const record = await runScript(SPEC, deps({ rusage: null }));
    for (const m of RUSAGE_NAMES) expect(record[m]).toBeNull();
    expect(checkRunRecord(JSON.parse(JSON.stringify(record)))).toMatchObject({ ok: true });
  });

  it('are the medians of the measured runs in benchmark mode', async () => {
    const record = await runScript({ ...SPEC, repeat: 3 }, deps({ rusage: { ...RUSAGE } }));
    expect(record.repeats).toHaveLength(3);
    expect(record.minor_faults).toBe(24000);
    expect(record.repeats![0]!.voluntary_ctx_switches).toBe(37);
  });
});

describe('gates and verdicts on a rusage metric', () => {
  const gate = parseGate('minor_faults < 10000');

  it('pass or fail on the measured value', () => {
    expect(evaluateGates([gate], { minor_faults: 9000 }, () => undefined)[0]).toMatchObject({
      status: 'passed',
      actual: 9000,
      limit: 10000,
    });
    expect(evaluateGates([gate], { minor_faults: 24000 }, () => undefined)[0]).toMatchObject({
      status: 'failed',
      actual: 24000,
    });
  });

  it('fail, saying there is no value, when the run could not measure it (as null exit_code does)', () => {
    const [result] = evaluateGates([gate], { minor_faults: null }, () => undefined);
    expect(result).toEqual({
      expr: 'minor_faults < 10000',
      passed: false,
      status: 'failed',
      actual: null,
      limit: 10000,
    });
    expect(describeGate(result!)).toBe('actual n/a (no value on this run), limit 10000');
    // `baseline` without history stays insufficient_history, value or not.
    const rel = parseGate('minor_faults <= 1.1 * baseline');
    expect(evaluateGates([rel], { minor_faults: null }, () => undefined)[0]!.status).toBe(
      'insufficient_history',
    );
  });

  it('judge a measured value against the runs that have one, and give no verdict without a value', () => {
    // A Python start-up makes a few thousand minor faults; the row's spread floor (200) keeps small wobbles quiet.
    const history = [2400, 2448, 2352, 2424, 2376, 2400].map((v) => ({ minor_faults: v }));
    const withOld = [...history, { minor_faults: null }, {}];
    const regressed = judgeRun({ minor_faults: 4000 }, withOld, {
      metrics: ['minor_faults'],
      judged: ['minor_faults'],
    });
    expect(regressed.baseline.minor_faults?.runs).toBe(6);
    expect(regressed.verdicts.minor_faults?.verdict).toBe('regressed');
    expect(
      judgeRun({ minor_faults: 2520 }, history, { metrics: ['minor_faults'], judged: ['minor_faults'] })
        .verdicts.minor_faults?.verdict,
    ).toBe('unchanged'); // +5% is inside the 10% threshold
    expect(judgeRun({ minor_faults: null }, history, { metrics: ['minor_faults'] }).verdicts).toEqual({});
  });
});

describe('reports', () => {
  it('list a rusage metric with its unit, and leave it out when the run has no value', () => {
    const measured = makeRecord({ ...RUSAGE, repeats: undefined });
    const text = renderMarkdown(measured);
    expect(text).toContain('| `cpu_user_s` | 1.5 s |');
    expect(text).toContain('| `minor_faults` | 24000 |');
    const unmeasured: RunRecord = makeRecord({ ...noRusage, repeats: undefined });
    expect(shownMetrics(unmeasured)).not.toContain('minor_faults');
    expect(renderMarkdown(unmeasured)).not.toContain('minor_faults');
  });
});

describe('CSV of runs', () => {
  it('quotes as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
  });

  it('never starts a line with a workflow command, whatever a run’s name holds; ordinary text is untouched', () => {
    const evil = makeRecord({ name: 'etl\n::add-mask::secret\n##[group]x', run_id: '::error::pwned' });
    const text = runsToCsv([evil]);
    for (const line of text.split(/\r\n|\n/)) expect(line).not.toMatch(/^\s*::|##\[/);
    expect(text).toContain('"etl\n\\::add-mask::secret\n#\\#[group]x"');
    expect(text).toContain('\\::error::pwned,');
    expect(csvField('a::b')).toBe('a::b');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('has a header of the table-derived columns and one CRLF row per run', () => {
    expect(CSV_COLUMNS).toEqual(expect.arrayContaining([...RUN_METRIC_FIELDS]));
    const text = runsToCsv([makeRecord(), makeRecord(noRusage)]);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(4); // header, two runs, the empty string after the last CRLF
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[3]).toBe('');
  });
});
