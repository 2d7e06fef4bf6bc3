/**
 * One execution of the script: start it, sample its tree on the clock, enforce the timeout, forward interruptions,
 * and return what the launcher and the sampler saw. Turning that into the run's metrics is ./measure.ts's work.
 */
import type { ExitReport, LaunchSpec, RunningScript, StartInfo } from './exec/types.js';
import type { Clock, HostCpuTicks, HostCpuWindow, ProcSource } from '../ports.js';
import { PortableSampler } from './sample/portable.js';
import { TreeSampler } from './sample/sampler.js';
import {
  addSample,
  emptyTotals,
  treeGone,
  type MeasuredSample,
  type SamplerTotals,
} from './sample/totals.js';
import { startTicker } from './sample/ticker.js';
import { pidWatch, startProbes } from './sample/probes.js';
import { endSurvivors, killPid } from './sample/survivors.js';
import { descendants } from './sample/tree.js';
import { calibrationOnCores } from './sample/calibration.js';
import { SeriesBuffer } from './sample/series-buffer.js';
import type { Sample } from '../types.js';

export interface ExecutionDeps {
  clock: Clock;
  proc: ProcSource;
  start(spec: LaunchSpec): RunningScript;
  /** `procfs` (Linux, exact) or `portable` (ps + pidusage, where there is no /proc). Default: by platform. */
  sampling?: 'procfs' | 'portable';
}

export interface ExecutionOptions {
  interval_s: number;
  /** Kill the whole tree after this many seconds; null for no limit. */
  timeout_s: number | null;
  /** Between SIGTERM and SIGKILL when ending the tree. */
  grace_s: number;
  onSample?(sample: Sample): void;
  /** Called with a function that ends the run early (SIGINT/SIGTERM to pyrun): it signals the script's group. */
  onInterruptible?(interrupt: (sig: NodeJS.Signals) => void): void;
  /** Called as soon as the script's process is started, before it reports its start. */
  onSpawned?(): void;
}

export interface Execution {
  start: StartInfo;
  exit: ExitReport;
  series: Sample[];
  totals: SamplerTotals;
  timed_out: boolean;
  /** The signal pyrun forwarded on an interruption, if any. */
  interrupted: NodeJS.Signals | null;
  /**
   * The machine's busy CPU ticks as the script started and as it ended, and the seconds between the two readings
   * (runs on Linux, local or remote; null elsewhere): ./measure.ts turns them into `neighbour_cores`.
   */
  host_cpu: HostCpuWindow | null;
  /**
   * The CPU milliseconds the launcher's fixed calibration loop took on the cores the script ran on, right after the
   * script ended (runs on Linux, local or remote; null elsewhere): the `calibration_ms` metric
   * (./sample/calibration.ts).
   */
  calibration_ms: number | null;
  /** `--instructions`: the tree's instruction count (./run-script.ts reads it from valgrind's files after the run). */
  instruction_count?: number | null;
}

export async function executeOnce(
  spec: LaunchSpec,
  deps: ExecutionDeps,
  opts: ExecutionOptions,
): Promise<Execution> {
  const { clock, proc } = deps;
  const running = deps.start(spec);
  opts.onSpawned?.();
  const start = await running.started; // throws when the script cannot start: nothing else to clean up
  const series = new SeriesBuffer();
  let ended = false;
  const take = (m: MeasuredSample) => {
    // A tick after the tree is gone (or before it began) is no sample of the script: no phantom zero.
    if (ended || treeGone(m)) return;
    series.push(m.sample);
    opts.onSample?.(m.sample);
  };
  let totals: SamplerTotals;
  let stopSampling = () => undefined as void;
  /** The machine's CPU as the script starts, where pyrun samples it here (a remote launcher reads its own). */
  let hostStart: { ticks: HostCpuTicks; at_ms: number } | null = null;
  /** After the run: end what survived a launcher that is gone (local /proc sampling only). */
  let endLeftovers = () => undefined as void;
  /** Where the tree's CPU time went, by core (local /proc sampling only). */
  let coreWeights: () => ReadonlyMap<number, number> = () => new Map();
  if (running.subscribeSamples) {
    totals = emptyTotals();
    const remoteTotals = totals;
    running.subscribeSamples((m) => {
      if (ended) return;
      addSample(remoteTotals, m);
      take(m);
    });
    coreWeights = () => running.coreWeights?.() ?? new Map<number, number>();
  } else if ((deps.sampling ?? (process.platform === 'linux' ? 'procfs' : 'portable')) === 'portable') {
    const sampler = new PortableSampler({
      rootPid: start.sampler_root_pid,
      includeRoot: start.sample_root_included === true,
      start_ms: clock.now_ms() - start.fork_age_ms,
    });
    totals = sampler.totals;
    let busy = false; // a slow `ps` must not pile ticks up
    const ticker = startTicker(clock, opts.interval_s, (now_ms) => {
      if (busy) return;
      busy = true;
      void sampler
        .measure(now_ms)
        .then(take, () => undefined)
        .finally(() => (busy = false));
    });
    stopSampling = () => ticker.stop();
  } else {
    const sampler = new TreeSampler(proc, {
      rootPid: start.sampler_root_pid,
      rootIsLauncher: true,
      clk_tck: start.clk_tck,
      page_size: start.page_size,
      start_ms: clock.now_ms() - start.fork_age_ms,
    });
    totals = sampler.totals;
    const ticks = proc.hostCpu?.() ?? null;
    if (ticks !== null) hostStart = { ticks, at_ms: clock.now_ms() };
    // Between samples, probes for the tree's peaks (./sample/probes.ts); a sample that finds a new process wakes them.
    const lastPid = proc.lastPid?.bind(proc);
    const probes = startProbes(clock, opts.interval_s, {
      probe: () => sampler.probe(),
      spawned: lastPid === undefined ? undefined : pidWatch(lastPid),
    });
    const ticker = startTicker(clock, opts.interval_s, (now_ms) => {
      const seen = sampler.distinct_processes;
      take(sampler.measure(now_ms));
      if (sampler.distinct_processes > seen) probes.wake();
    });
    stopSampling = () => {
      ticker.stop();
      probes.stop();
    };
    endLeftovers = () => void endSurvivors(proc, sampler.sampledProcesses(), killPid);
    coreWeights = () => sampler.coreWeights();
  }

  let timed_out = false;
  let interrupted: NodeJS.Signals | null = null;
  const timers: unknown[] = [];
  const end = (first: NodeJS.Signals) => {
    running.signal(first);
    timers.push(
      clock.setTimer(() => {
        running.signal('SIGKILL');
        if (running.killTree) running.killTree();
        // A descendant that left the script's process group (setsid) is still in the tree: end it by pid.
        else for (const p of descendants(proc, start.sampler_root_pid)) killPid(p.pid);
      }, opts.grace_s * 1000),
    );
  };
  if (opts.timeout_s !== null) {
    timers.push(
      clock.setTimer(() => {
        timed_out = true;
        end('SIGTERM');
      }, opts.timeout_s * 1000),
    );
  }
  opts.onInterruptible?.((sig) => {
    if (interrupted !== null) {
      running.signal('SIGKILL'); // a second Ctrl-C means now
      return;
    }
    interrupted = sig;
    end(sig);
  });

  try {
    const exit = await running.done;
    const hostEnd = hostStart === null ? null : (proc.hostCpu?.() ?? null);
    // The launcher's calibration loop ran before this reading: its CPU is pyrun's own, not a neighbour's.
    const launcherOwn_s = exit.calibration?.cpu_s ?? 0;
    // A remote launcher reads its own machine, and counts its calibration in its own CPU.
    const host_cpu: HostCpuWindow | null =
      hostStart === null || hostEnd === null
        ? (exit.host_cpu ?? null)
        : {
            start: hostStart.ticks,
            end: { ...hostEnd, own_cpu_s: hostEnd.own_cpu_s + launcherOwn_s },
            between_s: (clock.now_ms() - hostStart.at_ms) / 1000,
          };
    const calibration_ms =
      host_cpu === null ? null : calibrationOnCores(exit.calibration?.ms_by_cpu, coreWeights());
    // Without the launcher's report nothing reaped the tree: end any process of it that is still there.
    if (!exit.exact) endLeftovers();
    return {
      start,
      exit,
      series: series.samples(),
      totals,
      timed_out,
      interrupted,
      host_cpu,
      calibration_ms,
    };
  } finally {
    ended = true;
    stopSampling();
    for (const t of timers) clock.clearTimer(t);
  }
}
