/**
 * The pipeline's prepare step: everything that can be refused is refused here, before any script starts — rules,
 * export targets, the script and the interpreter, the executor's settings, a report path that is the history file.
 * A refusal is a PyrunError naming the input at fault (exit 125); what comes out is each run ready to execute, the
 * report files resolved, and the history file's path.
 */
import path from 'node:path';
import { hostname } from 'node:os';
import { AlertDispatcher, channelSecrets, type ChannelConfig } from './alerts/index.js';
import type { RunConfig } from './config.js';
import { chooseExecutor, type ExecutorChoice, type ExecutorIo } from './execute/exec/choose.js';
import { parseExportTargets, targetSecrets, type ExportTarget } from './report/export/index.js';
import type { CommitMode } from './history/open.js';
import { PyrunError } from './outcome.js';
import type { Logger } from './ports.js';
import { profilePaths } from './execute/profile/paths.js';
import type { ProfileFiles } from './execute/profile/run.js';
import type { ReportPaths } from './report/files.js';
import { parseAlert, parseGate, RuleError, type AlertRule, type GateRule } from './rules/index.js';
import type { RunSpec } from './execute/run-script.js';
import { launchLabel, type LaunchSpec, type RunningScript } from './execute/exec/types.js';
import { RunAlerts } from './alerts/run-alerts.js';
import { newRunId } from './run-id.js';
import { resolveValgrind } from './execute/instructions/valgrind.js';

/** Where `--instructions` runs keep their callgrind files, one folder per run, without --instructions-dir. */
export const DEFAULT_INSTRUCTIONS_DIR = '.pyrun/instructions';

/** Facts about where and why this run happens, which the faces read from their environment. */
export interface RunFacts {
  /** Directory relative paths (script, cwd, report files, --db) are resolved against. */
  base_dir: string;
  git_ref: string | null;
  git_sha: string | null;
  is_pull_request: boolean;
  /** A link to the CI run, for alerts. */
  run_url: string | null;
  pyrun_version: string;
}

export interface ParsedRules {
  gates: GateRule[];
  alerts: AlertRule[];
}

export interface PreparedRun {
  config: RunConfig;
  spec: RunSpec;
  /** Starts the script on the chosen executor. */
  start(launch: LaunchSpec): RunningScript;
  rules: ParsedRules;
  exports: ExportTarget[];
  /** Its alert rules, watching and firing to its channels (the alert step). */
  alerts: RunAlerts;
  /** `--profile`: where its files go; paths under `base_dir` (the script's directory) are shown relative. */
  profile: ProfileFiles | null;
  /** Every secret of this run (channel URLs, credentials): never printed. */
  secrets: string[];
}

/** Parses every rule; a bad one is a PyrunError naming the rule and the position. */
export function parseRules(gates: readonly string[], alerts: readonly string[]): ParsedRules {
  try {
    return { gates: gates.map((g) => parseGate(g)), alerts: alerts.map((a) => parseAlert(a)) };
  } catch (error) {
    if (error instanceof RuleError) throw new PyrunError(`bad rule: ${error.message}`);
    throw error;
  }
}

export function channelConfig(config: RunConfig): ChannelConfig {
  return {
    slack_webhook: config.slack_webhook,
    webhook_url: config.webhook_url,
    webhook_secret: config.webhook_secret,
    smtp_url: config.smtp_url,
    email_to: config.email_to,
  };
}

/** Every secret a configuration holds, so a face can mask it before anything prints. */
export function configSecrets(config: RunConfig): string[] {
  const secrets = channelSecrets(channelConfig(config));
  try {
    secrets.push(...parseExportTargets(config.exports).flatMap(targetSecrets));
  } catch {
    /* refused by prepareRun, with the input named */
  }
  return secrets;
}

/** Chooses where a run executes (the real choice: ./execute/exec/choose.ts; tests pass a fake executor). */
export type ExecutorChooser = (config: RunConfig, io: ExecutorIo) => ExecutorChoice;

export function prepareRun(
  config: RunConfig,
  facts: RunFacts,
  io: ExecutorIo,
  warn: (m: string) => void,
  choose: ExecutorChooser = chooseExecutor,
): PreparedRun {
  const rules = parseRules(config.gates, config.alerts);
  let exports: ExportTarget[];
  try {
    exports = parseExportTargets(config.exports);
  } catch (error) {
    const lines = (error as Error).message.split('\n');
    throw new PyrunError(lines.map((line) => `bad --export ${line}`).join('\n'));
  }
  const executor = choose(config, io);
  const run_id = newRunId();
  const profile = config.profile
    ? {
        ...profilePaths({
          run_id,
          base_dir: facts.base_dir,
          profile_dir: config.profile_dir,
          json_path: config.json_path,
        }),
        base_dir: io.cwd,
      }
    : null;
  const instructions = config.instructions
    ? {
        valgrind: resolveValgrind(executor.env.PATH, io.cwd),
        out_dir: path.join(
          path.resolve(facts.base_dir, config.instructions_dir ?? DEFAULT_INSTRUCTIONS_DIR),
          run_id,
        ),
      }
    : null;
  const spec: RunSpec = {
    name: config.name,
    launch: {
      python: executor.python,
      script: config.module ?? config.script,
      ...(config.module !== null ? { module: true } : {}),
      args: config.args,
      cwd: io.cwd,
      // Counts repeat only if str and bytes hashes do: a fixed seed unless the user chose one (it is recorded).
      env: instructions ? { PYTHONHASHSEED: '0', ...executor.env } : executor.env,
      ...(instructions ? { counter: instructions } : {}),
    },
    interval_s: config.interval_s,
    timeout_s: config.timeout_s,
    grace_s: config.grace_s,
    retries: config.retries,
    retry_delay_s: config.retry_delay_s,
    retry_backoff: config.retry_backoff,
    repeat: config.repeat,
    warmup: config.warmup,
    executor: config.executor,
    host:
      config.executor === 'ssh' ? config.ssh.host : config.executor === 'docker' ? config.docker_image : null,
    git_ref: facts.git_ref,
    git_sha: facts.git_sha,
    is_pull_request: facts.is_pull_request,
    pyrun_version: facts.pyrun_version,
    run_id,
  };
  const channels = channelConfig(config);
  const alertSink =
    channels.slack_webhook || channels.webhook_url || channels.smtp_url
      ? new AlertDispatcher(
          channels,
          {
            series: config.name,
            script: launchLabel(spec.launch),
            run_id,
            host: hostname(),
            run_url: facts.run_url,
          },
          { warn },
        )
      : null;
  return {
    config,
    spec,
    start: executor.start,
    rules,
    exports,
    alerts: new RunAlerts(rules.alerts, alertSink, warn),
    profile,
    secrets: configSecrets(config),
  };
}

/** Resolves a user's path against the directory the run was started from. */
export function resolveFrom(facts: Pick<RunFacts, 'base_dir'>, file: string): string {
  return path.resolve(facts.base_dir, file);
}

/** What the prepare step is asked: the runs' configs, the facts of where they run, and the history, if any. */
export interface PrepareRequest {
  /** One run, or a suite's runs in order. */
  configs: RunConfig[];
  facts: RunFacts;
  /** null: no history is read or written. */
  history: { path: string; mode: CommitMode } | null;
}

/** What the prepare step needs of the outside world. */
export interface PreparePorts extends Omit<ExecutorIo, 'cwd'> {
  log: Logger;
  /** Where runs execute (default: local, ssh or docker as each config says). */
  chooseExecutor?: ExecutorChooser;
}

export interface PreparedPipeline {
  runs: PreparedRun[];
  /** The report files, resolved (a suite's report paths are set once, at the suite level). */
  reports: ReportPaths;
  /** The history file, resolved; null without a history. */
  history: { file: string; mode: CommitMode } | null;
}

/** Refuses bad input (PyrunError, exit 125) and returns the runs ready to execute; nothing is started. */
export function preparePipeline(request: PrepareRequest, ports: PreparePorts): PreparedRun[] {
  return request.configs.map((config) =>
    prepareRun(
      config,
      request.facts,
      { ...ports, cwd: resolveFrom(request.facts, config.cwd ?? '.') },
      (message) => ports.log.warn(message),
      ports.chooseExecutor,
    ),
  );
}

/** The prepare step: the report files resolved, the runs prepared (preparePipeline), then no report may be the history file. */
export async function prepare(request: PrepareRequest, ports: PreparePorts): Promise<PreparedPipeline> {
  const reports = reportPathsOf(request.configs[0]!, request.facts);
  const runs = preparePipeline(request, ports);
  const history = request.history
    ? { file: resolveFrom(request.facts, request.history.path), mode: request.history.mode }
    : null;
  if (Object.values(reports).some(Boolean)) {
    // A report path that is a history (this run's or any other pyrun history), its lock, or a symlink to either:
    // refused before anything runs, with or without a history of its own.
    const { refuseReportOverHistory } = await import('./report/protect.js');
    await refuseReportOverHistory({ ...reports }, history === null ? [] : [history.file]);
  }
  return { runs, reports, history };
}

/** The report files a config asks for, resolved against the run's base directory. */
function reportPathsOf(config: RunConfig, facts: RunFacts): ReportPaths {
  const at = (file: string | null) => (file ? resolveFrom(facts, file) : null);
  return {
    json: at(config.json_path),
    junit: at(config.junit_path),
    tap: at(config.tap_path),
    summary: at(config.summary_path),
    html: at(config.html_path),
    benchmark_action: at(config.benchmark_action_path),
    bmf: at(config.bmf_path),
    hyperfine: at(config.hyperfine_path),
  };
}
