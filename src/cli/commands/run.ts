/**
 * `pyrun run`: flags (and the config file) → RunConfigs → the engine's pipeline → its words on stderr and its exit
 * code (docs/cli.md, "Exit codes"). Translation only: everything between config and record is the engine's.
 */
import type { Command } from 'commander';
import { ConfigError, type RawOptions } from '../../config/parse.js';
import { planRuns, type Plan } from '../../config/plan.js';
import {
  configSecrets,
  explain,
  maskSecrets,
  preparePipeline,
  PYRUN_VERSION,
  PyrunError,
  runPipeline,
  type PipelineRequest,
} from '../../engine/index.js';
import { compileCacheState, type CompileCacheState } from '../../compile-cache.js';
import type { CliContext } from '../context.js';
import { gitIdentity } from '../git.js';
import { createCliLogger } from '../log.js';
import { rawOptionsFromFlags } from '../options.js';
import { cliPorts } from '../ports.js';

interface RunFlags {
  config?: string;
  only?: string[];
  dryRun?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export async function runCommand(
  script: string | undefined,
  args: string[],
  command: Command,
  ctx: CliContext,
): Promise<number> {
  const opts = command.opts<RunFlags>();
  const git = gitIdentity(ctx.env, ctx.cwd); // runs while the config is read
  const secrets: string[] = [];
  const log = createCliLogger(ctx.stderr, Boolean(opts.quiet), (text) => maskSecrets(text, secrets), ctx.env);
  const plan = planFrom(positional(rawOptionsFromFlags(command), script, args), opts, ctx);
  for (const config of plan.runs) secrets.push(...configSecrets(config));
  for (const warning of plan.warnings) log.warn(warning);

  const first = plan.runs[0]!;
  const request: PipelineRequest = {
    configs: plan.runs,
    facts: {
      base_dir: ctx.cwd,
      ...(await git),
      is_pull_request: false,
      run_url: runUrl(ctx.env),
      pyrun_version: PYRUN_VERSION,
    },
    history: first.history ? { path: first.db_path, default_baseline_ref: null, mode: 'merge' } : null,
  };
  const { ports, dispose } = cliPorts(ctx, log);
  try {
    if (opts.dryRun) {
      const runs = preparePipeline(request, ports);
      const names = runs.map((r) => r.config.name).join(', ');
      log.info(
        `dry run: ${runs.length === 1 ? names : `${runs.length} scripts (${names})`} ready; nothing was run`,
      );
      return 0;
    }
    const result = await runPipeline(request, ports);
    log.endStatus();
    for (const record of result.records) {
      // A script that could not even start is pyrun's error (125): one line, shown even with --quiet.
      if (record.error !== undefined) log.error(record.error);
      else for (const line of explain(record)) log.info(line);
    }
    if (opts.verbose) {
      const self = process.resourceUsage();
      log.info(
        `pyrun itself: peak RSS ${(self.maxRSS / 1024).toFixed(1)} MB, CPU ${((self.userCPUTime + self.systemCPUTime) / 1e6).toFixed(3)} s; ${describeCompileCache(compileCacheState())}`,
      );
    }
    return result.exit_code;
  } finally {
    dispose();
  }
}

function describeCompileCache(cache: CompileCacheState): string {
  if (cache.kind === 'node') return "compile cache: Node's own";
  if (cache.kind === 'off') return `no compile cache (${cache.reason})`;
  const total = cache.cached + cache.compiled;
  return `compile cache: ${cache.cached} of ${total} chunks read from ${cache.dir}${cache.compiled ? ` (${cache.compiled} compiled, cached at exit)` : ''}`;
}

/** SCRIPT and its arguments; with `-m MODULE` every positional word is the module's argument. */
function positional(flags: RawOptions, script: string | undefined, args: string[]): RawOptions {
  if (script === undefined) return flags;
  if (flags.module !== undefined) return { ...flags, args: [script, ...args] };
  return { ...flags, script, args };
}

function planFrom(flags: RawOptions, opts: RunFlags, ctx: CliContext): Plan {
  try {
    return planRuns({
      cwd: ctx.cwd,
      config: opts.config ?? null,
      env: ctx.env,
      flags,
      only: opts.only ?? [],
    });
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
