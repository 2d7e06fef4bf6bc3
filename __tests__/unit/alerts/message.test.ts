import { describe, expect, it } from '@jest/globals';
import type { AlertContext, AlertEventPayload } from '../../../src/engine/alerts/index.js';
import { alertSubject, alertSummary, alertText } from '../../../src/engine/alerts/index.js';
import { alertNumber, oneLine } from '../../../src/engine/alerts/message.js';

const ctx: AlertContext = {
  series: 'train-small',
  script: 'scripts/train.py',
  run_id: '1712-3',
  host: 'ci-runner-7',
  run_url: 'https://ci.example/runs/1712',
};
const rss: AlertEventPayload = { rule: 'rss_mb > 400', at_s: 12.5, value: 431.234, kind: 'threshold' };

describe('alert text', () => {
  it('formats numbers: two decimals, three significant digits below 1, integers as they are', () => {
    expect(alertNumber(431.234)).toBe('431.23');
    expect(alertNumber(431.1)).toBe('431.1');
    expect(alertNumber(99.999)).toBe('100');
    expect(alertNumber(400)).toBe('400');
    expect(alertNumber(0.001234)).toBe('0.00123');
    expect(alertNumber(-2.5)).toBe('-2.5');
  });

  it('subject names the rule and the series', () => {
    expect(alertSubject(rss, ctx)).toBe('[pyrun] ALERT rss_mb > 400 on train-small');
  });

  it('subject cannot be broken into two header lines by a series name', () => {
    const subject = alertSubject(rss, { ...ctx, series: 'evil\r\nBcc: x@example.com' });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toBe('[pyrun] ALERT rss_mb > 400 on evil Bcc: x@example.com');
    expect(oneLine(' a \n\t b ')).toBe('a b');
  });

  it('summary is one line with rule, value, time, series and script', () => {
    expect(alertSummary(rss, ctx)).toBe(
      'pyrun ALERT rss_mb > 400: value 431.23 at 12.5 s (series train-small, script scripts/train.py)',
    );
  });

  it('plain text lists every fact, the link when there is one', () => {
    const text = alertText(rss, ctx);
    expect(text.split('\n').slice(2)).toEqual([
      'Rule:   rss_mb > 400',
      'Value:  431.23',
      'At:     12.5 s after start',
      'Series: train-small',
      'Script: scripts/train.py',
      'Host:   ci-runner-7',
      'Run:    1712-3',
      'Link:   https://ci.example/runs/1712',
      '',
    ]);
    expect(alertText(rss, { ...ctx, run_url: null })).not.toContain('Link:');
  });

  it('an event alert has no value line', () => {
    const failure: AlertEventPayload = { rule: 'on failure', at_s: 3, value: null, kind: 'event' };
    expect(alertSummary(failure, ctx)).toBe(
      'pyrun ALERT on failure: at 3 s (series train-small, script scripts/train.py)',
    );
    expect(alertText(failure, ctx)).not.toContain('Value:');
  });
});
