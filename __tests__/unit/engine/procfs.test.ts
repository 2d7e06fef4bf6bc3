import { describe, expect, it } from '@jest/globals';
import {
  parseChildren,
  parseHostCpu,
  parseIo,
  parseStat,
} from '../../../src/engine/execute/sample/procfs.js';

// Recorded from a real /proc/<pid>/stat, with a command name that contains spaces and a ')'.
const STAT =
  '4242 (my (odd) proc) S 4241 4242 4242 0 -1 4194560 12034 560 0 0 153 47 12 8 20 0 3 0 987654 ' +
  '123456789 25600 18446744073709551615 1 1 0 0 0 0 0 16781312 2 0 0 0 17 1 0 0 0 0 0';

describe('procfs parsers', () => {
  it('reads stat fields counted from the last parenthesis', () => {
    expect(parseStat(STAT)).toEqual({
      pid: 4242,
      ppid: 4241,
      state: 'S',
      utime: 153,
      stime: 47,
      cutime: 12,
      cstime: 8,
      num_threads: 3,
      starttime: 987654,
      processor: 1, // field 39: the core it last ran on
      rss_pages: 25600,
    });
  });

  it('returns null for text that is not a stat line (a process gone mid-read)', () => {
    expect(parseStat('')).toBeNull();
    expect(parseStat('4242 (trunc')).toBeNull();
    expect(parseStat('4242 (x) S 1 2')).toBeNull();
  });

  it('reads rchar and wchar from io', () => {
    const io = 'rchar: 50331648\nwchar: 1024\nsyscr: 10\nsyscw: 2\nread_bytes: 0\nwrite_bytes: 4096\n';
    expect(parseIo(io)).toEqual({ rchar: 50331648, wchar: 1024 });
    expect(parseIo('syscr: 1\n')).toBeNull();
  });

  it('reads children lists, including an empty one', () => {
    expect(parseChildren('12 13 14 ')).toEqual([12, 13, 14]);
    expect(parseChildren('')).toEqual([]);
  });
});

describe('parseHostCpu', () => {
  it('counts everything but idle and I/O wait as busy, steal included', () => {
    const stat = 'cpu  5751 10 3990 2001541 128 3 162 40 0 0\ncpu0 2875 5 1995 1000770 64 1 81 20 0 0\n';
    expect(parseHostCpu(stat)).toEqual({ busy_ticks: 5751 + 10 + 3990 + 3 + 162 + 40 });
    // an old kernel without the steal column
    expect(parseHostCpu('cpu 10 0 5 100 1\n')).toEqual({ busy_ticks: 15 });
    expect(parseHostCpu('intr 12 0 0\n')).toBeNull();
    expect(parseHostCpu('cpu 10 x 5 100\n')).toBeNull();
  });
});
