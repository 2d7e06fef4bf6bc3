// `npm run soak:history [-- --writers 4 --runs 50 --kills 20 --json]`: W loops of R `pyrun run --db H` on ONE
// history file, some pyrun CLI processes SIGKILLed at random moments of their life (before the history is read,
// while the script runs, while committing). Then: every run that finished is stored, nothing else is lost (stored
// == finished + at most the killed ones), SQLite's `PRAGMA integrity_check` says ok, and no script process
// outlived its killed pyrun (the launcher dies with pyrun and ends the tree it reaped). Uses the built
// dist/cli/index.js (run `npm run build` first). Prints a summary (JSON with --json); exits 1 when a check fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli/index.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}

const writers = option('writers', 4);
const runs = option('runs', 50);
const kills = option('kills', Math.round((writers * runs) / 10));
const asJson = process.argv.includes('--json');
/** Longest a kill waits after the spawn: spread over pyrun's whole life (startup, script, commit). */
const MAX_KILL_DELAY_MS = option('max-kill-delay-ms', 1500);

if (!existsSync(CLI)) {
  console.error(`soak: ${CLI} is missing; run \`npm run build\` first`);
  process.exit(2);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'pyrun-soak-'));
const db = path.join(dir, 'history.sqlite');
const script = path.join(dir, 'tiny.py');
// Long enough that some kills land while it runs, short enough for 200 runs.
writeFileSync(script, 'import time\ntime.sleep(0.2)\nprint("soak")\n');

// Which runs get killed, chosen up front: `kills` distinct (writer, run) pairs.
const doomed = new Set();
while (doomed.size < Math.min(kills, writers * runs)) {
  doomed.add(`${Math.floor(Math.random() * writers)}-${Math.floor(Math.random() * runs)}`);
}

const outcome = { finished: [], killed: 0, kill_missed: 0, failed: [] };

function runOnce(w, i) {
  const json = path.join(dir, `run-${w}-${i}.json`);
  const child = spawn(
    process.execPath,
    [CLI, 'run', '--db', db, '--interval', '0.05', '--name', 'soak', '--json', json, '-q', script],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: 'true' } },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d.toString()));
  let timer = null;
  if (doomed.has(`${w}-${i}`)) {
    timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * MAX_KILL_DELAY_MS));
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') outcome.killed++;
      else {
        if (doomed.has(`${w}-${i}`)) outcome.kill_missed++;
        if (existsSync(json)) outcome.finished.push(JSON.parse(readFileSync(json, 'utf8')).run_id);
        else outcome.failed.push(`writer ${w} run ${i}: exit ${code}, no record: ${stderr.trim()}`);
        if (/could not save the history/.test(stderr)) {
          outcome.failed.push(`writer ${w} run ${i}: ${stderr.trim()}`);
        }
      }
      resolve();
    });
  });
}

const started = Date.now();
await Promise.all(
  Array.from({ length: writers }, async (_, w) => {
    for (let i = 0; i < runs; i++) await runOnce(w, i);
  }),
);

const require = createRequire(import.meta.url);
const initSqlJs = require('sql.js');
const SQL = await initSqlJs();
const database = new SQL.Database(readFileSync(db));
const stored = new Set(database.exec('SELECT run_id FROM runs')[0]?.values.map((v) => String(v[0])) ?? []);
const integrity = String(database.exec('PRAGMA integrity_check')[0]?.values[0]?.[0]);
database.close();

const problems = [...outcome.failed];
const missing = outcome.finished.filter((id) => !stored.has(id));
if (missing.length > 0)
  problems.push(`${missing.length} finished runs are not stored: ${missing.join(', ')}`);
if (stored.size > outcome.finished.length + outcome.killed) {
  problems.push(
    `${stored.size} runs stored, more than ${outcome.finished.length} finished + ${outcome.killed} killed`,
  );
}
if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
const orphans = await survivors(script);
if (orphans.length > 0)
  problems.push(`${orphans.length} script processes outlived their pyrun: ${orphans.join(', ')}`);

/** Processes still running the soak's script once the launcher's grace after pyrun's death has passed. */
async function survivors(file) {
  const { readdirSync } = await import('node:fs');
  for (let waited_ms = 0; ; waited_ms += 250) {
    const found = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(file);
        } catch {
          return false;
        }
      });
    if (found.length === 0 || waited_ms >= 5000) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const summary = {
  writers,
  runs_per_writer: runs,
  spawned: writers * runs,
  finished: outcome.finished.length,
  killed: outcome.killed,
  kills_that_came_too_late: outcome.kill_missed,
  stored: stored.size,
  killed_but_stored: stored.size - (outcome.finished.length - missing.length),
  integrity_check: integrity,
  orphans: orphans.length,
  seconds: Math.round((Date.now() - started) / 100) / 10,
  ok: problems.length === 0,
  problems,
};
if (asJson) console.log(JSON.stringify(summary));
else {
  console.log(
    `soak: ${summary.spawned} runs by ${writers} writers, ${summary.killed} killed, ${summary.finished} finished; ` +
      `stored ${summary.stored} (${summary.killed_but_stored} of the killed had committed); ` +
      `integrity_check ${integrity}; ${summary.seconds} s`,
  );
  for (const p of problems) console.log(`soak: PROBLEM: ${p}`);
}
if (summary.ok) rmSync(dir, { recursive: true, force: true });
else console.error(`soak: files kept in ${dir}`);
process.exit(summary.ok ? 0 : 1);
