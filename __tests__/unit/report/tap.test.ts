import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Parser, type FinalResults, type Result } from 'tap-parser';
import { renderTap } from '../../../src/engine/report/tap.js';
import { failedRecord, fixtureRecord, passedRecord, timeoutRecord } from '../../helpers/builders.js';
import { expectGolden } from './golden.js';
import { renderAbTap } from '../../../src/engine/report/ab-tests.js';
import { abFixtureRecord } from './ab-fixture.js';

interface Parsed {
  results: FinalResults;
  asserts: Result[];
  extra: string[];
}

/** Parse with tap-parser in strict mode, so any line that is not TAP is an error. */
function parseTap(tap: string): Parsed {
  const asserts: Result[] = [];
  const extra: string[] = [];
  let results: FinalResults | undefined;
  const parser = new Parser({ strict: true }, (r) => {
    results = r;
  });
  parser.on('assert', (res: Result) => asserts.push(res));
  parser.on('extra', (line: string) => extra.push(line));
  parser.end(tap);
  if (results === undefined) throw new Error('tap-parser did not complete');
  return { results, asserts, extra };
}

describe('renderTap', () => {
  it('matches the golden file', () => {
    expectGolden('run.tap', renderTap(fixtureRecord()));
  });

  it('is TAP 13 with a leading plan, parsed without errors', () => {
    const tap = renderTap(fixtureRecord());
    expect(tap.split('\n').slice(0, 2)).toEqual(['TAP version 13', '1..7']);
    expect(tap.endsWith('...\n')).toBe(true);
    const { results, extra } = parseTap(tap);
    expect(extra).toEqual([]);
    expect(results.plan).toMatchObject({ start: 1, end: 7 });
    // 1 script + 5 gates + the regression check.
    expect(results.count).toBe(7);
    expect(results.pass).toBe(4);
    expect(results.fail).toBe(3);
    expect(results.skip).toBe(1);
    expect(results.ok).toBe(false);
    expect(results.failures.filter((f) => 'tapError' in f && f.tapError)).toEqual([]);
  });

  it('names each point by the rule text and puts actual, limit and status in YAML diagnostics', () => {
    const { asserts } = parseTap(renderTap(fixtureRecord()));
    expect(asserts.map((a) => a.name)).toEqual([
      'script: scripts/train.py',
      'peak_rss_mb < 512',
      'duration_s <= 1.2 * baseline',
      'cpu_time_s < baseline + 0.5',
      'write_mb <= 1.1 * baseline',
      'max_processes <= 8 and exit_code == 0',
      'no regression against baseline',
    ]);
    expect(asserts.map((a) => a.ok)).toEqual([true, false, true, false, true, true, false]);
    expect(asserts[1]?.diag).toEqual({
      status: 'failed',
      message: 'actual 690.4 MB, limit 512 MB',
      actual: 690.4,
      limit: 512,
    });
    expect(asserts[2]?.diag).toMatchObject({ status: 'passed', actual: 60.2, limit: 66.12 });
    expect(asserts[4]?.skip).toBe('insufficient history');
    expect(asserts[4]?.diag).toMatchObject({ status: 'insufficient_history', actual: 118, limit: null });
    expect(asserts[0]?.diag).toMatchObject({
      run_status: 'gate_failed',
      message: 'exited 0',
      exit_code: 0,
      signal: null,
      attempts: 1,
      metrics: { duration_s: 60.2, peak_rss_mb: 690.4, write_mb: 118 },
    });
    expect(asserts[6]?.diag).toEqual({
      status: 'failed',
      message: 'regressed: duration_s +9.3%, cpu_time_s +11%, peak_rss_mb +71.5%',
      regressed: { duration_s: 9.26, cpu_time_s: 11.04, peak_rss_mb: 71.53 },
    });
  });

  it('fails the script point with the exit code, signal or timeout', () => {
    const failed = parseTap(renderTap(failedRecord())).asserts[0];
    expect(failed?.ok).toBe(false);
    expect(failed?.diag).toMatchObject({
      exit_code: 3,
      message: 'exit code 3 (after 2 attempts)',
      attempts: 2,
    });
    const timeout = parseTap(renderTap(timeoutRecord())).asserts[0];
    expect(timeout?.ok).toBe(false);
    expect(timeout?.diag).toMatchObject({
      run_status: 'timeout',
      signal: 'SIGKILL',
      message: 'timed out after 1 m 00.2 s; the process tree was killed',
    });
  });

  it('passes overall when the script and every gate passed', () => {
    const { results } = parseTap(renderTap(passedRecord()));
    expect(results.ok).toBe(true);
    expect(results.count).toBe(5);
    expect(results.fail).toBe(0);
    expect(results.skip).toBe(1);
  });

  it('leaves out the regression point when no verdict was reached, and skips it without history', () => {
    const record = passedRecord();
    record.verdicts = {};
    expect(parseTap(renderTap(record)).asserts.map((a) => a.name)).not.toContain(
      'no regression against baseline',
    );
    record.verdicts = {
      duration_s: { verdict: 'insufficient_history', change_pct: null, statistic: 'median±3·MAD' },
    };
    const last = parseTap(renderTap(record)).asserts.at(-1);
    expect(last?.name).toBe('no regression against baseline');
    expect(last?.skip).toBe('insufficient history');
  });

  it('escapes # and backslashes in descriptions and quotes YAML strings', () => {
    const record = fixtureRecord();
    record.script = 'odd\\path #1\nnext.py';
    record.gates = [
      { expr: 'peak_rss_mb < 512 # comment?', passed: false, status: 'failed', actual: 600, limit: 512 },
    ];
    const tap = renderTap(record);
    expect(tap).toContain('ok 1 - script: odd\\\\path \\#1 next.py\n');
    expect(tap).toContain('not ok 2 - peak_rss_mb < 512 \\# comment?\n');
    const { asserts, results } = parseTap(tap);
    expect(asserts[0]?.name).toBe('script: odd\\path #1 next.py');
    expect(asserts[1]?.name).toBe('peak_rss_mb < 512 # comment?');
    expect(asserts[1]?.skip).toBe(false);
    expect(results.count).toBe(3);
  });

  it('writes non-finite numbers as null so the YAML still parses', () => {
    const record = passedRecord();
    record.gates = [
      { expr: 'cpu_percent_avg < 50', passed: false, status: 'failed', actual: Number.NaN, limit: 50 },
    ];
    const { asserts } = parseTap(renderTap(record));
    expect(asserts[1]?.diag).toEqual({
      status: 'failed',
      message: 'actual n/a, limit 50%',
      actual: null,
      limit: 50,
    });
  });
});

/** Perl's TAP::Harness (Debian `perl`), the strictest common consumer: it refuses `TAP version 14`. */
const PROVE = '/usr/bin/prove';
if (!existsSync(PROVE) && process.env.CI === 'true') {
  throw new Error(`${PROVE} is missing: CI must install perl (apt-get install -y perl)`);
}

interface ProveResult {
  code: number | null;
  output: string;
}

function prove(tap: string): ProveResult {
  const dir = mkdtempSync(join(tmpdir(), 'pyrun-prove-'));
  try {
    const file = join(dir, 'run.tap');
    writeFileSync(file, tap);
    // `--exec cat`: the "test program" is the file itself, read as its output.
    const child = spawnSync(PROVE, ['-v', '--exec', 'cat', file], { encoding: 'utf8', timeout: 60_000 });
    if (child.error) throw child.error;
    return { code: child.status, output: `${child.stdout}${child.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

(existsSync(PROVE) ? describe : describe.skip)(`read by Perl's prove (${PROVE})`, () => {
  it('refuses TAP version 14 (the check itself works)', () => {
    const result = prove('TAP version 14\n1..1\nok 1 - x\n');
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/version 14/);
  });

  it('passes a passing run with no parse error, YAML blocks and SKIP included', () => {
    const result = prove(renderTap(passedRecord()));
    expect(result.output).not.toMatch(/Parse errors|know about versions/);
    expect(result.output).toMatch(/Result: PASS/);
    expect(result.output).toMatch(/Tests=5/);
    expect(result.code).toBe(0);
  });

  it('reads a suite’s stream and an A/B stream with no parse error', () => {
    const suite = prove(renderTap([passedRecord(), fixtureRecord()]));
    expect(suite.output).not.toMatch(/Parse errors|know about versions/);
    expect(suite.output).toMatch(/Result: FAIL/);
    const ab = prove(renderAbTap(abFixtureRecord()));
    expect(ab.output).not.toMatch(/Parse errors|know about versions/);
    expect(ab.output).toMatch(/Result: FAIL/);
  });

  it('fails a failing run on exactly its failing points, still with no parse error', () => {
    const result = prove(renderTap(fixtureRecord()));
    expect(result.output).not.toMatch(/Parse errors/);
    expect(result.output).toMatch(/Failed tests?: {2}2, 4, 7/);
    expect(result.output).toMatch(/Result: FAIL/);
    for (const record of [failedRecord(), timeoutRecord()]) {
      const r = prove(renderTap(record));
      expect(r.output).not.toMatch(/Parse errors/);
      expect(r.output).toMatch(/Failed tests?: {2}1\b/);
    }
  });

  it('reads hostile names as descriptions, never as directives', () => {
    const record = passedRecord();
    record.script = 'x # SKIP not really\nnot ok 9 - forged';
    const result = prove(renderTap(record));
    expect(result.output).not.toMatch(/Parse errors/);
    expect(result.output).toMatch(/Tests=5/);
    expect(result.output).not.toMatch(/skipped: not really/);
    expect(result.code).toBe(0);
  });
});
