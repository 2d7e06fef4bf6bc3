import { describe, expect, it } from '@jest/globals';
import { parseAlert, parseGate, printRule } from '../../../src/engine/rules/index.js';
import { and, ar, baseline, cmp, m, n, neg, not, or } from './trees.js';

const gate = (text: string) => parseGate(text).condition;

describe('parseGate', () => {
  it('keeps the source text exactly and builds the comparison', () => {
    expect(parseGate('  peak_rss_mb < 512 ')).toEqual({
      kind: 'gate',
      source: '  peak_rss_mb < 512 ',
      condition: cmp('<', m('peak_rss_mb'), n(512)),
    });
  });

  it('reads every comparison operator', () => {
    for (const op of ['<', '<=', '>', '>=', '==', '!='] as const) {
      expect(gate(`exit_code ${op} 0`)).toEqual(cmp(op, m('exit_code'), n(0)));
    }
  });

  it('reads every arithmetic operator, left-associative', () => {
    expect(gate('duration_s < 1 + 2 - 3')).toEqual(
      cmp('<', m('duration_s'), ar('-', ar('+', n(1), n(2)), n(3))),
    );
    expect(gate('duration_s < 8 / 4 * 2')).toEqual(
      cmp('<', m('duration_s'), ar('*', ar('/', n(8), n(4)), n(2))),
    );
  });

  it('gives * and / precedence over + and -, and unary minus over both', () => {
    expect(gate('duration_s < 1 + 2 * 3')).toEqual(
      cmp('<', m('duration_s'), ar('+', n(1), ar('*', n(2), n(3)))),
    );
    expect(gate('duration_s < -2 * 3')).toEqual(cmp('<', m('duration_s'), ar('*', neg(n(2)), n(3))));
    expect(gate('duration_s > - -1')).toEqual(cmp('>', m('duration_s'), neg(neg(n(1)))));
    expect(gate('duration_s < (1 + 2) * 3')).toEqual(
      cmp('<', m('duration_s'), ar('*', ar('+', n(1), n(2)), n(3))),
    );
  });

  it('binds comparison tighter than arithmetic on both sides', () => {
    expect(gate('cpu_time_s / duration_s * 100 >= 50 - 1')).toEqual(
      cmp('>=', ar('*', ar('/', m('cpu_time_s'), m('duration_s')), n(100)), ar('-', n(50), n(1))),
    );
  });

  it('orders or < and < not < comparison', () => {
    const a = cmp('<', m('duration_s'), n(1));
    const b = cmp('<', m('cpu_time_s'), n(2));
    const c = cmp('==', m('exit_code'), n(0));
    expect(gate('duration_s < 1 or cpu_time_s < 2 and exit_code == 0')).toEqual(or(a, and(b, c)));
    expect(gate('duration_s < 1 and cpu_time_s < 2 or exit_code == 0')).toEqual(or(and(a, b), c));
    expect(gate('not duration_s < 1 and cpu_time_s < 2')).toEqual(and(not(a), b));
    expect(gate('not not duration_s < 1')).toEqual(not(not(a)));
    expect(gate('(duration_s < 1 or cpu_time_s < 2) and exit_code == 0')).toEqual(and(or(a, b), c));
    expect(gate('duration_s < 1 and cpu_time_s < 2 and exit_code == 0')).toEqual(and(and(a, b), c));
    expect(gate('not (duration_s < 1 or cpu_time_s < 2)')).toEqual(not(or(a, b)));
  });

  it('reads baseline as written (it stands for the left metric baseline)', () => {
    expect(gate('duration_s <= 1.2 * baseline')).toEqual(
      cmp('<=', m('duration_s'), ar('*', n(1.2), baseline)),
    );
    expect(gate('cpu_time_s < baseline + 0.5')).toEqual(cmp('<', m('cpu_time_s'), ar('+', baseline, n(0.5))));
    expect(gate('duration_s * 2 < baseline')).toEqual(cmp('<', ar('*', m('duration_s'), n(2)), baseline));
  });

  it('reads the examples of docs/cli.md', () => {
    expect(gate('max_processes <= 8 and exit_code == 0')).toEqual(
      and(cmp('<=', m('max_processes'), n(8)), cmp('==', m('exit_code'), n(0))),
    );
    expect(gate('peak_rss_mb < 1GB')).toEqual(cmp('<', m('peak_rss_mb'), n(1024)));
  });

  it('reads numbers in every form', () => {
    expect(gate('duration_s < 12.5')).toEqual(cmp('<', m('duration_s'), n(12.5)));
    expect(gate('duration_s < .5')).toEqual(cmp('<', m('duration_s'), n(0.5)));
    expect(gate('duration_s < 3.')).toEqual(cmp('<', m('duration_s'), n(3)));
    expect(gate('duration_s < 1e3')).toEqual(cmp('<', m('duration_s'), n(1000)));
    expect(gate('duration_s < 1.5E-2')).toEqual(cmp('<', m('duration_s'), n(0.015)));
    expect(gate('duration_s < 1e+21')).toEqual(cmp('<', m('duration_s'), n(1e21)));
  });

  it('accepts read_mb and write_mb, which are both run and sample metrics', () => {
    expect(gate('read_mb < 10')).toEqual(cmp('<', m('read_mb'), n(10)));
    expect(parseAlert('write_mb > 10').kind).toBe('threshold');
  });
});

describe('units', () => {
  const value = (text: string) => {
    const c = parseGate(text).condition;
    if (c.kind !== 'compare' || c.right.kind !== 'number') throw new Error(`unexpected tree for ${text}`);
    return c.right.value;
  };

  it('converts time to seconds', () => {
    expect(value('duration_s < 500ms')).toBe(0.5);
    expect(value('duration_s < 2m')).toBe(120);
    expect(value('duration_s < 3s')).toBe(3);
    expect(value('duration_s < 1.5 m')).toBe(90);
    expect(value('cpu_time_s < 250 ms')).toBe(0.25);
  });

  it('converts size to MB of 2^20 bytes', () => {
    expect(value('peak_rss_mb < 1GB')).toBe(1024);
    expect(value('peak_rss_mb < 512KB')).toBe(0.5);
    expect(value('peak_rss_mb < 300 MB')).toBe(300);
    expect(value('write_mb < 0.5GB')).toBe(512);
  });

  it('accepts % on percent metrics', () => {
    expect(value('cpu_percent_max < 95%')).toBe(95);
    expect(value('cpu_percent_avg < 50 %')).toBe(50);
  });

  it('applies to the number it follows, inside arithmetic', () => {
    expect(gate('duration_s < baseline + 500ms')).toEqual(
      cmp('<', m('duration_s'), ar('+', baseline, n(0.5))),
    );
  });
});

describe('parseAlert', () => {
  it('reads a threshold without for', () => {
    expect(parseAlert('rss_mb > 400')).toEqual({
      kind: 'threshold',
      source: 'rss_mb > 400',
      condition: cmp('>', m('rss_mb'), n(400)),
      for_s: null,
    });
  });

  it('reads for with a duration in any time unit', () => {
    expect(parseAlert('cpu_percent > 95 for 10s')).toMatchObject({ for_s: 10 });
    expect(parseAlert('cpu_percent > 95% for 500ms')).toMatchObject({ for_s: 0.5 });
    expect(parseAlert('cpu_percent > 95 for 2 m')).toMatchObject({ for_s: 120 });
    expect(parseAlert('cpu_percent > 95 for 3')).toMatchObject({ for_s: 3 });
    expect(parseAlert('rss_mb > 1GB and threads > 50 for 1s')).toEqual({
      kind: 'threshold',
      source: 'rss_mb > 1GB and threads > 50 for 1s',
      condition: and(cmp('>', m('rss_mb'), n(1024)), cmp('>', m('threads'), n(50))),
      for_s: 1,
    });
  });

  it('reads the four events', () => {
    for (const event of ['failure', 'timeout', 'regression', 'gate_failed'] as const) {
      expect(parseAlert(`on ${event}`)).toEqual({ kind: 'event', source: `on ${event}`, event });
    }
  });
});

describe('printRule', () => {
  it('prints canonical text with minimal parentheses', () => {
    expect(printRule(parseGate('peak_rss_mb<1GB'))).toBe('peak_rss_mb < 1024');
    expect(printRule(parseGate('(duration_s) <= ((1.2) * baseline)'))).toBe('duration_s <= 1.2 * baseline');
    expect(printRule(parseGate('duration_s < 1 - (2 - 3)'))).toBe('duration_s < 1 - (2 - 3)');
    expect(printRule(parseGate('duration_s < (1 - 2) - 3'))).toBe('duration_s < 1 - 2 - 3');
    expect(printRule(parseGate('duration_s < -(1 + 2) * - - 3'))).toBe('duration_s < -(1 + 2) * -(-3)');
    expect(printRule(parseGate('not (duration_s < 1 and (exit_code == 0 or exit_code == 1))'))).toBe(
      'not (duration_s < 1 and (exit_code == 0 or exit_code == 1))',
    );
    expect(printRule(parseAlert('cpu_percent>95 for 500ms'))).toBe('cpu_percent > 95 for 0.5s');
    expect(printRule(parseAlert('on  gate_failed'))).toBe('on gate_failed');
  });
});
