import { describe, expect, it } from '@jest/globals';
import { checkRunRecord } from '../../../src/engine/history/validate.js';
import { BYTES_PER_MB } from '../../../src/engine/types.js';
import { makeRecord } from '../../helpers/builders.js';

describe('checkRunRecord', () => {
  it('accepts a full record unchanged', () => {
    const record = makeRecord();
    const checked = checkRunRecord(JSON.parse(JSON.stringify(record)));
    expect(checked).toEqual({ ok: true, record });
  });

  it('fills what can be derived: bytes from MB, empty collections, samples from the series', () => {
    const full = makeRecord({ read_mb: 3 });
    const minimal: Record<string, unknown> = { ...full };
    for (const key of [
      'peak_rss_bytes',
      'read_bytes',
      'write_bytes',
      'series',
      'gates',
      'alerts',
      'baseline',
    ]) {
      delete minimal[key];
    }
    for (const key of [
      'verdicts',
      'attempts',
      'repeats',
      'is_pull_request',
      'samples',
      'git_ref',
      'git_sha',
    ]) {
      delete minimal[key];
    }
    const checked = checkRunRecord(minimal);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.record.read_bytes).toBe(3 * BYTES_PER_MB);
    expect(checked.record.peak_rss_bytes).toBe(full.peak_rss_bytes);
    expect(checked.record.series).toEqual([]);
    expect(checked.record.samples).toBe(0);
    expect(checked.record.gates).toEqual([]);
    expect(checked.record.git_ref).toBeNull();
    expect('repeats' in checked.record).toBe(false);
  });

  it('names the field at fault', () => {
    const bad = { ...makeRecord(), duration_s: 'slow' };
    expect(checkRunRecord(bad)).toEqual({ ok: false, error: expect.stringContaining('duration_s') });
    const badTime = { ...makeRecord(), started_at: 'yesterday' };
    expect(checkRunRecord(badTime)).toEqual({ ok: false, error: 'started_at: expected an ISO 8601 time' });
    const badStatus = { ...makeRecord(), status: 'ok' };
    expect(checkRunRecord(badStatus)).toEqual({ ok: false, error: expect.stringContaining('status') });
    expect(checkRunRecord(42).ok).toBe(false);
  });

  it('derives a gate status from `passed` when it is missing', () => {
    const raw = JSON.parse(JSON.stringify(makeRecord()));
    delete raw.gates[0].status;
    raw.gates[0].passed = false;
    const checked = checkRunRecord(raw);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.record.gates[0]?.status).toBe('failed');
  });
});

describe('checkRunRecord on strings from outside', () => {
  const base = () => JSON.parse(JSON.stringify(makeRecord())) as Record<string, unknown>;

  it.each([
    ['os', '# Heading\n', /^os: may contain only letters/],
    ['os', '@team', /^os: may contain only letters/],
    ['arch', '![x](https://evil.example/p.png)', /^arch: may contain only letters/],
    ['python_version', '3.12 <img src=x>', /^python_version: may contain only/],
    ['python_version', 'x'.repeat(33), /^python_version: must be at most 32 characters/],
    ['git_ref', 'refs/heads/[link](https://evil.example)', /^git_ref: may contain only/],
    ['git_ref', 'refs/heads/main\n::add-mask::x', /^git_ref: may contain only/],
    ['git_sha', 'zzzz', /^git_sha: may contain only hexadecimal digits/],
    ['name', 'train\n::error::forged', /^name: must not contain control characters or line breaks/],
    ['name', 'n'.repeat(201), /^name: must be at most 200 characters/],
    ['name', 'bell\u0007', /^name: must not contain control characters/],
    ['run_id', 'id with spaces', /^run_id: may contain only/],
    ['host', 'host`rm -rf`', /^host: may contain only/],
    ['signal', 'SIGKILL\n', /^signal: may contain only a signal name/],
  ])('refuses %s = %j', (field, value, message) => {
    const record = base();
    record[field] = value;
    const checked = checkRunRecord(record);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toMatch(message);
  });

  it('refuses control characters in rules and odd metric keys', () => {
    const gate = base();
    (gate.gates as { expr: string }[])[0]!.expr = 'peak_rss_mb < 1GB\n# pwned';
    expect(checkRunRecord(gate)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^gates\.0\.expr: /),
    });
    const verdicts = base();
    (verdicts.verdicts as Record<string, unknown>)['<b>x</b>'] = {
      verdict: 'unchanged',
      change_pct: 0,
      statistic: 's',
    };
    expect(checkRunRecord(verdicts).ok).toBe(false);
  });

  it('accepts the values real runs have', () => {
    const record = base();
    Object.assign(record, {
      os: 'linux',
      arch: 'arm64',
      python_version: '3.13.0rc1',
      git_ref: 'refs/pull/7/merge',
      host: 'ghcr.io/org/image:3.12@sha256:0123abcd',
      executor: 'docker',
      name: 'bench/etl.py — nightly (α)',
      signal: 'SIGKILL',
    });
    const checked = checkRunRecord(record);
    if (!checked.ok) throw new Error(checked.error);
    expect(checked.record.host).toBe('ghcr.io/org/image:3.12@sha256:0123abcd');
  });
});
