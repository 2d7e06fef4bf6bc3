/**
 * The action: inputs → the engine's pipeline → history back to the Actions cache, then what the action shows
 * (./publish.ts). The step fails only for the script itself or for what `fail-on` names, with the engine's own
 * words; infrastructure trouble is a warning and never fails it.
 */
import * as core from '@actions/core';
import { mkdirSync, mkdtempSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/parse.js';
import { planRuns } from '../config/plan.js';
import {
  configSecrets,
  EXIT_PYRUN_ERROR,
  LinuxProcSource,
  PYRUN_VERSION,
  PyrunError,
  runPipeline,
  showInvisible,
  systemClock,
  type PipelinePorts,
  type PipelineResult,
  type RunConfig,
  type RunFacts,
} from '../engine/index.js';
import { historyCacheKeys, seriesIdentity } from './cache-key.js';
import { saveHistory } from './cache.js';
import { checkPrivateCopy, writePrivateCopy, type PrivateCopy } from './history-copy.js';
import { pruneHistoryCaches, restoreMergedHistory } from './history-merge.js';
import { readRunContext, type RunContext } from './context.js';
import { compareWithBase, type BaseComparison } from './compare-base.js';
import { guardRunnerFileCommands, privateFileCommands, reportScriptWrites } from './file-commands.js';
import { inputLabel, readInputs, type ActionSettings } from './inputs.js';
import { actionLogger as log } from './log.js';
import { publish } from './publish.js';
import { writeActionSite } from './site.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runAction(env);
  } catch (error) {
    if (error instanceof ConfigError)
      core.setFailed(showInvisible(`pyrun: bad input:\n${error.problems.join('\n')}`));
    else if (error instanceof PyrunError) core.setFailed(showInvisible(`pyrun: ${error.message}`));
    else core.setFailed(`pyrun: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    core.setOutput('exit-code', String(EXIT_PYRUN_ERROR));
  }
}

async function runAction(env: NodeJS.ProcessEnv): Promise<void> {
  const settings = readInputs();
  const gh = readRunContext(env);
  const base_dir = path.resolve(settings.working_directory);
  const plan = planOrRefuse(
    () =>
      planRuns({
        cwd: base_dir,
        config: settings.config_file,
        env,
        flags: settings.flags,
        label: inputLabel,
      }),
    settings.problems,
  );
  for (const warning of plan.warnings) log.warn(warning);
  dropReadSecrets(env);
  const configs = plan.runs;
  // Secrets inside values (a password in an export URL, an SMTP URL) are masked before anything prints.
  for (const secret of configs.flatMap(configSecrets)) core.setSecret(secret);
  // One step, one history file, one comment and one check: named after the series, or the suite's file.
  const series = plan.suite && plan.file ? `suite ${plan.file.shown}` : configs[0]!.name;
  // The history's folder holds the history alone: the cache ties an entry to its path string, and the folder is
  // made anew, private, before the cache saves from it (./history-copy.ts). Everything else goes to a folder of
  // this run's own with a name the script cannot predict.
  const historyDir = path.join(gh.runner_temp, 'pyrun');
  mkdirSync(historyDir, { recursive: true });
  const workDir = mkdtempSync(path.join(gh.runner_temp, 'pyrun-work-'));

  // History: restore the newest file by key prefix (the base branch's for a pull request), same path on save.
  const useCache = settings.history === 'cache';
  const keyParts = { workflow: gh.workflow, job: gh.job, series, matrix: settings.matrix };
  const dbPath = path.join(historyDir, `history-${seriesIdentity(keyParts)}.sqlite`);
  const keys = historyCacheKeys({
    ...keyParts,
    os: gh.runner_os,
    arch: gh.runner_arch,
    run_id: gh.run_id,
    run_attempt: gh.run_attempt,
    ref: gh.ref,
    baseRef: gh.base_ref,
    defaultRef: gh.default_branch ? `refs/heads/${gh.default_branch}` : null,
  });
  // Overlapping runs of the series each saved an entry: restore the newest few and merge them by run id.
  const github = gh.owner
    ? { token: settings.github_token || null, apiUrl: gh.api_url, repository: `${gh.owner}/${gh.repo}` }
    : null;
  const restored = useCache
    ? await core.group('pyrun: restore history', () =>
        restoreMergedHistory({
          path: dbPath,
          keyPrefix: keys.restorePrefixes[0] as string,
          restorePrefixes: keys.restorePrefixes,
          github,
          warn: log.warn,
          info: log.info,
          notice: (message) => core.notice(message, { title: 'pyrun' }),
        }),
      )
    : { restoredKeys: [] as string[] };

  const safeName = series.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80);
  // In a folder of its own with a random name (mode 0700): the script cannot plant a FIFO or symlink at a path it
  // cannot predict.
  const reportJson = path.join(
    mkdtempSync(path.join(workDir, 'report-')),
    `${safeName}-${gh.run_id}-${gh.run_attempt}.json`,
  );
  const facts: RunFacts = {
    base_dir,
    git_ref: gh.ref_name,
    git_sha: gh.sha,
    is_pull_request: gh.is_pull_request,
    run_url: gh.run_url,
    pyrun_version: PYRUN_VERSION,
  };
  // The script's $GITHUB_ENV, $GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY… are private files of its own: nothing it
  // writes there is applied, and the runner's real files are put back as they were (./file-commands.ts).
  const scriptFiles = privateFileCommands(workDir);
  const ports: PipelinePorts = {
    clock: systemClock,
    proc: new LinuxProcSource(),
    log,
    env: { ...env, ...scriptFiles.env },
    stdout: process.stdout,
    stderr: process.stderr,
    ...sshFiles(settings, workDir),
  };
  // pyrun writes nothing to the runner's file commands from here until the guard restores them: every script of
  // the step (and the base's copy side by side) has ended, with every process it left, when `restore` runs.
  const runnerFiles = guardRunnerFileCommands(env);
  let result: PipelineResult;
  let base: BaseComparison | null;
  try {
    result = await runPipeline(
      {
        configs: configs.map((c) => ({ ...c, json_path: reportJson })),
        facts,
        history: useCache
          ? { path: dbPath, default_baseline_ref: gh.base_ref ?? gh.default_branch, mode: 'replace' }
          : null,
      },
      ports,
    );

    // History first: nothing the reports do may cost a run its place in the history.
    if (useCache && (!gh.is_pull_request || settings.save_pull_request_history)) {
      const written = result.history_bytes;
      await core.group('pyrun: save history', async () => {
        const saved = await saveHistoryCopy(dbPath, written, keys.saveKey);
        if (saved && settings.prune_history_caches) {
          await pruneHistoryCaches({
            github,
            savedKey: keys.saveKey,
            supersededKeys: restored.restoredKeys,
            warn: log.warn,
            info: log.info,
            notice: (message) => core.notice(message, { title: 'pyrun' }),
          });
        }
      });
    }
    base = await sideBySide(settings, gh, configs, facts, ports);
  } finally {
    for (const warning of runnerFiles.restore()) log.warn(warning);
  }
  const scriptWrites = reportScriptWrites(scriptFiles.collect());
  for (const warning of scriptWrites.warnings) log.warn(warning);
  await publish(
    result,
    {
      series,
      report_json: reportJson,
      junit_path: configs[0]!.junit_path ? path.resolve(base_dir, configs[0]!.junit_path) : null,
      tap_path: configs[0]!.tap_path ? path.resolve(base_dir, configs[0]!.tap_path) : null,
      base_dir,
      script_summary: scriptWrites.summary_markdown,
    },
    settings,
    gh,
    base,
  );
  if (settings.site_dir) {
    await core.group('pyrun: site', () =>
      writeActionSite(
        settings.site_dir as string,
        useCache ? dbPath : null,
        base_dir,
        gh,
        env.GITHUB_SERVER_URL,
      ),
    );
  }
}

/**
 * Saves the history pyrun wrote (`bytes`, from memory) to the cache from a private copy at `dbPath`, checked just
 * before and just after the cache client reads it (./history-copy.ts). Trouble is one warning; never throws.
 */
async function saveHistoryCopy(dbPath: string, bytes: Uint8Array | null, key: string): Promise<boolean> {
  if (bytes === null) {
    log.info('This run wrote no history (see the warnings above); nothing to save to the Actions cache.');
    return false;
  }
  let copy: PrivateCopy;
  try {
    copy = await writePrivateCopy(dbPath, bytes);
  } catch (error) {
    log.warn(
      `History not saved to the Actions cache: could not write its private copy at ${dbPath} ` +
        `(${error instanceof Error ? error.message : String(error)}). The run itself is unaffected.`,
    );
    return false;
  }
  let checked: Stats | undefined;
  return saveHistory({
    path: dbPath,
    key,
    warn: log.warn,
    info: log.info,
    checkBefore: async () => {
      const check = await checkPrivateCopy(copy);
      if (!check.ok) return check.problem;
      checked = check.stats;
      return null;
    },
    checkAfter: async () => {
      const check = await checkPrivateCopy(copy, checked);
      return check.ok ? null : check.problem;
    },
  });
}

/**
 * Once the inputs are read (they hold the token, webhook secrets, SSH keys), they and the OIDC request token, which
 * pyrun never uses, leave pyrun's own environment, so no process pyrun starts later (git, ssh, docker, valgrind)
 * inherits them. This cannot hide them from /proc/<pyrun's pid>/environ: Linux shows the environment block the
 * process started with, and unsetting a variable does not change it (docs/guarantees.md). The runtime token and
 * the cache service's URLs stay: @actions/cache reads them from the environment on every call.
 */
function dropReadSecrets(env: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(env)) {
    const upper = name.toUpperCase();
    if (upper.startsWith('INPUT_') || upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_')) delete env[name];
  }
}

/** `compare-with: base` on a pull request; trouble reaching the base commit is a warning, and history judges. */
async function sideBySide(
  settings: ActionSettings,
  gh: RunContext,
  configs: RunConfig[],
  facts: RunFacts,
  ports: PipelinePorts,
): Promise<BaseComparison | null> {
  if (settings.compare_with !== 'base') return null;
  if (!gh.is_pull_request || !gh.base_sha) {
    log.info('compare-with: base applies to pull_request events; this run is judged by its history');
    return null;
  }
  try {
    return await core.group('pyrun: side by side with the base', () =>
      compareWithBase(configs, gh.base_sha as string, facts, ports),
    );
  } catch (error) {
    if (!(error instanceof PyrunError)) throw error;
    log.warn(`${error.message}; this pull request is judged by its history alone`);
    return null;
  }
}

/** The action receives the SSH key and known hosts as text (secrets): they go to private files for the client. */
function sshFiles(
  settings: ActionSettings,
  workDir: string,
): { ssh_key_file?: string; ssh_known_hosts_file?: string } {
  const files: { ssh_key_file?: string; ssh_known_hosts_file?: string } = {};
  if (settings.ssh_key_text) {
    files.ssh_key_file = path.join(workDir, 'ssh-key');
    writeFileSync(files.ssh_key_file, settings.ssh_key_text.replace(/\r\n/g, '\n').replace(/\n?$/, '\n'), {
      mode: 0o600,
    });
  }
  if (settings.ssh_known_hosts) {
    files.ssh_known_hosts_file = path.join(workDir, 'known_hosts');
    writeFileSync(files.ssh_known_hosts_file, `${settings.ssh_known_hosts}\n`, { mode: 0o600 });
  }
  return files;
}

/** Plans the runs; every bad input, of the action's own and of the run options, is refused together. */
function planOrRefuse<T>(plan: () => T, problems: string[]): T {
  let planned: T | null = null;
  const all = [...problems];
  try {
    planned = plan();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    all.unshift(...error.problems);
  }
  if (all.length > 0 || planned === null) throw new ConfigError(all);
  return planned;
}
