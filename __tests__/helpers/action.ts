/**
 * Runs the built action exactly as the runner does: `node dist/action/index.js` with an INPUT_* variable for every
 * input (action.yml's defaults applied, `${{ github.token }}` resolved), pre-created file commands
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE), an event payload, and a fresh
 * RUNNER_TEMP each run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionSection } from './action-yml.js';
import { ROOT, tempDir } from './pyrun.js';

export const ACTION = path.join(ROOT, 'dist/action/index.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Each file command's whole text after the step, by variable (GITHUB_OUTPUT, GITHUB_ENV…). */
  files: Record<string, string>;
}

/** The runner's file commands: a fresh, empty file each per step. */
export const FILE_COMMAND_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
] as const;

export interface ActionEvent {
  name: 'push' | 'pull_request';
  ref: string;
  ref_name: string;
  pr?: { number: number; base: string; head: string; base_sha?: string; head_sha?: string };
  run_id: number;
}

export function eventEnv(event: ActionEvent, dir: string): Record<string, string> {
  const payload =
    event.name === 'pull_request'
      ? {
          number: event.pr!.number,
          pull_request: {
            number: event.pr!.number,
            base: { ref: event.pr!.base, ...(event.pr!.base_sha ? { sha: event.pr!.base_sha } : {}) },
            head: { ref: event.pr!.head, ...(event.pr!.head_sha ? { sha: event.pr!.head_sha } : {}) },
          },
          repository: { default_branch: 'main' },
        }
      : { ref: event.ref, repository: { default_branch: 'main' } };
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REF: event.ref,
    GITHUB_REF_NAME: event.ref_name,
    ...(event.pr ? { GITHUB_HEAD_REF: event.pr.head, GITHUB_BASE_REF: event.pr.base } : {}),
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'octo/etl',
    GITHUB_RUN_ID: String(event.run_id),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'perf',
    GITHUB_JOB: 'pyrun',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

/**
 * A runner's RUNNER_TEMP and workspace sit at the same paths in every job (the cache ties an entry to its
 * paths), but start empty: each run gets them wiped, so history can only come back through the cache.
 */
const RUNNER_ROOT = tempDir('pyrun-runner-');

export function runAction(
  inputs: Record<string, string>,
  event: ActionEvent,
  env: Record<string, string> = {},
  token = 'ghs_defaultTokenForTests',
  /** Text a file command holds when the step starts (default: empty). */
  fileContents: Partial<Record<(typeof FILE_COMMAND_VARIABLES)[number], string>> = {},
): Promise<ActionRun> {
  const dir = tempDir('pyrun-action-');
  const temp = path.join(RUNNER_ROOT, '_temp');
  const workspace = path.join(RUNNER_ROOT, 'workspace');
  for (const d of [temp, workspace]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d);
  }
  const fileCommands: Record<string, string> = {};
  for (const variable of FILE_COMMAND_VARIABLES) {
    fileCommands[variable] = path.join(dir, variable.toLowerCase());
    writeFileSync(fileCommands[variable], fileContents[variable] ?? '');
  }
  const outputFile = fileCommands.GITHUB_OUTPUT!;
  const summaryFile = fileCommands.GITHUB_STEP_SUMMARY!;
  const inputEnv: Record<string, string> = {};
  // A check run needs the GitHub API: on by default only where a test gives the API stand-in, so no test reaches
  // out of loopback (and none counts a warning about an API it never meant to call).
  const defaults: Record<string, string> = { 'check-run': env.GITHUB_API_URL ? 'true' : 'false' };
  for (const field of actionSection('inputs').values()) {
    let value = inputs[field.name] ?? defaults[field.name] ?? field.default ?? '';
    if (value === '${{ github.token }}') value = token;
    inputEnv[`INPUT_${field.name.toUpperCase()}`] = value;
  }
  const child = spawn(process.execPath, [ACTION], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      RUNNER_TEMP: temp,
      GITHUB_WORKSPACE: workspace,
      ...fileCommands,
      ...eventEnv(event, dir),
      ...inputEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the action did not finish in time\n${stdout}\n${stderr}`));
    }, 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        files: Object.fromEntries(
          Object.entries(fileCommands).map(([variable, file]) => [variable, readFileSync(file, 'utf8')]),
        ),
      });
    });
  });
}
