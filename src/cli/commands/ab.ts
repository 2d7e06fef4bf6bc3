/**
 * `pyrun ab [options] A B | --against REF SCRIPT [-- ARGS...]`: two scripts, or REF's copy of SCRIPT (A) and this
 * tree's (B), each given ARGS, run interleaved on this machine and compared metric by metric (the engine's runAbPipeline). Exit 0 when every
 * gate held, 99 when B regressed beyond `--gate` or `--max-regression`, a failed run's own code, 125 when pyrun
 * could not run. Translation only.
 */
import { ConfigError, parseConfig, type Config, type RawOptions } from '../../config/parse.js';
import { PYRUN_VERSION, PyrunError, runAbPipeline } from '../../engine/index.js';
import type { CliContext } from '../context.js';
import { gitIdentity } from '../git.js';
import { createCliLogger } from '../log.js';
import { cliPorts } from '../ports.js';

export async function abCommand(
  operands: string[],
  opts: Record<string, unknown>,
  ctx: CliContext,
  rawArgs: readonly string[] = [],
): Promise<number> {
  const { scripts, args } = scriptsAndArgs(operands, rawArgs);
  const log = createCliLogger(ctx.stderr, Boolean(opts.quiet), (text) => text, ctx.env);
  const against = typeof opts.against === 'string' ? opts.against : null;
  if (against !== null && scripts.length !== 1) {
    throw new PyrunError(`pyrun ab --against ${against} takes one SCRIPT, got ${scripts.length}`);
  }
  if (against === null && scripts.length !== 2) {
    throw new PyrunError(`pyrun ab takes two scripts A B (or --against REF SCRIPT), got ${scripts.length}`);
  }
  const config = abConfig(scripts[scripts.length - 1]!, args, opts);

  const { ports, dispose } = cliPorts(ctx, log);
  try {
    const outcome = await runAbPipeline(
      {
        config,
        a: against !== null ? { ref: against } : { script: scripts[0]! },
        gates: (opts.gate as string[] | undefined) ?? [],
        max_regression_pct: parsePercent(opts.maxRegression),
        name: typeof opts.name === 'string' ? opts.name : null,
        facts: {
          base_dir: ctx.cwd,
          ...(await gitIdentity(ctx.env, ctx.cwd)),
          is_pull_request: false,
          run_url: null,
          pyrun_version: PYRUN_VERSION,
        },
      },
      ports,
    );
    log.endStatus();
    const lines = outcome.explanation.filter((l) => !l.startsWith('warning: '));
    ctx.stderr.write(`\n${lines.join('\n')}\n`);
    for (const l of outcome.explanation.filter((x) => x.startsWith('warning: '))) log.warn(l.slice(9));
    return outcome.exit_code;
  } finally {
    dispose();
  }
}

/** The options `pyrun ab` shares with `pyrun run`, validated by the same schema (messages name the flag). */
function abConfig(script: string, args: string[], opts: Record<string, unknown>): Config {
  const raw: RawOptions = { script, args };
  for (const key of [
    'python',
    'cwd',
    'interval',
    'timeout',
    'repeat',
    'warmup',
    'json',
    'summary',
    'judge',
    'instructions',
    'junit',
    'tap',
    'html',
    'export-hyperfine',
  ] as const) {
    const flag = key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()); // commander's camelCase
    if (opts[flag] !== undefined) (raw as Record<string, unknown>)[key] = opts[flag];
  }
  try {
    return parseConfig(raw);
  } catch (error) {
    if (error instanceof ConfigError) throw new PyrunError(error.problems.join('\n       '));
    throw error;
  }
}

/**
 * The scripts, and the arguments both sides are given: what follows `--` on the command line (`rawArgs`), which
 * commander hands to `<scripts...>` as well.
 */
export function scriptsAndArgs(
  operands: string[],
  rawArgs: readonly string[],
): { scripts: string[]; args: string[] } {
  const dash = rawArgs.indexOf('--');
  if (dash < 0) return { scripts: operands, args: [] };
  const args = rawArgs.slice(dash + 1);
  return { scripts: operands.slice(0, Math.max(0, operands.length - args.length)), args };
}

/** `--max-regression 10%` (or `10`) → 10; absent → null. */
export function parsePercent(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(String(value));
  if (!match) throw new PyrunError(`--max-regression takes a percentage such as 10%, got '${String(value)}'`);
  return Number(match[1]);
}
