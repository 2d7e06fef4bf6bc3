/**
 * The A/B road, for `pyrun ab` and the action's `compare-with: base`: prepare B exactly as `pyrun run` prepares a
 * run, derive A (another script, or the same path in a git ref's worktree), run them interleaved, judge pair by
 * pair, write the report files, and always remove the worktree.
 */
import type { RunConfig } from '../config.js';
import { checkScript } from '../execute/exec/python.js';
import { PyrunError } from '../errors.js';
import type { PipelinePorts } from '../pipeline-ports.js';
import { prepareRun, resolveFrom, type RunFacts } from '../prepare.js';
import { refuseReportOverHistory } from '../report/protect.js';
import { writeReportFile } from '../report/write-file.js';
import { sourceFile } from '../source-file.js';
import { parseGateWithAliases, RuleError } from '../rules/index.js';
import { DEFAULT_AB_CONFIDENCE, DEFAULT_MAX_REGRESSION_PCT } from './compare.js';
import { describeAb } from './describe.js';
import { abRecord, type AbRecord, type AbSideInfo } from './record.js';
import { runAb } from './run-ab.js';
import { checkoutRef, dirInRefTree, pathInRefTree, type RefTree } from './worktree.js';

export interface AbRequest {
  /** B's configuration: script, interpreter, cwd, interval, timeout, repeat (pairs), warmup, and the report paths. */
  config: RunConfig;
  /** A: another script, or B's script as of a git ref. */
  a: { script: string } | { ref: string };
  /** Gates on B, where `a` (or `baseline`) is A's median. */
  gates: string[];
  /** Fail when a metric's ratio interval lies wholly above 1 + this percent; null: gates only. */
  max_regression_pct: number | null;
  name: string | null;
  facts: RunFacts;
}

export interface AbOutcome {
  record: AbRecord;
  exit_code: number;
  explanation: string[];
}

export async function runAbPipeline(request: AbRequest, ports: PipelinePorts): Promise<AbOutcome> {
  const { config, facts } = request;
  const gates = request.gates.map((text) => {
    try {
      return parseGateWithAliases(text, ['a']);
    } catch (error) {
      if (error instanceof RuleError) throw new PyrunError(`bad rule: ${error.message}`);
      throw error;
    }
  });
  const max_regression_pct =
    request.max_regression_pct ?? (gates.length === 0 ? DEFAULT_MAX_REGRESSION_PCT : null);
  const cwd = resolveFrom(facts, config.cwd ?? '.');
  // A report never goes over a history (the one `pyrun run` keeps here, any other pyrun history, or a lock):
  // refused before anything runs, and checked again when each report is written.
  const protect = [resolveFrom(facts, config.db_path)];
  await refuseReportOverHistory(reportPathsOf(config, facts), protect);
  const b = prepareRun(
    { ...config, gates: [], alerts: [] },
    facts,
    { ...ports, cwd },
    (m) => ports.log.warn(m),
    ports.chooseExecutor,
  );
  const sideB: AbSideInfo = {
    label: 'ref' in request.a ? 'working tree' : config.script,
    script: config.script,
    cwd,
    git_ref: facts.git_ref,
    git_sha: facts.git_sha,
  };

  let tree: RefTree | null = null;
  try {
    let specA = b.spec;
    let sideA: AbSideInfo;
    if ('ref' in request.a) {
      const { ref } = request.a;
      ports.log.info(`checking out ${ref} into a temporary worktree`);
      tree = await checkoutRef(ref, cwd);
      const cwdA = await dirInRefTree(tree, cwd);
      const scriptA = await pathInRefTree(tree, cwd, config.script);
      specA = {
        ...specA,
        launch: { ...specA.launch, script: scriptA, cwd: cwdA },
        git_ref: ref,
        git_sha: tree.sha,
      };
      sideA = {
        label: `${ref} (${tree.sha.slice(0, 12)})`,
        script: config.script,
        cwd: cwdA,
        git_ref: ref,
        git_sha: tree.sha,
      };
    } else {
      const { script } = request.a;
      checkScript(script, cwd);
      specA = { ...specA, launch: { ...specA.launch, script } };
      sideA = { label: script, script, cwd, git_ref: facts.git_ref, git_sha: facts.git_sha };
    }

    const result = await runAb(
      {
        a: specA,
        b: b.spec,
        repeat: config.repeat,
        warmup: config.warmup,
        judge: { max_regression_pct, gates, confidence: DEFAULT_AB_CONFIDENCE, judged: config.judge },
      },
      { clock: ports.clock, proc: ports.proc, start: b.start },
      ports.hooks ?? {},
    );
    const record = abRecord(result, {
      name: request.name ?? `ab:${config.script}`,
      a: sideA,
      b: sideB,
      confidence: DEFAULT_AB_CONFIDENCE,
      max_regression_pct,
      pyrun_version: facts.pyrun_version,
    });
    await writeAbReports(record, config, facts, ports, protect);
    return {
      record,
      exit_code: record.exit_code,
      explanation: [...describeAb(record), ...record.warnings.map((w) => `warning: ${w}`)],
    };
  } finally {
    if (tree) await tree.remove();
  }
}

/** The report files `pyrun ab` writes, by kind, resolved against the run's base directory. */
function reportPathsOf(config: RunConfig, facts: RunFacts): Record<string, string | null> {
  const at = (file: string | null) => (file ? resolveFrom(facts, file) : null);
  return {
    json: at(config.json_path),
    summary: at(config.summary_path),
    junit: at(config.junit_path),
    tap: at(config.tap_path),
    html: at(config.html_path),
    hyperfine: at(config.hyperfine_path),
  };
}

async function writeAbReports(
  record: AbRecord,
  config: RunConfig,
  facts: RunFacts,
  ports: PipelinePorts,
  protect: readonly string[],
) {
  const files: [string | null, () => Promise<string>][] = [
    [config.json_path, async () => `${JSON.stringify(record, null, 2)}\n`],
    [config.summary_path, async () => (await import('../report/ab-markdown.js')).renderAbMarkdown(record)],
    [
      config.junit_path,
      async () =>
        (await import('../report/ab-tests.js')).renderAbJunit(
          record,
          sourceFile({ script: record.b.script, cwd: record.b.cwd }, facts.base_dir),
        ),
    ],
    [config.tap_path, async () => (await import('../report/ab-tests.js')).renderAbTap(record)],
    [config.html_path, async () => (await import('../report/ab-html.js')).renderAbHtml(record)],
    [
      config.hyperfine_path,
      async () => (await import('../report/export/interop.js')).abHyperfineJson(record),
    ],
  ];
  for (const [file, render] of files) {
    if (!file) continue;
    const written = await writeReportFile(resolveFrom(facts, file), await render(), { protect });
    if (!written.ok) ports.log.warn(`could not write the report ${file}: ${written.error}`);
  }
}
