import { describe, expect, it } from '@jest/globals';
import { checkRunRecord } from '../../../src/engine/history/validate.js';
import { BYTES_PER_MB } from '../../../src/engine/types.js';
import { makeRecord } from './fixtures.js';

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
