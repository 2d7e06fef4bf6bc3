/**
 * `pyrun run`: flags → RunConfig → the engine's pipeline → its words on stderr and its exit code (PRODUCT.md §4).
 * Translation only: everything between config and record is the engine's.
 */
import { ConfigError, parseConfig, type RawOptions } from '../../config/parse.js';
import {
  configSecrets,
  LinuxProcSource,
  maskSecrets,
  PYRUN_VERSION,
  PyrunError,
  runPipeline,
  systemClock,
  type RunConfig,
} from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { gitIdentity } from '../git.js';
import { createCliLogger } from '../log.js';
import { rawOptionsFromFlags } from '../options.js';

export async function runCommand(
  script: string,
  args: string[],
  opts: Record<string, unknown>,
  ctx: CliContext,
): Promise<number> {
  const secrets: string[] = [];
  const log = createCliLogger(ctx.stderr, Boolean(opts.quiet), (text) => maskSecrets(text, secrets), ctx.env);
  const config = configFrom({ ...rawOptionsFromFlags(opts), script, args });
  secrets.push(...configSecrets(config));

  // SIGINT/SIGTERM before the script runs are held and delivered once it can be interrupted.
  const pending: NodeJS.Signals[] = [];
  let removeSignalHandler = ctx.onSignal((sig) => pending.push(sig));
  try {
    const result = await runPipeline(
      {
        configs: [config],
        facts: {
          base_dir: ctx.cwd,
          ...gitIdentity(ctx.env, ctx.cwd),
          is_pull_request: false,
          run_url: runUrl(ctx.env),
          pyrun_version: PYRUN_VERSION,
        },
        history: config.history ? { path: config.db_path, default_baseline_ref: null } : null,
        regressionFails: true,
      },
      {
        clock: systemClock,
        proc: new LinuxProcSource(),
        log,
        env: ctx.env,
        stdout: ctx.stdout,
        stderr: ctx.stderr,
        hooks: {
          onSample: log.status,
          onProgress: (message) => log.info(message),
          onInterruptible: (interrupt) => {
            removeSignalHandler();
            for (const sig of pending) interrupt(sig);
            removeSignalHandler = ctx.onSignal((sig) => {
              log.warn(`received ${sig}: stopping the script's process tree`);
              interrupt(sig);
            });
          },
        },
      },
    );
    log.endStatus();
    for (const line of result.explanation) log.info(line);
    if (opts.verbose) {
      const self = process.resourceUsage();
      log.info(
        `pyrun itself: peak RSS ${(self.maxRSS / 1024).toFixed(1)} MB, CPU ${((self.userCPUTime + self.systemCPUTime) / 1e6).toFixed(3)} s`,
      );
    }
    return result.exit_code;
  } finally {
    removeSignalHandler();
  }
}

function configFrom(raw: RawOptions): RunConfig {
  try {
    return parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) throw new PyrunError(error.problems.join('\n       '));
    throw error;
  }
}

/** A link to the CI run, where the CI says where it is (GitHub Actions, GitLab, Buildkite). */
function runUrl(env: NodeJS.ProcessEnv): string | null {
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return env.CI_JOB_URL || env.BUILDKITE_BUILD_URL || null;
}
