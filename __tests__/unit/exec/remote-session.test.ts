/**
 * The remote session driver against a hand-written transport: a fake child process whose stdout we feed with the
 * launcher's frames (cut into random chunks) and whose stdin we read back.
 */
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { encodeControl, encodeFrame, FrameDecoder } from '../../../src/engine/execute/exec/mux.js';
import {
  driveRemoteLauncher,
  lastLines,
  type RemoteSessionOptions,
} from '../../../src/engine/execute/exec/remote-session.js';
import { ScriptStartError } from '../../../src/engine/execute/exec/errors.js';
import { exitReportFrom } from '../../../src/engine/execute/exec/launcher-report.js';
import { remoteEnvironment, type StartRequest } from '../../../src/engine/execute/exec/remote-types.js';
import type { MeasuredSample } from '../../../src/engine/execute/sample/totals.js';

const MB = 1024 * 1024;

class Sink extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _e: BufferEncoding, cb: () => void) {
    this.chunks.push(Buffer.from(chunk));
    cb();
  }
  get text() {
    return Buffer.concat(this.chunks).toString();
  }
}

class FakeTransport extends EventEmitter {
  stdin = new PassThrough();
  stdout = new PassThrough();
  stderr = new PassThrough();
  spawnfile = 'fake';
  received: { stream: number; payload: Buffer }[] = [];
  constructor() {
    super();
    const decoder = new FrameDecoder((stream, payload) => this.received.push({ stream, payload }));
    this.stdin.on('data', (c: Buffer) => decoder.push(c));
  }
  /** What the launcher "writes", delivered in chunks of 1–7 bytes. */
  say(...frames: Buffer[]) {
    const all = Buffer.concat(frames);
    for (let i = 0; i < all.length;) {
      const n = 1 + ((i * 5 + 3) % 7);
      this.stdout.write(all.subarray(i, i + n));
      i += n;
    }
  }
  /** Ends the transport the way node reports it: stdout ends, then 'close'. */
  async close(code: number | null, signal: NodeJS.Signals | null = null) {
    this.stdout.end();
    await new Promise((r) => setImmediate(r));
    this.emit('close', code, signal);
  }
  controls() {
    return this.received.filter((f) => f.stream === 3).map((f) => JSON.parse(f.payload.toString()) as object);
  }
}

const request: StartRequest = {
  op: 'start',
  interval_s: 0.5,
  grace_s: 2,
  args: ['x'],
  env: { A: '1' },
  script_b64: 'cHJpbnQoKQ==',
  script_name: 's.py',
};
/** A /proc/<pid>/stat line as the kernel writes it (fields 3–24 set, the rest zero). */
function statLine(
  pid: number,
  ppid: number,
  f: { utime?: number; stime?: number; cutime?: number; cstime?: number; threads?: number; rss?: number },
): string {
  const fields = Array<number | string>(50).fill(0);
  const at = (n: number, v: number | string) => (fields[n - 3] = v);
  at(3, 'S');
  at(4, ppid);
  at(14, f.utime ?? 0);
  at(15, f.stime ?? 0);
  at(16, f.cutime ?? 0);
  at(17, f.cstime ?? 0);
  at(20, f.threads ?? 1);
  at(22, 1000 + pid);
  at(24, f.rss ?? 0);
  return `${pid} (py thon) ${fields.join(' ')}\n`;
}
const ioText = (rchar: number, wchar: number) =>
  `rchar: ${rchar}\nwchar: ${wchar}\nsyscr: 1\nsyscw: 1\nread_bytes: 0\nwrite_bytes: 0\n`;

const started = {
  event: 'started',
  platform: 'linux',
  machine: 'aarch64',
  pid: 42,
  sampler_root_pid: 41,
  clk_tck: 100,
  page_size: 4096,
  python_version: '3.12.1',
  procs: [{ pid: 41, stat: statLine(41, 40, {}), io: ioText(5000, 300) }],
};
/**
 * A snapshot at `elapsed_s`: the reaper (41) has reaped a child worth 10 ticks and read 1 MiB through it; the
 * script (42, 3 threads, 1536 pages) and its child (43, 1024 pages) have used 50 ticks a second between them.
 */
const proc = (elapsed_s: number) => ({
  event: 'proc',
  elapsed_s,
  procs: [
    { pid: 41, stat: statLine(41, 40, { cutime: 10 }), io: ioText(5000 + MB, 300 + 2 * MB) },
    {
      pid: 42,
      stat: statLine(42, 41, { utime: elapsed_s * 50 - 10, threads: 3, rss: 1536 }),
      io: ioText(0, 0),
      fds: 5,
    },
    { pid: 43, stat: statLine(43, 42, { stime: 0, rss: 1024 }), io: null, fds: 2 },
  ],
});
const exited = {
  event: 'exited',
  exit_code: 0,
  signal: null,
  wall_s: 1.5,
  cpu_user_s: 0.5,
  cpu_sys_s: 0.25,
  maxrss_bytes: 6 * MB,
  minor_faults: 1200,
  major_faults: 3,
  voluntary_ctx_switches: 40,
  involuntary_ctx_switches: 7,
  rchar: 100,
  wchar: 200,
};

function drive(extra: Partial<RemoteSessionOptions> = {}) {
  const t = new FakeTransport();
  const out = new Sink();
  const err = new Sink();
  const lost: unknown[] = [];
  let forced = 0;
  const running = driveRemoteLauncher(t as unknown as ChildProcess, {
    request,
    stdout: out,
    stderr: err,
    spawnedAt_ms: performance.now(),
    onLost: (end) => {
      lost.push(end);
      return end.started ? null : new Error(`could not start: ${end.stderr}`);
    },
    forceKill: () => (forced += 1),
    ...extra,
  });
  return { t, out, err, running, lost, forced: () => forced };
}

describe('driveRemoteLauncher', () => {
  it('sends the start request first, then closes the script’s stdin when there is none', () => {
    const { t } = drive();
    expect(t.received.map((f) => f.stream)).toEqual([3, 1]);
    expect(JSON.parse(t.received[0]!.payload.toString())).toEqual(request);
    expect(t.received[1]!.payload.length).toBe(0);
  });

  it('relays stdin as frames and its end as an empty frame', async () => {
    const { t } = drive({ stdin: Readable.from([Buffer.from('ab'), Buffer.from('c')]) });
    await new Promise((r) => setTimeout(r, 20));
    expect(t.received.slice(1).map((f) => `${f.stream}:${f.payload.toString()}`)).toEqual([
      '1:ab',
      '1:c',
      '1:',
    ]);
  });

  it('starts, streams, keeps samples that arrive before the subscription, and resolves with the exact report', async () => {
    const { t, out, err, running } = drive();
    t.say(
      encodeControl(started),
      encodeControl(proc(0.5)),
      encodeFrame(1, 'hello '),
      encodeFrame(2, 'warn\n'),
      encodeFrame(1, 'world\n'),
    );
    const info = await running.started;
    expect(info).toMatchObject({
      script_pid: 42,
      sampler_root_pid: 41,
      clk_tck: 100,
      page_size: 4096,
      python_version: '3.12.1',
      fork_age_ms: 0,
      platform: 'linux',
      machine: 'aarch64',
    });
    const samples: MeasuredSample[] = [];
    running.subscribeSamples?.((m) => samples.push(m));
    t.say(encodeControl(proc(1.0)), encodeControl(exited), encodeControl(proc(1.5)));
    await t.close(0);
    const exit = await running.done;
    expect(exit).toEqual({
      exit_code: 0,
      signal: null,
      wall_s: 1.5,
      cpu_time_s: 0.75,
      maxrss_bytes: 6 * MB,
      read_bytes: 100,
      write_bytes: 200,
      exact: true,
      rusage: {
        cpu_user_s: 0.5,
        cpu_system_s: 0.25,
        minor_faults: 1200,
        major_faults: 3,
        voluntary_ctx_switches: 40,
        involuntary_ctx_switches: 7,
      },
    });
    expect(samples.map((s) => s.sample.elapsed_s)).toEqual([0.5, 1.0]); // none after the exit report
    // The one sampler's formulas over the raw snapshot: the tree's RSS and threads, the reaper's reaped CPU and
    // I/O since the start, the script's own CPU.
    expect(samples[0]).toEqual({
      sample: {
        elapsed_s: 0.5,
        cpu_percent: 50, // 25 ticks in 0.5 s at 100 ticks a second
        rss_mb: 10,
        threads: 4,
        processes: 2,
        read_mb: 1,
        write_mb: 2,
        open_fds: 7,
      },
      rss_bytes: 10 * MB,
      read_bytes: MB,
      write_bytes: 2 * MB,
      cpu_time_s: 0.25,
      largest_process_rss_bytes: 6 * MB,
    });
    expect(samples[1]!.sample.cpu_percent).toBeCloseTo(50, 9);
    expect(samples[1]!.cpu_time_s).toBeCloseTo(0.5, 9);
    expect(out.text).toBe('hello world\n');
    expect(err.text).toBe('warn\n');
    expect(t.stdin.writableEnded).toBe(true); // closed once the launcher reported
  });

  it('sends signal and kill requests as control frames, and force-kills if the launcher stays silent', async () => {
    const { t, running, forced } = drive({ kill_fallback_s: 0.05 });
    t.say(encodeControl(started));
    await running.started;
    running.signal('SIGINT');
    running.killTree?.();
    await new Promise((r) => setTimeout(r, 20));
    expect(t.controls().slice(1)).toEqual([{ op: 'signal', signal: 'SIGINT' }, { op: 'kill' }]);
    expect(forced()).toBe(0);
    await new Promise((r) => setTimeout(r, 80));
    expect(forced()).toBe(1);
    await t.close(137);
    expect(await running.done).toEqual({
      exit_code: null,
      signal: 'SIGKILL',
      wall_s: expect.any(Number),
      cpu_time_s: null,
      maxrss_bytes: null,
      read_bytes: null,
      write_bytes: null,
      exact: false,
      rusage: null,
    });
  });

  it('rejects with the launcher’s error when the script cannot start', async () => {
    const { t, running } = drive();
    t.say(encodeControl({ event: 'error', message: 'cannot start /usr/bin/python3: [Errno 2]' }));
    await t.close(125);
    await expect(running.started).rejects.toThrow('cannot start /usr/bin/python3: [Errno 2]');
    await expect(running.started).rejects.toBeInstanceOf(ScriptStartError);
    await expect(running.done).rejects.toThrow('cannot start /usr/bin/python3');
  });

  it('hands a transport that ends without a report to onLost, with the tail of its stderr', async () => {
    const { t, running, lost } = drive();
    t.stderr.write('Warning: x\r\nHost key verification failed.\r\n');
    await new Promise((r) => setImmediate(r));
    await t.close(255);
    await expect(running.started).rejects.toThrow(
      'could not start: Warning: x\r\nHost key verification failed.',
    );
    expect(lost).toEqual([
      { code: 255, signal: null, started: false, stderr: 'Warning: x\r\nHost key verification failed.' },
    ]);
  });

  it('treats bytes that are not frames as a protocol error and ends the transport', async () => {
    const { t, running, forced } = drive();
    t.stdout.write(Buffer.from('Welcome!\n'));
    await new Promise((r) => setImmediate(r));
    expect(forced()).toBe(1);
    await t.close(1);
    await expect(running.done).rejects.toThrow(
      /remote launcher protocol error \(did a login script print to stdout before the launcher started\?\): frame of \d+ bytes/,
    );
  });
});

describe('protocol values', () => {
  it('reads an exit report; a signal arrives by name', () => {
    expect(
      exitReportFrom({ exit_code: null, signal: 'SIGTERM', wall_s: 2, cpu_user_s: 1, cpu_sys_s: 0 }, 9),
    ).toMatchObject({
      exit_code: null,
      signal: 'SIGTERM',
      wall_s: 2,
      cpu_time_s: 1,
      maxrss_bytes: null,
      exact: true,
      rusage: null, // not every figure: none
    });
    expect(exitReportFrom({}, 9)).toMatchObject({ wall_s: 9, cpu_time_s: null, rusage: null });
  });

  it('carries an OOM kill the launcher saw in its container, and nothing when it saw none', () => {
    const oom = { exit_code: null, signal: 'SIGKILL', wall_s: 1, oom_killed: true };
    expect(exitReportFrom(oom, 9).oom_killed).toBe(true);
    expect('oom_killed' in exitReportFrom({ ...oom, oom_killed: false }, 9)).toBe(false);
    expect('oom_killed' in exitReportFrom({ ...oom, oom_killed: 'yes' }, 9)).toBe(false);
  });

  it('keeps the script’s variables and drops the ones that describe this machine', () => {
    expect(
      remoteEnvironment({
        PATH: '/a',
        HOME: '/root',
        USER: 'me',
        SSH_AUTH_SOCK: '/s',
        XDG_RUNTIME_DIR: '/x',
        PYTHONPATH: '/local/lib',
        DOCKER_HOST: 'unix:///x',
        TMPDIR: '/t',
        API_TOKEN: 'v',
        GITHUB_SHA: 'abc',
        LANG: 'C.UTF-8',
        'BAD-NAME': 'x',
      }),
    ).toEqual({ API_TOKEN: 'v', GITHUB_SHA: 'abc', LANG: 'C.UTF-8' });
  });

  it('keeps the last lines of a stderr as one line', () => {
    expect(lastLines('a\r\n\r\nb  c\n d\n', 2)).toBe('b c d');
    expect(lastLines('')).toBe('');
  });
});
