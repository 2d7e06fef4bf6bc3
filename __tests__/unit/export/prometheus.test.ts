/** The Pushgateway body and URL, checked byte for byte. */
import { describe, expect, it } from '@jest/globals';
import {
  groupingSegment,
  prometheusText,
  pushgatewayUrl,
  pushMethod,
} from '../../../src/engine/report/export/index.js';
import { parseExposition } from '../../helpers/servers/pushgateway.js';
import { exportRecord } from '../../helpers/builders.js';

const PASSED_TEXT = `# HELP pyrun_duration_seconds Wall time of the script, spawn to exit.
# TYPE pyrun_duration_seconds gauge
pyrun_duration_seconds 10.25
# HELP pyrun_cpu_time_seconds User+system CPU time of the whole process tree.
# TYPE pyrun_cpu_time_seconds gauge
pyrun_cpu_time_seconds 7.5
# HELP pyrun_cpu_percent_avg Average CPU over the samples (100 = one core busy).
# TYPE pyrun_cpu_percent_avg gauge
pyrun_cpu_percent_avg 73.2
# HELP pyrun_cpu_percent_max Highest CPU of a sample (100 = one core busy).
# TYPE pyrun_cpu_percent_max gauge
pyrun_cpu_percent_max 150
# HELP pyrun_peak_rss_bytes Peak resident memory of the process tree.
# TYPE pyrun_peak_rss_bytes gauge
pyrun_peak_rss_bytes 537133056
# HELP pyrun_max_threads Most threads of the process tree at once (at a sample or a probe between samples).
# TYPE pyrun_max_threads gauge
pyrun_max_threads 6
# HELP pyrun_max_processes Most processes of the tree at once (at a sample or a probe between samples).
# TYPE pyrun_max_processes gauge
pyrun_max_processes 2
# HELP pyrun_read_bytes Bytes read by the tree through read system calls.
# TYPE pyrun_read_bytes gauge
pyrun_read_bytes 4980736
# HELP pyrun_write_bytes Bytes written by the tree through write system calls.
# TYPE pyrun_write_bytes gauge
pyrun_write_bytes 2490368
# HELP pyrun_cpu_user_seconds User CPU time of the whole reaped tree (kernel rusage).
# TYPE pyrun_cpu_user_seconds gauge
pyrun_cpu_user_seconds 6.5
# HELP pyrun_cpu_system_seconds System CPU time of the whole reaped tree (kernel rusage).
# TYPE pyrun_cpu_system_seconds gauge
pyrun_cpu_system_seconds 0.75
# HELP pyrun_minor_faults Page faults served without I/O, whole reaped tree (kernel rusage).
# TYPE pyrun_minor_faults gauge
pyrun_minor_faults 118000
# HELP pyrun_major_faults Page faults that needed I/O, whole reaped tree (kernel rusage).
# TYPE pyrun_major_faults gauge
pyrun_major_faults 2
# HELP pyrun_voluntary_ctx_switches Context switches the tree gave up the CPU for (waiting), whole reaped tree (kernel rusage).
# TYPE pyrun_voluntary_ctx_switches gauge
pyrun_voluntary_ctx_switches 400
# HELP pyrun_involuntary_ctx_switches Context switches forced on the tree (preempted), whole reaped tree (kernel rusage).
# TYPE pyrun_involuntary_ctx_switches gauge
pyrun_involuntary_ctx_switches 90
# HELP pyrun_instructions Instructions executed by the whole process tree, counted by valgrind (runs with --instructions only).
# TYPE pyrun_instructions gauge
pyrun_instructions NaN
# HELP pyrun_neighbour_cores CPU cores that other work on the machine kept busy, on average, while the script ran (the machine's busy CPU time less the tree's and pyrun's own, hypervisor steal included; runs on Linux, local or remote). Not a cost of the script: the judge reads it to tell a busy machine from a slower script.
# TYPE pyrun_neighbour_cores gauge
pyrun_neighbour_cores 0.12
# HELP pyrun_calibration_ms CPU milliseconds a fixed loop of Python work took on the cores the script ran on, right after it ended (runs on Linux, local or remote). Not a cost of the script: a slowed core (another guest on the host, a busy sibling hyperthread) takes longer, and the judge reads it to tell a slower machine from a slower script.
# TYPE pyrun_calibration_ms gauge
pyrun_calibration_ms 1.1
# HELP pyrun_exit_code The script's own exit code (NaN when killed by a signal).
# TYPE pyrun_exit_code gauge
pyrun_exit_code 0
# HELP pyrun_run_status The status of the run: 1 for the status it ended with, 0 for the others.
# TYPE pyrun_run_status gauge
pyrun_run_status{status="passed"} 1
pyrun_run_status{status="failed"} 0
pyrun_run_status{status="timeout"} 0
pyrun_run_status{status="gate_failed"} 0
pyrun_run_status{status="regressed"} 0
# HELP pyrun_regressed Whether the metric regressed against the baseline (1) or not (0; also without history).
# TYPE pyrun_regressed gauge
pyrun_regressed{metric="duration_s"} 0
pyrun_regressed{metric="cpu_time_s"} 0
pyrun_regressed{metric="cpu_percent_avg"} 0
pyrun_regressed{metric="cpu_percent_max"} 0
pyrun_regressed{metric="peak_rss_mb"} 1
pyrun_regressed{metric="max_threads"} 0
pyrun_regressed{metric="max_processes"} 0
pyrun_regressed{metric="read_mb"} 0
pyrun_regressed{metric="write_mb"} 0
pyrun_regressed{metric="cpu_user_s"} 0
pyrun_regressed{metric="cpu_system_s"} 0
pyrun_regressed{metric="minor_faults"} 0
pyrun_regressed{metric="major_faults"} 0
pyrun_regressed{metric="voluntary_ctx_switches"} 0
pyrun_regressed{metric="involuntary_ctx_switches"} 0
pyrun_regressed{metric="instructions"} 0
# HELP pyrun_run_info Where the run happened; always 1.
# TYPE pyrun_run_info gauge
pyrun_run_info{os="linux",arch="x64",python_version="3.12.3",executor="local",git_ref="refs/heads/main",pyrun_version="0.1.0"} 1
# HELP pyrun_last_success_timestamp_seconds When the last passed run of the series ended, in seconds since the epoch.
# TYPE pyrun_last_success_timestamp_seconds gauge
pyrun_last_success_timestamp_seconds 1736154010.25
`;

describe('prometheusText', () => {
  it('renders a passed run exactly, with HELP and TYPE for every family and the last success time', () => {
    expect(prometheusText(exportRecord())).toBe(PASSED_TEXT);
  });

  it('leaves the last success time out of a run that did not pass, and marks its status', () => {
    const text = prometheusText(exportRecord({ status: 'gate_failed' }));
    expect(text).not.toContain('pyrun_last_success_timestamp_seconds');
    const status = parseExposition(text).filter((s) => s.name === 'pyrun_run_status');
    expect(status.map((s) => [s.labels.status, s.value])).toEqual([
      ['passed', 0],
      ['failed', 0],
      ['timeout', 0],
      ['gate_failed', 1],
      ['regressed', 0],
    ]);
  });

  it('writes NaN for the exit code of a script killed by a signal', () => {
    const text = prometheusText(exportRecord({ status: 'failed', exit_code: null, signal: 'SIGKILL' }));
    expect(text).toContain('\npyrun_exit_code NaN\n');
  });

  it('pushes the same series on every run but the last success time, so a POST replaces all of them', () => {
    const names = (text: string) => parseExposition(text).map((s) => `${s.name}${JSON.stringify(s.labels)}`);
    const passed = names(prometheusText(exportRecord()));
    const failed = names(prometheusText(exportRecord({ status: 'failed', exit_code: 3, verdicts: {} })));
    expect(passed.filter((n) => !n.startsWith('pyrun_last_success'))).toEqual(failed);
  });

  it('escapes backslashes, quotes and newlines in label values', () => {
    const text = prometheusText(exportRecord({ python_version: 'a"b\\c\nd', git_ref: null }));
    expect(text).toContain('python_version="a\\"b\\\\c\\nd"');
    expect(text).toContain('git_ref=""');
    const info = parseExposition(text).find((s) => s.name === 'pyrun_run_info');
    expect(info?.labels.python_version).toBe('a"b\\c\nd');
  });
});

describe('pushgatewayUrl', () => {
  it('groups by job and series, URL-encoding plain values', () => {
    expect(pushgatewayUrl('http://127.0.0.1:9091', 'pyrun', 'nightly etl')).toBe(
      'http://127.0.0.1:9091/metrics/job/pyrun/series/nightly%20etl',
    );
    expect(pushgatewayUrl('http://gw:9091/', 'ci', 'a?b#c%d')).toBe(
      'http://gw:9091/metrics/job/ci/series/a%3Fb%23c%25d',
    );
  });

  it('uses @base64 (base64url) for values holding a slash, empty values and dot segments', () => {
    // base64url of "bench/etl.py" is YmVuY2gvZXRsLnB5
    expect(pushgatewayUrl('http://gw:9091', 'pyrun', 'bench/etl.py')).toBe(
      'http://gw:9091/metrics/job/pyrun/series@base64/YmVuY2gvZXRsLnB5',
    );
    expect(groupingSegment('series', '')).toBe('series@base64/=');
    expect(groupingSegment('series', '..')).toBe('series@base64/Li4');
    // "??/>" encodes to "Pz8vPg" in base64url (would be "Pz8vPg==" with + / alphabet padding)
    expect(groupingSegment('series', '??/>')).toBe('series@base64/Pz8vPg');
  });

  it('keeps a path prefix and the credentials of the base URL for the sender to use', () => {
    expect(pushgatewayUrl('https://u:p@example.test/pushgateway/', 'pyrun', 'x')).toBe(
      'https://u:p@example.test/pushgateway/metrics/job/pyrun/series/x',
    );
  });
});

describe('pushMethod', () => {
  it('PUTs a passed run (replace the group) and POSTs the others (keep the last success time)', () => {
    expect(pushMethod(exportRecord())).toBe('PUT');
    expect(pushMethod(exportRecord({ status: 'failed' }))).toBe('POST');
    expect(pushMethod(exportRecord({ status: 'timeout' }))).toBe('POST');
    expect(pushMethod(exportRecord({ status: 'gate_failed' }))).toBe('POST');
  });
});
