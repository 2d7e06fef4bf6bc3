import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  parseCallgrindFile,
  readInstructionCounts,
} from '../../../src/engine/execute/instructions/callgrind.js';
import { baselineQueryFor, baselineRunsSql } from '../../../src/engine/history/baseline-query.js';
import { instructionsLines } from '../../../src/engine/report/instructions-format.js';
import { fixtureRecord as runRecord } from '../../helpers/builders.js';

const file = (pid: number, cmd: string, total: number) =>
  `# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\npid: ${pid}\ncmd:  ${cmd}\npart: 1\n\n` +
  `desc: I1 cache:\ntimeframe (BB): 1\npositions: line\nevents: Ir\nsummary: ${total}\n\nfl=(1) x.c\nfn=(1) main\n` +
  `1 ${total}\n\ntotals: ${total}\n`;

describe('callgrind files', () => {
  it('give each process its pid, command line and total', () => {
    expect(parseCallgrindFile(file(41, '/usr/bin/python3 job.py --n 3', 123456789), 41)).toEqual({
      pid: 41,
      command: '/usr/bin/python3 job.py --n 3',
      count: 123456789,
    });
    // A process killed before it wrote its totals has none: it is left out, not counted as 0.
    expect(parseCallgrindFile('pid: 7\ncmd: x\nevents: Ir\n', 7)).toBeNull();
  });

  it('add up over the folder, valgrind logs and other files ignored', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pyrun-callgrind-'));
    writeFileSync(path.join(dir, 'callgrind.out.300'), file(300, 'py child', 5_000_000));
    writeFileSync(path.join(dir, 'callgrind.out.20'), file(20, 'py job.py', 150_000_000));
    writeFileSync(path.join(dir, 'callgrind.out.21'), 'pid: 21\ncmd: killed\n');
    writeFileSync(path.join(dir, 'valgrind.20.log'), '==20== Callgrind\n');
    const counts = await readInstructionCounts(dir);
    expect(counts).toEqual({
      total: 155_000_000,
      per_process: [
        { pid: 20, command: 'py job.py', count: 150_000_000 },
        { pid: 300, command: 'py child', count: 5_000_000 },
      ],
    });
    expect(await readInstructionCounts(path.join(dir, 'nowhere'))).toBeNull();
  });
});

describe('instrumented runs and the baseline', () => {
  it('choose only runs with a count for a counted run, and only runs without one for a plain run', () => {
    const plain = baselineRunsSql(baselineQueryFor(runRecord(), null)).sql;
    expect(plain).toContain('instructions IS NULL');
    const counted = baselineRunsSql(baselineQueryFor({ ...runRecord(), instructions: 1e8 }, null)).sql;
    expect(counted).toContain('instructions IS NOT NULL');
  });
});

describe('the report of where the instructions went', () => {
  it('lists processes largest first with their share, the note and the folder', () => {
    const lines = instructionsLines({
      ...runRecord(),
      instructions: 200,
      instrumentation: {
        tool: 'callgrind',
        pythonhashseed: '0',
        per_process: [
          { pid: 1, command: 'a', count: 50 },
          { pid: 2, command: 'b', count: 150 },
        ],
        out_dir: '/o',
        note: 'slowed',
      },
    });
    const rows = lines.filter((l) => /^\| \d/.test(l));
    expect(rows).toEqual(['| 2 | 150 | 75.0% | `b` |', '| 1 | 50 | 25.0% | `a` |']);
    expect(lines.join('\n')).toContain('`/o`');
    expect(lines.join('\n')).toContain('> slowed.');
    expect(instructionsLines(runRecord())).toEqual([]);
  });
});
