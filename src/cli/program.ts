/**
 * Each command's code is loaded when that command runs, so `pyrun run` starts without the report renderers.
 *
 * The CLI's shape: commander parses flags into the raw options of ../config, which validate them once for both
 * faces. Every command returns its exit code; nothing here calls process.exit.
 */
import { Command, CommanderError } from 'commander';
import { neutralizeWorkflowCommands } from '../engine/index.js';
import { PYRUN_VERSION } from '../version.js';
import type { CliContext } from './context.js';
import { addRunOptions } from './options.js';
import { OPTIONS } from '../config/schema.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `argv`: the command line the program will parse (what follows `--` there is `pyrun ab`'s scripts' arguments;
 * commander hands it to `<scripts...>` as well).
 */
export function buildProgram(
  ctx: CliContext,
  setExitCode: (code: number) => void,
  argv: readonly string[] = [],
): Command {
  const program = new Command('pyrun')
    .description('Run a Python script under live monitoring, remember every run, and gate CI on regressions.')
    .version(PYRUN_VERSION)
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // Commander's errors quote what was typed (an unknown command or option may hold a line break): they pass the
    // same workflow-command filter as pyrun's own messages.
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(neutralizeWorkflowCommands(s)),
      outputError: (s, write) => write(neutralizeWorkflowCommands(s)),
    });

  const run = program
    .command('run')
    .description(
      'Run SCRIPT (or -m MODULE, or with neither the suite of the config file) under monitoring; exits with ' +
        'the script’s code, 99 for a failed gate or a regression, 124 on timeout, 125 when it cannot run',
    )
    .argument('[script]', 'the Python script (with -m: the first argument for the module)')
    .argument(
      '[args...]',
      'arguments for the script, passed exactly as given (use -- before ones starting with -)',
    )
    .passThroughOptions()
    .option('--config <file>', 'the config file (default: pyrun.toml or [tool.pyrun] of pyproject.toml here)')
    .option('--only <name>', 'run only this script of the config file’s suite (repeatable)', collect)
    .option('--dry-run', 'check the config, rules, flags and paths; run nothing (exit 0 or 125)')
    .option('-q, --quiet', 'only warnings and errors from pyrun')
    .option('-v, --verbose', "also print pyrun's own CPU, peak memory and compile cache");
  addRunOptions(run).action(async (script: string | undefined, args: string[], _opts, command: Command) => {
    const { runCommand } = await import('./commands/run.js');
    setExitCode(await runCommand(script, args, command, ctx));
  });

  const DB = ['--db <path>', OPTIONS.db.doc, OPTIONS.db.default] as const;
  const history = program
    .command('history')
    .description('List recorded runs, newest first')
    .option(...DB)
    .option('--name <name>', 'only this series')
    .option('--last <k>', 'how many runs', '20')
    .option('--json', 'machine-readable output on stdout')
    .option('--csv', 'CSV on stdout (RFC 4180): a header row of field names, then one row per run')
    .action(async (opts) => {
      const { historyCommand } = await import('./commands/history.js');
      setExitCode(await historyCommand(opts, ctx));
    });
  history
    .command('import')
    .description('Merge JSONL run records or another history file; runs already present are skipped')
    .argument('<files...>', 'FILE.jsonl or OTHER.sqlite')
    .option(...DB)
    .option('--json', 'machine-readable output on stdout')
    .action(async (files: string[], opts) => {
      const { historyImportCommand } = await import('./commands/history.js');
      setExitCode(await historyImportCommand(files, opts, ctx));
    });

  program
    .command('trend')
    .description('Trend of each metric over the history: slope per run and per day, forecasts, anomalies')
    .option(...DB)
    .option('--name <name>', 'the series (required when the history holds several)')
    .option('--metric <metric>', 'only this metric')
    .option('--gate <rule>', 'forecast when this gate would fail at the current trend (repeatable)', collect)
    .option('--last <k>', 'how many recent runs', '200')
    .option('--json', 'machine-readable output on stdout (with correlation matrices)')
    .action(async (opts) => {
      const { trendCommand } = await import('./commands/trend.js');
      setExitCode(await trendCommand(opts, ctx));
    });

  program
    .command('compare')
    .description(
      'Judge the newest run of a series against the baseline from the runs before it (99 if regressed)',
    )
    .option(...DB)
    .option('--name <name>', 'the series (required when the history holds several)')
    .option('--metric <metric>', 'only this metric')
    .option('--baseline-ref <ref>', 'only runs of this git ref form the baseline')
    .option('--min-baseline-runs <n>', 'runs needed for an automatic verdict (default 5)')
    .option('--json', 'machine-readable output on stdout')
    .action(async (opts) => {
      const { compareCommand } = await import('./commands/compare.js');
      setExitCode(await compareCommand(opts, ctx));
    });

  program
    .command('report')
    .description('Write an HTML (or markdown) report of a series, with its history charts')
    .option(...DB)
    .option('--name <name>', 'the series; repeat for a combined report of several', collect)
    .option('--all', 'a combined report of every series in the history')
    .option('--html <file>', 'self-contained HTML report')
    .option('--summary <file>', 'markdown report')
    .action(async (opts) => {
      const { reportCommand } = await import('./commands/report.js');
      setExitCode(await reportCommand(opts, ctx));
    });

  program
    .command('site')
    .description('Write the whole history as a static site: every series, its charts and its runs')
    .option(...DB)
    .option('--out <dir>', 'the folder to write the site to (index.html and its files)')
    .option('--title <text>', 'the site’s title', 'pyrun history')
    .option(
      '--repo-url <url>',
      'the repository’s URL, for links to each run’s commit (https://github.com/OWNER/REPO)',
    )
    .option(
      '--baseline-ref <ref>',
      'the index’s trend and latest status follow this git ref (default: every run)',
    )
    .action(async (opts) => {
      const { siteCommand } = await import('./commands/site.js');
      setExitCode(await siteCommand(opts, ctx));
    });

  // pyrun ab: A and B side by side, interleaved (docs/side-by-side.md).
  program
    .command('ab')
    .description(
      'Run A and B (or REF’s copy of SCRIPT and this one) interleaved; 99 if B regressed beyond a gate',
    )
    .argument(
      '<scripts...>',
      'A B (two scripts), or SCRIPT with --against REF; after --, the arguments both get',
    )
    .option('--against <ref>', 'A is SCRIPT as of this git ref (checked out in a temporary worktree)')
    .option('--repeat <n>', 'measured pairs', '10')
    .option('--warmup <n>', 'unmeasured runs of each side first', '1')
    .option('--gate <rule>', 'gate on B, `a` meaning A’s median: duration_s < 1.1 * a (repeatable)', collect)
    .option(
      '--judge <metric>',
      'metrics called improved or regressed (default: duration_s, cpu_time_s, peak_rss_mb); others only "changed" (repeatable)',
      collect,
    )
    .option(
      '--max-regression <percent>',
      'fail when the ratio interval of duration, CPU time or peak memory lies above 1 + this (default 5% without --gate)',
    )
    .option('--name <name>', 'name in the reports (default: ab:SCRIPT)')
    .option('--python <path>', 'interpreter (default: python3, then python)')
    .option('--cwd <dir>', 'working directory of the scripts')
    .option('--interval <seconds>', 'sampling interval', '0.5')
    .option('--timeout <seconds>', 'kill a run’s whole process tree after this long')
    .option('--json <file>', 'write every number as JSON (schema pyrun-ab/1)')
    .option('--summary <file>', 'write a markdown report')
    .option('--junit <file>', 'write a JUnit XML report: a test per metric and per gate')
    .option('--tap <file>', 'write a TAP version 13 report: a test per metric and per gate')
    .option('--html <file>', 'write a self-contained HTML report with a chart of the interleaved runs')
    .option(
      '--instructions',
      'count the instructions of each run (valgrind): exact enough that a handful of pairs decides, ~30x slower',
    )
    .option('--export-hyperfine <file>', "write A's and B's wall times as hyperfine's JSON (--export-json)")
    .option('-q, --quiet', 'only the result, warnings and errors from pyrun')
    .action(async (scripts: string[], opts: Record<string, unknown>) => {
      const { abCommand } = await import('./commands/ab.js');
      setExitCode(await abCommand(scripts, opts, ctx, argv));
    });

  return program;
}

export { CommanderError };
