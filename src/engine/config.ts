/**
 * The typed configuration of one run, as the engine receives it. src/config parses flags, inputs and (later)
 * config files into this shape; nothing in the engine reads where a value came from.
 */
import type { ComparableMetric } from './metrics.js';

export interface SshConfig {
  host: string | null;
  user: string | null;
  port: number | null;
  /** A private key file (the action writes the key text it receives to a 0600 file first). */
  key: string | null;
  known_hosts: string | null;
  accept_unknown_host: boolean;
}

export interface RunConfig {
  /** The script path, or '' when `module` is set (exactly one of the two is given). */
  script: string;
  /** A module run as `python -m MODULE` does; null when running a script. */
  module: string | null;
  args: string[];
  python: string | null;
  cwd: string | null;
  name: string;
  env: Record<string, string>;
  interval_s: number;
  timeout_s: number | null;
  grace_s: number;
  retries: number;
  /** Seconds before the first retry (0: at once); each later wait is `retry_backoff` times longer. */
  retry_delay_s: number;
  retry_backoff: number;
  repeat: number;
  warmup: number;
  min_baseline_runs: number;
  /** The metrics the automatic verdict weighs (`--judge`; default: the metric table's judged rows). */
  judge: ComparableMetric[];
  /** Re-runs of a run that looks regressed, to confirm it (0: judge the run alone). */
  confirm_runs: number;
  gates: string[];
  alerts: string[];
  slack_webhook: string | null;
  webhook_url: string | null;
  webhook_secret: string | null;
  smtp_url: string | null;
  email_to: string | null;
  db_path: string;
  history: boolean;
  keep_runs: number;
  baseline_ref: string | null;
  json_path: string | null;
  junit_path: string | null;
  tap_path: string | null;
  summary_path: string | null;
  html_path: string | null;
  /** Files in other tools' formats (export/interop.ts): github-action-benchmark, Bencher's BMF, hyperfine. */
  benchmark_action_path: string | null;
  bmf_path: string | null;
  hyperfine_path: string | null;
  /** `--export KIND=TARGET` lines, parsed when the run is prepared. */
  exports: string[];
  executor: 'local' | 'ssh' | 'docker';
  ssh: SshConfig;
  docker_image: string | null;
  /** `docker run --memory` (a size as docker takes it, e.g. 512m), or null for none. */
  docker_memory: string | null;
  /** `docker run --cpus`, or null for none. */
  docker_cpus: number | null;
  /** `docker run --network` (default none). */
  docker_network: string;
  profile: boolean;
  profile_dir: string | null;
  /** `--instructions`: count the tree's instructions under valgrind (local executor only). */
  instructions: boolean;
  /** Where the callgrind files of `--instructions` runs go (default .pyrun/instructions), one folder per run. */
  instructions_dir: string | null;
}
