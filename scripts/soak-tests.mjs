// `npm run soak:tests [-- RUNS [HOGS]]`: the whole jest suite RUNS times in a row (default 10) while HOGS busy
// loops (default 1: one of a 2-core machine's cores) keep the machine loaded, as a shared CI machine is. Prints
// each run's outcome and time and the median; exits 1 if any run failed. The first failing run's output is kept
// in $TMPDIR/pyrun-soak-tests-<n>.log.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[2] ?? 10);
const hogs = Number(process.argv[3] ?? 1);
if (!(Number.isInteger(runs) && runs > 0) || !(Number.isInteger(hogs) && hogs >= 0)) {
  console.error('usage: npm run soak:tests -- [RUNS (≥ 1)] [HOGS (≥ 0)]');
  process.exit(2);
}

// Each busy loop also ends when this script is gone (its parent changes), however this script ended.
const HOG =
  'const p = process.ppid; for (;;) { for (let i = 0; i < 1e7; i++) Math.sqrt(i); if (process.ppid !== p) break; }';
const busy = Array.from({ length: hogs }, () => spawn(process.execPath, ['-e', HOG], { stdio: 'ignore' }));
const stopHogs = () => busy.forEach((child) => child.kill('SIGKILL'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

function runSuite() {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['test', '--silent'], { env: { ...process.env, CI: 'true' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, seconds: (Date.now() - started) / 1000, output }));
  });
}

const times = [];
let failures = 0;
console.log(`jest suite ${runs} times with ${hogs} busy loop(s) on ${os.cpus().length} cores`);
for (let i = 1; i <= runs; i += 1) {
  const { code, seconds, output } = await runSuite();
  times.push(seconds);
  const tests = /Tests:\s+(.*)/.exec(output)?.[1] ?? '';
  console.log(
    `run ${i}: ${code === 0 ? 'green' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s  ${tests}`,
  );
  if (code !== 0) {
    failures += 1;
    const log = path.join(os.tmpdir(), `pyrun-soak-tests-${i}.log`);
    writeFileSync(log, output);
    console.log(`  output: ${log}`);
    for (const line of output
      .split('\n')
      .filter((l) => /●|FAIL /.test(l))
      .slice(0, 10))
      console.log(`  ${line}`);
  }
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor((sorted.length - 1) / 2)];
console.log(`${runs - failures} of ${runs} green; median ${median.toFixed(0)} s`);
process.exit(failures === 0 ? 0 : 1);
