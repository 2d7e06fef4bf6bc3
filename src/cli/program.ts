/**
 * Each command's code is loaded when that command runs, so `pyrun run` starts without the report renderers.
 *
 * The CLI's shape: commander parses flags into the raw options of ../config, which validate them once for both
 * faces. Every command returns its exit code; nothing here calls process.exit.
 */
import { Command, CommanderError, Option } from 'commander';
import { PYRUN_VERSION } from '../version.js';
import type { CliContext } from './context.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(ctx: CliContext, setExitCode: (code: number) => void): Command {
  const program = new Command('pyrun')
    .description('Run a Python script under live monitoring, remember every run, and gate CI on regressions.')
    .version(PYRUN_VERSION)
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s) });

  program
    .command('run')
    .description(
      'Run SCRIPT under monitoring; exits with the script’s code, 99 for a failed gate, 124 on timeout',
    )
    .argument('<script>', 'the Python script')
    .argument(
      '[args...]',
      'arguments for the script, passed exactly as given (use -- before ones starting with -)',
    )
    .passThroughOptions()
    .option('--name <name>', 'series name (default: script path)')
    .option('--python <path>', 'interpreter (default: python3, then python)')
    .option('--cwd <dir>', 'working directory of the script')
    .option('--env <KEY=VALUE>', 'environment variable for the script (repeatable)', collect)
    .option('--interval <seconds>', 'sampling interval', '0.5')
    .option('--timeout <seconds>', 'kill the whole process tree after this long')
    .option('--grace-period <seconds>', 'between SIGTERM and SIGKILL when ending the tree', '2')
    .option('--retries <n>', 're-run a failed script up to N times', '0')
    .option('--repeat <n>', 'benchmark mode: N measured runs', '1')
    .option('--warmup <n>', 'benchmark mode: unmeasured runs first', '0')
    .option('--gate <rule>', 'gate rule on the run summary (repeatable)', collect)
    .option('--alert <rule>', 'alert rule on live samples (repeatable)', collect)
    .option('--slack-webhook <url>', 'Slack incoming webhook for alerts')
    .option('--webhook <url>', 'webhook receiving alerts as JSON')
    .option('--webhook-secret <secret>', 'HMAC-SHA256 secret signing webhook bodies')
    .option('--smtp <url>', 'SMTP server for email alerts: smtp(s)://user:pass@host:port')
    .option('--email-to <address>', 'recipient of email alerts')
    .option('--db <path>', 'history file', '.pyrun/history.sqlite')
    .option('--no-history', 'do not read or write history')
    .option('--keep-runs <n>', 'runs kept per series in the history', '1000')
    .option('--baseline-ref <ref>', 'whose history is the baseline (default: every run of this name)')
    .option('--json <file>', 'write the run record as JSON')
    .option('--junit <file>', 'write a JUnit XML report')
    .option('--tap <file>', 'write a TAP 14 report')
    .option('--summary <file>', 'write a markdown report')
    .option('--html <file>', 'write a self-contained HTML report')
    .option(
      '--profile',
      "run under Python's cProfile and report where the time went (slower; off by default)",
    )
    .option('--profile-dir <dir>', 'profile files go here (default: beside --json, else .pyrun/profiles)')
    .option(
      '--export <kind=target>',
      "send the run's metrics: prometheus=URL (Pushgateway), otlp=URL (OTLP/HTTP) or statsd=HOST:PORT (repeatable)",
      collect,
    )
    .addOption(
      new Option('--executor <kind>', 'where the script runs')
        .choices(['local', 'ssh', 'docker'])
        .default('local'),
    )
    .option('--ssh-host <host>', 'SSH executor: host')
    .option('--ssh-user <user>', 'SSH executor: user')
    .option('--ssh-port <port>', 'SSH executor: port')
    .option('--ssh-key <file>', 'SSH executor: private key')
    .option('--ssh-known-hosts <file>', 'SSH executor: known_hosts file with the host key')
    .option('--ssh-accept-unknown-host', 'SSH executor: turn strict host key checking off (explicit opt-out)')
    .option('--docker-image <image>', 'Docker executor: image')
    .option('-q, --quiet', 'only warnings and errors from pyrun')
    .option('-v, --verbose', "also print pyrun's own CPU and peak memory")
    .action(async (script: string, args: string[], opts: Record<string, unknown>) => {
      const { runCommand } = await import('./commands/run.js');
      setExitCode(await runCommand(script, args, opts, ctx));
    });

  const DB = ['--db <path>', 'history file', '.pyrun/history.sqlite'] as const;
  const history = program
    .command('history')
    .description('List recorded runs, newest first')
    .option(...DB)
    .option('--name <name>', 'only this series')
    .option('--last <k>', 'how many runs', '20')
    .option('--json', 'machine-readable output on stdout')
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

  return program;
}

export { CommanderError };
