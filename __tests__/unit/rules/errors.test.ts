import { describe, expect, it } from '@jest/globals';
import { parseAlert, parseGate, RuleError } from '../../../src/engine/rules/index.js';

/** The RuleError a parse throws (fails the test when it does not throw one). */
function refusal(parse: (text: string) => unknown, text: string): RuleError {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

const gateError = (text: string) => refusal(parseGate, text);
const alertError = (text: string) => refusal(parseAlert, text);

describe('RuleError', () => {
  it('renders the problem, the rule, and a caret under the position', () => {
    const error = gateError('peak_rss < 512');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RuleError');
    expect(error.rule).toBe('peak_rss < 512');
    expect(error.position).toBe(0);
    expect(error.problem).toBe('unknown metric peak_rss; did you mean peak_rss_mb?');
    expect(error.message).toBe('unknown metric peak_rss; did you mean peak_rss_mb?\n  peak_rss < 512\n  ^');
  });

  it('keeps the caret aligned under tabs', () => {
    const error = gateError('duration_s <\t$');
    expect(error.position).toBe(13);
    expect(error.message).toBe(`unexpected character $\n  duration_s < $\n  ${' '.repeat(13)}^`);
  });
});

describe('syntax errors', () => {
  const cases: [string, number, string][] = [
    ['duration_s <', 12, 'expected a number, a metric or (, but the rule ends here'],
    ['duration_s < * 2', 13, 'expected a number, a metric or (, but found *'],
    ['(duration_s < 5', 0, 'unclosed (: expected ) before the end of the rule'],
    ['duration_s < (1 + (2 * 3)', 13, 'unclosed (: expected ) before the end of the rule'],
    ['(duration_s < 5 exit_code', 16, 'expected ) to close the ( at column 0, but found exit_code'],
    ['duration_s < 5)', 14, 'unmatched )'],
    ['duration_s < 5 6', 15, 'unexpected 6 after a complete rule'],
    ['duration_s < 5 exit_code == 0', 15, 'unexpected exit_code after a complete rule'],
    [
      'duration_s < 1 < 2',
      15,
      'comparisons cannot be chained; join them with and, as in 1 < threads and threads < 9',
    ],
    ['duration_s', 0, 'a gate must compare, such as peak_rss_mb < 512'],
    ['duration_s + 1', 0, 'a gate must compare, such as peak_rss_mb < 512'],
    ['duration_s < 1 and 2', 19, 'and needs a comparison on each side, such as peak_rss_mb < 512'],
    ['duration_s or exit_code == 0', 0, 'or needs a comparison on each side, such as peak_rss_mb < 512'],
    ['not duration_s', 4, 'not needs a comparison after it, such as peak_rss_mb < 512'],
    ['(duration_s < 1) + 2 < 3', 0, '+ needs a number, but this is a comparison'],
    [
      '(duration_s < 1) < 3',
      0,
      '< compares numbers, but this side is a comparison; join comparisons with and / or',
    ],
    ['duration_s < 1 && exit_code == 0', 15, 'unexpected &&: use and to join conditions'],
    ['duration_s < 1 || exit_code == 0', 15, 'unexpected ||: use or to join conditions'],
    ['!(duration_s < 1)', 0, 'unexpected !: use not to negate a condition'],
    ['exit_code = 0', 10, 'unexpected =: use == to test equality'],
    ['duration_s < 1e999', 13, 'number 1e999 is too large'],
    ['', 0, 'empty rule; a gate looks like peak_rss_mb < 512'],
    ['   ', 0, 'empty rule; a gate looks like peak_rss_mb < 512'],
    ['duration_s < and', 13, 'expected a number, a metric or (, but found and'],
    ['on failure', 0, 'on <event> is only for alerts; a gate is a comparison such as peak_rss_mb < 512'],
    [
      'duration_s < 5 for 10s',
      15,
      'for <duration> is only for alerts; a gate is checked once, on the run summary',
    ],
  ];
  it.each(cases)('%j is refused at column %d', (text, position, problem) => {
    const error = gateError(text);
    expect({ position: error.position, problem: error.problem }).toEqual({ position, problem });
  });

  it('refuses deep nesting and overlong rules with a RuleError, not a stack overflow', () => {
    expect(gateError(`${'('.repeat(100)}duration_s < 1${')'.repeat(100)}`).problem).toBe(
      'rule is nested more than 40 deep',
    );
    expect(gateError(`duration_s < ${'-'.repeat(300)}1`).problem).toBe('rule is nested more than 40 deep');
    expect(gateError(`duration_s < ${'1 + '.repeat(300)}1`)).toMatchObject({
      position: 1000,
      problem: 'rule is longer than 1000 characters',
    });
  });
});

describe('metric names', () => {
  it('suggests the nearest metric when a name is close', () => {
    expect(gateError('duration < 5').problem).toBe('unknown metric duration; did you mean duration_s?');
    expect(gateError('peak_rss_mbb < 5').problem).toBe(
      'unknown metric peak_rss_mbb; did you mean peak_rss_mb?',
    );
    expect(alertError('cpu_precent > 5').problem).toBe(
      'unknown metric cpu_precent; did you mean cpu_percent?',
    );
    expect(gateError('Duration_S < 5').problem).toBe('unknown metric Duration_S; did you mean duration_s?');
  });

  it('lists the valid names when nothing is close, and points at the name', () => {
    const error = gateError('exit_code == 0 and memory < 5');
    expect(error.position).toBe(19);
    expect(error.problem).toBe(
      'unknown metric memory; gates can use: duration_s, cpu_time_s, cpu_percent_avg, cpu_percent_max, ' +
        'peak_rss_mb, max_threads, max_processes, read_mb, write_mb, cpu_user_s, cpu_system_s, minor_faults, major_faults, voluntary_ctx_switches, involuntary_ctx_switches, instructions, neighbour_cores, calibration_ms, exit_code',
    );
    expect(alertError('memory > 5').problem).toBe(
      'unknown metric memory; alerts can use: elapsed_s, cpu_percent, rss_mb, threads, processes, read_mb, write_mb, open_fds',
    );
  });

  it('refuses a sample-only metric in a gate, naming its run counterpart', () => {
    const error = gateError('duration_s < 5 and rss_mb < 512');
    expect(error.position).toBe(19);
    expect(error.problem).toBe(
      'rss_mb is a live sample metric, but a gate is checked on the run summary; did you mean peak_rss_mb?',
    );
    expect(gateError('open_fds < 5').problem).toMatch(
      /^open_fds is a live sample metric.*gates can use: duration_s,/,
    );
  });

  it('refuses a run-only metric in an alert', () => {
    expect(alertError('peak_rss_mb > 400')).toMatchObject({
      position: 0,
      problem:
        'peak_rss_mb is a run metric known only when the run ends, but an alert is checked live on samples; did you mean rss_mb?',
    });
    expect(alertError('exit_code != 0').problem).toMatch(/alerts can use: elapsed_s, cpu_percent,/);
  });
});

describe('units', () => {
  it('refuses a unit that does not fit the metric, pointing at the unit', () => {
    expect(alertError('rss_mb > 5s')).toMatchObject({
      position: 10,
      problem: 'unit s is a time but rss_mb is a size',
    });
    expect(gateError('duration_s < 5 GB')).toMatchObject({
      position: 15,
      problem: 'unit GB is a size but duration_s is a time',
    });
    expect(gateError('max_threads < 5%')).toMatchObject({
      position: 15,
      problem: 'unit % is a percentage but max_threads is a count',
    });
    expect(gateError('peak_rss_mb < baseline + 10ms').problem).toBe(
      'unit ms is a time but peak_rss_mb is a size',
    );
    expect(gateError('peak_rss_mb + max_threads < 5s').problem).toBe(
      'unit s is a time but peak_rss_mb is a size and max_threads is a count',
    );
  });

  it('refuses an unknown unit glued to a number', () => {
    expect(gateError('peak_rss_mb < 1gb')).toMatchObject({
      position: 15,
      problem: 'unknown unit gb; did you mean GB?',
    });
    expect(gateError('duration_s < 5min').problem).toBe(
      'unknown unit min; units are ms, s, m (time), KB, MB, GB (size), % (percent)',
    );
  });

  it('refuses a for duration that is not a time', () => {
    expect(alertError('rss_mb > 5 for 5MB')).toMatchObject({
      position: 16,
      problem: 'unit MB is a size but for needs a time (ms, s or m)',
    });
    expect(alertError('rss_mb > 5 for')).toMatchObject({
      position: 14,
      problem: 'expected a duration such as 10s, but the rule ends here',
    });
    expect(alertError('rss_mb > 5 for -1s').problem).toBe('expected a duration such as 10s, but found -');
  });
});

describe('baseline', () => {
  it('is refused in an alert', () => {
    expect(alertError('rss_mb > 1.5 * baseline')).toMatchObject({
      position: 15,
      problem: 'baseline is only for gates: an alert is checked live, on samples',
    });
  });

  it('needs exactly one metric on the left', () => {
    expect(gateError('duration_s + cpu_time_s < baseline')).toMatchObject({
      position: 26,
      problem:
        'baseline is the baseline of the metric on the left, so the left side needs exactly one metric (found duration_s, cpu_time_s)',
    });
    expect(gateError('5 < baseline + duration_s').problem).toMatch(/exactly one metric \(found none\)$/);
  });

  it('belongs on the right', () => {
    expect(gateError('baseline * 1.2 > duration_s')).toMatchObject({
      position: 0,
      problem: 'baseline belongs on the right of a comparison, as in duration_s <= 1.2 * baseline',
    });
  });

  it('a comparison must mention a metric', () => {
    expect(gateError('exit_code == 0 or 1 < 2')).toMatchObject({
      position: 18,
      problem: 'this comparison mentions no metric; compare one, as in peak_rss_mb < 512',
    });
  });
});

describe('events', () => {
  it('suggests the nearest event, or lists them', () => {
    expect(alertError('on failed')).toMatchObject({
      position: 3,
      problem: 'unknown event failed; did you mean on failure?',
    });
    expect(alertError('on crash').problem).toBe(
      'unknown event crash; events are on failure, on timeout, on regression, on gate_failed',
    );
    expect(alertError('on').problem).toBe(
      'expected an event after on: on failure, on timeout, on regression, on gate_failed',
    );
    expect(alertError('on failure now')).toMatchObject({
      position: 11,
      problem: 'unexpected now after a complete rule',
    });
  });
});
