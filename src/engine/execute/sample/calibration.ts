/**
 * How fast the cores the script ran on ran ordinary interpreter work: the `calibration_ms` metric.
 *
 * A run on a shared VM can take 1.5–1.9× its usual CPU time while nothing in the VM looks busier: the host slows one
 * vCPU at a time, for seconds to minutes (another guest's thread on its hyperthread sibling), and the guest counts
 * the lost time as the script's own (no steal is reported). On this project's 2-core VM one core ran a fixed Python
 * loop in 0.65 ms while the other took 1.2 ms, and a minute later the other way round. Once the script's tree is
 * gone, the launcher (src/python/launcher.py, `calibrate`) times a fixed loop of Python work pinned on each core in
 * turn; the sampler has noted which cores the tree's CPU time went to (TreeSampler.coreWeights); the reading is
 * the loop's time on those cores, weighted by the script's CPU time on each. A loop timed on whichever core pyrun
 * happened to run on read a slowed script's machine as normal as often as not.
 */

/**
 * The loop's milliseconds on the cores the script ran on: the mean of the launcher's readings weighted by the
 * script's CPU time on each core, rounded to the microsecond. Without weights for any core that has a reading (a
 * script too short for the sampler to see where it ran), the slowest core's reading: a slow core may have been the
 * script's. An unpinned reading (key -1) stands for every core. Null without readings.
 */
export function calibrationOnCores(
  readings: ReadonlyMap<number, number> | undefined,
  weights: ReadonlyMap<number, number>,
): number | null {
  if (readings === undefined || readings.size === 0) return null;
  const unpinned = readings.get(-1);
  if (unpinned !== undefined) return round(unpinned);
  let sum = 0;
  let weight = 0;
  for (const [cpu, w] of weights) {
    const ms = readings.get(cpu);
    if (ms === undefined || !(w > 0)) continue;
    sum += ms * w;
    weight += w;
  }
  return round(weight > 0 ? sum / weight : Math.max(...readings.values()));
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
