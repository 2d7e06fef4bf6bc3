// `npm run local-action [-- ENV_FILE]`: runs the action from source with @github/local-action, after creating the
// folders and the summary file the env file names (its cache stub and @actions/core expect them to exist).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const envFile = process.argv[2] ?? '.env';
if (!existsSync(envFile)) {
  console.error(`local-action: no ${envFile}; start from the example: cp .env.example .env`);
  process.exit(1);
}
const values = new Map();
for (const match of readFileSync(envFile, 'utf8').matchAll(/^([A-Z_]+)="?([^"\n]*)"?$/gm)) {
  values.set(match[1], match[2]);
}
for (const key of [
  'LOCAL_ACTION_WORKSPACE',
  'LOCAL_ACTION_CACHE_PATH',
  'LOCAL_ACTION_ARTIFACT_PATH',
  'RUNNER_TEMP',
]) {
  const dir = values.get(key);
  if (dir) mkdirSync(dir, { recursive: true });
}
const summary = values.get('GITHUB_STEP_SUMMARY');
if (summary) {
  mkdirSync(path.dirname(summary), { recursive: true });
  if (!existsSync(summary)) writeFileSync(summary, '');
}
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = spawnSync(npx, ['@github/local-action', '.', 'src/action/main.ts', envFile], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
