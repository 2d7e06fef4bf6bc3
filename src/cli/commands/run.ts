/**
 * `pyrun run`: flags → Config → the engine's run → record, reports, history → exit code (PRODUCT.md §4).
 */
import path from 'node:path';
import { alertSinkFor, configSecrets } from '../../engine/alert-sink.js';
import { maskSecrets } from '../../engine/alerts/index.js';
import { ConfigError, parseConfig, type RawOptions } from '../../config/parse.js';
import { chooseExecutor, runSpecFor } from '../../engine/exec/choose.js';
import { exportRun, parseExportTargets, targetSecrets } from '../../engine/export/index.js';
import { exitCodeFor, PyrunError } from '../../engine/outcome.js';
import { systemClock } from '../../engine/ports.js';
import { RuleError } from '../../engine/rules/index.js';
import { parseRules, runSession } from '../../engine/session.js';
import { profilePaths } from '../../engine/profile/index.js';
import { LinuxProcSource } from '../../engine/sample/linux.js';
import { PYRUN_VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { gitIdentity } from '../git.js';
import { createCliLogger } from '../log.js';
import { describeRun } from '../describe.js';
import { writeOutputs } from '../outputs.js';
import { HistoryStore } from '../../engine/history/index.js';
import type { RunRecord } from '../../engine/types.js';
import type { Config } from '../../config/parse.js';

export async function runCommand(
  script: string,
  args: string[],
  opts: Record<string, unknown>,
  ctx: CliContext,
): Promise<number> {
  const secrets: string[] = [];
  const log = createCliLogger(ctx.stderr, Boolean(opts.quiet), (text) => maskSecrets(text, secrets), ctx.env);
  const raw: RawOptions = { script, args };
  for (const [key, value] of Object.entries(opts)) {
    const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    (raw as Record<string, unknown>)[name] = value;
  }
  const config = (() => {
    try {
      return parseConfig(raw);
    } catch (error) {
      if (error instanceof ConfigError) throw new PyrunError(error.problems.join('\n       '));
      throw error;
    }
  })();
  secrets.push(...configSecrets(config));
  const rules = (() => {
    try {
      return parseRules(config.gates, config.alerts);
    } catch (error) {
      if (error instanceof RuleError) throw new PyrunError(`bad rule: ${error.message}`);
      throw error;
    }
  })();
  const exportTargets = (() => {
    try {
      return parseExportTargets((opts.export as string[] | undefined) ?? []);
    } catch (error) {
      throw new PyrunError(
        (error as Error).message
          .split('\n')
          .map((line) => `bad --export ${line}`)
          .join('\n       '),
      );
    }
  })();
  secrets.push(...exportTargets.flatMap(targetSecrets));
  const cwd = path.resolve(ctx.cwd, config.cwd ?? '.');
  const executor = chooseExecutor(config, { env: ctx.env, cwd, stdout: ctx.stdout, stderr: ctx.stderr });
  const git = gitIdentity(ctx.env, cwd);

  const spec = runSpecFor(config, executor, {
    cwd,
    ...git,
    is_pull_request: false,
    pyrun_version: PYRUN_VERSION,
  });
  const alertSink = alertSinkFor(config, spec, runUrl(ctx.env), (message) => log.warn(message));

  let removeSignalHandler = () => undefined as void;
  const pendingSignals: NodeJS.Signals[] = [];
  removeSignalHandler = ctx.onSignal((sig) => pendingSignals.push(sig));
  try {
    const record = await runSession(
      {
        spec,
        rules,
        history: config.history
          ? {
              path: path.resolve(ctx.cwd, config.db_path),
              baseline_ref: config.baseline_ref,
              max_runs_per_series: config.keep_runs,
            }
          : null,
        regressionFails: true,
        alertSink,
        profile: config.profile
          ? profilePaths({
              run_id: spec.run_id as string,
              base_dir: ctx.cwd,
              profile_dir: config.profile_dir,
              json_path: config.json_path,
            })
          : null,
      },
      { clock: systemClock, proc: new LinuxProcSource(), start: executor.start, log },
      {
        onSample: log.status,
        onProgress: (message) => log.info(message),
        onInterruptible: (interrupt) => {
          removeSignalHandler();
          for (const sig of pendingSignals) interrupt(sig);
          removeSignalHandler = ctx.onSignal((sig) => {
            log.warn(`received ${sig}: stopping the script's process tree`);
            interrupt(sig);
          });
        },
      },
    );
    log.endStatus();
    await writeOutputs(
      record,
      config,
      log,
      config.html_path && config.history ? await pastRuns(config, ctx, record) : [],
    );
    if (exportTargets.length > 0) await exportRun(record, exportTargets, { warn: (m) => log.warn(m) });
    log.info(describeRun(record));
    if (opts.verbose) {
      const self = process.resourceUsage();
      log.info(
        `pyrun itself: peak RSS ${(self.maxRSS / 1024).toFixed(1)} MB, CPU ${((self.userCPUTime + self.systemCPUTime) / 1e6).toFixed(3)} s`,
      );
    }
    return exitCodeFor(record);
  } finally {
    removeSignalHandler();
  }
}

/** Earlier runs of the series for the HTML report's history charts (oldest first, this run last). */
async function pastRuns(config: Config, ctx: CliContext, record: RunRecord): Promise<RunRecord[]> {
  try {
    const store = await HistoryStore.open(path.resolve(ctx.cwd, config.db_path));
    try {
      return store
        .listRuns({ name: record.name, last: 100 })
        .reverse()
        .map((r) => ({ ...r, series: [] }));
    } finally {
      store.close();
    }
  } catch {
    return [];
  }
}

/** A link to the CI run, where the CI says where it is (GitHub Actions, GitLab, Buildkite). */
function runUrl(env: NodeJS.ProcessEnv): string | null {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return env.CI_JOB_URL || env.BUILDKITE_BUILD_URL || null;
}
