/**
 * The reading commands on a real history file: import JSONL records with known numbers, then ask `history`,
 * `compare`, `trend` and `report` what they see, through the built CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { RunRecord } from '../../../src/engine/types.js';
import { pyrun, tempDir } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';

const DAY_MS = 86_400_000;
const dir = tempDir();
const db = path.join(dir, 'history.sqlite');
const jsonl = path.join(dir, 'runs.jsonl');

/** 12 daily runs of "etl": duration ≈ 10 s with ±1% noise, memory growing 2 MB a run, then a 30% slower run. */
function history(): RunRecord[] {
  const noise = [0.4, -0.8, 0.2, 0.9, -0.3, -0.6, 0.7, 0.1, -0.9, 0.5, -0.2, 0.3];
  const runs = noise.map((n, i) =>
    makeRecord({
      name: 'etl',
      started_at: new Date(Date.UTC(2026, 0, 1) + i * DAY_MS).toISOString(),
      duration_s: 10 * (1 + n / 100),
      peak_rss_mb: 200 + 2 * i,
      git_ref: 'main',
      repeats: undefined, // single runs, not benchmark mode
    }),
  );
  runs.push(
    makeRecord({
      name: 'etl',
      started_at: new Date(Date.UTC(2026, 0, 1) + 12 * DAY_MS).toISOString(),
      duration_s: 13,
      peak_rss_mb: 224,
      git_ref: 'main',
      repeats: undefined, // single runs, not benchmark mode
    }),
  );
  runs.push(
    makeRecord({
      name: 'other',
      repeats: undefined,
      started_at: new Date(Date.UTC(2026, 0, 5)).toISOString(),
    }),
  );
  return runs;
}

beforeAll(async () => {
  writeFileSync(
    jsonl,
    history()
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
  const r = await pyrun(['history', 'import', jsonl, '--db', db]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('14 imported, 0 already present');
});

describe('pyrun history', () => {
  it('imports idempotently', async () => {
    const again = await pyrun(['history', 'import', jsonl, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('0 imported, 14 already present');
  });

  it('imports a record as `--json` writes it (one pretty-printed object), for fan-in from artifacts', async () => {
    const json = path.join(dir, 'one.json');
    writeFileSync(json, JSON.stringify(makeRecord({ name: 'fan-in', repeats: undefined }), null, 2));
    const other = path.join(dir, 'fan-in.sqlite');
    const r = await pyrun(['history', 'import', json, '--db', other]);
    expect(r.stderr).toContain('1 imported');
  });

  it('lists the newest runs first, as a table and as JSON', async () => {
    const table = await pyrun(['history', '--db', db, '--name', 'etl', '--last', '3']);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines).toHaveLength(5); // header, rule, 3 runs
    expect(lines[2]).toContain('2026-01-13');
    const json = await pyrun(['history', '--db', db, '--last', '50', '--json']);
    const runs = JSON.parse(json.stdout) as RunRecord[];
    expect(runs).toHaveLength(14);
    expect(runs[0]!.duration_s).toBe(13);
  });

  it('says clearly when there is no history', async () => {
    const r = await pyrun(['history', '--db', path.join(dir, 'nope.sqlite')]);
    expect(r.code).toBe(125);
    expect(r.stderr).toMatch(/no history at .*nope\.sqlite/);
  });
});

describe('pyrun compare', () => {
  it('judges the newest run against the runs before it and exits 99 on a regression', async () => {
    const r = await pyrun(['compare', '--db', db, '--name', 'etl', '--json']);
    expect(r.code).toBe(99);
    const result = JSON.parse(r.stdout) as {
      baseline_runs: number;
      rows: { metric: string; verdict: { verdict: string; change_pct: number } }[];
    };
    expect(result.baseline_runs).toBe(12);
    const duration = result.rows.find((row) => row.metric === 'duration_s')!;
    expect(duration.verdict.verdict).toBe('regressed');
    expect(duration.verdict.change_pct).toBeCloseTo(30, 0);
  });

  it('needs --name when the history holds several series, and names them', async () => {
    const r = await pyrun(['compare', '--db', db]);
    expect(r.code).toBe(125);
    expect(r.stderr).toContain('--name is required');
    expect(r.stderr).toContain('etl');
  });

  it('refuses an unknown metric, listing the valid ones', async () => {
    const r = await pyrun(['compare', '--db', db, '--name', 'etl', '--metric', 'rss']);
    expect(r.code).toBe(125);
    expect(r.stderr).toContain('peak_rss_mb');
  });
});

describe('pyrun trend', () => {
  it('finds the memory growth per run and per day, forecasts the gate, and gives correlations', async () => {
    const r = await pyrun(['trend', '--db', db, '--name', 'etl', '--gate', 'peak_rss_mb < 250', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      metrics: {
        metric: string;
        per_run: string;
        trend: { per_run: { least_squares: { slope: number } } };
        forecasts: { runs: number }[];
        anomalies: { value: number }[];
      }[];
      correlation: { metrics: string[]; pearson: (number | null)[][]; spearman: (number | null)[][] };
    };
    const rss = report.metrics.find((m) => m.metric === 'peak_rss_mb')!;
    expect(rss.trend.per_run.least_squares.slope).toBeCloseTo(2, 1);
    expect(rss.per_run).toMatch(/^peak_rss_mb grows 2\.0 MB per run \(R² (0\.9\d|1\.00)\)$/);
    // 224 MB now, +2 MB a run: 250 is crossed 13 runs from now.
    expect(rss.forecasts[0]!.runs).toBe(13);
    const duration = report.metrics.find((m) => m.metric === 'duration_s')!;
    expect(duration.anomalies.map((a) => a.value)).toEqual([13]);
    expect(report.correlation.metrics).toContain('peak_rss_mb');
    expect(report.correlation.pearson.length).toBe(report.correlation.metrics.length);
  });

  it('prints sentences a person can read', async () => {
    const r = await pyrun(['trend', '--db', db, '--name', 'etl', '--metric', 'peak_rss_mb']);
    expect(r.stdout).toContain('peak_rss_mb grows 2.0 MB per run');
    expect(r.stdout).toContain('per day');
  });
});

describe('pyrun report', () => {
  it('writes one self-contained HTML file with the history charts', async () => {
    const html = path.join(dir, 'report.html');
    const r = await pyrun(['report', '--db', db, '--name', 'etl', '--html', html]);
    expect(r.code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('<svg');
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).toContain('etl');
  });

  it('combines every series into one report for a fan-in job', async () => {
    const md = path.join(dir, 'all.md');
    const r = await pyrun(['report', '--db', db, '--all', '--summary', md]);
    expect(r.code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('etl');
    expect(text).toContain('other');
  });
});

describe('a damaged history (the reading commands skip the whole-file check at open, for speed)', () => {
  it('is an error naming the file once a command reaches the damage, and the file is left as it is', async () => {
    const bytes = readFileSync(db);
    const pageSize = bytes.readUInt16BE(16);
    // The last page overwritten: the tables' first pages (read at open) stay intact, a full read reaches it.
    const damaged = Buffer.from(bytes);
    damaged.fill(0xa5, bytes.length - pageSize);
    const file = path.join(tempDir(), 'damaged.sqlite');
    writeFileSync(file, damaged);
    const r = await pyrun(['report', '--db', file, '--all', '--summary', path.join(dir, 'damaged.md')]);
    expect([r.code, r.stderr.trim()]).toEqual([
      125,
      expect.stringMatching(/^pyrun: error: history file .*damaged\.sqlite is damaged \(.*malformed.*\)/),
    ]);
    expect(readFileSync(file)).toEqual(damaged);
  });
});
