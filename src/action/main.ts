/**
 * The action: inputs → the shared engine session → history in the Actions cache, job summary, sticky PR comment,
 * annotations and outputs. The step fails only for the script itself or for what `fail-on` names, with one line
 * that says why; infrastructure trouble is a warning and never fails it.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/parse.js';
import { alertSinkFor } from '../engine/alert-sink.js';
import { chooseExecutor, runSpecFor } from '../engine/exec/choose.js';
import { exportRun, parseExportTargets, targetSecrets, type ExportTarget } from '../engine/export/index.js';
import { PyrunError } from '../engine/outcome.js';
import { systemClock } from '../engine/ports.js';
import { RuleError } from '../engine/rules/index.js';
import { LinuxProcSource } from '../engine/sample/linux.js';
import { parseRules, runSession } from '../engine/session.js';
import { profilePaths } from '../engine/profile/index.js';
import { PYRUN_VERSION } from '../version.js';
import { historyCacheKeys, seriesIdentity } from './cache-key.js';
import { restoreHistory, saveHistory } from './cache.js';
import { readRunContext } from './context.js';
import { readInputs, type ActionSettings } from './inputs.js';
import { actionLogger as log } from './log.js';
import { publish } from './publish.js';

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await runAction(env);
  } catch (error) {
    if (error instanceof ConfigError) core.setFailed(`pyrun: bad input:\n${error.problems.join('\n')}`);
    else if (error instanceof RuleError) core.setFailed(`pyrun: bad rule: ${error.message}`);
    else if (error instanceof PyrunError) core.setFailed(`pyrun: ${error.message}`);
    else core.setFailed(`pyrun: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    core.setOutput('exit-code', '125');
  }
}

async function runAction(env: NodeJS.ProcessEnv): Promise<void> {
  const settings = readInputs();
  const { config } = settings;
  const rules = parseRules(config.gates, config.alerts);
  const exportTargets = readExportTargets();
  const gh = readRunContext(env);
  const cwd = path.resolve(config.cwd ?? '.');
  const workDir = path.join(gh.runner_temp, 'pyrun');
  mkdirSync(workDir, { recursive: true });
  const executor = chooseExecutor(config, {
    env,
    cwd,
    stdout: process.stdout,
    stderr: process.stderr,
    ...sshFiles(settings, workDir),
  });

  // History: restore the newest file by key prefix (the base branch's for a pull request), same path on save.
  const identity = seriesIdentity({
    workflow: gh.workflow,
    job: gh.job,
    series: config.name,
    matrix: settings.matrix,
  });
  const dbPath = path.join(workDir, `history-${identity}.sqlite`);
  const defaultRef = gh.default_branch ? `refs/heads/${gh.default_branch}` : null;
  const keys = historyCacheKeys({
    os: gh.runner_os,
    arch: gh.runner_arch,
    workflow: gh.workflow,
    job: gh.job,
    series: config.name,
    matrix: settings.matrix,
    run_id: gh.run_id,
    run_attempt: gh.run_attempt,
    ref: gh.ref,
    baseRef: gh.base_ref,
    defaultRef,
  });
  const useCache = settings.history === 'cache';
  if (useCache) {
    await core.group('pyrun: restore history', () =>
      restoreHistory({
        path: dbPath,
        keyPrefix: keys.restorePrefixes[0] as string,
        restorePrefixes: keys.restorePrefixes.slice(1),
        warn: log.warn,
        info: log.info,
      }),
    );
  }

  const spec = runSpecFor(config, executor, {
    cwd,
    git_ref: gh.ref_name,
    git_sha: gh.sha,
    is_pull_request: gh.is_pull_request,
    pyrun_version: PYRUN_VERSION,
  });
  const alertSink = alertSinkFor(config, spec, gh.run_url, log.warn);
  const baseline_ref = config.baseline_ref ?? gh.base_ref ?? gh.default_branch;
  const record = await runSession(
    {
      spec,
      rules,
      history: useCache
        ? { path: dbPath, baseline_ref, max_runs_per_series: config.keep_runs, mode: 'replace' }
        : null,
      regressionFails: settings.fail_on.includes('regression'),
      alertSink,
      profile: config.profile
        ? profilePaths({ run_id: spec.run_id as string, base_dir: path.resolve('.') })
        : null,
    },
    { clock: systemClock, proc: new LinuxProcSource(), start: executor.start, log },
  );

  if (exportTargets.length > 0) await exportRun(record, exportTargets, { warn: log.warn });

  await publish(record, settings, gh, workDir);

  if (useCache && (!gh.is_pull_request || settings.save_pull_request_history)) {
    await core.group('pyrun: save history', () =>
      saveHistory({ path: dbPath, key: keys.saveKey, warn: log.warn, info: log.info }),
    );
  }
}

/** Input 'export': one KIND=TARGET a line; passwords in URLs are masked in the log before anything prints. */
function readExportTargets(): ExportTarget[] {
  try {
    const targets = parseExportTargets(core.getInput('export').split(/\r?\n/));
    for (const secret of targets.flatMap(targetSecrets)) core.setSecret(secret);
    return targets;
  } catch (error) {
    throw new PyrunError(`bad input 'export': ${(error as Error).message}`);
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
