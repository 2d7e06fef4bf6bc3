/** Ending what outlived a lost launcher, on a scripted /proc: only the same (pid, start time), never a reused pid. */
import { describe, expect, it } from '@jest/globals';
import { endSurvivors } from '../../../src/engine/execute/sample/survivors.js';
import { ScriptedProcSource } from '../../helpers/fakes.js';

describe('endSurvivors', () => {
  it('kills a sampled process still there, and what it started since, parents first', () => {
    // 20 (the daemon that escaped) was sampled; 21 and 22 are its children, born after the last sample.
    const proc = new ScriptedProcSource().set([
      { pid: 1, ppid: 0 },
      { pid: 20, ppid: 1, starttime: 500 },
      { pid: 21, ppid: 20, starttime: 900 },
      { pid: 22, ppid: 21, starttime: 950 },
    ]);
    const killed: number[] = [];
    expect(endSurvivors(proc, [{ pid: 20, starttime: 500 }], (pid) => killed.push(pid))).toEqual([
      20, 21, 22,
    ]);
    expect(killed).toEqual([20, 21, 22]);
  });

  it('never hits a pid the kernel has given to another process, a gone one, or a zombie', () => {
    const proc = new ScriptedProcSource().set([
      { pid: 30, ppid: 1, starttime: 7777 }, // sampled at start time 100: a new process has that pid now
      { pid: 31, ppid: 30, starttime: 7800 }, // ...and its child is not ours either
      { pid: 40, ppid: 1, starttime: 200, state: 'Z' },
    ]);
    const killed: number[] = [];
    const sampled = [
      { pid: 30, starttime: 100 },
      { pid: 35, starttime: 150 },
      { pid: 40, starttime: 200 },
    ];
    expect(endSurvivors(proc, sampled, (pid) => killed.push(pid))).toEqual([]);
    expect(killed).toEqual([]);
  });

  it('kills each process once when a survivor is also the child of another', () => {
    const proc = new ScriptedProcSource(false).set([
      { pid: 50, ppid: 1, starttime: 1 },
      { pid: 51, ppid: 50, starttime: 2 },
    ]);
    const killed: number[] = [];
    endSurvivors(
      proc,
      [
        { pid: 51, starttime: 2 },
        { pid: 50, starttime: 1 },
      ],
      (pid) => killed.push(pid),
    );
    expect(killed.sort()).toEqual([50, 51]);
  });
});
