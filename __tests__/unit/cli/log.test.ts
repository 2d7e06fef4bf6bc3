import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createCliLogger } from '../../../src/cli/log.js';
import type { Sample } from '../../../src/engine/types.js';

function stream(isTTY: boolean): { out: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const w = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  (w as { isTTY?: boolean }).isTTY = isTTY;
  return { out: w, text: () => text };
}

const sample: Sample = {
  elapsed_s: 1.25,
  cpu_percent: 97,
  rss_mb: 120.5,
  threads: 3,
  processes: 2,
  read_mb: 0,
  write_mb: 0,
  open_fds: 5,
};

describe('the CLI logger', () => {
  it('redraws one status line in place on a terminal and clears it before the next line', () => {
    const s = stream(true);
    const log = createCliLogger(s.out, false, (t) => t, {});
    log.status!(sample);
    log.info('done');
    expect(s.text()).toBe(
      '\r\x1b[K\x1b[2m⏱ 1.3 s  CPU 97%  RSS 120.5 MB  2 proc  3 thr\x1b[22m\r\x1b[K\x1b[2mpyrun:\x1b[22m done\n',
    );
  });

  it('prints plain lines without colour or status when not a terminal, or in CI', () => {
    for (const [tty, env] of [
      [false, {}],
      [true, { CI: 'true' }],
    ] as const) {
      const s = stream(tty);
      const log = createCliLogger(s.out, false, (t) => t, env);
      expect(log.status).toBeUndefined();
      log.warn('careful');
      expect(s.text()).toBe('pyrun: warning: careful\n');
    }
  });

  it('masks secrets in every line and stays quiet with -q except for warnings', () => {
    const s = stream(false);
    const log = createCliLogger(s.out, true, (t) => t.replaceAll('hunter2', '***'), {});
    log.info('hidden');
    log.warn('token hunter2 refused');
    expect(s.text()).toBe('pyrun: warning: token *** refused\n');
  });
});
