/**
 * A Python script whose wall time is `target_s` from its own process start, whatever Python's start-up costs on
 * a loaded machine: side-by-side stories then decide on a known difference, not on the machine's noise.
 */
export function pinned(target_s: number): string {
  return [
    'import os, time',
    `TARGET_S = ${target_s}`,
    "with open('/proc/self/stat') as f:",
    "    start_ticks = int(f.read().rsplit(')', 1)[1].split()[19])",
    "with open('/proc/uptime') as f:",
    '    uptime_s = float(f.read().split()[0])',
    "time.sleep(max(0.0, TARGET_S - (uptime_s - start_ticks / os.sysconf('SC_CLK_TCK'))))",
    '',
  ].join('\n');
}
