/**
 * `pyrun ab [options] A B | --against REF SCRIPT`: two scripts, or REF's copy of SCRIPT (A) and this tree's (B),
 * run interleaved on this machine and compared metric by metric (engine/ab). Exit 0 when every gate held, 99
 * when B regressed beyond `--gate` or `--max-regression`, a failed run's own code, 125 when pyrun could not run.
 * Scripts only: running a module (`-m`) is not supported by the launcher yet.
 */
import path from 'node:path';
import { abRecord, type AbSideInfo } from '../../engine/ab/record.js';
import { describeAb } from '../../engine/ab/describe.js';
import { DEFAULT_AB_CONFIDENCE, DEFAULT_MAX_REGRESSION_PCT } from '../../engine/ab/compare.js';
import { runAb } from '../../engine/ab/run-ab.js';
import { checkoutRef, dirInRefTree, pathInRefTree, type RefTree } from '../../engine/ab/worktree.js';
import { ConfigError, parseConfig, type Config, type RawOptions } from '../../config/parse.js';
import { chooseExecutor, runSpecFor } from '../../engine/exec/choose.js';
import { checkScript } from '../../engine/exec/python.js';
import { PyrunError } from '../../engine/outcome.js';
import { systemClock } from '../../engine/ports.js';
import { parseGateWithAliases, RuleError } from '../../engine/rules/index.js';
import { LinuxProcSource } from '../../engine/sample/linux.js';
import { PYRUN_VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { gitIdentity } from '../git.js';
import { createCliLogger } from '../log.js';
import { writeReport } from '../outputs.js';

export async function abCommand(
  scripts: string[],
  opts: Record<string, unknown>,
  ctx: CliContext,
): Promise<number> {
  const log = createCliLogger(ctx.stderr, Boolean(opts.quiet), (text) => text, ctx.env);
  const against = typeof opts.against === 'string' ? opts.against : null;
  if (against !== null && scripts.length !== 1) {
    throw new PyrunError(`pyrun ab --against ${against} takes one SCRIPT, got ${scripts.length}`);
  }
  if (against === null && scripts.length !== 2) {
    throw new PyrunError(`pyrun ab takes two scripts A B (or --against REF SCRIPT), got ${scripts.length}`);
  }
  const scriptB = scripts[scripts.length - 1]!;
  const config = abConfig(scriptB, opts);
  const gates = ((opts.gate as string[] | undefined) ?? []).map((text) => {
    try {
      return parseGateWithAliases(text, ['a']);
    } catch (error) {
      if (error instanceof RuleError) throw new PyrunError(`bad rule: ${error.message}`);
      throw error;
    }
  });
  const max_regression_pct =
    opts.maxRegression !== undefined
      ? parsePercent(opts.maxRegression)
      : gates.length === 0
        ? DEFAULT_MAX_REGRESSION_PCT
        : null;
  const cwd = path.resolve(ctx.cwd, config.cwd ?? '.');
  const io = { env: ctx.env, cwd, stdout: ctx.stdout, stderr: ctx.stderr };
  const executor = chooseExecutor(config, io); // checks B's script and finds the interpreter
  const gitB = gitIdentity(ctx.env, cwd);
  const facts = { cwd, ...gitB, is_pull_request: false, pyrun_version: PYRUN_VERSION };

  const pendingSignals: NodeJS.Signals[] = [];
  let removeSignalHandler = ctx.onSignal((sig) => pendingSignals.push(sig));
  let tree: RefTree | null = null;
  try {
    let a: AbSideInfo;
    const b: AbSideInfo = { label: against ? 'working tree' : scriptB, script: scriptB, cwd, ...gitB };
    const specB = runSpecFor(config, executor, facts);
    let specA = runSpecFor(config, executor, facts);
    if (against !== null) {
      log.info(`checking out ${against} into a temporary worktree`);
      tree = await checkoutRef(against, cwd);
      const scriptA = await pathInRefTree(tree, cwd, scriptB);
      const cwdA = await dirInRefTree(tree, cwd);
      specA = {
        ...specA,
        launch: { ...specA.launch, script: scriptA, cwd: cwdA },
        git_ref: against,
        git_sha: tree.sha,
      };
      a = {
        label: `${against} (${tree.sha.slice(0, 12)})`,
        script: scriptB,
        cwd: cwdA,
        git_ref: against,
        git_sha: tree.sha,
      };
    } else {
      const scriptA = scripts[0]!;
      checkScript(scriptA, cwd);
      specA = { ...specA, launch: { ...specA.launch, script: scriptA } };
      a = { label: scriptA, script: scriptA, cwd, ...gitB };
    }

    const result = await runAb(
      {
        a: specA,
        b: specB,
        repeat: config.repeat,
        warmup: config.warmup,
        judge: { max_regression_pct, gates, confidence: DEFAULT_AB_CONFIDENCE },
      },
      { clock: systemClock, proc: new LinuxProcSource(), start: executor.start },
      {
        onProgress: (message) => log.info(message),
        onSample: log.status,
        onInterruptible: (interrupt) => {
          removeSignalHandler();
          for (const sig of pendingSignals.splice(0)) interrupt(sig);
          removeSignalHandler = ctx.onSignal((sig) => {
            log.warn(`received ${sig}: stopping the script's process tree`);
            pendingSignals.push(sig);
            interrupt(sig);
          });
        },
      },
    );
    log.endStatus();
    const record = abRecord(result, {
      name: typeof opts.name === 'string' ? opts.name : `ab:${scriptB}`,
      a,
      b,
      confidence: DEFAULT_AB_CONFIDENCE,
      max_regression_pct,
      pyrun_version: PYRUN_VERSION,
    });
    ctx.stderr.write(`\n${describeAb(record).join('\n')}\n`);
    for (const warning of record.warnings) log.warn(warning);
    if (config.json_path) await writeReport(config.json_path, `${JSON.stringify(record, null, 2)}\n`, log);
    if (config.summary_path) {
      const { renderAbMarkdown } = await import('../../engine/report/ab-markdown.js');
      await writeReport(config.summary_path, renderAbMarkdown(record), log);
    }
    return record.exit_code;
  } finally {
    removeSignalHandler();
    if (tree) await tree.remove();
  }
}

/** The options `pyrun ab` shares with `pyrun run`, validated by the same schema (messages name the flag). */
function abConfig(script: string, opts: Record<string, unknown>): Config {
  const raw: RawOptions = { script, args: [] };
  for (const key of [
    'python',
    'cwd',
    'interval',
    'timeout',
    'repeat',
    'warmup',
    'json',
    'summary',
  ] as const) {
    if (opts[key] !== undefined) (raw as Record<string, unknown>)[key] = opts[key];
  }
  try {
    return parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) throw new PyrunError(error.problems.join('\n       '));
    throw error;
  }
}

/** `--max-regression 10%` (or `10`) → 10; absent → null. */
export function parsePercent(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(String(value));
  if (!match) throw new PyrunError(`--max-regression takes a percentage such as 10%, got '${String(value)}'`);
  return Number(match[1]);
}
