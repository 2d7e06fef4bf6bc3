/**
 * What the remote launcher (src/python/remote.py) says, turned into the executor vocabulary (./types.ts), and
 * what pyrun asks it. Pure: parsing and validation only. Its exit report is the local launcher's
 * (./launcher-report.ts); its /proc snapshots are read by ../sample/snapshot.ts.
 */
import type { StartInfo } from './types.js';

/** The first frame pyrun sends: what to run and how to measure it. */
export interface StartRequest {
  op: 'start';
  interval_s: number;
  /** Between SIGTERM and SIGKILL when the launcher ends the tree itself (connection lost, `end`). */
  grace_s: number;
  args: string[];
  /** Variables added to the launcher's own environment for the script; null keeps it as it is. */
  env: Record<string, string> | null;
  /** Shipped script: its bytes (base64) and file name; it runs in a private temporary directory. */
  script_b64?: string;
  script_name?: string;
  /** Script already present where it runs (a mounted directory). */
  script_path?: string;
  cwd?: string;
  /**
   * The launcher's memory cgroup is the script's own (a container's): report whether its OOM killer struck while
   * the script ran. Never for an SSH host, whose cgroup is shared with everything else there.
   */
  oom_cgroup?: boolean;
  /**
   * Once the tree is gone, time the calibration loop on each core (the `calibration_ms` metric; the local launcher's
   * --calibrate).
   */
  calibrate?: boolean;
}

export type ControlRequest = { op: 'signal'; signal: NodeJS.Signals } | { op: 'kill' } | { op: 'end' };

type Message = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** What a remote launcher says about where it runs, beyond `StartInfo` (its pids are that host's). */
export interface RemoteStartInfo extends StartInfo {
  /** `sys.platform` there (linux). */
  platform: string | null;
  /** `uname -m` there (x86_64, aarch64). */
  machine: string | null;
}

/** `uname -m` in Node's words, so a remote run's fingerprint matches a local one on the same hardware. */
export function nodeArch(machine: string | null): string | null {
  if (machine === null) return null;
  const names: Record<string, string> = {
    x86_64: 'x64',
    amd64: 'x64',
    aarch64: 'arm64',
    arm64: 'arm64',
    i686: 'ia32',
    i386: 'ia32',
  };
  return names[machine] ?? machine;
}

export function startInfoFrom(m: Message, spawnedAt_ms: number): RemoteStartInfo {
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    platform: text(m.platform),
    machine: text(m.machine),
    script_pid: num(m.pid) ?? -1,
    sampler_root_pid: num(m.sampler_root_pid) ?? -1,
    clk_tck: num(m.clk_tck) ?? 100,
    page_size: num(m.page_size) ?? 4096,
    python_version: typeof m.python_version === 'string' ? m.python_version : '',
    spawned_at_ms: spawnedAt_ms,
    // Remote samples carry their own elapsed time, dated from the fork on the remote clock.
    fork_age_ms: 0,
    os: text(m.platform),
    arch: nodeArch(text(m.machine)),
  };
}

/**
 * Variables that describe the machine pyrun runs on, not the one the script runs on: never sent to a remote host
 * or a container (the remote side keeps its own).
 */
const HOST_ONLY_VARIABLES = [
  /^(PATH|HOME|USER|LOGNAME|SHELL|PWD|OLDPWD|HOSTNAME|HOSTTYPE|MAIL|SHLVL|_|TERM|TERMCAP|COLUMNS|LINES)$/,
  /^(TMPDIR|TMP|TEMP|DISPLAY|XAUTHORITY|LD_LIBRARY_PATH|LD_PRELOAD|VIRTUAL_ENV|CONDA_PREFIX)$/,
  /^(PYTHONHOME|PYTHONPATH|PYTHONSTARTUP|PYTHONUSERBASE|PYTHONEXECUTABLE)$/,
  /^SSH_/,
  /^XDG_/,
  /^DOCKER_/,
  /^PYENV/,
  /^DBUS_/,
];

/** The part of the script's environment that travels to where it runs. */
export function remoteEnvironment(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) continue;
    if (HOST_ONLY_VARIABLES.some((re) => re.test(key))) continue;
    out[key] = value;
  }
  return out;
}
