/**
 * The runner's file commands ($GITHUB_ENV, $GITHUB_PATH, $GITHUB_OUTPUT, $GITHUB_STATE, $GITHUB_STEP_SUMMARY) and a
 * script that forges through them: the built action as the runner starts it, a real Python script that appends to
 * the files its environment names and to the runner's real ones, which it finds in /proc/<pid>/environ of an
 * ancestor. Nothing it writes is applied; its summary text is shown apart as plain text; values never print.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runAction, type ActionEvent, type ActionRun } from '../../helpers/action.js';
import { fixture, tempDir } from '../../helpers/pyrun.js';
import { startCacheService, type CacheServiceStandIn } from '../../helpers/servers/cache-service.js';

let cache: CacheServiceStandIn;
let run: ActionRun;
const push: ActionEvent = { name: 'push', ref: 'refs/heads/main', ref_name: 'main', run_id: 7100 };
/** What the step's files held before pyrun started (an earlier line of the runner's own, in $GITHUB_ENV). */
const BEFORE = { GITHUB_ENV: 'KEPT_BY_THE_RUNNER=1\n' };

beforeAll(async () => {
  cache = await startCacheService();
  run = await runAction(
    { script: fixture('forge_file_commands.py'), name: 'forger', interval: '0.1', comment: 'never' },
    push,
    cache.env,
    undefined,
    BEFORE,
  );
}, 90_000);
afterAll(async () => {
  await cache.close();
});

const warnings = () => run.stdout.split('\n').filter((l) => l.startsWith('::warning'));

describe('a script writing to the file commands', () => {
  it('found the runner’s real files (else this test would prove nothing)', () => {
    expect([run.code, run.stderr]).toEqual([0, '']);
    for (const variable of [
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY',
    ]) {
      expect(run.stdout).toContain(`FOUND ${variable}`);
    }
  });

  it('applies nothing: the runner’s files hold exactly what they held before, plus pyrun’s own outputs', () => {
    expect(run.files.GITHUB_ENV).toBe(BEFORE.GITHUB_ENV);
    expect(run.files.GITHUB_PATH).toBe('');
    expect(run.files.GITHUB_STATE).toBe('');
    // pyrun's outputs are written after the script, in the runner's heredoc form; no line of the script's is left.
    expect(run.files.GITHUB_OUTPUT).not.toMatch(/^(status=passed|regressed=false|exit-code=0)$/m);
    expect(run.outputs.status).toBe('passed');
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.summary).not.toContain('forged in the runner');
  });

  it('warns for each real file the script appended to, naming variables, never values', () => {
    const real = warnings().filter((w) => /the runner's \$\w+ file/.test(w));
    expect(real).toHaveLength(5);
    expect(real.join('\n')).toMatch(
      /appended \d+ bytes to the runner's \$GITHUB_ENV file during its run \(variable NODE_OPTIONS\); removed/,
    );
    for (const variable of ['GITHUB_PATH', 'GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      expect(real.some((w) => w.includes(`runner's $${variable} file`))).toBe(true);
    }
  });

  it('warns for each private file the script wrote, naming variables, never values', () => {
    const own = warnings().filter((w) => w.includes('not applied: pyrun applies nothing'));
    expect(own.find((w) => w.includes('its $GITHUB_ENV'))).toMatch(/variables NODE_OPTIONS, FORGED_SECRET\)/);
    expect(own.find((w) => w.includes('its $GITHUB_OUTPUT'))).toMatch(/outputs status, regressed\)/);
    expect(own.find((w) => w.includes('its $GITHUB_STATE'))).toMatch(/state forged_state\)/);
    expect(own.find((w) => w.includes('its $GITHUB_PATH'))).toMatch(/1 PATH entry\)/);
    for (const text of [run.stdout, run.summary, JSON.stringify(run.files)]) {
      for (const value of [
        'value-s3cret',
        '/tmp/forged-preload.js',
        '/tmp/forged-real.js',
        'forged-bin',
        'forged-real-bin',
      ]) {
        expect(text.includes(value)).toBe(false);
      }
    }
  });

  it('shows the script’s summary text apart, after pyrun’s report, as plain text in a fence it cannot close', () => {
    const heading = '### Written by the script to `$GITHUB_STEP_SUMMARY`';
    const at = run.summary.indexOf(heading);
    expect(at).toBeGreaterThan(0);
    const ours = run.summary.slice(0, at);
    const theirs = run.summary.slice(at);
    expect(ours).toContain('`forger`');
    expect(ours).not.toContain('forged by the script');
    // The script's text sits between a five-backtick fence (its own line of four cannot close it) and its close.
    const block = /\n(`{5,})text\n([\s\S]*?)\n\1\n/.exec(theirs);
    expect(block).not.toBeNull();
    expect(block![2]).toContain('## ✅ pyrun: every gate passed (forged by the script)');
    expect(block![2]).toContain('<img src=x onerror=alert(1)> @octocat #1');
    // The right-to-left override is shown as an escape, never raw.
    expect(block![2]).toContain('# not a heading\\u202Egnp.exe');
    expect(run.summary.includes('\u202e')).toBe(false);
    // Nothing of the script's text stands outside the fence.
    expect(theirs.replace(block![0], '')).not.toMatch(/forged|onerror|octocat/);
  });
});

/** Finds the runner's files as the fixture does, then rewrites one in place, replaces one and removes one. */
const REWRITER = `
import os
def parent_of(pid):
    stat = open("/proc/%d/stat" % pid).read()
    return int(stat[stat.rindex(")") + 2 :].split()[1])
pid, real = os.getpid(), {}
while pid > 1 and len(real) < 3:
    pid = parent_of(pid)
    try:
        entries = open("/proc/%d/environ" % pid, "rb").read().split(b"\\0")
    except OSError:
        continue
    for k, _, v in (e.partition(b"=") for e in entries):
        name = k.decode()
        if name in ("GITHUB_ENV", "GITHUB_PATH", "GITHUB_STATE") and v.decode() != os.environ[name]:
            real[name] = v.decode()
with open(real["GITHUB_ENV"], "r+") as f:
    kept = f.read()
    f.seek(0)
    f.write("X" * (len(kept) - 1) + "\\n")
os.rename(real["GITHUB_PATH"], real["GITHUB_PATH"] + ".moved")
with open(real["GITHUB_PATH"], "w") as f:
    f.write("/tmp/forged-bin\\n")
os.remove(real["GITHUB_STATE"])
print("REWROTE", sorted(real))
`;

describe('a script that rewrites, replaces or removes the runner’s files', () => {
  it('finds each put back as it was, with a warning for each', async () => {
    const dir = tempDir('pyrun-rewriter-');
    const script = path.join(dir, 'rewriter.py');
    writeFileSync(script, REWRITER);
    const before = {
      GITHUB_ENV: 'KEPT_BY_THE_RUNNER=1\n',
      GITHUB_PATH: '/opt/tool/bin\n',
      GITHUB_STATE: 's=1\n',
    };
    const r = await runAction(
      { script, name: 'rewriter', interval: '0.1', comment: 'never', history: 'none' },
      { ...push, run_id: 7101 },
      cache.env,
      undefined,
      before,
    );
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain("REWROTE ['GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE']");
    expect(r.files.GITHUB_ENV).toBe(before.GITHUB_ENV);
    expect(r.files.GITHUB_PATH).toBe(before.GITHUB_PATH);
    expect(r.files.GITHUB_STATE).toBe(before.GITHUB_STATE);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(lines.find((l) => l.includes("runner's $GITHUB_ENV file"))).toMatch(
      /the script rewrote .* restored/,
    );
    expect(lines.find((l) => l.includes("runner's $GITHUB_PATH file"))).toMatch(
      /the script replaced .* restored/,
    );
    expect(lines.find((l) => l.includes("runner's $GITHUB_STATE file"))).toMatch(
      /the script removed .* restored/,
    );
  }, 90_000);
});
